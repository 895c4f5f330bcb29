"""Issue 9: the compare view matches the news's events with a dataset's where they tell one
happening and lists what each has that the other lacks."""
from __future__ import annotations

import pandas as pd

from dashboard.compare import compare, matched_table


def event(id_, report_id, source, day, type_, sub, lat, lon, place, actor1="LNA", killed=None):
    return dict(id=id_, report_id=report_id, report_source=source, event_date=pd.Timestamp(day),
                date_precision="day", event_type=type_, sub_event_type=sub, actor1=actor1, actor2=None,
                assoc_actors=[], location=place, place_id=None, latitude=lat, longitude=lon,
                geo_precision=1, fatalities=killed, evidence="", in_libya=True)


def frame() -> pd.DataFrame:
    return pd.DataFrame([
        # one air strike on Gharyan, told by a news report and by ACLED
        event("n1", "r1", "Libya Observer", "2019-06-26", "Explosions/Remote violence", "Air/drone strike",
              32.17, 13.02, "Gharyan", killed=3),
        event("a1", "acled:LBY1", "ACLED", "2019-06-26", "Explosions/Remote violence", "Air/drone strike",
              32.17, 13.01, "Gharyan", killed=3),
        # news only: clashes in Ain Zara the dataset lacks
        event("n2", "r2", "Al Wasat", "2019-06-27", "Battles", "Armed clash", 32.79, 13.23, "Ain Zara"),
        # ACLED only: the same day, another town
        event("a2", "acled:LBY2", "ACLED", "2019-06-27", "Battles", "Armed clash", 27.04, 14.43, "Sebha"),
        # UCDP is another dataset: left out of an ACLED comparison
        event("u1", "ucdp:9", "UCDP GED", "2019-06-26", "Battles", "Armed clash", 32.17, 13.02, "Gharyan"),
    ])


def test_matched_news_only_and_dataset_only():
    df = frame()
    c = compare(df, "ACLED")
    assert list(zip(c.matched["news_id"], c.matched["data_id"])) == [("n1", "a1")]
    assert list(c.news_only["id"]) == ["n2"]
    assert list(c.dataset_only["id"]) == ["a2"]
    assert c.agreement == 0.5
    side = matched_table(df, c)
    assert side.loc[0, "Place (news)"] == "Gharyan" and side.loc[0, "Place (ACLED)"] == "Gharyan"
    assert "same day" in side.loc[0, "Why they match"]


def test_a_dataset_with_no_news_beside_it_lists_everything_as_its_own():
    df = frame()
    c = compare(df[df["report_source"] != "Al Wasat"].iloc[1:], "ACLED")  # no news events left
    assert c.matched.empty and c.news_only.empty and sorted(c.dataset_only["id"]) == ["a1", "a2"]
    # UCDP's battle is no air strike: nothing of the news matches it.
    u = compare(df, "UCDP GED")
    assert u.matched.empty and u.dataset_only["id"].tolist() == ["u1"] and sorted(u.news_only["id"]) == ["n1", "n2"]


def test_the_page_filters_by_source_and_compares_with_acled(tmp_path, monkeypatch):
    """The seed report and ACLED's 54-row sample in one store, on the page (AppTest)."""
    from streamlit.testing.v1 import AppTest

    from conftest import SEED, shared_file
    from dashboard.filters import NEWS
    from events.ingest import ingest
    from events.store import Store
    from tests.test_app import APP, TIMEOUT

    sample = shared_file("acled_libya_2016_sample.csv")
    db = tmp_path / "marsad.sqlite"
    with Store(db) as s:
        assert ingest([SEED, sample], s, progress=False).ok
        n_acled = int((s.events_frame()["report_source"] == "ACLED").sum())
    monkeypatch.setenv("MARSAD_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update({"src": "ACLED"})
    at.run(timeout=TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    assert at.multiselect(key="f_sources").value == ["ACLED"]
    assert set(at.multiselect(key="f_sources").options) >= {NEWS, "ACLED"}
    assert f"Showing **{n_acled}**" in at.markdown[0].value
    # The compare view counts the dataset's rows whatever the source filter says.
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Only in ACLED"]) + int(metrics["Told by both"]) == n_acled
    assert int(metrics["Only in the news"]) >= 1
