"""Fuzzing dataset exports: real headers over cells of any kind, and any bytes. Whatever comes
in, read_dataset gives DatasetRows that hold together or one-line DatasetErrors naming the file
(and line); nothing else escapes."""
from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from fuzzing import fuzz
from hypothesis import given
from hypothesis import strategies as st

from events.datasets import DatasetError, DatasetRow, read_dataset
from events.records import DATE_PRECISIONS
from geo.fallback import LIBYA_BBOX

FIXTURES = Path(__file__).parent / "fixtures" / "datasets"
HEADERS = {name: next(csv.reader((FIXTURES / name).open(encoding="utf-8", newline="")))
           for name in ("acled_current.csv", "acled_2019.csv", "ucdp_ged_libya.csv")}
# Cells that reach past the first checks: real values, near-misses and junk.
CELLS = st.one_of(
    st.sampled_from(["", "1", "2", "3", "7", "-1", "2.5", "1e3", "nan", "inf", "Libya", "Tunisia", "Battles",
                     "Riots/Protests", "Remote violence", "Protests", "2019-04-07", "2019-02-30",
                     "2019-04-07 00:00:00.000", "07 April 2019", "31/02/2019", "32.8", "13.2", "32,8", "0",
                     "LBY1", "910001", "1555372800", "99999999999999999999", "a;b; ;a", " ", "\"", "\n"]),
    st.text(max_size=30),
)


def _check(items: list, name: str) -> None:
    for item in items:
        if isinstance(item, DatasetError):
            text = str(item)
            assert text.startswith(name) and "\n" not in text and "\r" not in text
            continue
        assert isinstance(item, DatasetRow)
        ev = item.event
        assert ev.id == ev.report_id == item.report.id and item.row_id
        assert ev.date_precision in DATE_PRECISIONS and ev.event_type
        if ev.latitude is not None:
            lat_min, lat_max, lon_min, lon_max = LIBYA_BBOX
            assert lat_min <= ev.latitude <= lat_max and lon_min <= ev.longitude <= lon_max
        assert ev.fatalities is None or ev.fatalities >= 0


@fuzz(150)
@given(header=st.sampled_from(sorted(HEADERS)), data=st.data(), delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1256"]))
def test_real_headers_any_cells(header: str, data, delimiter: str, encoding: str) -> None:
    columns = HEADERS[header]
    rows = data.draw(st.lists(st.lists(CELLS, min_size=len(columns) - 1, max_size=len(columns) + 1),
                              max_size=5))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(columns)
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.csv"
        path.write_bytes(out.getvalue().encode(encoding, errors="replace"))
        _check(list(read_dataset(path)), str(path))


GOOD = {name: list(csv.reader((FIXTURES / name).open(encoding="utf-8", newline="")))[1:] for name in HEADERS}


@fuzz(200)
@given(header=st.sampled_from(sorted(HEADERS)), data=st.data())
def test_good_rows_with_a_few_cells_changed(header: str, data) -> None:
    """Real rows with one to three cells swapped for fuzz: every check past the first is reached."""
    columns = HEADERS[header]
    row = list(data.draw(st.sampled_from(GOOD[header])))
    for _ in range(data.draw(st.integers(1, 3))):
        row[data.draw(st.integers(0, len(columns) - 1))] = data.draw(CELLS)
    out = io.StringIO()
    csv.writer(out).writerows([columns, row])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        _check(list(read_dataset(path)), str(path))


@fuzz(100)
@given(data=st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.csv"
        path.write_bytes(data)
        _check(list(read_dataset(path)), str(path))
