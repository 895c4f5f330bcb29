"""Stage "within_place" (an event stage, after "merge"): the town and the place in it.

A report often tells one happening twice, once at the town ("took control of a port in
Sirte on Saturday") and once at the place inside it ("took full control of the port of
Sirte"). "merge" keeps them apart because their places differ. When an event's place is
the town (or district) that encloses the place of exactly one other event of the same
type, sub-type, day and acting side (or
none named), they are one happening: the town's telling joins the
more exact one, which keeps its point. A town's telling with figures of its own ("90
killed in the strikes on the capital") stays: its toll may span more than the place; so
does one whose town was not named outright (taken from "the Tripoli militias"). Two events inside the town (two neighbourhoods
struck) are not folded into each other, and the town's telling then stays as it is: it
cannot say which of them it tells.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.doc import Doc
from events.pipeline.merge import _merge, _side
from events.records import Event

MAX_DEPTH = 6  # parent links followed (neighbourhood -> city -> district)
_PLACE_FIELDS = ("location", "location_ar", "place_id", "admin1", "latitude", "longitude", "geo_precision",
                 "geocoder", "in_libya")


def _ancestors(gazetteer, place_id: str | None) -> set[str]:
    out: set[str] = set()
    p = gazetteer.get(place_id) if place_id else None
    while p is not None and p.parent and p.parent not in out and len(out) < MAX_DEPTH:
        out.add(p.parent)
        p = gazetteer.get(p.parent)
    return out


def _kind(e: Event) -> tuple:
    return e.event_type, e.sub_event_type, e.event_date, e.date_precision


def _same(e: Event, o: Event) -> bool:
    """Same type, sub-type and day, and the same acting side (or one telling names none)."""
    a, b = _side(e.actor1), _side(o.actor1)
    return _kind(e) == _kind(o) and (a == b or not a or not b)


def within_place(doc: Doc) -> None:
    events = doc.events
    if len(events) < 2:
        return
    gazetteer = doc.resolver.gazetteer
    inside = {e.id: _ancestors(gazetteer, e.place_id) for e in events if e.place_id}
    moved, changed = [], False
    for e in events:
        if e.fatalities is not None or e.injuries is not None or e.geo_precision != 1:
            # "90 killed in the strikes on the capital": the town's own toll, not the place's;
            # "a depot of the Tripoli militias": a town taken from a name, not where it happened
            moved.append(e)
            continue
        inner = [o for o in events if o is not e and e.place_id and _same(e, o)
                 and e.place_id in inside.get(o.id, ())]
        if len(inner) == 1:
            o = inner[0]
            new = replace(e, **{f: getattr(o, f) for f in _PLACE_FIELDS})
            if doc.trace is not None:
                doc.trace.carry([e], new, "within_place", "place", None)
                doc.trace.carry([o], o, "within_place", "place",
                                f"{e.location} encloses {o.location}, where the same happening is told: "
                                f"one event, at {o.location}")
            moved.append(new)
            changed = True
        else:
            moved.append(e)
    if changed:
        doc.events = _merge(moved, doc.trace)
