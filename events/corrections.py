"""An analyst's corrections of stored events, kept apart from them and applied again after every
ingest of their report, so that they hold over re-ingest and ``--replace``.

A correction changes one thing of one event: its place (a gazetteer place or a point), type,
actors, date or casualties, or marks it "not an event". Each is stored with who made it, when,
and what it replaced, and can be undone; the event then takes back the value extraction gave
it. ``corrected`` shows in the page's table and the exports; a moved event's ``geocoder`` is
``manual``.

Events are found again by their id; when re-extraction gives the event another id (its type
or place changed in a newer Marsad), by the sentence it came from, if exactly one event of
the report comes from that sentence. A correction that finds no event is kept (listed as
such) and applies again if the event comes back.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from events.errors import StoreError
from events.event_types import EVENT_TYPES
from events.store_schema import corrections_table, events_table, user_aliases_table

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from events.store import Store
    from geo import Resolver

# The fields a correction may set, and the event columns each one writes.
FIELDS: dict[str, tuple[str, ...]] = {
    "place": ("location", "location_ar", "place_id", "admin1", "latitude", "longitude", "geo_precision",
              "geocoder", "in_libya"),
    "event_type": ("event_type", "sub_event_type"),
    "actor1": ("actor1",),
    "actor2": ("actor2",),
    "event_date": ("event_date", "date_precision"),
    "fatalities": ("fatalities", "fatalities_lower_bound"),
    "injuries": ("injuries", "injuries_lower_bound"),
    "not_event": (),  # the event's whole row, kept in ``old`` so that an undo can put it back
}


@dataclass(frozen=True)
class Correction:
    id: int
    event_id: str
    report_id: str
    field: str
    old: Any
    new: Any
    who: str
    at: datetime
    undone_at: datetime | None

    def describe(self) -> str:
        state = f"undone {self.undone_at:%Y-%m-%d %H:%M}" if self.undone_at else "active"
        if self.field == "not_event":
            what = "marked not an event"
        else:
            what = f"{self.field} {_show(self.old, self.field)} -> {_show(self.new, self.field)}"
        return f"#{self.id} {self.at:%Y-%m-%d %H:%M} {self.who or '?'}: event {self.event_id} {what} ({state})"


def _show(value: Any, field: str) -> str:
    """The value a reader looks at: the place's name, "type / sub-type", the number."""
    if isinstance(value, dict):
        if field == "event_type":
            return f"{value.get('event_type')} / {value.get('sub_event_type')}"
        value = value.get(FIELDS[field][0]) if FIELDS.get(field) else value
    return "unknown" if value is None else str(value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def _plain(row: dict) -> dict:
    """A row's values as JSON keeps them (dates as ISO text)."""
    return {k: (v.isoformat() if isinstance(v, (date, datetime)) else v) for k, v in row.items()}


def _typed(values: dict) -> dict:
    """JSON values back into what the event columns take."""
    out = dict(values)
    if isinstance(out.get("event_date"), str):
        out["event_date"] = date.fromisoformat(out["event_date"][:10])
    return out


# -- what a correction sets -------------------------------------------------------------------

def place_values(place, *, manual: bool = True) -> dict:
    """The event columns for a gazetteer place (geo.Place)."""
    return {"location": place.name_en, "location_ar": place.name_ar or None, "place_id": place.id,
            "admin1": place.admin1 or None, "latitude": place.lat, "longitude": place.lon,
            "geo_precision": 3 if place.kind in ("admin1", "region", "country") else 1,
            "geocoder": "manual" if manual else "gazetteer", "in_libya": place.country == "LY"}


def point_values(lat: float, lon: float, label: str | None = None) -> dict:
    """The event columns for a point the analyst chose on the map."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise StoreError(f"not a point: latitude {lat}, longitude {lon} (latitude first, then longitude)")
    in_libya = 19.4 <= lat <= 33.3 and 9.3 <= lon <= 25.2
    return {"location": label or f"{lat:.4f}, {lon:.4f}", "location_ar": None, "place_id": None,
            "admin1": None, "latitude": lat, "longitude": lon, "geo_precision": 1, "geocoder": "manual",
            "in_libya": in_libya}


def field_values(field: str, value: Any) -> dict:
    """What ``value`` sets for ``field`` (place values come from place_values/point_values)."""
    if field == "place":
        return dict(value)
    if field == "event_type":
        kind, _, sub = (value if isinstance(value, str) else "/".join(value)).partition("/")
        kind, sub = kind.strip(), sub.strip()
        if kind not in EVENT_TYPES:
            raise StoreError(f"unknown event type {kind!r}: one of {', '.join(EVENT_TYPES)}")
        if sub and sub not in EVENT_TYPES[kind]:
            raise StoreError(f"unknown sub-type {sub!r} of {kind}: one of {', '.join(EVENT_TYPES[kind])}")
        return {"event_type": kind, "sub_event_type": sub or EVENT_TYPES[kind][0]}
    if field in ("actor1", "actor2"):
        return {field: (str(value).strip() or None) if value is not None else None}
    if field == "event_date":
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
        return {"event_date": day, "date_precision": "day"}
    if field in ("fatalities", "injuries"):
        n = None if value is None else int(value)
        if n is not None and n < 0:
            raise StoreError(f"{field} cannot be negative: {n}")
        return {field: n, f"{field}_lower_bound": False}
    raise StoreError(f"cannot correct {field!r}: one of {', '.join(FIELDS)}")


# -- finding the event again --------------------------------------------------------------------

def _target(conn: Connection, c: sa.Row) -> str | None:
    e = events_table
    if conn.execute(sa.select(e.c.id).where(e.c.id == c.event_id)).first() is not None:
        return c.event_id
    ids = conn.execute(sa.select(e.c.id).where(e.c.report_id == c.report_id,
                                               e.c.evidence_start == c.evidence_start)).scalars().all()
    return ids[0] if len(ids) == 1 else None


def _active(conn: Connection, report_id: str | None = None, event_id: str | None = None) -> list[sa.Row]:
    c = corrections_table
    q = sa.select(c).where(c.c.undone_at.is_(None)).order_by(c.c.id)
    if report_id is not None:
        q = q.where(c.c.report_id == report_id)
    if event_id is not None:
        q = q.where(c.c.event_id == event_id)
    return list(conn.execute(q).all())


def apply_to_report(conn: Connection, report_id: str) -> int:
    """Apply the active corrections of a report's events, oldest first (after its events were
    stored again). Returns how many found their event. The store calls it only where the
    corrections table exists (schema 3 and later)."""
    applied = 0
    for c in _active(conn, report_id=report_id):
        if c.field == "not_event":
            # The event may be back from a re-ingest: it stays out.
            target = _target(conn, c)
            if target is not None:
                conn.execute(events_table.delete().where(events_table.c.id == target))
                applied += 1
            continue
        target = _target(conn, c)
        if target is None:
            continue
        conn.execute(events_table.update().where(events_table.c.id == target).values(**_typed(json.loads(c.new))))
        applied += 1
    return applied


# -- the store's side ----------------------------------------------------------------------------

def correct(store: Store, event_id: str, field: str, value: Any, *, who: str = "") -> Correction:
    """Set ``field`` of stored event ``event_id`` to ``value`` (see field_values; for "place" the
    dict of place_values/point_values; for "not_event" anything) and record it."""
    if field not in FIELDS:
        raise StoreError(f"cannot correct {field!r}: one of {', '.join(FIELDS)}")
    new = {} if field == "not_event" else field_values(field, value)

    def run(conn: Connection) -> int:
        e = events_table
        row = conn.execute(sa.select(e).where(e.c.id == event_id)).mappings().first()
        if row is None:
            raise StoreError(f"no stored event has the id {event_id!r} (ids are in the page's table, "
                             "`marsad export --no-link` and the exports)")
        old = dict(row) if field == "not_event" else {k: row[k] for k in FIELDS[field]}
        cid = conn.execute(corrections_table.insert().values(
            event_id=event_id, report_id=row["report_id"], evidence_start=row["evidence_start"] or 0,
            field=field, old=_json(_plain(old)), new=_json(_plain(new)), who=who,
            at=datetime.now(timezone.utc), undone_at=None).returning(corrections_table.c.id)).scalar_one()
        if field == "not_event":
            conn.execute(e.delete().where(e.c.id == event_id))
        else:
            conn.execute(e.update().where(e.c.id == event_id).values(**new))
        return cid

    cid = store._write(f"could not correct event {event_id} in {store._name()}", run)
    return next(c for c in corrections(store, event_id=event_id) if c.id == cid)


def undo(store: Store, correction_id: int) -> Correction:
    """Take a correction back: the event returns to the value it had before it (the value
    extraction gave, with the other active corrections still applied)."""
    def run(conn: Connection) -> None:
        c = corrections_table
        row = conn.execute(sa.select(c).where(c.c.id == correction_id)).first()
        if row is None:
            raise StoreError(f"no correction #{correction_id} in this store (see `marsad correct --list`)")
        if row.undone_at is not None:
            raise StoreError(f"correction #{correction_id} was already undone on {row.undone_at:%Y-%m-%d %H:%M}")
        conn.execute(c.update().where(c.c.id == correction_id).values(undone_at=datetime.now(timezone.utc)))
        old = _typed(json.loads(row.old))
        if row.field == "not_event":
            if conn.execute(sa.select(events_table.c.id).where(events_table.c.id == old["id"])).first() is None:
                conn.execute(events_table.insert().values(**old))
        else:
            # The value before every correction of this field: the oldest one's "old".
            first = conn.execute(sa.select(c.c.old).where(c.c.event_id == row.event_id, c.c.field == row.field)
                                 .order_by(c.c.id).limit(1)).scalar_one()
            target = _target(conn, row)
            if target is not None:
                conn.execute(events_table.update().where(events_table.c.id == target)
                             .values(**_typed(json.loads(first))))
        apply_to_report(conn, row.report_id)

    store._write(f"could not undo correction #{correction_id} in {store._name()}", run)
    return next(c for c in corrections(store) if c.id == correction_id)


def corrections(store: Store, *, event_id: str | None = None, report_id: str | None = None) -> list[Correction]:
    """Every correction (undone ones too), oldest first."""
    if not getattr(store, "has_corrections", True):
        return []
    c = corrections_table
    q = sa.select(c).order_by(c.c.id)
    if event_id is not None:
        q = q.where(c.c.event_id == event_id)
    if report_id is not None:
        q = q.where(c.c.report_id == report_id)
    rows = store._read(lambda conn: conn.execute(q).all())
    return [Correction(r.id, r.event_id, r.report_id, r.field, json.loads(r.old), json.loads(r.new), r.who,
                       r.at, r.undone_at) for r in rows]


def corrected_ids(store: Store) -> frozenset[str]:
    """Ids of the stored events an active correction changed."""
    if not getattr(store, "has_corrections", True):
        return frozenset()
    c = corrections_table
    q = sa.select(c.c.event_id).where(c.c.undone_at.is_(None), c.c.field != "not_event").distinct()
    return frozenset(store._read(lambda conn: conn.execute(q).scalars().all()))


def orphaned(store: Store) -> set[int]:
    """Active corrections whose event is not stored now (its report removed or re-extracted
    without it)."""
    def run(conn: Connection) -> set[int]:
        return {c.id for c in _active(conn) if c.field != "not_event" and _target(conn, c) is None}
    return store._read(run) if getattr(store, "has_corrections", True) else set()


# -- aliases ---------------------------------------------------------------------------------------

def add_alias(store: Store, name: str, place_id: str, *, who: str = "") -> None:
    """Record that ``name`` spells gazetteer place ``place_id`` (replacing an earlier alias of it)."""
    name = " ".join(str(name).split())
    if not name:
        raise StoreError("an alias needs a spelling")

    def run(conn: Connection) -> None:
        a = user_aliases_table
        conn.execute(a.delete().where(a.c.name == name))
        conn.execute(a.insert().values(name=name, place_id=place_id, who=who, at=datetime.now(timezone.utc)))

    store._write(f"could not add alias {name!r} to {store._name()}", run)


def remove_alias(store: Store, name: str) -> bool:
    def run(conn: Connection) -> bool:
        a = user_aliases_table
        return bool(conn.execute(a.delete().where(a.c.name == " ".join(name.split()))).rowcount)
    return store._write(f"could not remove alias {name!r} from {store._name()}", run)


def aliases(store: Store) -> list[tuple[str, str]]:
    """(spelling, place id) of every alias added, oldest first."""
    if not getattr(store, "has_corrections", True):
        return []
    a = user_aliases_table
    rows = store._read(lambda conn: conn.execute(sa.select(a.c.name, a.c.place_id).order_by(a.c.at)).all())
    return [(r.name, r.place_id) for r in rows]


def resolver_for(store: Store, resolver: Resolver) -> Resolver:
    """``resolver`` with the store's aliases laid over its gazetteer."""
    from geo.user_aliases import resolver_with_aliases

    return resolver_with_aliases(resolver, aliases(store))
