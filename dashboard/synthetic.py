"""Synthetic events for benchmarks and tests: the shape of Store.events_frame(), made up.

Every row says SYNTHETIC in its report title and evidence so it can never pass for a real
event if it leaks into a store, an export or a screenshot. Places are gazetteer points
(gazetteer/places.csv, read directly so this module needs nothing but pandas/numpy) with a
little jitter; dates span 2014-2020; types, actors and casualties come from fixed lists.
"""
from __future__ import annotations

import csv
import hashlib
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

GAZETTEER_CSV = Path(__file__).resolve().parent.parent / "gazetteer" / "places.csv"

# ACLED's six types with a few of their sub-types each.
SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb"),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"),
}
# Weights roughly like ACLED's Libya data: many strikes and clashes, fewer riots.
TYPE_WEIGHTS = (0.28, 0.32, 0.10, 0.12, 0.03, 0.15)

ACTORS: tuple[str, ...] = (
    "LNA", "GNA-aligned forces", "ISIS", "US forces", "Turkish forces", "Wagner Group",
    "Tripoli Revolutionaries Brigade", "Misrata militias", "Zintan militias", "Tebu militias",
    "Tuareg militias", "Civilians", "Protesters", "Unidentified armed group", "Police Forces of Libya",
    "UAE forces", "Rada Special Deterrence Force", "Al-Kaniyat", "Egyptian forces",
    "Shura Council of Benghazi Revolutionaries",
)
SOURCES = ("SYNTHETIC wire", "SYNTHETIC daily", "SYNTHETIC briefing")
_DATE_PRECISIONS = np.array(["day", "week", "month", "year", "unknown"], dtype=object)
_GEOCODERS = np.array(["gazetteer", "fuzzy", "geopy", "manual"], dtype=object)

_FALLBACK_PLACES = (  # if the gazetteer file is missing: a handful of towns
    ("tripoli", "Tripoli", "طرابلس", "city", 32.8874, 13.1873, "Tripoli"),
    ("benghazi", "Benghazi", "بنغازي", "city", 32.1167, 20.0667, "Benghazi"),
    ("misrata", "Misrata", "مصراتة", "city", 32.3754, 15.0925, "Misrata"),
    ("sabha", "Sabha", "سبها", "city", 27.0377, 14.4283, "Sabha"),
    ("sirte", "Sirte", "سرت", "city", 31.2089, 16.5887, "Sirte"),
    ("derna", "Derna", "درنة", "city", 32.7648, 22.6391, "Derna"),
)


def gazetteer_places(path: Path = GAZETTEER_CSV) -> pd.DataFrame:
    """Gazetteer rows with coordinates: id, name_en, name_ar, kind, lat, lon, admin1."""
    rows = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                try:
                    lat, lon = float(r["lat"]), float(r["lon"])
                except (TypeError, ValueError):
                    continue
                if r.get("kind") == "country":
                    continue
                rows.append((r["id"], r["name_en"], r["name_ar"], r["kind"], lat, lon, r.get("admin1") or None))
    if not rows:
        rows = list(_FALLBACK_PLACES)
    return pd.DataFrame(rows, columns=["id", "name_en", "name_ar", "kind", "lat", "lon", "admin1"])


