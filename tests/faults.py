"""What the fault tests share: `marsad ingest` as a real child process over the ANT corpus,
and what a store holds, read with plain sqlite3 (not through the code under test)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from conftest import ROOT, shared_file

ANT = "ant_libya_arabic_news.jsonl"

Stored = dict[str, frozenset[str]]  # report id -> ids of its events


def ant_corpus() -> Path:
    return shared_file(ANT)


def ingest_command(db: Path, *inputs: Path | str, quiet: bool = False) -> list[str]:
    cmd = [sys.executable, "-m", "dashboard.cli", "ingest", *map(str, inputs), "--db", str(db), "--offline"]
    return cmd + (["-q"] if quiet else [])


def child_env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), MARSAD_OFFLINE="1")


def run_ingest(db: Path, *inputs: Path | str, timeout: float = 600, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(ingest_command(db, *inputs, quiet=True), capture_output=True, text=True,
                          env=child_env(), cwd=ROOT, timeout=timeout, **kw)


def stored(db: Path) -> Stored:
    """Every stored report with the ids of its events; none when a kill came before the
    store's tables were made."""
    if not db.exists():
        return {}
    with closing(sqlite3.connect(db, timeout=30)) as con:
        if con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'reports'").fetchone()[0] == 0:
            return {}
        out: dict[str, set[str]] = {rid: set() for (rid,) in con.execute("SELECT id FROM reports")}
        for rid, eid in con.execute("SELECT report_id, id FROM events"):
            assert rid in out, f"event {eid} of report {rid}, which is not stored"
            out[rid].add(eid)
    return {k: frozenset(v) for k, v in out.items()}


def integrity(db: Path) -> str:
    with closing(sqlite3.connect(db, timeout=30)) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def assert_whole_reports(db: Path, clean: Stored) -> Stored:
    """The store is sound and every report in it has exactly the events a clean run gave it:
    no report without its events, no events without their report, nothing doubled."""
    assert integrity(db) == "ok"
    now = stored(db)
    assert set(now) <= set(clean)
    broken = [rid for rid, events in now.items() if events != clean[rid]]
    assert not broken, f"{len(broken)} reports stored without exactly their events, e.g. {broken[0]}"
    return now


_CLEAN: dict[str, tuple[Path, Stored]] = {}


def clean_run(folder: Path) -> tuple[Path, Stored]:
    """A store made by one uninterrupted ingest of the ANT corpus (made once per session);
    it also leaves the gazetteer's cache built, so later children start alike."""
    if ANT not in _CLEAN:
        db = folder / "clean.sqlite"
        proc = run_ingest(db, ant_corpus())
        assert proc.returncode == 0, proc.stderr
        _CLEAN[ANT] = (db, stored(db))
    return _CLEAN[ANT]
