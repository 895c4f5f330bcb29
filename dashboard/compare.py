"""The compare view: for the dates and region the filters choose, the events Marsad extracted from
news beside an imported dataset's (ACLED, UCDP GED), matched where they tell the same happening
(events.linking's rules: day, distance by precision, kindred type, actors), and the differences
listed — what the news has that the dataset lacks, and the reverse.

``compare(df, dataset)`` is plain pandas (tests call it without Streamlit); ``section`` draws it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from dashboard.filters import DATASETS, source_names
from dashboard.linked import link_reason

SHOWN = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "fatalities",
         "report_source", "evidence")
HEADINGS = {"event_date": "Date", "event_type": "Type", "sub_event_type": "Sub-type", "actor1": "Actor 1",
            "actor2": "Actor 2", "location": "Place", "fatalities": "Killed", "report_source": "Source",
            "evidence": "Evidence / notes"}


@dataclass(frozen=True)
class Comparison:
    dataset: str
    matched: pd.DataFrame  # one row per pair: news_* and data_* columns, and why they match
    news_only: pd.DataFrame  # extracted events no dataset row tells
    dataset_only: pd.DataFrame  # dataset rows no extracted event tells

    @property
    def agreement(self) -> float | None:
        """Share of the dataset's events the news also has (None without dataset events)."""
        both = self.matched["data_id"].nunique() if not self.matched.empty else 0
        n = both + len(self.dataset_only)
        return None if n == 0 else both / n


def compare(df: pd.DataFrame, dataset: str) -> Comparison:
    """Match the extracted (news) events of ``df`` with the rows of ``dataset`` in ``df``."""
    from events.linking import link_events
    from events.linking.frames import events_from_frame

    names = source_names(df)
    news = df[~names.isin(DATASETS)]
    data = df[names == dataset]
    empty = pd.DataFrame(columns=["news_id", "data_id", "why"])
    if news.empty or data.empty:
        return Comparison(dataset, empty, news, data)
    both = pd.concat([news, data])
    is_news = set(news["id"])
    linking = link_events(events_from_frame(both))
    pairs = []
    for g in linking.groups:
        news_ids = [i for i in g.event_ids if i in is_news]
        data_ids = [i for i in g.event_ids if i not in is_news]
        why = "; ".join(link_reason(m) for m in g.links if m.event_a in is_news or m.event_b in is_news)
        pairs += [(n, d, why) for n in news_ids for d in data_ids]
    matched = pd.DataFrame(pairs, columns=["news_id", "data_id", "why"]) if pairs else empty
    return Comparison(dataset, matched, news[~news["id"].isin(set(matched["news_id"]))],
                      data[~data["id"].isin(set(matched["data_id"]))])


def _table(df: pd.DataFrame) -> pd.DataFrame:
    out = df[[c for c in SHOWN if c in df.columns]].copy()
    if "event_date" in out and pd.api.types.is_datetime64_any_dtype(out["event_date"]):
        out["event_date"] = out["event_date"].dt.date
    return out.rename(columns=HEADINGS)


def matched_table(df: pd.DataFrame, c: Comparison) -> pd.DataFrame:
    """The matched pairs side by side: the news event's date, type and place, the dataset's."""
    by_id = df.set_index("id")
    rows = []
    for news_id, data_id, why in c.matched.itertuples(index=False, name=None):
        n, d = by_id.loc[news_id], by_id.loc[data_id]
        rows.append({"Date (news)": n["event_date"].date() if pd.notna(n["event_date"]) else None,
                     "Type (news)": n["event_type"], "Place (news)": n["location"],
                     "Killed (news)": n["fatalities"], "Source": n["report_source"],
                     f"Date ({c.dataset})": d["event_date"].date() if pd.notna(d["event_date"]) else None,
                     f"Type ({c.dataset})": d["event_type"], f"Place ({c.dataset})": d["location"],
                     f"Killed ({c.dataset})": d["fatalities"], "Why they match": why})
    return pd.DataFrame(rows)


def section(df: pd.DataFrame, datasets: tuple[str, ...], describe: str, *,
            plain: Callable[[object], str]) -> None:
    """``df``: the events the filters keep, whatever their source (the compare view needs both)."""
    import streamlit as st

    if not datasets:
        return
    with st.expander("Compare with a dataset", expanded=False):
        dataset = st.selectbox("Dataset", datasets, key="cmp_dataset") if len(datasets) > 1 else datasets[0]
        st.caption(f"The extracted events and {plain(dataset)}'s within the current filters "
                   f"({plain(describe or 'none')}), matched by the linking rules (same or next day, near "
                   "enough for their precisions, kindred type, compatible actors).")
        c = compare(df, dataset)
        a, b, d = st.columns(3)
        a.metric("Told by both", c.matched["data_id"].nunique() if not c.matched.empty else 0)
        b.metric("Only in the news", len(c.news_only))
        d.metric(f"Only in {dataset}", len(c.dataset_only))
        if c.agreement is not None:
            st.caption(f"The news has {c.agreement:.0%} of {plain(dataset)}'s events in this view.")
        if not c.matched.empty:
            st.markdown("**Told by both**")
            st.dataframe(matched_table(df, c), hide_index=True, width="stretch", key="cmp_both")
        if not c.news_only.empty:
            st.markdown(f"**In the news, not in {plain(dataset)}**")
            st.dataframe(_table(c.news_only), hide_index=True, width="stretch", key="cmp_news")
        if not c.dataset_only.empty:
            st.markdown(f"**In {plain(dataset)}, not in the news**")
            st.dataframe(_table(c.dataset_only), hide_index=True, width="stretch", key="cmp_data")
