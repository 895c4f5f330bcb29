"""Extraction against ACLED's own coding, and throughput on real Arabic news.

    python benchmarks/bench_extract.py [--quiet]

1. ACLED's English ``notes`` (../shared/data/acled_libya_2016_sample.csv, 54 rows): each
   note is read as a report dated ``event_date_iso`` (the anchor of its relative dates),
   and its events compared with ACLED's coding of that row:
   The note's "best event" is the one of its events nearest ACLED's point (the higher
   confidence among equals): ACLED codes one note naming several places as several rows
   with the same note ("clashes in Gwarsha as well as Suq al-Hout and Sabri"), and the
   extractor gives one event per place, so each row is compared with the event at its
   place. For comparison the same figures are printed for the note's "primary event"
   (highest confidence, whatever its place), which can meet only one of such rows.
   - location: the best event within 10 km of ACLED's latitude/longitude (target >= 90 %).
   - event type: the best event's type against ACLED's old type mapped to the new six
     (target >= 80 %): Battle-No change of territory / Battle-Government regains territory
     / Battle-Non-state actor overtakes territory -> Battles; Remote violence ->
     Explosions/Remote violence; Violence against civilians -> Violence against civilians;
     Riots/Protests -> Riots or Protests (either agrees); Strategic development,
     Non-violent transfer of territory, Headquarters or base established -> Strategic
     developments.
   - fatalities: the sum over the note's events (each sentence's dead are given to one
     event only, so nothing is counted twice; no number = 0) equal to ACLED's (target
     >= 85 %). Events dated more than a week before the note's own date are recalled
     background ("January's suicide bombing which killed 60"), other ACLED events, and
     are left out of the sum.
   - date: the best event's date equal to ACLED's day (target >= 95 %).
2. Throughput on the 241 Arabic articles of ../shared/data/ant_libya_arabic_news.jsonl
   (read with events.read), one core, the resolver built once: reports/s as the median of
   3 runs after a warm-up (target >= 300), and how many articles yield at least one event
   placed in Libya. The rate is judged on this process's CPU time (one core, whatever
   else the machine runs); wall-clock rates are printed beside it.
"""
from __future__ import annotations

import argparse
import csv
import math
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

OLD_TO_NEW = {
    "Battle-No change of territory": {"Battles"},
    "Battle-Government regains territory": {"Battles"},
    "Battle-Non-state actor overtakes territory": {"Battles"},
    "Remote violence": {"Explosions/Remote violence"},
    "Violence against civilians": {"Violence against civilians"},
    "Riots/Protests": {"Riots", "Protests"},
    "Strategic development": {"Strategic developments"},
    "Non-violent transfer of territory": {"Strategic developments"},
    "Headquarters or base established": {"Strategic developments"},
}
TARGETS = {"location": 0.90, "event type": 0.80, "fatalities": 0.85, "date": 0.95}
LIBYA_BOX = (19.5, 33.5, 9.3, 25.2)  # lat min/max, lon min/max


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def primary(events):
    return max(events, key=lambda e: (e.confidence, -e.evidence_start)) if events else None


