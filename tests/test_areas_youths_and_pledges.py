"""Issue 16, sentences in the shapes of ACLED's notes and the press, written for these tests:

- "youths" killed, found dead or seized are civilians; only "angry youths" are rioters;
- who vows to pursue an attack's authors did not attack: "وتعهد رئيس المجلس الرئاسي بملاحقة
  المسؤولين عن الهجوم" (the Presidential Council had been made the attacker)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def extracted(text: str, resolver) -> list:
    return extract(read_text(text, language="en", published=date(2014, 7, 7), date_precision="day"), resolver)


@pytest.mark.parametrize("text,actor2", [
    ("Gunmen kidnapped three youths in Sabha on Monday.", "Civilians"),
    ("The bodies of two youths were found in Benghazi on the 6th July.", "Civilians"),
])
def test_youths_hit_are_civilians(resolver, text, actor2):
    (e,) = extracted(text, resolver)
    assert e.actor2 == actor2


def test_angry_youths_are_rioters(resolver):  # a guard: so before
    (e,) = extracted("Angry youths burned tyres and blocked roads in Tripoli on Monday.", resolver)
    assert (e.event_type, e.actor1) == ("Riots", "Rioters")


@pytest.mark.parametrize("text,language", [
    ("وتعهد رئيس المجلس الرئاسي بملاحقة المسؤولين عن الهجوم على مقر وزارة الخارجية في طرابلس.", "ar"),
    ("The prime minister vowed to hunt down those behind the attack on the foreign ministry in Tripoli.",
     "en"),  # a guard: so before
])
def test_who_vows_to_pursue_the_attackers_is_no_side(resolver, text, language):
    (e,) = extract(read_text(text, language=language, published=date(2018, 5, 8), date_precision="day"), resolver)
    assert (e.location, e.actor1) == ("Tripoli", "Unidentified armed group")
