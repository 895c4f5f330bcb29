"""The page for a store too large to read into pandas: more than LARGE_EVENTS events (200,000;
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
import json
import os
import tempfile

import folium
import pandas as pd
import streamlit as st

from dashboard import basemap, state, timeline
from dashboard.event_payload import EVENT_TYPE_COLOURS, OTHER_COLOUR
from dashboard.filters import DATASETS, NEWS
from dashboard.i18n import t
from events import store_query as Q

LARGE_EVENTS = int(os.environ.get("MARSAD_SQL_FROM") or 200_000)
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
@st.cache_data(show_spinner=False, max_entries=64)
def _count(location: str, version: tuple, q: Q.EventQuery) -> int:
    return Q.count(state.open_store(location), q)


@st.cache_data(show_spinner=False, max_entries=64)
def _days(location: str, version: tuple, q: Q.EventQuery) -> pd.DataFrame:
    rows = Q.day_counts(state.open_store(location), q)
    return pd.DataFrame(rows, columns=["day", "event_type", "events", "fatalities"])


@st.cache_data(show_spinner="Reading the events to draw…", max_entries=16)
def _events(location: str, version: tuple, q: Q.EventQuery, limit: int) -> pd.DataFrame:
    return state.open_store(location).events_frame(q, limit=limit)


@st.cache_data(show_spinner=False, max_entries=64)
def _grid(location: str, version: tuple, q: Q.EventQuery, cell: float) -> list:
    return Q.grid(state.open_store(location), q, cell)


@st.cache_data(show_spinner=False, max_entries=64)
def _page(location: str, version: tuple, q: Q.EventQuery, number: int) -> pd.DataFrame:
    rows = Q.page(state.open_store(location), q, TABLE_COLUMNS, offset=number * TABLE_PAGE, limit=TABLE_PAGE)
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
    """One marker per cell: its events, killed, and the type most of them are."""
    out: dict[tuple, dict] = {}
    for lat, lon, kind, n, killed in grid:
        key = (round(lat, 4), round(lon, 4))
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


def grid_map(marks: list[dict], lang: str, zoom: float | None, center) -> folium.Map:
    m = folium.Map(location=center or [27.0, 17.0], zoom_start=int(zoom or 5), tiles=None, min_zoom=3,
                   max_zoom=18, control_scale=True)
    basemap.add_basemap(m)
    top = max((c["n"] for c in marks), default=1)
    for c in marks:
        kind = max(c["types"], key=c["types"].get)
        lines = "<br>".join(f"{t(k, lang)}: {n:,}" for k, n in sorted(c["types"].items(), key=lambda kv: -kv[1]))
        folium.CircleMarker(
            [c["lat"], c["lon"]], radius=6 + 22 * (c["n"] / top) ** 0.5, weight=1, color="#333",
            className=f"marsad-cell marsad-n-{c['n']}",  # its count, for whoever checks the map's sums
            fill=True, fill_opacity=0.7, fill_color=EVENT_TYPE_COLOURS.get(kind, OTHER_COLOUR),
            tooltip=f"<b>{c['n']:,} {t('events', lang)}</b>, {c['killed']:,} {t('People killed', lang)}<br>{lines}",
        ).add_to(m)
    return m


def csv_file(store, q: Q.EventQuery) -> str:
    """Every filtered event as CSV in a temporary file, written row by row."""
    fd, path = tempfile.mkstemp(prefix="marsad-events-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as out:
        w = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
        w.writeheader()
        for row in Q.iter_rows(store, q, EXPORT_COLUMNS):
            w.writerow(row)
    return path


def geojson_file(store, q: Q.EventQuery) -> str:
    """Every filtered, placed event as a GeoJSON FeatureCollection, one feature at a time."""
    fd, path = tempfile.mkstemp(prefix="marsad-events-", suffix=".geojson")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
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
