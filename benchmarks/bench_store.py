"""Event store speed on SYNTHETIC events (generated here, not extracted from real reports).

Prints medians: reports stored per second (one transaction each, 10 events a report), the
cost of re-adding a stored report, and Store.events_frame() for 1k, 10k and 100k events.
Then, on REAL reports when ../shared/data is present: the whole ingest loop (read, extract,
resolve offline, store) over the 241 ANT Arabic articles, first run and re-run.

    python benchmarks/bench_store.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from events.records import Event, Report, event_id, report_id  # noqa: E402
from events.store import Store  # noqa: E402

TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")]
EVENTS_PER_REPORT = 10


def synthetic(k: int) -> tuple[Report, list[Event]]:
    text = f"synthetic report {k} " + "قصف على طرابلس " * 20
    report = Report(id=report_id(text), text=text, title=f"synthetic {k}", published=date(2019, 4, 4))
    events = []
    for i in range(EVENTS_PER_REPORT):
        etype, sub = TYPES[(k + i) % len(TYPES)]
        events.append(Event(
            id=event_id(report.id, i, etype, sub, "tripoli"), report_id=report.id,
            event_date=date(2019, 4, 4) + timedelta(days=(k + i) % 400), date_precision="day",
            event_type=etype, sub_event_type=sub, actor1="LNA", actor2="GNA", assoc_actors=("Wagner",),
            location="Tripoli", location_ar="طرابلس", place_id="tripoli", admin1="Tripoli",
            latitude=32.88 + (i % 7) * 0.01, longitude=13.18, geo_precision=1, geocoder="gazetteer",
            fatalities=i % 5, injuries=None, evidence="قصف على طرابلس", evidence_start=i, evidence_end=i + 14,
            confidence=0.7))
    return report, events


def median_time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    print("SYNTHETIC events, one SQLite file in a temp folder (WAL, synchronous=NORMAL)")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite")
        batches = [synthetic(k) for k in range(10_000)]
        stored = 0
        for target in (1_000, 10_000, 100_000):
            todo = batches[stored // EVENTS_PER_REPORT: target // EVENTS_PER_REPORT]
            t = time.perf_counter()
            for report, events in todo:
                store.add(report, events)
            elapsed = time.perf_counter() - t
            stored = target
            frame_s = median_time(store.events_frame, repeat=3 if target == 100_000 else 5)
            print(f"{target:>7} events: add {len(todo) / elapsed:8.0f} reports/s "
                  f"({len(todo) * EVENTS_PER_REPORT / elapsed:8.0f} events/s); "
                  f"events_frame median {frame_s * 1000:7.1f} ms")
        again = median_time(lambda: [store.add(r, e) for r, e in batches[:200]], repeat=3)
        print(f"re-adding a stored report: {again / 200 * 1e6:.0f} µs median (adds 0)")
        print(f"counts: {store.counts()}")
        store.close()


def bench_ingest() -> None:
    ant = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ant_libya_arabic_news.jsonl"
    if not ant.exists():
        print(f"skipped the ingest benchmark: {ant} is absent")
        return
    import geo
    from events.ingest import ingest

    resolver = geo.Resolver(offline=True)
    ingest([ant], Store(Path(tempfile.mkdtemp()) / "warm.sqlite"), resolver=resolver, progress=False)
    first, again = [], []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "ant.sqlite")
            t = time.perf_counter()
            summary = ingest([ant], store, resolver=resolver, progress=False)
            first.append(time.perf_counter() - t)
            t = time.perf_counter()
            ingest([ant], store, resolver=resolver, progress=False)
            again.append(time.perf_counter() - t)
            store.close()
    n = summary.reports
    print(f"REAL: ingest of {n} ANT articles (read+extract+store, offline): "
          f"{n / statistics.median(first):.0f} reports/s first run, "
          f"{n / statistics.median(again):.0f} reports/s re-run (adds 0); {summary.events_added} events")


if __name__ == "__main__":
    main()
    bench_ingest()
