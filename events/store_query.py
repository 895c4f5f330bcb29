"""Reading the store through a filter, in the database: the page's filters as SQL (SQLite or
PostgreSQL, on the events' indexes), so a filter change on a million events never loads them
into pandas.

``EventQuery`` is what the page's filters (dashboard.filters.Filters.to_query) ask for, in
store terms. On it: ``count``, ``day_counts`` (the timeline: events per day and type),
``map_rows`` (the columns a map draws, up to a limit), ``grid`` (counts per cell of a grid and
type, for a map of more events than a browser should draw), ``page`` (the table, a page at a
time) and ``iter_rows`` (every row, in chunks, for streaming exports). Each agrees row for row
with the pandas filters on ``Store.events_frame()`` (tests/test_store_query.py).
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from events.store_schema import events_table, reports_table

EARTH_RADIUS_KM = 6371.0
NO_SOURCE = "(no source given)"
MAP_COLUMNS = ("id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
               "location_ar", "latitude", "longitude", "geo_precision", "fatalities", "injuries")


@dataclass(frozen=True)
class EventQuery:
    """Which events: None and empty tuples mean no limit, as in dashboard.filters.Filters.
    ``text_pattern`` is a regular expression (case-insensitive) looked for in the evidence, the
    place names and the report's title; ``near`` is (latitude, longitude, km), and
    ``near_nowhere`` keeps nothing (a place name that could not be found). ``sources`` are
    report sources (outlets or dataset names); ``news`` adds every source not in ``datasets``."""

    date_from: date | None = None
    date_to: date | None = None
    include_undated: bool = True
    include_abroad: bool = False
    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    min_fatalities: int = 0
    text_pattern: str = ""
    near: tuple[float, float, float] | None = None
    near_nowhere: bool = False
    sources: tuple[str, ...] = ()
    news: bool = False
    datasets: tuple[str, ...] = ()


def _km(dialect: str, lat: sa.ColumnElement, lon: sa.ColumnElement, lat0: float, lon0: float):
    if dialect == "sqlite":
        return sa.func.marsad_km(lat, lon, lat0, lon0)  # registered on every connection (store_schema)
    f = sa.func
    dlat, dlon = f.radians(lat - lat0) / 2, f.radians(lon - lon0) / 2
    h = f.power(f.sin(dlat), 2) + math.cos(math.radians(lat0)) * f.cos(f.radians(lat)) * f.power(f.sin(dlon), 2)
    return 2 * EARTH_RADIUS_KM * f.asin(f.sqrt(f.least(f.greatest(h, 0.0), 1.0)))


def haversine_km(lat: float | None, lon: float | None, lat0: float, lon0: float) -> float | None:
    """The SQLite function ``marsad_km``: great-circle km, as dashboard.filters computes it."""
    if lat is None or lon is None:
        return None
    p1, p0 = math.radians(lat), math.radians(lat0)
    h = math.sin((p1 - p0) / 2) ** 2 + math.cos(p0) * math.cos(p1) * math.sin(math.radians(lon - lon0) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(max(h, 0.0), 1.0)))


INDEXED_DAYS = 366  # a date window at most this wide is looked up in the date index


def _scanned(column: sa.Column, dialect: str):
    """``column`` such that SQLite will not look it up in its index ("+column"): for a filter
    that keeps most rows (five of six types, years of dates) walking the index and fetching each
    row costs four times a plain scan, and SQLite's planner, without statistics, picks the index."""
    if dialect != "sqlite":
        return column  # PostgreSQL's planner has statistics (autovacuum's ANALYZE)
    return sa.literal_column(f"+{column.table.name}.{column.name}", type_=column.type)


