"""Issue 8: the page on a store too large for pandas (dashboard/big_page.py, big_store.py) answers
the sidebar's filters from the database. Its facets, timeline and exports agree with the pandas
page's on the same synthetic events (labelled SYNTHETIC), and in a real browser the map draws
grid counts that add up to the filtered count, then the events themselves once a filter keeps
few enough."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from dashboard import big_store as big, timeline
from dashboard.filters import Filters
from dashboard.state import facets_of
from events import store_query as Q
from events.store import Store
from events.store_schema import event_row, events_table, report_row, reports_table
from tests import browser
from tests.browser import driver  # noqa: F401 - Chromium on this module's app
from test_store_query import pairs

N = 24_000  # more than big_store.MAP_EVENTS: the map starts as grid counts


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    s = Store(path)
    made = pairs(N, seed=11)
    with s.engine.begin() as conn:  # in bulk, as bench_scale builds its stores
        conn.execute(reports_table.insert(), [report_row(r) for r, _ in made])
        conn.execute(events_table.insert(), [event_row(e) for _, evs in made for e in evs])
    s.close()
    return path


@pytest.fixture(scope="module")
def app(store, chromium):
    old = os.environ.get("MARSAD_SQL_FROM")
    os.environ["MARSAD_SQL_FROM"] = "1000"  # this store counts as large
    try:
        with browser.AppServer(store) as server:
            yield server
    finally:
        if old is None:
            os.environ.pop("MARSAD_SQL_FROM", None)
        else:
            os.environ["MARSAD_SQL_FROM"] = old


def test_the_sidebar_offers_what_the_pandas_page_offers(store):
    with Store(store) as s:
        assert big.facets_from_counts(Q.facet_counts(s)) == facets_of(s.events_frame())


def test_the_timeline_and_the_exports_agree_with_the_pandas_page(store, tmp_path):
    f = Filters(event_types=("Battles", "Protests"), date_from=pd.Timestamp("2016-01-01").date())
    with Store(store) as s:
        shown = f.apply(s.events_frame())
        q = f.to_query()
        days = pd.DataFrame(Q.day_counts(s, q), columns=["day", "event_type", "events", "fatalities"])
        for bin_size in ("day", "week"):
            want = timeline.histogram(shown, bin_size).reset_index(drop=True)
            got = big.histogram(days, bin_size).reset_index(drop=True)
            pd.testing.assert_frame_equal(got, want, check_dtype=False)
        with open(big.csv_file(s, q), encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert sorted(r["id"] for r in rows) == sorted(shown["id"])
        with open(big.geojson_file(s, q), encoding="utf-8") as fh:
            features = json.load(fh)["features"]
        placed = shown[shown["latitude"].notna()]
        assert sorted(x["properties"]["id"] for x in features) == sorted(placed["id"])


def test_grid_cells_add_up_and_get_finer_with_zoom(store):
    with Store(store) as s:
        q = Filters().to_query()
        coarse = big.cells(Q.grid(s, q, big.cell_degrees(5)))
        fine = big.cells(Q.grid(s, q, big.cell_degrees(9)))
        frame = Filters().apply(s.events_frame())
    n_placed = int(frame["latitude"].notna().sum())
    assert sum(c["n"] for c in coarse) == sum(c["n"] for c in fine) == n_placed
    assert len(fine) > len(coarse)
    # One marker per cell, whatever types it holds: no two markers of one cell.
    with Store(store) as s:
        rows = Q.grid(s, Filters().to_query(), big.cell_degrees(5))
    assert len(coarse) == len({key for key, *_ in rows}) < len(rows)


CELLS_JS = """
let n = 0, k = 0;
for (const p of document.querySelectorAll('path.marsad-cell')) {
  k += 1;
  n += parseInt(p.getAttribute('data-count') || '0', 10);
}
return [k, n];
"""


@pytest.mark.browser
def test_the_large_page_draws_counts_then_events_and_filters_in_the_database(app, driver, store):
    with Store(store) as s:
        frame = s.events_frame()
    everything = Filters().apply(frame)
    browser.open_page(driver, app.url, timeout=120)
    main = driver.find_element("css selector", "[data-testid=stMain]")
    assert "A large store" in main.text and f"{len(everything):,}" in main.text
    with browser.in_map_frame(driver, timeout=120):
        k, n = browser.wait_for(lambda: (lambda v: v if v[0] else None)(driver.execute_script(CELLS_JS)), 60,
                                "the grid's cells")
    assert k > 5 and n == int(everything["latitude"].notna().sum())
    # A filter from the link keeps few enough events: the map draws each of them.
    few = Filters(event_types=("Riots",), admin1=("Tripoli",))
    expected = few.apply(frame)
    assert 0 < len(expected) < big.MAP_EVENTS
    browser.open_page(driver, f"{app.url}?type=Riots&admin1=Tripoli", timeout=120)
    assert browser.events_drawn(driver, expected=int(expected["latitude"].notna().sum()), timeout=120)
    shown_line = driver.find_element("css selector", "[data-testid=stMain]").text
    assert f"{len(expected):,}" in shown_line and "types: Riots" in shown_line
