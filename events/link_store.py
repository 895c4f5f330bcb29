"""An analyst's split and merged links, kept in the store: "these two events are not one
happening" (never_links) and "these two are one" (merged_links). events.linking respects them
(``link_events(..., never=never_links(store), always=merged_links(store))``) on the page and in
`marsad export`; each can be taken back."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

import sqlalchemy as sa

from events.errors import StoreError
from events.linking import NeverLink
from events.store_schema import events_table, merged_links_table, never_links_table

if TYPE_CHECKING:
    from events.store import Store


def _pairs(store: Store, table: sa.Table) -> list[NeverLink]:
    if not getattr(store, "has_corrections", True):  # a read-only store older than schema 3
        return []
    rows = store._read(lambda conn: conn.execute(sa.select(table).order_by(table.c.at)).mappings().all())
    return [NeverLink.from_row(dict(r)) for r in rows]


def _record(store: Store, table: sa.Table, event_id: str, others: list[str], by: str, note: str,
            what: str) -> list[NeverLink]:
    """Pair ``event_id`` with each of ``others`` in ``table``, taking each pair out of the other
    table: a pair is split or merged, never both."""
    others = [o for o in dict.fromkeys(others) if o != event_id]
    if not others:
        raise StoreError(f"name the other event(s) to {what} it with")
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    rows = [NeverLink.of(event_id, o, by=by, at=at, note=note) for o in others]

    def run(conn) -> None:
        known = set(conn.execute(sa.select(events_table.c.id).where(
            events_table.c.id.in_([event_id, *others]))).scalars())
        missing = [i for i in (event_id, *others) if i not in known]
        if missing:
            raise StoreError(f"no stored event has the id {missing[0]!r}")
        for r in rows:
            for t in (never_links_table, merged_links_table):
                conn.execute(t.delete().where(t.c.event_a == r.event_a, t.c.event_b == r.event_b))
            conn.execute(table.insert().values(**r.as_row()))

    store._write(f"could not {what} the events in {store._name()}", run)
    return rows


def _forget(store: Store, table: sa.Table, event_a: str, event_b: str, what: str) -> bool:
    a, b = sorted((event_a, event_b))

    def run(conn) -> bool:
        return bool(conn.execute(table.delete().where(table.c.event_a == a, table.c.event_b == b)).rowcount)

    return store._write(f"could not undo the {what} in {store._name()}", run)


def never_links(store: Store) -> list[NeverLink]:
    """The pairs an analyst split."""
    return _pairs(store, never_links_table)


def merged_links(store: Store) -> list[NeverLink]:
    """The pairs an analyst merged (NeverLink-shaped rows: event_a, event_b, by, at, note)."""
    return _pairs(store, merged_links_table)


def split(store: Store, event_id: str, others: list[str], *, by: str = "", note: str = "") -> list[NeverLink]:
    """Keep ``event_id`` apart from each of ``others`` from now on (and forget a merge of them)."""
    return _record(store, never_links_table, event_id, others, by, note, "split")


def merge(store: Store, event_id: str, others: list[str], *, by: str = "", note: str = "") -> list[NeverLink]:
    """Link ``event_id`` with each of ``others`` from now on (and forget a split between them)."""
    return _record(store, merged_links_table, event_id, others, by, note, "merge")


def unsplit(store: Store, event_a: str, event_b: str) -> bool:
    """Take a split back: the rules decide again. False when there was none."""
    return _forget(store, never_links_table, event_a, event_b, "split")


def unmerge(store: Store, event_a: str, event_b: str) -> bool:
    """Take a merge back: the rules decide again. False when there was none."""
    return _forget(store, merged_links_table, event_a, event_b, "merge")
