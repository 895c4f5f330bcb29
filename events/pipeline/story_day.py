"""Stage "story_day" (an event stage, before "merge"): an undated telling of a story that
happened the day before yesterday is not today's.

A morning paper of Saturday tells "قتل شخصان ... أمس الأول الخميس في اشتباكات في وسط
مدينة بنغازي", then, a paragraph on and with no day, "قال مصدر عسكري ... إن الطائرات الحربية
استهدفت مواقع الجماعات المتشددة في محور الصابري"; its headline "قتيلان في اشتباكات بنغازي"
has no day either. The dates stage gives such sentences the report's own date, and so the
map shows a second clash on Saturday that nobody reported. When every event the report dates
itself in its last ``STORY_DAYS`` days falls on one day before the report's, an undated
event at the same place (the town, a quarter of it, or the town of that quarter) is told of
that day, before or after the dated sentence (a lead, a headline, a quote). A day a span
began is no story's day: "The home of ... was destroyed in a missile attack. At least thirty
five people are reported to have been killed in shelling since Sunday" tells its own day's
attack.

Left alone: a report whose dated events of its last days fall on two days or more (which day
would an undated one be?), one whose story day is its own (nothing to move) or lies more
than ``STORY_DAYS`` before it (a story that old is recalled, not told), and undated events
elsewhere (another scene) or abroad.
"""
from __future__ import annotations

import re
from dataclasses import replace

from events.pipeline.containment import within
from events.pipeline.doc import Doc

STORY_DAYS = 3  # a weekly's "last Thursday" is a week old: a story day at most this far back


def story_day(doc: Doc) -> None:
    published = doc.report.published
    if published is None:
        return
    # the days the report tells its own news of: dated in the sentence (or its paragraph), at
    # most STORY_DAYS back; an older day ("قتل في 15 يوليو الجاري") is a story of its own
    dated = [e for e in doc.events if not e.context and e.event_date is not None and e.id not in doc.undated
             and e.date_precision == "day" and 0 <= (published - e.event_date).days <= STORY_DAYS]
    days = {e.event_date for e in dated}
    if len(days) != 1 or any(_since(e.evidence) for e in dated):
        return
    (day,) = days
    if day == published:
        return
    places = doc.resolver.gazetteer.places if doc.resolver is not None else {}
    spots = {e.place_id for e in dated if e.place_id is not None}
    out = []
    for e in doc.events:
        if e.id in doc.undated and not e.context and e.in_libya is not False and e.event_date == published \
                and _same_scene(e.place_id, spots, places):
            moved = replace(e, event_date=day, date_precision="day")
            if doc.trace is not None:
                doc.trace.carry([e], moved, "story_day", "date",
                                f"{day} (day): undated, at the place of the report's story, which every "
                                f"date the report gives of its last {STORY_DAYS} days puts on {day}")
            e = moved
        out.append(e)
    doc.events = out


# "killed in shelling since Sunday", "منذ يوم الأحد": the day a span began, no story's day
_SINCE = re.compile(r"\bsince\s+(?:last\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|\d)|"
                    r"منذ\s+(?:يوم\s+)?(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|\d)",
                    re.IGNORECASE)


def _since(evidence: str) -> bool:
    return _SINCE.search(evidence) is not None


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
