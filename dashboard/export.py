"""Exports of the current view: CSV and GeoJSON of the filtered events, a standalone HTML map
that opens with no internet, and a PNG snapshot of the map rendered by headless Chromium."""
from __future__ import annotations

import contextlib
import html
import json
import math
import os
import shutil
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.i18n import t
from geo.errors import MarsadError

TITLE = "Marsad — مرصد"
FRONT_NOTE = "Front line: bold = {start} – {end} (last {days} days); older events fade with age"
ATTRIBUTION = ("Events extracted automatically by Marsad from news reports; "
               "check each against its report. Map: Leaflet; basemap drawn from local data.")

# Columns of the CSV / GeoJSON properties, in the order an analyst reads them (ACLED names).
EXPORT_COLUMNS = (
    "id", "source_count", "event_date", "date_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "assoc_actors", "location", "location_ar", "place_id", "admin1", "latitude", "longitude",
    "geo_precision", "geocoder", "corrected", "fatalities", "fatalities_lower_bound", "injuries",
    "injuries_lower_bound", "evidence", "confidence", "report_id", "report_title", "report_url",
    "report_published", "report_source", "source_coding",
)
# A spreadsheet runs a cell starting with these as a formula; report text is untrusted.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CHROMIUM = Path(os.environ.get("MARSAD_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("MARSAD_CHROMEDRIVER", "/usr/bin/chromedriver"))
# Any host but the loopback fails to resolve, as on an air-gapped machine: a page that still
# tries the network shows it in the browser log instead of hanging on a timeout.
NO_INTERNET_RULE = "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost"


class ExportError(MarsadError):
    """An export could not be made (no browser to render the PNG, the page did not render)."""


# ---------------------------------------------------------------- tables

def _cell(value: Any) -> Any:
    """A JSON-safe plain Python value (numpy scalars, NaN/NaT, dates, arrays)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return [_cell(v) for v in value]
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return _cell(value.tolist())
    if isinstance(value, (datetime, pd.Timestamp)):
        return None if pd.isna(value) else value.date().isoformat() if _midnight(value) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT or value is pd.NA:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _midnight(value: datetime) -> bool:
    return (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0)


def export_columns(df: pd.DataFrame) -> list[str]:
    return [c for c in EXPORT_COLUMNS if c in df.columns]


def _plain_column(col: pd.Series) -> list[Any]:
    """A column as plain Python values for JSON: ISO dates, ints, floats, lists, None if missing."""
    if pd.api.types.is_datetime64_any_dtype(col):
        col = col.dt.strftime("%Y-%m-%d")
    elif pd.api.types.is_integer_dtype(col):  # Int64 with <NA> included
        return [None if pd.isna(v) else int(v) for v in col.to_numpy(dtype=object)]
    elif pd.api.types.is_float_dtype(col):
        return [None if v != v else float(v) for v in col.to_numpy(dtype=float)]
    elif pd.api.types.is_bool_dtype(col):
        return [bool(v) for v in col.to_numpy()]
    return [_cell(v) if isinstance(v, (list, tuple)) or hasattr(v, "tolist")
            else (None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v)
            for v in col.to_numpy(dtype=object)]


def export_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    cols = export_columns(df)
    if df.empty:
        return []
    columns = [_plain_column(df[c]) for c in cols]
    return [dict(zip(cols, row)) for row in zip(*columns)]


def export_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a byte-order mark, so spreadsheets show Arabic right; one row per event."""
    columns = {}
    for c in export_columns(df):
        col = df[c]
        if pd.api.types.is_datetime64_any_dtype(col):
            columns[c] = col.dt.strftime("%Y-%m-%d")  # dates, not midnight timestamps
        elif pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
            columns[c] = col  # pandas writes <NA>/NaN as an empty cell
        else:
            text = col.map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v,
                           na_action="ignore")
            # A spreadsheet runs a cell starting with = + - @ as a formula: report text is untrusted.
            risky = text.map(lambda v: isinstance(v, str) and v.startswith(_FORMULA_START), na_action="ignore")
            columns[c] = text.where(~risky.fillna(False).astype(bool), "'" + text.astype(str))
    table = pd.DataFrame(columns, index=df.index)
    return table.to_csv(index=False).encode("utf-8-sig")


