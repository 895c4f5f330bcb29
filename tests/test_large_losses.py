"""Issue 16, an unknown many dead in English notes, in shapes written for these tests: "Large
human and material losses were reported" counts as "heavy casualties" did (ACLED's convention
for an unknown many: 10); material losses alone are no dead."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


@pytest.mark.parametrize("text,dead", [
    ("Armed clashes renewed on Friday in the area surrounding Tripoli International Airport. Large human and "
     "material losses were reported.", 10),
    ("Clashes erupted near Kikla on Friday, leaving huge human losses on both sides.", 10),
    ("Clashes erupted near Kikla on Friday, with heavy losses on both sides.", 10),  # a guard: so before
    ("Armed clashes renewed on Friday near Tripoli International Airport, causing heavy material losses.",
     None),  # a guard
])
def test_large_human_losses_are_an_unknown_many(resolver, text, dead):
    got = extract(read_text(text, language="en", published=date(2014, 8, 2), date_precision="day"), resolver)
    assert [e.fatalities for e in got] == [dead], [e.to_dict() for e in got]