def conditions(q: EventQuery, dialect: str) -> list[sa.ColumnElement]:
    """The WHERE conditions of ``q`` over events ``e`` joined to reports ``r``."""
    e, r = events_table.c, reports_table.c
    out: list[sa.ColumnElement] = []
    if q.near_nowhere:
        return [sa.false()]
    if q.date_from is not None or q.date_to is not None or not q.include_undated:
        narrow = q.date_from is not None and q.date_to is not None and \
            (q.date_to - q.date_from).days <= INDEXED_DAYS and not q.include_undated
        when = e.event_date if narrow else _scanned(e.event_date, dialect)
        dated = [when.isnot(None)]
        if q.date_from is not None:
            dated.append(when >= q.date_from)
        if q.date_to is not None:
            dated.append(when <= q.date_to)
        out.append(sa.or_(sa.and_(*dated), when.is_(None)) if q.include_undated else sa.and_(*dated))
    if not q.include_abroad:
        out.append(sa.or_(e.in_libya.is_(None), e.in_libya == sa.true()))
    for column, values in ((_scanned(e.event_type, dialect), q.event_types),
                           (_scanned(e.sub_event_type, dialect), q.sub_event_types), (e.admin1, q.admin1)):
        if values:
            out.append(column.in_(values))
    if q.actors:
        named = [e.actor1.in_(q.actors), e.actor2.in_(q.actors)]
        # assoc_actors is a JSON list: a name is in it as its JSON string, quotes and all.
        named += [e.assoc_actors.contains(json.dumps(a, ensure_ascii=False), autoescape=True) for a in q.actors]
        out.append(sa.or_(*named))
    if q.min_fatalities > 0:
        out.append(sa.func.coalesce(e.fatalities, 0) >= q.min_fatalities)
    if q.text_pattern:
        # SQLAlchemy drops the flags on SQLite, whose REGEXP is Python's re: an inline flag there.
        pattern = f"(?i){q.text_pattern}" if dialect == "sqlite" else q.text_pattern
        out.append(sa.or_(*(sa.func.coalesce(c, "").regexp_match(pattern, flags="i")
                            for c in (e.evidence, e.location, e.location_ar, r.title))))
    if q.near is not None:
        lat0, lon0, km = q.near
        # Placed events only: PostgreSQL's GREATEST/LEAST skip NULLs, which would put an
        # unplaced event at distance 0.
        out.append(sa.and_(e.latitude.isnot(None), e.longitude.isnot(None),
                           _km(dialect, e.latitude, e.longitude, lat0, lon0) <= km))
    if q.sources or q.news:
        source = sa.func.trim(r.source)
        named = sa.case((source == "", NO_SOURCE), else_=source)
        either = [named.in_(q.sources)] if q.sources else []
        if q.news:
            either.append(named.not_in(q.datasets) if q.datasets else sa.true())
        out.append(sa.or_(*either))
    return out


def needs_reports(q: EventQuery) -> bool:
    """Whether ``q`` looks at the reports table (its title, its source)."""
    return bool(q.text_pattern or q.sources or q.news)


def _select(store, q: EventQuery, *columns, reports: bool = False) -> sa.Select:
    e, r = events_table, reports_table
    # The join only when it is needed: at a million events it doubles every scan.
    source = e.join(r, e.c.report_id == r.c.id) if reports or needs_reports(q) else e
    return sa.select(*columns).select_from(source).where(*conditions(q, store.engine.dialect.name))


def count(store, q: EventQuery) -> int:
    return store._read(lambda conn: conn.execute(_select(store, q, sa.func.count())).scalar_one())


def day_counts(store, q: EventQuery) -> list[tuple[date | None, str, int, int]]:
    """(day, event type, events, people killed) for the timeline: undated events under None."""
    e = events_table.c
    day = _scanned(e.event_date, store.engine.dialect.name)  # grouped from a scan, not the index's order
    stmt = (_select(store, q, day, e.event_type, sa.func.count(), sa.func.sum(sa.func.coalesce(e.fatalities, 0)))
            .group_by(day, e.event_type).order_by(day, e.event_type))
    rows = store._read(lambda conn: conn.execute(stmt).all())
    return [(_day(d), t, int(n), int(k or 0)) for d, t, n, k in rows]


