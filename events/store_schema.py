"""The store's tables, how a store location becomes a database URL, and SQLite's settings.

SQLAlchemy Core tables, so the same schema runs on SQLite (one file, the default) and on
PostgreSQL. events.store holds the Store that reads and writes them.
"""
from __future__ import annotations

import json
import os
import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from events.errors import StoreError
from events.records import Event, Report

# Bump when the tables change; a store written by a newer Marsad is refused, not misread.
SCHEMA_VERSION = 4  # 2: events.in_libya; 3: corrections, user_aliases, never_links, merged_links; 4: reports.filed

metadata = sa.MetaData()

meta_table = sa.Table(
    "marsad_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

reports_table = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("title", sa.Text, nullable=False, default=""),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("language", sa.String(8), nullable=False, default="ar"),
    sa.Column("published", sa.Date, nullable=True),
    sa.Column("date_precision", sa.String(16), nullable=False, default="unknown"),
    sa.Column("date_note", sa.Text, nullable=False, default=""),
    sa.Column("source", sa.Text, nullable=False, default=""),
    sa.Column("url", sa.Text, nullable=False, default=""),
    sa.Column("path", sa.Text, nullable=False, default=""),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("filed", sa.DateTime(timezone=True), nullable=True),  # UTC; NULL where not given
)

events_table = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("report_id", sa.String(64), sa.ForeignKey("reports.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("event_date", sa.Date, nullable=True),
    sa.Column("date_precision", sa.String(16), nullable=False),
    sa.Column("event_type", sa.Text, nullable=False),
    sa.Column("sub_event_type", sa.Text, nullable=False),
    sa.Column("actor1", sa.Text, nullable=True),
    sa.Column("actor2", sa.Text, nullable=True),
    sa.Column("assoc_actors", sa.Text, nullable=False, default="[]"),  # JSON list
    sa.Column("location", sa.Text, nullable=True),
    sa.Column("location_ar", sa.Text, nullable=True),
    sa.Column("place_id", sa.Text, nullable=True),
    sa.Column("admin1", sa.Text, nullable=True),
    sa.Column("latitude", sa.Float, nullable=True),
    sa.Column("longitude", sa.Float, nullable=True),
    sa.Column("geo_precision", sa.Integer, nullable=True),
    sa.Column("geocoder", sa.Text, nullable=True),
    sa.Column("fatalities", sa.Integer, nullable=True),
    sa.Column("fatalities_lower_bound", sa.Boolean, nullable=False, default=False),
    sa.Column("injuries", sa.Integer, nullable=True),
    sa.Column("injuries_lower_bound", sa.Boolean, nullable=False, default=False),
    sa.Column("evidence", sa.Text, nullable=False, default=""),
    sa.Column("evidence_start", sa.Integer, nullable=False, default=0),
    sa.Column("evidence_end", sa.Integer, nullable=False, default=0),
    sa.Column("confidence", sa.Float, nullable=False, default=0.0),
    sa.Column("in_libya", sa.Boolean, nullable=True),
    sa.Column("source_coding", sa.Text, nullable=True),  # JSON; schema 3
    sa.Index("ix_events_report_id", "report_id"),
    sa.Index("ix_events_event_date", "event_date"),
    sa.Index("ix_events_event_type", "event_type"),
    sa.Index("ix_events_actor1", "actor1"),
    sa.Index("ix_events_actor2", "actor2"),
    sa.Index("ix_events_admin1", "admin1"),
    sa.Index("ix_events_place_id", "place_id"),
)

# An analyst's corrections of stored events (events.corrections): kept apart from the events,
# which extraction rewrites, and applied again to them after every ingest of their report.
corrections_table = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(64), nullable=False),
    sa.Column("report_id", sa.String(64), nullable=False),
    # where the event's sentence starts: finds the event again if re-extraction renames it
    sa.Column("evidence_start", sa.Integer, nullable=False, default=0),
    sa.Column("field", sa.String(32), nullable=False),
    sa.Column("old", sa.Text, nullable=False),  # JSON: what it replaced
    sa.Column("new", sa.Text, nullable=False),  # JSON
    sa.Column("who", sa.Text, nullable=False, default=""),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
    sa.Index("ix_corrections_report_id", "report_id"),
    sa.Index("ix_corrections_event_id", "event_id"),
)

