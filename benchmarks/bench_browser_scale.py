"""The page at scale in a real browser: a store of SYNTHETIC events (dashboard/synthetic.py, built
as bench_scale.py builds them) served by `streamlit run` as `marsad dashboard` serves it, opened in
headless Chromium. Prints medians of --runs: page load -> map drawn (after one warm-up session, as
on a running server: the store's facets and the default view's counts are cached), and a filter
change no session made before (a link with other filters) -> map redrawn.

    python benchmarks/bench_browser_scale.py                   # 100,000 events, SQLite
    python benchmarks/bench_browser_scale.py --sizes 100000,1000000
    python benchmarks/bench_browser_scale.py --store FILE      # a store you built

Stores over 50,000 events get the large-store page (dashboard/big_page.py); below, the page
reads every event into pandas. Printed, never asserted: the browser and the server share the
machine's cores.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tests import browser  # noqa: E402 - the page server and Chromium the browser tests use

DRAWN_JS = """
const c = document.querySelector('.leaflet-container');
if (!c) return -1;
const cells = c.querySelectorAll('path.marsad-cell').length;
let n = c.querySelectorAll('path.marsad-event').length;
for (const k of c.querySelectorAll('.marsad-cluster')) n += parseInt(k.textContent, 10) || 0;
return cells + n;
"""
# A filter change no session asked before (the server caches what it counted): run k ends the
# range on another day.
CHANGE = "?type=Protests&type=Riots&from=2016-01-01&to=2018-12-{day:02d}"


def drawn(driver, timeout: float = 600.0) -> float:
    """Seconds until the map frame holds markers, cells or clusters."""
    t0 = time.perf_counter()

    def ready():
        with browser.in_map_frame(driver, timeout):
            return driver.execute_script(DRAWN_JS) > 0

    browser.wait_for(ready, timeout, "the map drawn", interval=0.1)
    return time.perf_counter() - t0


def measure(db: Path, runs: int) -> dict:
    loads, changes = [], []
    with browser.AppServer(db) as app:
        with browser.chromium_browser() as d:  # the server's first run: caches filled, as a running one is
            d.set_page_load_timeout(600)
            d.get(app.url)
            drawn(d)
        for run in range(runs):
            with browser.chromium_browser(1280, 900) as d:
                d.set_page_load_timeout(600)
                t0 = time.perf_counter()
                d.get(app.url)
                drawn(d)
                loads.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                d.get(app.url + CHANGE.format(day=31 - run))
                time.sleep(0.3)  # the old frame must go before the new one counts
                drawn(d)
                changes.append(time.perf_counter() - t0)
    return {"load": statistics.median(loads), "change": statistics.median(changes), "loads": loads,
            "changes": changes}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000")
    ap.add_argument("--store", type=Path, help="measure this store instead of building new ones")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; SYNTHETIC events")
    with tempfile.TemporaryDirectory(prefix="marsad-browser-scale-") as tmp:
        stores = [(args.store, None)] if args.store else []
        for n in ([] if args.store else [int(s) for s in args.sizes.split(",") if s.strip()]):
            db = Path(tmp) / f"scale-{n}.sqlite"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_scale.py"), "--build", str(db), str(n)],
                           check=True, capture_output=True, cwd=ROOT)
            stores.append((db, n))
        for db, n in stores:
            m = measure(db, args.runs)
            label = f"{n:,} events" if n else str(db)
            print(f"browser {label}: page load -> map drawn {m['load']:.2f} s, filter change -> map redrawn "
                  f"{m['change']:.2f} s (medians of {args.runs}: loads {', '.join(f'{x:.2f}' for x in m['loads'])}; "
                  f"changes {', '.join(f'{x:.2f}' for x in m['changes'])})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
