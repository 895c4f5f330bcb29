"""Batch ingest of the 241 real ANT Arabic articles (../shared/data) through `marsad ingest`:
one process, `--workers 2` and `--dask local --workers 2` (a Dask LocalCluster of 2 worker
processes), each into a new SQLite store, timed by wall clock (medians of --runs) and checked
event for event against the one-process store.

    python benchmarks/bench_ingest.py [--runs 3]

The last lines are machine-readable:
    ingest MODE: 241 reports, S s (median), ratio R to one process, events same|DIFFERENT
Printed, never asserted: the machine is shared, and the Dask line includes starting the cluster.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "data" / "ant_libya_arabic_news.jsonl"
MODES = {"one process": [], "--workers 2": ["--workers", "2"], "--dask local --workers 2": ["--dask", "local", "--workers", "2"]}
MARSAD = [sys.executable, "-c", "from dashboard.cli import main; raise SystemExit(main())"]


def events(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT report_id, id, event_type, sub_event_type, event_date, place_id, actor1, actor2, "
                         "fatalities, injuries, evidence FROM events ORDER BY report_id, id").fetchall()


def run(mode: list[str], db: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MARSAD_OFFLINE": "1"}
    t0 = time.perf_counter()
    done = subprocess.run(MARSAD + ["ingest", "-q", str(ARTICLES), "--db", str(db), *mode], env=env,
                          capture_output=True, text=True)
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"marsad ingest {' '.join(mode)} failed: {done.stderr.strip()[-300:]}")
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not ARTICLES.exists():
        print(f"skipped: {ARTICLES} is absent")
        return 0
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="marsad-ingest-") as tmp:
        times: dict[str, list[float]] = {m: [] for m in MODES}
        last: dict[str, Path] = {}
        for r in range(args.runs):
            for name, mode in MODES.items():  # interleaved, so a noisy minute hits every mode
                db = Path(tmp) / f"{r}-{len(times[name])}-{name.split()[0].strip('-')}.sqlite"
                times[name].append(run(mode, db))
                last[name] = db
        reference = events(last["one process"])
        base = statistics.median(times["one process"])
        for name in MODES:
            med = statistics.median(times[name])
            same = "same" if events(last[name]) == reference else "DIFFERENT"
            print(f"ingest {name}: 241 reports, {med:.2f} s (median of {args.runs}: "
                  f"{', '.join(f'{t:.2f}' for t in times[name])}), ratio {med / base:.2f} to one process, "
                  f"events {same} ({len(reference)} events)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
