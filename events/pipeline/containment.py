"""Whether one place lies inside another (used by ``where``): "the south Tripoli district of
Gasr Ben Ghashir" is one place, not two; "Sabratha and Surman" are two. A place's rank by kind
says which can hold which."""
from __future__ import annotations

from geo.gazetteer import haversine_km

KIND_RANK = {"country": 5, "region": 4, "admin1": 4, "wadi": 4, "city": 3, "town": 2,
              "village": 1, "hamlet": 1, "district": 1, "neighbourhood": 1}  # anything else (a camp, a port): 0


_THIRDS = frozenset({"tripolitania", "cyrenaica", "fezzan"})
_THIRD_KM = 700.0  # Cyrenaica's point to Kufra is 650 km
_REGION_KM = 170.0  # a region with no district of its own (the Oil Crescent: Zueitina 160 km)


def within(child, parent, gazetteer: dict | None = None) -> bool:
    """Whether ``child`` is a finer place inside ``parent`` ("the south Tripoli district of
    Gasr Ben Ghashir", "the west Tripoli suburb" of Janzour; with ``gazetteer``, "the Binina
    Airbase in Benghazi": the airport of Benina, a place of Benghazi)."""
    if KIND_RANK.get(child.kind, 0) >= KIND_RANK.get(parent.kind, 0):
        return False
    if child.parent == parent.id:
        return True
    if parent.kind == "admin1":
        return bool(child.admin1) and child.admin1 == parent.admin1
    if parent.kind == "region":
        # "the Jebel Nafusa town of Ghariyan", "In western Libya ... in the town of Kikla": a
        # mountain range by its district; a historic third of the country (Tripolitania)
        # has none, and any Libyan town of the stretch lies in it or is told apart by a list
        if parent.admin1:
            return child.admin1 == parent.admin1
        reach = _THIRD_KM if parent.id in _THIRDS else _REGION_KM
        return getattr(child, "country", "LY") == "LY" and haversine_km(
            child.lat, child.lon, parent.lat, parent.lon) <= reach
    if parent.kind in ("city", "town"):
        if child.parent and child.parent != parent.id:
            # Souq al-Juma is Tripoli's, not Janzour's, though near both
            up = gazetteer.get(child.parent) if gazetteer else None
            return up is not None and up.parent == parent.id
        return near(child, parent)
    return False


def near(a, b) -> bool:
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= 30
