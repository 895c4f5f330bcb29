"""The store and the page at scale, on SYNTHETIC events (dashboard.synthetic: made up, and
labelled so in every row), in SQLite and in PostgreSQL.

    python benchmarks/bench_scale.py                      # 10k and 100k events, both backends
    python benchmarks/bench_scale.py --million            # and 1M (slow: minutes per backend)
    python benchmarks/bench_scale.py --pg postgresql://user:pw@host/db   # a server of yours
    python benchmarks/bench_scale.py --backends sqlite --sizes 10000

Without --pg, a throwaway PostgreSQL cluster (tests/pg.py, default durability settings) is
started in a temp folder and removed afterwards; without PostgreSQL installed that backend is
skipped with a message. Each size gets a new store, built in one process and read in another,
so the reading process's peak RSS is what a dashboard server would hold for the data (plus
Streamlit's own ~150 MB, not counted here).

Build: `add` is Store.add as `marsad ingest` calls it (one transaction a report, 3 events a
report) over the first 10,000 events; the rest goes in as bulk multi-row inserts (chunks of
5,000) so 1M stays feasible. Size: the SQLite file after a WAL checkpoint, or PostgreSQL's
tables with their indexes and TOAST (pg_total_relation_size).

Read, as the page does it today (medians of --runs):
- cold: Store.events_frame() (every event into pandas) + the sidebar's facets: what a page
  load pays, and a filter change after any write to the store (SQLite) or once a minute
  (PostgreSQL, which has no file to watch);
- filter->map: a filter change on the cached frame (bench_map's: a date range and the six
  types, which keeps most events): Filters.apply in pandas, the timeline histogram and its
  chart, the map as st_folium sends it (bench_map.st_folium_strings) and the first 5,000
  table rows as Arrow; page bytes is the sum of what those send;
- sql: the same filter as SQL on the store's indexes (count, per-day counts by type, the
  columns a map needs): what the database can do, NOT used by the page yet.

The last lines are machine-readable, one per backend and size:
    scale N events: filter->map S s, page B bytes, rss M MB (BACKEND)
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "benchmarks", ROOT / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

ADD_EVENTS = 10_000  # events stored through Store.add, the rest in bulk
CHUNK = 5_000
SEED = 7
TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments")
DATE_FROM, DATE_TO = date(2015, 1, 1), date(2020, 6, 30)


# ---------------------------------------------------------------- building a store (own process)

def records(n: int) -> list[tuple]:
    """The synthetic frame as (Report, [Event]) pairs, as the store takes them."""
    import pandas as pd

    from dashboard.synthetic import synthetic_events
    from events.records import Event, Report

    df = synthetic_events(n, seed=SEED)
    fields = [f for f in Event.__dataclass_fields__]

    def plain(v):
        if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
            return None
        return v

    by_report: dict[str, list] = {}
    first_row: dict[str, tuple] = {}
    for row in df.itertuples(index=False):
        d = {f: plain(getattr(row, f, None)) for f in fields}
        d["event_date"] = d["event_date"].date() if d["event_date"] is not None else None
        d["assoc_actors"] = tuple(row.assoc_actors)
        for k in ("geo_precision", "fatalities", "injuries", "evidence_start", "evidence_end"):
            d[k] = int(d[k]) if d[k] is not None else (0 if k.startswith("evidence") else None)
        d["fatalities_lower_bound"] = bool(row.fatalities_lower_bound)
        d["injuries_lower_bound"] = bool(row.injuries_lower_bound)
        by_report.setdefault(row.report_id, []).append(Event(**d))
        first_row.setdefault(row.report_id, (row.report_title, row.report_url, d["event_date"], row.report_source))
    out = []
    for rid, events in by_report.items():
        title, url, published, source = first_row[rid]
        out.append((Report(id=rid, text=f"SYNTHETIC report {rid}: not a real report.", title=title,
                           language="en", published=published,
                           date_precision="day" if published else "unknown", source=source, url=url),
                    events))
    return out


def store_size(store) -> int:
    import sqlalchemy as sa

    if store.path is not None:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(p.stat().st_size for p in store.path.parent.glob(store.path.name + "*"))
    with store.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT pg_total_relation_size('events') + "
                                        "pg_total_relation_size('reports')")).scalar_one())


def build(url: str, n: int) -> dict:
    from events.store import Store
    from events.store_schema import event_row, events_table, report_row, reports_table

    t = time.perf_counter()
    pairs = records(n)
    made = time.perf_counter() - t
    store = Store(url)
    k, added = 0, 0
    t = time.perf_counter()
    while k < len(pairs) and added < ADD_EVENTS:
        added += store.add(*pairs[k])
        k += 1
    add_s = time.perf_counter() - t
    rest = pairs[k:]
    t = time.perf_counter()
    for i in range(0, len(rest), CHUNK):
        part = rest[i:i + CHUNK]
        with store.engine.begin() as conn:
            conn.execute(reports_table.insert(), [report_row(r) for r, _ in part])
            conn.execute(events_table.insert(), [event_row(e) for _, evs in part for e in evs])
    bulk_s = time.perf_counter() - t
    bulk_events = sum(len(evs) for _, evs in rest)
    if store.engine.dialect.name == "postgresql":
        # Autovacuum would do this within a minute on a live server; do it now for fair plans.
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    counts = store.counts()
    size = store_size(store)
    store.close()
    return {"events": counts["events"], "reports": counts["reports"], "make_s": made,
            "add_reports_s": k / add_s if add_s else 0.0, "add_events_s": added / add_s if add_s else 0.0,
            "bulk_events_s": bulk_events / bulk_s if bulk_s else None, "bytes": size}


# ---------------------------------------------------------------- the page's reads (own process)

def table_columns() -> list[str]:
    """The columns of the page's table, read from dashboard/app.py (importing it runs the page)."""
    tree = ast.parse((ROOT / "dashboard" / "app.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "TABLE_COLUMNS" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise SystemExit("dashboard/app.py has no TABLE_COLUMNS")


def median_of(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def sql_probes(store, runs: int) -> dict[str, float]:
    import sqlalchemy as sa

    from events.store_schema import events_table as e

    where = sa.and_(e.c.event_date.between(DATE_FROM, DATE_TO), e.c.event_type.in_(TYPES))
    queries = {
        "sql_count": sa.select(sa.func.count()).select_from(e).where(where),
        "sql_timeline": sa.select(e.c.event_date, e.c.event_type, sa.func.count()).where(where)
                          .group_by(e.c.event_date, e.c.event_type),
        "sql_map_rows": sa.select(e.c.id, e.c.latitude, e.c.longitude, e.c.event_type, e.c.fatalities)
                          .where(where),
    }
    out = {}
    with store.engine.connect() as conn:
        for name, query in queries.items():
            out[name], _ = median_of(lambda q=query: conn.execute(q).all(), runs)
    return out


def page(url: str, runs: int) -> dict:
    from streamlit.dataframe_util import convert_pandas_df_to_arrow_bytes

    from bench_map import st_folium_strings
    from dashboard import mapview, offline, timeline
    from dashboard.filters import Filters
    from dashboard.state import facets_of
    from events.store import Store

    store = Store(url, readonly=True)
    cpu = time.process_time()
    frame_s, frame = median_of(store.events_frame, runs)
    frame_cpu = (time.process_time() - cpu) / runs  # this process only: a server's share is not in it
    facets_s, _ = median_of(lambda: facets_of(frame), runs)
    change = Filters(date_from=DATE_FROM, date_to=DATE_TO, event_types=TYPES)
    columns = [c for c in table_columns() if c in frame.columns]
    parts: dict[str, list[float]] = {"filter": [], "timeline": [], "map": [], "table": []}
    cpu_runs: list[float] = []
    sent = shown = None
    for run in range(runs + 1):  # run 0 warms up (first imports, first render): not counted
        cpu = time.process_time()
        t0 = time.perf_counter()
        shown = change.apply(frame)
        t1 = time.perf_counter()
        bin_size = timeline.choose_bin(DATE_FROM, DATE_TO)
        chart = timeline.chart(timeline.histogram(shown, bin_size), bin_size,
                               dict(mapview.EVENT_TYPE_COLOURS), date_from=DATE_FROM, date_to=DATE_TO).to_json()
        t2 = time.perf_counter()
        script, header, html = st_folium_strings(offline.localise(mapview.build_map(shown), copy=False))
        t3 = time.perf_counter()
        table = convert_pandas_df_to_arrow_bytes(shown.head(5_000)[columns])
        t4 = time.perf_counter()
        for key, dt in zip(parts, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            parts[key] += [dt] if run else []
        cpu_runs += [time.process_time() - cpu] if run else []
        sent = {"map": sum(len(s.encode("utf-8")) for s in (script, header, html)),
                "chart": len(chart.encode("utf-8")), "table": len(table)}
    med = {k: statistics.median(v) for k, v in parts.items()}
    warm = sum(med.values())
    out = {"frame_s": frame_s, "facets_s": facets_s, **{f"{k}_s": v for k, v in med.items()},
           "warm_s": warm, "warm_cpu_s": statistics.median(cpu_runs), "frame_cpu_s": frame_cpu, "cold_s": frame_s + facets_s + warm, "shown": len(shown),
           "bytes": sum(sent.values()), **{f"{k}_bytes": v for k, v in sent.items()}}
    out.update(sql_probes(store, runs))
    store.close()
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def sql_page(url: str, runs: int) -> dict:
    """The same filter change as ``page``, the way the page reads a large store
    (dashboard/big_store.py): counts and the timeline from the database, the map from the
    filtered events up to big_store.MAP_EVENTS or else from grid counts, the first table page."""
    from streamlit.dataframe_util import convert_pandas_df_to_arrow_bytes

    from bench_map import st_folium_strings
    from concurrent.futures import ThreadPoolExecutor

    import pandas as pd

    from dashboard import big_store as big, mapview, offline, timeline
    from dashboard.filters import Filters
    from events import store_query as Q
    from events.store import Store

    store = Store(url, readonly=True)
    facets_s, _ = median_of(lambda: big.facets_from_counts(Q.facet_counts(store)), runs)
    q = Filters(date_from=DATE_FROM, date_to=DATE_TO, event_types=TYPES).to_query()
    # count: the per-day counts by type (the page's count is their sum); timeline: its chart
    parts: dict[str, list[float]] = {"count": [], "timeline": [], "map": [], "table": []}
    cpu_runs: list[float] = []
    sent = shown = None
    for run in range(runs + 1):  # run 0 warms up: not counted
        cpu = time.process_time()
        t0 = time.perf_counter()
        # As the page does: the map's grid counted on the other core while the timeline's are.
        pool = ThreadPoolExecutor(max_workers=1)
        cells_job = pool.submit(Q.grid, store, q, big.cell_degrees(None))
        pool.shutdown(wait=False)
        days = pd.DataFrame(Q.day_counts(store, q), columns=["day", "event_type", "events", "fatalities"])
        shown = int(days["events"].sum())  # the page counts from the timeline's counts
        t1 = time.perf_counter()
        bin_size = timeline.choose_bin(DATE_FROM, DATE_TO)
        chart = timeline.chart(big.histogram(days, bin_size), bin_size, dict(mapview.EVENT_TYPE_COLOURS),
                               date_from=DATE_FROM, date_to=DATE_TO).to_json()
        t2 = time.perf_counter()
        if shown <= big.MAP_EVENTS:
            fmap = mapview.build_map(store.events_frame(q, limit=big.MAP_EVENTS))
        else:
            fmap = big.grid_map(big.cells(cells_job.result()), "en", None, None)
        script, header, html = st_folium_strings(offline.localise(fmap, copy=False))
        t3 = time.perf_counter()
        dated = int(days.loc[days["day"].notna(), "events"].sum())
        table = convert_pandas_df_to_arrow_bytes(pd.DataFrame(
            Q.page(store, q, big.TABLE_COLUMNS, 0, big.TABLE_PAGE, dated=dated), columns=list(big.TABLE_COLUMNS)))
        t4 = time.perf_counter()
        for key, dt in zip(parts, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            parts[key] += [dt] if run else []
        cpu_runs += [time.process_time() - cpu] if run else []
        sent = {"map": sum(len(s.encode("utf-8")) for s in (script, header, html)),
                "chart": len(chart.encode("utf-8")), "table": len(table)}
    med = {k: statistics.median(v) for k, v in parts.items()}
    # The CSV export of every filtered event, streamed to a file (once: it is the slow one).
    t0 = time.perf_counter()
    path = big.csv_file(store, q)
    csv_s, csv_bytes = time.perf_counter() - t0, os.path.getsize(path)
    os.unlink(path)
    store.close()
    return {"facets_s": facets_s, "csv_s": csv_s, "csv_bytes": csv_bytes, **{f"{k}_s": v for k, v in med.items()}, "warm_s": sum(med.values()),
            "warm_cpu_s": statistics.median(cpu_runs), "shown": shown, "bytes": sum(sent.values()),
            **{f"{k}_bytes": v for k, v in sent.items()},
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def sql_report(backend: str, n: int, p: dict) -> str:
    print(f"{backend:<10} {n:>9,} | SQL page: facets {p['facets_s']:6.2f} s | count {p['count_s']:5.2f} + timeline "
          f"{p['timeline_s']:5.2f} + map {p['map_s']:5.2f} + table {p['table_s']:5.2f} = {p['warm_s']:5.2f} s "
          f"(CPU {p['warm_cpu_s']:5.2f} s; {p['shown']:,} shown), sent {p['bytes'] / 1e6:5.2f} MB (map "
          f"{p['map_bytes'] / 1e6:.2f}, chart {p['chart_bytes'] / 1e6:.2f}, table {p['table_bytes'] / 1e6:.2f}) | "
          f"CSV export {p['csv_s']:.2f} s ({p['csv_bytes'] / 1e6:.0f} MB) | rss {p['rss_mb']:6.0f} MB (after the export)",
          flush=True)
    return (f"scale {n} events: filter->map {p['warm_s']:.2f} s, page {p['bytes']} bytes, "
            f"rss {p['rss_mb']:.0f} MB ({backend}, SQL page)")


# ---------------------------------------------------------------- driving it

def in_child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"bench_scale {args[0]} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def postgres_server(given: str | None):
    """(base URL, cluster to stop or None), or (None, reason) when there is no PostgreSQL."""
    if given:
        return given, None
    try:
        import pg
    except ImportError as exc:
        return None, f"tests/pg.py cannot be loaded ({exc})"
    bindir = pg.postgres_bin()
    if bindir is None:
        return None, "PostgreSQL is not installed (apt-get install postgresql), and no --pg URL given"
    try:
        cluster = pg.Cluster(bindir, pg.cluster_owner(), fast=False).start()
    except (LookupError, RuntimeError, OSError) as exc:
        return None, f"could not start a throwaway cluster: {exc}"
    return cluster.url, cluster


def fresh_database(base: str, name: str) -> str:
    import sqlalchemy as sa

    admin = sa.create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return f"{base}/{name}"


def report(backend: str, n: int, b: dict, p: dict) -> str:
    bulk = f"{b['bulk_events_s']:,.0f}" if b["bulk_events_s"] else "-"
    print(f"{backend:<10} {n:>9,} | add {b['add_reports_s']:6,.0f} rep/s {b['add_events_s']:7,.0f} ev/s, "
          f"bulk {bulk:>8} ev/s, {b['bytes'] / 1e6:8.1f} MB | events_frame {p['frame_s']:6.2f} s "
          f"(CPU {p['frame_cpu_s']:5.2f} s), facets {p['facets_s']:5.2f} s, cold {p['cold_s']:6.2f} s | filter {p['filter_s']:5.2f} + timeline "
          f"{p['timeline_s']:5.2f} + map {p['map_s']:5.2f} + table {p['table_s']:5.2f} = {p['warm_s']:5.2f} s "
          f"(CPU {p['warm_cpu_s']:5.2f} s; {p['shown']:,} shown), sent {p['bytes'] / 1e6:5.2f} MB (map {p['map_bytes'] / 1e6:.2f}, chart "
          f"{p['chart_bytes'] / 1e6:.2f}, table {p['table_bytes'] / 1e6:.2f}) | sql count {p['sql_count']:6.3f} s, "
          f"per-day {p['sql_timeline']:6.3f} s, map rows {p['sql_map_rows']:6.3f} s | rss {p['rss_mb']:6.0f} MB",
          flush=True)
    return (f"scale {n} events: filter->map {p['warm_s']:.2f} s, page {p['bytes']} bytes, "
            f"rss {p['rss_mb']:.0f} MB ({backend})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated event counts")
    ap.add_argument("--million", action="store_true", help="add 1,000,000 events to the sizes")
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--pg", metavar="URL", help="a PostgreSQL server to use (its databases bench_scale_N "
                                                "are dropped and recreated) instead of a throwaway cluster")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--build", nargs=2, metavar=("URL", "N"), help=argparse.SUPPRESS)
    ap.add_argument("--page", metavar="URL", help=argparse.SUPPRESS)
    ap.add_argument("--sql-page", metavar="URL", help=argparse.SUPPRESS)
    ap.add_argument("--paths", default="pandas,sql",
                    help="which reads to measure: pandas (the page below big_store.LARGE_EVENTS), sql "
                         "(the large-store page), or both (default)")
    args = ap.parse_args(argv)
    if args.build:
        print(json.dumps(build(args.build[0], int(args.build[1]))))
        return 0
    if args.page:
        print(json.dumps(page(args.page, args.runs)))
        return 0
    if args.sql_page:
        print(json.dumps(sql_page(args.sql_page, args.runs)))
        return 0
    paths = {p.strip() for p in args.paths.split(",")}

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()] + ([1_000_000] if args.million else [])
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    # Wall-clock times on a shared machine: the load average says how far to trust them.
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"SYNTHETIC events (dashboard/synthetic.py, seed {SEED}); medians of {args.runs} runs; "
          f"{os.cpu_count()} cores, load average {load}")
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="marsad-scale-") as tmp:
        for backend in backends:
            cluster = None
            if backend == "postgresql":
                base, cluster = postgres_server(args.pg)
                if base is None:
                    print(f"postgresql: skipped: {cluster}")
                    continue
            try:
                for n in sizes:
                    url = (str(Path(tmp) / f"scale-{n}.sqlite") if backend == "sqlite"
                           else fresh_database(base, f"bench_scale_{n}"))
                    built = in_child("--build", url, str(n))
                    print(f"{backend:<10} {n:>9,} | built: add {built['add_events_s']:,.0f} ev/s, bulk "
                          f"{built['bulk_events_s'] or 0:,.0f} ev/s, {built['bytes'] / 1e6:.1f} MB", flush=True)
                    if "pandas" in paths:
                        lines.append(report(backend, n, built, in_child("--page", url, "--runs", str(args.runs))))
                    if "sql" in paths:
                        lines.append(sql_report(backend, n, in_child("--sql-page", url, "--runs", str(args.runs))))
                    if backend == "sqlite":
                        for p in Path(tmp).glob(f"scale-{n}.sqlite*"):
                            p.unlink()
            finally:
                if cluster is not None:
                    cluster.stop()
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
