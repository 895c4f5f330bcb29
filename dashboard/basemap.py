"""A basemap of Libya drawn from local data, so the map means something with no tile server:
Libya's outline, its neighbours greyed, the 22 districts (shabiyat) as labels at their centres
and the main towns as labelled dots.

Sources (see dashboard/static/README.md for licences):
- outlines: Natural Earth 1:10m admin-0 countries (public domain) as redistributed in the npm
  package world-atlas 2.0.2 (countries-10m.json, TopoJSON, ISC licence), decoded, clipped to
  the region and simplified by ``build_outlines`` into dashboard/libya_basemap.geojson;
- districts and towns: the project's own gazetteer (gazetteer/places.csv), read at run time.

Rebuild the outline file with ``python -m dashboard.basemap path/to/countries-10m.json``.
"""
from __future__ import annotations

import csv
import json
import math
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from geo.errors import MarsadError

HERE = Path(__file__).resolve().parent
BASEMAP_PATH = HERE / "libya_basemap.geojson"
GAZETTEER_CSV = HERE.parent / "gazetteer" / "places.csv"

# Libya's bounding box (south-west, north-east) with a small margin: the default view.
LIBYA_BOUNDS = ((19.4, 9.3), (33.3, 25.2))
# What the outline file keeps: the region around Libya (lon_min, lat_min, lon_max, lat_max).
CLIP_BOX = (4.0, 14.0, 31.0, 38.0)
# ISO 3166 numeric ids in world-atlas: Libya and the countries seen around it.
LIBYA_ID = "434"
NEIGHBOUR_IDS = {"788": "Tunisia", "012": "Algeria", "562": "Niger", "148": "Chad",
                 "729": "Sudan", "818": "Egypt", "470": "Malta", "380": "Italy", "300": "Greece"}
SEA_COLOUR = "#dcebf5"
LAND_COLOUR = "#f8f4ea"
NEIGHBOUR_COLOUR = "#e6e6e3"
BORDER_COLOUR = "#8a8a80"
TOWN_KINDS = ("city", "town")


class BasemapError(MarsadError):
    """The basemap's data file is missing or unreadable."""


# ---------------------------------------------------------------- building the outline file

def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs (quantised, delta-encoded) as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points if not ring else points[1:])  # arcs share their end points
    return ring


