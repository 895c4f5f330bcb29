"""The event store: reports and the events read from them, in SQLite by default.

Written with SQLAlchemy Core so the same tables and statements run on PostgreSQL when a team
outgrows one file: ``Store("marsad.sqlite")`` or ``Store("postgresql://user@host/marsad")``.

Guarantees the rest of Marsad relies on:
- every report goes in with its events in one transaction, so a crash (kill -9, power cut)
  leaves either the whole report or none of it;
- adding a report that is already stored (same content hash) adds nothing and returns 0;
- SQLite runs in WAL mode, so the dashboard can read while ``marsad ingest`` writes.
"""
from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from events.errors import StoreError
from events.records import Event, Report
from events.store_schema import (CORE_TABLES, EVENT_COLUMNS, SCHEMA_VERSION, corrections_table, as_date, as_utc, check_sqlite_file, database_url, event_row,
                                 events_table, meta_table, metadata, report_row, reports_table, sqlite_pragmas,
                                 sqlite_readonly_pragmas)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EVENT_COLUMNS", "SCHEMA_VERSION", "Store", "database_url", "default_store_path", "open_store"]


# Each attempt first waits out SQLite's busy timeout (10 s, set in events.store_schema).
WRITE_ATTEMPTS = 4
T = TypeVar("T")
# What SQLite says when a write cannot reach the disk (full, over a size limit, I/O error).
_DISK_TROUBLE = ("database or disk is full", "disk i/o error", "file too large")


def _is_locked(exc: BaseException) -> bool:
    message = _one_line(exc).lower()
    return "database is locked" in message or "database table is locked" in message


def _write_failed(what: str, exc: BaseException) -> StoreError:
    """One line for a failed write; for a full disk it says what to do, and that nothing
    stored is lost (each report is its own transaction)."""
    message = _one_line(exc)
    if any(marker in message.lower() for marker in _DISK_TROUBLE):
        return StoreError(f"{what}: the disk is full or cannot be written ({message}); free some space and "
                          f"run the same command again: the reports already stored are kept")
    return StoreError(f"{what}: {message}")


