"""A town that says whose someone is does not say where it happened (from ACLED's
2015 notes, read as a tuning set): "Misratah's Third Force", "the Tobruk government",
"Benghazi displaced persons", "the HoR member for Tarhouna". A protest "in front of the UN
headquarters in Tripoli" is in Tripoli: the headquarters is a building, not a speaker's seat.
A town a crowd rallies "in solidarity with" (تضامنا مع) is its cause, not where it rallied.
The sentences are the team's own, in the shape of those notes. Where the town is a place
("Tripoli's Salahaddin district", "Tripoli residents protested") it stays.
"""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text

PUBLISHED = date(2015, 3, 10)


def _places(text: str, resolver) -> list[str]:
    return [e.location for e in extract(read_text(text, published=PUBLISHED, language="en"), resolver)]


@pytest.mark.parametrize("text, place", [
    ("The bodies of four members of Misratah's Third Force were found west of Sirte on Sunday.", "Sirte"),
    ("A cargo plane was hit in an air strike by the Tobruk government on Zuwarah airport.", "Zuwara airport"),
    ("A number of Benghazi displaced persons held a protest in front of the UN headquarters in Tripoli "
     "on Tuesday.", "Tripoli"),
    ("Two sons of the member of the House of Representatives (HoR) for Tarhouna were kidnapped when gunmen "
     "stormed the family home in Tripoli's Salahaddin district on Monday.", "Salah al-Din"),
    ("Warplanes bombed a position of the Misrata 166 battalion in the town of Sirte on Monday.", "Sirte"),
])
def test_a_town_that_says_whose_is_not_where(text, place, resolver):
    assert _places(text, resolver) == [place]


@pytest.mark.parametrize("text, place", [
    ("Heavy clashes broke out in Tripoli's Salahaddin district on Monday.", "Salah al-Din"),
    ("Misrata residents protested on Sunday against the shelling.", "Misrata"),
    ("Zintan forces clashed with Libya Dawn fighters on Monday.", "Zintan"),  # the only place named
    ("Dozens held a sit-in in front of the UN headquarters in Tripoli on Monday.", "Tripoli"),
])
def test_a_town_that_is_a_place_stays(text, place, resolver):
    assert _places(text, resolver) == [place]


@pytest.mark.parametrize("text, places, language", [
    ("The cities of Tripoli and Zawia saw evening rallies in solidarity with the people of Benghazi "
     "on Thursday.", ["Tripoli", "Zawiya"], "en"),
    ("Hundreds held a rally in solidarity with the residents of Derna in Misrata on Friday.", ["Misrata"], "en"),
    ("وخرجت مظاهرة تضامنا مع أهالي درنة في مدينة مصراتة أمس الجمعة.", ["Misrata"], "ar"),
    ("تظاهر العشرات في مدينة مصراتة أمس الجمعة تضامنا مع أهالي درنة.", ["Misrata"], "ar"),  # as before
])
def test_a_town_a_crowd_stands_with_is_its_cause(text, places, language, resolver):
    got = extract(read_text(text, published=PUBLISHED, language=language), resolver)
    assert [e.location for e in got] == places

