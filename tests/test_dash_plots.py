"""The plots beside the map: what they count, their SVG/PNG exports, and in a real browser that
they follow the filters (read from the SVG the page's own button gives)."""
from __future__ import annotations

import io

import pandas as pd
import pytest

from dashboard import plots
from tests import browser


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return pd.DataFrame([e.to_dict() for _, evs in browser.sample_reports() for e in evs])


def test_over_time_counts_events_and_killed_per_week_and_type(events):
    table = plots.over_time(events, "fatalities", "event_type", bin="week")
    got = {(str(r.period.date()), r.group): r.fatalities for r in table.itertuples()}
    # The hand-made sample: Tripoli clash (5 killed) and Misrata strike in the week of 1 April,
    # the Sirte clash (2) in the week of 27 May, the Murzuq strike (8) in the week of 16 September.
    assert got[("2019-04-01", "Battles")] == 5
    assert got[("2019-05-27", "Battles")] == 2
    assert got[("2019-09-16", "Explosions/Remote violence")] == 8
    assert plots.over_time(events, "events", "event_type", bin="week")["events"].sum() == len(events)
    by_actor = plots.over_time(events, "events", "actor", bin="week")
    assert set(by_actor["group"]) == set(events["actor1"])
    with pytest.raises(ValueError):
        plots.over_time(events, "wounded")


def test_top_places_and_actor_pairs(events):
    places = plots.top_places(events)
    assert places.iloc[0]["place"] == "Murzuq · مرزق"  # one event each: most killed first
    assert places["events"].sum() == len(events)
    pairs = plots.actor_pairs(events)
    row = pairs[(pairs["actor1"] == "US forces") & (pairs["actor2"] == "ISIS")]
    assert row["events"].tolist() == [1]
    assert pairs["events"].sum() == len(events)
    assert (pairs["actor2"] == plots.NO_SECOND_ACTOR).sum() == 3
    assert plots.top_places(events.iloc[0:0]).empty and plots.actor_pairs(events.iloc[0:0]).empty


def test_only_the_most_frequent_actors_get_their_own_row():
    df = pd.DataFrame({"actor1": [f"A{i}" for i in range(30)] + ["A0"] * 5, "actor2": [None] * 35})
    pairs = plots.actor_pairs(df, n=5)
    assert len(set(pairs["actor1"]) - {plots.OTHER}) == 5 and plots.OTHER in set(pairs["actor1"])
    assert pairs["events"].sum() == 35


def test_svg_and_png_exports_carry_the_plot(events):
    from PIL import Image

    chart = plots.top_places_chart(plots.top_places(events), "filters: types: Battles")
    svg = plots.chart_svg(chart).decode("utf-8")
    assert svg.lstrip().startswith("<svg") and "Tripoli" in svg and "طرابلس" in svg and "types: Battles" in svg
    png = plots.chart_png(chart, scale=2)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.width > 600


@pytest.mark.browser
def test_in_the_browser_the_plots_follow_the_filters(tmp_path, chromium):
    from selenium.webdriver.common.by import By

    db = browser.sample_store(tmp_path / "marsad.sqlite")
    downloads = tmp_path / "downloads"
    downloads.mkdir()

    def places_svg(driver, query: str) -> str:
        for f in downloads.iterdir():
            f.unlink()
        browser.open_page(driver, query)
        def places_tab():
            return next((t for t in driver.find_elements(By.CSS_SELECTOR, "[role=tab]")
                         if t.text.strip() == "Places"), None)

        browser.click(driver, browser.wait_for(places_tab, 30, "the Places tab"))

        def shown_svg_buttons():
            return [b for b in driver.find_elements(By.CSS_SELECTOR, "button")
                    if b.is_displayed() and b.text.strip() == "SVG"]

        def switched() -> bool:
            # The tab is found afresh each time: a late rerun may draw the tabs again, and the
            # element clicked goes stale (the wait then saw only exceptions, once in CI). A click
            # that landed before the rerun is lost with it, so click again until it holds.
            tab = places_tab()
            if tab.get_attribute("aria-selected") != "true":
                browser.click(driver, tab)
                return False
            # Only its panel's SVG button shown: a button of the tab shown before could otherwise
            # be clicked, and export another chart.
            return len(shown_svg_buttons()) == 1

        browser.wait_for(switched, 30, "the Places tab's SVG button")
        button = shown_svg_buttons()[0]
        browser.click(driver, button)
        svg = browser.wait_for(lambda: next((f for f in downloads.iterdir() if f.suffix == ".svg"), None), 60,
                               "the SVG download")
        return svg.read_text(encoding="utf-8")

    with browser.AppServer(db) as app, browser.chromium_browser(1400, 1000) as driver:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        battles = places_svg(driver, app.url + "?type=Battles")
        assert "Tripoli" in battles and "Sirte" in battles
        assert "Benghazi" not in battles and "Murzuq" not in battles
        assert "types: Battles" in battles
        everything = places_svg(driver, app.url)
        assert all(p in everything for p in ("Tripoli", "Sirte", "Benghazi", "Murzuq", "Misrata"))
        assert "all events" in everything
        # The chart itself is drawn on the page too (Vega's own element).
        assert driver.find_elements(By.CSS_SELECTOR, "[data-testid=stVegaLiteChart]")
