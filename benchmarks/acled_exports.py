"""Two more sets of ACLED's English notes from before 2020, rebuilt from public copies of
ACLED's old "All Africa" realtime files, each pinned by commit (ACLED's terms forbid
shipping its rows, so the benchmark reads what this script writes):

    git clone https://github.com/datjandra/Clairvaux
    git clone https://github.com/OCHA-DAP/hdx-scraper-acled
    python benchmarks/acled_exports.py --clairvaux Clairvaux --hdx hdx-scraper-acled --out DIR
    python benchmarks/bench_extract.py --acled DIR/acled_libya_2015.csv --acled DIR/acled_libya_2016_heldout.csv

- ``acled_libya_2015.csv``: the Libyan rows of the 2015 files in Clairvaux (January to April,
  July and August 2015). Its first run was measured before any rule was written from it; it
  may be read for tuning, like the 2014 notes.
- ``acled_libya_2016_heldout.csv``: the Libyan rows of the file of 1 January to 28 May 2016
  that hdx-scraper-acled kept as a test fixture (five of them are 2015 events coded late).
  Measured only, never read for tuning: the name carries "heldout", so the benchmark lists
  none of its misses.

Rows keep ACLED's old columns, lower-cased; the dates become ISO. The file named 1 January to
24 October holds January to early April 2015: it repeats the January and February files' rows
(same ids, dates and notes) and adds 13 rows of 2014 coded late (the 2014 notes are a set of
their own). A row is kept once (770 Libyan rows read, 564 kept), the 2014 ones left out.
"""
from __future__ import annotations

import argparse
import csv
import io
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

CLAIRVAUX = "d5756d2065f17e4d523928f696bf710706a5a320"
HDX = "0f674693f0542afd5681fa77f8f5077c708c549b"
# (path, encoding): the realtime files are Windows-1252, but for one saved on a Mac
CLAIRVAUX_FILES = [
    ("data/ACLED All Africa File_January 2015.csv", "cp1252"),
    ("data/ACLED-All-Africa-File_20150201-to-20150228_csv.csv", "cp1252"),
    ("data/ACLED-All-Africa-File_20150701-to-20150731_csv.csv", "cp1252"),
    ("data/ACLED-All-Africa-File_20150801-to-20150831_csv.csv", "cp1252"),
    ("data/ACLED-All-Africa-File_20150101-to-20151024_csv.csv", "mac_roman"),
]
HDX_FILE = ("tests/fixtures/2016/06/ACLED-All-Africa-File_20160101-to-20160528_csv.zip", "cp1252")
HELD_OUT_FROM = date(2020, 1, 1)  # never kept: the project's held-out period
COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "actor1", "ally_actor_1",
           "actor2", "ally_actor_2", "interaction", "country", "admin1", "admin2", "location", "latitude",
           "longitude", "geo_precision", "source", "notes", "fatalities"]


def _blob(repo: Path, commit: str, path: str) -> bytes:
    try:
        return subprocess.run(["git", "-C", str(repo), "show", f"{commit}:{path}"], check=True,
                              capture_output=True).stdout
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"{repo}: cannot read {path} at {commit[:12]} ({exc.stderr.decode().strip()}); "
                         "is it a clone of the right repository, with its full history?") from None


def _libyan_rows(raw: bytes, encoding: str) -> list[dict]:
    out = []
    for r in csv.DictReader(io.StringIO(raw.decode(encoding))):
        r = {(k or "").strip().lower(): (v or "").strip() for k, v in r.items() if k}
        if r.get("country") != "Libya":
            continue
        r.setdefault("admin1", r.get("adm_level_1", ""))
        r.setdefault("admin2", r.get("adm_level_2", ""))
        r["event_date"] = datetime.strptime(r["event_date"], "%d/%m/%Y").date().isoformat()
        out.append({k: r.get(k, "") for k in COLUMNS})
    return out


def _kept(rows: list[dict], first_year: int) -> list[dict]:
    """Each (id, day) once, from ``first_year`` on and before the held-out period, by day."""
    seen, out = set(), []
    for r in rows:
        day = date.fromisoformat(r["event_date"])
        key = (r["event_id_cnty"], r["event_date"])
        if day.year < first_year or day >= HELD_OUT_FROM or key in seen:
            continue
        seen.add(key)
        out.append(r)
    return sorted(out, key=lambda r: r["event_date"])  # stable: a day's rows keep the file's order


def build(clairvaux: Path, hdx: Path, out: Path) -> dict[str, int]:
    tune = [r for path, enc in CLAIRVAUX_FILES for r in _libyan_rows(_blob(clairvaux, CLAIRVAUX, path), enc)]
    with zipfile.ZipFile(io.BytesIO(_blob(hdx, HDX, HDX_FILE[0]))) as z:
        held = _libyan_rows(z.read(z.namelist()[0]), HDX_FILE[1])
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, rows in (("acled_libya_2015.csv", _kept(tune, 2015)), ("acled_libya_2016_heldout.csv", _kept(held, 2015))):
        with (out / name).open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, COLUMNS)
            w.writeheader()
            w.writerows(rows)
        counts[name] = len(rows)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clairvaux", type=Path, required=True, help="a clone of datjandra/Clairvaux")
    ap.add_argument("--hdx", type=Path, required=True, help="a clone of OCHA-DAP/hdx-scraper-acled")
    ap.add_argument("--out", type=Path, required=True, help="where the two CSV files go")
    a = ap.parse_args()
    for name, n in build(a.clairvaux, a.hdx, a.out).items():
        print(f"{a.out / name}: {n} Libyan rows with notes")


if __name__ == "__main__":
    main()
