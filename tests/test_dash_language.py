"""Issue 10: the interface in Arabic (right to left) and English, switched on the page and kept in
the URL with the view and the event, so a copied link reopens what its sender saw."""
from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.i18n import AR, direction_css, t
from tests import browser
from tests.browser import app, driver  # noqa: F401 - the page served on this module's `store`


def test_the_map_carries_its_popup_words_in_arabic_only():
    from dashboard.mapview import build_map
    from dashboard.synthetic import synthetic_events

    df = synthetic_events(5, seed=1)
    assert build_map(df, lang="ar").marsad_events.data["words"]["Date"] == AR["Date"]
    assert "words" not in build_map(df).marsad_events.data


def test_labels_fall_back_to_english():
    assert t("Filters", "ar") == AR["Filters"] and t("Filters", "en") == "Filters"
    assert t("A label nobody translated", "ar") == "A label nobody translated"
    assert "rtl" in direction_css("ar") and direction_css("en") == ""


def test_the_legends_and_the_plots_speak_the_pages_language():
    from dashboard import choropleth, plots
    from dashboard.mapview import legend_html
    from dashboard.synthetic import synthetic_events

    ar, en = legend_html(lang="ar"), legend_html()
    assert AR["Battles"] in ar and "rtl" in ar and "Battles" in en and AR["Battles"] not in en
    assert AR["Districts: Natural Earth (older 22-district layout)"] in choropleth.legend_html("events", [1, 5], 2, "ar")
    df = synthetic_events(40, seed=3)
    chart = plots.over_time_chart(plots.over_time(df, "events", "event_type"), "events", "event_type", lang="ar")
    spec = chart.to_json()
    assert AR["{measure} over time, by {grouping}"].format(measure=AR["Events"], grouping=AR["Event type"]) in spec
    assert AR["Battles"] in spec and '"Battles"' not in spec
    assert AR["Places with most events"] in plots.top_places_chart(plots.top_places(df), lang="ar").to_json()
    assert AR["Who against whom (events)"] in plots.actor_pairs_chart(plots.actor_pairs(df), lang="ar").to_json()
    assert "Places with most events" in plots.top_places_chart(plots.top_places(df)).to_json()
    from dashboard import mapview, timeline

    bars = timeline.chart(timeline.histogram(df, "week"), "week", dict(mapview.EVENT_TYPE_COLOURS), lang="ar").to_json()
    assert AR["Week (from Monday)"] in bars and AR["Battles"] in bars and '"Battles"' not in bars


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return browser.sample_store(tmp_path_factory.mktemp("lang") / "marsad.sqlite")


@pytest.mark.browser
def test_arabic_is_right_to_left_and_a_link_reopens_event_view_and_language(app, driver, store):
    from selenium.webdriver.common.by import By

    from events.store import Store

    with Store(store) as s:
        eid = s.events_frame()["id"].iloc[0]
    browser.open_page(driver, f"{app.url}?lang=ar&view=districts&event={eid}")
    main = driver.find_element(By.CSS_SELECTOR, "[data-testid=stMain]")
    side = driver.find_element(By.CSS_SELECTOR, "[data-testid=stSidebar]")
    browser.wait_for(lambda: driver.execute_script(
        "return getComputedStyle(arguments[0]).direction", main) == "rtl", 30, "a right-to-left page")
    assert driver.execute_script("return getComputedStyle(arguments[0]).direction", side) == "rtl"
    assert AR["Filters"] in side.text and AR["Dates"] in side.text
    assert AR["Snapshot PNG of this view"] in main.text
    assert f"Event {eid}" in main.text  # the link's event, in the detail panel
    # The plots' tabs and the forms speak Arabic too, and so does the districts' legend.
    for label in ("Over time", "Who against whom", "Correct an event", "Add a report"):
        assert AR[label] in main.text, label
    with browser.in_map_frame(driver):
        legend = browser.wait_for(lambda: driver.execute_script(
            "const l = document.querySelector('.marsad-legend'); return l && l.innerText"), 60, "the legend")
    assert AR["{metric} per district"].format(metric=AR["Events"]) in legend
    # In the events view, its popup (opened by the link) speaks Arabic too.
    browser.open_page(driver, f"{app.url}?lang=ar&event={eid}")
    with browser.in_map_frame(driver):
        popup = browser.wait_for(lambda: driver.execute_script(
            "const p = document.querySelector('.marsad-popup'); return p && p.innerText"), 60, "the event's popup")
    assert AR["Date"] in popup and AR["Killed"] in popup
    with browser.in_map_frame(driver):
        legend = driver.execute_script("return document.querySelector('.marsad-legend').innerText")
    assert AR["Event type"] in legend and AR["Battles"] in legend and "Battles" not in legend
    browser.open_page(driver, f"{app.url}?lang=ar&view=districts&event={eid}")
    side = driver.find_element(By.CSS_SELECTOR, "[data-testid=stSidebar]")
    # The link holds all three, as the page wrote it back.
    url = driver.current_url
    assert "lang=ar" in url and "view=districts" in url and f"event={eid}" in url
    # Switched to English on the page: left to right again, and the URL says so.
    english = browser.wait_for(lambda: next((l for l in side.find_elements(By.CSS_SELECTOR, "label")
                                             if l.text.strip() == "English"), None), 30, "the English switch")
    browser.click(driver, english)
    browser.wait_for(lambda: driver.execute_script(
        "return getComputedStyle(arguments[0]).direction",
        driver.find_element(By.CSS_SELECTOR, "[data-testid=stMain]")) == "ltr", 30, "a left-to-right page")
    browser.wait_for(lambda: "lang=ar" not in driver.current_url, 30, "the URL to drop lang=ar")
    assert "Filters" in driver.find_element(By.CSS_SELECTOR, "[data-testid=stSidebar]").text
