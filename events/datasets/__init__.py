"""Conflict datasets as event sources: ACLED and UCDP GED exports (CSV) read into the same
Report and Event records that extraction gives, so the store, the map and the exports treat
them alike.

Each row becomes one Report (its notes or headline as text, the dataset named as source) with
one Event, both with the id ``acled:<event_id_cnty>`` or ``ucdp:<id>``. The store keys reports
by id and adds nothing for an id it holds, so importing a file twice, or two exports that
overlap in time, stores each row once; ``--replace`` re-codes stored rows from the file.

    for item in read_dataset("acled_libya.csv"):   # DatasetRow, or DatasetError for a bad row
        ...
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from events.datasets import acled, ucdp
from events.datasets.detect import open_table, rows
from events.datasets.rows import DatasetError, DatasetRow, RowProblem
from events.errors import printable

__all__ = ["DATASET_SUFFIXES", "DatasetError", "DatasetRow", "is_dataset_file", "read_dataset"]

DATASET_SUFFIXES = (".csv", ".tsv")
_READERS = {acled.DATASET: acled.read_row, ucdp.DATASET: ucdp.read_row}
COUNTRY = "Libya"


def is_dataset_file(path: str | Path) -> bool:
    """Tables are dataset exports; reports are never CSV (events.read refuses them)."""
    return str(path).lower().endswith(DATASET_SUFFIXES)


def dataset_files_in(folder: str | Path) -> list[str]:
    """The dataset exports (.csv) under a folder, recursively, sorted; hidden ones skipped, as
    the folder's reports are (events.read)."""
    import os

    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(root, f) for f in sorted(files) if not f.startswith(".") and is_dataset_file(f)]
    return sorted(found, key=lambda p: Path(p).relative_to(folder).parts)


def read_dataset(path: str | Path) -> Iterator[DatasetRow | DatasetError]:
    """Every row of an ACLED or UCDP GED export as a DatasetRow; each bad row, and a file that
    cannot be read at all, as a one-line DatasetError, and the rest goes on."""
    name = str(path)
    try:
        table = open_table(name)
    except DatasetError as err:
        yield err
        return
    read_row = _READERS[table.kind]
    seen: dict[str, int] = {}
    abroad: Counter[str] = Counter()
    for line, cells in rows(table):
        if isinstance(cells, DatasetError):
            yield cells
            continue
        country = printable(" ".join((cells.get("country") or "").split()))  # it goes into a one-line message
        if country and country.lower() != COUNTRY.lower():
            abroad[country] += 1
            continue
        try:
            row = read_row(cells, name, line)
        except RowProblem as exc:
            yield DatasetError(name, str(exc), line)
            continue
        if row.row_id in seen:
            yield DatasetError(name, f"{printable(row.row_id)} repeats the row of line {seen[row.row_id]}; "
                                     f"the first one is kept", line)
            continue
        seen[row.row_id] = line
        yield row
    if abroad:
        listed = ", ".join(c for c, _ in abroad.most_common(3)) + (", …" if len(abroad) > 3 else "")
        count = sum(abroad.values())
        yield DatasetError(name, f"{count} row{'s' if count != 1 else ''} of other countries ({listed}) not imported: "
                                 f"Marsad maps events in {COUNTRY}")
