"""The filtered events packed for the browser: column by column into typed arrays sent as
base64, about 20 bytes an event (see dashboard/mapview.py for why, and for the layer that
unpacks them). decode_payload is the browser's unpacking in Python, for tests.
"""
from __future__ import annotations

import base64
from typing import Any

import numpy as np
import pandas as pd

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

DATE_PRECISION_CODES = ("day", "week", "month", "year", "unknown")


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

    if "source_count" in rows.columns:
        # How many reports tell each (linked) happening; its other reports' sentences below.
        nsrc = pd.to_numeric(rows["source_count"], errors="coerce").fillna(1).to_numpy(dtype=np.int64)
        payload["nsrc"] = _uint_column(nsrc)

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
        if "sources" in rows.columns:
            payload["sources"] = {str(i): [[s.get("label", ""), _cut(s.get("evidence") or "", cap)] for s in v[1:]]
                                  for i, v in enumerate(rows["sources"].to_numpy())
                                  if isinstance(v, list) and len(v) > 1}
    payload["actors"] = actors
    return payload


def _cut(text: str, cap: int) -> str:
    return text if len(text) <= cap else text[:cap - 1].rstrip() + "…"


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
