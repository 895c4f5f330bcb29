"""Stage "same_toll" (an event stage, after "region_told_once"): one attack told twice with
its toll is one event, whatever each telling calls it.

"أعلنت مصادر رسمية أن هجوما انتحاريا استهدف مقر المفوضية ... ما أدى إلى مقتل 11" in the lead
and "إن مجموعة من المتشددين بينهم انتحاريان اقتحموا مقر المؤسسة فقتلوا 11 شخصا" in a quote:
the lead reads a suicide bombing, the quote a storming with shooting (an armed clash), so
"merge" keeps them apart, yet the same eleven dead on the same day at the same spot are one
happening. Violent events of a report with the same day (or the report's day and the day
before: a lead with no day is dated on the report's) and the same toll (``MIN_TOLL`` dead
or more, told as a number) at one spot (``merge.same_spot``: one place, or within a city's
reach) go into the first telling, which keeps its type; every telling stays as evidence.
Two attacks that happened to kill as many the same day in one town would be merged too: the
toll must be large enough to make that rare.
"""
from __future__ import annotations

from dataclasses import replace

from events.event_types import VIOLENT_TYPES
from events.pipeline.doc import Doc
from events.pipeline.merge import fold_into_first, same_spot
from events.records import Event

MIN_TOLL = 3  # two dead are too common a toll to say two tellings are one attack


def same_toll(doc: Doc) -> None:
    published = doc.report.published
    doc.events = fold_into_first(
        doc.events, _tolled,
        lambda o, e: o.fatalities == e.fatalities and _same_day(o, e, published) and same_spot(o, e),
        lambda first, e: replace(first, actor1=first.actor1 or e.actor1, actor2=first.actor2 or e.actor2,
                                 event_date=min(first.event_date, e.event_date),  # the day the body tells
                                 injuries=first.injuries if first.injuries is not None else e.injuries,
                                 confidence=max(first.confidence, e.confidence)),
        doc.trace, "same_toll",
        lambda first, e: (f"{e.fatalities} dead on {e.event_date} at one spot, told as a "
                          f"{first.sub_event_type.lower()} and as a {e.sub_event_type.lower()}: one attack"))


def _tolled(e: Event) -> bool:
    return (not e.context and e.event_type in VIOLENT_TYPES and e.fatalities is not None
            and e.fatalities >= MIN_TOLL and e.date_precision == "day")


def _same_day(a: Event, b: Event, published) -> bool:
    """The same day, or the day before the report's and the report's own (a lead with no day
    of its own is dated on the report's day; the body says "on Saturday")."""
    if a.event_date == b.event_date:
        return True
    days = sorted((a.event_date, b.event_date))
    return published is not None and days[1] == published and (days[1] - days[0]).days == 1
