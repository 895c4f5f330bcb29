"""Plots beside the map, following the same filters: events or people killed over time (by type
or by actor), the places with most events, and who fought whom (an actor-pair matrix). Each is
a table (tested) and an Altair chart, exportable as SVG or PNG for a briefing.

SVG and PNG are drawn on the server by vl-convert (Vega and its fonts are inside the wheel, so
nothing is fetched), never by the browser, so an export is the same on every machine.
"""
from __future__ import annotations

import altair as alt
import pandas as pd

from dashboard.event_payload import EVENT_TYPE_COLOURS, OTHER_COLOUR
from dashboard.timeline import choose_bin, event_dates, period_start
from geo.errors import MarsadError

MEASURES = {"events": "Events", "fatalities": "People killed"}
GROUPINGS = {"event_type": "Event type", "actor": "Actor"}
TOP_ACTORS = 8
TOP_PLACES = 15
PAIR_ACTORS = 10
WIDTH = 640
OTHER = "Other"
NO_SECOND_ACTOR = "(none named)"


class PlotExportError(MarsadError):
    """A plot could not be drawn as SVG or PNG."""


def _killed(df: pd.DataFrame) -> pd.Series:
    if "fatalities" not in df:
        return pd.Series(0, index=df.index)
    return pd.to_numeric(df["fatalities"], errors="coerce").fillna(0).astype(int)


def _top(values: pd.Series, n: int) -> pd.Series:
    """The n most frequent values kept, the rest called Other."""
    keep = values.value_counts().head(n).index
    return values.where(values.isin(keep), OTHER)


def over_time(df: pd.DataFrame, measure: str = "events", by: str = "event_type",
              bin: str | None = None) -> pd.DataFrame:
    """Per period and group: events or people killed. Dated events only; by actor, an event
    counts for its first actor (the top TOP_ACTORS by name, the rest as Other)."""
    if measure not in MEASURES or by not in GROUPINGS:
        raise ValueError(f"measure in {tuple(MEASURES)}, by in {tuple(GROUPINGS)}")
    dates = event_dates(df)
    dated = dates.notna()
    if not dated.any():
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), "group": pd.Series(dtype=object),
                             measure: pd.Series(dtype="int64")})
    if bin is None:
        bin = choose_bin(dates[dated].min().date(), dates[dated].max().date())
    rows = df.loc[dated]
    if by == "event_type":
        group = rows["event_type"].fillna("Unknown") if "event_type" in rows else pd.Series("Unknown", index=rows.index)
    else:
        group = _top(rows["actor1"].fillna("Unknown") if "actor1" in rows else pd.Series("Unknown", index=rows.index),
                     TOP_ACTORS)
    frame = pd.DataFrame({"period": period_start(dates[dated], bin), "group": group,
                          "value": 1 if measure == "events" else _killed(rows)})
    out = frame.groupby(["period", "group"], sort=True)["value"].sum().rename(measure).reset_index()
    out[measure] = out[measure].astype("int64")
    return out


def top_places(df: pd.DataFrame, n: int = TOP_PLACES) -> pd.DataFrame:
    """The n places with most events (English name with the Arabic one), with people killed."""
    if df.empty or "location" not in df:
        return pd.DataFrame({"place": pd.Series(dtype=object), "events": pd.Series(dtype="int64"),
                             "fatalities": pd.Series(dtype="int64")})
    ar = df["location_ar"].fillna("") if "location_ar" in df else pd.Series("", index=df.index)
    name = df["location"].fillna("(unnamed)").astype(str)
    place = name.where(ar == "", name + " · " + ar.astype(str))
    frame = pd.DataFrame({"place": place, "fatalities": _killed(df)})
    out = frame.groupby("place").agg(events=("place", "size"), fatalities=("fatalities", "sum")).reset_index()
    return out.sort_values(["events", "fatalities", "place"], ascending=[False, False, True]).head(n) \
        .reset_index(drop=True)


def actor_pairs(df: pd.DataFrame, n: int = PAIR_ACTORS) -> pd.DataFrame:
    """Events per (actor1, actor2) among the n most frequent actors; an event without a second
    actor counts in the NO_SECOND_ACTOR column (one-sided strikes, protests)."""
    if df.empty or "actor1" not in df:
        return pd.DataFrame({"actor1": pd.Series(dtype=object), "actor2": pd.Series(dtype=object),
                             "events": pd.Series(dtype="int64")})
    a1 = df["actor1"].fillna("Unknown").astype(str)
    a2 = df["actor2"].fillna(NO_SECOND_ACTOR).astype(str) if "actor2" in df else pd.Series(NO_SECOND_ACTOR,
                                                                                            index=df.index)
    common = pd.concat([a1, a2[a2 != NO_SECOND_ACTOR]]).value_counts().head(n).index
    frame = pd.DataFrame({"actor1": a1.where(a1.isin(common), OTHER),
                          "actor2": a2.where(a2.isin(common) | (a2 == NO_SECOND_ACTOR), OTHER)})
    return frame.groupby(["actor1", "actor2"]).size().rename("events").reset_index() \
        .sort_values(["events", "actor1", "actor2"], ascending=[False, True, True]).reset_index(drop=True)


# ---------------------------------------------------------------- charts

def _title(text: str, subtitle: str) -> alt.TitleParams:
    return alt.TitleParams(text, subtitle=subtitle or "all events", anchor="start", fontSize=14,
                           subtitleColor="#555")


