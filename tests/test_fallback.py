"""The geopy fallback end to end: geopy's real Nominatim client against a real HTTP server
on 127.0.0.1 speaking Nominatim's /search protocol (tests/nominatim_server.py)."""
from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT
from nominatim_server import NominatimServer

from geo import Context, Resolver, load_gazetteer
from geo.fallback import Fallback
from geo.gazetteer import haversine_km

SMALL_CSV = ROOT / "tests" / "fixtures" / "geo" / "places_small.csv"


@pytest.fixture()
def server():
    with NominatimServer() as srv:
        yield srv


@pytest.fixture()
def small_gazetteer():
    return load_gazetteer(SMALL_CSV, packages=False, use_cache=False)


def make_fallback(server: NominatimServer, tmp_path: Path, **kw) -> Fallback:
    opts = dict(domain=server.domain, scheme="http", cache_path=tmp_path / "geocode.sqlite",
                min_delay_seconds=0.0, backoff_seconds=0.01, timeout=2.0, offline=False,
                cooldown_seconds=0.0)
    opts.update(kw)
    return Fallback(**opts)


def server_point(server: NominatimServer, name: str) -> tuple[float, float]:
    hits = server.search(name, countrycodes="ly")
    assert hits, f"the test server should know {name}"
    return float(hits[0]["lat"]), float(hits[0]["lon"])


# --- the protocol itself ---------------------------------------------------------------

def test_server_speaks_nominatim_json_and_jsonv2(server):
    for fmt, cls in (("json", "class"), ("jsonv2", "category")):
        url = f"{server.url}/search?q=Gharyan&format={fmt}&countrycodes=ly&limit=1&addressdetails=1"
        with urllib.request.urlopen(url, timeout=5) as r:
            body = json.loads(r.read())
        assert len(body) == 1 and body[0][cls] == "place"
        assert body[0]["address"]["country_code"] == "ly"
        assert -90 <= float(body[0]["lat"]) <= 90
    assert server.count() == 2


# --- found, not found, cache -----------------------------------------------------------

def test_found_through_resolver(server, tmp_path, small_gazetteer):
    fb = make_fallback(server, tmp_path)
    r = Resolver(gazetteer=small_gazetteer, fallback=fb)
    res = r.resolve("Gharyan")
    assert res.resolved and res.method == "geopy"
    assert res.place.source == "nominatim"
    lat, lon = server_point(server, "Gharyan")
    assert haversine_km(res.place.lat, res.place.lon, lat, lon) < 1
    assert res.precision in (1, 2) and 0 < res.confidence < 1
    assert res.to_dict()["method"] == "geopy"
    # what was sent: Marsad's own user agent, Libya only, JSON
    req = server.requests[-1]
    assert "marsad" in req.headers.get("User-Agent", "").lower()
    assert req.params["countrycodes"] == "ly" and req.params["format"] == "json"


def test_gazetteer_names_never_reach_the_service(server, tmp_path, small_gazetteer):
    r = Resolver(gazetteer=small_gazetteer, fallback=make_fallback(server, tmp_path))
    assert r.resolve("طرابلس").method == "gazetteer"
    assert server.count() == 0


def test_not_found_is_cached(server, tmp_path):
    fb = make_fallback(server, tmp_path)
    res = fb.geocode("Atlantis Undersea")
    assert not res.resolved and "not found" in res.note
    assert fb.geocode("Atlantis Undersea").note.startswith("cached")
    assert server.count() == 1


def test_answer_cached_across_instances_and_processes(server, tmp_path):
    fb = make_fallback(server, tmp_path)
    first = fb.geocode("Nalut")
    assert first.resolved and server.count() == 1
    again = fb.geocode("  nalut ")
    assert again.resolved and again.note == "cached" and server.count() == 1
    fb.cache.close()
    fresh = make_fallback(server, tmp_path)  # a new Fallback on the same cache file
    assert fresh.geocode("Nalut").place.lat == first.place.lat
    assert server.count() == 1
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from geo.fallback import Fallback\n"
        "fb = Fallback(domain=sys.argv[2], scheme='http', cache_path=sys.argv[3], min_delay_seconds=0)\n"
        "r = fb.geocode('Nalut'); print(r.resolved, r.note, fb.requests)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), server.domain,
                          str(tmp_path / "geocode.sqlite")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "cached", "0"]
    assert server.count() == 1


def test_cache_path_from_environment(server, tmp_path, monkeypatch):
    path = tmp_path / "env-cache.sqlite"
    monkeypatch.setenv("MARSAD_GEOCODE_CACHE", str(path))
    fb = Fallback(domain=server.domain, scheme="http", min_delay_seconds=0, offline=False)
    assert fb.geocode("Ghat").resolved
    assert path.exists() and len(fb.cache) == 1


# --- a misbehaving service -------------------------------------------------------------

def test_429_then_success(server, tmp_path):
    server.fail_next("429")
    fb = make_fallback(server, tmp_path)
    res = fb.geocode("Gharyan")
    assert res.resolved and server.count() == 2


