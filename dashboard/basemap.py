"""A basemap of Libya drawn from local data, so the map means something with no tile server:
Libya's outline, its neighbours greyed, the 22 districts (shabiyat) as labels at their centres
and the main towns as labelled dots, as many names as fit the zoom (LibyaBasemap).

Sources (see dashboard/static/README.md for licences):
- outlines: Natural Earth 1:10m admin-0 countries (public domain), via the npm package
  world-atlas, built into dashboard/libya_basemap.geojson by dashboard/outlines.py;
- districts and towns: the project's own gazetteer (gazetteer/places.csv), read at run time.

Rebuild the outline file with ``python -m dashboard.outlines path/to/countries-10m.json``.
"""
from __future__ import annotations

import csv
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
from jinja2 import Template

from dashboard.raw_element import RawMacroElement, script_json
from geo.errors import MarsadError

HERE = Path(__file__).resolve().parent
BASEMAP_PATH = HERE / "libya_basemap.geojson"
GAZETTEER_CSV = HERE.parent / "gazetteer" / "places.csv"

# Libya's bounding box (south-west, north-east) with a small margin: the default view.
LIBYA_BOUNDS = ((19.4, 9.3), (33.3, 25.2))
SEA_COLOUR = "#dcebf5"
LAND_COLOUR = "#f8f4ea"
NEIGHBOUR_COLOUR = "#e6e6e3"
BORDER_COLOUR = "#8a8a80"
TOWN_KINDS = ("city", "town")
# Most place names shown at zoom 0, 1, 2, ...; from the zoom after the last, every name that
# fits. About ten at the country view (zoom 5).
LABELS_PER_ZOOM = (3, 3, 4, 5, 7, 10, 18, 40)


class BasemapError(MarsadError):
    """The basemap's data file is missing or unreadable."""



# ---------------------------------------------------------------- reading what the map draws

@lru_cache(maxsize=1)
def load_outlines(path: Path = BASEMAP_PATH) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BasemapError(f"basemap file {path} is missing or unreadable ({exc}); "
                           "rebuild it with `python -m dashboard.outlines countries-10m.json`") from exc


@lru_cache(maxsize=1)
def gazetteer_labels(path: Path = GAZETTEER_CSV) -> dict[str, list[list]]:
    """District centres and towns from the gazetteer: {"districts": [[lat, lon, en, ar]],
    "cities": [[lat, lon, en, ar, population, parent]], "towns": [...]}. A missing gazetteer
    gives empty lists (the outline still draws)."""
    out: dict[str, list[list]] = {"districts": [], "cities": [], "towns": []}
    if not Path(path).exists():
        return out
    with Path(path).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                lat, lon = round(float(row["lat"]), 4), round(float(row["lon"]), 4)
            except (KeyError, TypeError, ValueError):
                continue
            item = [lat, lon, row.get("name_en") or "", row.get("name_ar") or ""]
            kind = row.get("kind")
            if kind == "admin1":
                out["districts"].append(item)
            elif kind in TOWN_KINDS:
                try:
                    population = max(0, int(float(row.get("population") or 0)))
                except ValueError:
                    population = 0
                item += [population, row.get("id") or "", row.get("parent") or ""]
                out["cities" if kind == "city" else "towns"].append(item)
    return out


def _km(a: list, b: list) -> float:
    dx = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 111.2 * math.hypot(a[0] - b[0], dx)


