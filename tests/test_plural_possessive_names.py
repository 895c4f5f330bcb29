"""A place name whose words are joined by a plural's possessive mark ("Martyrs' Square",
"Martyrs’ Square") is one name, as "Martyrs Square" was: before, the mark broke the name,
and a protest in Martyrs' Square had no place at all. Guard: "Sirte's" stays Sirte, its
possessive no part of the name."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def english(text: str, resolver) -> list:
    return extract(read_text(text, language="en", published=date(2019, 12, 2), date_precision="day"), resolver)


@pytest.mark.parametrize("text", [
    "Dozens of people demonstrated in Martyrs' Square on Tuesday against corruption.",
    "Dozens of people demonstrated in Martyrs’ Square on Tuesday against corruption.",
])
def test_martyrs_square_with_its_mark(resolver, text):
    assert [e.location for e in english(text, resolver)] == ["Martyrs' Square"]


def test_a_towns_possessive_is_no_part_of_its_name(resolver):
    # guard
    got = english("Clashes erupted in Sirte's eastern district on Tuesday.", resolver)
    assert [e.location for e in got] == ["Sirte"], [e.to_dict() for e in got]
