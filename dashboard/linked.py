"""One marker per happening: the filtered events linked across reports (events.linking, with the
analyst's splits from the store), each group shown as one row — the best-told event, with the
figure a reader would take for the dead, ``source_count`` and its ``sources`` (each report's
label, sentence and event id) for the popup and the table.

Plain pandas, so tests call it without Streamlit; the page caches it per filter state.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

# Linking compares neighbours in time and space; past this many shown events it would take
# seconds on every filter change, so the page shows the events as they are and says so.
LINK_MAX = 20_000


def _label(r: pd.Series) -> str:
    parts = [r.get("report_source"), r.get("report_title")]
    return " — ".join(str(p) for p in parts if isinstance(p, str) and p.strip()) or str(r.get("report_id"))


def link_reason(m) -> str:
    """One link's reasons in a line (events.linking.PairMatch): day gap, distance, type, actors."""
    if m.type_relation == "analyst merged":
        return m.reason or "merged by an analyst"
    day = "same day" if m.day_gap == 0 else f"{m.day_gap} day(s) apart" if m.day_gap is not None else "dates open"
    where = f"{m.km:.0f} km apart (limit {m.km_limit:.0f})" if m.km is not None and m.km_limit is not None \
        else "same place"
    return f"{day}, {where}, {m.type_relation}, {m.actor_relation}"


def _killed(n: object) -> str:
    return "" if n is None or n is pd.NA or (isinstance(n, float) and n != n) else f" — {n} killed"


def sources_text(srcs: object) -> str | None:
    """A happening's other reports with their sentences, for the table's "Other reports"."""
    if not isinstance(srcs, list) or len(srcs) < 2:
        return None
    return " ‖ ".join(f"{s['label']}: {' '.join(str(s['evidence']).split())}" for s in srcs[1:])


def collapse(df: pd.DataFrame, never_rows: Iterable[dict] = (), merged_rows: Iterable[dict] = ()) -> pd.DataFrame:
    """The events of ``df`` linked into happenings: one row each (see the module doc). A row
    keeps the id of the event standing for it, so links and corrections still find it."""
    from events.linking import NeverLink, link_events
    from events.linking.frames import events_from_frame

    out = df.copy()
    out["source_count"] = 1
    out["sources"] = None
    out["fatalities_range"] = None
    out["link_why"] = None
    if df.empty or len(df) > LINK_MAX:
        return out
    linking = link_events(events_from_frame(df), never=[NeverLink.from_row(r) for r in never_rows],
                          always=[NeverLink.from_row(r) for r in merged_rows])
    pos = {eid: k for k, eid in enumerate(df["id"])}
    keep = np.ones(len(df), dtype=bool)
    counts = np.ones(len(df), dtype=np.int64)
    sources: list[object] = [None] * len(df)
    killed = out["fatalities"].astype(object).to_numpy().copy() if "fatalities" in out else None
    killed_of = killed.copy() if killed is not None else [None] * len(df)  # each report's own figure
    why: list[object] = [None] * len(df)
    low: list[object] = [None] * len(df)
    high: list[object] = [None] * len(df)
    conf = pd.to_numeric(df.get("confidence", pd.Series(0.0, index=df.index)), errors="coerce").fillna(0).to_numpy()
    for g in linking.groups:
        if len(g.event_ids) < 2:
            continue
        members = [pos[i] for i in g.event_ids]
        best = max(members, key=lambda k: (conf[k], -k))
        ordered = [best] + [k for k in members if k != best]
        for k in members:
            keep[k] = k == best
        counts[best] = g.source_count
        sources[best] = [{"id": df["id"].iat[k], "label": _label(df.iloc[k]) + _killed(killed_of[k]),
                          "evidence": df["evidence"].iat[k]} for k in ordered]
        low[best], high[best] = g.fatalities_low, g.fatalities_high
        why[best] = "; ".join(link_reason(m) for m in g.links)
        if killed is not None:
            # The figure most reports give; none when they split evenly (the popup shows each).
            killed[best] = g.fatalities if g.fatalities is not None else pd.NA
    out["source_count"] = counts
    out["sources"] = sources
    out["link_why"] = why  # which fields matched, link by link
    # "3–5 killed (reports differ)" where the sources disagree, for the table
    out["fatalities_range"] = [f"{lo}–{hi}" if lo is not None and hi is not None and lo != hi else None
                               for lo, hi in zip(low, high)]
    if killed is not None:
        out["fatalities"] = pd.array(killed, dtype="Int64")
    return out.loc[keep]