def ranked_places(labels: dict[str, list[list]] | None = None) -> list[list]:
    """Cities and towns, most prominent first, as [lat, lon, en, ar, cls] (cls "city"/"town").

    Prominence is what a cartographer weighs when choosing the few names a country map shows:
    size and isolation. Score = sqrt(population) x distance (km) to the nearest more populous
    place, so Tripoli and Benghazi lead, and a lone oasis town (Kufra, Ghat, Ghadames) outranks
    a big suburb squeezed between Tripoli and Zawiya. A place whose gazetteer parent is another
    labelled place (Al-Taj in Kufra, Janzour in Tripoli) is part of it: it never counts as the
    "more populous place" of others, and its own distance is to its parent. The browser then
    shows names in this order while they do not collide, up to a count per zoom."""
    labels = gazetteer_labels() if labels is None else labels
    items = [(p, "city") for p in labels["cities"]] + [(p, "town") for p in labels["towns"]]
    by_id = {p[5]: p for p, _ in items if p[5]}
    main = [p for p, _ in items if p[6] not in by_id]
    scored = []
    for p, cls in items:
        parent = by_id.get(p[6])
        if parent is not None:
            distance = _km(p, parent)
        else:
            distance = min((_km(p, q) for q in main if q[4] > p[4]), default=3000.0)
        # Cities first among equals: the gazetteer's city/town split encodes regional weight.
        score = math.sqrt(max(p[4], 1000)) * max(distance, 1.0) * (1.5 if cls == "city" else 1.0)
        scored.append((score, p, cls))
    scored.sort(key=lambda s: (-s[0], s[1][2]))
    return [[p[0], p[1], p[2], p[3], cls] for _, p, cls in scored]


def basemap_payload() -> dict[str, Any]:
    return {"outlines": load_outlines(), "places": ranked_places(),
            "districts": gazetteer_labels()["districts"]}




