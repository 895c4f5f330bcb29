"""The timeline: events per day or week, by event type, as a table and as an Altair chart."""
from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import pandas as pd

from dashboard.i18n import t

# Up to this many days a bar per day stays readable; beyond it, a bar per week.
DAILY_MAX_SPAN_DAYS = 120
BINS = ("day", "week")
COLUMNS = ("period", "event_type", "events")


def event_dates(df: pd.DataFrame) -> pd.Series:
    """The events' dates as datetime64 (NaT where unknown), whatever the store gave us."""
    if "event_date" not in df.columns or df.empty:
        return pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]")
    return pd.to_datetime(df["event_date"], errors="coerce", format="mixed").dt.normalize()


def choose_bin(date_from: date | None, date_to: date | None) -> str:
    """'day' for short spans, 'week' for long ones, so the chart keeps a readable bar count."""
    if date_from is None or date_to is None:
        return "day"
    return "day" if (date_to - date_from).days <= DAILY_MAX_SPAN_DAYS else "week"


def period_start(dates: pd.Series, bin: str) -> pd.Series:
    """The first day of each date's bin; weeks start on Monday (ISO)."""
    if bin not in BINS:
        raise ValueError(f"timeline bin must be one of {BINS}, not {bin!r}")
    if bin == "day":
        return dates
    return dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")


def histogram(df: pd.DataFrame, bin: str | None = None) -> pd.DataFrame:
    """Counts of dated events per (period, event_type), periods as datetime64, sorted.

    Undated events are left out here (they have no bar); the page counts them separately.
    """
    dates = event_dates(df)
    dated = dates.notna()
    if not dated.any():
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in
                             zip(COLUMNS, ("datetime64[ns]", "object", "int64"))})
    if bin is None:
        bin = choose_bin(dates[dated].min().date(), dates[dated].max().date())
    types = df.loc[dated, "event_type"].fillna("Unknown") if "event_type" in df else "Unknown"
    frame = pd.DataFrame({"period": period_start(dates[dated], bin), "event_type": types})
    counts = frame.groupby(["period", "event_type"], sort=True).size().rename("events").reset_index()
    counts["events"] = counts["events"].astype("int64")
    return counts


def undated_count(df: pd.DataFrame) -> int:
    return int(event_dates(df).isna().sum())


def chart(hist: pd.DataFrame, bin: str, colours: dict[str, str], *,
          date_from: date | None = None, date_to: date | None = None,
          mark: tuple[date, date] | None = None, lang: str = "en") -> alt.Chart:
    """Stacked bars per period coloured like the map's markers; x spans the selected range.
    ``mark``: playback's frame (first and last day), drawn as a band behind the bars. ``lang``:
    the page's language, for the titles and the event types."""
    if lang != "en":
        colours = {t(k, lang): v for k, v in colours.items()}
        hist = hist.assign(event_type=hist["event_type"].map(lambda v: t(v, lang)))
    domain = list(colours)
    extra = sorted(set(hist["event_type"]) - set(domain)) if not hist.empty else []
    scale = alt.Scale(domain=domain + extra,
                      range=[colours[t] for t in domain] + ["#777777"] * len(extra))
    x_scale = alt.Undefined
    if date_from is not None and date_to is not None:
        # Pad by one bin so the first and last bars are not cut in half at the edges.
        pad = timedelta(days=1 if bin == "day" else 7)
        x_scale = alt.Scale(domain=[(date_from - pad).isoformat(), (date_to + pad).isoformat()])
    label = t("Day" if bin == "day" else "Week (from Monday)", lang)
    # Stacked by hand (y..y2 per type within a period, in the legend's order) and drawn as
    # ranged bars period..period_end: each bar spans its day or week exactly.
    order = {t: i for i, t in enumerate(domain + extra)}
    present = set(hist["event_type"])
    data = hist.assign(_o=hist["event_type"].map(order)).sort_values(["period", "_o"], kind="stable")
    data["y2"] = data.groupby("period")["events"].cumsum()
    data["y"] = data["y2"] - data["events"]
    data["period_end"] = data["period"] + pd.Timedelta(days=1 if bin == "day" else 7)
    data = data.drop(columns="_o")
    bars = (
        alt.Chart(data)
        .mark_bar(stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X("period:T", title=label, scale=x_scale),
            x2="period_end:T",
            y=alt.Y("y:Q", title=t("Events", lang), axis=alt.Axis(format="d", tickMinStep=1)),
            y2="y2:Q",
            # The legend lists the types drawn (the map's legend has all six).
            color=alt.Color("event_type:N", title=t("Event type", lang), scale=scale,
                            legend=alt.Legend(orient="right", labelLimit=260,
                                              values=[t for t in order if t in present])),
            tooltip=[alt.Tooltip("period:T", title=label), alt.Tooltip("event_type:N", title=t("Type", lang)),
                     alt.Tooltip("events:Q", title=t("Events", lang))],
        )
        .properties(height=170)
    )
    if mark is None:
        return bars
    band = pd.DataFrame({"start": [pd.Timestamp(mark[0])], "end": [pd.Timestamp(mark[1]) + pd.Timedelta(days=1)],
                         "frame": [f"{mark[0].isoformat()} – {mark[1].isoformat()}"]})
    frame = alt.Chart(band).mark_rect(color="#222", opacity=0.12).encode(
        x="start:T", x2="end:T", tooltip=[alt.Tooltip("frame:N", title=t("Playback frame", lang))])
    return alt.layer(frame, bars).properties(height=170)
