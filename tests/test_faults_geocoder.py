"""The geocoding fallback against a misbehaving service: a real HTTP server on 127.0.0.1 that
answers 429 and 5xx in bursts, sends huge bodies, or trickles its answer a byte at a time.

The process that asks (`marsad geocode`, a real child process) finishes, sends at most one
request a second (measured from the server's own log), and a name that failed for a
transient reason is asked again on a later run, never cached as "not found"."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT
from nominatim_server import Entry, NominatimServer, Request, load_entries

import geo
from geo.fallback import MAX_ANSWER_BYTES, Fallback

HUGE_BYTES = 200 * 1024 * 1024
# Server-side arrival times jitter on a loaded machine (a request may wait a while for the
# server's thread), so one gap may look short; requests sent together show gaps near 0.
MIN_GAP = 0.75


class FaultyServer(NominatimServer):
    """The Nominatim test server plus two faults of its own: "huge" (a 200 MB body, sent as
    fast as the client reads) and "trickle" (one byte every 0.2 s). Any other word in the
    queue ("ok") answers normally."""

    def __init__(self) -> None:
        super().__init__(load_entries() + UNKNOWN_HAMLETS)
        self.bytes_sent: list[int] = []

    def _handle(self, h) -> None:
        with self._lock:
            b = self.behaviour
            kind = b.failures[0] if b.failures else b.always
            if kind in ("huge", "trickle") and b.failures:
                b.failures.pop(0)
        if kind not in ("huge", "trickle"):
            return super()._handle(h)
        with self._lock:
            self.requests.append(Request(h.path.split("?")[0], {}, dict(h.headers.items()), time.monotonic()))
        size = HUGE_BYTES if kind == "huge" else 5000
        sent = 0
        try:
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(size))
            h.end_headers()
            chunk, pause = (b" " * 65536, 0.0) if kind == "huge" else (b" ", 0.2)
            started = time.monotonic()
            while sent < size and time.monotonic() - started < 30:
                h.wfile.write(chunk)
                h.wfile.flush()
                sent += len(chunk)
                time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass
        with self._lock:
            self.bytes_sent.append(sent)

    def largest_sent(self) -> int:
        """Bytes the biggest faulty answer got out before the client hung up. The server's
        thread notices the hang-up on its next write, after the client has moved on: wait
        for it (a bounded wait, not a timing assertion)."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with self._lock:
                if self.bytes_sent:
                    return max(self.bytes_sent)
            time.sleep(0.05)
        raise AssertionError("the server never finished sending its faulty answer")

    def search_times(self) -> list[float]:
        with self._lock:
            return [r.at for r in self.requests]


@pytest.fixture()
def server():
    with FaultyServer() as srv:
        yield srv


# Hamlets the server knows and the gazetteer does not, so the fallback is really asked. The
# gazetteer now ships every named OpenStreetMap place of the reference extract, so these are
# made up for the test (each a point inside Libya); the fixture below still checks that the
# gazetteer cannot answer them, in case a future table happens to hold one.
UNKNOWN_HAMLETS = [
    Entry(9_100_000 + i, 29.0 + i * 0.1, 15.0 + i * 0.1, "hamlet", {"name:ar": name, "name": name}, "ly", "Libya")
    for i, name in enumerate(["قصيرشطوف", "زمزوريطة", "برقوشنيت", "تمغزيلت", "وادزمولاق", "قرقنيطش",
                              "مشفقريرة", "ظهرخنفوس", "بوقطيفيش", "سيدتمنقار", "عرقوبزلاط", "جبسنقور"])
]


@pytest.fixture(scope="module")
def unknown_names() -> list[str]:
    """Arabic names the test server knows and the gazetteer does not, so the fallback is really
    asked."""
    resolver = geo.Resolver(gazetteer=geo.load_gazetteer(), offline=True)
    names: list[str] = []
    for entry in UNKNOWN_HAMLETS + load_entries():
        name = entry.names.get("name:ar") or ""
        if len(name) >= 4 and " " not in name and name not in names and resolver.resolve(name).place is None:
            names.append(name)
        if len(names) == 8:
            break
    assert len(names) == 8, f"the gazetteer now knows the test's made-up hamlets: add new ones ({names})"
    return names


