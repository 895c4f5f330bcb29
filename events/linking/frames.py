"""Events back from a Store.events_frame() table, so the store and the page can link what
they already hold: ``link_events(events_from_frame(store.events_frame()), never=rows)``."""
from __future__ import annotations

from dataclasses import fields

import pandas as pd

from events.records import Event

_FIELDS = [f.name for f in fields(Event)]


def _value(v):
    if v is None or v is pd.NaT:
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):  # lists (assoc_actors) are not scalars
        return v
    return v


def events_from_frame(df: pd.DataFrame) -> list[Event]:
    cols = [c for c in _FIELDS if c in df.columns]
    out = []
    for row in df[cols].itertuples(index=False, name=None):
        d = {c: _value(v) for c, v in zip(cols, row)}
        if d.get("event_date") is not None:
            d["event_date"] = pd.Timestamp(d["event_date"]).date()
        d["assoc_actors"] = tuple(d.get("assoc_actors") or ())
        for name in ("geo_precision", "fatalities", "injuries", "evidence_start", "evidence_end"):
            if d.get(name) is not None:
                d[name] = int(d[name])
        for name in ("latitude", "longitude", "confidence"):
            if d.get(name) is not None:
                d[name] = float(d[name])
        d["date_precision"] = d.get("date_precision") or "unknown"
        out.append(Event(**d))
    return out
