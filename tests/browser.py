"""A small harness for the real-browser tests: the page served by Streamlit on a free loopback
port over a temporary store, and headless Chromium with no route off the machine."""
from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
LOCAL_PREFIXES = ("http://127.0.0.1", "http://localhost", "ws://127.0.0.1", "ws://localhost",
                  "data:", "blob:", "about:", "file:", "chrome:", "chrome-extension:", "chrome-untrusted:", "devtools:")
# The component frame of streamlit-folium carries this in its title.
MAP_FRAME = "iframe[title*='st_folium']"
# Events Leaflet has drawn: single markers (SVG paths of class marsad-event) plus the number
# written on each cluster icon; -1 while there is no map.
MARKS_JS = """
const c = document.querySelector('.leaflet-container');
if (!c) return -1;
let n = c.querySelectorAll('path.marsad-event').length;
for (const k of c.querySelectorAll('.marsad-cluster')) n += parseInt(k.textContent, 10) || 0;
return n;
"""


# Test servers take a port from this range ($MARSAD_TEST_PORTS="first-last"), so parallel
# sessions on one machine can be given ranges that never meet; the OS picks one if all are busy.
PORTS = os.environ.get("MARSAD_TEST_PORTS", "8600-8649")


def free_port() -> int:
    first, _, last = PORTS.partition("-")
    for port in range(int(first), int(last or first) + 1):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check: Callable[[], Any], timeout: float = 30.0, what: str = "condition", interval: float = 0.2) -> Any:
    """Poll until `check()` is truthy (exceptions count as not yet); its value, or AssertionError."""
    deadline = time.monotonic() + timeout
    last_error: BaseException | None = None
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except Exception as exc:  # noqa: BLE001 - the page is still loading
            last_error = exc
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}"
                         + (f" (last error: {last_error})" if last_error else ""))


class AppServer:
    """`streamlit run dashboard/app.py -- --db FILE` on 127.0.0.1:<free port>, as the CLI runs it."""

    def __init__(self, db: Path, *, port: int | None = None) -> None:
        self.db = Path(db)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process: subprocess.Popen | None = None
        self.log = Path(tempfile.mkstemp(prefix="marsad-streamlit-", suffix=".log")[1])

    def start(self, timeout: float = 90.0) -> AppServer:
        cmd = [sys.executable, "-m", "streamlit", "run", str(APP),
               "--server.address", "127.0.0.1", "--server.port", str(self.port),
               "--server.headless", "true", "--server.enableStaticServing", "true",
               "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
               "--global.developmentMode", "false", "--client.toolbarMode", "viewer",
               "--runner.postScriptGC", "false",
               "--", "--db", str(self.db)]
        env = dict(os.environ, MARSAD_DB=str(self.db), PYTHONUNBUFFERED="1")
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_for(self._healthy, timeout, "Streamlit's /_stcore/health")
        except AssertionError as exc:
            self.stop()
            raise AssertionError(f"{exc}; server log:\n{self.log_tail()}") from None
        return self

    def _healthy(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"streamlit exited with {self.process.returncode}:\n{self.log_tail()}")
        try:
            with urllib.request.urlopen(self.url + "_stcore/health", timeout=2) as resp:
                return resp.status == 200 and resp.read().strip() == b"ok"
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None

    def __enter__(self) -> AppServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
        with contextlib.suppress(OSError):
            self.log.unlink()


@contextlib.contextmanager
def chromium_browser(width: int = 1400, height: int = 1000) -> Iterator[Any]:
    """Headless Chromium (the export's own launcher), logging the browser console and network."""
    from dashboard.export import headless_chromium

    with headless_chromium(width, height, log_network=True) as driver:
        driver.set_page_load_timeout(60)
        yield driver


