"""The page in a real headless Chromium with no route to the internet: the map draws from local
assets, a filter in the URL changes what is drawn, the PNG snapshot is a stamped map, and a
report carrying markup shows it as text and runs nothing."""
from __future__ import annotations

import io
import urllib.request
from pathlib import Path

import pytest

from tests import browser
from tests.browser import app, driver  # noqa: F401 - the page served on this module's `store`

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The seeds/ reports ingested, as `marsad demo` does, plus the hand-made test reports."""
    from events.ingest import ingest
    from events.store import Store

    path = browser.sample_store(tmp_path_factory.mktemp("browser") / "marsad.sqlite")
    with Store(path) as s:
        summary = ingest([browser.ROOT / "seeds"], s, progress=False)
    assert summary.ok, summary.line()
    return path


def located_events(store: Path, **filters) -> int:
    from dashboard.filters import Filters
    from events.store import Store

    with Store(store) as s:
        df = Filters(**filters).apply(s.events_frame())
    return int(df["latitude"].notna().sum())


def test_map_renders_from_local_assets(app, driver, store):
    driver.get_log("performance")  # start the request log here
    browser.open_page(driver, app.url)
    drawn = browser.events_drawn(driver, expected=located_events(store))
    assert drawn == located_events(store)
    urls = browser.requested_urls(driver)
    assert any("leaflet" in u.lower() for u in urls) or browser.leaflet_inline(driver), \
        "Leaflet was neither requested locally nor inlined"
    assert browser.external(urls) == [], "the page tried to reach the internet"
    failed = [m for m in browser.console_errors(driver) if "net::" in m]
    assert failed == [], failed


def test_filter_in_the_url_changes_what_the_map_shows(app, driver, store):
    everything = located_events(store)
    battles = located_events(store, event_types=("Battles",))
    assert 0 < battles < everything
    browser.open_page(driver, app.url + "?type=Battles")
    assert browser.events_drawn(driver, expected=battles) == battles
    status = browser.status_line(driver)
    assert f"Showing {browser.table_count(driver)}" in status and "types: Battles" in status
    # And back: the whole set again without the parameter.
    browser.open_page(driver, app.url)
    assert browser.events_drawn(driver, expected=everything) == everything


def test_png_snapshot_button_gives_a_stamped_map(app, driver):
    from PIL import Image, ImageStat

    browser.open_page(driver, app.url + "?type=Battles")
    browser.events_drawn(driver)
    browser.click_button(driver, "Snapshot PNG of this view")
    img = browser.wait_for(lambda: driver.find_element(
        "css selector", "[data-testid=stImage] img"), 120, "the snapshot image")
    src = img.get_attribute("src")
    with urllib.request.urlopen(src, timeout=10) as resp:
        png = resp.read()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(png)).convert("RGB")  # the page's preview, scaled down
    assert max(ImageStat.Stat(image).stddev) > 10
    assert browser.find_button(driver, "Download the PNG") is not None


def test_report_with_markup_shows_it_as_text_and_runs_nothing(app, driver):
    # Only the hand-made report with markup has an event in Sirte: it comes first in the picker.
    browser.open_page(driver, app.url + "?q=Sirte")
    report = browser.wait_for(lambda: driver.find_element("css selector", ".marsad-report"), 60,
                              "the report view")
    assert "<script>window.__pwned=1</script>" in report.text
    assert '<img src=x onerror="window.__pwned=2">' in report.text
    browser.events_drawn(driver)  # the map (whose popup holds the same text) is drawn too
    assert browser.open_every_popup(driver) >= 1  # every event's popup put into the map's page
    with browser.in_map_frame(driver):
        popups = driver.find_element("css selector", "#marsad-all-popups").text
    assert "<script>window.__pwned=1</script>" in popups
    assert browser.pwned_anywhere(driver) == []


def test_exports_download_from_the_page_and_the_html_map_works_offline(app, driver, store, tmp_path):
    import csv
    import json

    battles = located_events(store, event_types=("Battles",))
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    browser.open_page(driver, app.url + "?type=Battles")
    browser.events_drawn(driver, expected=battles)
    files = {}
    for label, suffix in (("CSV of the events", ".csv"), ("GeoJSON of the events", ".geojson"),
                          ("Map as HTML (works offline)", ".html")):
        browser.click_button(driver, label)
        files[suffix] = browser.wait_for(
            lambda: next((f for f in tmp_path.iterdir() if f.suffix == suffix), None), 60, f"the {suffix} download")
    rows = list(csv.DictReader(files[".csv"].read_text(encoding="utf-8-sig").splitlines()))
    assert rows and {r["event_type"] for r in rows} == {"Battles"}
    doc = json.loads(files[".geojson"].read_text(encoding="utf-8"))
    assert len(doc["features"]) == len(rows)
    # The HTML map, opened from the file with no network, draws the same events.
    driver.get_log("performance")
    driver.get(files[".html"].as_uri())
    drawn = browser.wait_for(lambda: driver.execute_script(browser.MARKS_JS) == battles and battles, 30,
                             "the events in the downloaded map")
    assert drawn == battles
    assert "Marsad" in driver.find_element("css selector", "#marsad-stamp").text
    assert browser.external(browser.requested_urls(driver)) == []


def test_a_file_over_the_upload_limit_is_refused_with_a_message_naming_the_limit(app, driver, tmp_path):
    from selenium.webdriver.common.by import By

    from dashboard.add_report import UPLOAD_MAX_BYTES, UPLOAD_MAX_MB

    big = tmp_path / "huge-report.txt"
    big.write_bytes(b"Clashes in Sirte. " * (UPLOAD_MAX_BYTES // 18 + 1000))
    browser.open_page(driver, app.url)
    browser.click(driver, browser.wait_for(lambda: driver.find_element(By.XPATH, "//summary[contains(., 'Add a report')]"),
                                           30, "the 'Add a report' expander"))
    upload = browser.wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "input[type=file]"), 30, "the file box")
    upload.send_keys(str(big))
    # Refused in the browser (Streamlit's own message), or, where Streamlit cannot, by the page's
    # check on Extract: either way one line that names the limit.
    def refused() -> str | None:
        text = driver.find_element(By.CSS_SELECTOR, "[data-testid=stMain]").text
        return next((line for line in text.splitlines() if f"{UPLOAD_MAX_MB}" in line and "MB" in line
                     and ("smaller" in line or "up to" in line) and "…or a file" not in line), None)
    try:
        message = browser.wait_for(refused, 10, "Streamlit's own refusal")
    except AssertionError:  # a Streamlit without a per-widget limit: the server's check says it
        browser.click_button(driver, "Extract")
        message = browser.wait_for(refused, 30, "a message naming the upload limit")
    print("upload refused:", message)
    assert str(UPLOAD_MAX_MB) in message
    browser.wait_idle(driver)
    assert "Store" not in [b.text.strip() for b in driver.find_elements(By.CSS_SELECTOR, "button")]
