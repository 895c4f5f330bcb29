"""Stage "story_day" (an event stage, before "merge"): an undated telling of a story that
happened the day before yesterday is not today's.

A morning paper of Saturday tells "قتل شخصان ... أمس الأول الخميس في اشتباكات في وسط
مدينة بنغازي", then, a paragraph on and with no day, "قال مصدر عسكري ... إن الطائرات الحربية
استهدفت مواقع الجماعات المتشددة في محور الصابري"; its headline "قتيلان في اشتباكات بنغازي"
has no day either. The dates stage gives such sentences the report's own date, and so the
map shows a second clash on Saturday that nobody reported. When every event the report dates
itself falls on one day shortly before the report's, an undated event at the same place
(the town, a quarter of it, or the town of that quarter) told after the first dated one, or
in the headline, is told of that day. A lead that comes before the dated sentence is not:
"The home of ... was destroyed in a missile attack. At least thirty five people are reported
to have been killed in shelling since Sunday" tells its own day's attack.

Left alone: a report whose dated events fall on two days or more (which day would an undated
one be?), one whose story day is its own (nothing to move), or lies more than
``STORY_DAYS`` before it (a story that old is recalled, not told), and undated events
elsewhere (another scene) or abroad.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.containment import within
from events.pipeline.doc import Doc

STORY_DAYS = 3  # a weekly's "last Thursday" is a week old: a story day at most this far back


def story_day(doc: Doc) -> None:
    published = doc.report.published
    live = [e for e in doc.events if not e.context and e.event_date is not None]
    dated = [e for e in live if e.id not in doc.undated and e.date_precision == "day"]
    days = {e.event_date for e in dated}
    if published is None or len(days) != 1:
        return
    (day,) = days
    if not 0 < (published - day).days <= STORY_DAYS:
        return
    places = doc.resolver.gazetteer.places if doc.resolver is not None else {}
    spots = {e.place_id for e in dated if e.place_id is not None}
    first_told = min(e.evidence_start for e in dated)
    out = []
    for e in doc.events:
        if e.id in doc.undated and not e.context and e.in_libya is not False and e.event_date == published \
                and (e.evidence_start > first_told or _headline(doc.text, e)) and _same_scene(e.place_id, spots, places):
            moved = replace(e, event_date=day, date_precision="day")
            if doc.trace is not None:
                doc.trace.carry([e], moved, "story_day", "date",
                                f"{day} (day): undated, at the place of the report's story, which every "
                                f"date the report gives puts on {day}")
            e = moved
        out.append(e)
    doc.events = out


def _headline(text: str, e) -> bool:
    """Whether the event is told by the report's first line alone, a headline ("ليبيا: قتيلان في
    اشتباكات بنغازي"); a lead that opens a paragraph ("The home of ... was destroyed in a
    missile attack. At least 35 killed in shelling since Sunday") is told of its own day."""
    return e.evidence_start == 0 and "\n" in text[e.evidence_end:e.evidence_end + 3] and "\n" not in text[:e.evidence_end]


def _same_scene(place_id: str | None, spots: set[str], places: dict) -> bool:
    """Whether the place is one of ``spots``, a quarter of one, or the town one is a quarter of."""
    if place_id is None:
        return False
    if place_id in spots:
        return True
    here = places.get(place_id)
    if here is None:
        return False
    for spot in spots:
        there = places.get(spot)
        if there is not None and (within(here, there, places) or within(there, here, places)):
            return True
    return False