def export_geojson(df: pd.DataFrame) -> str:
    """A GeoJSON FeatureCollection, one Point per event; an event with no coordinates keeps its
    row with a null geometry (RFC 7946 allows it) rather than vanishing from the export."""
    features = []
    for rec in export_records(df):
        lat, lon = rec.pop("latitude", None), rec.pop("longitude", None)
        geometry = None
        if lat is not None and lon is not None:
            geometry = {"type": "Point", "coordinates": [round(float(lon), 6), round(float(lat), 6)]}
        features.append({"type": "Feature", "id": rec.get("id"), "geometry": geometry,
                         "properties": rec})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


# ---------------------------------------------------------------- the map with its stamp

def bounds_from_st_folium(value: Any) -> list[list[float]] | None:
    """[[south, west], [north, east]] from st_folium's returned "bounds", or None if unusable."""
    if not isinstance(value, Mapping):
        return None
    try:
        sw, ne = value["_southWest"], value["_northEast"]
        box = [[float(sw["lat"]), float(sw["lng"])], [float(ne["lat"]), float(ne["lng"])]]
    except (KeyError, TypeError, ValueError):
        return None
    if any(math.isnan(v) for pair in box for v in pair) or box[0] == box[1]:
        return None
    return box


def data_bounds(df: pd.DataFrame) -> list[list[float]] | None:
    if df.empty or "latitude" not in df or "longitude" not in df:
        return None
    lat, lon = pd.to_numeric(df["latitude"], errors="coerce"), pd.to_numeric(df["longitude"], errors="coerce")
    ok = lat.notna() & lon.notna()
    if not ok.any():
        return None
    return [[float(lat[ok].min()), float(lon[ok].min())], [float(lat[ok].max()), float(lon[ok].max())]]


def _describe(filters: Any) -> str:
    if filters is None:
        return "none"
    text = filters.describe() if hasattr(filters, "describe") else str(filters)
    return text or "none"


def _date_range(df: pd.DataFrame, filters: Any) -> str:
    lo, hi = getattr(filters, "date_from", None), getattr(filters, "date_to", None)
    if lo is None or hi is None:
        dates = pd.to_datetime(df.get("event_date", pd.Series(dtype=object)), errors="coerce", format="mixed").dropna()
        if not dates.empty:
            lo = lo or dates.min().date()
            hi = hi or dates.max().date()
    if lo is None and hi is None:
        return "all dates"
    return f"{lo.isoformat() if lo else '…'} – {hi.isoformat() if hi else '…'}"


def in_bounds(df: pd.DataFrame, bounds: Sequence[Sequence[float]] | None) -> int | None:
    """How many events lie inside `bounds` ([[south, west], [north, east]]); None if unknown."""
    if bounds is None or df.empty or "latitude" not in df or "longitude" not in df:
        return None
    (s, w), (n, e) = bounds
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    return int((lat.between(float(s), float(n)) & lon.between(float(w), float(e))).sum())


def stamp_html(df: pd.DataFrame, filters: Any, *, bounds: Sequence[Sequence[float]] | None = None,
               now: datetime | None = None) -> str:
    """The band over the map in exports: title, dates, filters, count, when, attribution.
    Every value is escaped: filter text and actor names come from users and reports."""
    now = now or datetime.now(timezone.utc)
    undated = 0
    if "event_date" in df:
        undated = int(pd.to_datetime(df["event_date"], errors="coerce", format="mixed").isna().sum())
    count = f"{len(df)} event{'s' if len(df) != 1 else ''}"
    inside = in_bounds(df, bounds)
    if inside is not None and inside < len(df):
        count = f"{inside} in this view, of {count} filtered"
    if undated:
        count += f" ({undated} of unknown date)"
    esc = html.escape
    # A band above the map rather than a box over it: nothing of the map is hidden. The page is
    # a flex column; the band is ordered first whatever folium's element order.
    return f"""
<style>
  html, body {{ display: flex; flex-direction: column; }}
  .folium-map {{ flex: 1 1 auto; height: auto !important; min-height: 0; }}
  #marsad-stamp {{ order: -1; flex: none; display: flex; gap: 24px; align-items: flex-start;
    justify-content: space-between; padding: 8px 14px 7px; background: #fff; color: #222;
    border-bottom: 1px solid #bbb; font: 13px/1.4 'DejaVu Sans', Arial, sans-serif; }}
  #marsad-stamp .title {{ font-weight: bold; font-size: 19px; line-height: 1.25; }}
  #marsad-stamp .credit {{ max-width: 34%; text-align: right; color: #555; font-size: 11.5px; }}
</style>
<div id="marsad-stamp">
  <div>
    <div class="title">{esc(TITLE)}</div>
    <div><b>Dates:</b> {esc(_date_range(df, filters))} &nbsp;·&nbsp; <b>Shown:</b> {esc(count)}</div>
    <div><b>Filters:</b> <span dir="auto">{esc(_describe(filters))}</span></div>
  </div>
  <div class="credit">{esc(ATTRIBUTION)}<br>Exported {esc(now.strftime('%Y-%m-%d %H:%M UTC'))}</div>
</div>
"""


