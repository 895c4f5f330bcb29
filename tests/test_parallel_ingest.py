"""Issue 8: batch ingest beyond one process. `marsad ingest --workers N` extracts on the cores of
this machine and `--dask` on a Dask cluster (here a real LocalCluster of 2 worker processes);
the store gets exactly the events of a single-process run, report for report, also when it is a
PostgreSQL server."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import geo
from conftest import ROOT, SEED, shared_file
from events.ingest import ingest
from events.parallel import DaskExtractor, PoolExtractor
from events.store import Store

MARSAD = [sys.executable, "-c", "from dashboard.cli import main; raise SystemExit(main())"]
COLUMNS = ("report_id", "id", "event_type", "sub_event_type", "event_date", "place_id", "actor1", "actor2",
           "fatalities", "injuries", "evidence", "in_libya", "context")


def marsad(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MARSAD_OFFLINE": "1"}
    return subprocess.run(MARSAD + list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def events_of(db: str) -> list[tuple]:
    with Store(db) as s:
        df = s.events_frame()
    cols = [c for c in COLUMNS if c in df.columns]
    rows = df[cols].astype(str).itertuples(index=False, name=None)
    return sorted(rows)


@pytest.fixture(scope="module")
def ant(tmp_path_factory) -> tuple[Path, list[tuple]]:
    """The 241 ANT articles ingested by one process: the reference."""
    articles = shared_file("ant_libya_arabic_news.jsonl")
    db = tmp_path_factory.mktemp("single") / "single.sqlite"
    done = marsad("ingest", "-q", str(articles), "--db", str(db), cwd=db.parent)
    assert done.returncode == 0, done.stderr
    assert "241 reports read" in done.stdout
    return articles, events_of(str(db))


def test_workers_give_the_single_process_events_report_for_report(ant, tmp_path):
    articles, single = ant
    db = tmp_path / "two.sqlite"
    done = marsad("ingest", str(articles), "--db", str(db), "--workers", "2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # the same events report for report, over a real workload (289 events since the fourth
    # sitting's precision rules; 200 only guards against an empty or truncated corpus)
    assert events_of(str(db)) == single and len(single) > 200
    # One line per report, in the order they were read (storing stays in order): "FILE:N: …".
    numbers = [int(ln.split(":")[1]) for ln in done.stdout.splitlines() if ".jsonl:" in ln]
    assert numbers == list(range(1, 242))


@pytest.fixture
def plain_main(monkeypatch):
    """Dask starts its workers with multiprocessing's spawn, which re-runs the parent's
    ``__main__`` file in each; an earlier test of the page (Streamlit's AppTest) can leave
    dashboard/app.py there. A worker must start as `marsad ingest`'s would: from a bare main."""
    import types

    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))


def test_a_dask_local_cluster_of_two_workers_gives_the_same_events_into_postgresql(ant, pg_url, plain_main):
    distributed = pytest.importorskip("dask.distributed", reason="pip install 'marsad[dask]'")
    articles, single = ant
    resolver = geo.Resolver(offline=True)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        with Store(pg_url) as store, distributed.get_task_stream(client) as tasks:
            summary = ingest([articles], store, resolver=resolver, progress=False,
                             extractor=DaskExtractor(client, resolver))
        assert summary.ok and summary.reports == 241
        # The extraction ran on the cluster, on both workers.
        ran = [t for t in tasks.data if "_extract_on_dask" in str(t["key"])]
        extracted = sum(not o.already_stored for o in summary.outcomes)  # the JSONL repeats a few articles
        assert len(ran) == extracted > 200 and len({t["worker"] for t in ran}) == 2
    assert events_of(pg_url) == single


def test_the_cli_starts_and_stops_a_local_cluster(tmp_path):
    pytest.importorskip("dask.distributed", reason="pip install 'marsad[dask]'")
    db = tmp_path / "d.sqlite"
    done = marsad("ingest", str(SEED), "--db", str(db), "--dask", "local", "--workers", "2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    one = tmp_path / "one.sqlite"
    assert marsad("ingest", str(SEED), "--db", str(one), cwd=tmp_path).returncode == 0
    assert events_of(str(db)) == events_of(str(one)) and events_of(str(db))


def test_bad_files_among_good_ones_are_one_line_each_with_workers(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "b.txt").write_text("Clashes erupted in Sirte on Monday, 12 May 2019, killing 3 fighters.",
                                  encoding="utf-8")
    db = tmp_path / "w.sqlite"
    done = marsad("ingest", str(folder), "--db", str(db), "--workers", "2", "--date", "2019-05-14", cwd=tmp_path)
    assert done.returncode == 1  # something failed, said on stderr
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 2 and all(": error: " in e for e in errors), done.stderr
    assert "total: 2 reports read" in done.stdout
    stored = events_of(str(db))
    assert stored and {r[0] for r in stored}.__len__() == 2


def test_usage_errors_are_one_line(tmp_path):
    done = marsad("ingest", str(SEED), "--db", str(tmp_path / "x.sqlite"), "--workers", "0", cwd=tmp_path)
    assert done.returncode == 2 and "--workers wants a whole number from 1 up" in done.stderr
    assert not (tmp_path / "x.sqlite").exists()


def test_an_unreachable_scheduler_is_one_line_and_the_store_keeps_what_it_had(tmp_path):
    pytest.importorskip("dask.distributed", reason="pip install 'marsad[dask]'")
    db = tmp_path / "k.sqlite"
    assert marsad("ingest", str(SEED), "--db", str(db), cwd=tmp_path).returncode == 0
    before = events_of(str(db))
    done = marsad("ingest", str(SEED), "--db", str(db), "--replace", "--dask", "tcp://127.0.0.1:9", cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in lines[0], done.stderr
    assert events_of(str(db)) == before


def test_a_pool_keeps_reading_order_and_closes(tmp_path):
    texts = [f"Clashes erupted in {town} on Monday, killing {n} fighters." for n, town in
             enumerate(["Sirte", "Derna", "Sabha", "Gharyan", "Zawiya", "Misrata", "Benghazi", "Tobruk", "Ubari"], 1)]
    folder = tmp_path / "many"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    seen: list[str] = []
    with Store(tmp_path / "p.sqlite") as store, PoolExtractor(None, workers=2) as ex:
        summary = ingest([folder], store, progress=False, extractor=ex, on_report=lambda o: seen.append(o.path),
                         anchor=__import__("datetime").date(2019, 5, 14))
    assert summary.ok and [Path(p).name for p in seen] == [f"{i:02d}.txt" for i in range(len(texts))]
    assert summary.events_added == len(texts)
