"""The geocoding fallback: what the gazetteer does not know is asked of a geopy geocoder.

Nominatim (OpenStreetMap) by default, politely: Marsad's own user agent, at most one
request a second (geopy's RateLimiter), retries with backoff on 429 and 5xx, a timeout,
``country_codes="ly"``. Any geopy geocoder can be given instead, or a self-hosted Nominatim
via ``domain``/``scheme``. Every answer - a place, "not found", or a place outside Libya
that was rejected - is kept in a SQLite cache so a service is asked once per name, across
runs. An answer is read up to MAX_ANSWER_BYTES and within the timeout in all, so a service
that trickles bytes or sends gigabytes costs one bounded wait, not a stuck ingest. A failing service (unreachable, timeout, 429 after retries, 5xx, garbage) never
raises: the caller gets an unresolved Resolution whose note says what happened, nothing
is cached so a later run asks again, and the service is left alone for
``cooldown_seconds`` so that a machine without internet does not wait a timeout per name. Offline (argument or MARSAD_OFFLINE=1) only the cache answers.
"""
from __future__ import annotations

import inspect
import json
import os
import sqlite3
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from geopy.exc import (GeocoderParseError, GeocoderRateLimited, GeocoderServiceError,
                       GeocoderTimedOut, GeocoderUnavailable, GeopyError)
from geopy.adapters import RequestsAdapter, URLLibAdapter
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
import requests
from urllib3.exceptions import HTTPError as Urllib3Error

from .errors import GeoError
from .gazetteer import cache_dir
from .normalise import has_arabic, normalise
from .place import Place, Resolution
from .place import precision_for
from .service import TRANSIENT_NOTE, offline_from_env

USER_AGENT = "marsad/0.1 (+https://example.invalid/marsad; Libyan conflict event mapping)"
# Libya's bounding box with a little slack: what falls outside is not a Libyan place.
LIBYA_BBOX = (19.3, 33.6, 9.2, 25.4)  # lat min, lat max, lon min, lon max
GEOPY_CONFIDENCE = 0.6
# Nominatim's answers for one name are a few kB; anything near this is not an answer.
MAX_ANSWER_BYTES = 2 * 1024 * 1024
# A self-hosted Nominatim (or a test server) for every Fallback made without domain=: a URL
# such as http://127.0.0.1:8080, so `marsad ingest` can use one without code.
GEOCODER_URL_ENV = "MARSAD_NOMINATIM_URL"
_KINDS = {
    "city": "city", "town": "town", "village": "village", "hamlet": "hamlet",
    "isolated_dwelling": "hamlet", "suburb": "neighbourhood", "neighbourhood": "neighbourhood",
    "quarter": "neighbourhood", "city_district": "district", "borough": "district",
    "aerodrome": "airport", "airport": "airport", "military": "military camp",
    "harbour": "port", "port": "port", "state": "admin1", "region": "region",
    "administrative": "region", "country": "country", "valley": "wadi", "road": "road",
}


def default_cache_path() -> Path:
    env = os.environ.get("MARSAD_GEOCODE_CACHE")
    return Path(env) if env else cache_dir() / "geocode.sqlite"


