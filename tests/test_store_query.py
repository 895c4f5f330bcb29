"""Issue 8: the page's filters as SQL (events/store_query.py) keep exactly the rows the pandas
filters keep on Store.events_frame(), on SQLite and on a real PostgreSQL server: a property test
over random filter states on synthetic events (labelled SYNTHETIC), and the aggregates (timeline,
map grid) add up to the filtered count."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.filters import DATASETS, NEWS, NO_SOURCE, Filters
from dashboard.synthetic import ACTORS, SUB_EVENT_TYPES, synthetic_events
from events import store_query as Q
from events.records import Event, Report
from events.store import Store

N = 600
SOURCES = ("Sky News Arabia", "ACLED", "UCDP GED", "", "Libya Observer")
ADMIN1 = ("Tripoli", "Benghazi", "Misrata", "Sirte", "Derna", "Murzuq", "Jafara")
TEXTS = ("tripoli", "طرابلس", "SYNTHETIC report", "strike", "sirte", "سرت", "clash", "nothing-like-this")
NEAR = ((32.8874, 13.1873), (31.2089, 16.5887), (24.0, 14.0))  # Tripoli, Sirte, the desert


def pairs(n: int = N, seed: int = 5) -> list[tuple[Report, list[Event]]]:
    df = synthetic_events(n, seed=seed)
    rng = np.random.default_rng(seed)
    in_libya = rng.choice(np.array([True, False, None], dtype=object), n, p=(0.8, 0.1, 0.1))
    fields = list(Event.__dataclass_fields__)
    by_report: dict[str, list[Event]] = {}
    for k, row in enumerate(df.itertuples(index=False)):
        d = {f: getattr(row, f, None) for f in fields}
        d = {f: (None if (v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v)) else v)
             for f, v in d.items()}
        d["event_date"] = d["event_date"].date() if d["event_date"] is not None else None
        d["assoc_actors"] = tuple(row.assoc_actors)
        for f in ("geo_precision", "fatalities", "injuries", "evidence_start", "evidence_end"):
            d[f] = int(d[f]) if d[f] is not None else (0 if f.startswith("evidence") else None)
        d["fatalities_lower_bound"], d["injuries_lower_bound"] = bool(row.fatalities_lower_bound), bool(
            row.injuries_lower_bound)
        d["in_libya"], d["context"], d["source_coding"] = in_libya[k], False, None
        by_report.setdefault(row.report_id, []).append(Event(**{f: v for f, v in d.items() if f in fields}))
    out = []
    for i, (rid, events) in enumerate(sorted(by_report.items())):
        out.append((Report(id=rid, text=f"SYNTHETIC report {rid}", title=f"SYNTHETIC report {rid} — طرابلس" if i % 7 == 0
                           else f"SYNTHETIC report {rid}", language="en", published=events[0].event_date,
                           date_precision="day" if events[0].event_date else "unknown",
                           source=SOURCES[i % len(SOURCES)]), events))
    return out


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request, tmp_path_factory):
    url = str(tmp_path_factory.mktemp("q") / "q.sqlite") if request.param == "sqlite" \
        else request.getfixturevalue("pg_server") + "/postgres"
    s = Store(url) if request.param == "sqlite" else _fresh_pg(request.getfixturevalue("pg_server"))
    for report, events in pairs():
        s.add(report, events)
    yield s
    s.close()


def _fresh_pg(base: str) -> Store:
    import sqlalchemy as sa

    admin = sa.create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql('DROP DATABASE IF EXISTS "marsad_query_test" WITH (FORCE)')
        conn.exec_driver_sql('CREATE DATABASE "marsad_query_test"')
    admin.dispose()
    return Store(f"{base}/marsad_query_test")


@pytest.fixture(scope="module")
def frame(store) -> pd.DataFrame:
    return store.events_frame()


days = st.dates(min_value=date(2013, 6, 1), max_value=date(2021, 6, 1))
filter_states = st.builds(
    lambda d1, d2, undated, abroad, actors, types, subs, admin1, minfat, text, near, km, sources: Filters(
        date_from=min(d1, d2) if d1 and d2 else d1, date_to=max(d1, d2) if d1 and d2 else d2,
        include_undated=undated, include_abroad=abroad, actors=actors, event_types=types,
        sub_event_types=subs, admin1=admin1, min_fatalities=minfat, text=text,
        near="here" if near is not False else "", near_point=near or None, radius_km=km, sources=sources),
    st.none() | days, st.none() | days, st.booleans(), st.booleans(),
    st.lists(st.sampled_from(ACTORS), max_size=3, unique=True).map(tuple),
    st.lists(st.sampled_from(list(SUB_EVENT_TYPES)), max_size=2, unique=True).map(tuple),
    st.lists(st.sampled_from([s for v in SUB_EVENT_TYPES.values() for s in v]), max_size=3, unique=True).map(tuple),
    st.lists(st.sampled_from(ADMIN1), max_size=2, unique=True).map(tuple),
    st.sampled_from((0, 0, 1, 2, 5)),
    st.sampled_from(("",) * 4 + TEXTS),
    st.sampled_from((False, False, None) + NEAR),  # None: a place name that was not found
    st.sampled_from((5.0, 20.0, 80.0, 300.0)),
    st.lists(st.sampled_from((NEWS, NO_SOURCE) + DATASETS + ("Sky News Arabia",)), max_size=2, unique=True).map(tuple),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(f=filter_states)
def test_sql_keeps_the_rows_the_pandas_filters_keep(store, frame, f):
    wanted = set(f.apply(frame)["id"])
    q = f.to_query()
    got = {r["id"] for r in Q.iter_rows(store, q, ("id",), chunk=97)}
    assert got == wanted, (f, len(got), len(wanted))
    assert Q.count(store, q) == len(wanted)
    # The timeline's counts add up to the filtered count, and so do the map grid's over placed rows.
    assert sum(n for _, _, n, _ in Q.day_counts(store, q)) == len(wanted)
    placed = f.apply(frame)
    placed = placed[placed["latitude"].notna() & placed["longitude"].notna()]
    assert sum(n for *_, n, _ in Q.grid(store, q, 0.5)) == len(placed)


def test_the_default_filters_hide_events_abroad(store, frame):
    abroad = frame["in_libya"].eq(False).fillna(False)
    assert abroad.any()
    assert len(Filters().apply(frame)) == len(frame) - int(abroad.sum()) == Q.count(store, Filters().to_query())


def test_a_page_and_the_map_rows_follow_the_tables_order(store, frame):
    f = Filters(event_types=("Battles",))
    shown = f.apply(frame)
    # Dated events oldest first, ties by id, then the undated ones by id.
    order = list(shown.sort_values(["event_date", "id"], na_position="last")["id"])
    assert len(order) > 150 and shown["event_date"].isna().any()
    first = Q.page(store, f.to_query(), ("id", "event_date", "report_title"), offset=0, limit=25)
    assert [r["id"] for r in first] == order[:25]
    second = Q.page(store, f.to_query(), ("id",), offset=25, limit=25)
    assert [r["id"] for r in second] == order[25:50]
    dated = int(shown["event_date"].notna().sum())
    across = Q.page(store, f.to_query(), ("id",), offset=dated - 3, limit=10, dated=dated)
    assert [r["id"] for r in across] == order[dated - 3:dated + 7]  # the last dated, then undated
    rows = Q.map_rows(store, f.to_query(), limit=40)
    assert len(rows) == 40 and all(r["latitude"] is not None for r in rows)


def test_the_timeline_counts_by_day_and_type_match_pandas(store, frame):
    f = Filters(date_from=date(2016, 1, 1), date_to=date(2017, 12, 31), include_undated=False)
    shown = f.apply(frame)
    want = shown.groupby([shown["event_date"].dt.date, "event_type"]).size()
    got = {(d, t): n for d, t, n, _ in Q.day_counts(store, f.to_query())}
    assert got == {k: int(v) for k, v in want.items()}


def test_unplaced_events_are_never_near_a_place(store, frame):
    # PostgreSQL's GREATEST/LEAST skip NULLs: without care an unplaced event sat at distance 0.
    assert frame["latitude"].isna().any()
    f = Filters(near="Tripoli", near_point=NEAR[0], radius_km=5.0, include_undated=False)
    got = {r["id"] for r in Q.iter_rows(store, f.to_query(), ("id",))}
    assert got == set(f.apply(frame)["id"])
