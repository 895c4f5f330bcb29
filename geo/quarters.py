"""A quarter told with another town: "in Ghiran, in western Tripoli", "في منطقة الغيران غرب
طرابلس". The table's only Ghiran is a quarter of Misrata, 190 km away; the report says
which town its quarter is in, and a reader puts the event in that town, not in Misrata.

A mention that resolves to a quarter or district (its ``parent`` a town) is dropped when a
town named right after it, within ``NEAR_CHARS``, lies more than ``FAR_KM`` from both the
quarter and its parent town, and the parent town is named nowhere in the text. The town
named after it then places the event. Quarters whose town the text names
("الغيران بمصراتة"), or that lie near the town told with them, are kept.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import haversine_km

if TYPE_CHECKING:
    from .mentions import PlaceMention
    from .place import Place

QUARTER_KINDS = frozenset({"neighbourhood", "district"})
TOWN_KINDS = frozenset({"city", "town"})
NEAR_CHARS = 40  # "Ghiran, in western Tripoli", "الغيران غرب العاصمة طرابلس"
FAR_KM = 30.0  # farther than any quarter from its own town's centre


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def quarters_of_other_towns(places: dict[str, Place], mentions: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` without the quarters the text puts in another, distant town."""
    named = {m.resolution.place.id for m in mentions if m.resolution.place is not None}
    out = []
    for k, m in enumerate(mentions):
        p = m.resolution.place
        parent = places.get(p.parent) if p is not None and p.kind in QUARTER_KINDS and p.parent else None
        if parent is not None and parent.id not in named and _told_in_other_town(p, parent, mentions[k + 1:], m.end):
            continue
        out.append(m)
    return out


def _told_in_other_town(p: Place, parent: Place, after: list[PlaceMention], end: int) -> bool:
    for n in after:
        if n.start - end > NEAR_CHARS:
            return False
        q = n.resolution.place
        if q is None or q.kind not in TOWN_KINDS or q.country != p.country:
            continue
        return min(_km(p, q), _km(parent, q)) > FAR_KM
    return False