def _clip_ring(ring: list[tuple[float, float]], box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """Sutherland-Hodgman against an axis-aligned box (fine for a basemap; may leave
    zero-width slivers along the box edge, which are invisible)."""
    x0, y0, x1, y1 = box
    edges = ((lambda p: p[0] >= x0, lambda a, b: _cut_x(a, b, x0)),
             (lambda p: p[0] <= x1, lambda a, b: _cut_x(a, b, x1)),
             (lambda p: p[1] >= y0, lambda a, b: _cut_y(a, b, y0)),
             (lambda p: p[1] <= y1, lambda a, b: _cut_y(a, b, y1)))
    out = ring
    for inside, cut in edges:
        if not out:
            break
        src, out = out, []
        prev = src[-1]
        for p in src:
            if inside(p):
                if not inside(prev):
                    out.append(cut(prev, p))
                out.append(p)
            elif inside(prev):
                out.append(cut(prev, p))
            prev = p
    return out


def _cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (rings have thousands of points at 1:10m)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (ax, ay), (bx, by) = points[i], points[j]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, best_k = -1.0, -1
        for k in range(i + 1, j):
            px, py = points[k]
            d = (abs(dy * px - dx * py + bx * ay - by * ax) / norm if norm
                 else math.hypot(px - ax, py - ay))
            if d > best:
                best, best_k = d, k
        if best > tolerance:
            keep[best_k] = True
            stack += [(i, best_k), (best_k, j)]
    return [p for p, k in zip(points, keep) if k]


def _area(ring: list[tuple[float, float]]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def build_outlines(topojson_path: Path, tolerance: float = 0.005, neighbour_tolerance: float = 0.02,
                   min_island: float = 0.02) -> dict:
    """The outline GeoJSON (Libya + neighbours, clipped and simplified) from world-atlas."""
    topology = json.loads(Path(topojson_path).read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    features = []
    for geom in topology["objects"]["countries"]["geometries"]:
        gid = str(geom.get("id"))
        if gid != LIBYA_ID and gid not in NEIGHBOUR_IDS:
            continue
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        out_polys = []
        for polygon in polygons:
            rings = []
            for indexes in polygon:
                ring = _clip_ring(_ring(arcs, indexes), CLIP_BOX)
                # Small islands of other countries are noise at the scale they are seen.
                if gid != LIBYA_ID and (len(ring) < 4 or _area(ring) < min_island):
                    continue
                ring = _simplify(ring, tolerance if gid == LIBYA_ID else neighbour_tolerance)
                if len(ring) >= 4:
                    if ring[0] != ring[-1]:
                        ring.append(ring[0])
                    rings.append([[round(x, 3), round(y, 3)] for x, y in ring])
            if rings:
                out_polys.append(rings)
        if not out_polys:
            continue
        features.append({
            "type": "Feature",
            "properties": {"name": geom.get("properties", {}).get("name", ""),
                           "role": "libya" if gid == LIBYA_ID else "neighbour"},
            "geometry": {"type": "MultiPolygon", "coordinates": out_polys},
        })
    features.sort(key=lambda f: f["properties"]["role"] == "libya")  # Libya drawn last, on top
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:10m admin-0 countries (public domain), via npm world-atlas 2.0.2",
        "features": features,
    }


# ---------------------------------------------------------------- reading what the map draws

@lru_cache(maxsize=1)
def load_outlines(path: Path = BASEMAP_PATH) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BasemapError(f"basemap file {path} is missing or unreadable ({exc}); "
                           "rebuild it with `python -m dashboard.basemap countries-10m.json`") from exc


@lru_cache(maxsize=1)
def gazetteer_labels(path: Path = GAZETTEER_CSV) -> dict[str, list[list]]:
    """District centres and towns from the gazetteer: {"districts": [[lat, lon, en, ar]],
    "cities": [...], "towns": [...]}. A missing gazetteer gives empty lists (the outline still
    draws)."""
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
            elif kind == "city":
                out["cities"].append(item)
            elif kind == "town":
                out["towns"].append(item)
    return out


def basemap_payload() -> dict[str, Any]:
    return {"outlines": load_outlines(), **gazetteer_labels()}


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element and inert for Jinja: "<" cannot close the element,
    and "{{", "{%", "{#" (which only occur inside strings in JSON) cannot start a template tag
    if the text ever passes through Jinja again (branca compiles rendered scripts as templates)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return text.replace("{{", "{\\u007b").replace("{%", "{\\u0025").replace("{#", "{\\u0023")


class RawElement(Element):
    """Text put into the page as it is. branca wraps a MacroElement's rendered macros in
    Element(text), which compiles the text as a Jinja template: slow for megabytes of data, and
    dangerous for text from reports ("{{ ... }}" would be evaluated). This does neither."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class RawMacroElement(MacroElement):
    """A MacroElement whose rendered header/html/script go into the figure as RawElement."""

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise BasemapError("a map layer can only be rendered inside a folium Map")
        module = self._template.module
        for part, box in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            macro = getattr(module, part, None)
            if macro is not None:
                box.add_child(RawElement(macro(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


_script_json = script_json


class LibyaBasemap(RawMacroElement):
    """Outlines in a pane under the events, labels above the outlines; names are set with
    textContent (they come from a data file, and data files are not trusted as HTML)."""

    _template = Template("""
{% macro header(this, kwargs) %}
<style>
  .leaflet-container { background: {{ this.sea }}; }
  .marsad-label { background: none; border: none; box-shadow: none; white-space: nowrap; }
  .marsad-label span { font: 11px/1.1 system-ui, sans-serif; color: #333;
    text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; }
  .marsad-label.district span { font-style: italic; color: #6b5d45; font-size: 10px;
    letter-spacing: .03em; text-transform: uppercase; }
  .marsad-label.city span { font-weight: 600; font-size: 12px; }
  .marsad-label.town span { font-size: 10px; color: #555; }
  .marsad-hide-towns .marsad-label.town { display: none; }
  .marsad-hide-districts .marsad-label.district { display: none; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var data = {{ this.payload }};
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
  function label(item, cls) {
    var box = document.createElement('div');
    var span = document.createElement('span');
    span.textContent = item[2] + (item[3] ? ' · ' + item[3] : '');
    box.appendChild(span);
    return L.marker([item[0], item[1]], {pane: 'marsadLabels', interactive: false, keyboard: false,
      icon: L.divIcon({className: 'marsad-label ' + cls, html: box, iconSize: null,
                       iconAnchor: cls === 'district' ? [30, 6] : [-5, 7]})});
  }
  function dot(item, r) {
    return L.circleMarker([item[0], item[1]], {pane: 'marsadLabels', interactive: false, radius: r,
      color: '#444', weight: 1, fillColor: '#fff', fillOpacity: 1});
  }
  var layers = [outlines];
  data.districts.forEach(function (d) { layers.push(label(d, 'district')); });
  data.cities.forEach(function (d) { layers.push(dot(d, 3.5), label(d, 'city')); });
  data.towns.forEach(function (d) { layers.push(dot(d, 2), label(d, 'town')); });
  var group = L.featureGroup(layers);
  group.addTo(map);
  if (map.attributionControl) {
    map.attributionControl.addAttribution('Basemap: Natural Earth (public domain); places: Marsad gazetteer');
  }
  // Town names only when zoomed in, district names only when zoomed out: no clutter at any zoom.
  function declutter() {
    var z = map.getZoom(), c = map.getContainer().classList;
    c.toggle('marsad-hide-towns', z < 8);
    c.toggle('marsad-hide-districts', z < 6 || z >= 9);
  }
  map.on('zoomend', declutter);
  declutter();
  window.marsadBasemap = group;
})();
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "LibyaBasemap"
        self.sea, self.land, self.neighbour, self.border = (
            SEA_COLOUR, LAND_COLOUR, NEIGHBOUR_COLOUR, BORDER_COLOUR)
        self.payload = _script_json(basemap_payload())


def add_basemap(m: folium.Map) -> LibyaBasemap:
    """Draw the local basemap on `m` (under everything else)."""
    layer = LibyaBasemap()
    m.add_child(layer)
    return layer


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m dashboard.basemap countries-10m.json  (from npm world-atlas)", file=sys.stderr)
        return 2
    data = build_outlines(Path(args[0]))
    BASEMAP_PATH.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {BASEMAP_PATH} ({BASEMAP_PATH.stat().st_size / 1024:.0f} kB, {len(data['features'])} countries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
