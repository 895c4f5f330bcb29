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
from dashboard.i18n import t
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

def _title(text: str, subtitle: str, lang: str = "en") -> alt.TitleParams:
    return alt.TitleParams(text, subtitle=subtitle or t("all events", lang), anchor="start", fontSize=14,
                           subtitleColor="#555")


def _in(lang: str, values: pd.Series) -> pd.Series:
    """Group names (event types, Other, Unknown) in the page's language; actor names stay."""
    return values.map(lambda v: t(v, lang)) if lang != "en" else values


def over_time_chart(table: pd.DataFrame, measure: str, by: str, subtitle: str = "", lang: str = "en") -> alt.Chart:
    grouping = t(GROUPINGS[by], lang)
    table = table.assign(group=_in(lang, table["group"]))
    if by == "event_type":
        kinds = list(dict.fromkeys(list(EVENT_TYPE_COLOURS) + sorted(table["group"].unique())))
        groups = list(dict.fromkeys(t(g, lang) for g in kinds))
        colours = [EVENT_TYPE_COLOURS.get(g, OTHER_COLOUR) for g in dict.fromkeys(kinds)][:len(groups)]
        colour = alt.Color("group:N", title=grouping, scale=alt.Scale(domain=groups, range=colours))
    else:
        colour = alt.Color("group:N", title=grouping, scale=alt.Scale(scheme="tableau10"))
    title = t("{measure} over time, by {grouping}", lang).format(
        measure=t(MEASURES[measure], lang), grouping=grouping.lower())
    return alt.Chart(table, width=WIDTH, height=220, title=_title(title, subtitle, lang)).mark_bar().encode(
        x=alt.X("period:T", title=None),
        y=alt.Y(f"{measure}:Q", title=t(MEASURES[measure], lang), stack=True,
                axis=alt.Axis(tickMinStep=1, format="d")),
        color=colour, tooltip=[alt.Tooltip("period:T", title=t("From", lang)),
                               alt.Tooltip("group:N", title=grouping),
                               alt.Tooltip(f"{measure}:Q", title=t(MEASURES[measure], lang))])


def top_places_chart(table: pd.DataFrame, subtitle: str = "", lang: str = "en") -> alt.Chart:
    return alt.Chart(table, width=WIDTH, height=max(60, 22 * len(table)), title=_title(
        t("Places with most events", lang), subtitle, lang)).mark_bar(color="#1f77b4").encode(
        x=alt.X("events:Q", title=t("Events", lang), axis=alt.Axis(tickMinStep=1, format="d")),
        y=alt.Y("place:N", sort="-x", title=None),
        tooltip=[alt.Tooltip("place:N", title=t("Place", lang)), alt.Tooltip("events:Q", title=t("Events", lang)),
                 alt.Tooltip("fatalities:Q", title=t("People killed", lang))])


def actor_pairs_chart(table: pd.DataFrame, subtitle: str = "", lang: str = "en") -> alt.Chart:
    table = table.assign(actor2=_in(lang, table["actor2"]))
    a1, a2, n = t("Actor 1", lang), t("Actor 2", lang), t("Events", lang)
    base = alt.Chart(table, width=alt.Step(48), height=alt.Step(26), title=_title(
        t("Who against whom (events)", lang), subtitle, lang)).encode(
        # Every name shown, however long: a hidden label would leave a column unnamed.
        x=alt.X("actor2:N", title=a2, axis=alt.Axis(labelAngle=-40, labelOverlap=False, labelLimit=180)),
        y=alt.Y("actor1:N", title=a1))
    cells = base.mark_rect().encode(color=alt.Color("events:Q", title=n, scale=alt.Scale(scheme="orangered")),
                                    tooltip=[alt.Tooltip("actor1:N", title=a1), alt.Tooltip("actor2:N", title=a2),
                                             alt.Tooltip("events:Q", title=n)])
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

def section(shown: pd.DataFrame, subtitle: str, stamp: str, lang: str = "en") -> None:
    """The plots in tabs, each with its SVG and PNG buttons (drawn only when pressed)."""
    import streamlit as st

    if shown.empty:
        st.caption(t("No event to plot under these filters.", lang))
        return
    tabs = st.tabs([t("Over time", lang), t("Places", lang), t("Who against whom", lang)])
    with tabs[0]:
        c1, c2 = st.columns(2)
        measure = c1.radio(t("Count", lang), list(MEASURES), format_func=lambda k: t(MEASURES[k], lang),
                           horizontal=True, key="p_measure")
        by = c2.radio(t("By", lang), list(GROUPINGS), format_func=lambda k: t(GROUPINGS[k], lang),
                      horizontal=True, key="p_by")
        table = over_time(shown, measure, by)
        _show(st, over_time_chart(table, measure, by, subtitle, lang) if not table.empty else None,
              "over-time", stamp, t("No shown event has a known date.", lang))
    with tabs[1]:
        _show(st, top_places_chart(top_places(shown), subtitle, lang), "places", stamp)
    with tabs[2]:
        _show(st, actor_pairs_chart(actor_pairs(shown), subtitle, lang), "actors", stamp)


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
