"""ACLED exports: the current schema (with disorder_type), the 2019–2023 one (without it) and
the oldest (ally_actor_1/2, nine event types such as "Battle-Government regains territory").

ACLED's coding is kept: its actors, place, point, fatalities and notes. Old types become the
six current ones, with the sub-type where the old name carries it (a territory battle, a base
established); where it does not ("Remote violence"), the sub-type stays empty rather than
guessed. Old "Riots/Protests" is split by who acted (inter1 5 rioters, 6 protesters).
"""
from __future__ import annotations

from datetime import datetime, timezone

from events.datasets.precision import ACLED_GEO, ACLED_TIME
from events.datasets.rows import (DatasetRow, RowProblem, calendar_date, coding, dataset_key, field, libyan_point, names,
                                  required, whole_number)
from events.event_types import EVENT_TYPES
from events.records import Event, Report
from events.report_meta import detect_language

# ACLED's own coding kept beside Marsad's fields (Event.source_coding); absent columns are skipped.
KEPT = ("event_id_cnty", "disorder_type", "event_type", "sub_event_type", "inter1", "inter2", "interaction",
        "civilian_targeting", "iso", "region", "country", "admin2", "admin3", "adm_level_2", "adm_level_3",
        "source", "source_scale", "tags",
        "timestamp", "time_precision", "geo_precision")
DATASET = "ACLED"
PREFIX = "acled"

_CURRENT_TYPES = {t.lower(): t for t in EVENT_TYPES}
# Type names of ACLED before 2019 → (type, sub-type); "" where the old name says no more.
_OLD_TYPES = {
    "battle-no change of territory": ("Battles", "Armed clash"),
    "battle-government regains territory": ("Battles", "Government regains territory"),
    "battle-non-state actor overtakes territory": ("Battles", "Non-state actor overtakes territory"),
    "remote violence": ("Explosions/Remote violence", ""),
    "violence against civilians": ("Violence against civilians", ""),
    "strategic development": ("Strategic developments", ""),
    "headquarters or base established": ("Strategic developments", "Headquarters or base established"),
    "non-violent transfer of territory": ("Strategic developments", "Non-violent transfer of territory"),
    # the realtime files of 2015 named strategic developments so (ACLED renamed it in 2016)
    "non-violent activity by a conflict actor": ("Strategic developments", ""),
}
# inter1 codes, numeric in old exports and spelled out in the newest.
_RIOTERS = {"5", "rioters"}
_PROTESTERS = {"6", "protesters"}


def _old_riot_or_protest(row: dict[str, str]) -> tuple[str, str]:
    inter1 = field(row, "inter1").lower()
    actor1 = field(row, "actor1").lower()
    if inter1 in _RIOTERS or actor1.startswith("rioters"):
        return "Riots", ""
    if inter1 in _PROTESTERS or actor1.startswith("protesters"):
        return "Protests", ""
    raise RowProblem(f"event_type 'Riots/Protests' with inter1 {field(row, 'inter1')!r}: "
                     f"cannot tell a riot (5) from a protest (6)")


def event_type(row: dict[str, str]) -> tuple[str, str]:
    """(event type, sub-event type) on ACLED's current six types."""
    given = required(row, "event_type")
    key = " ".join(given.lower().split())
    if "sub_event_type" in row:  # 2019 on: the type and sub-type as ACLED codes them today
        if key not in _CURRENT_TYPES:
            raise RowProblem(f"event_type {given!r} is not one of ACLED's six types")
        return _CURRENT_TYPES[key], field(row, "sub_event_type")
    if key == "riots/protests":
        return _old_riot_or_protest(row)
    if key in _OLD_TYPES:
        return _OLD_TYPES[key]
    if key in _CURRENT_TYPES:
        return _CURRENT_TYPES[key], ""
    raise RowProblem(f"event_type {given!r} is not an ACLED event type")


def _published(row: dict[str, str]) -> tuple[datetime | None, str]:
    """The day ACLED last changed the row (its Unix ``timestamp``), when the export has one."""
    stamp = whole_number(row, "timestamp")
    if stamp is None:
        return None, "unknown"
    try:
        return datetime.fromtimestamp(stamp, timezone.utc), "day"
    except (OverflowError, OSError, ValueError):
        raise RowProblem(f"timestamp {field(row, 'timestamp')!r} is not a Unix time") from None


def read_row(row: dict[str, str], path: str, line: int) -> DatasetRow:
    """One ACLED row as a Report and its Event; RowProblem names the first field that is wrong."""
    row_id = required(row, "event_id_cnty")
    key = dataset_key(PREFIX, row_id)
    when = calendar_date(row, "event_date")
    kind, sub = event_type(row)
    lat, lon = libyan_point(row)
    required(row, "geo_precision")
    geo_precision = whole_number(row, "geo_precision", allowed=range(1, 4))
    time_precision = whole_number(row, "time_precision", allowed=range(1, 4), empty=1)
    fatalities = whole_number(row, "fatalities")
    stamped, stamp_precision = _published(row)
    notes = field(row, "notes")
    outlets = field(row, "source")
    report = Report(
        id=key, text=notes, title=f"ACLED {row_id}" + (f" — {outlets}" if outlets else ""),
        language=detect_language(notes),
        published=stamped.date() if stamped else None, date_precision=stamp_precision,
        date_note="the day ACLED last updated this row" if stamped else "",
        source=DATASET, path=path, source_id=row_id,
    )
    event = Event(
        id=key, report_id=key, event_date=when, date_precision=ACLED_TIME[time_precision],
        event_type=kind, sub_event_type=sub, actor1=required(row, "actor1"), actor2=field(row, "actor2") or None,
        assoc_actors=names(row, "assoc_actor_1", "assoc_actor_2", "ally_actor_1", "ally_actor_2"),
        location=field(row, "location") or None, admin1=field(row, "admin1") or field(row, "adm_level_1") or None,
        latitude=lat, longitude=lon, geo_precision=ACLED_GEO[geo_precision], geocoder="acled",
        fatalities=fatalities, evidence=notes, evidence_start=0, evidence_end=len(notes),
        # The dataset's coding is what analysts measure against: not a guess of ours.
        confidence=1.0, source_coding=coding(row, KEPT),
    )
    return DatasetRow(DATASET, row_id, line, report, event)
