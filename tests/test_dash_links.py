"""A link opens what its sender saw: the chosen event (its popup open), the map's centre and
zoom, the view and the filters. In a real headless Chromium."""
from __future__ import annotations

import urllib.parse

import pytest

from tests import browser
from tests.browser import app, driver  # noqa: F401 - the page served on this module's `store`

pytestmark = pytest.mark.browser

MAP_STATE_JS = """
const c = document.querySelector('.leaflet-container');
const layer = window.marsadClusters;
if (!c || !layer || !layer._map) return null;
const m = layer._map, popup = document.querySelector('.marsad-popup');
const link = document.querySelector('.marsad-popup a.marsad-event-link');
return {selected: c.getAttribute('data-marsad-selected'), popup: popup ? popup.textContent : null,
        link: link ? link.href : null, zoom: m.getZoom(), lat: m.getCenter().lat, lng: m.getCenter().lng};
"""


def map_state(driver, until, what: str, timeout: float = 60):
    def check():
        with browser.in_map_frame(driver):
            s = driver.execute_script(MAP_STATE_JS)
        return s if s and until(s) else None
    return browser.wait_for(check, timeout, what)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return browser.sample_store(tmp_path_factory.mktemp("links") / "marsad.sqlite")


def battles(store):
    from events.store import Store

    with Store(store) as s:
        df = s.events_frame()
    return df[df["event_type"] == "Battles"]


def test_a_link_with_an_event_opens_its_popup_and_its_own_link_reopens_it(app, driver, store):
    rows = battles(store)
    event = rows.sort_values("location")["id"].iloc[-1]  # Tripoli's clash, not the first drawn
    browser.open_page(driver, app.url + f"?type=Battles&event={event}")
    state = map_state(driver, lambda s: s["popup"] and event in s["popup"], "the event's popup")
    assert state["selected"] == event
    assert "Battles" in state["popup"]
    # The popup's own link carries the filter and the event; opened afresh, it shows the same.
    query = urllib.parse.parse_qs(urllib.parse.urlparse(state["link"]).query)
    assert query["event"] == [event] and query["type"] == ["Battles"]
    driver.get("about:blank")
    browser.open_page(driver, state["link"])
    again = map_state(driver, lambda s: s["popup"] and event in s["popup"], "the event's popup again")
    assert again["selected"] == event
    assert browser.events_drawn(driver, expected=len(rows)) == len(rows)
    assert event in browser.status_line(driver) or "open on the map" in driver.page_source


def test_moving_the_map_puts_centre_and_zoom_in_the_url_and_the_link_restores_them(app, driver):
    browser.open_page(driver, app.url + "?view=points")
    browser.events_drawn(driver)
    with browser.in_map_frame(driver):
        driver.execute_script("window.marsadClusters._map.setView([31.2, 16.6], 9, {animate: false});")
    url = browser.wait_for(lambda: "at=31.2000%2C16.6000%2C9" in driver.current_url and driver.current_url, 30,
                           "the map's view in the page's URL")
    driver.get("about:blank")
    browser.open_page(driver, url)
    state = map_state(driver, lambda s: s["zoom"] == 9, "the linked zoom")
    assert abs(state["lat"] - 31.2) < 0.01 and abs(state["lng"] - 16.6) < 0.01
