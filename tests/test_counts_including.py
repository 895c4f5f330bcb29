"""Issue 16, English tolls with a part set off by commas, in shapes written for these tests: "At
least 12 people, including four civilians, were killed" is 12 dead, not four; so with "among
them" and "of whom"; a count with no such part is read as before. A suicide bomber who "killed
himself and four soldiers" (or "five soldiers and himself") is counted with them, as ACLED counts
the bomber ("... and the bomber" was already)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


@pytest.mark.parametrize("text,dead", [
    ("At least 12 people, including four civilians, were killed in fighting in Sirte.", 12),
    ("At least 12 people, among them four civilians, died in the shelling of Sirte.", 12),
    ("Nine fighters, of whom two were commanders, were killed in clashes in Ganfouda.", 9),
    ("Four civilians, including a child, were killed in shelling in Benghazi.", 4),  # a guard: so before
    ("The shelling killed 7 people, including three children, in Tripoli.", 7),  # a guard
    ("An IS suicide bomber killed himself and four soldiers at a checkpoint in Misrata.", 5),
    ("A suicide bomber killed five soldiers and himself in Misrata.", 6),
    ("The attack killed four people and the bomber in Tripoli.", 5),  # a guard: so before
    ("A suicide bomber blew himself up at a checkpoint in Misrata.", 1),  # a guard
])
def test_tolls_with_a_part_or_the_bomber(resolver, text, dead):
    got = extract(read_text(text, language="en", published=date(2016, 6, 10), date_precision="day"), resolver)
    assert [e.fatalities for e in got] == [dead], [e.to_dict() for e in got]