class LibyaBasemap(RawMacroElement):
    """Outlines in a pane under the events, labels above the outlines; names are set with
    textContent (they come from a data file, and data files are not trusted as HTML).

    Which names show is decided in the browser at each zoom (a greedy collision filter):
    places in prominence order (ranked_places), each put right, left, above, below or at a
    corner of its dot where it overlaps no name or dot already placed, up to LABELS_PER_ZOOM
    names (so a country view shows about ten cities, and zooming in reveals towns); district
    names only at zooms 6-8, faint, where they fit and do not repeat a place's name. A place
    without its name shows no dot. Which names show depends mainly on the zoom (worked out in
    the map's pixel space, not the viewport); which side a name takes also depends on the
    event clusters on screen (window.marsadLabelObstacles, from dashboard.mapview), so names
    step aside from clusters rather than hide under them."""

    _template = Template("""
{% macro header(this, kwargs) %}
<style>
  .leaflet-container { background: {{ this.sea }}; }
  .marsad-label { background: none; border: none; box-shadow: none; }
  .marsad-label > div { position: absolute; white-space: nowrap; color: #2b2b2b;
    text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff, 0 0 4px #fff; }
  .marsad-label > div > div { line-height: 1.2; }
  .marsad-label.town > div { color: #4a4a4a; }
  .marsad-label.district > div { color: #9a8a68; letter-spacing: .06em; text-transform: uppercase; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var data = {{ this.payload }};
  var PER_ZOOM = {{ this.per_zoom }};
  if (!map.getPane('marsadBase')) {
    map.createPane('marsadBase').style.zIndex = 250;
    map.createPane('marsadLabels').style.zIndex = 390;
    map.getPane('marsadLabels').style.pointerEvents = 'none';
  }
  var outlines = L.geoJSON(data.outlines, {
    pane: 'marsadBase', interactive: false,
    style: function (f) {
      var libya = f.properties.role === 'libya';
      return {color: '{{ this.border }}', weight: libya ? 1.4 : 0.7, opacity: libya ? 0.9 : 0.6,
              fillColor: libya ? '{{ this.land }}' : '{{ this.neighbour }}', fillOpacity: 1};
    }
  });
  // Fonts per kind of name: [English line, Arabic line]; the same strings set the CSS and
  // measure the text, so the collision boxes are the boxes drawn.
  var FONTS = {
    city: ['600 12px system-ui, sans-serif', '600 11.5px system-ui, sans-serif'],
    town: ['10.5px system-ui, sans-serif', '10.5px system-ui, sans-serif'],
    district: ['italic 9.5px system-ui, sans-serif', 'italic 10px system-ui, sans-serif']
  };
  var DOT = {city: 3, town: 2};
  var ctx = document.createElement('canvas').getContext('2d');
  function textWidth(text, font) {
    ctx.font = font;
    return ctx.measureText(text).width;
  }
  function sizeOf(cls) { return parseFloat(FONTS[cls][0].match(/([0-9.]+)px/)[1]); }
  var labelsLayer = L.layerGroup(), dotsLayer = L.layerGroup();
  function makeLabel(item, cls) {
    var box = document.createElement('div');
    var en = document.createElement('div'), ar = document.createElement('div');
    en.textContent = cls === 'district' ? item[2].toUpperCase() : item[2];
    en.style.font = FONTS[cls][0];
    box.appendChild(en);
    var w = textWidth(en.textContent, FONTS[cls][0]) * (cls === 'district' ? 1.08 : 1);
    var lines = 1;
    if (item[3]) {
      ar.textContent = item[3];
      ar.style.font = FONTS[cls][1];
      ar.setAttribute('dir', 'rtl');
      ar.setAttribute('lang', 'ar');
      box.appendChild(ar);
      w = Math.max(w, textWidth(item[3], FONTS[cls][1]));
      lines = 2;
    }
    box.style.display = 'none';
    var marker = L.marker([item[0], item[1]], {pane: 'marsadLabels', interactive: false, keyboard: false,
      icon: L.divIcon({className: 'marsad-label ' + cls, html: box, iconSize: [0, 0], iconAnchor: [0, 0]})});
    labelsLayer.addLayer(marker);
    var dot = null;
    if (DOT[cls]) {
      dot = L.circleMarker([item[0], item[1]], {pane: 'marsadLabels', interactive: false, radius: DOT[cls],
        color: '#3a3a3a', weight: 1, fillColor: '#fff', fillOpacity: 1});
    }
    return {ll: L.latLng(item[0], item[1]), name: item[2], cls: cls, box: box, dot: dot,
            w: Math.ceil(w) + 2, h: Math.ceil(lines * sizeOf(cls) * 1.2) + 1, shown: false};
  }
  var places = data.places.map(function (p) { return makeLabel(p, p[4]); });
  var districts = data.districts.map(function (d) { return makeLabel(d, 'district'); });

  function hits(b, boxes) {
    for (var i = 0; i < boxes.length; i++) {
      var o = boxes[i];
      if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) return true;
    }
    return false;
  }
  function show(item, on, dx, dy, align) {
    item.box.style.display = on ? '' : 'none';
    if (on) {
      item.box.style.left = dx + 'px';
      item.box.style.top = dy + 'px';
      item.box.style.textAlign = align;
    }
    if (item.dot) {
      if (on && !item.shown) dotsLayer.addLayer(item.dot);
      if (!on && item.shown) dotsLayer.removeLayer(item.dot);
    }
    item.shown = on;
  }
  // Greedy placement, most prominent first: right of the dot, else left, above, below, then
  // the four corners. A name may not cover the dot of another place still in the running for
  // this zoom (the next most prominent, a few more than the zoom's count), so Tripoli's name
  // does not push out Misrata; a place that finds no room drops out of the running and the
  // placement is redone (twice at most) without its dot in the way. Of the sides free of
  // other names, a name takes the one the events' clusters and markers on screen cover least
  // (window.marsadLabelObstacles, set by the event layer, which calls marsadRelabel when its
  // clusters change); events never hide a name altogether.
  function covered(b, boxes) {
    var area = 0;
    for (var i = 0; i < boxes.length; i++) {
      var o = boxes[i];
      var w = Math.min(b[2], o[2]) - Math.max(b[0], o[0]), h = Math.min(b[3], o[3]) - Math.max(b[1], o[1]);
      if (w > 0 && h > 0) area += w * h;
    }
    return area;
  }
  function place(z, cap, running, onMap) {
    var boxes = [], spots = {}, count = 0, pad = 2;
    places.forEach(function (it, i) {
      if (count >= cap) return;
      var d = it.dotBox;
      if (hits(d, boxes)) return;
      var w = it.w, h = it.h, r = DOT[it.cls] + 1, best = null, bestBox = null, least = Infinity;
      var tries = [[r + 2, -h / 2, 'left'], [-r - 2 - w, -h / 2, 'right'],
                   [-w / 2, -r - 1 - h, 'center'], [-w / 2, r + 1, 'center'],
                   [r, -r - h, 'left'], [r, r, 'left'], [-r - w, -r - h, 'right'], [-r - w, r, 'right']];
      // Sides clear of the running places' dots first; failing that, a place outranks the
      // dots of less prominent ones (placed dots are in boxes already; one this name covers
      // drops out).
      for (var pass = 0; pass < 2 && !best; pass++) {
        for (var s = 0; s < tries.length && least > 0; s++) {
          var x = it.px.x + tries[s][0], y = it.px.y + tries[s][1];
          var b = [x - pad, y - pad, x + w + pad, y + h + pad];
          if (hits(b, boxes)) continue;
          var blocked = false;
          for (var j = 0; pass === 0 && j < places.length && !blocked; j++) {
            if (j !== i && running[j] && hits(places[j].dotBox, [b])) blocked = true;
          }
          if (blocked) continue;
          // Of the free sides, the one the events' clusters and markers cover least.
          var under = covered(b, onMap);
          if (under < least) { least = under; best = tries[s]; bestBox = b; }
        }
      }
      if (best) {
        boxes.push(bestBox, d);
        spots[i] = best;
        count++;
      }
    });
    return {boxes: boxes, spots: spots, count: count};
  }
  function relabel() {
    var z = Math.round(map.getZoom());
    var cap = z < PER_ZOOM.length ? PER_ZOOM[Math.max(0, z)] : Infinity;
    places.forEach(function (it) {
      var p = map.project(it.ll, z), r = DOT[it.cls] + 1;
      it.px = p;
      it.dotBox = [p.x - r, p.y - r, p.x + r, p.y + r];
    });
    var running = places.map(function (it, i) { return i < cap + 8; });
    // What the event layer draws (clusters, markers) as boxes to keep names off, if it says.
    var onMap = window.marsadLabelObstacles ? window.marsadLabelObstacles(z) : [];
    var result;
    for (var round = 0; round < 3; round++) {
      result = place(z, cap, running, onMap);
      var changed = false;
      running = running.map(function (on, i) {
        var keep = on && result.spots[i] !== undefined;
        if (on && !keep) changed = true;
        return keep;
      });
      if (!changed) break;
    }
    var boxes = result.boxes, shownNames = {}, count = result.count;
    places.forEach(function (it, i) {
      var spot = result.spots[i];
      if (spot) { show(it, true, spot[0], spot[1], spot[2]); shownNames[it.name] = true; }
      else show(it, false);
    });
    districts.forEach(function (it) {
      var on = false;
      if (z >= 6 && z <= 8 && !shownNames[it.name]) {
        var p = map.project(it.ll, z), x = p.x - it.w / 2, y = p.y - it.h / 2;
        var b = [x - 6, y - 4, x + it.w + 6, y + it.h + 4];
        if (!hits(b, boxes) && !hits(b, onMap)) { boxes.push(b); on = true; }
      }
      show(it, on, -it.w / 2, -it.h / 2, 'center');
    });
    map.getContainer().setAttribute('data-marsad-labels', count);
  }

  var group = L.featureGroup([outlines, dotsLayer, labelsLayer]);
  group.addTo(map);
  if (map.attributionControl) {
    map.attributionControl.addAttribution('Basemap: Natural Earth (public domain); places: Marsad gazetteer');
  }
  map.on('zoomend', relabel);
  relabel();
  window.marsadBasemap = group;
  window.marsadRelabel = relabel;
})();
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "LibyaBasemap"
        self.sea, self.land, self.neighbour, self.border = (
            SEA_COLOUR, LAND_COLOUR, NEIGHBOUR_COLOUR, BORDER_COLOUR)
        self.payload = script_json(basemap_payload())
        self.per_zoom = script_json(list(LABELS_PER_ZOOM))


def add_basemap(m: folium.Map) -> LibyaBasemap:
    """Draw the local basemap on `m` (under everything else)."""
    layer = LibyaBasemap()
    m.add_child(layer)
    return layer

