"""dashboard.offline: maps that need nothing from the internet — no CDN URL in the page, local
files for st_folium, and a real headless Chromium drawing a standalone page with no network."""
from __future__ import annotations

import json
import re
import time

import folium
import folium.plugins
import pytest

from dashboard import basemap, event_payload, mapview, offline
from dashboard.synthetic import synthetic_events

CDN_WORDS = ("cdn", "jsdelivr", "unpkg", "bootstrapcdn", "googleapis", "cloudflare", "code.jquery.com")
URL = re.compile(r"""(?:https?:)?//[^\s"'<>()\\]+""", re.I)


def cdn_urls(page: str) -> list[str]:
    return [u for u in URL.findall(page) if any(w in u.lower() for w in CDN_WORDS)]


def test_plain_folium_would_use_cdns():
    # the premise: without dashboard.offline the page loads from public CDNs
    page = mapview.build_map(synthetic_events(20)).get_root().render()
    assert cdn_urls(page)


def test_standalone_page_names_no_cdn():
    page = offline.standalone_html(mapview.build_map(synthetic_events(300, seed=1)))
    assert cdn_urls(page) == []
    assert offline.external_urls(page) == []
    assert "<script src=" not in page and '<link rel="stylesheet"' not in page
    assert "L.markerClusterGroup" in page and "Leaflet" in page
    assert "url(images/" not in page  # Leaflet's control images inlined as data: URIs
    assert "bootstrap" not in page.lower() and "awesome-markers" not in page


def test_standalone_leaves_the_map_alone():
    m = mapview.build_map(synthetic_events(10))
    before = {id(e): (list(e.default_js), list(e.default_css)) for e in offline._elements_with_assets(m)}
    offline.standalone_html(m)
    after = {id(e): (list(e.default_js), list(e.default_css)) for e in offline._elements_with_assets(m)}
    assert before == after
    assert folium.Map.default_js[0][1].startswith("https://")  # folium's own lists untouched


def test_needed_assets_are_only_what_the_map_uses():
    names = [a.name for a in offline.needed_assets(mapview.build_map(synthetic_events(10)))]
    assert names[0] == "leaflet"
    assert {"leaflet", "leaflet_css", "markerclusterjs", "markerclustercss"} <= set(names)
    assert not set(names) & offline.UNUSED


def test_localise_points_at_static_files(tmp_path):
    m = offline.localise(mapview.build_map(synthetic_events(10)))
    links = [url for e in offline._elements_with_assets(m) for _, url in e.default_js + e.default_css]
    assert links and all(u.startswith(offline.STATIC_URL + "/vendor/") for u in links)
    for url in links:
        assert (offline.STATIC_DIR / url[len(offline.STATIC_URL) + 1:]).is_file(), url
    page = m.get_root().render()
    assert cdn_urls(page) == []
    # what streamlit-folium hands its frame is what it collects from default_js/default_css
    assert not any("bootstrap" in u or "awesome" in u for u in links)
    assert folium.Map.default_css[0][1].startswith("https://")


def test_st_folium_header_and_script_name_no_cdn():
    import streamlit_folium as sf

    m = offline.localise(mapview.build_map(synthetic_events(50)), copy=False)
    m.get_root().render()
    assert cdn_urls(sf._get_header(m)) == []
    assert cdn_urls(sf._get_map_string(m)) == []


def test_ensure_static_assets_copies_from_xstatic(tmp_path):
    vendor = offline.ensure_static_assets(tmp_path)
    for asset in offline.ASSETS.values():
        assert (vendor / asset.target).stat().st_size == asset.source().stat().st_size
    assert (vendor / "leaflet" / "images" / "layers.png").is_file()
    offline.ensure_static_assets(tmp_path)  # second time: nothing to do, no error


