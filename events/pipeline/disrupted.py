"""Stage "disrupted" (an event stage, after "one_blast"): a bomb told, and told again as
never going off, is one disrupted attack, not an explosion.

"Sudan's embassy in Tripoli was targeted with a hand-made bomb on Tuesday. The bomb did not
detonate and was dismantled by security forces": the first sentence alone reads as a
bombing, the second as a disrupted weapon. Nothing blew up, and ACLED codes the one
attempt as a strategic development. So a bombing (IED, grenade, suicide bomb) that hurt
nobody goes into a disrupted weapon (a bomb defused, dismantled, one that failed to
explode) of the same report, day and place (the same place, one inside the other, or within
15 km): the event kept is the disrupted one, with the bomber as its acting side when it
names none. A bombing with dead or wounded did go off, and stays.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.doc import Doc
from events.pipeline.merge import fold_tellings
from events.records import Event
from geo.gazetteer import haversine_km

_BOMBS = ("Remote explosive/landmine/IED", "Grenade", "Suicide bomb")
_DISRUPTED = "Disrupted weapons use"
_NEAR_KM = 15.0


def disrupted(doc: Doc) -> None:
    joined: dict[int, list[Event]] = {}
    gone: set[int] = set()
    for d in doc.events:
        if d.sub_event_type != _DISRUPTED or d.context:
            continue
        bombs = [b for b in doc.events if id(b) not in gone and _unexploded_bomb(b) and _same_scene(b, d)]
        if bombs:
            joined[id(d)] = [d, *bombs]
            gone.update(id(b) for b in bombs)
    if not gone:
        return
    unknown = doc.actors.get("gunmen").name_en

    def combine(e: Event, tellings: list[Event]) -> Event:
        bomber = next((t.actor1 for t in tellings[1:] if t.actor1), None)
        if e.actor1 and e.actor1 != unknown:
            return replace(e, confidence=max(t.confidence for t in tellings))
        return replace(e, actor1=bomber or e.actor1, confidence=max(t.confidence for t in tellings))

    fold_tellings(doc, joined, gone, combine, "disrupted",
                  lambda e, tellings: f"the bomb told at {tellings[1].location or '?'} never went off "
                                      f"({' '.join(e.evidence.split())[:60]}): one disrupted attack")


def _unexploded_bomb(e: Event) -> bool:
    return e.sub_event_type in _BOMBS and not e.context and not (e.fatalities or 0) and not (e.injuries or 0)


def _same_scene(b: Event, d: Event) -> bool:
    if b.event_date != d.event_date:
        return False
    if b.place_id is not None and b.place_id == d.place_id:
        return True
    if None in (b.latitude, b.longitude, d.latitude, d.longitude):
        return False
    return haversine_km(b.latitude, b.longitude, d.latitude, d.longitude) <= _NEAR_KM
