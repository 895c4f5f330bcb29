"""The records geo hands out: a Place from the gazetteer, a Resolution of one name."""
from __future__ import annotations

from dataclasses import dataclass

# 1 exact place, 2 near / part of a larger place, 3 only the region (ACLED's geo_precision).
PRECISION_EXACT, PRECISION_NEAR, PRECISION_REGION = 1, 2, 3

KINDS = (
    "city", "town", "village", "hamlet", "district", "neighbourhood", "airport", "air base",
    "military camp", "port", "oil field", "oil terminal", "refinery", "border crossing", "wadi",
    "region", "admin1", "country", "road", "landmark",
)


REGION_KINDS = frozenset({"admin1", "region", "country"})
AREA_KINDS = frozenset({"district", "wadi", "road"})


@dataclass(frozen=True)
class Place:
    id: str
    name_en: str
    name_ar: str
    kind: str
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()
    admin1: str | None = None
    parent: str | None = None  # id of the enclosing place: Ain Zara -> Tripoli
    population: int | None = None
    country: str = "LY"
    source: str = "curated"


@dataclass(frozen=True)
class Context:
    """What a reader knows when meeting a name: the report's country and the places around it."""

    country: str = "LY"
    nearby: tuple[str, ...] = ()  # place ids already resolved in the same report
    parent: str | None = None  # a place id or name given with it ("Salah al-Din, Tripoli")


@dataclass(frozen=True)
class Resolution:
    query: str
    place: Place | None
    candidates: tuple[Place, ...] = ()
    precision: int | None = None
    method: str | None = None  # gazetteer, fuzzy, geopy, manual
    confidence: float = 0.0
    note: str = ""
    # Where the event is when a relation moves it off the place's own point ("30 km west
    # of Sirte", "between Ajdabiya and Brega"); None: the place's point. The note says how.
    lat: float | None = None
    lon: float | None = None

    @property
    def resolved(self) -> bool:
        return self.place is not None

    @property
    def latitude(self) -> float | None:
        return self.lat if self.lat is not None else (self.place.lat if self.place else None)

    @property
    def longitude(self) -> float | None:
        return self.lon if self.lon is not None else (self.place.lon if self.place else None)

    def to_dict(self) -> dict:
        p = self.place
        return {
            "query": self.query,
            "name_en": p.name_en if p else None,
            "name_ar": p.name_ar if p else None,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "kind": p.kind if p else None,
            "admin1": p.admin1 if p else None,
            "precision": self.precision if p else None,
            "method": self.method if p else None,
            "confidence": round(self.confidence, 3) if p else None,
        }


def precision_for(place: Place, relation: str | None = None) -> int:
    """ACLED's geo_precision of a place named with ``relation`` ("south of") or without."""
    if place.kind in REGION_KINDS:
        return PRECISION_REGION
    if relation or place.kind in AREA_KINDS:
        return PRECISION_NEAR
    return PRECISION_EXACT