def geocode_cli(server: FaultyServer, names: list[str], cache: Path) -> list[dict]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), MARSAD_NOMINATIM_URL=server.url,
               MARSAD_GEOCODE_CACHE=str(cache), MARSAD_OFFLINE="")
    proc = subprocess.run([sys.executable, "-m", "dashboard.cli", "geocode", *names, "--format", "jsonl"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["query"] for r in rows] == names
    return rows


def assert_one_a_second(times: list[float]) -> None:
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert all(g >= MIN_GAP for g in gaps), [round(g, 2) for g in gaps]
    # Over the whole run, jitter only moves the two ends: at most one a second on average.
    assert (times[-1] - times[0]) / len(gaps) >= 0.95, [round(g, 2) for g in gaps]


def cached_queries(cache: Path) -> dict[str, int]:
    with sqlite3.connect(cache) as con:
        return dict(con.execute("SELECT query, found FROM geocode").fetchall())


def test_bursts_then_a_later_run(server: FaultyServer, unknown_names: list[str], tmp_path: Path) -> None:
    cache = tmp_path / "geocode.sqlite"
    server.behaviour.retry_after = 1
    # Name 1: a 429 then an answer; 2: a 500 then an answer; 3: a 200 MB body then an answer;
    # 4: a burst of 429s longer than the retries, after which the service is left alone.
    server.fail_next("429", "ok", "500", "ok", "huge", "ok", "429", "429", "429", "429")
    first = geocode_cli(server, unknown_names, cache)
    assert [r["latitude"] is not None for r in first] == [True] * 3 + [False] * 5
    assert_one_a_second(server.search_times())
    assert server.count() == 10
    assert server.largest_sent() < HUGE_BYTES / 2  # the client stopped reading early
    assert sum(cached_queries(cache).values()) == 3 and len(cached_queries(cache)) == 3

    # A later run: the three answers come from the cache, the five failures are asked again.
    server.requests.clear()
    second = geocode_cli(server, unknown_names, cache)
    assert all(r["latitude"] is not None for r in second)
    assert server.count() == 5
    assert_one_a_second(server.search_times())
    assert [r["latitude"] for r in second[:3]] == [r["latitude"] for r in first[:3]]


def ask_in_thread(fb: Fallback, name: str) -> geo.Resolution:
    out: list = []
    worker = threading.Thread(target=lambda: out.append(fb.geocode(name)), daemon=True)
    worker.start()
    worker.join(60)  # a generous bound: a stuck client is the failure this test looks for
    assert out, "the fallback was still reading the answer after 60 s"
    return out[0]


@pytest.mark.parametrize("fault", ["trickle", "huge"])
def test_a_trickling_or_huge_answer_is_cut_off(server: FaultyServer, unknown_names: list[str],
                                               tmp_path: Path, fault: str) -> None:
    fb = Fallback(domain=server.domain, scheme="http", cache_path=tmp_path / "c.sqlite", timeout=1.0,
                  max_retries=0, min_delay_seconds=0, cooldown_seconds=0, offline=False)
    server.fail_next(fault)
    res = ask_in_thread(fb, unknown_names[0])
    assert res.place is None and "geocoding service failed" in res.note
    assert len(fb.cache) == 0
    if fault == "huge":
        assert "over 2 MB" in res.note and server.largest_sent() < HUGE_BYTES / 2
    else:
        assert "timed out" in res.note  # and the server is still trickling: the client cut it off
    assert fb.geocode(unknown_names[0]).place is not None  # asked again, answered


def test_answers_are_read_whole_below_the_limit(server: FaultyServer, unknown_names: list[str],
                                                tmp_path: Path) -> None:
    """The cut-off does not clip real answers: one with every detail comes through."""
    fb = Fallback(domain=server.domain, scheme="http", cache_path=tmp_path / "c.sqlite", min_delay_seconds=0,
                  offline=False)
    res = fb.geocode(unknown_names[1])
    assert res.place is not None and MAX_ANSWER_BYTES > 10_000


def test_a_bad_service_address_is_one_line(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), MARSAD_NOMINATIM_URL="ftp://x/y",
               MARSAD_GEOCODE_CACHE=str(tmp_path / "c.sqlite"), MARSAD_OFFLINE="")
    proc = subprocess.run([sys.executable, "-m", "dashboard.cli", "geocode", "قرية لا توجد"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "MARSAD_NOMINATIM_URL" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_two_askers_sharing_a_cache_keep_one_request_a_second(server: FaultyServer, unknown_names: list[str],
                                                              tmp_path: Path) -> None:
    """Two Fallbacks with their own connections to one cache file, as two processes would
    have: the pace is booked in the cache, so together they still ask once a second."""
    cache = tmp_path / "shared.sqlite"
    askers = [Fallback(domain=server.domain, scheme="http", cache_path=cache, offline=False) for _ in range(2)]
    halves = [unknown_names[0:3], unknown_names[3:6]]
    answers: list[geo.Resolution] = []
    workers = [threading.Thread(target=lambda fb=fb, names=names: answers.extend(fb.geocode(n) for n in names))
               for fb, names in zip(askers, halves)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert len(answers) == 6 and all(a.place is not None for a in answers)
    assert server.count() == 6
    assert_one_a_second(sorted(server.search_times()))