def requested_urls(driver: Any) -> list[str]:
    """Every URL the browser asked for since the last call (from the performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        try:
            message = json.loads(entry["message"])["message"]
        except (KeyError, ValueError):
            continue
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def external(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.startswith(LOCAL_PREFIXES)]


def console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def open_page(driver: Any, url: str, timeout: float = 60.0) -> None:
    """Load the page and wait until Streamlit has finished running the script."""
    driver.get(url)
    wait_for(lambda: driver.execute_script(
        "return document.querySelector('[data-testid=stApp]') !== null"), timeout, "the Streamlit app")
    # The script has run once the title is there (the first run's status may not show yet).
    wait_for(lambda: driver.execute_script("""
        const h = document.querySelector('[data-testid=stMain] h1');
        return h !== null && h.textContent.includes('Marsad');"""), timeout, "the page's title")
    wait_idle(driver, timeout)


def wait_idle(driver: Any, timeout: float = 60.0) -> None:
    """Until the script run is over: the app's status widget says neither running nor connecting."""
    def idle() -> bool:
        return driver.execute_script("""
            const s = document.querySelector('[data-testid=stStatusWidget]');
            const app = document.querySelector('[data-testid=stApp]');
            return app && app.getAttribute('data-test-script-state') !== 'running' && !s;
        """)
    time.sleep(0.5)  # let a rerun that was just triggered start
    wait_for(idle, timeout, "the script run to finish")


@contextlib.contextmanager
def in_map_frame(driver: Any, timeout: float = 60.0) -> Iterator[None]:
    """Switch into streamlit-folium's frame (once the map is in it), back out on exit."""
    from selenium.webdriver.common.by import By

    frame = wait_for(lambda: driver.find_element(By.CSS_SELECTOR, MAP_FRAME), timeout, "the map frame")
    driver.switch_to.frame(frame)
    try:
        wait_for(lambda: driver.execute_script(MARKS_JS) >= 0, timeout, "the Leaflet container")
        yield
    finally:
        driver.switch_to.default_content()


def events_drawn(driver: Any, expected: int | None = None, timeout: float = 60.0) -> int:
    """Events drawn in the map frame (markers + events inside clusters), once the count has
    settled — at `expected` when given (a rerun may still be replacing the map)."""
    seen: list[int] = []

    def settled() -> bool:
        with in_map_frame(driver, timeout):
            seen.append(driver.execute_script(MARKS_JS))
        if len(seen) < 3 or not seen[-1] == seen[-2] == seen[-3]:
            return False
        return seen[-1] == expected if expected is not None else seen[-1] > 0

    try:
        wait_for(settled, timeout, "the events on the map to settle", interval=0.3)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; counts seen: {seen[-6:]}, expected {expected}") from None
    return seen[-1]


def status_line(driver: Any) -> str:
    """The line under the title: "N events from M reports, … Showing K — filters: …"."""
    from selenium.webdriver.common.by import By

    for p in driver.find_elements(By.CSS_SELECTOR, "[data-testid=stMain] [data-testid=stMarkdownContainer] p"):
        if "Showing" in p.text:
            return p.text
    raise AssertionError("no status line on the page")


def table_count(driver: Any) -> int:
    """The number in the "Events (N)" heading over the table."""
    import re

    from selenium.webdriver.common.by import By

    for h in driver.find_elements(By.CSS_SELECTOR, "h3"):
        m = re.match(r"Events \((\d+)\)", h.text.strip())
        if m:
            return int(m.group(1))
    raise AssertionError("no 'Events (N)' heading on the page")


# ---------------------------------------------------------------- sample data (hand-made, labelled)

XSS_TEXT = ('Test report (hand-made for the tests): <script>window.__pwned=1</script> fighters clashed '
            'in Sirte; <img src=x onerror="window.__pwned=2"> two killed.')