def map_rows(store, q: EventQuery, limit: int) -> list[dict]:
    """The columns a map draws of up to ``limit`` placed events (oldest first)."""
    e = events_table.c
    stmt = (_select(store, q, *(getattr(e, c) for c in MAP_COLUMNS))
            .where(e.latitude.isnot(None), e.longitude.isnot(None))
            .order_by(e.event_date, e.id).limit(limit))
    return [dict(row._mapping) for row in store._read(lambda conn: conn.execute(stmt).all())]


def grid(store, q: EventQuery, cell_degrees: float,
         bounds: tuple[float, float, float, float] | None = None) -> list[tuple[str, float, float, str, int, int]]:
    """(cell, latitude, longitude, event type, events, killed) per grid cell and type: ``cell``
    names the cell (the same for its types), the point is the mean of the type's events in it, so
    a cell's marker sits where its events are. ``bounds`` (south, west, north, east) keeps the
    cells of the view."""
    e = events_table.c
    if store.engine.dialect.name == "sqlite":
        # One integer key per cell: CAST truncates, which is floor on the shifted (positive)
        # values, and is twice as fast as floor() and two keys in SQLite's grouping sorter.
        cy = sa.cast((e.latitude + 90.0) / cell_degrees, sa.Integer)
        cx = sa.cast((e.longitude + 180.0) / cell_degrees, sa.Integer)
        keys = (cy * 1_000_000 + cx,)
    else:
        keys = (sa.func.floor(e.latitude / cell_degrees), sa.func.floor(e.longitude / cell_degrees))
    stmt = _select(store, q, *keys, sa.func.avg(e.latitude), sa.func.avg(e.longitude), e.event_type, sa.func.count(),
                   sa.func.sum(sa.func.coalesce(e.fatalities, 0))).where(e.latitude.isnot(None),
                                                                         e.longitude.isnot(None))
    if bounds is not None:
        s, w, n, east = bounds
        stmt = stmt.where(e.latitude.between(s, n), e.longitude.between(w, east))
    stmt = stmt.group_by(*keys, e.event_type)
    rows = store._read(lambda conn: conn.execute(stmt).all())
    width = len(keys)
    return [(":".join(str(int(x)) for x in row[:width]), float(row[width]), float(row[width + 1]), row[width + 2],
             int(row[width + 3]), int(row[width + 4] or 0)) for row in rows]


def page(store, q: EventQuery, columns: tuple[str, ...], offset: int = 0, limit: int = 100,
         dated: int | None = None) -> list[dict]:
    """One page of the table: dated events oldest first (ties by id), then the undated ones.
    Each part is read in the date index's order and stops at the page's end, so a page costs
    the same on the first and on a millionth row's page. ``dated``: how many of ``q``'s events
    have a date (the timeline's sum), counted here when not given."""
    e, r = events_table.c, reports_table.c
    cols = [getattr(e, c) if c in events_table.c else getattr(r, c.removeprefix("report_")).label(c)
            for c in columns]
    join = _wants_reports(columns)
    if dated is None:
        dated = store._read(lambda conn: conn.execute(
            _select(store, q, sa.func.count(), reports=join).where(e.event_date.isnot(None))).scalar_one())
    rows: list = []
    if offset < dated:
        first = (_select(store, q, *cols, reports=join).where(e.event_date.isnot(None))
                 .order_by(e.event_date, e.id).offset(offset).limit(limit))
        rows = store._read(lambda conn: conn.execute(first).all())
    if len(rows) < limit and q.include_undated:
        rest = (_select(store, q, *cols, reports=join).where(e.event_date.is_(None)).order_by(e.id)
                .offset(max(0, offset - dated)).limit(limit - len(rows)))
        rows += store._read(lambda conn: conn.execute(rest).all())
    return [dict(row._mapping) for row in rows]


