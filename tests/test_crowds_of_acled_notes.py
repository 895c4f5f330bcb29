"""Issue 16, English notes (ACLED Libya 2014 and 2015, tuning sets): what makes a crowd
rioters. ACLED codes a road closed by residents as a protest (9 of the 10 road closures of
those notes told with no fire or fighting; all 11 told with burning tyres, shots or clashes
are riots), and the violence a crowd demands justice for, or marches against, is its reason,
not its own ("demonstrations, demanding punishment to those who participated in the assault",
"demonstrated against deadly car bombings"). Sentences written for these tests in the shape
of those notes; the first three fail on the code before the change, the others are guards."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id


def _kinds(resolver, text: str, day: date = date(2014, 4, 13)) -> list[tuple]:
    rep = Report(id=report_id(text), text=text, language="en", published=day, date_precision="day")
    return sorted({(e.event_type, e.actor1) for e in extract(rep, resolver) if not e.context})


def test_residents_who_closed_a_road_protested(resolver):
    text = "Residents of Qasr Bin Ghashir closed the road leading to Tarhunah in protest against power cuts."
    assert _kinds(resolver, text) == [("Protests", "Protesters")]


def test_a_protest_demanding_punishment_for_an_assault_is_peaceful(resolver):
    text = ("The cities of Tripoli and Misrata witnessed mass demonstrations, demanding punishment to those who "
            "took part in the assault on Derna.")
    assert _kinds(resolver, text, date(2015, 2, 20)) == [("Protests", "Protesters")]


def test_a_march_against_car_bombings_is_peaceful(resolver):
    text = "In Tripoli, hundreds demonstrated against deadly car bombings that struck the city last week."
    assert _kinds(resolver, text, date(2015, 2, 20)) == [("Protests", "Protesters")]


def test_a_road_closed_with_burning_tyres_is_a_riot(resolver):
    text = "Angry youths closed the coastal road in Zawiya with burning tyres on Monday."
    assert _kinds(resolver, text) == [("Riots", "Rioters")]


def test_protesters_who_stormed_a_building_rioted(resolver):
    text = "Protesters demanding jobs stormed the local council building in Ubari and set it on fire."
    assert [k for k, _ in _kinds(resolver, text)] == ["Riots"]
