"""The event detail panel: for the event open from a link or picked on the page, every field; each
report that tells it with the evidence sentence marked in the report's text; how its place was
found (the gazetteer's candidates and why this one won); and what its precision circle means.

``fields_table`` and ``place_account`` are plain functions (tests call them without Streamlit).
"""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd

# The fields in reading order, with their headings.
FIELDS = {
    "id": "Event id", "event_date": "Date", "date_precision": "Date precision", "event_type": "Type",
    "sub_event_type": "Sub-type", "actor1": "Actor 1", "actor2": "Actor 2", "assoc_actors": "With",
    "location": "Place", "location_ar": "المكان", "place_id": "Gazetteer id", "admin1": "Admin1",
    "latitude": "Latitude", "longitude": "Longitude", "geo_precision": "Geo precision",
    "geocoder": "Located by", "fatalities": "Killed", "fatalities_range": "Killed, by report",
    "injuries": "Wounded", "in_libya": "In Libya", "confidence": "Confidence", "corrected": "Corrected",
    "source_count": "Reports", "report_source": "Source", "report_title": "Report",
    "report_published": "Published",
}
CIRCLES = {1: "an exact place: no circle", 2: "near / part of a place: the dashed circle of about 8 km",
           3: "a region only: the dashed circle of about 40 km (hidden when zoomed in close)"}


def _plain_value(v: object) -> str:
    if v is None or (isinstance(v, float) and v != v) or v is pd.NA or v is pd.NaT:
        return "—"
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    if isinstance(v, (list, tuple)):
        return ", ".join(str(x) for x in v) or "—"
    return str(v)


def fields_table(ev: pd.Series) -> pd.DataFrame:
    """Every field of the event that the frame has, as (field, value) rows."""
    rows = [(label, _plain_value(ev[key])) for key, label in FIELDS.items() if key in ev.index]
    return pd.DataFrame(rows, columns=["Field", "Value"])


def place_account(resolver, ev: pd.Series, language: str = "ar") -> dict:
    """How the event's place was found: {"how": one line, "candidates": frame or None}."""
    geocoder = ev.get("geocoder")
    if geocoder == "manual":
        return {"how": "Moved here by an analyst (a correction); no candidates were weighed.", "candidates": None}
    if geocoder in ("acled", "ucdp"):
        return {"how": f"The dataset's own point ({str(geocoder).upper()} coded it); Marsad never moves it.",
                "candidates": None}
    name = (ev.get("location_ar") if language == "ar" else None) or ev.get("location")
    if not isinstance(name, str) or not name.strip():
        return {"how": "The report names no place Marsad could find for this event.", "candidates": None}
    from geo.explain import explain

    got = explain(resolver, name, offline=True)
    cands = pd.DataFrame([{"": "✔" if c["id"] == got["chosen"] else "", "Candidate": c["name_en"],
                           "الاسم": c["name_ar"], "Kind": c["kind"], "Admin1": c["admin1"], "Source": c["source"],
                           "Score": c["score"]} for c in got["candidates"]])
    how = (f"“{name}” looked up again in the gazetteer ({got['method'] or 'not found'}): {got['why']}. "
           "In the report, the other places it names may have weighed in too.")
    if ev.get("place_id") and got["chosen"] and got["chosen"] != ev.get("place_id"):
        how += f" The report's reading chose {ev.get('location')} ({ev.get('place_id')})."
    return {"how": how, "candidates": cands if not cands.empty else None}


def section(location: str, version: tuple, ev: pd.Series, resolver, *,
            plain: Callable[[object], str]) -> None:
    import streamlit as st

    from dashboard import report_view, state

    st.subheader(f"Event {plain(ev['id'])}: {plain(ev['event_type'])} — {plain(ev.get('location') or 'no place')}")
    left, right = st.columns([2, 3])
    left.dataframe(fields_table(ev), hide_index=True, width="stretch", height=420, key="detail_fields")
    gp = ev.get("geo_precision")
    left.caption("Precision: " + CIRCLES.get(int(gp) if pd.notna(gp) else 0, "not placed"))
    with right:
        report_language = "ar"
        sources = ev.get("sources") if isinstance(ev.get("sources"), list) else [{"id": ev["id"]}]
        st.markdown(f"**{len(sources)} report(s) tell it** — the sentence each was read from is marked")
        if isinstance(ev.get("link_why"), str) and ev.get("link_why"):
            st.caption(plain(f"Linked as one happening: {ev['link_why']}"))
        frame = state.load_events(location, version)
        for src in sources:
            own = frame[frame["id"] == src["id"]]
            if own.empty:
                continue
            report = state.load_report(location, version, own["report_id"].iloc[0])
            if report is None:
                continue
            report_language = report.language or report_language
            st.html(report_view.report_html(report.text, report_view.evidence_marks(own), language=report.language,
                                            title=report.title, meta=" · ".join(
                                                b for b in (report.source, report.published.isoformat()
                                                            if report.published else "date unknown") if b)))
        account = place_account(resolver, ev, report_language)
        st.markdown("**How its place was found**")
        st.caption(plain(account["how"]))
        if account["candidates"] is not None:
            st.dataframe(account["candidates"], hide_index=True, width="stretch", key="detail_candidates")
