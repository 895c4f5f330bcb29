"""Issue 16: what an Arabic report tells again or in passing (rules from the sixth, tuning
round of ANT articles) — "the airport" of a report that names one airport, the weapon named
beside a bare blast word, where a flight came from. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id

PUBLISHED = date(2018, 9, 11)


def report(text: str) -> Report:
    return Report(id=report_id(text), text=text, language="ar", published=PUBLISHED, date_precision="day")


def test_the_airport_of_a_report_that_names_one_is_that_airport(resolver):
    text = ("سقطت قذائف على المطار في طرابلس مساء الثلاثاء. "
            "وقال مسؤول في مطار معيتيقة إن الرحلات علقت.")
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Mitiga International Airport"], got


def test_the_airport_of_a_report_that_names_two_stays_unplaced(resolver):
    from geo import Resolver

    found = Resolver(offline=True).find_places("أغلق مطار معيتيقة ومطار مصراتة، ثم أعيد فتح المطار.")
    assert [m.resolution.place.id for m in found if m.text.endswith("المطار")] == []


def test_a_bare_blast_beside_a_named_weapon_is_that_weapon(resolver):
    text = "سمع دوي انفجارات قرب مطار معيتيقة مساء الثلاثاء ولم يتضح من أطلق الصواريخ."
    got = extract(report(text), resolver)
    assert [e.sub_event_type for e in got] == ["Shelling/artillery/missile attack"], got


def test_a_bare_blast_alone_is_still_a_bomb(resolver):
    got = extract(report("وقع انفجار قرب مطار معيتيقة مساء الثلاثاء."), resolver)
    assert [e.sub_event_type for e in got] == ["Remote explosive/landmine/IED"], got


def test_where_a_flight_came_from_is_no_actor(resolver):
    text = "وحولت رحلة ليبية قادمة من مصر إلى مصراتة بعد إطلاق صواريخ على مطار معيتيقة مساء الثلاثاء."
    got = extract(report(text), resolver)
    assert got and all("Egypt" not in (e.actor1 or "") for e in got), got
