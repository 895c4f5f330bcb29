"""The event store on real SQLite files: idempotence, types, errors, crash consistency."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT
from events.errors import StoreError
from events.records import Event, Report, event_id, report_id
from events.store import SCHEMA_VERSION, Store


def make_report(text: str = "غارة جوية على عين زارة جنوب طرابلس", **kw) -> Report:
    return Report(id=report_id(text), text=text, **kw)


def make_events(report: Report, n: int = 3, **kw) -> list[Event]:
    out = []
    for i in range(n):
        fields = dict(
            id=event_id(report.id, i, "Explosions/Remote violence", "Air/drone strike", "ain-zara"),
            report_id=report.id, event_date=date(2019, 9, 29), date_precision="day",
            event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
            actor1="LNA", actor2="GNA", assoc_actors=("LNA air force",), location="Ain Zara",
            location_ar="عين زارة", place_id="ain-zara", admin1="Tripoli", latitude=32.79,
            longitude=13.25, geo_precision=1, geocoder="gazetteer", fatalities=i,
            fatalities_lower_bound=bool(i % 2), injuries=None, evidence="غارة جوية على عين زارة",
            evidence_start=i, evidence_end=i + 10, confidence=0.8,
        )
        fields.update(kw)
        out.append(Event(**fields))
    return out


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "marsad.sqlite")
    yield s
    s.close()


def test_add_is_one_shot_and_idempotent(store: Store) -> None:
    report = make_report(title="briefing", published=date(2019, 9, 29), date_precision="estimated",
                         date_note="Sunday after the Murzuq strikes", source="LNA", url="http://x", path="a.txt")
    events = make_events(report)
    assert store.add(report, events) == 3
    assert store.counts() == {"reports": 1, "events": 3}
    assert store.add(report, events) == 0
    # Even with different events, a stored report adds nothing: same text, same report.
    assert store.add(report, make_events(report, 5)) == 0
    assert store.counts() == {"reports": 1, "events": 3}
    assert store.report(report.id) == report
    assert store.report("nope") is None
    assert store.reports() == [report]
    assert store.has_report(report.id)


def test_events_round_trip_as_records(store: Store) -> None:
    report = make_report()
    events = make_events(report) + [replace(make_events(report, 1)[0], id="undated", event_date=None,
                                            date_precision="unknown", actor1=None, actor2=None,
                                            assoc_actors=(), latitude=None, longitude=None,
                                            geo_precision=None, fatalities=None)]
    store.add(report, events)
    assert sorted(store.events(report.id), key=lambda e: e.id) == sorted(events, key=lambda e: e.id)


def test_reports_keep_their_filing_time_in_utc(store: Store) -> None:
    """Re-extracting a stored report must date its overnight news as the first run did."""
    night = make_report(published=date(2018, 5, 20), date_precision="day",
                        filed=datetime(2018, 5, 20, 3, 1, tzinfo=timezone(timedelta(hours=2))))
    plain = make_report("اشتباكات في غريان", published=date(2018, 5, 20), date_precision="day")
    store.add(night, [])
    store.add(plain, [])
    assert store.report(night.id).filed == datetime(2018, 5, 20, 1, 1, tzinfo=timezone.utc)
    assert store.report(plain.id).filed is None
    assert {r.id: r.filed for r in store.reports()} == {night.id: night.filed, plain.id: None}


def test_duplicate_event_ids_in_one_batch_are_stored_once(store: Store) -> None:
    report = make_report()
    events = make_events(report, 2)
    assert store.add(report, events + events) == 2


def test_event_must_belong_to_report(store: Store) -> None:
    a, b = make_report("one"), make_report("two")
    with pytest.raises(StoreError, match="belongs to report"):
        store.add(a, make_events(b))
    assert store.counts() == {"reports": 0, "events": 0}


def test_events_frame_columns_and_types(store: Store) -> None:
    empty = store.events_frame()
    keys = list(make_events(make_report(), 1)[0].to_dict())
    assert list(empty.columns) == keys + ["report_title", "report_url", "report_published", "report_source",
                                         "corrected"]
    assert empty.empty

    report = make_report(title="t", url="http://u", published=date(2019, 9, 29), source="s")
    undated = make_report("no date here")
    store.add(report, make_events(report, 2))
    store.add(undated, [replace(make_events(undated, 1)[0], event_date=None, date_precision="unknown",
                                fatalities=None, latitude=None, longitude=None, actor2=None,
                                assoc_actors=())])
    df = store.events_frame()
    assert len(df) == 3
    assert pd.api.types.is_datetime64_any_dtype(df["event_date"])
    assert pd.api.types.is_datetime64_any_dtype(df["report_published"])
    first = df.iloc[0]
    assert first["event_date"] == pd.Timestamp("2019-09-29")
    assert first["report_title"] == "t" and first["report_url"] == "http://u" and first["report_source"] == "s"
    assert first["assoc_actors"] == ["LNA air force"]
    assert first["location_ar"] == "عين زارة"
    last = df.iloc[-1]  # undated events sort last
    assert pd.isna(last["event_date"]) and pd.isna(last["report_published"])
    assert pd.isna(last["fatalities"]) and pd.isna(last["latitude"])
    assert last["actor2"] is None and last["assoc_actors"] == []
    assert df["fatalities_lower_bound"].dtype == bool
    assert list(df["fatalities"].iloc[:2]) == [0, 1]


def test_reports_frame_lists_reports_with_event_counts(store: Store) -> None:
    report = make_report(title="t")
    store.add(report, make_events(report, 2))
    df = store.reports_frame()
    assert df.loc[0, "id"] == report.id and df.loc[0, "events"] == 2
    assert "text" not in df.columns


def test_delete_report_removes_its_events(store: Store) -> None:
    report = make_report()
    store.add(report, make_events(report))
    assert store.delete_report(report.id)
    assert store.counts() == {"reports": 0, "events": 0}
    assert store.add(report, make_events(report)) == 3


def test_sqlite_pragmas_and_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path) as s:
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert s.get_meta("schema_version") == str(SCHEMA_VERSION)
    with sqlite3.connect(path) as con:
        index_names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_events_event_date", "ix_events_event_type", "ix_events_actor1", "ix_events_admin1"} <= index_names


def test_url_and_path_open_the_same_store(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite"
    report = make_report()
    with Store(path) as s:
        s.add(report, make_events(report))
    with Store(f"sqlite:///{path}") as s:
        assert s.counts() == {"reports": 1, "events": 3}
    with Store(path, readonly=True) as s:
        assert s.counts()["events"] == 3
        with pytest.raises(StoreError, match="read-only"):
            s.add(make_report("x"), [])


@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "does not exist"),
    (lambda p: p.write_text("just some notes, not a database\n" * 10), "not an SQLite database"),
    (lambda p: p.write_bytes(b"\x00\xff" * 500), "not an SQLite database"),
    (lambda p: p.mkdir(), "is a folder"),
])
def test_bad_store_paths_give_one_line_errors(tmp_path: Path, setup, message: str) -> None:
    path = tmp_path / "store.sqlite"
    if message == "does not exist":
        path = tmp_path / "missing-folder" / "store.sqlite"
    else:
        setup(path)
    with pytest.raises(StoreError, match=message) as info:
        Store(path)
    assert "\n" not in str(info.value)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(StoreError, match="something else"):
        Store(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE marsad_meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="newer Marsad"):
        Store(path)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="not writable"):
            Store(folder / "s.sqlite")
    finally:
        folder.chmod(0o700)


def test_failure_inside_the_transaction_leaves_nothing(store: Store) -> None:
    good = make_report("good report")
    store.add(good, make_events(good))
    bad = make_report("bad report")
    # The third event breaks a NOT NULL constraint after the report row and two events went in.
    events = make_events(bad, 2) + [replace(make_events(bad, 3)[2], event_type=None)]
    with pytest.raises(StoreError, match="could not store report"):
        store.add(bad, events)
    assert store.counts() == {"reports": 1, "events": 3}
    assert not store.has_report(bad.id)
    assert store.add(bad, make_events(bad)) == 3  # and it can go in later


WRITER = textwrap.dedent("""
    import sys
    from datetime import date
    from events.records import Event, Report, event_id, report_id
    from events.store import Store

    store = Store(sys.argv[1])
    for k in range(10_000):
        text = f"report number {k}"
        report = Report(id=report_id(text), text=text)
        events = [Event(id=event_id(report.id, i, "Battles", "Armed clash", None), report_id=report.id,
                        event_date=date(2019, 4, 4), date_precision="day", event_type="Battles",
                        sub_event_type="Armed clash", actor1="LNA", actor2="GNA", evidence="x" * 200)
                  for i in range(500)]
        store.add(report, events)
        print(k, flush=True)
