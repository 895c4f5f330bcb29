"""Issue 9: an analyst's corrections persist — over re-ingest and --replace of their report, on
SQLite and on a real PostgreSQL server — show in the exports, and can be undone; an added
alias is used by the resolver from then on."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import geo
from conftest import ROOT, SEED
from events import corrections as C
from events.errors import StoreError
from events.ingest import ingest
from events.store import Store

MARSAD = [sys.executable, "-m", "events.cli"]


@pytest.fixture(scope="module")
def resolver() -> geo.Resolver:
    return geo.Resolver(offline=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "marsad.sqlite")
    return request.getfixturevalue("pg_url")


def seeded(url: str, resolver: geo.Resolver) -> Store:
    store = Store(url)
    assert ingest([SEED], store, resolver=resolver, progress=False).ok
    return store


def row(store: Store, event_id: str) -> dict:
    df = store.events_frame()
    return df[df["id"] == event_id].iloc[0].to_dict()


def test_corrections_survive_reingest_and_replace(store_url: str, resolver: geo.Resolver) -> None:
    store = seeded(store_url, resolver)
    first, second = list(store.events_frame()["id"][:2])
    gharyan = resolver.gazetteer.get("gharyan")
    C.correct(store, first, "place", C.place_values(gharyan), who="amal")
    C.correct(store, first, "event_type", "Battles/Armed clash", who="amal")
    C.correct(store, first, "actor2", "ISIS", who="amal")
    C.correct(store, first, "fatalities", 4, who="amal")
    C.correct(store, second, "not_event", True, who="amal")
    n = len(store.events_frame())

    for replace in (False, True):
        ingest([SEED], store, resolver=resolver, progress=False, replace=replace)
        r = row(store, first)
        assert (r["location"], r["geocoder"], r["event_type"], r["sub_event_type"], r["actor2"], r["fatalities"]) == \
            ("Gharyan", "manual", "Battles", "Armed clash", "ISIS", 4)
        assert r["corrected"] and abs(r["latitude"] - gharyan.lat) < 1e-6
        assert second not in set(store.events_frame()["id"]) and len(store.events_frame()) == n
    # Who, when and what it replaced are kept.
    place = next(c for c in C.corrections(store, event_id=first) if c.field == "place")
    assert place.who == "amal" and place.old["location"] != "Gharyan" and place.new["location"] == "Gharyan"
    store.close()


def same(a, b) -> bool:
    return (pd.isna(a) and pd.isna(b)) or a == b


def test_undo_gives_back_what_extraction_said(tmp_path: Path, resolver: geo.Resolver) -> None:
    store = seeded(str(tmp_path / "s.sqlite"), resolver)
    eid, other = list(store.events_frame()["id"][:2])
    before = row(store, eid)
    a = C.correct(store, eid, "fatalities", 7)
    b = C.correct(store, eid, "fatalities", 9)
    hidden = C.correct(store, other, "not_event", True)
    C.undo(store, b.id)
    assert row(store, eid)["fatalities"] == 7  # the earlier correction still holds
    C.undo(store, a.id)
    after = row(store, eid)
    assert same(after["fatalities"], before["fatalities"])
    assert not after["corrected"]
    C.undo(store, hidden.id)
    assert other in set(store.events_frame()["id"])
    with pytest.raises(StoreError, match="already undone"):
        C.undo(store, a.id)
    # An undone correction is not applied again by a re-ingest.
    ingest([SEED], store, resolver=resolver, progress=False, replace=True)
    assert same(row(store, eid)["fatalities"], before["fatalities"])


def test_bad_corrections_are_one_line_errors(tmp_path: Path, resolver: geo.Resolver) -> None:
    store = seeded(str(tmp_path / "s.sqlite"), resolver)
    eid = store.events_frame()["id"].iloc[0]
    for field, value, message in (("event_type", "Skirmish", "unknown event type"),
                                  ("event_type", "Battles/Duel", "unknown sub-type"),
                                  ("fatalities", -1, "cannot be negative"),
                                  ("colour", "red", "cannot correct")):
        with pytest.raises(StoreError, match=message):
            C.correct(store, eid, field, value)
    with pytest.raises(StoreError, match="no stored event"):
        C.correct(store, "0000", "actor1", "LNA")
    with pytest.raises(StoreError, match="not a point"):
        C.point_values(132.0, 13.0)
    assert C.corrections(store) == []  # nothing half-written


def run(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*MARSAD, *args, "--db", str(db)], capture_output=True, text=True, cwd=ROOT,
                          env={"PATH": "/usr/bin:/bin", "MARSAD_OFFLINE": "1", "PYTHONPATH": str(ROOT),
                               "HOME": str(db.parent)}, timeout=300)


def test_cli_correct_list_undo_and_export(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    assert run("ingest", str(SEED), "-q", db=db).returncode == 0
    rows = [json.loads(x) for x in run("export", "--no-link", db=db).stdout.splitlines()]
    eid = rows[0]["id"]
    done = run("correct", eid, "--point", "32.1,13.0", "--label", "the farm", "--killed", "2", "--who", "sara", db=db)
    assert done.returncode == 0, done.stderr
    assert "place" in done.stdout and "fatalities unknown -> 2" in done.stdout, done.stdout
    rows = {r["id"]: r for r in map(json.loads, run("export", "--no-link", db=db).stdout.splitlines())}
    assert (rows[eid]["location"], rows[eid]["geocoder"], rows[eid]["fatalities"], rows[eid]["corrected"]) == \
        ("the farm", "manual", 2, True)
    linked = [json.loads(x) for x in run("export", db=db).stdout.splitlines()]
    assert any(r["corrected"] for r in linked) and not all(r["corrected"] for r in linked)
    listing = run("correct", "--list", db=db).stdout.splitlines()
    assert len(listing) == 2 and all("sara" in line for line in listing)
    assert run("correct", "--undo", "2", db=db).returncode == 0
    bad = run("correct", eid, "--place", "Nowhereville", db=db)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "no gazetteer place" in bad.stderr
    bad = run("correct", eid, "--point", "north", db=db)
    assert bad.returncode == 2 and "not a point" in bad.stderr


def test_an_added_alias_is_used_from_then_on(tmp_path: Path, resolver: geo.Resolver) -> None:
    # A spelling no source has: before the alias the report's place is not found.
    text = "Clashes erupted in Ghryanville on Monday between two armed groups.\n"
    report = tmp_path / "r.txt"
    report.write_text(text, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    assert run("ingest", str(report), "--date", "2019-05-08", "-q", db=db).returncode == 0
    with Store(db) as s:
        assert s.events_frame()["location"].isna().all() or s.events_frame().empty
    added = run("alias", "Ghryanville", "Gharyan", db=db)
    assert added.returncode == 0, added.stderr
    assert run("ingest", str(report), "--date", "2019-05-08", "--replace", "-q", db=db).returncode == 0
    with Store(db) as s:
        assert list(s.events_frame()["location"]) == ["Gharyan"]
        assert C.aliases(s) == [("Ghryanville", "gharyan")]
    # The resolver itself, given the store's aliases.
    with Store(db) as s:
        assert C.resolver_for(s, resolver).resolve("Ghryanville").place.id == "gharyan"
    assert resolver.resolve("Ghryanville").place is None or resolver.resolve("Ghryanville").place.id != "gharyan"


def test_cli_split_keeps_two_events_apart_in_the_export(tmp_path: Path) -> None:
    pairs = json.loads((Path(__file__).parent / "fixtures" / "linking" / "pairs.json").read_text(encoding="utf-8"))
    ar, en = pairs["pairs"][0]
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "ar.txt").write_text(ar, encoding="utf-8")
    (tmp_path / "r" / "en.txt").write_text(en, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    assert run("ingest", str(tmp_path / "r"), "-q", db=db).returncode == 0
    linked = [json.loads(x) for x in run("export", db=db).stdout.splitlines()]
    assert [r["source_count"] for r in linked] == [2]
    a, b = (s["event_id"] for s in linked[0]["sources"])
    assert run("split", a, b, "--who", "sara", db=db).returncode == 0
    assert [r["source_count"] for r in map(json.loads, run("export", db=db).stdout.splitlines())] == [1, 1]
    assert "sara" in run("split", "--list", db=db).stdout
    assert run("split", a, b, "--undo", db=db).returncode == 0
    assert [r["source_count"] for r in map(json.loads, run("export", db=db).stdout.splitlines())] == [2]
    bad = run("split", a, "nope", db=db)
    assert bad.returncode == 1 and "no stored event" in bad.stderr
    # A merge links what the rules keep apart: the pair split, then merged again by hand.
    assert run("split", a, b, db=db).returncode == 0
    assert run("merge", a, b, "--who", "sara", db=db).returncode == 0
    assert [r["source_count"] for r in map(json.loads, run("export", db=db).stdout.splitlines())] == [2]
    assert "sara" in run("merge", "--list", db=db).stdout and run("split", "--list", db=db).stdout == ""
    assert run("merge", a, b, "--undo", db=db).returncode == 0
