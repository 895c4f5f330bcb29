"""Dataset exports through `marsad ingest` into a real SQLite store: stored once, kept as coded."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT, shared_file
from events.ingest import ingest
from events.read import read_reports
from events.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "datasets"
MARSAD = [sys.executable, "-c", "from dashboard.cli import main; raise SystemExit(main())"]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "datasets.sqlite")
    yield s
    s.close()


def marsad(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), MARSAD_OFFLINE="1")
    env.pop("MARSAD_DB", None)
    proc = subprocess.run([*MARSAD, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    proc.said = proc.stdout + proc.stderr  # type: ignore[attr-defined]
    return proc


def test_acled_sample_ingested_once_with_its_coding(store: Store) -> None:
    sample = shared_file("acled_libya_2016_sample.csv")
    first = ingest([sample], store, progress=False)
    assert first.ok and (first.events_found, first.events_added) == (54, 54)
    assert store.counts() == {"reports": 54, "events": 54}
    again = ingest([sample], store, progress=False)
    assert (again.events_found, again.events_added) == (54, 0)
    assert again.outcomes[0].already_stored and "0 new: already stored" in again.outcomes[0].line()
    assert store.counts() == {"reports": 54, "events": 54}

    stored = {e.id: e for e in store.events()}
    ev = stored["acled:7420RTA"]
    assert (ev.event_date, ev.event_type, ev.sub_event_type) == (date(2016, 6, 18), "Battles",
                                                                  "Government regains territory")
    assert (ev.latitude, ev.longitude, ev.geo_precision, ev.geocoder, ev.fatalities) == (30.7554, 20.2263, 1,
                                                                                          "acled", 3)
    assert ev.assoc_actors == ("Ajdabiya Liberation Room",)
    # Linked to the gazetteer without moving ACLED's point: the place id and its Arabic name.
    assert (ev.place_id, ev.location_ar) == ("ajdabiya", "إجدابيا")
    assert sum(e.place_id is not None for e in stored.values()) >= 50
    report = store.report("acled:7420RTA")
    assert report.source == "ACLED" and report.text == ev.evidence and report.path.endswith(sample.name)
    frame = store.events_frame()
    assert len(frame) == 54 and set(frame["report_source"]) == {"ACLED"}


def test_reports_and_datasets_in_one_run_and_bad_rows_reported(store: Store, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("LNA warplanes struck militia positions in Ain Zara, south of Tripoli, killing 3 fighters.",
                      encoding="utf-8")
    malformed = tmp_path / "acled_malformed.csv"
    shutil.copy(FIXTURES / "acled_malformed.csv", malformed)
    lines: list[str] = []
    summary = ingest([FIXTURES / "ucdp_ged_libya.csv", report, malformed], store, progress=False,
                     on_report=lambda o: lines.append(o.line()))
    assert not summary.ok
    errors = [l for l in lines if ": error: " in l]
    assert len(errors) == 1 + 10  # the Tunisian row, then one per bad ACLED row
    assert any(l.endswith("acled_malformed.csv line 5: error: event_date '2019-02-30' is not a real date")
               for l in errors)
    assert any("ucdp_ged_libya.csv: 7 events (7 new)" in l for l in lines)
    assert any("acled_malformed.csv: 2 events (2 new)" in l for l in lines)
    counts = store.counts()
    assert counts["events"] >= 7 + 2 + 1  # the report gives its own event(s)
    ged = {e.id: e for e in store.events()}["ucdp:910001"]
    assert (ged.location, ged.place_id, ged.location_ar) == ("Ayn Zarah town", "ain-zara", "عين زارة")
    sources = {store.report(e.report_id).source for e in store.events()}
    assert {"UCDP GED", "ACLED"} <= sources


def test_replace_recodes_a_stored_row(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    text = (FIXTURES / "acled_current.csv").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    ingest([path], store, progress=False)
    # ACLED revises a row: the fatalities of LBY90001 go from 5 to 6.
    path.write_text(text.replace("Five fighters were killed.\",5,", "Six fighters were killed.\",6,"), encoding="utf-8")
    assert ingest([path], store, progress=False).events_added == 0
    assert {e.id: e.fatalities for e in store.events()}["acled:LBY90001"] == 5
    ingest([path], store, progress=False, replace=True)
    assert {e.id: e.fatalities for e in store.events()}["acled:LBY90001"] == 6
    assert store.counts() == {"reports": 5, "events": 5}


def test_marsad_ingest_command(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    proc = marsad("ingest", str(FIXTURES / "acled_current.csv"), str(FIXTURES / "acled_2019.csv"),
                  "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "acled_current.csv: 5 events (5 new)" in proc.said
    with Store(db) as s:
        assert s.counts() == {"reports": 8, "events": 8}
    again = marsad("ingest", str(FIXTURES / "acled_current.csv"), "--db", str(db))
    assert again.returncode == 0 and "5 events (0 new: already stored)" in again.said

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    bad = marsad("ingest", str(empty), "--db", str(db))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "empty.csv: error: empty file; give an ACLED or UCDP GED export with its header row" in bad.said


def test_reading_a_csv_as_a_report_points_to_ingest(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    shutil.copy(FIXTURES / "acled_current.csv", path)
    [error] = list(read_reports([path]))
    assert "marsad ingest FILE.csv" in str(error)


def test_the_page_shows_dataset_events_and_their_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dashboard draws imported rows like extracted events: map, table, the row as a report."""
    from streamlit.testing.v1 import AppTest

    db = tmp_path / "page.sqlite"
    with Store(db) as s:
        ingest([FIXTURES / "acled_current.csv", FIXTURES / "ucdp_ged_libya.csv"], s, progress=False)
    monkeypatch.setenv("MARSAD_DB", str(db))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
    at.run(timeout=120)
    assert not at.exception, [e.value for e in at.exception]
    assert "12 events" in at.markdown[0].value
    assert len(at.dataframe[0].value) == 12
    assert {"Battles", "State-based conflict"} <= set(at.multiselect(key="f_types").options)
    at.selectbox(key="report").set_value("acled:LBY90005")
    at.run(timeout=120)
    assert not at.exception, [e.value for e in at.exception]
    import html

    import re

    report = next(h.proto.body for h in at.get("html") if "marsad-report" in h.proto.body)
    text = html.unescape(re.sub(r"<[^>]+>", "", report[report.index("</style>"):]))
    assert "gunmen fired on people at a detention centre in Tajura" in text  # the notes, places marked
    assert "ACLED LBY90005" in text and "ACLED · 2019-07-04" in text  # title; the dataset as source


def test_a_folder_of_reports_and_dataset_exports_goes_in_whole(tmp_path) -> None:
    """The .csv files inside a folder are imported as datasets beside its reports; hidden ones
    are skipped as hidden reports are."""
    import shutil

    from conftest import SEED, shared_file
    from events.ingest import ingest
    from events.store import Store

    folder = tmp_path / "desk"
    (folder / "acled").mkdir(parents=True)
    (folder / ".trash").mkdir()
    shutil.copy(SEED, folder / "report.txt")
    shutil.copy(shared_file("acled_libya_2016_sample.csv"), folder / "acled" / "export.csv")
    shutil.copy(shared_file("acled_libya_2016_sample.csv"), folder / ".trash" / "old.csv")
    with Store(tmp_path / "s.sqlite") as s:
        summary = ingest([folder], s, progress=False)
        assert summary.ok, summary.line()
        df = s.events_frame()
    assert (df["report_source"] == "ACLED").sum() == 54 and (df["report_source"] != "ACLED").sum() >= 1
