"""The installed ``marsad`` command: events.cli's subcommands plus ``dashboard`` and ``demo``.

``marsad dashboard`` serves dashboard/app.py with Streamlit on the chosen store;
``marsad demo`` first builds a fresh store from the packaged seed reports.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from dashboard import access
from events import cli as events_cli
from events.cli import wrap
from events.errors import StoreError
from geo.errors import MarsadError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8501
PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # holds geo/, events/, dashboard/
APP = Path(__file__).resolve().parent / "app.py"
# What a seed is: report files. Sidecars (*.meta.json) and notes (README.md) are not reports.
SEED_SUFFIXES = (".txt",)


def data_dir() -> Path:
    """Per-user data folder: $XDG_DATA_HOME/marsad, ~/.local/share/marsad, %LOCALAPPDATA%\\marsad."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "marsad"
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "marsad"


def default_demo_db() -> Path:
    return data_dir() / "demo.sqlite"


def seed_folder():
    """The installed `seeds` folder (a Path, or a Traversable inside a zipped install).

    `seeds` is a namespace package, so importlib.resources.files("seeds") is not enough: in an
    editable install on Python >= 3.12 its __path__ also holds setuptools' placeholder entry
    ("__editable__.marsad-….finder.__path_hook__"), which is no directory, and files() raises
    NotADirectoryError. Any other `seeds/` folder on sys.path would also merge into it. The
    seeds that ship with this code sit beside its own packages, in a wheel and in an editable
    checkout alike, so that folder is taken first."""
    beside = PACKAGE_ROOT / "seeds"
    if beside.is_dir():
        return beside
    spec = importlib.util.find_spec("seeds")
    if spec is None:
        raise MarsadError("the seed reports are not installed (package 'seeds' missing): reinstall marsad")
    for location in spec.submodule_search_locations or ():
        if Path(location).is_dir():
            return Path(location)
    try:
        return resources.files("seeds")
    except (NotADirectoryError, ValueError, TypeError) as exc:
        raise MarsadError(f"the installed 'seeds' package cannot be read ({exc}): reinstall marsad") from None


def seed_paths() -> list[Path]:
    """The packaged seed reports (files beside their .meta.json sidecars)."""
    folder = seed_folder()
    found = sorted((entry for entry in folder.iterdir()
                    if entry.is_file() and entry.name.endswith(SEED_SUFFIXES)), key=lambda e: e.name)
    paths = []
    for entry in found:
        if isinstance(entry, Path):
            paths.append(entry)
        else:  # a zipped install: copy out (with its sidecar) so the reader sees real files
            tmp = Path(tempfile.mkdtemp(prefix="marsad-seeds-"))
            for name in (entry.name, entry.name + ".meta.json"):
                item = folder / name
                if item.is_file():
                    (tmp / name).write_bytes(item.read_bytes())
            paths.append(tmp / entry.name)
    if not paths:
        raise MarsadError("no seed reports found in the installed 'seeds' package: reinstall marsad")
    return paths


DEMO_MARK = "made_by"
DEMO_VALUE = "marsad demo"


def remove_demo_store(path: Path) -> None:
    """Delete a previous demo store, and refuse to delete anything else (a real store given by
    mistake as --db must survive)."""
    from events.store import Store

    if path.exists():
        try:
            with Store(path, readonly=True) as old:
                mark = old.get_meta(DEMO_MARK)
        except StoreError:
            mark = None
        if mark != DEMO_VALUE and path.stat().st_size > 0:
            raise StoreError(f"{path} exists and was not made by `marsad demo`; not replacing it: "
                             "choose another --db")
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StoreError(f"cannot replace the demo store {path}: {exc.strerror or exc}") from None


def prepare_demo_db(path: str | Path | None = None, *, offline: bool = True, quiet: bool = False) -> Path:
    """Build a fresh store at ``path`` (default: the per-user demo store) from the seed reports.

    Offline by default: the seed's places are all in the gazetteer, and a demo must not wait on
    a geocoding service (or fail on an air-gapped machine).
    """
    from events.ingest import ingest
    from events.store import Store

    db = Path(path).expanduser() if path else default_demo_db()
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create folder {db.parent} for the demo store: {exc.strerror or exc}") from None
    remove_demo_store(db)
    with Store(db) as store:
        store.set_meta(DEMO_MARK, DEMO_VALUE)
        summary = ingest(seed_paths(), store, resolver=events_cli.make_resolver(offline), progress=False,
                         on_report=None if quiet else lambda o: print(o.line(), file=sys.stderr))
        counts = store.counts()
    if not summary.ok:
        raise MarsadError(f"the demo data did not go in: {summary.failed[0].line()}")
    if not quiet:
        print(f"demo store {db}: {_counted(counts)}", file=sys.stderr)
    return db


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _counted(counts: dict) -> str:
    reports, events = counts["reports"], counts["events"]
    return f"{reports} report{'s' * (reports != 1)}, {events} event{'s' * (events != 1)}"