def synthetic_events(n: int, *, seed: int = 0, events_per_report: int = 3,
                     undated_share: float = 0.02, unplaced_share: float = 0.02) -> pd.DataFrame:
    """`n` synthetic events with every column of Store.events_frame()."""
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = np.random.default_rng(seed)
    places = gazetteer_places()
    p = rng.integers(0, len(places), n)
    kinds = places["kind"].to_numpy()[p]
    # Precision follows from the kind of place: regions and districts stand for an area.
    geo_precision = np.where(np.isin(kinds, ["admin1", "region"]), 3,
                             np.where(rng.random(n) < 0.15, 2, 1)).astype(int)
    jitter = np.where(geo_precision == 1, 0.01, 0.05)
    lat = places["lat"].to_numpy()[p] + rng.normal(0, 1, n) * jitter
    lon = places["lon"].to_numpy()[p] + rng.normal(0, 1, n) * jitter
    unplaced = rng.random(n) < unplaced_share

    types = np.array(list(SUB_EVENT_TYPES), dtype=object)
    t = rng.choice(len(types), n, p=TYPE_WEIGHTS)
    event_type = types[t]
    sub_event_type = np.array([SUB_EVENT_TYPES[types[i]][j % len(SUB_EVENT_TYPES[types[i]])]
                               for i, j in zip(t, rng.integers(0, 8, n))], dtype=object)
    actors = np.array(ACTORS, dtype=object)
    a1 = actors[rng.integers(0, len(actors), n)]
    a2 = actors[rng.integers(0, len(actors), n)]
    a2 = np.where(rng.random(n) < 0.3, None, a2)
    assoc = [[actors[k]] if r < 0.1 else [] for k, r in zip(rng.integers(0, len(actors), n), rng.random(n))]

    start = date(2014, 1, 1).toordinal()
    span = date(2020, 12, 31).toordinal() - start
    days = rng.integers(0, span + 1, n)
    undated = rng.random(n) < undated_share
    event_date = np.array([None if u else date.fromordinal(start + int(d)).isoformat()
                           for d, u in zip(days, undated)], dtype=object)
    date_precision = np.where(undated, "unknown", _DATE_PRECISIONS[rng.choice(4, n, p=(0.8, 0.1, 0.08, 0.02))])

    fat = rng.poisson(1.2, n) * (rng.random(n) < 0.5)
    big = rng.random(n) < 0.01
    fat = np.where(big, rng.integers(20, 120, n), fat)
    inj = rng.poisson(2.0, n) * (rng.random(n) < 0.4)
    fat_known = rng.random(n) < 0.9
    inj_known = rng.random(n) < 0.8

    n_reports = max(1, -(-n // max(1, events_per_report)))
    report_no = rng.integers(0, n_reports, n)
    names = places["name_en"].to_numpy()[p]
    names_ar = places["name_ar"].to_numpy()[p]
    ids = [hashlib.sha256(f"synthetic|{seed}|{i}".encode()).hexdigest()[:16] for i in range(n)]
    rids = [f"syn{seed:02d}{r:010d}" for r in report_no]
    evidence = [f"SYNTHETIC: {a} reported {s.lower()} near {nm} ({na}); {f} killed."
                for a, s, nm, na, f in zip(a1, sub_event_type, names, names_ar, fat)]
    df = pd.DataFrame({
        "id": ids,
        "report_id": rids,
        "event_date": event_date,
        "date_precision": date_precision,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": a1,
        "actor2": a2,
        "assoc_actors": assoc,
        "location": np.where(unplaced, None, names),
        "location_ar": np.where(unplaced, None, names_ar),
        "place_id": np.where(unplaced, None, places["id"].to_numpy()[p]),
        "admin1": np.where(unplaced, None, places["admin1"].to_numpy()[p]),
        "latitude": np.where(unplaced, np.nan, lat),
        "longitude": np.where(unplaced, np.nan, lon),
        "geo_precision": pd.array(np.where(unplaced, 0, geo_precision), dtype="Int64"),
        "geocoder": np.where(unplaced, None, _GEOCODERS[rng.choice(4, n, p=(0.8, 0.12, 0.05, 0.03))]),
        "fatalities": pd.array(np.where(fat_known, fat, 0), dtype="Int64"),
        "fatalities_lower_bound": rng.random(n) < 0.05,
        "injuries": pd.array(np.where(inj_known, inj, 0), dtype="Int64"),
        "injuries_lower_bound": rng.random(n) < 0.05,
        "evidence": evidence,
        "evidence_start": pd.array(rng.integers(0, 2000, n), dtype="Int64"),
        "evidence_end": pd.array(np.zeros(n, dtype=int), dtype="Int64"),
        "confidence": rng.random(n).round(2),
        "report_title": [f"SYNTHETIC report {r} — not a real event" for r in rids],
        "report_url": [f"https://example.invalid/synthetic/{r}" for r in rids],
        "report_published": event_date,
        "report_source": np.array(SOURCES, dtype=object)[report_no % len(SOURCES)],
    })
    # Unknown counts and places are missing values, as the store gives them.
    df.loc[~fat_known, "fatalities"] = pd.NA
    df.loc[~inj_known, "injuries"] = pd.NA
    df.loc[unplaced, "geo_precision"] = pd.NA
    df["evidence_end"] = (df["evidence_start"] + df["evidence"].astype(str).str.len()).astype("Int64")
    # As the store gives them: datetime64 with NaT where unknown.
    df["event_date"] = pd.to_datetime(df["event_date"]).astype("datetime64[ns]")
    df["report_published"] = df["event_date"]
    for name in df.columns:
        if df[name].dtype == "str" or df[name].dtype == object:
            df[name] = df[name].astype(object).where(df[name].notna(), None)
    return df
