"""The folium map of events: one browser-side layer for all events, a local basemap, a legend.

How the events reach the browser, and why:
- No per-marker Python objects. The filtered frame is packed column by column into typed arrays
  (coordinates quantised to uint16 over the data's own bounding box: about 25 m across Libya;
  types, places and actors as indexes into small tables; counts and dates as small integers)
  sent as base64, about 20 bytes per event. The browser unpacks them into one L.geoJSON layer
  whose features carry only {i, t, k, g} (row, type, killed, geo precision); styling,
  clustering (Leaflet.markercluster) and popups are done there. A popup is built only when it
  opens, from the columns, with DOM nodes and textContent: report text is never parsed as HTML.
- Detail has a budget. With up to FULL_DETAIL_MAX events the map also carries each event's
  id, evidence sentence (cut to EVIDENCE_CHARS, fewer when many events share EVIDENCE_BUDGET),
  associated actors and report (title, link, date, source). Above that, popups show date,
  type, actors, place, how it was located and casualties, and say where the rest is (the
  table under the map): at 100k events the evidence alone would be over 10 MB, several times
  the 3 MB page budget (benchmarks/bench_map.py). Above FULL_DETAIL_MAX the rings of vague
  places are offered in the layers control rather than drawn, and above CANVAS_FROM markers
  are drawn on a canvas (no SVG element per marker).
- Vague places (geo precision 2 "near", 3 "region") get one ring per place, not per event:
  a thin dashed outline and a faint wash drawn in a translucent pane, so overlapping rings do
  not darken into blots; each kind shows only up to AREA_MAX_ZOOM, beyond which a 40 km
  ring would fill the view (the popup still says "region only").
- Browser-side names for tests and the page: window.marsadEvents (the GeoJSON layer),
  marsadClusters, marsadAreas (a group of two groups of rings, near and region),
  marsadPopupFor(i), marsadTimings, marsadLabelObstacles(z) (clusters and markers on screen,
  which the basemap's place names step aside from); the map container carries
  data-marsad-events (count) and data-marsad-detail ("full"/"lite").
"""
from __future__ import annotations

import base64
import html
import math
from typing import Any, Sequence

import folium
import numpy as np
import pandas as pd
from folium.elements import JSCSSMixin
from jinja2 import Template

from dashboard import basemap

# ACLED's six event types; colours readable on the light basemap and distinct for most
# colour-blind readers (red/orange/purple/green/brown/blue differ in lightness too).
EVENT_TYPE_COLOURS: dict[str, str] = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
}
OTHER_COLOUR = "#7f7f7f"
# Radius in metres of the area an imprecise place stands for.
AREA_RADIUS_M = {2: 8_000, 3: 40_000}
# The highest zoom at which each ring is drawn: radius about 75 px (region) and 125 px (near)
# at 32°N there; closer in, a ring covers the view rather than marking a place.
AREA_MAX_ZOOM = {2: 11, 3: 8}
FULL_DETAIL_MAX = 5_000
EVIDENCE_CHARS = 400
# Characters of evidence one map may carry in all (Arabic is 2 bytes each): 5,000 events get
# 300 characters each, fewer events up to EVIDENCE_CHARS.
EVIDENCE_BUDGET = 1_500_000
# Above this many events markers are drawn on a canvas rather than as SVG elements.
CANVAS_FROM = 2_000

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DATE_PRECISION_CODES = ("day", "week", "month", "year", "unknown")
GEO_PRECISION_WORDS = {1: "exact place", 2: "near / part of a larger place", 3: "region only"}
# The CDN URLs are folium's own for the same names; dashboard.offline swaps them by name.
MARKERCLUSTER_JS = [("markerclusterjs",
                     "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js")]
