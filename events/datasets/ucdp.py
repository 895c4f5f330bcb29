"""UCDP GED exports (the Georeferenced Event Dataset's CSV, one row per event).

UCDP's coding is kept: its three categories of violence stay its own (State-based conflict,
Non-state conflict, One-sided violence) rather than being forced onto ACLED's types, which
draw other lines (a state-based event may be a clash or an air strike); the sub-type stays
empty. Sides A and B become actor1 and actor2, the best estimate of deaths the fatalities,
the headline and article reference the report text.
"""
from __future__ import annotations

from datetime import date

from events.datasets.precision import UCDP_DATE, UCDP_WHERE
from events.datasets.rows import (DatasetRow, RowProblem, calendar_date, coding, dataset_key, field, libyan_point, required,
                                  whole_number)
from events.records import Event, Report
from events.report_meta import detect_language

# UCDP's own coding kept beside Marsad's fields (Event.source_coding): the low and high
# estimates beside the best one, the violence type, the conflict and dyad, the precisions.
KEPT = ("id", "type_of_violence", "conflict_name", "dyad_name", "side_a", "side_b", "best", "low", "high",
        "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "where_prec", "date_prec", "date_end",
        "adm_2", "number_of_sources", "source_office")
DATASET = "UCDP GED"
PREFIX = "ucdp"
VIOLENCE = {1: "State-based conflict", 2: "Non-state conflict", 3: "One-sided violence"}


def _source_date(row: dict[str, str]) -> date | None:
    """The first article's date (UCDP joins several with ";"), when it reads as one."""
    first = field(row, "source_date").split(";")[0].strip()
    try:
        return date.fromisoformat(first[:10]) if first else None
    except ValueError:
        return None


def read_row(row: dict[str, str], path: str, line: int) -> DatasetRow:
    """One GED row as a Report and its Event; RowProblem names the first field that is wrong."""
    row_id = required(row, "id")
    key = dataset_key(PREFIX, row_id)
    violence = whole_number(row, "type_of_violence", allowed=range(1, 4))
    if violence is None:
        raise RowProblem("type_of_violence is empty")
    start = calendar_date(row, "date_start")
    end = calendar_date(row, "date_end")
    if end < start:
        raise RowProblem(f"date_end {end} is before date_start {start}")
    date_prec = whole_number(row, "date_prec", allowed=range(1, 6))
    where_prec = whole_number(row, "where_prec", allowed=range(1, 8))
    if date_prec is None or where_prec is None:
        raise RowProblem(f"{'date_prec' if date_prec is None else 'where_prec'} is empty")
    geo_precision = UCDP_WHERE[where_prec]
    lat = lon = None
    if geo_precision is not None:
        lat, lon = libyan_point(row)
    best = whole_number(row, "best")
    text = "\n".join(t for t in (field(row, "source_headline"), field(row, "source_article")) if t)
    published = _source_date(row)
    office = field(row, "source_office")
    report = Report(
        id=key, text=text, title=f"UCDP GED {row_id}" + (f" — {office}" if office else ""),
        language=detect_language(text),
        published=published, date_precision="day" if published else "unknown",
        date_note="the date of the first source UCDP cites" if published else "",
        source=DATASET, path=path, source_id=row_id,
    )
    event = Event(
        id=key, report_id=key, event_date=start, date_precision=UCDP_DATE[date_prec],
        event_type=VIOLENCE[violence], sub_event_type="",
        actor1=required(row, "side_a"), actor2=field(row, "side_b") or None,
        location=field(row, "where_coordinates") or field(row, "where_description") or None,
        admin1=field(row, "adm_1") or None, latitude=lat, longitude=lon, geo_precision=geo_precision,
        geocoder="ucdp" if geo_precision is not None else None,
        fatalities=best, evidence=text, evidence_start=0, evidence_end=len(text),
        confidence=1.0, source_coding=coding(row, KEPT),
    )
    return DatasetRow(DATASET, row_id, line, report, event)
