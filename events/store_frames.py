"""Stored rows as typed pandas frames and dates: the reading half of events.store that the
dashboard's speed depends on (see Store.events_frame)."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import sqlalchemy as sa

from events.store_schema import BOOL_COLUMNS, DATE_COLUMNS, EVENT_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, REPORT_COLUMNS


def object_frame(result: sa.CursorResult) -> pd.DataFrame:
    """Rows as an object-dtype frame. pd.read_sql would infer every text column into pandas'
    Arrow-backed str dtype (NaN for missing) and cost twice as long; the columns are typed
    explicitly afterwards instead."""
    keys = list(result.keys())
    # The DBAPI's plain tuples: numpy probes SQLAlchemy Row objects key by key (10x slower).
    # Nothing is lost: the columns that need conversion were selected raw (type_coerce).
    rows = result.cursor.fetchall()
    result.close()
    if not rows:
        return pd.DataFrame({k: pd.Series(dtype=object) for k in keys})
    return pd.DataFrame(np.array(rows, dtype=object), columns=keys, dtype=object)


def typed_events_frame(df: pd.DataFrame) -> pd.DataFrame:
    for name in DATE_COLUMNS:
        df[name] = pd.to_datetime(df[name], errors="coerce", format="ISO8601").astype("datetime64[ns]")
    for name in INT_COLUMNS:
        df[name] = pd.to_numeric(df[name], errors="coerce").astype("Int64")
    for name in FLOAT_COLUMNS:
        df[name] = pd.to_numeric(df[name], errors="coerce").astype("float64")
    for name in BOOL_COLUMNS:
        # SQLite gives 0/1 (or "0"/"1" through the raw path), PostgreSQL gives booleans.
        df[name] = df[name].map(lambda v: v not in (None, 0, "0", False, "false", "f")).astype(bool)
    # None where the extractor could not say; nullable, so "not known" is not read as "abroad".
    df["in_libya"] = df["in_libya"].map(
        lambda v: pd.NA if v is None or v is pd.NA else v not in (0, "0", False, "false", "f")).astype("boolean")
    # Nearly every row holds "[]": parse each distinct JSON text once.
    parsed: dict[str, list] = {}

    def actors(text: object) -> list:
        if not text:
            return []
        if text not in parsed:
            parsed[text] = json.loads(text)
        return list(parsed[text])

    df["assoc_actors"] = [actors(v) for v in df["assoc_actors"].astype(object)]
    # Whether an analyst corrected the event (events.corrections); absent from older frames.
    df["corrected"] = (df["corrected"].map(lambda v: v not in (None, 0, "0", False, "false", "f")).astype(bool)
                       if "corrected" in df else False)
    # Text columns stay object dtype with None for unknown, as the driver gave them.
    return df[list(EVENT_COLUMNS) + list(REPORT_COLUMNS) + ["corrected"]]
