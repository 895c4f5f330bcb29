"""A toll of a thousand dead or more sums many happenings: no one clash, strike or shipwreck
of these wars reaches it ("حصيلة قتلى بلغت 1222 شخصا ... حتى العاشر من مايو", read on an
unlabelled ANT article). Such a tally is kept as context, never one of the report's events.
The sentences are the team's own, in that shape."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def _events(resolver, text: str, context: bool = False):
    return extract(read_text(text, published=date(2017, 5, 14)), resolver, context=context)


@pytest.mark.parametrize("text", [
    "وقالت المنظمة إن حصيلة القتلى في طرابلس بلغت 1222 شخصا حتى العاشر من مايو.",
    "The organisation said 1,222 people had been killed in clashes in Tripoli by 10 May.",
])
def test_a_toll_in_thousands_is_a_tally(resolver, text):
    assert _events(resolver, text) == []
    kept = _events(resolver, text, context=True)
    assert kept and all(e.context and e.fatalities >= 1000 for e in kept)


@pytest.mark.parametrize("text,dead", [
    ("قتل 12 شخصا في اشتباكات مسلحة في طرابلس أمس.", 12),
    ("Clashes in Tripoli killed 120 people on Saturday.", 120),
])
def test_a_toll_of_one_happening_stays_its_event(resolver, text, dead):
    assert [e.fatalities for e in _events(resolver, text)] == [dead]