# Spellings an analyst added to gazetteer places; the resolver reads them (geo.user_aliases).
user_aliases_table = sa.Table(
    "user_aliases",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("place_id", sa.Text, nullable=False),
    sa.Column("who", sa.Text, nullable=False, default=""),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

def _pair_table(name: str) -> sa.Table:
    """A table of event pairs an analyst decided on (events.link_store), NeverLink-shaped."""
    return sa.Table(
        name,
        metadata,
        sa.Column("event_a", sa.String(64), primary_key=True),
        sa.Column("event_b", sa.String(64), primary_key=True),
        sa.Column("by", sa.Text, nullable=False, default=""),
        sa.Column("at", sa.Text, nullable=False, default=""),
        sa.Column("note", sa.Text, nullable=False, default=""),
    )


# An analyst's "these two events are not one happening" (events.linking.NeverLink), and "these
# two are one", linked whatever the rules say; respected wherever events are linked (the page,
# `marsad export`). A pair is in one table or the other, never both.
never_links_table = _pair_table("never_links")
merged_links_table = _pair_table("merged_links")

# The tables every Marsad store has had since schema 1: enough to read one read-only.
CORE_TABLES = frozenset({"marsad_meta", "reports", "events"})

EVENT_COLUMNS = tuple(c.name for c in events_table.columns)
REPORT_COLUMNS = ("report_title", "report_url", "report_published", "report_source")
INT_COLUMNS = ("geo_precision", "fatalities", "injuries", "evidence_start", "evidence_end")
BOOL_COLUMNS = ("fatalities_lower_bound", "injuries_lower_bound")
FLOAT_COLUMNS = ("latitude", "longitude", "confidence")
DATE_COLUMNS = ("event_date", "report_published")


def database_url(path_or_url: str | Path) -> sa.URL:
    """A file path becomes an SQLite URL; anything with '://' is taken as an SQLAlchemy URL."""
    text = str(path_or_url)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL: {text!r} ({exc})") from None
        # A bare postgresql:// means psycopg 3 (the `postgres` extra), whatever SQLAlchemy's
        # own default driver is (psycopg2 before SQLAlchemy 2.1).
        return url.set(drivername="postgresql+psycopg") if url.drivername in ("postgresql", "postgres") else url
    if not text.strip():
        raise StoreError("no store path given: pass a file name such as marsad.sqlite")
    return sa.URL.create("sqlite", database=str(Path(text).expanduser()))


def check_sqlite_file(path: Path, readonly: bool) -> None:
    """Turn the usual ways a store file cannot work into one line a person can act on."""
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(f"cannot open store {path}: folder {folder} does not exist")
    if path.is_dir():
        raise StoreError(f"cannot open store {path}: it is a folder, not a file")
    if path.exists():
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise StoreError(f"cannot open store {path}: it is not an SQLite database")
        if not readonly and not os.access(path, os.W_OK):
            raise StoreError(f"cannot open store {path}: the file is not writable")
    # WAL keeps -wal and -shm files beside the database, so the folder must be writable too.
    if not readonly and not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"cannot open store {path}: folder {folder} is not writable")


def _sqlite_functions(dbapi_connection: sqlite3.Connection) -> None:
    """SQL functions the store's queries use that SQLite lacks (events.store_query)."""
    from events.store_query import haversine_km

    dbapi_connection.create_function("marsad_km", 4, haversine_km, deterministic=True)


def sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    _sqlite_functions(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        # WAL: readers (the dashboard) never block the writer (marsad ingest) and vice versa.
        cursor.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable to a crash of the process and consistent across power loss in WAL.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
    finally:
        cursor.close()


def sqlite_readonly_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    _sqlite_functions(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
    finally:
        cursor.close()



def event_row(event: Event) -> dict:
    row = {name: getattr(event, name) for name in EVENT_COLUMNS}
    row["assoc_actors"] = json.dumps(list(event.assoc_actors), ensure_ascii=False)
    return row


def report_row(report: Report) -> dict:
    return {
        "id": report.id,
        "title": report.title or "",
        "text": report.text,
        "language": report.language or "",
        "published": report.published,
        "date_precision": report.date_precision or "unknown",
        "date_note": report.date_note or "",
        "source": report.source or "",
        "url": report.url or "",
        "path": report.path or "",
        "ingested_at": datetime.now(timezone.utc),
        "filed": as_utc(report.filed),  # SQLite keeps no zone: always UTC
    }


def as_utc(value: object) -> datetime | None:
    """A stored UTC moment as an aware datetime (SQLite gives it back without its zone)."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(str(value))
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def as_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
