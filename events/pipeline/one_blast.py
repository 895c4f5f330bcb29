"""Stage "one_blast" (an event stage, after "one_battle"): a bombing or an attack told once
at its town and once at the spot in it is one event, at the spot.

"انفجار سيارة مفخخة ... وسط بنغازي" in the lead, "انفجرت قرب فندق تيبستي" in the body:
"merge" keeps them apart (two places), yet it is one car bomb, and ACLED codes it once at
the most precise place the report gives. So a bombing (IED, suicide bomb, grenade) or an
act of violence against civilians placed at a town (geo precision 1, a city or town of the gazetteer)
goes into one of the same type, sub-type and day placed at a spot inside that town (a
parent of the spot, or within 15 km), when their actors do not disagree and neither is told
as another one ("ثانية", "a second bomb"); figures told twice are counted once
(``summed_figures``). Two spots in one town stay two events (two bombs);
strikes and shelling (a city's toll of a campaign's strikes is no one strike at a quarter)
and fighting (which "one_battle" joins by its own rule) are left.
"""
from __future__ import annotations

import re
from dataclasses import replace

from events.pipeline.doc import Doc
from events.pipeline.merge import fold_tellings, summed_figures
from events.records import Event
from geo.gazetteer import haversine_km

# One bomb or one attack, not strikes or shelling: "مقتل أكثر من 90 جراء الغارات على العاصمة"
# sums a campaign's strikes on the city, and is not the one strike told at Ain Zara.
_SUB_TYPES = ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Attack",
              "Abduction/forced disappearance", "Sexual violence")
_TOWN_KINDS = ("city", "town")
_INSIDE_KM = 15.0
_ANOTHER = re.compile(r"(?<![\w])(?:ثانية|الثانية|ثان|أخرى|اخرى|آخر)(?![\w])|\b(?:second|another)\b", re.I)


def one_blast(doc: Doc) -> None:
    places = doc.resolver.gazetteer.places if doc.resolver is not None else {}
    unknown = doc.actors.get("gunmen").name_en
    joined: dict[int, list[Event]] = {}  # id(spot event) -> [spot, the town tellings it takes]
    gone: set[int] = set()
    for town in doc.events:
        if not _at_town(town, places):
            continue
        spots = [s for s in doc.events if s is not town and _same_happening(town, s, unknown)
                 and _inside(s, town, places)]
        if len(spots) == 1:  # with two spots the town's telling could be either: left alone
            joined.setdefault(id(spots[0]), [spots[0]]).append(town)
            gone.add(id(town))
    if not gone:
        return

    def combine(e: Event, tellings: list[Event]) -> Event:
        return replace(e, actor1=e.actor1 if e.actor1 not in (None, unknown) else _first(tellings, "actor1", unknown),
                       actor2=e.actor2 or _first(tellings, "actor2", None), **summed_figures(tellings),
                       confidence=max(t.confidence for t in tellings))

    fold_tellings(doc, joined, gone, combine, "one_blast",
                  lambda e, tellings: f"told at {', '.join(t.location or '?' for t in tellings[1:])} and at "
                                      f"{e.location} inside it the same day: one event, at the spot")


def _at_town(e: Event, places: dict) -> bool:
    p = places.get(e.place_id) if e.place_id else None
    return (not e.context and e.sub_event_type in _SUB_TYPES and e.event_date is not None and p is not None
            and p.kind in _TOWN_KINDS and (e.geo_precision or 1) == 1)


def _same_happening(town: Event, spot: Event, unknown: str) -> bool:
    if _ANOTHER.search(town.evidence) or _ANOTHER.search(spot.evidence):
        return False  # "وانفجرت سيارة مفخخة ثانية", "a second bomb": told as another one
    if spot.context or (spot.event_type, spot.sub_event_type, spot.event_date) != \
            (town.event_type, town.sub_event_type, town.event_date):
        return False
    a, b = town.actor1, spot.actor1
    return a in (None, unknown) or b in (None, unknown) or a == b


def _inside(spot: Event, town: Event, places: dict) -> bool:
    p = places.get(spot.place_id) if spot.place_id else None
    if p is None or p.id == town.place_id or p.kind in _TOWN_KINDS or spot.latitude is None:
        return False
    if p.parent == town.place_id:
        return True
    return haversine_km(spot.latitude, spot.longitude, town.latitude, town.longitude) <= _INSIDE_KM


def _first(tellings: list[Event], field: str, unknown: str | None):
    return next((getattr(t, field) for t in tellings if getattr(t, field) not in (None, unknown)),
                getattr(tellings[0], field))