def bench_acled(resolver, quiet: bool) -> bool:
    from events.extract import extract
    from events.records import Report, report_id

    path = DATA / "acled_libya_2016_sample.csv"
    if not path.exists():
        print(f"skipped: {path} is absent")
        return True
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    hits = {k: 0 for k in TARGETS}
    primary_hits = {k: 0 for k in TARGETS}
    misses: dict[str, list[str]] = {k: [] for k in TARGETS}
    for n, row in enumerate(rows, start=2):
        notes = (row["notes"] or "").strip()
        anchor = date.fromisoformat(row["event_date_iso"])
        report = Report(id=report_id(notes), text=notes, language="en", published=anchor, date_precision="day")
        events = extract(report, resolver)
        lat, lon = float(row["latitude"]), float(row["longitude"])
        want_type = OLD_TO_NEW.get(row["event_type"], {row["event_type"]})
        want_dead = int(row["fatalities"] or 0)
        tag = f"row {n} [{row['location']} {row['event_type']} F={want_dead}] {notes[:110]!r}"

        def dist(e):
            return km(e.latitude, e.longitude, lat, lon) if e.latitude is not None else None

        def scores(e):
            d = dist(e) if e else None
            dead = sum(x.fatalities or 0 for x in events
                       if x.event_date is None or (anchor - x.event_date).days <= 7)
            return {
                "location": d is not None and d <= 10,
                "event type": e is not None and e.event_type in want_type,
                "fatalities": dead == want_dead,
                "date": e is not None and e.event_date == anchor,
            }, d, dead

        placed = [e for e in events if e.latitude is not None]
        best = min(placed, key=lambda e: (dist(e), -e.confidence)) if placed else primary(events)
        got, d, dead = scores(best)
        for k, ok in scores(primary(events))[0].items():
            primary_hits[k] += ok
        for k, ok in got.items():
            if ok:
                hits[k] += 1
                continue
            if best is None:
                why = "no event"
            elif k == "location":
                why = f"{best.location} ({d:.0f} km)" if d is not None else "no place"
            elif k == "event type":
                why = f"{best.event_type} / {best.sub_event_type}"
            elif k == "fatalities":
                why = str(dead)
            else:
                why = f"{best.event_date} ({best.date_precision})"
            misses[k].append(f"{tag}\n      -> {why}")
    n = len(rows)
    print(f"ACLED notes: {n} rows ({path.name})")
    ok = True
    for k, target in TARGETS.items():
        share = hits[k] / n
        ok &= share >= target
        mark = "ok " if share >= target else "LOW"
        print(f"  {mark} {k:<11} {hits[k]:3d}/{n} = {share:6.1%}   target >= {target:.0%}")
    print("      primary event (highest confidence) instead of the best event: "
          + ", ".join(f"{k} {primary_hits[k] / n:.1%}" for k in TARGETS))
    if not quiet:
        for k in TARGETS:
            if misses[k]:
                print(f"\n  misses: {k} ({len(misses[k])})")
                for m in misses[k]:
                    print("    " + m)
    return ok


def bench_throughput(resolver) -> bool:
    from events.extract import extract
    from events.read import read_reports
    from events.records import Report

    path = DATA / "ant_libya_arabic_news.jsonl"
    if not path.exists():
        print(f"skipped: {path} is absent")
        return True
    reports = [r for r in read_reports([path]) if isinstance(r, Report)]
    for r in reports:  # warm-up (caches, lexicons)
        extract(r, resolver)
    runs, walls = [], []
    for _ in range(3):
        t0, w0 = time.process_time(), time.perf_counter()
        for r in reports:
            extract(r, resolver)
        runs.append(len(reports) / (time.process_time() - t0))
        walls.append(len(reports) / (time.perf_counter() - w0))
    rate = statistics.median(runs)
    placed = 0
    events_total = 0
    for r in reports:
        evs = extract(r, resolver)
        events_total += len(evs)
        if any(e.latitude is not None and LIBYA_BOX[0] <= e.latitude <= LIBYA_BOX[1]
               and LIBYA_BOX[2] <= e.longitude <= LIBYA_BOX[3] for e in evs):
            placed += 1
    mark = "ok " if rate >= 300 else "LOW"
    print(f"\nArabic articles: {len(reports)} reports ({path.name}), {events_total} events")
    print(f"  {mark} throughput  {rate:7.0f} reports/s of CPU time, one core (median of 3 runs: "
          f"{', '.join(f'{x:.0f}' for x in runs)}; wall clock {', '.join(f'{x:.0f}' for x in walls)})   target >= 300")
    print(f"      reports with >= 1 event placed in Libya: {placed}/{len(reports)} = {placed / len(reports):.1%}")
    return rate >= 300


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quiet", action="store_true", help="do not print the misses")
    args = ap.parse_args()
    import geo

    t0 = time.perf_counter()
    resolver = geo.Resolver(offline=True)
    resolver.find_places("طرابلس Tripoli")
    print(f"resolver built in {time.perf_counter() - t0:.2f} s (offline: no geopy fallback)\n")
    ok = bench_acled(resolver, args.quiet)
    ok &= bench_throughput(resolver)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
