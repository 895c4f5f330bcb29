"""Screenshots of the page's views for the README, taken in headless Chromium from the demo data
(the seed report) served as `marsad demo` serves it. Run from a checkout after installing the
test extra:

    python docs/screenshots.py [--out docs]

Writes frontline.png, playback.png, arabic.png, detail.png and correct.png, and large.png: the
page on a store too large for pandas (30,000 SYNTHETIC events served with MARSAD_SQL_FROM=1000,
so they count as large), its map as counts per area.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import browser  # noqa: E402


def shot(driver, url: str, path: Path, *, scroll_to: str | None = None, settle: float = 2.0) -> None:
    from selenium.webdriver.common.by import By

    browser.open_page(driver, url, timeout=120)
    browser.events_drawn(driver, timeout=120)
    if scroll_to:
        target = browser.wait_for(lambda: next((e for e in driver.find_elements(By.CSS_SELECTOR, "h3, summary")
                                                if scroll_to in e.text), None), 30, scroll_to)
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'});", target)
    time.sleep(settle)
    path.write_bytes(driver.get_screenshot_as_png())
    print("wrote", path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs"))
    out = Path(ap.parse_args().out)
    from events.ingest import ingest
    from events.store import Store

    with tempfile.TemporaryDirectory(prefix="marsad-shots-") as tmp:
        db = Path(tmp) / "demo.sqlite"
        with Store(db) as s:
            ingest([ROOT / "seeds"], s, progress=False)
            eid = s.events_frame().query("location == 'Murzuq'")["id"].iloc[0]
        with browser.AppServer(db) as app, browser.chromium_browser(1400, 1000) as driver:
            shot(driver, f"{app.url}?view=frontline&days=3", out / "frontline.png")
            shot(driver, f"{app.url}?frame=2019-09-28&step=day&upto=1", out / "playback.png")
            shot(driver, f"{app.url}?lang=ar", out / "arabic.png")
            shot(driver, f"{app.url}?event={eid}", out / "detail.png", scroll_to=f"Event {eid}")
            shot(driver, f"{app.url}?event={eid}", out / "correct.png", scroll_to="Correct an event")
        big = Path(tmp) / "large.sqlite"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_scale.py"), "--build", str(big), "30000"],
                       check=True, capture_output=True, cwd=ROOT)
        os.environ["MARSAD_SQL_FROM"] = "1000"
        with browser.AppServer(big) as app, browser.chromium_browser(1400, 1000) as driver:
            browser.open_page(driver, app.url, timeout=120)
            with browser.in_map_frame(driver, timeout=120):
                browser.wait_for(lambda: driver.execute_script(
                    "return document.querySelectorAll('path.marsad-cell').length") > 0, 60, "the grid's cells")
            time.sleep(2.0)
            (out / "large.png").write_bytes(driver.get_screenshot_as_png())
            print("wrote", out / "large.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
