"""A battle named by its town ("معركة درنة") is the campaign as a whole (ANT round 45: a column
on the battle for Derna gave an event of the day it was published). The sentences are the
team's own, in the shape of that column:

- a column that weighs "the battle of Sirte" tells no fight of a day: no event;
- the same noun with a figure ("قتل 4 جنود في معركة سرت"), a told day ("اندلعت معركة الزاوية
  أمس") or a stronger trigger of its own keeps its event;
- "the battle for the Oil Crescent", a region fought over at many sites, is left as it was.
"""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

PUBLISHED = date(2018, 5, 17)


def _events(text: str, resolver):
    return extract(read_text(text, published=PUBLISHED), resolver)


def test_a_column_on_the_battle_of_a_town_tells_no_fight(resolver):
    text = ("ويرى مراقبون أن الإرهابيين ينظرون إلى معركة سرت فرصة قد تكون الأخيرة قبل أن تنهار صفوفهم.\n"
            "فمعركة سرت أربكت حسابات كل الأطراف المعادية للجيش.")
    assert _events(text, resolver) == []


def test_a_figure_keeps_the_fight_of_a_named_battle(resolver):
    (e,) = _events("قتل 4 جنود في معركة سرت بين الجيش والمتطرفين.", resolver)
    assert (e.event_type, e.location, e.fatalities) == ("Battles", "Sirte", 4)


def test_a_told_day_keeps_the_named_battle_a_fight(resolver):
    (e,) = _events("اندلعت معركة الزاوية أمس بين كتائب المدينة.", resolver)
    assert (e.event_type, e.location, e.event_date) == ("Battles", "Zawiya", date(2018, 5, 16))


def test_the_battle_of_a_region_is_left_as_it_was(resolver):
    (e,) = _events("وتتواصل معركة الهلال النفطي بين الجيش ومسلحي الجضران.", resolver)
    assert (e.event_type, e.location) == ("Battles", "Oil Crescent")