class GeocodeCache:
    """Answers of geocoding services by (service, normalised query), in SQLite."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS geocode (service TEXT NOT NULL, query TEXT NOT NULL,"
                    " found INTEGER NOT NULL, answer TEXT, note TEXT, asked_at TEXT,"
                    " PRIMARY KEY (service, query))"
                )
                # When each service may next be asked: shared by every process using this cache.
                conn.execute("CREATE TABLE IF NOT EXISTS pace (service TEXT PRIMARY KEY, next_at REAL NOT NULL)")
                conn.commit()
            except (sqlite3.Error, OSError) as exc:
                raise GeoError(
                    f"geocode cache {self.path} cannot be opened ({exc}); set "
                    "MARSAD_GEOCODE_CACHE to a writable file"
                ) from None
            self._conn = conn
        return self._conn

    def get(self, service: str, query: str) -> tuple[bool, dict | None, str] | None:
        with self._lock:
            row = self._db().execute(
                "SELECT found, answer, note FROM geocode WHERE service = ? AND query = ?",
                (service, query),
            ).fetchone()
        if row is None:
            return None
        return bool(row[0]), json.loads(row[1]) if row[1] else None, row[2] or ""

    def put(self, service: str, query: str, answer: dict | None, note: str) -> None:
        with self._lock:
            db = self._db()
            db.execute(
                "INSERT OR REPLACE INTO geocode VALUES (?, ?, ?, ?, ?, ?)",
                (service, query, answer is not None,
                 json.dumps(answer, ensure_ascii=False) if answer is not None else None,
                 note, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            db.commit()

    def book(self, service: str, spacing: float) -> float:
        """Seconds to wait before asking ``service``, booking that moment: every process that
        shares this cache (two `marsad geocode` runs, the page and an ingest) asks a service
        at most once per ``spacing`` seconds in all, as Nominatim's usage policy asks."""
        with self._lock:
            db = self._db()
            now = time.time()
            db.execute("BEGIN IMMEDIATE")  # the read and the booking as one step across processes
            try:
                row = db.execute("SELECT next_at FROM pace WHERE service = ?", (service,)).fetchone()
                # A booking far ahead means the clock was set back: start again from now.
                at = max(now, row[0]) if row is not None and row[0] <= now + 10 * spacing else now
                db.execute("INSERT OR REPLACE INTO pace VALUES (?, ?)", (service, at + spacing))
                db.commit()
            except BaseException:
                db.rollback()
                raise
        return at - now

    def __len__(self) -> int:
        with self._lock:
            return self._db().execute("SELECT COUNT(*) FROM geocode").fetchone()[0]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class Fallback:
    """A geopy geocoder behind a persistent cache, a rate limit and retries."""

    def __init__(
        self,
        geocoder: Any | None = None,
        *,
        domain: str | None = None,
        scheme: str | None = None,
        user_agent: str = USER_AGENT,
        timeout: float = 10.0,
        country_codes: str | None = "ly",
        min_delay_seconds: float = 1.0,
        max_retries: int = 3,
        backoff_seconds: float = 2.0,
        max_wait_seconds: float = 60.0,
        cooldown_seconds: float = 120.0,
        cache_path: str | os.PathLike | None = None,
        offline: bool | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if geocoder is None and domain is None and os.environ.get(GEOCODER_URL_ENV, "").strip():
            scheme, domain = _service_from_url(os.environ[GEOCODER_URL_ENV])
        if geocoder is None:
            kw: dict[str, Any] = {"user_agent": user_agent, "timeout": timeout}
            if domain:
                kw["domain"] = domain
            if scheme:
                kw["scheme"] = scheme
            geocoder = Nominatim(adapter_factory=_adapter_without_retries, **kw)
        self.geocoder = geocoder
        self.timeout = timeout
        self.country_codes = country_codes
        self.max_retries = max_retries
        self.backoff_seconds = backoff_seconds
        self.max_wait_seconds = max_wait_seconds
        self.cooldown_seconds = cooldown_seconds
        self._down_until = 0.0
        self._down_reason = ""
        self.offline = offline_from_env() if offline is None else offline
        self.cache = GeocodeCache(cache_path or default_cache_path())
        self._sleep = sleep
        name = type(geocoder).__name__
        self.source = "nominatim" if isinstance(geocoder, Nominatim) else name.lower()
        # The cache key names the service, so a test server's answers never pass for
        # nominatim.openstreetmap.org's.
        self.service = f"{name}:{getattr(geocoder, 'domain', '')}:{country_codes or ''}"
        params = inspect.signature(geocoder.geocode).parameters
        self._kwargs: dict[str, Any] = {"exactly_one": True}
        if "timeout" in params:
            self._kwargs["timeout"] = timeout
        if country_codes and "country_codes" in params:
            self._kwargs["country_codes"] = country_codes
        for flag in ("addressdetails", "namedetails"):
            if flag in params:
                self._kwargs[flag] = True
        self.min_delay_seconds = min_delay_seconds
        self._limited = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=0, swallow_exceptions=False)
        self.requests = 0  # calls that reached the service (for tests and reports)

    # -- public ------------------------------------------------------------------------

    def geocode(self, name: str, *, offline: bool = False) -> Resolution:
        """A Resolution for ``name`` from the cache or the service; never raises for a
        service failure (the note says what failed)."""
        query = " ".join(name.split())
        key = normalise(query)
        try:
            cached = self.cache.get(self.service, key)
        except (GeoError, sqlite3.Error):  # an unreadable cache is a miss; the service still answers
            cached = None
        if cached is not None:
            found, answer, note = cached
            if found and answer:
                return self._resolution(name, answer, note="cached")
            return Resolution(query=name, place=None, note=f"cached: {note or 'not found'}")
        if offline or self.offline:
            return Resolution(query=name, place=None,
                              note="offline: not in the gazetteer or the geocode cache")
        if time.monotonic() < self._down_until:
            return Resolution(query=name, place=None,
                              note=f"{TRANSIENT_NOTE}: {self._down_reason} (not asked again yet)")
        try:
            location = self._ask(query)
        except _ServiceFailed as exc:
            # A machine without internet must not wait a timeout per name: rest a while.
            self._down_until = time.monotonic() + self.cooldown_seconds
            self._down_reason = str(exc)
            return Resolution(query=name, place=None, note=f"{TRANSIENT_NOTE}: {exc}")
        if location is None:
            self._remember(key, None, "not found")
            return Resolution(query=name, place=None, note="not found by the geocoding service")
        raw = dict(getattr(location, "raw", None) or {})
        try:
            answer = self._answer(query, location, raw)
        except _ServiceFailed as exc:  # an answer without coordinates: garbage, not "not found"
            return Resolution(query=name, place=None, note=f"{TRANSIENT_NOTE}: {exc}")
        if answer is None:
            where = (raw.get("display_name") or getattr(location, "address", "") or "?")[:120]
            note = f"answer outside Libya rejected: {where}"
            self._remember(key, None, note)
            return Resolution(query=name, place=None, note=note)
        self._remember(key, answer, "")
        return self._resolution(name, answer, note=self.source)

    # -- internals ---------------------------------------------------------------------

    def _booked_wait(self) -> float:
        """How long to wait for this process's turn at the service (see GeocodeCache.book);
        without a usable cache, only this process's own RateLimiter spaces the requests."""
        if self.min_delay_seconds <= 0:
            return 0.0
        try:
            return self.cache.book(self.service, self.min_delay_seconds)
        except (GeoError, sqlite3.Error):
            return 0.0

    def _remember(self, key: str, answer: dict | None, note: str) -> None:
        """Cache an answer; a cache that cannot be written (disk full, locked by another
        process for too long) costs a repeated question later, never this answer."""
        try:
            self.cache.put(self.service, key, answer, note)
        except (GeoError, sqlite3.Error):
            pass

    def _ask(self, query: str):
        waited = 0.0
        last = "no answer"
        for attempt in range(self.max_retries + 1):
            self.requests += 1
            self._sleep(self._booked_wait())
            try:
                return self._limited(query, **self._kwargs)
            except GeocoderRateLimited as exc:
                last = "rate limited (HTTP 429)"
                wait = exc.retry_after if exc.retry_after else self.backoff_seconds * 2 ** attempt
            except GeocoderTimedOut as exc:
                last = f"timed out ({_short(exc)})" if str(exc) else "timed out"
                wait = self.backoff_seconds * 2 ** attempt
            except GeocoderParseError as exc:  # garbage: asking again gives more garbage
                raise _ServiceFailed(f"unreadable answer ({_short(exc)})") from None
            except GeocoderUnavailable as exc:  # no connection at all: retrying won't help
                raise _ServiceFailed(f"unreachable ({_short(exc)})") from None
            except GeocoderServiceError as exc:
                last = f"service error ({_short(exc)})"
                wait = self.backoff_seconds * 2 ** attempt
            except GeopyError as exc:  # parse errors, bad queries: retrying will not help
                raise _ServiceFailed(f"{type(exc).__name__}: {_short(exc)}") from None
            except Exception as exc:  # noqa: BLE001 - garbage a parser choked on
                raise _ServiceFailed(f"unreadable answer ({type(exc).__name__}: {_short(exc)})") from None
            if attempt == self.max_retries or waited + wait > self.max_wait_seconds:
                break
            self._sleep(wait)
            waited += wait
        raise _ServiceFailed(last)

    def _answer(self, query: str, location: Any, raw: dict) -> dict | None:
        """The cacheable answer, or None when it lies outside Libya."""
        try:
            lat, lon = float(location.latitude), float(location.longitude)
        except (TypeError, ValueError, AttributeError):
            raise _ServiceFailed("answer without coordinates") from None
        address = raw.get("address") or {}
        cc = (address.get("country_code") or "").lower()
        if self.country_codes and cc and cc not in self.country_codes.lower().split(","):
            return None
        lat_min, lat_max, lon_min, lon_max = LIBYA_BBOX
        if self.country_codes == "ly" and not (lat_min <= lat <= lat_max and lon_min <= lon <= lon_max):
            return None
        names = raw.get("namedetails") or {}
        display = raw.get("display_name") or getattr(location, "address", "") or query
        first = display.split(",")[0].strip() or query
        name_en = names.get("name:en") or (first if not has_arabic(first) else "") or query
        name_ar = names.get("name:ar") or (first if has_arabic(first) else "") or (
            query if has_arabic(query) else "")
        kind = _KINDS.get(raw.get("addresstype") or "") or _KINDS.get(raw.get("type") or "") or "landmark"
        osm = f"{(raw.get('osm_type') or 'x')[:1]}{raw.get('osm_id') or raw.get('place_id') or abs(hash(display))}"
        return {"id": f"{self.source}-{osm}", "name_en": name_en, "name_ar": name_ar,
                "kind": kind, "lat": lat, "lon": lon, "country": (cc or "ly").upper(),
                "display_name": display}

    def _resolution(self, query: str, answer: dict, note: str) -> Resolution:
        place = Place(id=answer["id"], name_en=answer["name_en"], name_ar=answer["name_ar"],
                      kind=answer["kind"], lat=answer["lat"], lon=answer["lon"],
                      country=answer.get("country", "LY"), source=self.source)
        return Resolution(query=query, place=place, candidates=(place,),
                          precision=precision_for(place), method="geopy",
                          confidence=GEOPY_CONFIDENCE, note=note)


