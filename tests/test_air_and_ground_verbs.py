"""Issue 16, recall in English: a drone or warplane told by what it did ("A drone hit a base",
"Warplanes destroyed an ammunition depot", "its aircraft destroyed") is an air strike, as
"aircraft hit" already was; a group that "seized a checkpoint" took ground, as one that
"captured a checkpoint" did. Before, none of these gave an event. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def english(text: str, resolver) -> list:
    return extract(read_text(text, language="en", published=date(2019, 7, 2), date_precision="day"), resolver)


@pytest.mark.parametrize("text,place", [
    ("A drone hit a base in Jufra on Tuesday.", "Jufra"),
    ("Warplanes destroyed an ammunition depot in Misrata on Tuesday.", "Misrata"),
    ("The LNA said its aircraft destroyed an ammunition depot in Misrata on Tuesday.", "Misrata"),
    ("A GNA drone struck a convoy near Tarhuna on Tuesday.", "Tarhuna"),  # a guard: found before too
])
def test_an_aircraft_told_by_what_it_did_is_an_air_strike(resolver, text, place):
    got = english(text, resolver)
    assert [(e.sub_event_type, e.location) for e in got] == [("Air/drone strike", place)], [e.to_dict() for e in got]


def test_a_checkpoint_seized_is_ground_taken(resolver):
    got = english("IS fighters seized a checkpoint south of Sirte on Tuesday.", resolver)
    assert [(e.sub_event_type, e.actor1) for e in got] == [("Non-state actor overtakes territory", "ISIS")], \
        [e.to_dict() for e in got]
