"""Issue 10: PNG snapshots go through one bounded pool of headless Chromium — no more than N at
once, "busy, try again" beyond, a time limit that kills a stuck browser, no process left behind.
Real Chromium throughout."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from dashboard import export, snapshot_pool as pool
from tests import browser

pytestmark = pytest.mark.browser


def chromiums() -> list[int]:
    """Processes of the browsers Marsad starts (their profile folder names them)."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmd = (proc / "cmdline").read_bytes()
            except OSError:
                continue
            if b"marsad-chromium-" in cmd and b"chromium" in cmd:
                found.append(int(proc.name))
    return found


def gone(before: list[int]) -> bool:
    return not (set(chromiums()) - set(before))


@pytest.fixture()
def events(chromium):
    from dashboard.synthetic import synthetic_events

    return synthetic_events(30, seed=3)


def test_more_snapshots_than_the_pool_holds_get_busy_and_none_is_left(events, monkeypatch):
    monkeypatch.setattr(pool, "_slots", threading.BoundedSemaphore(1))
    before = chromiums()
    results: dict[int, object] = {}

    def shoot(k: int) -> None:
        try:
            results[k] = export.export_png(events, width=600, height=400)
        except Exception as exc:  # noqa: BLE001 - the test sorts what came back
            results[k] = exc

    threads = [threading.Thread(target=shoot, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
        time.sleep(0.05)
    for t in threads:
        t.join(120)
    pngs = [r for r in results.values() if isinstance(r, bytes)]
    busy = [r for r in results.values() if isinstance(r, pool.SnapshotBusy)]
    assert len(pngs) >= 1 and all(p.startswith(b"\x89PNG") for p in pngs), results
    assert len(busy) >= 1 and "busy, try again" in str(busy[0]), results
    assert len(pngs) + len(busy) == 3, results
    browser.wait_for(lambda: gone(before), 20, "every snapshot browser to exit")


def test_a_stuck_snapshot_is_stopped_at_its_time_limit(chromium):
    before = chromiums()
    started = time.monotonic()
    with pytest.raises(Exception):
        with export.headless_chromium(400, 300) as driver, pool.watchdog(driver, 2.0) as fired:
            driver.set_script_timeout(120)
            driver.execute_script("while (true) {}")  # a page that never gives the browser back
    assert fired.is_set() and time.monotonic() - started < 60
    browser.wait_for(lambda: gone(before), 30, "the stuck browser to be killed")
