"""The folium map of events: one browser-side layer for all events, a local basemap, a legend.
(The packing of the events and the constants named below are in dashboard/event_payload.py.)

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

class EventLayer(JSCSSMixin, RawMacroElement):
    """All events as one GeoJSON layer built in the browser from the packed payload.
    Rendered raw (see dashboard.raw_element): report text never meets Jinja."""

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
  // The page's own URL (filters and view) with this event chosen: opening it shows the same
  // view with this event's popup open. Only in the page (the map frame shares its origin).
  function eventLink(id) {
    try {
      var u = new URL(window.top.location.href);
      u.searchParams.set('event', id);
      return u.toString();
    } catch (e) { return null; }
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
      var href = LINKS && D.ids[i] ? eventLink(D.ids[i]) : null;
      if (href) box.appendChild(el('a', 'Link to this event', {href: href, target: '_top',
        'class': 'marsad-event-link'}));
    } else {
      box.appendChild(el('div', 'Evidence and report are in the table under the map (the map carries them for up to '
        + D.fullMax.toLocaleString() + ' events).', {'class': 'note'}));
    }
    return box;
  }

  // ---- the features: one GeoJSON layer, styled from properties
  var features = new Array(D.n), markers = new Array(D.n);
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
      return markers[p.i] = L.circleMarker(latlng, {renderer: renderer,
        radius: Math.min(4 + 2 * Math.sqrt(p.k), 22), color: '#333', weight: 0.8,
        fillColor: D.colours[p.t], fillOpacity: 0.85, className: 'marsad-event marsad-type-' + p.t});
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
    // The chosen event opens after every script of the page ran (the map's own fitBounds
    // comes later in the page and would undo the zoom).
    chunkProgress: function (done, total) { if (done === total) { relabel(); setTimeout(openSelected, 0); } },
    iconCreateFunction: function (c) {
      var n = c.getChildCount(), s = n < 10 ? 26 : n < 100 ? 32 : n < 1000 ? 38 : n < 10000 ? 44 : 50;
      var inner = document.createElement('div');
      inner.textContent = String(n);  // plain digits: tests and people can read the count
      inner.setAttribute('data-count', n);
      return L.divIcon({html: inner, className: 'marsad-cluster', iconSize: L.point(s, s)});
    }});
  var popup = L.popup({maxWidth: 360, autoPanPadding: [20, 20]});
  // The event a link chose: the map closes in on it and opens its popup, once.
  var SELECTED = {{ this.selected }}, LINKS = {{ this.links }};
  function openSelected() {
    var m = SELECTED >= 0 ? markers[SELECTED] : null;
    if (!m || !clusters.hasLayer(m)) return;
    map.getContainer().setAttribute('data-marsad-selected', D.ids[SELECTED]);
    var i = SELECTED;
    SELECTED = -1;
    // Close in on it (a popup needs no unclustered marker to point at its place).
    map.setView(m.getLatLng(), Math.max(map.getZoom(), 9), {animate: false});
    popup.setLatLng(m.getLatLng()).setContent(popupFor(i)).openOn(map);
  }
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

    def __init__(self, df: pd.DataFrame, *, tiles: bool = False, detail: str = "auto",
                 selected: str | None = None, links: bool = False) -> None:
        super().__init__()
        self._name = "MarsadEvents"
        self.data = events_payload(df, detail=detail)
        self.count = self.data["n"]
        self.payload = script_json(self.data)
        self.legend = script_json(legend_html(fixed=False))
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


VIEWS = ("points", "districts")


def build_map(df: pd.DataFrame, *, bounds: Sequence[Sequence[float]] | None = None, tiles: bool = False,
              detail: str = "auto", height: str | int = "100%", view: str = "points",
              metric: str = "events", selected: str | None = None, event_links: bool = False,
              near: tuple[float, float, float] | None = None) -> folium.Map:
    """A folium map of the events in `df` on the local basemap of Libya.

    bounds: [[south, west], [north, east]] to fit (default: all of Libya).
    tiles: also offer OpenStreetMap tiles (on, in the layers control) when there is internet.
    view: "points" (one marker per event) or "districts" (each district shaded by `metric`,
    "events" or "fatalities"; see dashboard.choropleth).
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

        m.marsad_districts = DistrictLayer(df, metric)
        m.add_child(m.marsad_districts)
    else:
        m.marsad_events = EventLayer(df, tiles=tiles, detail=detail, selected=selected, links=event_links)
        m.add_child(m.marsad_events)
    if near is not None:
        folium.Circle(near[:2], radius=near[2] * 1000, color="#333", weight=1.5, dash_array="6 4",
                      fill=False, interactive=False).add_to(m)
    m.fit_bounds(fit)
    return m