def sample_reports() -> list[tuple[Any, list[Any]]]:
    """A few hand-made reports with events at known places (clearly test data, not news), one of
    them carrying markup that must show as text. Returns (Report, [Event]) pairs for Store.add."""
    from datetime import date

    from events.records import Event, Report, event_id, report_id

    specs = [
        ("اشتباكات في طرابلس وقصف على مصراتة (تقرير تجريبي للاختبار)", "ar", date(2019, 4, 6), [
            ("Battles", "Armed clash", "LNA", "GNA", "Tripoli", "طرابلس", "Tripoli", 32.8872, 13.1913, 1, 5, 3),
            ("Explosions/Remote violence", "Air/drone strike", "LNA", None, "Misrata", "مصراتة", "Misrata",
             32.3754, 15.0925, 1, 0, 2),
        ]),
        ("Protest in Benghazi (hand-made test report)", "en", date(2019, 5, 20), [
            ("Protests", "Peaceful protest", "Protesters (Libya)", None, "Benghazi", "بنغازي", "Benghazi",
             32.1167, 20.0667, 1, 0, 0),
        ]),
        ("US strike near Murzuq (hand-made test report)", "en", date(2019, 9, 19), [
            ("Explosions/Remote violence", "Air/drone strike", "US forces", "ISIS", "Murzuq", "مرزق", "Murzuq",
             25.9155, 13.9184, 2, 8, None),
        ]),
        (XSS_TEXT, "en", date(2019, 6, 1), [
            ("Battles", "Armed clash", "Unidentified armed group", None, "Sirte", "سرت", "Sirte",
             31.2089, 16.5887, 1, 2, None),
        ]),
    ]
    out = []
    for text, lang, day, evs in specs:
        rid = report_id(text)
        report = Report(id=rid, text=text, title=text[:60], language=lang, published=day,
                        date_precision="day", source="Marsad tests", url="")
        events = []
        for i, (etype, sub, a1, a2, loc, loc_ar, admin1, lat, lon, prec, killed, wounded) in enumerate(evs):
            # One event: the whole text is its evidence; several: a slice each.
            start, end = (0, len(text)) if len(evs) == 1 else (i * 10, min(len(text), i * 10 + 40))
            events.append(Event(
                id=event_id(rid, start, etype, sub, loc.lower()), report_id=rid, event_date=day,
                date_precision="day", event_type=etype, sub_event_type=sub, actor1=a1, actor2=a2,
                location=loc, location_ar=loc_ar, place_id=loc.lower(), admin1=admin1, latitude=lat,
                longitude=lon, geo_precision=prec, geocoder="gazetteer", fatalities=killed,
                injuries=wounded, evidence=text[start:end], evidence_start=start,
                evidence_end=end, confidence=0.9))
        out.append((report, events))
    return out


def sample_store(path: Path) -> Path:
    """A store file holding the hand-made sample reports."""
    from events.store import Store

    with Store(path) as store:
        for report, events in sample_reports():
            store.add(report, events)
    return path


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def app(store, chromium):
    """The page served on the importing test module's own `store` fixture."""
    with AppServer(store) as server:
        yield server


@pytest.fixture(scope="module")
def driver(app):
    with chromium_browser(1400, 1000) as d:
        yield d


# ---------------------------------------------------------------- driving the page

def find_button(driver: Any, label: str) -> Any | None:
    """The first button (or download button) whose text is `label`, or None."""
    from selenium.webdriver.common.by import By

    for b in driver.find_elements(By.CSS_SELECTOR, "button"):
        if b.text.strip() == label:
            return b
    return None


def click(driver: Any, element: Any, tries: int = 6) -> None:
    """A real click on ``element``, scrolled to the middle of the window first. Streamlit may
    still be laying the page out, so the element can slide under the fixed header between
    the scroll and the click ("element click intercepted"): scroll and click again."""
    from selenium.common.exceptions import ElementClickInterceptedException

    for k in range(tries):
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
        try:
            element.click()
            return
        except ElementClickInterceptedException:
            if k == tries - 1:
                raise
            time.sleep(0.5)