""")


def test_killed_writer_leaves_a_consistent_store(tmp_path: Path) -> None:
    """kill -9 in the middle of ingesting: every stored report has all its events, and SQLite's
    integrity check passes."""
    path = tmp_path / "crash.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    try:
        for _ in range(5):  # let a few reports commit, then kill it inside a later one
            assert proc.stdout.readline(), "the writer died before storing anything"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_report = con.execute("SELECT r.id, count(e.id) FROM reports r LEFT JOIN events e "
                                 "ON e.report_id = r.id GROUP BY r.id").fetchall()
        orphans = con.execute("SELECT count(*) FROM events WHERE report_id NOT IN "
                              "(SELECT id FROM reports)").fetchone()[0]
    assert len(per_report) >= 5
    assert {n for _, n in per_report} == {500}
    assert orphans == 0
    with Store(path) as s:  # and it opens and takes more
        before = s.counts()
        extra = make_report("after the crash")
        assert s.add(extra, make_events(extra)) == 3
        assert s.counts() == {"reports": before["reports"] + 1, "events": before["events"] + 3}


def test_replace_swaps_a_reports_events_in_one_go(store: Store) -> None:
    report = make_report()
    store.add(report, make_events(report, 3))
    newer = make_events(report, 2, event_type="Battles", sub_event_type="Armed clash",
                        evidence="اشتباكات")
    newer = [replace(e, id=f"new{i}") for i, e in enumerate(newer)]
    assert store.add(report, newer, replace=True) == 2
    assert {e.id for e in store.events(report.id)} == {"new0", "new1"}
    assert store.counts() == {"reports": 1, "events": 2}
