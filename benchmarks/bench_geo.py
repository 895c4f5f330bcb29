"""Speed of geo on one core: gazetteer load, resolutions per second, find_places; and the
gazetteer's size (Libyan places by kind and source) and coverage of real pre-2020 places.

    python benchmarks/bench_geo.py [--quick | --coverage]

Coverage: every distinct place of a reference set, looked up by its name alone (offline),
must land within 10 km of the set's own point: `gazetteer coverage SET: N/M within 10 km`.
Sets: the ACLED 2016 sample (location + lat/lon) and the hand-coded ANT gold events
(place_ar / place_en + lat/lon), both pre-2020 and read from ../shared/data, and the shipped
UCDP GED 2014 events placed at a town (where_prec 1; "Sabha town" is looked up as "Sabha" too).

Prints medians over several repetitions. Targets (issue 2): >= 500k/s exact names,
>= 20k/s fuzzy variants, gazetteer load <= 1 s. "repeated" figures go through the
resolver's memo (a real workload names the same places again and again); "first time"
figures use a fresh resolver so every name takes the full path.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import Resolver, load_gazetteer  # noqa: E402
from geo.normalise import has_arabic  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def median_time(fn, reps: int) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def variants(names: list[str], rng: random.Random) -> list[str]:
    """Misspellings a transliteration would make: a dropped, doubled or changed letter."""
    out = []
    for n in names:
        if len(n) < 6 or has_arabic(n):
            continue
        i = rng.randrange(1, len(n) - 1)
        op = rng.choice(("drop", "double", "vowel"))
        if op == "drop":
            v = n[:i] + n[i + 1:]
        elif op == "double":
            v = n[:i] + n[i] + n[i:]
        else:
            v = n[:i] + rng.choice("aeiou") + n[i + 1:]
        out.append(v)
    return out


def source_group(p, curated: frozenset[str]) -> str:
    if p.id in curated:
        return "places.csv (team rows)"
    return p.source


def print_counts(gaz) -> None:
    """Distinct Libyan places (abroad left out) by kind and by the source of the row."""
    libyan = [p for p in gaz.places.values() if p.country == "LY"]
    by_source = Counter(source_group(p, gaz.curated) for p in libyan)
    by_kind = Counter(p.kind for p in libyan)
    print(f"Libyan places: {len(libyan):,} distinct (target >= 3,000; "
          f"{len(gaz.places) - len(libyan)} places abroad not counted)")
    print("  by source: " + ", ".join(f"{k} {v:,}" for k, v in by_source.most_common()))
    print("  by kind:   " + ", ".join(f"{k} {v:,}" for k, v in by_kind.most_common()))
    both = sum(1 for p in libyan if p.name_ar and p.name_en and p.name_ar != p.name_en)
    print(f"  with both an Arabic and a Latin name: {both:,}\n")


def coverage_sets() -> dict[str, list[tuple[tuple[str, ...], float, float]]]:
    """Reference sets: distinct (names, lat, lon) of real places, pre-2020."""
    sets = {}
    acled = SHARED / "acled_libya_2016_sample.csv"
    if acled.is_file():
        with acled.open(encoding="utf-8") as fh:
            rows = {(r["location"], round(float(r["latitude"]), 4), round(float(r["longitude"]), 4))
                    for r in csv.DictReader(fh) if r["country"] == "Libya"}
        sets["ACLED 2016 sample"] = sorted(((n,), la, lo) for n, la, lo in rows)
    gold = SHARED / "ant_gold_events.jsonl"
    if gold.is_file():
        rows = set()
        for line in gold.read_text(encoding="utf-8").splitlines():
            for e in json.loads(line).get("events", ()) if line.strip() else ():
                if e.get("in_libya") and e.get("lat") is not None and (e.get("geo_precision") or 1) < 3:
                    names = tuple(n for n in (e.get("place_ar"), e.get("place_en")) if n)
                    rows.add((names, round(e["lat"], 4), round(e["lon"], 4)))
        sets["ANT gold events"] = sorted(rows)
    # UCDP GED 2014 (shipped, CC BY 4.0): its places at precision 1 ("Sabha town": a town's
    # own point; coarser ones are districts or regions and have no single point to meet).
    ucdp = ROOT / "benchmarks" / "gold" / "ucdp_ged_libya_2014.csv"
    if ucdp.is_file():
        with ucdp.open(encoding="utf-8") as fh:
            rows = {(r["where_coordinates"], round(float(r["latitude"]), 4), round(float(r["longitude"]), 4))
                    for r in csv.DictReader(fh) if r["where_prec"] == "1" and r["where_coordinates"]}
        sets["UCDP GED 2014"] = sorted(((n, n.removesuffix(" town").removesuffix(" city")), la, lo)
                                       for n, la, lo in rows)
    return sets


def print_coverage(gaz) -> None:
    from geo.gazetteer import haversine_km

    r = Resolver(gazetteer=gaz, offline=True)
    sets = coverage_sets()
    if not sets:
        print(f"(skipped coverage: no reference sets in {SHARED})\n")
    for label, rows in sets.items():
        ok, misses = 0, []
        for names, lat, lon in rows:
            res = next((x for x in (r.resolve(n) for n in names) if x.place is not None), None)
            d = haversine_km(lat, lon, res.latitude, res.longitude) if res else None
            if d is not None and d <= 10:
                ok += 1
            else:
                misses.append(f"{names[0]} ({'unresolved' if d is None else f'{d:.0f} km'})")
        print(f"gazetteer coverage {label}: {ok}/{len(rows)} within 10 km")
        if misses:
            print("  misses: " + "; ".join(misses))
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--coverage", action="store_true", help="only the counts and coverage (no timing)")
    args = ap.parse_args()
    if args.coverage:
        gaz = load_gazetteer()
        print_counts(gaz)
        print_coverage(gaz)
        return
    reps = 3 if args.quick else 7
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"geo benchmark, {pin_one_core()}, median of {reps} runs{load}\n"
          "(other processes on the machine slow every figure: compare runs at low load)\n")

    # --- gazetteer load ---------------------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MARSAD_CACHE_DIR"] = tmp
        cold = median_time(lambda: load_gazetteer(use_cache=False), reps)
        load_gazetteer()  # writes the cache
        warm = median_time(load_gazetteer, reps * 3)
        code = ("import time; t = time.perf_counter(); import geo; r = geo.Resolver(offline=True); "
                "r.resolve('طرابلس'); print(time.perf_counter() - t)")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        fresh = statistics.median(
            float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 env=env, check=True).stdout)
            for _ in range(reps))
    gaz = load_gazetteer()
    print(f"gazetteer: {len(gaz.places)} places, {len(gaz.exact)} name keys "
          f"({len(gaz.curated)} curated rows)")
    print(f"  load, cold build (CSV + packages)  {cold * 1000:8.1f} ms")
    print(f"  load, from cache                   {warm * 1000:8.1f} ms")
    print(f"  new process: import geo + load + first resolve {fresh * 1000:8.1f} ms  (target <= 1000)\n")
    print_counts(gaz)
    print_coverage(gaz)

    rng = random.Random(7)
    curated = [gaz.places[i] for i in sorted(gaz.curated)]
    exact_names = sorted({n for p in curated for n in (p.name_en, p.name_ar, *p.aliases) if n})
    fuzzy_names = variants([n for p in curated for n in (p.name_en, *p.aliases) if n], rng)
    probe = Resolver(gazetteer=gaz, offline=True)
    fuzzy_names = [v for v in dict.fromkeys(fuzzy_names)
                   if probe.resolve(v).method == "fuzzy"]

    # --- exact names ------------------------------------------------------------------
    def first_time(names):
        r = Resolver(gazetteer=gaz, offline=True)
        for n in names:
            r.resolve(n)

    warm_r = Resolver(gazetteer=gaz, offline=True)
    for n in exact_names:
        warm_r.resolve(n)
    repeated = exact_names * max(1, 200_000 // len(exact_names))

    def again():
        resolve = warm_r.resolve
        for n in repeated:
            resolve(n)

    t_first = median_time(lambda: first_time(exact_names), reps)
    t_again = median_time(again, reps)
    print(f"exact names ({len(exact_names)} distinct curated names and aliases)")
    print(f"  first time   {len(exact_names) / t_first:12,.0f} /s")
    print(f"  repeated     {len(repeated) / t_again:12,.0f} /s   (target >= 500,000)\n")

    # --- fuzzy variants ---------------------------------------------------------------
    t_fuzzy = median_time(lambda: first_time(fuzzy_names), reps)
    fz = Resolver(gazetteer=gaz, offline=True)
    for n in fuzzy_names:
        fz.resolve(n)
    rep_f = fuzzy_names * max(1, 100_000 // max(1, len(fuzzy_names)))
    t_fuzzy_again = median_time(lambda: [fz.resolve(n) for n in rep_f], reps)
    print(f"fuzzy variants ({len(fuzzy_names)} distinct misspellings that need rapidfuzz)")
    print(f"  first time   {len(fuzzy_names) / t_fuzzy:12,.0f} /s   (target >= 20,000)")
    print(f"  repeated     {len(rep_f) / t_fuzzy_again:12,.0f} /s\n")

    # --- a 10k mixed list -------------------------------------------------------------
    clitic = [p + n for n in (p.name_ar for p in curated if p.name_ar) for p in ("و", "ب", "وب")]
    junk = ["".join(rng.choice("qxzjkvw") for _ in range(8)) for _ in range(300)]
    mixed = (rng.choices(exact_names, k=6000) + rng.choices(fuzzy_names or exact_names, k=2500)
             + rng.choices(clitic, k=1000) + rng.choices(junk, k=500))
    rng.shuffle(mixed)
    t_mixed = median_time(lambda: first_time(mixed), reps)
    mixed_r = Resolver(gazetteer=gaz, offline=True)
    methods: dict[str | None, int] = {}
    for n in mixed:
        m = mixed_r.resolve(n).method
        methods[m] = methods.get(m, 0) + 1
    print(f"mixed list of {len(mixed):,} (60% exact, 25% misspelt, 10% with clitics, 5% unknown)")
    print(f"  fresh resolver {len(mixed) / t_mixed:10,.0f} /s   methods: "
          + ", ".join(f"{k or 'unresolved'} {v}" for k, v in sorted(methods.items(), key=str)) + "\n")

    # --- find_places ------------------------------------------------------------------
    seed = (ROOT / "seeds" / "000_b4384da33049ec36.txt").read_text(encoding="utf-8")
    fp = Resolver(gazetteer=gaz, offline=True)
    fp.find_places(seed)
    n_seed = 200
    t_seed = median_time(lambda: [fp.find_places(seed) for _ in range(n_seed)], reps)
    print(f"find_places on the seed ({len(seed)} chars, {len(fp.find_places(seed))} mentions)")
    print(f"  {n_seed / t_seed:10,.0f} reports/s   ({t_seed / n_seed * 1000:.2f} ms each; target >= 300/s)")
    ant = SHARED / "ant_libya_arabic_news.jsonl"
    if ant.exists():
        texts = [json.loads(x)["text"] for x in ant.read_text(encoding="utf-8").split("\n") if x.strip()]
        fresh_r = Resolver(gazetteer=gaz, offline=True)
        t_ant = median_time(lambda: [fresh_r.find_places(t) for t in texts], reps)
        chars = sum(map(len, texts))
        print(f"find_places on {len(texts)} ANT Arabic news articles ({chars / len(texts):.0f} chars avg)")
        print(f"  {len(texts) / t_ant:10,.0f} reports/s   ({chars / t_ant / 1e6:.2f} MB/s)")
    else:
        print(f"(skipped the ANT corpus: {ant} is absent)")
    # English wire copy: capitalised words go through the loose-spelling fallback
    en = " ".join(EN_REPORT for _ in range(3))
    fresh_en = Resolver(gazetteer=gaz, offline=True)
    n_en = 100
    t_en = median_time(lambda: [fresh_en.find_places(en) for _ in range(n_en)], reps)
    print(f"find_places on an English report ({len(en)} chars, {len(fresh_en.find_places(en))} mentions)")
    print(f"  {n_en / t_en:10,.0f} reports/s   ({t_en / n_en * 1000:.2f} ms each)")


EN_REPORT = (
    "TRIPOLI (Reuters) - Forces loyal to eastern commander Khalifa Haftar shelled Ain Zara "
    "and Salaheddin in southern Tripoli on Tuesday, while the UN-backed Government of "
    "National Accord (GNA) said its fighters retook Qasr Bin Ghashir and advanced towards "
    "Tarhouna. A drone strike hit Mitiga airport in Tajoura, the Libya Observer reported. "
    "In the east, the Libyan National Army said it controlled the oil ports of Es Sider, "
    "Ras Lanuf and Marsa el Brega, and that its aircraft struck Sirte's Ghardabiya air base "
    "and positions near Abu Grein, 120 km south of Misrata. Delegations later met in Geneva "
    "and Berlin; Egypt, the United Arab Emirates and Turkey back rival sides. "
)


if __name__ == "__main__":
    main()