def _short(exc: BaseException) -> str:
    """One short line about an exception: urllib3's messages run to 400 characters."""
    text = " ".join(str(exc).split())
    for marker in ("Failed to resolve", "Connection refused", "Read timed out", "timed out"):
        if marker in text:
            return marker.lower()
    return text if len(text) <= 120 else text[:117] + "..."


def _adapter_without_retries(*, proxies, ssl_context):
    """geopy's HTTP adapter with its own silent retries off: retries (and their backoff
    and Retry-After) are Fallback's, so they are counted and bounded in one place."""
    try:
        adapter = RequestsAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)
    except ImportError:  # no requests installed: urllib never retries by itself
        return URLLibAdapter(proxies=proxies, ssl_context=ssl_context)
    # Sizes on the wire are the sizes read: no compressed answer can unpack to gigabytes.
    adapter.session.headers["Accept-Encoding"] = "identity"
    for transport in adapter.session.adapters.values():
        transport.send = _bounded_send(transport.send)
    return adapter


def _bounded_send(send: Callable[..., requests.Response]) -> Callable[..., requests.Response]:
    """requests' transport ``send``, reading the answer itself: at most MAX_ANSWER_BYTES, and
    within the timeout in all. requests' own timeout bounds each read only, so a server
    trickling a byte a second would hold the caller for ever."""

    def bounded(request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        started = time.monotonic()
        timeout = kwargs.get("timeout")
        limit = timeout[-1] if isinstance(timeout, tuple) else timeout
        kwargs["stream"] = True
        response = send(request, **kwargs)
        body = bytearray()
        try:
            # read1 returns what has arrived instead of waiting for a full buffer.
            while chunk := response.raw.read1(65536):
                body += chunk
                if len(body) > MAX_ANSWER_BYTES:
                    raise _AnswerTooLarge(f"answer over {MAX_ANSWER_BYTES // 1048576} MB")
                if limit is not None and time.monotonic() - started > limit:
                    raise requests.exceptions.ReadTimeout(f"answer not complete within {limit:g} s")
        except Urllib3Error as exc:  # a read timing out or a connection cut mid-answer
            raise requests.exceptions.ReadTimeout(_short(exc)) from None
        finally:
            response.close()
        response._content = bytes(body)
        response._content_consumed = True
        return response

    return bounded


def _service_from_url(url: str) -> tuple[str, str]:
    """("http", "host:port") from "http://host:port"; a bad URL is a one-line GeoError."""
    scheme, sep, rest = url.strip().partition("://")
    domain = rest.strip("/")
    if not sep or scheme not in ("http", "https") or not domain or "/" in domain:
        raise GeoError(f"{GEOCODER_URL_ENV}={url!r} is not a service address; give one such as "
                       "http://127.0.0.1:8080")
    return scheme, domain


class _AnswerTooLarge(requests.exceptions.RequestException):
    """An answer over MAX_ANSWER_BYTES: geopy reports it as a service error."""


class _ServiceFailed(Exception):
    """The service could not give an answer this time (not cached)."""
