"""Issue 16, where an event lies (ACLED Libya 2014 and 2015 notes, tuning sets): a list of
places goes on over a name the gazetteer lacks ("in Jadu, Zintan, Rayaniyah and Yafran",
"in Salmani, Ard Zuwawa, Fuwayhat and Hadaiq districts"), one event per place it knows, as
ACLED codes one per place. Sentences written for these tests; both fail on the code before."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id


def _places(resolver, text: str) -> set[str]:
    rep = Report(id=report_id(text), text=text, language="en", published=date(2015, 7, 7), date_precision="day")
    return {e.location for e in extract(rep, resolver) if not e.context}


def test_a_list_goes_on_over_an_unknown_town(resolver):
    got = _places(resolver, "Bank workers in Jadu, Zintan, Rayaniyah and Yafran staged a protest on Monday.")
    assert got == {"Jadu", "Zintan", "Yafran"}, got


def test_a_list_goes_on_over_an_unknown_district(resolver):
    got = _places(resolver, "Rockets landed in Salmani, Ard Zuwawa, Fuwayhat and Hadaiq districts of Benghazi.")
    assert {"Al-Fuwayhat", "Al-Hadaiq"} <= got, got