def test_unknown_asset_is_named_not_fetched():
    m = mapview.build_map(synthetic_events(5))
    folium.plugins.Fullscreen().add_to(m)
    with pytest.raises(offline.OfflineAssetError, match="Fullscreen.*no local copy"):
        offline.standalone_html(m)
    with pytest.raises(offline.OfflineAssetError):
        offline.localise(m, copy=False)


def test_basemap_data_is_small_and_local():
    size = basemap.BASEMAP_PATH.stat().st_size
    assert size < 100_000
    outlines = basemap.load_outlines()
    roles = {f["properties"]["name"]: f["properties"]["role"] for f in outlines["features"]}
    assert roles["Libya"] == "libya" and roles["Egypt"] == "neighbour" and roles["Tunisia"] == "neighbour"
    labels = basemap.gazetteer_labels()
    assert len(labels["districts"]) >= 20 and labels["cities"]
    lats = [p[0] for p in labels["districts"]]
    assert 19 < min(lats) and max(lats) < 34


def test_place_names_ranked_by_size_and_isolation():
    ranked = basemap.ranked_places()
    names = [p[2] for p in ranked]
    assert names[0] == "Tripoli"
    top = set(names[:12])
    assert {"Benghazi", "Misrata", "Sabha", "Sirte", "Tobruk", "Kufra"} <= top  # the country view
    # a suburb never outranks the place it is part of, however many people it has
    assert names.index("Kufra") < names.index("Al-Taj")
    assert names.index("Janzour") > 30
    assert all(p[4] in ("city", "town") for p in ranked) and len(ranked) == len(set(map(tuple, ranked)))


# ---------------------------------------------------------------- in a real browser

def _driver(chromium):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = chromium
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(binary)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1100,800",
                # no route off the machine: every host name fails to resolve
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return webdriver.Chrome(service=Service(str(driver_path)), options=opts)


