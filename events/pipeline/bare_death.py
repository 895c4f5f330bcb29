"""Stage "bare_death" (an event stage, after "one_battle"): a death told with no cause is
the toll of a happening the report tells, not a battle of its own.

"A former officer was killed in Shebna. He was shot dead while driving." The lead's
"killed" says that someone died, not how; the body says how (shot dead: violence against
civilians). A death word alone ("killed", "مقتل", "مصرع") makes an armed clash only for
want of anything better, so an event built from one, on the day and at the spot (one
place, or within 15 km) of a violent event of another telling, is that event's toll: its
figures join the other event's (repeated figures counted once) and its sentence stays as
evidence (``--explain``). A death the report tells no cause for anywhere stays an event.
"""
from __future__ import annotations

from dataclasses import replace

from events.event_types import VIOLENT_TYPES
from events.pipeline.doc import Doc
from events.pipeline.merge import same_spot, summed_figures


def bare_death(doc: Doc) -> None:
    if not doc.bare_deaths or len(doc.events) < 2:
        return
    told = {id(e): e for e in doc.events}
    gone: set[int] = set()
    civilians = doc.actors.get("civilians").name_en
    for e in doc.events:
        if e.id not in doc.bare_deaths or e.context or e.event_date is None:
            continue
        cause = next((o for o in doc.events if id(o) not in gone and o is not e and o.id not in doc.bare_deaths
                      and not o.context and o.event_type in VIOLENT_TYPES and o.event_date == e.event_date
                      and same_spot(o, e) and _sides_agree(o, e, civilians)), None)
        if cause is None:
            continue
        cause = told[id(cause)]
        one = replace(cause, **summed_figures([cause, e]), actor1=cause.actor1 or e.actor1,
                      actor2=cause.actor2 or (e.actor2 if e.actor2 != cause.actor1 else None),
                      confidence=max(cause.confidence, e.confidence))
        if doc.trace is not None:
            doc.trace.carry([cause, e], one, "bare_death", "exists",
                            f"a death told with no cause, on the day and at the spot of the {cause.event_type.lower()} "
                            "told beside it: that event's toll")
        told[id(cause)] = one
        gone.add(id(e))
    if gone:
        doc.events = [told[id(e)] for e in doc.events if id(e) not in gone]


def _sides_agree(cause, death, civilians: str) -> bool:
    """A death whose named sides are none of the other event's belongs to another happening;
    a death that names only whose the dead man was ("A member of the Abu Salim Martyrs
    Brigade was killed") agrees with a cause whose target the report leaves unnamed ("He
    was gunned down by unknown assailants": civilians, as ACLED codes an unnamed target)."""
    named = {a for a in (death.actor1, death.actor2) if a}
    if death.actor1 is None and cause.actor2 in (None, civilians):
        return True
    return not named or not ({cause.actor1, cause.actor2} - {None}) or bool(named & {cause.actor1, cause.actor2})