def over_time_chart(table: pd.DataFrame, measure: str, by: str, subtitle: str = "") -> alt.Chart:
    if by == "event_type":
        groups = list(dict.fromkeys(list(EVENT_TYPE_COLOURS) + sorted(table["group"].unique())))
        colours = [EVENT_TYPE_COLOURS.get(g, OTHER_COLOUR) for g in groups]
        colour = alt.Color("group:N", title=GROUPINGS[by], scale=alt.Scale(domain=groups, range=colours))
    else:
        colour = alt.Color("group:N", title=GROUPINGS[by], scale=alt.Scale(scheme="tableau10"))
    return alt.Chart(table, width=WIDTH, height=220, title=_title(
        f"{MEASURES[measure]} over time, by {GROUPINGS[by].lower()}", subtitle)).mark_bar().encode(
        x=alt.X("period:T", title=None),
        y=alt.Y(f"{measure}:Q", title=MEASURES[measure], stack=True, axis=alt.Axis(tickMinStep=1, format="d")),
        color=colour, tooltip=[alt.Tooltip("period:T", title="From"), "group:N", f"{measure}:Q"])


def top_places_chart(table: pd.DataFrame, subtitle: str = "") -> alt.Chart:
    return alt.Chart(table, width=WIDTH, height=max(60, 22 * len(table)), title=_title(
        "Places with most events", subtitle)).mark_bar(color="#1f77b4").encode(
        x=alt.X("events:Q", title="Events", axis=alt.Axis(tickMinStep=1, format="d")),
        y=alt.Y("place:N", sort="-x", title=None),
        tooltip=["place:N", "events:Q", alt.Tooltip("fatalities:Q", title="People killed")])


def actor_pairs_chart(table: pd.DataFrame, subtitle: str = "") -> alt.Chart:
    base = alt.Chart(table, width=alt.Step(48), height=alt.Step(26), title=_title(
        "Who against whom (events)", subtitle)).encode(
        # Every name shown, however long: a hidden label would leave a column unnamed.
        x=alt.X("actor2:N", title="Actor 2", axis=alt.Axis(labelAngle=-40, labelOverlap=False, labelLimit=180)),
        y=alt.Y("actor1:N", title="Actor 1"))
    cells = base.mark_rect().encode(color=alt.Color("events:Q", title="Events", scale=alt.Scale(scheme="orangered")),
                                    tooltip=["actor1:N", "actor2:N", "events:Q"])
    return cells + base.mark_text(fontSize=11).encode(text="events:Q")


def chart_svg(chart: alt.TopLevelMixin) -> bytes:
    return _convert(chart, "svg")


def chart_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    return _convert(chart, "png", scale)


def _convert(chart: alt.TopLevelMixin, kind: str, scale: float = 1.0) -> bytes:
    try:
        import vl_convert as vlc
    except ImportError:
        raise PlotExportError("SVG/PNG export of plots needs the vl-convert-python package: "
                              "pip install vl-convert-python") from None
    spec = chart.to_json()
    try:
        if kind == "svg":
            return vlc.vegalite_to_svg(spec).encode("utf-8")
        return vlc.vegalite_to_png(spec, scale=scale)
    except Exception as exc:  # noqa: BLE001 - the converter's own errors are many and opaque
        raise PlotExportError(f"the plot could not be drawn as {kind.upper()}: {str(exc)[:200]}") from None


# ---------------------------------------------------------------- on the page

def section(shown: pd.DataFrame, subtitle: str, stamp: str) -> None:
    """The plots in tabs, each with its SVG and PNG buttons (drawn only when pressed)."""
    import streamlit as st

    if shown.empty:
        st.caption("No event to plot under these filters.")
        return
    tabs = st.tabs(["Over time", "Places", "Who against whom"])
    with tabs[0]:
        c1, c2 = st.columns(2)
        measure = c1.radio("Count", list(MEASURES), format_func=MEASURES.get, horizontal=True, key="p_measure")
        by = c2.radio("By", list(GROUPINGS), format_func=GROUPINGS.get, horizontal=True, key="p_by")
        table = over_time(shown, measure, by)
        _show(st, over_time_chart(table, measure, by, subtitle) if not table.empty else None,
              "over-time", stamp, "No shown event has a known date.")
    with tabs[1]:
        _show(st, top_places_chart(top_places(shown), subtitle), "places", stamp)
    with tabs[2]:
        _show(st, actor_pairs_chart(actor_pairs(shown), subtitle), "actors", stamp)


def _show(st, chart: alt.TopLevelMixin | None, name: str, stamp: str, empty: str = "") -> None:
    if chart is None:
        st.caption(empty)
        return
    # Vega's own look, not Streamlit's theme: what is on the page is what the export gives.
    st.altair_chart(chart, width="content", theme=None)
    b1, b2, _ = st.columns([1, 1, 4])
    b1.download_button("SVG", data=lambda: chart_svg(chart), file_name=f"marsad-{name}-{stamp}.svg",
                       mime="image/svg+xml", on_click="ignore", key=f"dl_{name}_svg", width="stretch")
    b2.download_button("PNG", data=lambda: chart_png(chart), file_name=f"marsad-{name}-{stamp}.png",
                       mime="image/png", on_click="ignore", key=f"dl_{name}_png", width="stretch")
