"""Latin spellings running text gives that the text index leaves out (geo/spellings.py):
taken only where the sentence tells them as a place. Sentences written for these tests."""
from __future__ import annotations

import pytest


def found(resolver, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.resolution.place.id if m.resolution.place else None) for m in resolver.find_places(text)]


@pytest.mark.parametrize("text, surface, place", [
    # a village only open data knows, after a place preposition or before "area"
    ("The body of a soldier was found in Tikah on Monday.", "Tikah", "osm-3324714303"),
    ("The body was found in the citys Tikah area.", "Tikah", "osm-3324714303"),
    # misspellings of Libyan names, the whole run of capitalised words
    ("Clashes broke out in Qasr Bin Gashr on Monday.", "Qasr Bin Gashr", "qasr-bin-ghashir"),
    ("A poet was shot dead in Bengahzi.", "Bengahzi", "benghazi"),
    ("The army pushed into Al-Qawarishah on Saturday.", "Al-Qawarishah", "guwarsha"),
    # a possessive the gazetteer lists without its apostrophe
    ("Heavy fighting broke out in Libya's capital on Sunday.", "Libya's capital", "tripoli"),
    ("Air strikes hit positions in Libyas capital.", "Libyas capital", "tripoli"),
    ("A car bomb killed a soldier in the country's east.", "country's east", "cyrenaica"),
    # OpenStreetMap's Latin name of the team's row, added to its aliases (thirty-third sitting)
    ("Clashes erupted in Al-Hira, near Gharyan, on Tuesday.", "Al-Hira", "wadi-al-hira"),
])
def test_a_spelling_the_index_lacks_is_a_place_where_it_is_told_as_one(resolver, text, surface, place):
    assert (surface, place) in found(resolver, text)


@pytest.mark.parametrize("text", [
    "The statement was published in Arabic on Monday.",
    "The suspect is in Algerian custody.",
    "An officer escaped an assassination attempt outside Marwa Hospital.",  # no town Maraua
    "Tikah said the talks would go on.",  # an open-data name with no place word before it
])
def test_a_word_that_only_resembles_a_name_is_no_place(resolver, text):
    assert found(resolver, text) == []


def test_a_possessive_that_names_no_place_stays_the_country(resolver):
    assert found(resolver, "Libya's oil output fell in June.") == [("Libya", "libya")]
