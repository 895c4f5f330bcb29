"""Building dashboard/libya_basemap.geojson, the outline file the basemap draws: Natural Earth
1:10m admin-0 countries (public domain) as redistributed in the npm package world-atlas 2.0.2
(countries-10m.json, TopoJSON, ISC licence), decoded, clipped to the region around Libya and
simplified. Run once by a maintainer, never at run time:

    python -m dashboard.outlines path/to/countries-10m.json
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from dashboard.basemap import BASEMAP_PATH

# What the outline file keeps: the region around Libya (lon_min, lat_min, lon_max, lat_max).
CLIP_BOX = (4.0, 14.0, 31.0, 38.0)
# ISO 3166 numeric ids in world-atlas: Libya and the countries seen around it.
LIBYA_ID = "434"
NEIGHBOUR_IDS = {"788": "Tunisia", "012": "Algeria", "562": "Niger", "148": "Chad",
                 "729": "Sudan", "818": "Egypt", "470": "Malta", "380": "Italy", "300": "Greece"}


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



def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m dashboard.outlines countries-10m.json  (from npm world-atlas)", file=sys.stderr)
        return 2
    data = build_outlines(Path(args[0]))
    BASEMAP_PATH.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {BASEMAP_PATH} ({BASEMAP_PATH.stat().st_size / 1024:.0f} kB, {len(data['features'])} countries)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
