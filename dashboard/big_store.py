"""The page for a store too large to read into pandas: more than LARGE_EVENTS events (50,000;
``MARSAD_SQL_FROM`` sets another threshold). The same sidebar filters, answered by the database
(events.store_query on SQLite or PostgreSQL, on the events' indexes); the browser gets only what
it draws:

- the timeline from per-day counts by type;
- the map: each event while the filters (and, zoomed in, the view) keep at most MAP_EVENTS of
  them; above that, counts per grid cell and type, the cells finer as the map is zoomed in;
- the plots from counts per period and type, per place and per actor pair;
- the table one page of TABLE_PAGE rows at a time; CSV and GeoJSON exports written row by row
  from chunked reads into a file, then offered for download.

What needs every event in memory (one marker per happening across reports, playback, the front
line, districts, comparing with a dataset, corrections on the page) is left to stores below the
threshold, and the page says so.
"""
from __future__ import annotations

import csv
import functools
import json
import os

import folium
import pandas as pd
import streamlit as st
from jinja2 import Template

from dashboard import basemap, export_files, state, timeline
from dashboard.raw_element import RawMacroElement, script_json
from dashboard.event_payload import EVENT_TYPE_COLOURS, OTHER_COLOUR
from dashboard.filters import DATASETS, NEWS
from dashboard.i18n import t
from events import store_query as Q

LARGE_EVENTS = int(os.environ.get("MARSAD_SQL_FROM") or 50_000)
MAP_EVENTS = 20_000
TABLE_PAGE = 100
TABLE_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1",
                 "fatalities", "injuries", "evidence", "report_title", "id")
EXPORT_COLUMNS = ("id", "report_id", "event_date", "date_precision", "event_type", "sub_event_type", "actor1",
                  "actor2", "location", "location_ar", "admin1", "latitude", "longitude", "geo_precision",
                  "fatalities", "injuries", "evidence", "report_title", "report_source", "report_url")
K_PAGE, K_ZOOM, K_BOUNDS = "big_page", "big_zoom", "big_bounds"


@st.cache_data(show_spinner=False, max_entries=4)
def event_count(location: str, version: tuple) -> int:
    return state.open_store(location).counts()["events"]


def is_big(location: str, version: tuple) -> bool:
    return event_count(location, version) > LARGE_EVENTS


def facets_from_counts(d: dict) -> state.Facets:
    """The sidebar's choices from events.store_query.facet_counts, ordered as state.facets_of
    orders them from a frame."""
    actors = {a.strip(): 0 for a in d["actors"] if a and a.strip()}
    for a, k in d["actors"].items():
        if a and a.strip():
            actors[a.strip()] += k
    subs: dict[str, set] = {}
    for kind, sub in d["kinds"]:
        if kind and sub and sub.strip():
            subs.setdefault(kind, set()).add(sub.strip())
    ranked = [s for s, _ in sorted(d["sources"].items(), key=lambda kv: (-kv[1], kv[0]))]
    outlets = [s for s in ranked if s not in DATASETS]
    return state.Facets(
        date_min=d["date_min"], date_max=d["date_max"], undated=d["undated"], abroad=d["abroad"],
        actors=tuple(a for a, _ in sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))),
        event_types=tuple(sorted({k for k, _ in d["kinds"] if k and k.strip()})),
        sub_event_types={k: tuple(sorted(v)) for k, v in subs.items()},
        admin1=tuple(sorted({a.strip() for a in d["admin1"] if a and a.strip()})),
        max_fatalities=d["max_fatalities"],
        sources=tuple(([NEWS] if outlets else []) + [s for s in ranked if s in DATASETS] + outlets))


@st.cache_data(show_spinner="Counting what the store offers…", max_entries=4)
def facets(location: str, version: tuple) -> state.Facets:
    return facets_from_counts(Q.facet_counts(state.open_store(location)))


# Each answer is cached per store version and query: sessions that ask the same (a newsroom
# opening the page at nine) share it.
# Plain LRU caches, not st.cache_data: the page fills them from a worker thread too (the map's
# grid is counted beside the timeline, on the other core), where Streamlit's caches have no
# script context. Keyed by the store object, which the page holds once per location.
@functools.lru_cache(maxsize=64)
def days(store, version: tuple, q: Q.EventQuery) -> pd.DataFrame:
    rows = Q.day_counts(store, q)
    return pd.DataFrame(rows, columns=["day", "event_type", "events", "fatalities"])


@functools.lru_cache(maxsize=64)
def grid(store, version: tuple, q: Q.EventQuery, cell: float) -> tuple:
    return tuple(Q.grid(store, q, cell))


@st.cache_data(show_spinner="Reading the events to draw…", max_entries=16)
def _events(location: str, version: tuple, q: Q.EventQuery, limit: int) -> pd.DataFrame:
    return state.open_store(location).events_frame(q, limit=limit)


@st.cache_data(show_spinner=False, max_entries=64)
def _page(location: str, version: tuple, q: Q.EventQuery, number: int, dated: int) -> pd.DataFrame:
    rows = Q.page(state.open_store(location), q, TABLE_COLUMNS, offset=number * TABLE_PAGE, limit=TABLE_PAGE,
                  dated=dated)
    return pd.DataFrame(rows, columns=list(TABLE_COLUMNS))


