"""Within N km of a place named in Arabic or English: distances, the resolver's answer, the URL,
and the page in a real browser."""
from __future__ import annotations

import pandas as pd
import pytest

import geo
from dashboard import near
from dashboard.filters import Filters
from tests import browser

# Hand-made points (not data): Tripoli, Misrata, Benghazi, and one without coordinates.
POINTS = pd.DataFrame({"latitude": [32.8872, 32.3754, 32.1167, None],
                       "longitude": [13.1913, 15.0925, 20.0667, None]})


@pytest.fixture(scope="module")
def resolver():
    return geo.default_resolver()


def test_great_circle_radius_keeps_what_is_inside():
    # Tripoli-Misrata is about 187 km on the great circle; Benghazi is about 645 km away.
    around_tripoli = Filters(near="Tripoli", near_point=(32.8872, 13.1913), radius_km=180)
    assert around_tripoli.mask(POINTS).tolist() == [True, False, False, False]
    wider = around_tripoli.replace(radius_km=195)
    assert wider.mask(POINTS).tolist() == [True, True, False, False]
    # A name the page could not settle keeps nothing, rather than everything.
    assert not Filters(near="Atlantis").mask(POINTS).any()


@pytest.mark.parametrize("name", ["Gharyan", "غريان", "Gharian", "غريان "])
def test_a_place_named_in_arabic_or_english_is_settled_by_the_resolver(resolver, name):
    f = near.locate(Filters(near=name, radius_km=20), resolver)
    assert f.near_point is not None and abs(f.near_point[0] - 32.17) < 0.1 and abs(f.near_point[1] - 13.02) < 0.1
    assert "Gharyan" in f.describe() and "within 20 km" in f.describe()


def test_an_unknown_place_is_one_line_saying_what_to_do(resolver):
    with pytest.raises(near.PlaceNotFound) as err:
        near.locate(Filters(near="Qqqzzxx"), resolver)
    assert "Qqqzzxx" in str(err.value) and "\n" not in str(err.value)
    assert near.locate(Filters(), resolver) == Filters()


def test_the_place_and_radius_travel_in_the_url():
    f = Filters(near="غريان", radius_km=35)
    params = f.to_query_params()
    assert params == {"near": "غريان", "km": "35"}
    assert Filters.from_query_params(params) == f
    assert Filters.from_query_params({"near": "Gharyan"}).radius_km == 20
    assert Filters.from_query_params({"near": "x", "km": "1e9"}).radius_km == 500
    assert Filters.from_query_params({"near": "x", "km": "nan"}).radius_km == 20


@pytest.mark.browser
def test_in_the_browser_a_link_with_a_place_and_radius_shows_only_the_events_near_it(tmp_path, chromium):
    db = browser.sample_store(tmp_path / "marsad.sqlite")
    with browser.AppServer(db) as app, browser.chromium_browser(1400, 1000) as driver:
        # Tripoli's events only (Misrata is ~187 km away), named in Arabic.
        browser.open_page(driver, app.url + "?near=%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3&km=50")
        assert browser.events_drawn(driver, expected=1) == 1
        status = browser.status_line(driver)
        assert "within 50 km of Tripoli" in status and "Showing 1" in status
        # Wider, in English with another spelling: Tripoli and Misrata.
        browser.open_page(driver, app.url + "?near=Misurata&km=200")
        assert browser.events_drawn(driver, expected=3) == 3
        assert browser.table_count(driver) == 3
        # A name nobody knows: one line in the sidebar, nothing shown.
        browser.open_page(driver, app.url + "?near=Qqqzzxx")
        assert "No place called “Qqqzzxx”" in driver.page_source
        assert browser.table_count(driver) == 0
