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


def never_links(store: Store, table: sa.Table = never_links_table) -> list[NeverLink]:
    if not getattr(store, "has_corrections", True):  # a read-only store older than schema 3
        return []
    t = table
    rows = store._read(lambda conn: conn.execute(sa.select(t).order_by(t.c.at)).mappings().all())
    return [NeverLink.from_row(dict(r)) for r in rows]


def merged_links(store: Store) -> list[NeverLink]:
    """The pairs an analyst merged (NeverLink-shaped rows: event_a, event_b, by, at, note)."""
    return never_links(store, merged_links_table)


def merge(store: Store, event_id: str, others: list[str], *, by: str = "", note: str = "") -> list[NeverLink]:
    """Link ``event_id`` with each of ``others`` from now on (and forget a split between them)."""
    return split(store, event_id, others, by=by, note=note, table=merged_links_table)


def unmerge(store: Store, event_a: str, event_b: str) -> bool:
    return unsplit(store, event_a, event_b, table=merged_links_table)


def split(store: Store, event_id: str, others: list[str], *, by: str = "", note: str = "",
          table: sa.Table = never_links_table) -> list[NeverLink]:
    """Keep ``event_id`` apart from each of ``others`` from now on (and forget a merge of them)."""
    others = [o for o in dict.fromkeys(others) if o != event_id]
    if not others:
        raise StoreError("name the other event(s) to keep it apart from")
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    rows = [NeverLink.of(event_id, o, by=by, at=at, note=note) for o in others]

    def run(conn) -> None:
        known = set(conn.execute(sa.select(events_table.c.id).where(
            events_table.c.id.in_([event_id, *others]))).scalars())
        missing = [i for i in (event_id, *others) if i not in known]
        if missing:
            raise StoreError(f"no stored event has the id {missing[0]!r}")
        other = merged_links_table if table is never_links_table else never_links_table
        for r in rows:
            for t in (table, other):  # a pair is split or merged, never both
                conn.execute(t.delete().where(t.c.event_a == r.event_a, t.c.event_b == r.event_b))
            conn.execute(table.insert().values(**r.as_row()))

    store._write(f"could not split the link in {store._name()}", run)
    return rows


def unsplit(store: Store, event_a: str, event_b: str, table: sa.Table = never_links_table) -> bool:
    """Take a split (or merge) back: the rules decide again. False when there was none."""
    a, b = sorted((event_a, event_b))

    def run(conn) -> bool:
        t = table
        return bool(conn.execute(t.delete().where(t.c.event_a == a, t.c.event_b == b)).rowcount)

    return store._write(f"could not undo the split in {store._name()}", run)
