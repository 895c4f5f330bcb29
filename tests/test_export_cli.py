"""`marsad export` as a script runs it: reports and dataset rows ingested into a real store, then
exported once per happening (Arabic and English tellings of one strike linked, two dataset rows
never), in each format, with the filters."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import ROOT, shared_file
from test_cli import run

PAIRS = json.loads((ROOT / "tests" / "fixtures" / "linking" / "pairs.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("export")
    reports = tmp / "reports.jsonl"
    lines = []
    for i, (ar, en) in enumerate(PAIRS["pairs"][:3]):
        # Undated reports: the texts give their days in full, and a publication date weeks
        # later would (rightly) make them recalled background.
        lines.append({"id": f"ar{i}", "text": ar, "language": "ar"})
        lines.append({"id": f"en{i}", "text": en, "language": "en"})
    lines.append({"id": "abroad", "date": "2017-05-30", "language": "ar",
                  "text": "اشتبكت قوات الجيش الوطني الليبي مع مسلحين في مدينة درنة أمس الاثنين.\n"
                          "وفي سياق آخر، أسفرت مداهمة أمنية في مدينة العريش اليوم عن مقتل 5 مسلحين."})
    reports.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    path = tmp / "store.sqlite"
    proc = run("ingest", "-q", "--offline", "--db", str(path), str(reports),
               str(shared_file("acled_libya_2016_sample.csv")))
    assert proc.returncode == 0, proc.err
    return path


def export(db: Path, *args: str) -> str:
    proc = run("export", "--db", str(db), *args)
    assert proc.returncode == 0 and "Traceback" not in proc.err, proc.err
    return proc.out


def test_one_row_per_happening_with_its_sources(db: Path) -> None:
    rows = [json.loads(line) for line in export(db).splitlines()]
    linked = [r for r in rows if r["source_count"] > 1]
    # The three Arabic/English pairs each become one happening told by both reports.
    assert len(linked) == 3
    for r in linked:
        # The store keys reports by content, so the two tellings show by their script.
        assert {any("\u0600" <= c <= "\u06ff" for c in s["evidence"]) for s in r["sources"]} == {True, False}
        assert all(s["evidence"] for s in r["sources"]) and r["links"] and r["links"][0]["linked"]
    # ACLED's rows are its coders' distinct events: none is merged with another.
    acled = [r for r in rows if any(s["report_id"].startswith("acled:") for s in r["sources"])]
    assert len(acled) == 54 and all(r["source_count"] == 1 for r in acled)
    raw = export(db, "--no-link").splitlines()
    assert len(raw) == len(rows) + 3


def test_events_abroad_only_when_asked(db: Path) -> None:
    def places(*args: str) -> set:
        return {json.loads(line)["location"] for line in export(db, "--no-link", *args).splitlines()}

    assert not any("Arish" in (p or "") for p in places())
    assert any("Arish" in (p or "") for p in places("--abroad"))


def test_formats_and_filters(db: Path) -> None:
    table = list(csv.DictReader(io.StringIO(export(db, "--format", "csv", "--type", "Battles"))))
    assert table and {r["event_type"] for r in table} == {"Battles"}
    assert all(json.loads(r["sources"]) for r in table)
    geo = json.loads(export(db, "--format", "geojson", "--from", "2016-06-25", "--to", "2016-06-30"))
    dates = {f["properties"]["event_date"] for f in geo["features"]}
    assert geo["features"] and all("2016-06-25" <= d <= "2016-06-30" for d in dates)
    assert all(f["geometry"] is None or len(f["geometry"]["coordinates"]) == 2 for f in geo["features"])


def test_a_store_that_is_not_there_is_one_line(tmp_path: Path) -> None:
    proc = run("export", "--db", str(tmp_path / "none.sqlite"))
    assert proc.returncode == 1 and "Traceback" not in proc.err
    assert len(proc.err.strip().splitlines()) == 1 and "marsad ingest" in proc.err
