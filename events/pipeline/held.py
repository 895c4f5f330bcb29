"""Stage "held" (an event stage, after "story_day"): a taking told with no day, away from
everything the report dates, is who holds the town, not news.

Wire copy closes with what the reader should know: "وسيطر المتشددون الموالون لداعش على مدينة
سرت بوسط البلاد إلى الغرب من أجدابيا" in a report of a checkpoint stormed near Ajdabiya,
"Islamist militants took over Derna" below a story of Tobruk. It is the hold of months, told
in the past tense, and the map would show Sirte taken on the report's day. So a taking of
ground (a non-state group's or the government's) with no day of its own, no toll, in a report
that dates its own story elsewhere (no dated event within ``STORY_KM``), is kept as context.

Left alone: a taking in a report that dates nothing (its day is the report's; nothing says it
is old), one at the place of a dated event (the day's fighting there took it), one with a toll
("سيطر ... بعد معارك قتل فيها 12"), and takings abroad, which "recalled" weighs on its own. A
closing line that goes on from a one-sentence paragraph takes that paragraph's day (the dates
stage), which is no day of its own: it is weighed like an undated one.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.doc import Doc
from geo.gazetteer import haversine_km

STORY_KM = 50.0
_TAKINGS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def held(doc: Doc) -> None:
    own = doc.undated | doc.carried  # no day of the sentence's own
    dated = [e for e in doc.events if not e.context and e.id not in own and e.latitude is not None]
    if not dated:
        return
    out = []
    for e in doc.events:
        if e.sub_event_type in _TAKINGS and e.id in own and not e.context and e.in_libya is not False \
                and not e.fatalities and e.latitude is not None \
                and all(haversine_km(e.latitude, e.longitude, d.latitude, d.longitude) > STORY_KM for d in dated):
            new = replace(e, context=True)
            if doc.trace is not None:
                doc.trace.carry([e], new, "held", "exists",
                                "context, not one of the report's events: a taking with no day of its own, far "
                                "from every event the report dates: who holds the place, not news")
            e = new
        out.append(e)
    doc.events = out