MARKERCLUSTER_CSS = [
    ("markerclustercss", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css"),
    ("markerclusterdefaultcss",
     "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css"),
]


# ---------------------------------------------------------------- packing the events

def _b64(a: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(a).tobytes()).decode("ascii")


def _uint_column(values: np.ndarray, missing: np.ndarray | None = None) -> dict[str, Any]:
    """Non-negative ints as the narrowest little-endian uint array; the type's maximum marks
    a missing value. Values too big for 32 bits are capped (never the case for real counts)."""
    v = np.asarray(values, dtype=np.int64)
    top = int(v.max()) if v.size else 0
    width, dtype = next((w, d) for w, d, limit in ((1, "<u1", 0xFE), (2, "<u2", 0xFFFE), (4, "<u4", 0xFFFFFFFE))
                        if top <= limit or w == 4)
    sentinel = (1 << (8 * width)) - 1
    v = np.clip(v, 0, sentinel - 1)
    if missing is not None:
        v = np.where(missing, sentinel, v)
    return {"w": width, "b": _b64(v.astype(dtype))}


def _factor(s: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Codes (-1 where missing) and the distinct values, as str."""
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    return np.asarray(codes, dtype=np.int64), [str(u) for u in uniques]


def _codes(*series: pd.Series) -> tuple[np.ndarray, list]:
    """Codes of the rows' value (a tuple when several series) and the table they index;
    missing parts are None in the table. Several columns are combined as one integer key,
    much faster than factorising tuples."""
    if len(series) == 1:
        codes, values = _factor(series[0])
        if (codes < 0).any():
            codes = np.where(codes < 0, len(values), codes)
            values = values + [None]
        return codes, values
    parts = [_factor(s) for s in series]
    key = np.zeros(len(series[0]), dtype=np.int64)
    for codes, values in parts:
        key = key * (len(values) + 1) + (codes + 1)
    codes, uniques = pd.factorize(key)
    table = []
    for k in np.asarray(uniques, dtype=np.int64):
        item = []
        for _, values in reversed(parts):
            k, c = divmod(int(k), len(values) + 1)
            item.append(values[c - 1] if c else None)
        table.append(item[::-1])
    return np.asarray(codes, dtype=np.int64), table


def _ints(df: pd.DataFrame, col: str) -> tuple[np.ndarray, np.ndarray]:
    """(values with 0 for unknown, unknown mask) of a nullable integer column."""
    if col not in df.columns:
        n = len(df)
        return np.zeros(n, dtype=np.int64), np.ones(n, dtype=bool)
    s = pd.to_numeric(df[col], errors="coerce")
    missing = s.isna().to_numpy()
    return s.fillna(0).clip(lower=0).to_numpy(dtype=np.int64), missing


def _bools(df: pd.DataFrame, col: str) -> np.ndarray:
    if col not in df.columns:
        return np.zeros(len(df), dtype=bool)
    return df[col].fillna(False).astype(bool).to_numpy()


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    if col not in df.columns:
        return pd.Series([None] * len(df), index=df.index, dtype=object)
    return df[col]


def _iso_dates(s: pd.Series) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(s):
        return s
    return pd.to_datetime(s.astype(object).where(s.notna(), None), errors="coerce", format="mixed")


def placed(df: pd.DataFrame) -> pd.Series:
    """Rows that can go on the map: finite latitude and longitude in range."""
    if df.empty or "latitude" not in df.columns or "longitude" not in df.columns:
        return pd.Series(False, index=df.index)
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    return lat.between(-90, 90) & lon.between(-180, 180)


def events_payload(df: pd.DataFrame, *, detail: str = "auto") -> dict[str, Any]:
    """The events of `df` that have coordinates, packed for the browser (see module doc).

    detail: "full" (ids, evidence, reports), "lite", or "auto" (full up to FULL_DETAIL_MAX)."""
    rows = df.loc[placed(df)] if not df.empty else df
    n = len(rows)
    if detail == "auto":
        detail = "full" if n <= FULL_DETAIL_MAX else "lite"
    if detail not in ("full", "lite"):
        raise ValueError(f"detail must be 'full', 'lite' or 'auto', not {detail!r}")
    payload: dict[str, Any] = {
        "n": n, "detail": detail, "fullMax": FULL_DETAIL_MAX,
        "colours": [EVENT_TYPE_COLOURS.get(t, OTHER_COLOUR) for t in EVENT_TYPE_COLOURS] + [OTHER_COLOUR],
        "areaRadius": {str(k): v for k, v in AREA_RADIUS_M.items()},
        "areaMaxZoom": {str(k): v for k, v in AREA_MAX_ZOOM.items()},
        "canvas": n > CANVAS_FROM,
    }
    if n == 0:
        payload.update(types=[], pairs=[], places=[], actors=[], geocoders=[], dateBase=None)
        return payload

    lat = pd.to_numeric(rows["latitude"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(rows["longitude"], errors="coerce").to_numpy(dtype=float)
    box = [float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())]
    span = max(box[2] - box[0], box[3] - box[1], 1e-9)
    # uint16 over the data's box is ~25 m across all of Libya; a wider box (a geocoding slip
    # abroad) falls back to uint32 steps of 1e-5 degrees (~1 m).
    if span / 65535 <= 3e-4:
        scale = [(box[2] - box[0]) / 65535 or 1e-9, (box[3] - box[1]) / 65535 or 1e-9]
        qx = np.rint((lon - box[0]) / scale[0]).astype("<u2")
        qy = np.rint((lat - box[1]) / scale[1]).astype("<u2")
        payload["xy"] = {"w": 2, "x": _b64(qx), "y": _b64(qy)}
    else:
        scale = [1e-5, 1e-5]
        qx = np.rint((lon - box[0]) / 1e-5).astype("<u4")
        qy = np.rint((lat - box[1]) / 1e-5).astype("<u4")
        payload["xy"] = {"w": 4, "x": _b64(qx), "y": _b64(qy)}
    payload["box"] = box
    payload["scale"] = scale

    # Type and sub-type as one code into a table of pairs; the type's colour index beside it.
    pair_codes, pairs = _codes(_text(rows, "event_type"), _text(rows, "sub_event_type"))
    type_names = list(EVENT_TYPE_COLOURS)
    payload["types"] = type_names + ["Other"]
    payload["pairs"] = [[type_names.index(t) if t in EVENT_TYPE_COLOURS else len(type_names), t, s]
                        for t, s in pairs]
    payload["pair"] = _uint_column(pair_codes)

    killed, killed_na = _ints(rows, "fatalities")
    wounded, wounded_na = _ints(rows, "injuries")
    payload["killed"] = _uint_column(killed, killed_na)
    payload["wounded"] = _uint_column(wounded, wounded_na)

    when = _iso_dates(_text(rows, "event_date"))
    undated = when.isna().to_numpy()
    days = (when.dt.normalize() - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype="float64", na_value=np.nan)
    base = int(np.nanmin(days)) if (~undated).any() else 0
    payload["dateBase"] = base  # days since 1970-01-01
    payload["date"] = _uint_column(np.where(undated, 0, days - base).astype(np.int64), undated)

    dp = _text(rows, "date_precision").map({p: i for i, p in enumerate(DATE_PRECISION_CODES)})
    dp = dp.fillna(len(DATE_PRECISION_CODES) - 1).to_numpy(dtype=np.int64)
    dp = np.where(undated, DATE_PRECISION_CODES.index("unknown"), dp)
    gp = pd.to_numeric(_text(rows, "geo_precision"), errors="coerce").fillna(0).clip(0, 3).to_numpy(dtype=np.int64)
    flags = dp | (gp << 3) | (_bools(rows, "fatalities_lower_bound").astype(np.int64) << 5) \
        | (_bools(rows, "injuries_lower_bound").astype(np.int64) << 6)
    payload["flags"] = {"w": 1, "b": _b64(flags.astype("<u1"))}
    payload["datePrecisions"] = list(DATE_PRECISION_CODES)

    geocoder_codes, geocoders = _codes(_text(rows, "geocoder"))
    payload["geocoder"] = _uint_column(geocoder_codes)
    payload["geocoders"] = geocoders
    place_codes, places = _codes(_text(rows, "location"), _text(rows, "location_ar"), _text(rows, "admin1"))
    payload["place"] = _uint_column(place_codes)
    payload["places"] = places

    # Both actor columns index one table, so a name is sent once.
    a1, a2 = _text(rows, "actor1"), _text(rows, "actor2")
    both = pd.concat([a1, a2], ignore_index=True)
    actor_codes, actors = _codes(both)
    actor_none = np.array([a is None for a in actors], dtype=bool)
    payload["actor1"] = _uint_column(actor_codes[:n], actor_none[actor_codes[:n]] if n else None)
    payload["actor2"] = _uint_column(actor_codes[n:], actor_none[actor_codes[n:]] if n else None)

    if detail == "full":
        lookup = {a: i for i, a in enumerate(actors) if a is not None}
        assoc: dict[str, list[int]] = {}
        if "assoc_actors" in rows.columns:
            for i, value in enumerate(rows["assoc_actors"].to_numpy()):
                if isinstance(value, (list, tuple, np.ndarray)) and len(value):
                    for a in value:
                        a = str(a)
                        if a not in lookup:
                            lookup[a] = len(actors)
                            actors.append(a)
                    assoc[str(i)] = [lookup[str(a)] for a in value]
        payload["assoc"] = assoc
        payload["ids"] = [str(x) if x is not None else "" for x in _text(rows, "id").astype(object)]
        evidence = _text(rows, "evidence").astype(object).where(_text(rows, "evidence").notna(), "")
        cap = max(80, min(EVIDENCE_CHARS, EVIDENCE_BUDGET // max(n, 1)))
        payload["evidence"] = [e if len(e) <= cap else e[:cap - 1].rstrip() + "…" for e in evidence.astype(str)]
        published = _iso_dates(_text(rows, "report_published")).dt.strftime("%Y-%m-%d")
        report_codes, reports = _codes(_text(rows, "report_title"), _text(rows, "report_url"),
                                       published.astype(object).where(published.notna(), None),
                                       _text(rows, "report_source"))
        payload["report"] = _uint_column(report_codes)
        payload["reports"] = reports
    payload["actors"] = actors
    return payload


def decode_payload(payload: dict[str, Any]) -> pd.DataFrame:
    """The browser's unpacking, in Python: for tests and for checking a saved map."""
    n = payload["n"]
    if n == 0:
        return pd.DataFrame(columns=["longitude", "latitude", "event_type", "sub_event_type", "fatalities"])

    def col(spec: dict) -> np.ndarray:
        dtype = {1: "<u1", 2: "<u2", 4: "<u4"}[spec["w"]]
        return np.frombuffer(base64.b64decode(spec["b"]), dtype=dtype)

    dtype = {2: "<u2", 4: "<u4"}[payload["xy"]["w"]]
    qx = np.frombuffer(base64.b64decode(payload["xy"]["x"]), dtype=dtype)
    qy = np.frombuffer(base64.b64decode(payload["xy"]["y"]), dtype=dtype)
    box, scale = payload["box"], payload["scale"]
    pair = col(payload["pair"])
    killed_spec = payload["killed"]
    killed = col(killed_spec).astype("float64")
    killed[killed == (1 << (8 * killed_spec["w"])) - 1] = np.nan
    flags = col(payload["flags"]).astype(int)
    return pd.DataFrame({
        "longitude": box[0] + qx * scale[0],
        "latitude": box[1] + qy * scale[1],
        "event_type": [payload["pairs"][p][1] for p in pair],
        "sub_event_type": [payload["pairs"][p][2] for p in pair],
        "colour": [payload["colours"][payload["pairs"][p][0]] for p in pair],
        "fatalities": killed,
        "geo_precision": (flags >> 3) & 3,
    })


_script_json = basemap.script_json


# ---------------------------------------------------------------- the legend

def legend_html(*, fixed: bool = True) -> str:
    """The legend as HTML: type colours, what size and shaded circles mean.

    fixed=True gives a box pinned to the bottom-right of the page (for exports that lay it
    over the map); the map itself carries the same legend as a Leaflet control, and skips it
    when the page already shows one (so an export never shows two)."""
    rows = "".join(
        f'<div class="marsad-legend-row"><span class="marsad-swatch" style="background:{c}"></span>'
        f"{html.escape(t)}</div>" for t, c in EVENT_TYPE_COLOURS.items())
    position = ("position:fixed;right:10px;bottom:24px;z-index:1001;" if fixed else "")
    return (
        f'<div class="marsad-legend" style="{position}background:rgba(255,255,255,.92);'
        'padding:5px 8px;border-radius:5px;box-shadow:0 1px 4px rgba(0,0,0,.3);'
        'font:11px/1.3 system-ui,sans-serif;color:#222;max-width:210px">'
        '<div style="font-weight:600;margin-bottom:3px">Event type</div>'
        f"{rows}"
        '<div style="margin-top:3px;color:#444">Size: people killed · '
        'grey disc: cluster of events · dashed ring: area of a vague place (near ≈ 8 km, region ≈ 40 km; '
        'hidden up close)</div>'
        "<style>.marsad-legend-row{display:flex;align-items:center;gap:6px}"
        ".marsad-swatch{display:inline-block;width:10px;height:10px;border-radius:50%;"
        "border:1px solid rgba(0,0,0,.35)}</style>"
        "</div>"
    )


# ---------------------------------------------------------------- the layer

class EventLayer(JSCSSMixin, basemap.RawMacroElement):
    """All events as one GeoJSON layer built in the browser from the packed payload.
    Rendered raw (see basemap.RawMacroElement): report text never meets Jinja."""

    default_js = MARKERCLUSTER_JS
    default_css = MARKERCLUSTER_CSS

    _template = Template("""
{% macro header(this, kwargs) %}
<style>
  .marsad-cluster { background: rgba(60,60,60,.18); border-radius: 50%; }
  .marsad-cluster div { background: rgba(55,55,55,.82); color: #fff; border-radius: 50%;
    width: 100%; height: 100%; display: flex; align-items: center; justify-content: center;
    font: 600 11px system-ui, sans-serif; box-shadow: 0 0 0 2px rgba(255,255,255,.85); }
  .marsad-popup { font: 12.5px/1.4 system-ui, sans-serif; max-width: 340px; }
  .marsad-popup h4 { margin: 0 0 4px; font-size: 13.5px; }
  .marsad-popup .row { margin: 1px 0; }
  .marsad-popup .k { color: #666; }
  .marsad-popup blockquote { margin: 6px 0; padding: 4px 8px; border-inline-start: 3px solid #bbb;
    background: #f6f6f4; font-size: 13px; }
  .marsad-popup blockquote[dir=rtl] { font-size: 14px; }
  .marsad-popup .note { color: #777; font-size: 11.5px; margin-top: 4px; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  // With no tile layer Leaflet knows no maximum zoom, and markercluster needs one.
  if (map.options.maxZoom === undefined) map.setMaxZoom({{ this.max_zoom }});
  if (map.options.minZoom === undefined) map.setMinZoom(3);
  var T0 = performance.now(), timings = {};
  var D = {{ this.payload }};
  var legendHtml = {{ this.legend }};
  var tileUrl = {{ this.tile_url }};
  map.getContainer().setAttribute('data-marsad-events', D.n);
  map.getContainer().setAttribute('data-marsad-detail', D.detail);

  function unpack(spec) {
    var s = atob(spec.b), u8 = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) u8[i] = s.charCodeAt(i);
    return spec.w === 1 ? u8 : spec.w === 2 ? new Uint16Array(u8.buffer) : new Uint32Array(u8.buffer);
  }
  function missing(spec) { return spec.w === 1 ? 0xFF : spec.w === 2 ? 0xFFFF : 0xFFFFFFFF; }
  var C = {};
  if (D.n > 0) {
    C.x = unpack({w: D.xy.w, b: D.xy.x}); C.y = unpack({w: D.xy.w, b: D.xy.y});
    ['pair', 'killed', 'wounded', 'date', 'flags', 'geocoder', 'place', 'actor1', 'actor2', 'report']
      .forEach(function (k) { if (D[k]) { C[k] = unpack(D[k]); C[k].none = missing(D[k]); } });
  }

  // ---- one popup, built when it opens, from DOM nodes and textContent only
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (attrs) for (var k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  function row(box, label, value) {
    if (value === null || value === undefined || value === '') return;
    var r = el('div', null, {'class': 'row'});
    r.appendChild(el('span', label + ': ', {'class': 'k'}));
    var v = el('span', value, {dir: 'auto'});
    r.appendChild(v);
    box.appendChild(r);
  }
  var ARABIC = /[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]/;
  function count(col, i, lower) {
    var v = C[col][i];
    if (v === C[col].none) return 'unknown';
    return (lower ? '≥ ' : '') + v;
  }
  function isoDate(i) {
    var d = C.date[i];
    if (d === C.date.none) return null;
    return new Date((D.dateBase + d) * 86400000).toISOString().slice(0, 10);
  }
  function popupFor(i) {
    var box = el('div', null, {'class': 'marsad-popup'});
    var pair = D.pairs[C.pair[i]], f = C.flags[i];
    var dp = D.datePrecisions[f & 7], gp = (f >> 3) & 3;
    box.appendChild(el('h4', (pair[1] || 'Event') + (pair[2] ? ' — ' + pair[2] : '')));
    var when = isoDate(i);
    var shown = !when ? 'unknown'
      : dp === 'day' ? when + ' (day)'
      : dp === 'week' ? 'week of ' + when
      : dp === 'month' ? when.slice(0, 7) + ' (month)'
      : dp === 'year' ? when.slice(0, 4) + ' (year)'
      : when + ' (precision unknown)';
    row(box, 'Date', shown);
    var a1 = C.actor1[i] === C.actor1.none ? null : D.actors[C.actor1[i]];
    var a2 = C.actor2[i] === C.actor2.none ? null : D.actors[C.actor2[i]];
    row(box, 'Actors', [a1, a2].filter(function (a) { return a; }).join(' vs ') || 'unknown');
    if (D.assoc && D.assoc[i]) row(box, 'With', D.assoc[i].map(function (k) { return D.actors[k]; }).join(', '));
    var p = D.places[C.place[i]] || [null, null, null];
    var name = [p[0], p[1]].filter(function (x) { return x; }).join(' · ');
    row(box, 'Place', (name || 'unnamed') + (p[2] && p[2] !== p[0] ? ', ' + p[2] : ''));
    var how = [D.geocoders[C.geocoder[i]], {{ this.geo_words }}[gp]].filter(function (x) { return x; });
    row(box, 'Located by', how.join(', '));
    row(box, 'Killed', count('killed', i, f & 32));
    row(box, 'Wounded', count('wounded', i, f & 64));
    if (D.detail === 'full') {
      var ev = D.evidence[i];
      if (ev) {
        var q = el('blockquote', ev, ARABIC.test(ev) ? {dir: 'rtl', lang: 'ar'} : {dir: 'auto'});
        box.appendChild(q);
      }
      var r = D.reports[C.report[i]] || [];
      if (r[0] || r[1]) {
        var line = el('div', null, {'class': 'row'});
        line.appendChild(el('span', 'Report: ', {'class': 'k'}));
        var url = r[1] || '';
        var title = r[0] || url;
        // Only web links become links: a report cannot smuggle in a javascript: URL.
        var link = /^https?:\\/\\//i.test(url)
          ? el('a', title, {href: url, target: '_blank', rel: 'noopener noreferrer', dir: 'auto'})
          : el('span', title, {dir: 'auto'});
        line.appendChild(link);
        if (r[2] || r[3]) line.appendChild(el('span', ' (' + [r[3], r[2]].filter(function (x) { return x; }).join(', ') + ')'));
        box.appendChild(line);
      }
      row(box, 'Event id', D.ids[i]);
    } else {
      box.appendChild(el('div', 'Evidence and report are in the table under the map (the map carries them for up to '
        + D.fullMax.toLocaleString() + ' events).', {'class': 'note'}));
    }
    return box;
  }

  // ---- the features: one GeoJSON layer, styled from properties
  var features = new Array(D.n);
  for (var i = 0; i < D.n; i++) {
    var lon = D.box[0] + C.x[i] * D.scale[0], lat = D.box[1] + C.y[i] * D.scale[1];
    var k = C.killed[i] === C.killed.none ? 0 : C.killed[i];
    features[i] = {type: 'Feature', geometry: {type: 'Point', coordinates: [lon, lat]},
                   properties: {i: i, t: D.pairs[C.pair[i]][0], k: k, g: (C.flags[i] >> 3) & 3}};
  }
  timings.features = performance.now() - T0;
  var renderer = D.canvas ? L.canvas({padding: 0.3}) : undefined;
  var events = L.geoJSON({type: 'FeatureCollection', features: features}, {
    pointToLayer: function (f, latlng) {
      var p = f.properties;
      return L.circleMarker(latlng, {renderer: renderer, radius: Math.min(4 + 2 * Math.sqrt(p.k), 22),
        color: '#333', weight: 0.8, fillColor: D.colours[p.t], fillOpacity: 0.85,
        className: 'marsad-event marsad-type-' + p.t});
    }
  });
  timings.geojson = performance.now() - T0;
  // Rings of vague places: in their own panes under the place names, a thin dashed outline and
  // a faint wash, so they say "somewhere about here" without hiding the map. A ring only
  // shows while it is a useful size on screen: a 40 km "region" ring near Tripoli would
  // fill the whole view at city zooms, where the popup's "region only" says it better.
  // The washes are drawn opaque in a pane that is itself nearly transparent, so where rings
  // overlap the wash does not darken: the view shows where vague places are, not how many.
  if (!map.getPane('marsadAreas')) {
    var washPane = map.createPane('marsadAreaWash');
    washPane.style.zIndex = 340;
    washPane.style.opacity = 0.07;
    map.createPane('marsadAreas').style.zIndex = 350;
  }
  map.getPane('marsadAreaWash').style.pointerEvents = 'none';
  map.getPane('marsadAreas').style.pointerEvents = 'none';
  var areas = L.layerGroup(), areaBands = {2: L.layerGroup(), 3: L.layerGroup()};
  var areaRenderer = L.canvas({padding: 0.3, pane: 'marsadAreas'});
  var washRenderer = L.canvas({padding: 0.3, pane: 'marsadAreaWash'});
  // One ring per vague place, not per event: ten events "near Tripoli" stacked ten washes
  // into one dark disc. Centres within about a tenth of the ring's radius count as one place;
  // a ring shared by events of several types is grey.
  var rings = {};
  events.eachLayer(function (m) {
    var p = m.feature.properties;
    if (p.g !== 2 && p.g !== 3) return;
    var ll = m.getLatLng(), step = p.g === 2 ? 0.01 : 0.05;
    var key = p.g + ':' + Math.round(ll.lat / step) + ':' + Math.round(ll.lng / step);
    var colour = D.colours[p.t], ring = rings[key];
    if (!ring) rings[key] = {ll: ll, g: p.g, colour: colour};
    else if (ring.colour !== colour) ring.colour = '#666';
  });
  Object.keys(rings).forEach(function (key) {
    var r = rings[key];
    areaBands[r.g].addLayer(L.circle(r.ll, {renderer: washRenderer, radius: D.areaRadius[r.g],
      interactive: false, stroke: false, fillColor: r.colour, fillOpacity: 1}));
    areaBands[r.g].addLayer(L.circle(r.ll, {renderer: areaRenderer, radius: D.areaRadius[r.g],
      interactive: false, stroke: true, weight: 1, dashArray: '3 3', color: r.colour, opacity: 0.4,
      fill: false}));
  });
  function areasForZoom() {
    var z = map.getZoom();
    [2, 3].forEach(function (g) {
      var band = areaBands[g], on = z <= D.areaMaxZoom[g];
      if (on && !areas.hasLayer(band)) areas.addLayer(band);
      if (!on && areas.hasLayer(band)) areas.removeLayer(band);
    });
  }
  areasForZoom();
  map.on('zoomend', areasForZoom);
  timings.areas = performance.now() - T0;
  function relabel() { if (window.marsadRelabel) window.marsadRelabel(); }
  var clusters = L.markerClusterGroup({chunkedLoading: true, maxClusterRadius: 40,
    showCoverageOnHover: false, spiderfyOnMaxZoom: true,
    chunkProgress: function (done, total) { if (done === total) relabel(); },
    iconCreateFunction: function (c) {
      var n = c.getChildCount(), s = n < 10 ? 26 : n < 100 ? 32 : n < 1000 ? 38 : n < 10000 ? 44 : 50;
      var inner = document.createElement('div');
      inner.textContent = String(n);  // plain digits: tests and people can read the count
      inner.setAttribute('data-count', n);
      return L.divIcon({html: inner, className: 'marsad-cluster', iconSize: L.point(s, s)});
    }});
  var popup = L.popup({maxWidth: 360, autoPanPadding: [20, 20]});
  clusters.on('click', function (e) {
    var p = e.layer && e.layer.feature && e.layer.feature.properties;
    if (!p) return;
    popup.setLatLng(e.layer.getLatLng()).setContent(popupFor(p.i)).openOn(map);
  });
  timings.clustered = performance.now() - T0;
  // Thousands of overlapping rings hide more than they show: offered, not drawn, above that.
  if (D.n <= D.fullMax) areas.addTo(map);
  timings.areasShown = performance.now() - T0;
  // On the map first: markercluster's addLayers off the map checks each new marker against
  // every queued one (quadratic: 5 s at 100k); on the map it clusters in chunks.
  clusters.addTo(map);
  // Place names keep off what is drawn here: the clusters and markers on screen, in the
  // map's pixel space at zoom z (markercluster keeps just those in its _featureGroup).
  window.marsadLabelObstacles = function (z) {
    var boxes = [];
    if (!map.hasLayer(clusters) || !clusters._featureGroup) return boxes;
    clusters._featureGroup.eachLayer(function (l) {
      var p = map.project(l.getLatLng(), z), r;
      if (l.getChildCount) {
        var size = l.options.icon && l.options.icon.options.iconSize;
        r = size ? (size.x || size[0]) / 2 : 20;
      } else {
        r = (l.getRadius ? l.getRadius() : 6) + 1;
      }
      boxes.push([p.x - r, p.y - r, p.x + r, p.y + r]);
    });
    return boxes;
  };
  clusters.on('animationend', relabel);
  map.on('moveend overlayadd overlayremove', relabel);
  clusters.addLayers(events.getLayers());
  timings.shown = performance.now() - T0;
  window.marsadTimings = timings;

  // ---- layers control, optional web tiles, legend
  var overlays = {};
  var tiles = null;
  if (tileUrl) {
    tiles = L.tileLayer(tileUrl, {maxZoom: 19,
      attribution: '&copy; OpenStreetMap contributors'});
    tiles.addTo(map);
    overlays['Web map tiles (OpenStreetMap, needs internet)'] = tiles;
  }
  if (window.marsadBasemap) overlays['Basemap of Libya (local)'] = window.marsadBasemap;
  overlays['Events (' + D.n.toLocaleString() + ')'] = clusters;
  overlays['Area of vague places'] = areas;
  L.control.layers(null, overlays, {collapsed: true, position: 'topright'}).addTo(map);
  if (!document.querySelector('.marsad-legend')) {
    var legend = L.control({position: 'bottomright'});
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'marsad-legend-control');
      div.innerHTML = legendHtml;  // our own constant markup, no report text in it
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    legend.addTo(map);
  }
  window.marsadEvents = events;
  window.marsadClusters = clusters;
  window.marsadAreas = areas;
  window.marsadPopupFor = popupFor;
})();
{% endmacro %}
""")

    def __init__(self, df: pd.DataFrame, *, tiles: bool = False, detail: str = "auto") -> None:
        super().__init__()
        self._name = "MarsadEvents"
        self.data = events_payload(df, detail=detail)
        self.count = self.data["n"]
        self.payload = _script_json(self.data)
        self.legend = _script_json(legend_html(fixed=False))
        # The tile URL is in the page only when asked for: an offline page names no server.
        self.tile_url = _script_json(OSM_TILES if tiles else None)
        self.max_zoom = 18
        self.geo_words = _script_json({str(k): v for k, v in GEO_PRECISION_WORDS.items()})


def _bounds(bounds: Sequence[Sequence[float]] | None) -> list[list[float]]:
    """[[south, west], [north, east]] from what the caller gives; Libya's box when unusable."""
    try:
        (s, w), (n, e) = bounds  # type: ignore[misc]
        s, w, n, e = (float(v) for v in (s, w, n, e))
        if all(math.isfinite(v) for v in (s, w, n, e)) and -90 <= s <= n <= 90 and -180 <= w <= 180 \
                and -180 <= e <= 180 and (n - s) > 1e-6 and w != e:
            return [[s, w], [n, e]]
    except (TypeError, ValueError):
        pass
    return [list(basemap.LIBYA_BOUNDS[0]), list(basemap.LIBYA_BOUNDS[1])]


def build_map(df: pd.DataFrame, *, bounds: Sequence[Sequence[float]] | None = None, tiles: bool = False,
              detail: str = "auto", height: str | int = "100%") -> folium.Map:
    """A folium map of the events in `df` on the local basemap of Libya.

    bounds: [[south, west], [north, east]] to fit (default: all of Libya).
    tiles: also offer OpenStreetMap tiles (on, in the layers control) when there is internet.
    The map's assets point at public CDNs like any folium map: pass it through
    dashboard.offline (localise for st_folium, standalone_html for a file) to need none.
    """
    fit = _bounds(bounds)
    centre = [(fit[0][0] + fit[1][0]) / 2, (fit[0][1] + fit[1][1]) / 2]
    m = folium.Map(location=centre, zoom_start=5, tiles=None, min_zoom=3, max_zoom=18,
                   control_scale=True, height=height)
    basemap.add_basemap(m)
    layer = EventLayer(df, tiles=tiles, detail=detail)
    m.add_child(layer)
    m.fit_bounds(fit)
    m.marsad_events = layer  # for callers and tests: .count, .data
    return m
