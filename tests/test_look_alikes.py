"""Issue 16: a word the lexicon knows with ة, met written with ه, may be another word: in a
report that writes ة elsewhere, "أبرز مظاهره" is "its most visible manifestations"
(مظاهر + ه), no demonstration. Sentences written for these tests; the rule test was checked
to fail without the rule, and the "still" tests pin what it must leave alone."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id


def _types(resolver, text: str) -> list[str]:
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2015, 8, 5), date_precision="day")
    return [e.event_type for e in extract(rep, resolver) if not e.context]


def test_its_manifestations_are_no_demonstration(resolver):
    assert _types(resolver, "ومن أبرز مظاهره انتشار السلاح في مدينة طرابلس.") == []


def test_a_demonstration_written_with_ta_marbuta_is_still_one(resolver):
    assert _types(resolver, "خرجت مظاهرة حاشدة في مدينة طرابلس اليوم.") == ["Protests"]


def test_a_demonstration_in_a_report_that_writes_ha_is_still_one(resolver):
    # this report writes every ة as ه, so its "مظاهره" is the demonstration
    assert _types(resolver, "خرجت مظاهره حاشده في طرابلس اليوم للمطالبه برحيل الحكومه.") == ["Protests"]
