"""Issue 16, English notes (ACLED Libya 2015, a tuning set): ACLED named two coalitions of
2015 by their leading member. Every 2015 note that names the Benghazi Revolutionaries Shura
Council codes it Ansar al-Sharia, as the 2014 notes did, and every one that codes Libya Dawn
codes it Misratah's communal militia (the 2014 notes mostly said "Operation Libya Dawn").
Sentences written for these tests in the shape of those notes; the first two fail on the
code before the change, the others pin the years the rule must leave alone."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id

COUNCIL = "Clashes in the Sabri area of Benghazi between the Benghazi Revolutionaries' Shura Council " \
          "and forces of Khalifa Haftar left two dead."
DAWN = "Libya Dawn forces bombed the airport at Zintan, a stronghold of militias allied to the government."


def _sides(resolver, text: str, day: date) -> list[tuple]:
    rep = Report(id=report_id(text), text=text, language="en", published=day, date_precision="day")
    return [(e.actor1, e.actor2) for e in extract(rep, resolver) if not e.context]


def test_the_benghazi_council_of_2015_is_ansar_al_sharia(resolver):
    assert _sides(resolver, COUNCIL, date(2015, 3, 10)) == [("LNA", "Ansar al-Sharia")]


def test_libya_dawn_of_2015_is_misratas_militia(resolver):
    assert [a1 for a1, _ in _sides(resolver, DAWN, date(2015, 3, 4))] == ["Misrata brigades"]


def test_the_benghazi_council_of_2016_keeps_its_name(resolver):
    assert _sides(resolver, COUNCIL, date(2016, 6, 10)) == [("LNA", "Benghazi Revolutionaries Shura Council")]


def test_libya_dawn_of_2014_keeps_its_name(resolver):
    assert [a1 for a1, _ in _sides(resolver, DAWN, date(2014, 11, 20))] == ["Libya Dawn"]