def histogram(days: pd.DataFrame, bin: str) -> pd.DataFrame:
    """timeline.histogram's frame (period, event_type, events) from per-day counts."""
    dated = days[days["day"].notna()]
    if dated.empty:
        return timeline.histogram(pd.DataFrame({"event_date": [], "event_type": []}), bin)
    period = timeline.period_start(pd.to_datetime(dated["day"]), bin)
    frame = pd.DataFrame({"period": period.to_numpy(), "event_type": dated["event_type"].to_numpy(),
                          "events": dated["events"].to_numpy()})
    return frame.groupby(["period", "event_type"], sort=True)["events"].sum().astype("int64").reset_index()


def cell_degrees(zoom: float | None) -> float:
    """Grid cells of about 60 screen pixels: 2° at zoom 5 (all of Libya), halving per zoom level."""
    z = 5.0 if zoom is None else min(max(float(zoom), 3.0), 14.0)
    return 2.0 / 2 ** (z - 5)


def cells(grid: list) -> list[dict]:
    """One marker per cell: its events, killed, and the type most of them are, at the mean point
    of all its events."""
    out: dict[str, dict] = {}
    for key, lat, lon, kind, n, killed in grid:
        c = out.setdefault(key, {"lat": 0.0, "lon": 0.0, "n": 0, "killed": 0, "types": {}})
        c["lat"] += lat * n
        c["lon"] += lon * n
        c["n"] += n
        c["killed"] += killed
        c["types"][kind] = c["types"].get(kind, 0) + n
    for c in out.values():
        c["lat"] /= c["n"]
        c["lon"] /= c["n"]
    return list(out.values())


class GridLayer(RawMacroElement):
    """Grid counts as one layer the browser draws from a packed list (a folium marker per cell
    cost a millisecond each to render on the server). Each cell is an SVG circle with the class
    marsad-cell and its count in data attributes; its tooltip lists the counts per type."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var D = {{ this.payload }};
  var top = 1;
  D.cells.forEach(function (c) { if (c[2] > top) top = c[2]; });
  var layer = L.featureGroup();
  D.cells.forEach(function (c) {
    var kinds = c[4], main = 0;
    for (var i = 1; i < kinds.length; i++) if (kinds[i][1] > kinds[main][1]) main = i;
    var m = L.circleMarker([c[0], c[1]], {radius: 6 + 22 * Math.sqrt(c[2] / top), weight: 1, color: '#333',
      fillColor: D.colours[kinds[main][0]] || D.other, fillOpacity: 0.7, className: 'marsad-cell'});
    var box = document.createElement('div');
    var b = document.createElement('b');
    b.textContent = c[2].toLocaleString() + ' ' + D.words.events + ', ' + c[3].toLocaleString() + ' ' + D.words.killed;
    box.appendChild(b);
    kinds.forEach(function (k) {
      var r = document.createElement('div');
      r.textContent = D.types[k[0]] + ': ' + k[1].toLocaleString();
      box.appendChild(r);
    });
    m.bindTooltip(box);
    m.on('add', function () { var el = m.getElement(); if (el) el.setAttribute('data-count', c[2]); });
    layer.addLayer(m);
  });
  layer.addTo(map);
  map.getContainer().setAttribute('data-marsad-view', 'grid');
  map.getContainer().setAttribute('data-marsad-cells', D.cells.length);
})();
{% endmacro %}
""")

    def __init__(self, marks: list[dict], lang: str = "en") -> None:
        super().__init__()
        self._name = "MarsadGrid"
        kinds = sorted({k for c in marks for k in c["types"]})
        index = {k: i for i, k in enumerate(kinds)}
        cells_out = [[round(c["lat"], 5), round(c["lon"], 5), c["n"], c["killed"],
                      [[index[k], n] for k, n in sorted(c["types"].items(), key=lambda kv: -kv[1])]] for c in marks]
        self.data = {"cells": cells_out, "types": [t(k, lang) for k in kinds],
                     "colours": [EVENT_TYPE_COLOURS.get(k, OTHER_COLOUR) for k in kinds], "other": OTHER_COLOUR,
                     "words": {"events": t("events", lang), "killed": t("People killed", lang)}}
        self.payload = script_json(self.data)


def grid_map(marks: list[dict], lang: str, zoom: float | None, center) -> folium.Map:
    m = folium.Map(location=center or [27.0, 17.0], zoom_start=int(zoom or 5), tiles=None, min_zoom=3,
                   max_zoom=18, control_scale=True)
    basemap.add_basemap(m)
    m.add_child(GridLayer(marks, lang))
    return m


def csv_file(store, q: Q.EventQuery) -> str:
    """Every filtered event as CSV in an export file (``export_files``), written row by row."""
    with export_files.new_file(".csv", encoding="utf-8-sig", newline="") as (path, out):
        w = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
        w.writeheader()
        for row in Q.iter_rows(store, q, EXPORT_COLUMNS):
            w.writerow(row)
    return path


def geojson_file(store, q: Q.EventQuery) -> str:
    """Every filtered, placed event as a GeoJSON FeatureCollection, one feature at a time."""
    with export_files.new_file(".geojson", encoding="utf-8") as (path, out):
        out.write('{"type": "FeatureCollection", "features": [\n')
        first = True
        for row in Q.iter_rows(store, q, EXPORT_COLUMNS):
            if row["latitude"] is None or row["longitude"] is None:
                continue
            props = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()
                     if k not in ("latitude", "longitude")}
            feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                       "properties": props}
            out.write(("" if first else ",\n") + json.dumps(feature, ensure_ascii=False))
            first = False
        out.write("\n]}\n")
    return path
