"""Where the large-store page writes its CSV and GeoJSON exports, and how long they stay.

An export of a million events is hundreds of MB, written to a file and then offered for
download (``big_store.csv_file``). The page removes a session's previous file of a kind when
it makes the next, but nothing tells it when a session ends. So the files live in one
directory of their own, per user, and each new export first removes the files there older
than ``KEEP_HOURS``: a closed tab's export is gone within a day, and a file being downloaded
(minutes old) is never touched. A file that failed half-way is removed at once.
"""
from __future__ import annotations

import contextlib
import getpass
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

KEEP_HOURS = float(os.environ.get("MARSAD_EXPORT_KEEP_HOURS") or 24)
PREFIX = "marsad-events-"


def export_dir() -> Path:
    """The user's own export directory under the system's temporary one."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name in some containers
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return Path(tempfile.gettempdir()) / f"marsad-exports-{user}"


def sweep(folder: Path | None = None, keep_hours: float = KEEP_HOURS, now: float | None = None) -> int:
    """Remove the exports older than ``keep_hours``; return how many went."""
    folder = folder or export_dir()
    limit = (time.time() if now is None else now) - keep_hours * 3600
    gone = 0
    for p in folder.glob(f"{PREFIX}*"):
        with contextlib.suppress(OSError):  # another session may sweep the same file
            if p.stat().st_mtime < limit:
                p.unlink()
                gone += 1
    return gone


@contextlib.contextmanager
def new_file(suffix: str, folder: Path | None = None, **open_kw) -> Iterator[tuple[str, object]]:
    """``with new_file(".csv", encoding=...) as (path, out)``: a fresh export file, open for
    writing; old exports are swept first, and the file is removed if writing fails."""
    folder = folder or export_dir()
    folder.mkdir(mode=0o700, exist_ok=True)
    sweep(folder)
    fd, path = tempfile.mkstemp(prefix=PREFIX, suffix=suffix, dir=folder)
    try:
        with os.fdopen(fd, "w", **open_kw) as out:
            yield path, out
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise
