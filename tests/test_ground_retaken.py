"""Issue 16, event type: ground a group took and the army took back, told in one sentence, was
fought over; the group's taking of a port is then no non-violent transfer (tuning rounds nine
and nineteen: Jadran's seizure of Es Sider and Ras Lanuf). Sentences written for these tests;
the first was checked to fail without the rule."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id


def _types(resolver, text: str) -> set[tuple]:
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2018, 6, 21), date_precision="day")
    return {(e.sub_event_type, e.location) for e in extract(rep, resolver) if not e.context}


def test_a_port_taken_and_taken_back_was_fought_over(resolver):
    text = ("وعاد المسلحون إلى الواجهة بعد أن سيطروا قبل أيام على ميناء السدرة، قبل أن يتمكن الجيش "
            "الوطني الليبي، الخميس، من استعادة السيطرة عليه في عملية خاطفة.")
    got = _types(resolver, text)
    assert not any(sub == "Non-violent transfer of territory" for sub, _ in got), got


def test_a_site_taken_with_no_fight_told_stays_a_non_violent_transfer(resolver):
    text = "سيطرت مجموعة مسلحة أمس على ميناء السدرة."
    got = _types(resolver, text)
    assert got == {("Non-violent transfer of territory", "Es Sider")}, got