def iter_rows(store, q: EventQuery, columns: tuple[str, ...], chunk: int = 5000) -> Iterator[dict]:
    """Every row ``q`` keeps, ``chunk`` at a time (keyset paging on the event id, so no chunk
    re-reads the ones before it and memory holds one chunk)."""
    e, r = events_table.c, reports_table.c
    cols = [getattr(e, c) if c in events_table.c else getattr(r, c.removeprefix("report_")).label(c)
            for c in columns]
    last = None
    while True:
        stmt = _select(store, q, *cols, e.id.label("_key"), reports=_wants_reports(columns)).order_by(e.id).limit(chunk)
        if last is not None:
            stmt = stmt.where(e.id > last)
        rows = store._read(lambda conn, s=stmt: conn.execute(s).all())
        for row in rows:
            d = dict(row._mapping)
            d.pop("_key")
            yield d
        if len(rows) < chunk:
            return
        last = rows[-1]._mapping["_key"]


def _wants_reports(columns: tuple[str, ...]) -> bool:
    return any(c not in events_table.c for c in columns)


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# ---------------------------------------------------------------- what the store offers

def facet_counts(store) -> dict:
    """What the page's sidebar offers, counted in the database: date span, undated and abroad
    counts, actor names with their events (actor1, actor2 and the listed others), event types
    and their sub-types, admin1 names, the largest toll, and events per report source."""
    e, r = events_table.c, reports_table.c

    def run(conn) -> dict:
        lo, hi, n, undated, abroad, top = conn.execute(sa.select(
            sa.func.min(e.event_date), sa.func.max(e.event_date), sa.func.count(),
            sa.func.sum(sa.case((e.event_date.is_(None), 1), else_=0)),
            sa.func.sum(sa.case((e.in_libya == sa.false(), 1), else_=0)),
            sa.func.max(e.fatalities))).one()
        actors: dict[str, int] = {}
        for column in (e.actor1, e.actor2):
            for name, k in conn.execute(sa.select(column, sa.func.count()).where(column.isnot(None))
                                        .group_by(column)):
                actors[name] = actors.get(name, 0) + int(k)
        for listed, k in conn.execute(sa.select(e.assoc_actors, sa.func.count())
                                      .where(e.assoc_actors != "[]").group_by(e.assoc_actors)):
            for name in json.loads(listed or "[]"):
                actors[name] = actors.get(name, 0) + int(k)
        kinds = conn.execute(sa.select(e.event_type, e.sub_event_type).distinct()).all()
        admin1 = [a for (a,) in conn.execute(sa.select(e.admin1).where(e.admin1.isnot(None)).distinct())]
        source = sa.func.trim(r.source)
        sources = {(s or NO_SOURCE): int(k) for s, k in conn.execute(
            sa.select(source, sa.func.count()).select_from(events_table.join(reports_table, e.report_id == r.id))
            .group_by(source))}
        return {"date_min": _day(lo), "date_max": _day(hi), "events": int(n), "undated": int(undated or 0),
                "abroad": int(abroad or 0), "max_fatalities": int(top or 0), "actors": actors,
                "kinds": [(t, s) for t, s in kinds], "admin1": admin1, "sources": sources}

    return store._read(run)


def top_values(store, q: EventQuery, column: str, n: int) -> list[tuple[str | None, int, int]]:
    """(value, events, killed) of the ``n`` most frequent values of an event column under ``q``."""
    col = getattr(events_table.c, column)
    stmt = (_select(store, q, col, sa.func.count().label("n"),
                    sa.func.sum(sa.func.coalesce(events_table.c.fatalities, 0)))
            .group_by(col).order_by(sa.desc("n"), col).limit(n))
    return [(v, int(k), int(f or 0)) for v, k, f in store._read(lambda conn: conn.execute(stmt).all())]


def actor_pairs(store, q: EventQuery, n: int) -> list[tuple[str | None, str | None, int]]:
    """(actor1, actor2, events) of the ``n`` most frequent pairs under ``q``."""
    e = events_table.c
    stmt = (_select(store, q, e.actor1, e.actor2, sa.func.count().label("n"))
            .group_by(e.actor1, e.actor2).order_by(sa.desc("n"), e.actor1, e.actor2).limit(n))
    return [(a, b, int(k)) for a, b, k in store._read(lambda conn: conn.execute(stmt).all())]
