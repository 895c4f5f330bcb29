"""Issue 16: a building for civilians attacked with nobody hurt is property attacked (ACLED:
a strategic development), wherever the sentence names the building. Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id


@pytest.mark.parametrize("text", [
    # the building a few words past the attack word
    "Gunmen attacked the historic Sidi Hamouda mosque in Tripoli on Tuesday.",
    # the building named before a passive attack word
    "Two polling stations in Sabha were attacked by gunmen on Tuesday.",
    "The offices of a private radio station in Zawiya were attacked on Tuesday night.",
])
def test_a_building_attacked_with_nobody_hurt_wherever_the_sentence_names_it(resolver, text):
    rep = Report(id=report_id(text), text=text, language="en", published=date(2014, 10, 14), date_precision="day")
    got = extract(rep, resolver)
    assert got and all(e.event_type == "Strategic developments" for e in got), got
