"""A throwaway PostgreSQL cluster for the tests: `initdb` + `pg_ctl` in a temp folder, listening
on a free loopback port, stopped and deleted at the end of the session.

PostgreSQL refuses to run as root, so under root (CI containers) the cluster belongs to the
`postgres` user that Debian's package creates and every command runs through `runuser`.
Without PostgreSQL the tests that need it are skipped on a developer's machine and failed in
CI (`CI=true`, where .ci/run installs it), like the chromium fixture in conftest.py.

Fixtures: `pg_server` (session: the cluster's base URL) and `pg_url` (a new, empty database
per test, dropped afterwards).
"""
from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import random
import secrets
import signal
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Ports for the cluster ($MARSAD_PG_PORTS="first-last"), apart from the browser tests' range.
PORTS = os.environ.get("MARSAD_PG_PORTS", "8700-8749")
USER = "marsad"


def _unavailable(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def postgres_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's versioned folder."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(versions[-1]).parent if versions else None


def free_port() -> int:
    """A port of PORTS nobody listens on, tried from a random start so that test sessions
    starting together rarely pick the same one (Cluster.start retries when they do)."""
    first, _, last = PORTS.partition("-")
    ports = list(range(int(first), int(last or first) + 1))
    start = random.randrange(len(ports))
    for port in ports[start:] + ports[:start]:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """One PostgreSQL cluster in a temp folder, run by `owner` (None: the current user)."""

    def __init__(self, bindir: Path, owner: str | None, *, fast: bool = True) -> None:
        self.bindir = bindir
        self.owner = owner
        self.fast = fast
        self.folder = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
        self.data = self.folder / "data"
        self.port = 0
        self.password = secrets.token_hex(12)
        self.started = False

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{USER}:{self.password}@127.0.0.1:{self.port}"

    def _run(self, *args: str, timeout: float = 120) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.owner:
            cmd = ["runuser", "-u", self.owner, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=self.folder)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-800:]}")

    def start(self) -> Cluster:
        pwfile = self.folder / "pw"
        pwfile.write_text(self.password + "\n")
        if self.owner:
            entry = pwd.getpwnam(self.owner)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", USER, "-E", "UTF8", "--locale=C.UTF-8",
                  "--auth=scram-sha-256", f"--pwfile={pwfile}", "--no-sync")
        pwfile.unlink()
        for attempt in range(5):
            self.port = free_port()
            options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c max_connections=60"
            if self.fast:
                # The tests' cluster is thrown away: no waiting on the disk. Benchmarks keep the
                # defaults (fast=False), so their write rates are those of a real server.
                options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            try:
                self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options,
                          "-w", "-t", "60", "start")
            except RuntimeError:
                # Another session bound the port between our check and the server's bind.
                if attempt < 4 and "could not create any TCP/IP sockets" in self.log_tail():
                    continue
                raise
            self.started = True
            return self
        raise AssertionError("unreachable")

    def _postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=60)
        except (RuntimeError, subprocess.TimeoutExpired):
            # Never leave our server running on a deleted folder: SIGQUIT is its immediate stop.
            pid = self._postmaster_pid()
            if pid:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGQUIT)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def log_tail(self) -> str:
        try:
            return "\n".join((self.folder / "log").read_text(errors="replace").splitlines()[-20:])
        except OSError:
            return "(no log)"


def cluster_owner() -> str | None:
    """Who runs the cluster: the current user, or `postgres` under root (PostgreSQL refuses
    root). LookupError when root has no such user to hand it to."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise LookupError("running as root and there is no 'postgres' user to run PostgreSQL as "
                          "(apt-get install postgresql creates it)") from None
    return "postgres"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The base URL (no database) of a throwaway cluster, up for the whole session."""
    bindir = postgres_bin()
    if bindir is None:
        _unavailable("PostgreSQL is not installed (initdb/pg_ctl not found): apt-get install -y postgresql")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg driver is missing: pip install 'psycopg[binary]' (the test extra has it)")
    try:
        owner = cluster_owner()
    except LookupError as exc:
        _unavailable(str(exc))
    cluster = Cluster(bindir, owner)
    try:
        cluster.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        log = cluster.log_tail()
        cluster.stop()
        pytest.fail(f"could not start a throwaway PostgreSQL cluster: {exc}\n{log}")
    try:
        yield cluster.url
    finally:
        cluster.stop()


_numbers = itertools.count()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A new empty database on the session's cluster; dropped after the test."""
    import sqlalchemy as sa

    name = f"marsad_test_{os.getpid()}_{next(_numbers)}"
    admin = sa.create_engine(f"{pg_server}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield f"{pg_server}/{name}"
        with admin.connect() as conn:
            # FORCE: a store a test left open must not keep its database alive.
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()
