"""Stage "region_told_once" (an event stage, after "other_side"): a happening told once at a
region and once at a place in it, the same day, is one event, at the place.

"الهجوم الثلاثي المحاور شنته كتائب دفاع بنغازي" on "the oil crescent" and "مواجهات مع
متشددين شنوا هجوما على منشآت نفطية" at Es Sider are one attack: the region is how the
report sums up where it was, Es Sider where it was. ACLED codes it once, at the most precise
place. So an event placed only at a region (the Oil Crescent, the Nafusa Mountains; geo
precision 3) goes into the one event of the same type on the same day placed within
``REGION_REACH_KM`` of the region's point, when their sides do not disagree (a side unnamed
or unidentified agrees with any; a battle's tellings may name one side each). With two such
events a region's telling with no figures sums them up and joins the first; one with figures
could be either's and stays. Figures told twice are counted once (``summed_figures``).
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.doc import Doc
from events.pipeline.merge import fold_tellings, summed_figures
from events.records import Event
from geo.gazetteer import haversine_km

_REGION_KINDS = frozenset({"region", "wadi"})
REGION_REACH_KM = 75.0  # the Oil Crescent to its terminals, the Nafusa Mountains to Zintan: within


def region_told_once(doc: Doc) -> None:
    places = doc.resolver.gazetteer.places if doc.resolver is not None else {}
    unknown = doc.actors.get("gunmen").name_en
    joined: dict[int, list[Event]] = {}
    gone: set[int] = set()
    for region in doc.events:
        if not _at_region(region, places):
            continue
        spots = [e for e in doc.events if e is not region and not e.context and not _at_region(e, places)
                 and (e.event_type, e.event_date) == (region.event_type, region.event_date)
                 and e.latitude is not None and _sides_agree(region, e, unknown, doc.actors)
                 and haversine_km(e.latitude, e.longitude, region.latitude, region.longitude) <= REGION_REACH_KM]
        if len(spots) == 1 or spots and region.fatalities is None and region.injuries is None:
            # with several places, a telling with no figures sums them up ("the attack on the
            # oil crescent" beside Es Sider and Ras Lanuf): it joins the first, adding nothing
            joined.setdefault(id(spots[0]), [spots[0]]).append(region)
            gone.add(id(region))
    if not gone:
        return

    def combine(e: Event, tellings: list[Event]) -> Event:
        other = next((x for t in tellings[1:] for x in (t.actor1, t.actor2)
                      if x not in (None, unknown, e.actor1, e.actor2)), None)
        return replace(e, actor1=e.actor1 or other, actor2=e.actor2 or (other if e.actor1 else None),
                       **summed_figures(tellings), confidence=max(t.confidence for t in tellings))

    fold_tellings(doc, joined, gone, combine, "region_told_once",
                  lambda e, tellings: f"told at {', '.join(t.location or '?' for t in tellings[1:])} and at "
                                      f"{e.location} in it the same day: one event, at the place")


def _at_region(e: Event, places: dict) -> bool:
    p = places.get(e.place_id) if e.place_id else None
    return (not e.context and e.event_date is not None and p is not None and p.kind in _REGION_KINDS
            and e.latitude is not None)


def _sides_agree(a: Event, b: Event, unknown: str, lex=None) -> bool:
    """One happening's two tellings may name its sides in either order, or only one; a
    battle's two tellings may each name another of its two sides ("الجيش خاض مواجهات" and
    "الهجوم شنته كتائب دفاع بنغازي")."""
    def side(name: str) -> str:
        # "LNA" and "LNA air force" are one side
        return getattr(lex.named(name), "affiliation", None) or name if lex is not None else name

    sa = {side(x) for x in (a.actor1, a.actor2) if x not in (None, unknown)}
    sb = {side(x) for x in (b.actor1, b.actor2) if x not in (None, unknown)}
    if a.event_type == "Battles":
        return len(sa | sb) <= 2
    return sa <= sb or sb <= sa
