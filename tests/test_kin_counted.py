"""Issue 16, how many died (ACLED Libya 2014 notes, a tuning set, and the Arabic press's way of
saying the same): one person and the kin named after them ("A man and his son were killed",
"قتل رجل وابنه") are two dead, a dual kin ("وطفليها") or a counted one ("her two daughters")
more. Sentences written for these tests; every test but the guards (marked) fails on the code
before the change."""
from __future__ import annotations

from datetime import date

import pytest

from events.casualties import find_casualties
from events.extract import extract
from events.records import Report, report_id


@pytest.mark.parametrize("text, killed", [
    ("A man and his son were killed when gunmen opened fire on their car in Benghazi.", 2),
    ("An activist and his friend were shot dead in Benghazi.", 2),
    ("A woman and her two daughters were killed when a shell hit their home.", 3),
    ("A youth activist and blogger and his friend were killed when gunmen opened fire on them.", 2),
    ("قتل رجل وابنه برصاص مسلحين مجهولين في بنغازي أمس.", 2),
    ("مقتل سيدة وطفليها في قصف على حي سكني.", 3),
    ("قتل مواطن وشقيقاه في هجوم مسلح في درنة.", 3),
    # found dead, as killed (thirty-third sitting)
    ("A man and his wife were found dead in their home in Sabha.", 2),
    ("A woman and her two sons were found dead in a farm near Derna.", 3),
    # the kin counted after "killing" (thirty-third sitting)
    ("A mortar shell fell on a house in Tajoura, killing a woman and her two children.", 3),
    ("Gunmen killed a man and his three sons in Derna.", 4),
])
def test_one_person_and_their_kin(text, killed):
    assert find_casualties(text, "").killed == killed


@pytest.mark.parametrize("text, killed", [
    ("A man and a boy were killed when gunmen opened fire.", 2),
    ("Gunmen killed a lawyer and his wife in Derna.", 2),
    ("Gunmen killed a man and his sons in Derna.", 1),  # uncounted kin add nobody sure
    ("مقتل جندي وإصابة آخر في اشتباكات.", 1),
])
def test_guards_counts_that_were_right(text, killed):
    # guards: counted before the change
    assert find_casualties(text, "").killed == killed


def test_kin_with_no_number_count_nothing_more():
    # guard: "his sons" says no number
    assert find_casualties("A man and his sons were killed.", "").killed is None


def test_the_event_carries_the_kin(resolver):
    text = "قتل رجل وابنه برصاص مسلحين مجهولين في بنغازي أمس."
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2014, 9, 19), date_precision="day")
    assert [e.fatalities for e in extract(rep, resolver)] == [2]
