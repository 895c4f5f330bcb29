"""What a dataset row becomes (one Report and its one Event), the error a bad row gives, and the
field readers both datasets share: numbers, dates and points, each refusing with a reason.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from events.errors import ReportError, printable
from events.records import Event, Report
from geo.fallback import LIBYA_BBOX


class DatasetError(ReportError):
    """A dataset file, or one row of it, that cannot go in. ``path`` and ``line`` say where, so
    the ingest summary prints "acled.csv line 17: error: …" as it does for a .jsonl line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        where = printable(path) + (f" line {line}" if line is not None else "")
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class RowProblem(ValueError):
    """What is wrong with one field of a row; the reader adds the file and line."""


@dataclass(frozen=True)
class DatasetRow:
    """One dataset row as Marsad keeps it: a Report standing for the row (its notes or headline
    as text, the dataset as source) and the row's event. Both carry the id
    ``<dataset key>:<row id>``, so importing the same row again adds nothing."""

    dataset: str  # "ACLED" or "UCDP GED"
    row_id: str  # the dataset's own id (event_id_cnty, UCDP id)
    line: int  # first line of the row in the file, for messages
    report: Report
    event: Event


def dataset_key(prefix: str, row_id: str) -> str:
    """Report and event id of a row. Dataset ids, not content hashes: a row whose notes ACLED
    rewrites is still the same row, and a hash could never look like "acled:…"."""
    return f"{prefix}:{row_id}"


def field(row: dict[str, str], name: str) -> str:
    return (row.get(name) or "").strip()


def required(row: dict[str, str], name: str) -> str:
    value = field(row, name)
    if not value:
        raise RowProblem(f"{name} is empty")
    return value


def whole_number(row: dict[str, str], name: str, *, allowed: range | None = None,
                 empty: int | None = None) -> int | None:
    """An integer column ("3", "3.0" as spreadsheets write it); ``empty`` when the cell is blank."""
    text = field(row, name)
    if not text:
        return empty
    number = _number(name, text)
    if number > _LARGEST:
        raise RowProblem(f"{name} {text!r} is too large to be a count or a date")
    if number != int(number) or number < 0:
        raise RowProblem(f"{name} {text!r} is not a whole number ≥ 0")
    value = int(number)
    if allowed is not None and value not in allowed:
        raise RowProblem(f"{name} {text!r} is not one of {allowed.start}–{allowed.stop - 1}")
    return value


# Above any count or Unix time a dataset holds, and far inside what a database integer takes.
_LARGEST = 10**12


def _number(name: str, text: str) -> float:
    try:
        # A decimal comma: what a spreadsheet in a European locale writes in a ;-separated file.
        number = float(text.replace(",", "."))
    except ValueError:
        raise RowProblem(f"{name} {text!r} is not a number") from None
    if not math.isfinite(number):
        raise RowProblem(f"{name} {text!r} is not a number")
    return number


def coordinate(row: dict[str, str], name: str) -> float:
    return _number(name, required(row, name))


def libyan_point(row: dict[str, str]) -> tuple[float, float]:
    """(latitude, longitude) of a row that the dataset places in Libya; a point outside Libya
    for such a row is a coding or export error (swapped columns, a lost minus sign), not a fact
    to map."""
    lat, lon = coordinate(row, "latitude"), coordinate(row, "longitude")
    lat_min, lat_max, lon_min, lon_max = LIBYA_BBOX
    if not (lat_min <= lat <= lat_max and lon_min <= lon <= lon_max):
        swapped = lat_min <= lon <= lat_max and lon_min <= lat <= lon_max
        hint = " (latitude and longitude swapped?)" if swapped else ""
        raise RowProblem(f"point {lat:g}, {lon:g} is outside Libya{hint}")
    return lat, lon


# Day-first spellings that older ACLED spreadsheets used besides ISO dates.
_DATE_FORMATS = ("%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%d-%b-%y", "%d %b %Y")


def calendar_date(row: dict[str, str], name: str) -> date:
    """A date column: ISO (with or without a time, as UCDP writes "2019-04-05 00:00:00.000") or
    ACLED's older day-first spellings. 2019-02-30 is refused, never rolled over."""
    text = required(row, name)
    head = text[:10]
    if len(text) >= 10 and head[4:5] == "-" and head[7:8] == "-":
        try:
            return date.fromisoformat(head)
        except ValueError:
            raise RowProblem(f"{name} {text!r} is not a real date") from None
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise RowProblem(f"{name} {text!r} is not a date (expected YYYY-MM-DD)")


def names(row: dict[str, str], *columns: str) -> tuple[str, ...]:
    """Associated actors: ACLED joins several in one cell with "; "."""
    out: list[str] = []
    for column in columns:
        for part in field(row, column).split(";"):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return tuple(out)


def coding(row: dict[str, str], columns: tuple[str, ...]) -> str:
    """The row's own values of ``columns`` that it has (non-empty), as JSON text: the dataset's
    coding kept as it is beside Marsad's fields."""
    import json

    kept = {c: field(row, c) for c in columns if field(row, c)}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True) if kept else ""