def streamlit_command(db: Path | str, *, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST,
                      headless: bool = False, app: Path = APP) -> list[str]:
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.port", str(port),
        "--server.address", host,
        # The map's Leaflet files are served from dashboard/static: no CDN, works offline.
        "--server.enableStaticServing", "true",
        "--browser.gatherUsageStats", "false",
        # An analyst's tool, not a Streamlit project: no "Deploy" button in the toolbar.
        "--client.toolbarMode", "viewer",
        # Streamlit forces a full garbage collection after every script run; over the page's
        # heap (gazetteer, lexicons, frames) that was a third of the server's time per session.
        "--runner.postScriptGC", "false",
    ]
    if headless:
        cmd += ["--server.headless", "true"]
    return cmd + ["--", "--db", str(db)]


def run_dashboard(db: Path | str, *, port: int = DEFAULT_PORT, host: str = DEFAULT_HOST,
                  headless: bool = False) -> int:
    """Serve the dashboard on ``db`` until Ctrl-C; Streamlit's exit code is ours."""
    from events.store import Store

    if not APP.is_file():
        raise MarsadError(f"the dashboard page {APP} is missing: reinstall marsad")
    if not 0 < port < 65536:
        raise MarsadError(f"--port must be between 1 and 65535, not {port}")
    # Open it here so a wrong path or a non-store file is one clear line, not a broken page.
    with Store(db) as store:
        counts = store.counts()
        shown = store.display_name  # a server URL's password stays out of the message
    if not port_free(host, port):
        raise MarsadError(f"port {port} on {host} is in use (another dashboard?): pass --port with a free one")
    if warning := access.exposure_warning(host):
        print(f"marsad: {warning}", file=sys.stderr)
    env = dict(os.environ, MARSAD_DB=str(db))
    # Streamlit runs app.py as a script: make sure it can import geo/events/dashboard even
    # from a source checkout that was never pip-installed.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_ROOT), env.get("PYTHONPATH", "")) if p)
    print(f"marsad: dashboard on http://{host}:{port} — store {shown} "
          f"({_counted(counts)}); Ctrl-C stops it", file=sys.stderr)
    proc = subprocess.Popen(streamlit_command(db, port=port, host=host, headless=headless), env=env)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        # Streamlit got the same SIGINT from the terminal; give it a moment to shut down.
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait()
        raise


def cmd_dashboard(args: argparse.Namespace) -> int:
    db = args.db or events_cli.default_db()
    return run_dashboard(db, port=args.port, host=args.host, headless=args.headless)


def cmd_demo(args: argparse.Namespace) -> int:
    db = prepare_demo_db(args.db, offline=True)
    if args.prepare_only:
        print(db)
        return 0
    return run_dashboard(db, port=args.port, host=args.host, headless=args.no_browser)


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dashboard", help="serve the map dashboard on a store (Streamlit)",
                       description=wrap("Serve the dashboard (map, timeline, filters, exports) on a store "
                                   "with Streamlit. Stop it with Ctrl-C."),
                       epilog=events_cli.EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", metavar="FILE",
                   help="the store (default: $MARSAD_DB, else ./marsad.sqlite; created empty if absent)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default {DEFAULT_HOST}: this machine only); for another "
                        f"address set {access.PASSWORD_KEY} so the page asks for a password")
    p.add_argument("--headless", action="store_true", help="do not open a browser window")
    p.set_defaults(func=cmd_dashboard)

    p = sub.add_parser("demo", help="load the seed reports into a fresh store and open the dashboard",
                       description=wrap("Ingest the packaged seed reports (offline, gazetteer only) into a "
                                   "fresh store — recreated each time — and serve the dashboard on it."),
                       epilog=events_cli.EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", metavar="FILE",
                   help=f"where to build the demo store (default: {default_demo_db()}); "
                        "an existing file there is replaced")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser window")
    p.add_argument("--prepare-only", action="store_true",
                   help="build the demo store, print its path and stop (no dashboard)")
    p.set_defaults(func=cmd_demo)


def build_parser() -> argparse.ArgumentParser:
    return events_cli.build_parser(extend=add_commands)


def main(argv: Sequence[str] | None = None) -> int:
    return events_cli.main(argv, parser=build_parser())


if __name__ == "__main__":
    raise SystemExit(main())