def _one_line(exc: BaseException) -> str:
    """The driver's message without SQLAlchemy's multi-line statement dump."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc)
    return " ".join(text.split()) or type(exc).__name__



# Any fixed 64-bit number; it names the lock that store creators on one database take in turn.
_PREPARE_LOCK = 0x6D61727361640001


class Store:
    """Reports and events in one database; see the module docstring for the guarantees."""

    def __init__(self, path_or_url: str | Path, *, readonly: bool = False) -> None:
        self.url = database_url(path_or_url)
        self.readonly = readonly
        self.path: Path | None = None
        connect_args: dict = {}
        if self.url.get_backend_name() == "sqlite":
            database = self.url.database or ""
            if database in ("", ":memory:"):
                raise StoreError("an in-memory SQLite store forgets everything: give a file name")
            self.path = Path(database)
            check_sqlite_file(self.path, readonly)
            if readonly:
                if not self.path.exists():
                    raise StoreError(f"cannot open store {self.path}: no such file (run `marsad ingest` first)")
                # The URI form is the only way to ask sqlite3 for a read-only connection.
                self.url = sa.URL.create("sqlite", database=f"file:{self.path.resolve()}?mode=ro",
                                         query={"uri": "true"})
        try:
            self.engine: Engine = sa.create_engine(self.url, connect_args=connect_args)
        except ImportError as exc:
            raise StoreError(f"cannot open store {self._name()}: its database driver is not installed "
                             f"({_one_line(exc)}); e.g. pip install psycopg for PostgreSQL") from None
        except (ArgumentError, SQLAlchemyError) as exc:
            raise StoreError(f"cannot open store {self._name()}: {_one_line(exc)}") from None
        if self.engine.dialect.name == "sqlite":
            sa_event.listen(self.engine, "connect",
                            sqlite_readonly_pragmas if readonly else sqlite_pragmas)
        for attempt in range(WRITE_ATTEMPTS):
            try:
                self._prepare()
                break
            except StoreError:
                self.engine.dispose()
                raise
            except (DBAPIError, SQLAlchemyError) as exc:
                self.engine.dispose()
                # Several processes opening one new file at once: switching it to WAL or reading
                # its catalogue can meet SQLite's lock outside a transaction's retries.
                if attempt + 1 < WRITE_ATTEMPTS and _is_locked(exc):
                    time.sleep(0.2 * (attempt + 1))
                    continue
                self._open_failed(exc)

    def _open_failed(self, exc: BaseException) -> None:
        message = _one_line(exc)
        if "not a database" in message or "malformed" in message:
            message = "it is not an SQLite database (or is damaged)"
        raise StoreError(f"cannot open store {self._name()}: {message}") from None

    # -- opening -------------------------------------------------------------------------------

    @property
    def display_name(self) -> str:
        """The file, or the server URL with its password hidden: what messages may print."""
        return self._name()

    def _name(self) -> str:
        return str(self.path) if self.path is not None else self.url.render_as_string(hide_password=True)

    def _prepare(self) -> None:
        """Create the tables on a new store; refuse a database that is something else's."""
        inspector = sa.inspect(self.engine)
        existing = set(inspector.get_table_names())
        if existing and "marsad_meta" not in existing:
            raise StoreError(f"cannot open store {self._name()}: it is a database of something else "
                             f"(tables: {', '.join(sorted(existing)[:5])}); give a new file name")
        if self.readonly:
            if not CORE_TABLES <= existing:
                raise StoreError(f"cannot open store {self._name()}: it is not a Marsad store")
        else:
            # IF NOT EXISTS rather than create_all's look-then-create: two `marsad ingest` runs
            # starting together on a new file must not both try to create the tables.
            def create(conn: Connection) -> None:
                if self.engine.dialect.name == "postgresql":
                    # PostgreSQL's CREATE … IF NOT EXISTS still races on its catalogue (two
                    # creators both pass the check); a transaction-scoped lock makes them take turns.
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PREPARE_LOCK})
                # marsad_meta first: another process opening the file meanwhile must see a Marsad
                # store, not "a database of something else" holding only the tables made so far.
                tables = [meta_table] + [t for t in metadata.sorted_tables if t is not meta_table]
                for table in tables:
                    conn.execute(sa.schema.CreateTable(table, if_not_exists=True))
                    for index in table.indexes:
                        conn.execute(sa.schema.CreateIndex(index, if_not_exists=True))
                _add_new_columns(conn)
                insert_meta = self._insert(meta_table, "key")
                row = {"key": "schema_version", "value": str(SCHEMA_VERSION)}
                if insert_meta is not None:
                    conn.execute(insert_meta, [row])
                elif conn.execute(sa.select(meta_table.c.value).where(
                        meta_table.c.key == "schema_version")).scalar() is None:
                    conn.execute(meta_table.insert(), [row])
                # An older store now has this version's columns: say so, or an older Marsad
                # would misread the rows it no longer understands.
                conn.execute(meta_table.update().where(meta_table.c.key == "schema_version")
                             .where(sa.cast(meta_table.c.value, sa.Integer) < SCHEMA_VERSION)
                             .values(value=str(SCHEMA_VERSION)))

            self._write(f"cannot open store {self._name()}", create)
        with self.engine.connect() as conn:
            version = conn.execute(sa.select(meta_table.c.value).where(
                meta_table.c.key == "schema_version")).scalar()
            have = {c["name"] for c in sa.inspect(conn).get_columns(events_table.name)}
            have_r = {c["name"] for c in sa.inspect(conn).get_columns(reports_table.name)}
            # A read-only store of schema 2 has no corrections table: none of its events is corrected.
            self.has_corrections = sa.inspect(conn).has_table(corrections_table.name)
        # A store of an older Marsad opened read-only keeps its tables as they are: the columns
        # it lacks are read as NULL ("not known"), never a failed query.
        self._event_columns = [c if c.name in have else sa.null().label(c.name) for c in events_table.columns]
        self._report_columns = [c if c.name in have_r else sa.null().label(c.name) for c in reports_table.columns]
        if version is not None and int(version) > SCHEMA_VERSION:
            raise StoreError(f"cannot open store {self._name()}: it was written by a newer Marsad "
                             f"(schema {version}, this one reads {SCHEMA_VERSION}); upgrade Marsad")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self._name()!r})"

    # -- writing -------------------------------------------------------------------------------

    def _insert(self, table: sa.Table, key: str = "id"):
        """INSERT … ON CONFLICT DO NOTHING in the dialects that have it."""
        name = self.engine.dialect.name
        if name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        elif name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            return None
        return insert(table).on_conflict_do_nothing(index_elements=[key])

    def add(self, report: Report, events: Sequence[Event], *, replace: bool = False) -> int:
        """Store a report and its events in one transaction; return how many events were added.

        A report already stored (same id) adds nothing and returns 0, whatever ``events`` says:
        ids are content hashes, so the same text is the same report. ``replace=True`` instead
        swaps the stored report and its events for these (after better extraction), still in one
        transaction, and returns the number of events now stored for it.
        """
        if self.readonly:
            raise StoreError(f"store {self._name()} was opened read-only")
        for ev in events:
            if ev.report_id != report.id:
                raise StoreError(f"event {ev.id} belongs to report {ev.report_id}, not {report.id}")
        def add(conn: Connection) -> int:
            if replace:
                conn.execute(events_table.delete().where(events_table.c.report_id == report.id))
                conn.execute(reports_table.delete().where(reports_table.c.id == report.id))
            added = self._add_in(conn, report, events)
            # An analyst's corrections of this report's events hold over re-ingest and --replace.
            if self.has_corrections:
                from events.corrections import apply_to_report
                apply_to_report(conn, report.id)
            return added

        # The report row goes in first with ON CONFLICT DO NOTHING: that takes the write lock
        # and answers "already stored?" atomically, even with two ingests running at once.
        return self._write(f"could not store report {report.id} in {self._name()}", add)

    def add_many(self, items: Sequence[tuple[Report, Sequence[Event]]], *, replace: bool = False) -> int:
        """Store several reports with their events in one transaction (a dataset's rows: one
        transaction per row spent most of an import on commits); return the events added.
        All or nothing, as ``add`` is for one report."""
        if self.readonly:
            raise StoreError(f"store {self._name()} was opened read-only")
        for report, events in items:
            for ev in events:
                if ev.report_id != report.id:
                    raise StoreError(f"event {ev.id} belongs to report {ev.report_id}, not {report.id}")

        def add(conn: Connection) -> int:
            from events.corrections import apply_to_report

            added = 0
            for report, events in items:
                if replace:
                    conn.execute(events_table.delete().where(events_table.c.report_id == report.id))
                    conn.execute(reports_table.delete().where(reports_table.c.id == report.id))
                added += self._add_in(conn, report, events)
                if self.has_corrections:
                    apply_to_report(conn, report.id)
            return added

        return self._write(f"could not store {len(items)} reports in {self._name()}", add)

    def _add_in(self, conn: Connection, report: Report, events: Sequence[Event]) -> int:
        insert_report = self._insert(reports_table)
        if insert_report is not None:
            added = conn.execute(insert_report.returning(reports_table.c.id), [report_row(report)]).all()
            if not added:
                return 0
        else:
            if conn.execute(sa.select(reports_table.c.id).where(reports_table.c.id == report.id)).first():
                return 0
            conn.execute(reports_table.insert(), [report_row(report)])
        rows = list({ev.id: event_row(ev) for ev in events}.values())  # one row per id
        if not rows:
            return 0
        insert_events = self._insert(events_table)
        if insert_events is not None:
            return len(conn.execute(insert_events.returning(events_table.c.id), rows).all())
        conn.execute(events_table.insert(), rows)
        return len(rows)

    def get_meta(self, key: str) -> str | None:
        return self._read(lambda conn: conn.execute(
            sa.select(meta_table.c.value).where(meta_table.c.key == key)).scalar())

    def set_meta(self, key: str, value: str) -> None:
        """A note about the store itself (e.g. that `marsad demo` made it)."""
        if self.readonly:
            raise StoreError(f"store {self._name()} was opened read-only")
        def put(conn: Connection) -> None:
            conn.execute(meta_table.delete().where(meta_table.c.key == key))
            conn.execute(meta_table.insert().values(key=key, value=value))

        self._write(f"could not write to store {self._name()}", put)

    def delete_report(self, report_id: str) -> bool:
        """Remove a report and its events (to re-ingest it after better extraction)."""
        if self.readonly:
            raise StoreError(f"store {self._name()} was opened read-only")
        def delete(conn: Connection) -> bool:
            conn.execute(events_table.delete().where(events_table.c.report_id == report_id))
            return bool(conn.execute(reports_table.delete().where(reports_table.c.id == report_id)).rowcount)

        return self._write(f"could not delete report {report_id} from {self._name()}", delete)

    def _write(self, what: str, fn: Callable[[Connection], T]) -> T:
        """``fn(conn)`` in one transaction. "database is locked" after SQLite's busy timeout
        (another writer holding the lock that long: a big --replace, a slow disk) is tried
        again a few times before it is an error: the transaction is whole or nothing, so
        running it again is safe."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.engine.begin() as conn:
                    return fn(conn)
            except StoreError:
                raise
            except (DBAPIError, SQLAlchemyError) as exc:
                if attempt + 1 < WRITE_ATTEMPTS and _is_locked(exc):
                    time.sleep(0.2 * (attempt + 1))
                    continue
                raise _write_failed(what, exc) from None
        raise AssertionError("unreachable: the last attempt returns or raises")

    # -- reading -------------------------------------------------------------------------------

    def _read(self, fn):
        try:
            with self.engine.connect() as conn:
                return fn(conn)
        except (DBAPIError, SQLAlchemyError) as exc:
            raise StoreError(f"could not read store {self._name()}: {_one_line(exc)}") from None

    def counts(self) -> dict[str, int]:
        def run(conn: Connection) -> dict[str, int]:
            return {
                "reports": conn.execute(sa.select(sa.func.count()).select_from(reports_table)).scalar_one(),
                "events": conn.execute(sa.select(sa.func.count()).select_from(events_table)).scalar_one(),
            }
        return self._read(run)

    def stored_events(self, report_id: str) -> int | None:
        """How many events a stored report has, or None when the report is not stored."""
        def run(conn: Connection) -> int | None:
            if conn.execute(sa.select(reports_table.c.id).where(reports_table.c.id == report_id)).first() is None:
                return None
            return conn.execute(sa.select(sa.func.count()).select_from(events_table)
                                .where(events_table.c.report_id == report_id)).scalar_one()
        return self._read(run)

    def has_report(self, report_id: str) -> bool:
        return self._read(lambda conn: conn.execute(
            sa.select(reports_table.c.id).where(reports_table.c.id == report_id)).first() is not None)

    @staticmethod
    def _report(row: sa.Row) -> Report:
        return Report(
            id=row.id, text=row.text, title=row.title, language=row.language,
            published=as_date(row.published), date_precision=row.date_precision,
            date_note=row.date_note, source=row.source, url=row.url, path=row.path,
            filed=as_utc(row.filed),
        )

    def report(self, report_id: str) -> Report | None:
        row = self._read(lambda conn: conn.execute(
            sa.select(*self._report_columns).where(reports_table.c.id == report_id)).first())
        return self._report(row) if row is not None else None

    def reports(self) -> list[Report]:
        """Every stored report (with its text), oldest publication first, undated last."""
        query = sa.select(*self._report_columns).order_by(
            reports_table.c.published.is_(None), reports_table.c.published, reports_table.c.ingested_at)
        return [self._report(row) for row in self._read(lambda conn: conn.execute(query).all())]

    def reports_frame(self) -> pd.DataFrame:
        """One row per report without its text, with its number of events: a listing for the page."""
        r, e = reports_table, events_table
        n_events = (sa.select(sa.func.count()).where(e.c.report_id == r.c.id)
                    .scalar_subquery().label("events"))
        query = sa.select(r.c.id, r.c.title, r.c.language, r.c.published, r.c.date_precision,
                          r.c.date_note, r.c.source, r.c.url, r.c.path, r.c.ingested_at, n_events
                          ).order_by(r.c.published.is_(None), r.c.published)
        import pandas as pd  # only the page reads frames: `marsad ingest` starts without pandas

        df = self._read(lambda conn: pd.read_sql(query, conn))
        df["published"] = pd.to_datetime(df["published"], errors="coerce")
        df["events"] = df["events"].astype("int64")
        return df

    def events(self, report_id: str | None = None) -> list[Event]:
        """Events as records (all, or one report's), in the order they were found."""
        query = sa.select(*self._event_columns)
        if report_id is not None:
            query = query.where(events_table.c.report_id == report_id)
        query = query.order_by(events_table.c.report_id, events_table.c.evidence_start, events_table.c.id)
        rows = self._read(lambda conn: conn.execute(query).all())
        out = []
        for row in rows:
            d = row._asdict()
            d["event_date"] = as_date(d["event_date"])
            d["assoc_actors"] = tuple(json.loads(d["assoc_actors"] or "[]"))
            d["fatalities_lower_bound"] = bool(d["fatalities_lower_bound"])
            d["injuries_lower_bound"] = bool(d["injuries_lower_bound"])
            d["in_libya"] = None if d["in_libya"] is None else bool(d["in_libya"])
            out.append(Event(**d))
        return out

    def events_frame(self, query=None, limit: int | None = None) -> pd.DataFrame:
        """One row per event: every Event.to_dict() key plus the report's title, url, date, source.
        ``query`` (events.store_query.EventQuery) keeps the rows it asks for, picked by the
        database; ``limit`` keeps the first of them by date.

        Types: event_date and report_published are datetime64 (NaT where unknown); counts and
        precisions are nullable Int64 (<NA> where unknown); assoc_actors is a list.
        """
        e, r = events_table, reports_table
        # Dates and booleans come back raw and are converted column-wise by pandas below:
        # SQLAlchemy's per-value conversion would cost a third of the time at 100k rows.
        columns = [sa.type_coerce(c, sa.String).label(c.name) if isinstance(c.type, (sa.Date, sa.Boolean))
                   else c for c in self._event_columns]
        c = corrections_table
        corrected = (sa.exists().where(c.c.event_id == e.c.id, c.c.undone_at.is_(None))
                     if self.has_corrections else sa.false())
        select = (
            sa.select(*columns, r.c.title.label("report_title"), r.c.url.label("report_url"),
                      sa.type_coerce(r.c.published, sa.String).label("report_published"),
                      r.c.source.label("report_source"),
                      sa.type_coerce(corrected, sa.String).label("corrected"))
            .join_from(e, r, e.c.report_id == r.c.id)
        )
        if query is not None:
            from events.store_query import conditions

            select = select.where(*conditions(query, self.engine.dialect.name))
        if limit is not None:
            select = select.order_by(e.c.event_date.is_(None), e.c.event_date, e.c.id).limit(limit)
        from events.store_frames import object_frame, typed_events_frame

        df = typed_events_frame(self._read(lambda conn: object_frame(conn.execute(select))))
        # Sorting here rather than in SQL: pandas sorts 100k rows faster than SQLite's temp b-tree.
        df = df.sort_values(["event_date", "report_id", "evidence_start", "id"], na_position="last",
                            kind="stable", ignore_index=True)
        return df



def _add_new_columns(conn: Connection) -> None:
    """Columns added since schema 1 (``events.in_libya``, ``reports.filed``), added to a store
    an older Marsad made when it is opened for writing; its rows get NULL, "not known"."""
    for table in (events_table, reports_table):
        have = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
        for column in table.columns:
            if column.name not in have:
                kind = column.type.compile(dialect=conn.dialect)
                conn.execute(sa.text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))


def open_store(path_or_url: str | Path | None = None) -> Store:
    """The store named, or $MARSAD_DB, or ./marsad.sqlite."""
    return Store(path_or_url or default_store_path())


def default_store_path() -> str:
    return os.environ.get("MARSAD_DB") or "marsad.sqlite"
