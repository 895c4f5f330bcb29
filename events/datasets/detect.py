"""A dataset file to rows: decode it (events.decode: UTF-8, UTF-16, Windows-1256 …), find its
delimiter and tell ACLED from UCDP GED by the header, then give each row with the line it
starts on. A file that is neither is refused in one line that names the missing columns.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from events.datasets.rows import DatasetError
from events.decode import decode
from events.errors import ReportError

# A national export is a few MB; the limit only stops a wrong file being read into memory.
MAX_BYTES = 500 * 1024 * 1024

# The columns each reader needs; the rest of an export is kept out of the way, not required.
ACLED_COLUMNS = ("event_id_cnty", "event_date", "event_type", "actor1", "actor2", "location",
                 "latitude", "longitude", "geo_precision", "fatalities")
UCDP_COLUMNS = ("id", "type_of_violence", "side_a", "side_b", "latitude", "longitude", "where_prec",
                "date_start", "date_end", "date_prec", "best")
FORMATS = {"ACLED": ACLED_COLUMNS, "UCDP GED": UCDP_COLUMNS}
_DELIMITERS = (",", ";", "\t", "|")


@dataclass(frozen=True)
class Table:
    path: str
    kind: str  # a key of FORMATS
    header: tuple[str, ...]  # lower-case column names
    delimiter: str
    text: str


def _columns(line: str, delimiter: str) -> tuple[str, ...]:
    cells = next(csv.reader([line], delimiter=delimiter), [])
    # Old ACLED spreadsheets spell columns in capitals (EVENT_ID_CNTY).
    return tuple(c.strip().strip("\ufeff").lower() for c in cells)


def _best_guess(first_line: str) -> tuple[str, str, tuple[str, ...]]:
    """(kind, delimiter, header) whose required columns the first line holds most of."""
    best = ("ACLED", ",", _columns(first_line, ","), -1.0)
    for delimiter in _DELIMITERS:
        header = _columns(first_line, delimiter)
        for kind, needed in FORMATS.items():
            share = sum(1 for c in needed if c in header) / len(needed)
            if share > best[3]:
                best = (kind, delimiter, header, share)
    return best[:3]


def open_table(path: str | Path) -> Table:
    """The decoded file with its kind and delimiter; DatasetError (one line) if it is not one."""
    name = str(path)
    try:
        size = Path(name).stat().st_size
        if size > MAX_BYTES:
            raise DatasetError(name, f"{size / 1048576:.0f} MB is over the {MAX_BYTES // 1048576} MB limit "
                                     f"for one export; export fewer years per file")
        data = Path(name).read_bytes()
    except OSError as exc:
        raise DatasetError(name, f"cannot read it ({exc.strerror or exc})") from None
    try:
        text = decode(data, name)
    except ReportError as exc:
        # decode names the file itself; keep only its reason.
        raise DatasetError(name, str(exc).split(": ", 1)[-1]) from None
    if not text.strip():
        raise DatasetError(name, "empty file; give an ACLED or UCDP GED export with its header row")
    first_line = text.splitlines()[0]
    kind, delimiter, header = _best_guess(first_line)
    missing = [c for c in FORMATS[kind] if c not in header]
    if missing:
        other = "UCDP GED" if kind == "ACLED" else "ACLED"
        raise DatasetError(name, f"not an ACLED or UCDP GED export: the header lacks {kind} columns "
                                 f"{', '.join(missing)} (and more of the {other} ones)")
    return Table(name, kind, header, delimiter, text)


def rows(table: Table) -> Iterator[tuple[int, dict[str, str] | DatasetError]]:
    """(line the row starts on, its cells by column name) for every data row, or a DatasetError
    for a row the CSV layer cannot split (wrong number of cells, a NUL byte, an endless quote).
    Quoted newlines in notes are part of their row; line numbers count them."""
    stream = io.StringIO(table.text, newline="")
    reader = csv.reader(stream, delimiter=table.delimiter)
    width = len(table.header)
    try:
        next(reader)  # the header, already read
    except (csv.Error, StopIteration):
        return
    end = reader.line_num
    while True:
        start = end + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            end = reader.line_num
            yield start, DatasetError(table.path, f"cannot split this row ({exc})", start)
            if end < start:  # the reader made no progress: nothing more can be read
                return
            continue
        end = reader.line_num
        if not any(c.strip() for c in cells):
            continue  # blank lines, e.g. at the end of a hand-edited file
        if len(cells) != width:
            yield start, DatasetError(table.path, f"{len(cells)} cells where the header has {width} "
                                                  f"(a stray delimiter or an unclosed quote?)", start)
            continue
        # A note's line breaks read the same whether the file was saved on Windows or not.
        yield start, {k: v.replace("\r\n", "\n") for k, v in zip(table.header, cells)}
