"""The timeline's binning and counts (plain pandas; the chart is checked for its encoding)."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard import timeline


def frame(rows: list[tuple[str | None, str]]) -> pd.DataFrame:
    return pd.DataFrame({
        "event_date": pd.to_datetime([d for d, _ in rows], errors="coerce"),
        "event_type": [t for _, t in rows],
    })


def test_daily_counts_per_type():
    df = frame([("2019-04-05", "Battles"), ("2019-04-05", "Battles"),
                ("2019-04-05", "Explosions/Remote violence"), ("2019-04-07", "Battles")])
    hist = timeline.histogram(df, "day")
    assert list(hist.columns) == ["period", "event_type", "events"]
    got = {(p.date(), t): n for p, t, n in hist.itertuples(index=False)}
    assert got == {
        (date(2019, 4, 5), "Battles"): 2,
        (date(2019, 4, 5), "Explosions/Remote violence"): 1,
        (date(2019, 4, 7), "Battles"): 1,
    }
    assert hist["events"].sum() == len(df)


def test_weekly_bins_start_on_monday():
    # 2019-04-01 is a Monday; the 7th a Sunday, the 8th the next Monday.
    df = frame([("2019-04-01", "Battles"), ("2019-04-07", "Battles"), ("2019-04-08", "Battles"),
                ("2019-04-03", "Protests")])
    hist = timeline.histogram(df, "week")
    got = {(p.date(), t): n for p, t, n in hist.itertuples(index=False)}
    assert got == {(date(2019, 4, 1), "Battles"): 2, (date(2019, 4, 1), "Protests"): 1,
                   (date(2019, 4, 8), "Battles"): 1}


def test_undated_events_have_no_bar_but_are_counted():
    df = frame([("2019-04-01", "Battles"), (None, "Battles"), (None, "Riots")])
    assert timeline.histogram(df, "day")["events"].sum() == 1
    assert timeline.undated_count(df) == 2


def test_only_undated_or_empty_gives_an_empty_table():
    for df in (frame([(None, "Battles")]), frame([])):
        hist = timeline.histogram(df)
        assert hist.empty and list(hist.columns) == ["period", "event_type", "events"]


def test_bin_chosen_by_span():
    assert timeline.choose_bin(date(2019, 4, 1), date(2019, 5, 1)) == "day"
    assert timeline.choose_bin(date(2019, 1, 1), date(2020, 1, 1)) == "week"
    assert timeline.choose_bin(None, None) == "day"
    # Auto binning of a long span gives week starts only (all Mondays).
    df = frame([("2018-01-03", "Battles"), ("2019-06-20", "Battles")])
    assert all(p.weekday() == 0 for p in timeline.histogram(df)["period"])


def test_iso_strings_as_dates_are_read_too():
    df = pd.DataFrame({"event_date": ["2019-04-05", None, "not a date"], "event_type": ["Battles"] * 3})
    assert timeline.histogram(df, "day")["events"].tolist() == [1]
    assert timeline.undated_count(df) == 2


def test_unknown_bin_is_refused():
    with pytest.raises(ValueError):
        timeline.histogram(frame([("2019-04-05", "Battles")]), "fortnight")


def test_chart_colours_follow_the_map_and_span_the_selected_range():
    colours = {"Battles": "#d62728", "Protests": "#2ca02c"}
    df = frame([("2019-04-05", "Battles"), ("2019-04-06", "Protests"), ("2019-04-06", "Odd type")])
    spec = timeline.chart(timeline.histogram(df, "day"), "day", colours,
                          date_from=date(2019, 4, 1), date_to=date(2019, 4, 30)).to_dict()
    colour = spec["encoding"]["color"]["scale"]
    assert colour["domain"][:2] == ["Battles", "Protests"] and colour["range"][:2] == ["#d62728", "#2ca02c"]
    assert "Odd type" in colour["domain"]  # a type the map does not know still gets a colour
    assert spec["encoding"]["x"]["scale"]["domain"] == ["2019-03-31", "2019-05-01"]
