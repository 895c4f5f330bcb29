"""The store on both backends: an SQLite file and a real PostgreSQL server (tests/pg.py starts a
throwaway cluster; without PostgreSQL these tests skip on a dev machine and fail in CI).

test_store.py's tests that do not look inside an SQLite file are collected here a second
time, on PostgreSQL, through this module's own `store` fixture."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

import geo
from conftest import ROOT, SEED, shared_file
from events.errors import StoreError
from events.ingest import ingest
from events.store import Store
from events.store_schema import events_table
from test_store import (make_events, make_report, test_add_is_one_shot_and_idempotent,  # noqa: F401
                        test_delete_report_removes_its_events, test_duplicate_event_ids_in_one_batch_are_stored_once,
                        test_event_must_belong_to_report, test_events_frame_columns_and_types,
                        test_events_round_trip_as_records, test_failure_inside_the_transaction_leaves_nothing,
                        test_replace_swaps_a_reports_events_in_one_go,
                        test_reports_frame_lists_reports_with_event_counts,
                        test_reports_keep_their_filing_time_in_utc)

MARSAD = [sys.executable, "-c", "from dashboard.cli import main; raise SystemExit(main())"]
# The dashboard's filters look these columns up; each needs an index on either backend.
FILTERED_COLUMNS = {"event_date", "event_type", "actor1", "actor2", "admin1", "place_id"}


@pytest.fixture
def store(pg_url: str) -> Store:
    """test_store.py's tests, imported above, run on PostgreSQL through this fixture."""
    s = Store(pg_url)
    yield s
    s.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "marsad.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="module")
def resolver() -> geo.Resolver:
    return geo.Resolver(offline=True)


def stored(url: str, sources: list[Path], resolver: geo.Resolver) -> tuple[list, pd.DataFrame, pd.DataFrame]:
    with Store(url) as s:
        summary = ingest(sources, s, resolver=resolver, progress=False)
        assert summary.ok, summary.line()
        assert summary.events_added > 0
        return s.events(), s.events_frame(), s.reports_frame()


@pytest.mark.parametrize("source", ["seed", "ant"])
def test_both_backends_store_the_same_events(source: str, pg_url: str, tmp_path: Path,
                                             resolver: geo.Resolver) -> None:
    paths = [SEED] if source == "seed" else [shared_file("ant_libya_arabic_news.jsonl")]
    lite_events, lite_frame, lite_reports = stored(str(tmp_path / "s.sqlite"), paths, resolver)
    pg_events, pg_frame, pg_reports = stored(pg_url, paths, resolver)
    assert pg_events == lite_events  # in the store's own SQL order

    # The frames are sorted by the same pandas code on both backends; what must agree is their
    # content, types included. ingested_at is the wall clock of each run.
    def by_id(frame: pd.DataFrame, *drop: str) -> pd.DataFrame:
        return frame.drop(columns=list(drop)).sort_values("id", ignore_index=True)

    pd.testing.assert_frame_equal(by_id(pg_frame), by_id(lite_frame))
    pd.testing.assert_frame_equal(by_id(pg_reports, "ingested_at"), by_id(lite_reports, "ingested_at"))


def test_filtered_columns_are_indexed_on_both(store_url: str) -> None:
    with Store(store_url) as s:
        indexes = sa.inspect(s.engine).get_indexes(events_table.name)
    single = {ix["column_names"][0] for ix in indexes if len(ix["column_names"]) == 1}
    assert FILTERED_COLUMNS <= single, f"not indexed: {FILTERED_COLUMNS - single}"


def test_many_writers_opening_a_new_store_at_once(store_url: str) -> None:
    """Several `marsad ingest` runs that start together on an empty database must all get in
    (PostgreSQL's CREATE TABLE IF NOT EXISTS alone races on its catalogue)."""
    errors: list[str] = []
    start = threading.Barrier(4)

    def open_and_add(k: int) -> None:
        start.wait()
        try:
            with Store(store_url) as s:
                report = make_report(f"writer {k}")
                s.add(report, make_events(report, 2))
        except StoreError as exc:
            errors.append(str(exc))

    threads = [threading.Thread(target=open_and_add, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(store_url) as s:
        assert s.counts() == {"reports": 4, "events": 8}


def test_same_report_from_many_threads_goes_in_once(store_url: str) -> None:
    report = make_report("one report, four writers")
    events = make_events(report, 5)
    with Store(store_url) as s:
        added: list[int] = []
        start = threading.Barrier(4)

        def add() -> None:
            start.wait()
            added.append(s.add(report, events))

        threads = [threading.Thread(target=add) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(added) == [0, 0, 0, 5]
        assert s.counts() == {"reports": 1, "events": 5}


def run_ingest(*args: str, env: dict | None = None) -> subprocess.Popen:
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), MARSAD_OFFLINE="1")
    full_env.pop("MARSAD_DB", None)
    full_env.update(env or {})
    return subprocess.Popen([*MARSAD, "ingest", "-q", *args], cwd=ROOT, env=full_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_ingest_commands_at_once_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    """Two `marsad ingest` processes on one new PostgreSQL database (one by --db, one by
    $MARSAD_DB) store exactly what one run stores in SQLite: nothing lost, nothing doubled."""
    # 80 of the ANT articles: enough for the two to overlap all the way, quick on two cores.
    ant = tmp_path / "ant80.jsonl"
    with shared_file("ant_libya_arabic_news.jsonl").open(encoding="utf-8") as fh:
        ant.write_text("".join(line for _, line in zip(range(80), fh)), encoding="utf-8")
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")  # as a user would write it
    procs = [run_ingest(str(ant), "--db", pg_url), run_ingest(str(ant), env={"MARSAD_DB": plain})]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in results]
    new = [int(out.split(" new,")[0].rsplit(" ", 1)[1]) for out, _ in results]

    single = tmp_path / "one.sqlite"
    one = run_ingest(str(ant), "--db", str(single))
    assert one.communicate(timeout=600)[1] == "" and one.returncode == 0

    def per_report(url: str) -> dict[str, int]:
        with Store(url, readonly=True) as s:
            frame = s.reports_frame()
        return dict(zip(frame["id"], frame["events"]))

    both, alone = per_report(pg_url), per_report(str(single))
    assert both == alone
    assert sum(new) == sum(both.values())  # every stored event counted by exactly one writer


def test_unreachable_server_is_a_one_line_error_without_the_password(pg_server: str) -> None:
    from pg import free_port

    wrong_password = pg_server.replace("@", "x@", 1) + "/postgres"
    nobody_there = f"postgresql+psycopg://marsad:s3cret-pw@127.0.0.1:{free_port()}/marsad"
    for url in (wrong_password, nobody_there):
        with pytest.raises(StoreError, match="cannot open store") as info:
            Store(url)
        message = str(info.value)
        assert "\n" not in message
        assert url.split(":")[2].split("@")[0] not in message  # the password never shows


def test_the_page_reads_a_postgresql_store(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dashboard pointed at a server by $MARSAD_DB (a bare postgresql:// URL) shows its events
    and filters them, as on a file."""
    from streamlit.testing.v1 import AppTest

    from browser import sample_reports

    with Store(pg_url) as s:
        for report, events in sample_reports():
            s.add(report, events)
    monkeypatch.setenv("MARSAD_DB", pg_url.replace("postgresql+psycopg://", "postgresql://"))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert "5 events" in at.markdown[0].value and "4 reports" in at.markdown[0].value
    at.multiselect(key="f_types").set_value(["Battles"]).run()
    assert len(at.dataframe[0].value) == 2