def _requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _wait(driver, js: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    value = None
    while time.monotonic() < deadline:
        value = driver.execute_script(js)
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for: {js} (last {value!r})")


DRAWN_JS = """
const c = document.querySelector('.leaflet-container');
if (!c || !window.marsadClusters) return 0;
let n = c.querySelectorAll('path.marsad-event').length;
for (const k of c.querySelectorAll('.marsad-cluster')) n += parseInt(k.textContent, 10) || 0;
return n;
"""


@pytest.mark.browser
def test_standalone_page_renders_offline_in_chromium(chromium, tmp_path):
    df = synthetic_events(150, seed=5, unplaced_share=0.0)
    df.loc[0, "evidence"] = 'قصف <img src=x onerror="window.__pwned=1"> على المطار'
    df.loc[0, "report_title"] = "<script>window.__pwned=2</script>Title"
    df.loc[0, "report_url"] = "javascript:window.__pwned=3"
    df.loc[1, "report_url"] = "https://example.org/report?a=1&b=2"
    page = tmp_path / "map.html"
    page.write_text(offline.standalone_html(mapview.build_map(df)), encoding="utf-8")

    driver = _driver(chromium)
    try:
        driver.get(page.as_uri())
        assert _wait(driver, "return document.querySelectorAll('.leaflet-container').length") == 1
        # every event is drawn, as a marker or inside a cluster
        deadline = time.monotonic() + 30
        drawn = 0
        while time.monotonic() < deadline:
            drawn = driver.execute_script(DRAWN_JS)
            if drawn == 150:
                break
            time.sleep(0.3)
        assert drawn == 150
        assert driver.execute_script("return document.querySelector('.leaflet-container').dataset.marsadEvents") == "150"
        assert driver.execute_script("return document.querySelectorAll('.marsad-label').length") > 20  # basemap
        assert driver.execute_script("return document.querySelectorAll('.marsad-legend').length") == 1

        # open the hostile event's popup the way a click does
        driver.execute_script(
            "const m = window.marsadEvents.getLayers().find(l => l.feature.properties.i === 0);"
            "window.marsadClusters.fire('click', {layer: m});")
        content = _wait(driver, "const p = document.querySelector('.leaflet-popup-content'); return p && p.innerHTML;")
        text = driver.execute_script("return document.querySelector('.leaflet-popup-content').textContent")
        assert '<img src=x onerror="window.__pwned=1">' in text  # shown as text
        assert "<script>window.__pwned=2</script>Title" in text
        assert driver.execute_script(
            "return document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content script').length") == 0
        assert driver.execute_script(
            "return document.querySelectorAll('.leaflet-popup-content a').length") == 0  # javascript: is no link
        quote = driver.execute_script(
            "const q = document.querySelector('.leaflet-popup-content blockquote'); return [q.dir, q.lang]")
        assert quote == ["rtl", "ar"]
        assert "Killed" in text and "Located by" in text
        driver.execute_script(
            "const m = window.marsadEvents.getLayers().find(l => l.feature.properties.i === 1);"
            "window.marsadClusters.fire('click', {layer: m});")
        href = _wait(driver, "const a = document.querySelector('.leaflet-popup-content a'); return a && a.href")
        assert href == "https://example.org/report?a=1&b=2"
        assert driver.execute_script("return window.__pwned === undefined")
        assert content

        requests = _requests(driver)
        outside = [u for u in requests if not u.startswith(("file:", "data:", "about:", "chrome:", "blob:"))]
        assert outside == [], f"requests left the machine: {outside}"
        errors = [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        assert errors == [], errors
    finally:
        driver.quit()


VISIBLE_LABELS_JS = """
return Array.from(document.querySelectorAll('.marsad-label > div'))
  .filter(b => b.style.display !== 'none')
  .map(b => { const r = b.getBoundingClientRect();
              return [b.firstChild.textContent, r.left, r.top, r.right, r.bottom,
                      b.parentElement.classList.contains('district')]; });
"""
RINGS_JS = """
const n = {near: 0, region: 0};
window.marsadAreas.eachLayer(band => band.eachLayer(c => {
  if (c.options.stroke) n[c.getRadius() === arguments[0] ? 'region' : 'near']++; }));
return n;
"""
ZOOM_JS = """
const m = Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k])[0];
m.setView(arguments[0], arguments[1], {animate: false});
return m.getZoom();
"""


def _settled(driver, js: str, timeout: float = 10.0):
    """What `js` returns once two reads in a row agree (Leaflet eases panes into place)."""
    deadline = time.monotonic() + timeout
    last = driver.execute_script(js)
    while time.monotonic() < deadline:
        time.sleep(0.3)
        now = driver.execute_script(js)
        if now == last:
            return now
        last = now
    raise AssertionError(f"never settled: {js}")


def _overlaps(labels) -> list:
    bad = []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if a[1] < b[3] - 1 and b[1] < a[3] - 1 and a[2] < b[4] - 1 and b[2] < a[4] - 1:
                bad.append((a[0], b[0]))
    return bad


@pytest.mark.browser
def test_names_and_rings_suit_the_zoom(chromium, tmp_path):
    """A country view shows about ten city names and no district names; zooming in reveals
    towns; names never overlap; one ring per vague place, and a 40 km region ring leaves the
    view before it fills it."""
    df = synthetic_events(40, seed=3, unplaced_share=0.0)
    df["geo_precision"] = 1
    df.loc[0, ["latitude", "longitude", "geo_precision"]] = [32.85, 13.2, 3]  # "somewhere around Tripoli"
    for row in (1, 2):  # two events "near" one place: one ring, not two stacked
        df.loc[row, ["latitude", "longitude", "geo_precision"]] = [32.80, 13.1, 2]
    page = tmp_path / "map.html"
    page.write_text(offline.standalone_html(mapview.build_map(df)), encoding="utf-8")
    region = event_payload.AREA_RADIUS_M[3]
    driver = _driver(chromium)
    try:
        driver.get(page.as_uri())
        _wait(driver, "return window.marsadAreas && window.marsadBasemap && 1")
        seen = {}
        for zoom, centre in ((5, [27.0, 17.0]), (7, [32.4, 14.2]), (10, [32.85, 13.18])):
            assert driver.execute_script(ZOOM_JS, centre, zoom) == zoom
            labels = _settled(driver, VISIBLE_LABELS_JS)
            assert labels, f"no names at zoom {zoom}"
            assert _overlaps(labels) == [], f"names overlap at zoom {zoom}"
            seen[zoom] = labels
            rings = driver.execute_script(RINGS_JS, region)
            assert rings == {"near": 1, "region": 1 if zoom <= event_payload.AREA_MAX_ZOOM[3] else 0}, (zoom, rings)
        places = {z: [l[0] for l in labels if not l[5]] for z, labels in seen.items()}
        assert 6 <= len(places[5]) <= basemap.LABELS_PER_ZOOM[5]
        assert not [l for l in seen[5] if l[5]], "district names at the country view"
        for name in ("Tripoli", "Benghazi", "Misrata", "Sabha"):
            assert any(n.startswith(name) for n in places[5]), (name, places[5])
        assert any(n.startswith("Janzour") for n in places[10])  # a suburb, only up close
        assert not any(n.startswith("Janzour") for n in places[5] + places[7])
        # a place without its name shows no dot
        dots = driver.execute_script(
            "let n = 0; window.marsadBasemap.eachLayer(l => { if (l.eachLayer && !l.feature) "
            "l.eachLayer(d => { if (d.getRadius) n++; }); }); return n;")
        assert dots == driver.execute_script(
            "return Number(document.querySelector('.leaflet-container').dataset.marsadLabels)")
    finally:
        driver.quit()


APP = """
import sys
sys.path.insert(0, {root!r})
import streamlit as st
from streamlit_folium import st_folium
from dashboard import mapview, offline
from dashboard.synthetic import synthetic_events

m = offline.localise(mapview.build_map(synthetic_events(120, seed=9, unplaced_share=0.0)))
st_folium(m, key="map", height=500, returned_objects=[])
"""


@pytest.mark.browser
def test_st_folium_frame_loads_assets_from_the_app(chromium, tmp_path):
    """A Streamlit app with static serving, the map through st_folium, and no route off the
    machine: the frame draws the map from /app/static and asks nothing of the internet."""
    import os
    import socket
    import subprocess
    import sys
    import urllib.request

    from selenium.webdriver.common.by import By

    root = str(offline.STATIC_DIR.parent.parent)
    (tmp_path / "app.py").write_text(APP.format(root=root), encoding="utf-8")
    (tmp_path / "static").symlink_to(offline.STATIC_DIR, target_is_directory=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = (tmp_path / "streamlit.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(tmp_path / "app.py"), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--server.enableStaticServing", "true",
         "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
        cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    driver = None
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise AssertionError((tmp_path / "streamlit.log").read_text(errors="replace")[-3000:])
                time.sleep(0.3)
        driver = _driver(chromium)
        driver.get(f"http://127.0.0.1:{port}/")
        frame = None
        deadline = time.monotonic() + 60
        while frame is None and time.monotonic() < deadline:
            frames = driver.find_elements(By.CSS_SELECTOR, "iframe")
            frame = frames[0] if frames else None
            time.sleep(0.3)
        assert frame is not None, "no map frame"
        driver.switch_to.frame(frame)
        deadline = time.monotonic() + 60
        drawn = 0
        while time.monotonic() < deadline:
            drawn = driver.execute_script(DRAWN_JS)
            if drawn == 120:
                break
            time.sleep(0.3)
        assert drawn == 120
        driver.switch_to.default_content()
        requests = _requests(driver)
        local = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "about:", "blob:", "chrome:")
        assert [u for u in requests if not u.startswith(local)] == []
        assert any(u.endswith("/app/static/vendor/leaflet/leaflet.js") for u in requests)
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
