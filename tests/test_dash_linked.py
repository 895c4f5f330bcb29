"""Issue 9 on the page: events that an Arabic and an English report tell of one happening are
one marker with its sources; an analyst's split keeps them apart from then on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.event_payload import events_payload
from dashboard.linked import collapse
from events import link_store
from events.ingest import ingest
from events.store import Store
from tests.test_app import APP, TIMEOUT

PAIRS = json.loads((Path(__file__).parent / "fixtures" / "linking" / "pairs.json").read_text(encoding="utf-8"))


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    """Two pairs of reports (Arabic and English of one happening each), undated files: each
    text gives its day in full."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for k, (ar, en) in enumerate(PAIRS["pairs"][:2]):
        (folder / f"{k}-ar.txt").write_text(ar, encoding="utf-8")
        (folder / f"{k}-en.txt").write_text(en, encoding="utf-8")
    path = tmp_path / "marsad.sqlite"
    with Store(path) as s:
        assert ingest([folder], s, progress=False).ok
        assert len(s.events_frame()) == 4
    return path


def test_one_row_per_happening_with_its_sources(db: Path) -> None:
    with Store(db) as s:
        df = s.events_frame()
    one = collapse(df)
    assert len(one) == 2 and list(one["source_count"]) == [2, 2]
    for srcs in one["sources"]:
        assert len(srcs) == 2 and {s["id"] for s in srcs} <= set(df["id"])
        assert any(any("\u0600" <= ch <= "\u06ff" for ch in s["evidence"]) for s in srcs)  # the Arabic telling
    assert all("same day" in w and "km apart" in w for w in one["link_why"]), list(one["link_why"])
    payload = events_payload(one, detail="full")
    assert "nsrc" in payload and len(payload["sources"]) == 2
    # Split: the pair's two events are apart from then on.
    a, b = one["sources"].iloc[0][0]["id"], one["sources"].iloc[0][1]["id"]
    with Store(db) as s:
        link_store.split(s, a, [b], by="test")
        never = [n.as_row() for n in link_store.never_links(s)]
    assert len(collapse(df, never)) == 3
    with Store(db) as s:
        assert link_store.unsplit(s, a, b) and link_store.never_links(s) == []


def test_the_page_shows_happenings_or_events(db: Path, monkeypatch) -> None:
    monkeypatch.setenv("MARSAD_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run(timeout=TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    assert "Showing **2** happenings (4 events" in at.markdown[0].value
    assert list(at.dataframe[0].value["Reports"]) == [2, 2]
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params["link"] = "events"
    at.run(timeout=TIMEOUT)
    assert not at.exception
    assert "Showing **4**" in at.markdown[0].value and at.radio(key="m_link").value == "events"


def test_a_merge_links_what_the_rules_kept_apart_and_shows_each_figure(db: Path) -> None:
    with Store(db) as s:
        df = s.events_frame()
    one = collapse(df)
    a = one["sources"].iloc[0][0]["id"]
    b = one["sources"].iloc[1][0]["id"]  # of the other happening
    with Store(db) as s:
        link_store.merge(s, a, [b], by="test")
        merged = [n.as_row() for n in link_store.merged_links(s)]
        assert link_store.never_links(s) == []
    # The analyst's pair is linked; complete linkage keeps the two groups' others apart.
    got = collapse(df, merged_rows=merged)
    joined = [srcs for srcs in got["sources"] if isinstance(srcs, list) and {a, b} <= {x["id"] for x in srcs}]
    assert len(joined) == 1
    with Store(db) as s:
        link_store.split(s, a, [b])  # a split replaces the merge
        assert link_store.merged_links(s) == [] and len(link_store.never_links(s)) == 1
