"""A small real HTTP server that speaks Nominatim's /search protocol, for tests.

It answers from ../shared/data/osm_libya_places.json (OpenStreetMap place nodes of Libya)
when that reference file is present, else from tests/fixtures/geo/nominatim_places.json,
plus a few places outside Libya (to test that such answers are rejected). Switches make it
misbehave the way real services do: HTTP 429 (with Retry-After), 500, garbage bodies, or
answers slower than the client's timeout. Every request is recorded.

    with NominatimServer() as server:
        geocoder = Nominatim(domain=server.domain, scheme="http", user_agent="test")
"""
from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

ROOT = Path(__file__).resolve().parent.parent
OSM_REFERENCE = ROOT.parent / "shared" / "data" / "osm_libya_places.json"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "geo" / "nominatim_places.json"

_AR_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def fold(s: str) -> str:
    """The server's own light matching (Nominatim is forgiving about case and accents)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _AR_MARKS.sub("", s).translate(_AR_FOLD).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


@dataclass
class Entry:
    osm_id: int
    lat: float
    lon: float
    place: str
    names: dict[str, str]
    country_code: str = "ly"
    country: str = "Libya"

    @property
    def name(self) -> str:
        return self.names.get("name") or self.names.get("name:en") or ""


def load_entries(path: Path | None = None) -> list[Entry]:
    """Place entries from an Overpass-style JSON file (elements[].lat/lon/tags)."""
    if path is None:
        path = OSM_REFERENCE if OSM_REFERENCE.exists() else FIXTURE
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for el in data.get("elements", []):
        tags = el.get("tags") or {}
        names = {k: v for k, v in tags.items() if k == "name" or k.startswith(("name:", "alt_name", "old_name"))}
        if not names:
            continue
        out.append(Entry(osm_id=int(el["id"]), lat=float(el["lat"]), lon=float(el["lon"]),
                         place=tags.get("place", "locality"), names=names,
                         country_code=tags.get("country_code", "ly"),
                         country=tags.get("country", "Libya")))
    return out


# Places outside Libya, always served (a world-wide Nominatim has them).
FOREIGN = [
    Entry(9_000_001, 34.4367, 35.8497, "city", {"name": "طرابلس", "name:en": "Tripoli"}, "lb", "Lebanon"),
    Entry(9_000_002, 36.8008, 10.1800, "city", {"name": "تونس", "name:en": "Tunis"}, "tn", "Tunisia"),
    Entry(9_000_003, 30.0444, 31.2357, "city", {"name": "القاهرة", "name:en": "Cairo"}, "eg", "Egypt"),
]


@dataclass
class Request:
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    at: float


@dataclass
class Behaviour:
    """What the server does next. ``failures`` is a queue consumed one request at a time:
    each item is "429", "500", "503", "garbage", "slow" or "empty-json"."""

    failures: list[str] = field(default_factory=list)
    always: str | None = None  # the same failure for every request
    slow_seconds: float = 2.0
    retry_after: int | None = 0
    honour_countrycodes: bool = True


class NominatimServer:
    def __init__(self, entries: list[Entry] | None = None) -> None:
        self.entries = (entries if entries is not None else load_entries()) + FOREIGN
        self.index: dict[str, list[Entry]] = {}
        for e in self.entries:
            for n in set(e.names.values()):
                self.index.setdefault(fold(n), []).append(e)
        self.behaviour = Behaviour()
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control -----------------------------------------------------------------------

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.domain}"

    def fail_next(self, *kinds: str) -> None:
        with self._lock:
            self.behaviour.failures.extend(kinds)

    def count(self, path: str = "/search") -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def start(self) -> NominatimServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server._handle(self)

            def log_message(self, *args) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> NominatimServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- protocol ----------------------------------------------------------------------

    def search(self, q: str, *, countrycodes: str = "", limit: int = 10,
               addressdetails: bool = False, namedetails: bool = False, v2: bool = False) -> list[dict]:
        found = list(self.index.get(fold(q), []))
        if countrycodes and self.behaviour.honour_countrycodes:
            wanted = {c.strip().lower() for c in countrycodes.split(",")}
            found = [e for e in found if e.country_code in wanted]
        rank = {"city": 0, "town": 1, "village": 2, "hamlet": 3}
        found.sort(key=lambda e: rank.get(e.place, 4))
        out = []
        for e in found[:max(1, limit)]:
            item = {
                "place_id": e.osm_id + 100_000_000, "licence": "Data © OpenStreetMap contributors, ODbL 1.0",
                "osm_type": "node", "osm_id": e.osm_id, "lat": f"{e.lat:.7f}", "lon": f"{e.lon:.7f}",
                "type": e.place, "place_rank": 16, "importance": 0.5, "addresstype": e.place,
                "name": e.name, "display_name": f"{e.name}, {e.country}",
                "boundingbox": [f"{e.lat - 0.05:.7f}", f"{e.lat + 0.05:.7f}",
                                f"{e.lon - 0.05:.7f}", f"{e.lon + 0.05:.7f}"],
            }
            item["category" if v2 else "class"] = "place"
            if addressdetails:
                item["address"] = {e.place: e.name, "country": e.country, "country_code": e.country_code}
            if namedetails:
                item["namedetails"] = dict(e.names)
            out.append(item)
        return out

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        url = urlparse(h.path)
        params = {k: v[-1] for k, v in parse_qs(url.query).items()}
        with self._lock:
            self.requests.append(Request(url.path, params, dict(h.headers.items()), time.monotonic()))
            b = self.behaviour
            failure = b.failures.pop(0) if b.failures else b.always
        if failure == "slow":
            time.sleep(b.slow_seconds)
        if failure == "429":
            headers = {"Retry-After": str(b.retry_after)} if b.retry_after is not None else {}
            return self._send(h, 429, b'{"error": "Too Many Requests"}', headers)
        if failure in ("500", "503"):
            return self._send(h, int(failure), b"<html><body>Internal Server Error</body></html>",
                              {"Content-Type": "text/html"})
        if failure == "garbage":
            return self._send(h, 200, b"\x89PNG\r\n\x1a\n not json {{{")
        if failure == "empty-json":
            return self._send(h, 200, b'{"unexpected": true}')
        if url.path not in ("/search", "/search.php"):
            return self._send(h, 404, b'{"error": "unknown endpoint"}')
        fmt = params.get("format", "json")
        if fmt not in ("json", "jsonv2"):
            return self._send(h, 400, b'{"error": "format must be json or jsonv2 here"}')
        try:
            limit = int(params.get("limit", "10"))
        except ValueError:
            limit = 10
        body = self.search(
            params.get("q", ""), countrycodes=params.get("countrycodes", ""), limit=limit,
            addressdetails=params.get("addressdetails") == "1",
            namedetails=params.get("namedetails") == "1", v2=fmt == "jsonv2",
        )
        self._send(h, 200, json.dumps(body, ensure_ascii=False).encode("utf-8"))

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict | None = None) -> None:
        try:
            h.send_response(status)
            h.send_header("Content-Type", (headers or {}).pop("Content-Type", "application/json; charset=utf-8"))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to answer


if __name__ == "__main__":
    with NominatimServer() as srv:
        print(f"Nominatim test server on {srv.url}/search?q=...&format=json (Ctrl-C stops)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