def test_5xx_then_success(server, tmp_path):
    server.fail_next("500", "503")
    res = make_fallback(server, tmp_path).geocode("Gharyan")
    assert res.resolved and server.count() == 3


def test_persistent_429_gives_up_without_caching(server, tmp_path):
    server.behaviour.always = "429"
    fb = make_fallback(server, tmp_path, max_retries=2)
    res = fb.geocode("Gharyan")
    assert not res.resolved and "rate limited" in res.note
    assert server.count() == 3  # one try and two retries
    server.behaviour.always = None
    assert fb.geocode("Gharyan").resolved  # the failure was not cached


def test_timeout(server, tmp_path):
    server.behaviour.always = "slow"
    server.behaviour.slow_seconds = 1.5
    fb = make_fallback(server, tmp_path, timeout=0.3, max_retries=0)
    res = fb.geocode("Gharyan")
    assert not res.resolved and "timed out" in res.note


@pytest.mark.parametrize("garbage", ["garbage", "empty-json"])
def test_garbage_answer(server, tmp_path, garbage):
    server.behaviour.always = garbage
    fb = make_fallback(server, tmp_path)
    res = fb.geocode("Gharyan")
    assert not res.resolved and res.note.startswith("geocoding service failed")
    assert len(fb.cache) == 0


def test_resolver_survives_a_dead_service(tmp_path, small_gazetteer):
    # nothing listens on this port: connection refused
    with NominatimServer() as srv:
        domain = srv.domain
    fb = Fallback(domain=domain, scheme="http", cache_path=tmp_path / "c.sqlite",
                  min_delay_seconds=0, backoff_seconds=0.01, max_retries=1, timeout=1, offline=False)
    r = Resolver(gazetteer=small_gazetteer, fallback=fb)
    res = r.resolve("Gharyan")
    assert not res.resolved and res.note.startswith("geocoding service failed")
    assert "unreachable" in res.note and fb.requests == 1  # no retries against a dead host
    assert res.to_dict()["latitude"] is None
    # the next names do not wait on the dead service again
    later = r.resolve("Nalut")
    assert not later.resolved and "not asked again" in later.note and fb.requests == 1


def test_service_is_asked_again_after_the_cooldown(server, tmp_path):
    server.fail_next("garbage")
    fb = make_fallback(server, tmp_path, cooldown_seconds=3600)
    assert not fb.geocode("Gharyan").resolved
    assert "not asked again" in fb.geocode("Gharyan").note and server.count() == 1
    fb._down_until = 0.0  # the hour has passed
    assert fb.geocode("Gharyan").resolved and server.count() == 2


def test_answer_outside_libya_rejected(server, tmp_path):
    server.behaviour.honour_countrycodes = False  # a server that ignores countrycodes
    fb = make_fallback(server, tmp_path)
    res = fb.geocode("Tunis")
    assert not res.resolved and "outside Libya" in res.note
    assert "outside Libya" in fb.geocode("Tunis").note  # cached as an answer
    assert server.count() == 1


def test_outside_libya_by_box_when_no_country_code(tmp_path):
    class Located:  # a geocoder of another family: no addressdetails, no country code
        latitude, longitude, address = 34.43, 35.84, "Tripoli, Lebanon"
        raw = {"display_name": "Tripoli, Lebanon"}

    class OtherGeocoder:
        domain = "other.invalid"

        def geocode(self, query, exactly_one=True, timeout=None):
            return Located()

    fb = Fallback(OtherGeocoder(), cache_path=tmp_path / "c.sqlite", min_delay_seconds=0, offline=False)
    res = fb.geocode("Tripoli")
    assert not res.resolved and "outside Libya" in res.note


# --- offline ---------------------------------------------------------------------------

def test_offline_switch(server, tmp_path, small_gazetteer, monkeypatch):
    fb = make_fallback(server, tmp_path, offline=True)
    res = fb.geocode("Gharyan")
    assert not res.resolved and res.note.startswith("offline")
    assert server.count() == 0
    monkeypatch.setenv("MARSAD_OFFLINE", "1")
    env_fb = Fallback(domain=server.domain, scheme="http", cache_path=tmp_path / "x.sqlite")
    assert env_fb.offline and not env_fb.geocode("Gharyan").resolved
    assert server.count() == 0


def test_offline_resolver_still_reads_the_cache(server, tmp_path, small_gazetteer):
    online = Resolver(gazetteer=small_gazetteer, fallback=make_fallback(server, tmp_path))
    assert online.resolve("Ghat").method == "geopy"
    offline = Resolver(gazetteer=small_gazetteer, fallback=make_fallback(server, tmp_path), offline=True)
    assert offline.resolve("Ghat").resolved
    assert not offline.resolve("Brak").resolved
    assert online.resolve("Brak", offline=True).note.startswith("offline")
    assert server.count() == 1


def test_offline_resolver_without_fallback_opens_nothing(small_gazetteer):
    r = Resolver(gazetteer=small_gazetteer, offline=True)
    res = r.resolve("Gharyan", Context())
    assert not res.resolved and "offline" in res.note
    assert r._fallback is None