def view_size(bounds: Sequence[Sequence[float]] | None, zoom: float | None) -> tuple[int, int] | None:
    """The size in CSS pixels of a web-Mercator map showing `bounds` at `zoom`: the on-screen
    map's size, from what st_folium returns. None when either is unknown."""
    if bounds is None or zoom is None:
        return None
    try:
        (s, w), (n, e) = bounds
        world = 256 * 2 ** float(zoom)

        def y(lat: float) -> float:
            lat = max(min(float(lat), 85.05), -85.05)
            r = math.radians(lat)
            return (1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * world

        width, height = (float(e) - float(w)) / 360 * world, y(s) - y(n)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    if not (math.isfinite(width) and math.isfinite(height)) or width < 50 or height < 50:
        return None
    return round(width), round(height)


def stamped_map(df: pd.DataFrame, filters: Any, bounds: Sequence[Sequence[float]] | None,
                zoom: float | None = None, *, picture: bool = False, view: str = "points",
                metric: str = "events", days: int = 7, lang: str = "en"):
    """The folium map of these events fitted to `bounds` — or, given the on-screen `zoom`, at
    that zoom on the bounds' centre, so the picture matches the screen — with the stamp band
    and the legend. A `picture` (for the PNG) leaves out the buttons nobody can press there.
    `view` and `metric` as in mapview.build_map (the districts view carries its own legend)."""
    from dashboard import mapview
    from dashboard.raw_element import RawElement

    m = mapview.build_map(df, bounds=bounds, tiles=False, view=view, metric=metric, days=days, lang=lang)
    fade = mapview.front_line(df, days) if view == "frontline" else None
    note = t(FRONT_NOTE, lang).format(start=fade["startIso"], end=fade["endIso"], days=fade["days"]) if fade else ""
    extra = stamp_html(df, filters, bounds=bounds) + (
        mapview.legend_html(note=note, lang=lang) if view in ("points", "frontline") else "")
    if picture:
        extra += "<style>.leaflet-control-zoom, .leaflet-control-layers { display: none !important; }</style>"
    if zoom is not None and bounds is not None:
        (s, w), (n, e) = bounds
        centre = [(float(s) + float(n)) / 2, (float(w) + float(e)) / 2]
        # After the map's own fitBounds (inline scripts run before "load"): the screen's view.
        extra += (f"<script>window.addEventListener('load', function () {{"
                  f"{m.get_name()}.setView({json.dumps(centre)}, {float(zoom)!r}, {{animate: false}});"
                  f"}});</script>")
    # RawElement, not folium.Element: the stamp carries the user's filter text, and
    # folium.Element compiles its text as a Jinja template ("{{ ... }}" would run on the server).
    m.get_root().html.add_child(RawElement(extra))
    return m


def export_html(df: pd.DataFrame, filters: Any = None, bounds: Sequence[Sequence[float]] | None = None,
                *, zoom: float | None = None, picture: bool = False, view: str = "points",
                metric: str = "events", days: int = 7, lang: str = "en") -> str:
    """A single HTML file of the map, every script and style inlined: opens with no internet."""
    from dashboard import offline

    return offline.standalone_html(stamped_map(df, filters, bounds, zoom, picture=picture, view=view,
                                               metric=metric, days=days, lang=lang))


# ---------------------------------------------------------------- PNG through headless Chromium

def chromium_missing() -> str | None:
    """Why the PNG export cannot run here, or None when Chromium and its driver are present."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        return (f"PNG export needs headless Chromium, missing here: {', '.join(missing)} "
                "(Debian: apt-get install chromium chromium-driver)")
    return None


@contextlib.contextmanager
def headless_chromium(width: int = 1400, height: int = 900, *, scale: float = 1.0,
                      log_network: bool = False) -> Iterator[Any]:
    """A headless Chromium with a fresh profile and no route off the machine, closed on exit."""
    problem = chromium_missing()
    if problem:
        raise ExportError(problem)
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="marsad-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-extensions", "--disable-sync", "--hide-scrollbars", "--mute-audio",
                "--force-device-scale-factor=1", f"--window-size={width},{height}",
                f"--user-data-dir={profile}", f"--host-resolver-rules={NO_INTERNET_RULE}"):
        options.add_argument(arg)
    if log_network:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = None
    try:
        try:
            driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        except WebDriverException as exc:
            first = (exc.msg or str(exc)).strip().splitlines()[0] if (exc.msg or str(exc)).strip() else type(exc).__name__
            raise ExportError(f"headless Chromium did not start: {first}") from exc
        # The viewport, not the window, is what the screenshot shows: pin it exactly.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": False})
        yield driver
    finally:
        if driver is not None:
            with contextlib.suppress(Exception):
                driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


# Counts what Leaflet has drawn, and whether every image the map uses has loaded.
_READY_JS = """
const c = document.querySelector('.leaflet-container');
if (!c) return null;
const drawn = c.querySelectorAll('.leaflet-interactive, .leaflet-marker-icon, path').length;
const imgs = Array.from(c.querySelectorAll('img'));
const loading = imgs.filter(i => !i.complete).length;
const anim = c.querySelectorAll('.leaflet-zoom-anim, .leaflet-cluster-anim').length;
return [drawn, loading, anim];
"""


def _wait_until_drawn(driver: Any, expect_marks: bool, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    last, stable = None, 0
    while time.monotonic() < deadline:
        state = driver.execute_script(_READY_JS)
        if state is not None:
            drawn, loading, anim = state
            ready = loading == 0 and anim == 0 and (drawn > 0 or not expect_marks)
            stable = stable + 1 if (ready and state == last) else 0
            if stable >= 2:  # the same picture three polls running: drawing has settled
                return
            last = state
        time.sleep(0.15)
    raise ExportError("the map did not finish drawing in headless Chromium within "
                      f"{timeout:.0f} s; try again with fewer events or a smaller area")


def export_png(df: pd.DataFrame, filters: Any = None, bounds: Sequence[Sequence[float]] | None = None,
               *, width: int = 1400, height: int = 900, zoom: float | None = None, scale: float = 1.0,
               view: str = "points", metric: str = "events", days: int = 7, lang: str = "en") -> bytes:
    """A PNG of the map, stamped with title, dates, filters, legend and attribution, as headless
    Chromium draws the standalone HTML: fitted to `bounds` (None: all of Libya), or at `zoom` on
    their centre. `width` x `height` CSS pixels (the band above the map included), drawn at
    `scale` device pixels per CSS pixel (2 gives a sharp picture for slides)."""
    from dashboard import snapshot_pool as pool

    if chromium_missing():
        raise ExportError(chromium_missing())
    page = export_html(df, filters, bounds, zoom=zoom, picture=True, view=view, metric=metric, days=days,
                       lang=lang)
    limit = pool.SNAPSHOT_SECONDS
    with pool.slot(), tempfile.TemporaryDirectory(prefix="marsad-png-") as tmp:
        path = Path(tmp) / "map.html"
        path.write_text(page, encoding="utf-8")
        with headless_chromium(width, height, scale=scale) as driver, pool.watchdog(driver, limit) as fired:
            try:
                driver.set_page_load_timeout(limit)
                driver.get(path.as_uri())
                _wait_until_drawn(driver, expect_marks=data_bounds(df) is not None, timeout=min(20.0, limit))
                png = driver.get_screenshot_as_png()
            except Exception as exc:
                if fired.is_set():
                    raise ExportError(f"the snapshot took longer than {limit:.0f} s and was stopped; try "
                                      "again with fewer events or a smaller area") from None
                raise exc
    if not png.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ExportError("headless Chromium returned something that is not a PNG image")
    return png
