"""Issue 16: the other side of a battle is the one other armed side its sentence names, when
the roles around the clash word found only one. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id


@pytest.fixture(scope="module")
def resolver():
    import geo

    return geo.Resolver(offline=True)


def note(text: str, day: date) -> Report:
    return Report(id=report_id(text), text=text, language="en", published=day, date_precision="day")


def test_two_militias_of_one_camp_named_beside_a_clash_fought_each_other(resolver):
    text = ("The Mobile Forces retaliated by detaining two Fursan Janzour members after a clash in which "
            "one person was wounded in Janzour.")
    got = extract(note(text, date(2016, 6, 27)), resolver)
    assert [{e.actor1, e.actor2} for e in got] == [{"Janzour Knights Brigade", "National Mobile Force"}], got


def test_tribes_named_in_fighting_between_them_are_both_sides(resolver):
    text = "A Tebu man was killed in Ubari on Sunday in renewed fighting between Tebus and Tuareg fighters."
    got = extract(note(text, date(2014, 10, 6)), resolver)
    assert [{e.actor1, e.actor2} for e in got] == [{"Tebu militias", "Tuareg militias"}], got


@pytest.mark.parametrize("text", [
    "Libya Dawn fighters backed by the Misrata brigades clashed near Gharyan on Sunday, killing three.",
    "Libya Dawn fighters alongside the Misrata brigades clashed near Gharyan on Sunday, killing three.",
])
def test_an_ally_named_beside_a_clash_is_not_the_foe(resolver, text):
    got = extract(note(text, date(2014, 10, 6)), resolver)
    assert [e.actor2 for e in got] == ["Unidentified armed group"], got