def click_button(driver: Any, label: str, timeout: float = 30.0) -> None:
    click(driver, wait_for(lambda: find_button(driver, label), timeout, f"the button {label!r}"))


def pwned_anywhere(driver: Any) -> list[str]:
    """Where window.__pwned got set, or markup from a report became live elements: top page and
    every frame, depth first. Empty when nothing ran."""
    from selenium.webdriver.common.by import By

    found: list[str] = []
    check = """
        const hits = [];
        if (typeof window.__pwned !== 'undefined') hits.push('window.__pwned=' + window.__pwned);
        for (const i of document.querySelectorAll('img[src="x"], img[onerror]')) hits.push('live <img onerror>');
        return hits;
    """

    def visit(path: list[int]) -> None:
        found.extend(f"frame {path or 'top'}: {h}" for h in driver.execute_script(check))
        frames = driver.find_elements(By.CSS_SELECTOR, "iframe")
        for i in range(len(frames)):
            driver.switch_to.frame(driver.find_elements(By.CSS_SELECTOR, "iframe")[i])
            try:
                visit(path + [i])
            finally:
                driver.switch_to.parent_frame()

    driver.switch_to.default_content()
    visit([])
    return found


OPEN_POPUPS_JS = """
// Build every event's popup (the map builds one when it opens, from window.marsadPopupFor) and
// put them all in the page: markup in a report must stay text there as well.
if (typeof window.marsadPopupFor !== 'function') return -1;
const n = Number(document.querySelector('.leaflet-container').getAttribute('data-marsad-events') || 0);
const box = document.createElement('div');
box.id = 'marsad-all-popups';
for (let i = 0; i < n; i++) box.appendChild(window.marsadPopupFor(i));
document.body.appendChild(box);
return n;
"""


def open_every_popup(driver: Any) -> int:
    """Open each popup of the map in turn (see OPEN_POPUPS_JS); how many were opened."""
    with in_map_frame(driver):
        return int(driver.execute_script(OPEN_POPUPS_JS) or 0)


def leaflet_inline(driver: Any) -> bool:
    """True when the map frame carries Leaflet itself (an inlined script) rather than a URL."""
    with in_map_frame(driver):
        return bool(driver.execute_script("return typeof L !== 'undefined' && !!L.version"))


# ---------------------------------------------------------------- the README's screenshot

def take_screenshot(out: Path, *, width: int = 1400, height: int = 1000, query: str = "") -> Path:
    """The page as a new user first sees it after `marsad demo`: the seed report ingested into a
    fresh store, served, and photographed by headless Chromium (no internet). `query` is a
    link's parameters ("?view=districts") for a view other than the first one."""
    from events.ingest import ingest
    from events.store import Store

    seed = ROOT / "seeds"
    with tempfile.TemporaryDirectory(prefix="marsad-shot-") as tmp:
        db = Path(tmp) / "demo.sqlite"
        with Store(db) as store:
            summary = ingest([seed], store, progress=False)
        if not summary.ok:
            raise SystemExit(summary.line())
        with AppServer(db) as app, chromium_browser(width, height) as driver:
            open_page(driver, app.url + query)
            if "view=districts" in query:
                with in_map_frame(driver):
                    wait_for(lambda: driver.execute_script("return !!window.marsadDistricts"), 60, "the districts")
            else:
                events_drawn(driver)
            time.sleep(1.0)  # let the chart's and the map's last frame paint
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(driver.get_screenshot_as_png())
    return out


if __name__ == "__main__":
    # python -m tests.browser screenshot docs/screenshot.png ["?view=districts"]
    if len(sys.argv) in (3, 4) and sys.argv[1] == "screenshot":
        print(take_screenshot(Path(sys.argv[2]), query=sys.argv[3] if len(sys.argv) == 4 else ""))
    else:
        raise SystemExit("usage: python -m tests.browser screenshot FILE.png [?query]")
