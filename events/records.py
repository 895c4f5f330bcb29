"""Reports and events: the records that flow from reading to the store (ACLED-compatible names)."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime

DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
# How sure we are of a report's publication date: given by the source, or estimated by a person.
REPORT_DATE_PRECISIONS = ("day", "estimated", "month", "year", "unknown")


def report_id(text: str) -> str:
    """Content hash: the same text is the same report wherever it came from."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Report:
    id: str
    text: str
    title: str = ""
    language: str = "ar"  # "ar" or "en"
    published: date | None = None
    date_precision: str = "unknown"  # one of REPORT_DATE_PRECISIONS
    date_note: str = ""  # why an estimated date is what it is
    source: str = ""
    url: str = ""
    path: str = ""  # where it was read from, for messages
    source_id: str = ""  # the id the source gave it (a JSONL "id"), kept so callers can match
    filed: datetime | None = None  # when it was filed, in UTC, where its metadata gives a time and a zone


@dataclass(frozen=True)
class Event:
    id: str
    report_id: str
    event_date: date | None
    date_precision: str  # one of DATE_PRECISIONS
    event_type: str  # ACLED's six types
    sub_event_type: str  # ACLED's 25 sub-types
    actor1: str | None
    actor2: str | None
    assoc_actors: tuple[str, ...] = ()
    location: str | None = None  # English name of the place
    location_ar: str | None = None
    place_id: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # 1 exact, 2 near/part of, 3 region
    geocoder: str | None = None  # gazetteer, fuzzy, geopy, manual
    fatalities: int | None = None
    fatalities_lower_bound: bool = False  # "more than 90" keeps 90 and says so
    injuries: int | None = None
    injuries_lower_bound: bool = False
    evidence: str = ""
    evidence_start: int = 0  # span of the evidence sentence in the report text
    evidence_end: int = 0
    confidence: float = 0.0
    # None when the extractor cannot say; False for a happening abroad (a raid in Egypt),
    # which the page hides unless asked.
    in_libya: bool | None = None
    # A dataset row's own coding that Marsad's fields do not hold (ACLED's inter1/inter2,
    # disorder_type, tags, source_scale, admin2/3; UCDP's low/high estimates, type_of_violence,
    # precisions), as JSON text; "" for extracted events.
    source_coding: str = ""
    # Not stored (``to_dict`` gives the stored fields):
    # Background the report recalls (the 2011 war, an offensive launched months ago): kept
    # for the reader, never one of the report's events (``extract`` leaves it out unless asked).
    context: bool = field(default=False, metadata={"stored": False})

    def to_dict(self, unstored: bool = False) -> dict:
        """The fields as plain values: the stored ones, and ``in_libya``/``context`` too
        when ``unstored``."""
        d = asdict(self)
        if not unstored:
            for f in fields(self):
                if f.metadata.get("stored") is False:
                    d.pop(f.name)
        d["event_date"] = self.event_date.isoformat() if self.event_date else None
        d["assoc_actors"] = list(self.assoc_actors)
        return d


def event_id(report: str, start: int, event_type: str, sub_event_type: str, place_id: str | None) -> str:
    """Stable across runs so re-ingesting a report yields the same ids."""
    key = f"{report}|{start}|{event_type}|{sub_event_type}|{place_id}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
