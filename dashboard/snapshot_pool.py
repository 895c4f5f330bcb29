"""PNG snapshots go through one bounded pool: no more than SNAPSHOTS_AT_ONCE headless Chromiums
at a time in a page server (each takes ~150 MB and a core while it draws), a clear "busy, try
again" beyond that, and a time limit after which the browser is killed, so a stuck drawing
never leaves a process behind.

    MARSAD_SNAPSHOTS          how many at once (default 2: this is a 2-core machine's worth)
    MARSAD_SNAPSHOT_SECONDS   the time limit of one snapshot (default 60)
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from typing import Any

from geo.errors import MarsadError


def _setting(name: str, default: float, low: float) -> float:
    try:
        return max(low, float(os.environ.get(name, default)))
    except ValueError:
        return default


SNAPSHOTS_AT_ONCE = int(_setting("MARSAD_SNAPSHOTS", 2, 1))
SNAPSHOT_SECONDS = _setting("MARSAD_SNAPSHOT_SECONDS", 60.0, 5.0)
_slots = threading.BoundedSemaphore(SNAPSHOTS_AT_ONCE)


def _quit(driver: Any) -> None:
    with contextlib.suppress(Exception):
        driver.quit()


def _descendants(pid: int) -> list[int]:
    """Every process under ``pid`` (Linux /proc; none found elsewhere), children first-level last."""
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc") if os.path.isdir("/proc") else ():
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as fh:
                    ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out[::-1]


class SnapshotBusy(MarsadError):
    """Every snapshot slot is taken: the caller says "busy, try again"."""


@contextlib.contextmanager
def slot(wait: float = 2.0) -> Iterator[None]:
    """One of the pool's places, waited for up to ``wait`` seconds."""
    if not _slots.acquire(timeout=wait):
        raise SnapshotBusy(f"{SNAPSHOTS_AT_ONCE} snapshot(s) are being drawn already: busy, try again in a few "
                           "seconds")
    try:
        yield
    finally:
        _slots.release()


@contextlib.contextmanager
def watchdog(driver: Any, seconds: float = SNAPSHOT_SECONDS) -> Iterator[threading.Event]:
    """Kill the browser (driver and Chromium) if the block runs past ``seconds``; the event
    tells the caller it fired."""
    fired = threading.Event()

    def kill() -> None:
        fired.set()
        process = getattr(getattr(driver, "service", None), "process", None)
        # The browser first: a stuck page also blocks the driver's own "quit" command, so the
        # processes are killed (chromedriver's children, then chromedriver) and quit is only
        # asked for after, off this thread.
        if process is not None:
            for pid in _descendants(process.pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(Exception):
                process.kill()
        threading.Thread(target=_quit, args=(driver,), daemon=True).start()

    timer = threading.Timer(seconds, kill)
    timer.daemon = True
    timer.start()
    try:
        yield fired
    finally:
        timer.cancel()
