"""Two `marsad ingest` writers on one new SQLite file, and a reader doing what the page does
(Store(readonly=True).events_frame()) the whole time: no "database is locked", no report
lost or doubled, and every read sees whole reports only."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from faults import ant_corpus, assert_whole_reports, child_env, clean_run, ingest_command

# The page's reads, in a process of their own, until told to stop: one JSON line per read with
# the events per report it saw, or the one-line error it met.
READER = r"""
import json, sys, time
from pathlib import Path
from events.errors import StoreError
from events.store import Store

db, stop = Path(sys.argv[1]), Path(sys.argv[2])
opened = False
while not stop.exists():
    try:
        store = Store(db, readonly=True)
    except StoreError as exc:
        if opened:
            print(json.dumps({"error": str(exc)}), flush=True)
        time.sleep(0.05)  # not made yet: the first writer is creating it
        continue
    opened = True
    try:
        frame = store.events_frame()
        print(json.dumps({"per_report": frame.groupby("report_id").size().to_dict()}), flush=True)
    except Exception as exc:
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), flush=True)
    finally:
        store.close()
"""


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    return clean_run(tmp_path_factory.mktemp("clean"))


def test_two_writers_and_a_reader(clean, tmp_path: Path) -> None:
    _, reference = clean
    db = tmp_path / "shared.sqlite"
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT)
    writers = [subprocess.Popen(ingest_command(db, ant_corpus()), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=child_env(), cwd=ROOT) for _ in range(2)]
    try:
        results = [w.communicate(timeout=600) for w in writers]
    finally:
        stop.touch()
        reads, reader_err = reader.communicate(timeout=120)
        for w in writers:
            if w.poll() is None:
                w.kill()
    for w, (out, err) in zip(writers, results):
        assert w.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err, err
    # Every report went in once: new in one writer, already stored for the other.
    added = [int(out.strip().splitlines()[-1].split(" new,")[0].rsplit(" ", 1)[1]) for out, _ in results]
    assert sum(added) == sum(len(events) for events in reference.values())
    assert assert_whole_reports(db, reference) == reference
    # The reader never failed, and each of its reads saw whole reports only.
    assert "Traceback" not in reader_err, reader_err
    rows = [json.loads(line) for line in reads.splitlines()]
    errors = [r["error"] for r in rows if "error" in r]
    assert not errors, errors[:3]
    assert len(rows) >= 2, "the reader should have read while the writers wrote"
    for row in rows:
        for report_id, n in row["per_report"].items():
            assert n == len(reference[report_id])


# Another writer that takes SQLite's write lock and keeps it (a long --replace, a stuck disk).
HOLDER = r"""
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


def test_a_write_lock_held_past_the_busy_timeout(tmp_path: Path) -> None:
    """The lock is held 16 s: longer than SQLite's 10 s busy timeout after the ingest (which
    starts in under 5 s) first waits for it. The ingest tries again and goes through."""
    from conftest import SEED
    from events.store import Store

    db = tmp_path / "held.sqlite"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), "16"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        proc = subprocess.run(ingest_command(db, SEED, quiet=True), capture_output=True, text=True,
                              env=child_env(), cwd=ROOT, timeout=300)
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=60)
        holder.stdout.close()
    assert proc.returncode == 0, proc.stderr
    assert "locked" not in proc.stderr and "Traceback" not in proc.stderr
    assert "1 report read" in proc.stdout
    assert waited > 10, "the ingest should have met the held lock past its busy timeout"
