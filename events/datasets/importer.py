"""Dataset exports into the store: the hook ``marsad ingest`` calls for a .csv path.

Every row is stored as its own report with its event, BATCH rows to a transaction
(Store.add_many), so a crash mid-file keeps the batches before it and a second run adds only the
rest. The outcome is
one line per file ("acled.csv: 54 events (54 new), 0 places unresolved", where "unresolved"
counts rows the dataset places only at country level) plus one line per bad row.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from events.datasets import DatasetError, read_dataset
from events.datasets.places import with_gazetteer_place
from events.ingest import ReportOutcome, display_path, split_error

if TYPE_CHECKING:
    from events.store import Store
    from geo.resolve import Resolver


# Rows per transaction: a commit per row made a 20k-row import take 72 s (22 s batched).
BATCH = 500


def import_dataset(path: str | Path, store: Store, *, resolver: Resolver | None = None,
                   replace: bool = False) -> Iterator[ReportOutcome]:
    """Store every good row of one export, linked to its gazetteer place (events.datasets.places);
    yield an outcome per bad row, then the file's."""
    if resolver is None:
        from geo.resolve import default_resolver

        resolver = default_resolver()
    found = added = unplaced = errors = 0
    kind = ""
    # Rows stored before are skipped without a write transaction each: re-importing a 20k-row
    # export takes a second instead of half a minute. Store.add still refuses a duplicate.
    stored: set[str] = set() if replace else set(store.reports_frame()["id"])
    batch: list = []

    def flush() -> int:
        n = store.add_many(batch, replace=replace) if batch else 0
        batch.clear()
        return n

    for item in read_dataset(path):
        if isinstance(item, DatasetError):
            where, message = split_error(item)
            errors += 1
            yield ReportOutcome(where, error=message)
            continue
        kind = item.dataset
        found += 1
        if item.report.id not in stored:
            stored.add(item.report.id)  # a row repeated within the file goes in once
            batch.append((item.report, [with_gazetteer_place(item.event, resolver)]))
            if len(batch) >= BATCH:
                added += flush()
        unplaced += item.event.latitude is None
    added += flush()
    if found:
        yield ReportOutcome(display_path(path), title=f"{kind} export", events_found=found, events_added=added,
                            places_unresolved=unplaced, already_stored=not added and not replace)
    elif not errors:
        yield ReportOutcome(display_path(path), error="no rows under its header; give an export with events")


def import_datasets(paths: Iterable[str | Path], store: Store, *, resolver: Resolver | None = None,
                    replace: bool = False) -> Iterator[ReportOutcome]:
    for path in paths:
        yield from import_dataset(path, store, resolver=resolver, replace=replace)
