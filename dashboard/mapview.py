"""The folium map of events: one browser-side layer for all events, a local basemap, a legend.
(The packing of the events and the constants named below are in dashboard/event_payload.py; the
layer's styles and script are the template dashboard/event_layer.j2.)

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

import html
import math
from pathlib import Path
from typing import Sequence

import folium
import pandas as pd
from folium.elements import JSCSSMixin
from jinja2 import Template

from dashboard import basemap
from dashboard.event_payload import EVENT_TYPE_COLOURS, events_payload
from dashboard.raw_element import RawMacroElement, script_json

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
GEO_PRECISION_WORDS = {1: "exact place", 2: "near / part of a larger place", 3: "region only"}
# The CDN URLs are folium's own for the same names; dashboard.offline swaps them by name.
MARKERCLUSTER_JS = [("markerclusterjs",
                     "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js")]
MARKERCLUSTER_CSS = [
    ("markerclustercss", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css"),
    ("markerclusterdefaultcss",
     "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css"),
]



# ---------------------------------------------------------------- the legend

LEGEND_NOTE = ("Size: people killed · grey disc: cluster of events · dashed ring: area of a vague place "
               "(near ≈ 8 km, region ≈ 40 km; hidden up close)")


def legend_html(*, fixed: bool = True, note: str = "", lang: str = "en") -> str:
    """The legend as HTML: type colours, what size and shaded circles mean.

    fixed=True gives a box pinned to the bottom-right of the page (for exports that lay it
    over the map); the map itself carries the same legend as a Leaflet control, and skips it
    when the page already shows one (so an export never shows two). ``lang`` "ar" gives it in
    Arabic, right to left."""
    from dashboard.i18n import t

    rows = "".join(
        f'<div class="marsad-legend-row"><span class="marsad-swatch" style="background:{c}"></span>'
        f"{html.escape(t(kind, lang))}</div>" for kind, c in EVENT_TYPE_COLOURS.items())
    position = ("position:fixed;right:10px;bottom:24px;z-index:1001;" if fixed else "")
    direction = "direction:rtl;text-align:right;" if lang == "ar" else ""
    return (
        f'<div class="marsad-legend" style="{position}{direction}background:rgba(255,255,255,.92);'
        'padding:5px 8px;border-radius:5px;box-shadow:0 1px 4px rgba(0,0,0,.3);'
        'font:11px/1.3 system-ui,sans-serif;color:#222;max-width:210px">'
        f'<div style="font-weight:600;margin-bottom:3px">{html.escape(t("Event type", lang))}</div>'
        f"{rows}"
        f'<div style="margin-top:3px;color:#444">{html.escape(t(LEGEND_NOTE, lang))}</div>'
        + (f'<div style="margin-top:4px;font-weight:600">{html.escape(note)}</div>' if note else "") +
        "<style>.marsad-legend-row{display:flex;align-items:center;gap:6px}"
        ".marsad-swatch{display:inline-block;width:10px;height:10px;border-radius:50%;"
        "border:1px solid rgba(0,0,0,.35)}</style>"
        "</div>"
    )


# ---------------------------------------------------------------- the layer

class EventLayer(JSCSSMixin, RawMacroElement):
    """All events as one GeoJSON layer built in the browser from the packed payload.
    Rendered raw (see dashboard.raw_element): report text never meets Jinja."""

    default_js = MARKERCLUSTER_JS
    default_css = MARKERCLUSTER_CSS

    _template = Template((Path(__file__).resolve().parent / "event_layer.j2").read_text(encoding="utf-8"))

    def __init__(self, df: pd.DataFrame, *, tiles: bool = False, detail: str = "auto",
                 selected: str | None = None, links: bool = False, recent_days: int | None = None,
                 lang: str = "en") -> None:
        super().__init__()
        self._name = "MarsadEvents"
        self.data = events_payload(df, detail=detail)
        from dashboard.i18n import popup_words
        if popup_words(lang):
            self.data["words"] = popup_words(lang)
        if recent_days:
            self.data["fade"] = front_line(df, recent_days)
        self.count = self.data["n"]
        self.payload = script_json(self.data)
        self.legend = script_json(legend_html(fixed=False, lang=lang))
        # The tile URL is in the page only when asked for: an offline page names no server.
        self.tile_url = script_json(OSM_TILES if tiles else None)
        self.max_zoom = 18
        self.geo_words = script_json({str(k): v for k, v in GEO_PRECISION_WORDS.items()})
        ids = self.data.get("ids") or []
        self.selected = ids.index(selected) if selected and selected in ids else -1
        self.links = script_json(bool(links))


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


VIEWS = ("points", "districts", "frontline")


def front_line(df: pd.DataFrame, days: int) -> dict | None:
    """The front-line view's clock: the last dated day of the events (days since 1970-01-01)
    and how many days count as recent; the browser fades the older ones by age."""
    when = pd.to_datetime(df["event_date"], errors="coerce") if "event_date" in df and len(df) else None
    if when is None or when.isna().all():
        return None
    end = when.max().normalize()
    return {"end": int((end - pd.Timestamp("1970-01-01")).days), "days": max(1, int(days)),
            "endIso": end.date().isoformat(), "startIso": (end - pd.Timedelta(days=max(1, int(days)) - 1)).date().isoformat()}


def build_map(df: pd.DataFrame, *, bounds: Sequence[Sequence[float]] | None = None, tiles: bool = False,
              detail: str = "auto", height: str | int = "100%", view: str = "points",
              metric: str = "events", selected: str | None = None, event_links: bool = False,
              near: tuple[float, float, float] | None = None, days: int = 7, lang: str = "en") -> folium.Map:
    """A folium map of the events in `df` on the local basemap of Libya.

    bounds: [[south, west], [north, east]] to fit (default: all of Libya).
    tiles: also offer OpenStreetMap tiles (on, in the layers control) when there is internet.
    view: "points" (one marker per event), "districts" (each district shaded by `metric`,
    "events" or "fatalities"; see dashboard.choropleth) or "frontline" (the events of the last
    `days` days drawn bold over older ones, which fade with age).
    selected: an event id whose popup opens (brought out of its cluster) once the map is drawn.
    event_links: popups carry a "Link to this event" to the page's own URL (for the page only).
    near: (latitude, longitude, km) of the place filter: its circle is drawn, and fitted when
    no bounds are given.
    The map's assets point at public CDNs like any folium map: pass it through
    dashboard.offline (localise for st_folium, standalone_html for a file) to need none.
    """
    if view not in VIEWS:
        raise ValueError(f"view must be one of {VIEWS}, not {view!r}")
    if near is not None and bounds is None:
        lat, lon, km = near
        dlat, dlon = km / 111.2, km / (111.2 * max(math.cos(math.radians(lat)), 0.01))
        bounds = [[lat - dlat, lon - dlon], [lat + dlat, lon + dlon]]
    fit = _bounds(bounds)
    centre = [(fit[0][0] + fit[1][0]) / 2, (fit[0][1] + fit[1][1]) / 2]
    m = folium.Map(location=centre, zoom_start=5, tiles=None, min_zoom=3, max_zoom=18,
                   control_scale=True, height=height)
    basemap.add_basemap(m)
    m.marsad_events = m.marsad_districts = None  # for callers and tests: .count, .data
    if view == "districts":
        from dashboard.choropleth import DistrictLayer

        m.marsad_districts = DistrictLayer(df, metric, lang)
        m.add_child(m.marsad_districts)
    else:
        m.marsad_events = EventLayer(df, tiles=tiles, detail=detail, selected=selected, links=event_links,
                                     recent_days=days if view == "frontline" else None, lang=lang)
        m.add_child(m.marsad_events)
    if near is not None:
        folium.Circle(near[:2], radius=near[2] * 1000, color="#333", weight=1.5, dash_array="6 4",
                      fill=False, interactive=False).add_to(m)
    m.fit_bounds(fit)
    return m
