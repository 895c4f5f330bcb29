"""Time from a filter change to the map's HTML being ready, and the HTML's size, for 1k, 10k
and 100k SYNTHETIC events (dashboard.synthetic). Targets at 100k: <= 0.5 s and <= 3 MB.

    python benchmarks/bench_map.py [--runs 5] [--sizes 1000,10000,100000]

Per size, medians over the runs of:
- filter: Filters.apply on the full frame (a date range and the six event types);
- text: Filters.apply of a free-text search (Arabic, spelling-insensitive) on the full frame;
- st_folium: build_map + localise + everything streamlit-folium renders before sending the
  map to its frame (the figure render, header, html and the map's script);
- standalone: build_map + standalone_html (every script and style inlined; the export);
and the size of what st_folium sends (its script + header + html; the JS/CSS files come from
/app/static and are cached by the browser) and of the standalone page.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from dashboard import event_payload, mapview, offline  # noqa: E402
from dashboard.filters import Filters  # noqa: E402
from dashboard.synthetic import synthetic_events  # noqa: E402


def st_folium_strings(m) -> tuple[str, str, str]:
    """What streamlit_folium.st_folium renders and sends (script, header, html), without a
    Streamlit runtime: the same private helpers it calls, in the same order."""
    import streamlit_folium as sf

    m.get_root().render()
    m.render()
    html = sf._get_html(m)
    header = sf._get_header(m)
    script = sf._get_map_string(m)
    return script, header, html


def measure(n: int, runs: int) -> dict[str, float]:
    df = synthetic_events(n, seed=7)
    change = Filters(date_from=date(2015, 1, 1), date_to=date(2020, 6, 30),
                     event_types=("Battles", "Explosions/Remote violence", "Violence against civilians",
                                  "Protests", "Riots", "Strategic developments"))
    search = Filters(text="طرابلس")
    t_filter, t_st, t_alone, sizes_st, sizes_alone, kept, t_text = [], [], [], [], [], 0, []
    for _ in range(runs):
        t0 = time.perf_counter()
        shown = change.apply(df)
        t1 = time.perf_counter()
        m = offline.localise(mapview.build_map(shown), copy=False)
        script, header, html = st_folium_strings(m)
        t2 = time.perf_counter()
        page = offline.standalone_html(mapview.build_map(shown))
        t3 = time.perf_counter()
        search.apply(df)
        t_text.append(time.perf_counter() - t3)
        kept = len(shown)
        t_filter.append(t1 - t0)
        t_st.append(t2 - t1)
        t_alone.append(t3 - t2)
        sizes_st.append(sum(len(s.encode("utf-8")) for s in (script, header, html)))
        sizes_alone.append(len(page.encode("utf-8")))
    med = statistics.median
    return {"n": n, "kept": kept, "filter": med(t_filter), "text": med(t_text), "st": med(t_st), "alone": med(t_alone),
            "st_total": med(a + b for a, b in zip(t_filter, t_st)),
            "alone_total": med(a + b for a, b in zip(t_filter, t_alone)),
            "st_mb": med(sizes_st) / 1e6, "alone_mb": med(sizes_alone) / 1e6,
            "detail": "full" if kept <= event_payload.FULL_DETAIL_MAX else "lite"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="1000,10000,100000")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(f"SYNTHETIC events; medians of {args.runs} runs; times in seconds, sizes in MB")
    print(f"{'events':>8} {'shown':>7} {'detail':>6} {'filter':>7} {'+st_folium':>10} {'= total':>8} "
          f"{'MB sent':>8} {'+standalone':>11} {'= total':>8} {'MB file':>8} {'text':>6}")
    rows = []
    for n in sizes:
        r = measure(n, args.runs)
        rows.append(r)
        print(f"{r['n']:>8} {r['kept']:>7} {r['detail']:>6} {r['filter']:>7.3f} {r['st']:>10.3f} "
              f"{r['st_total']:>8.3f} {r['st_mb']:>8.2f} {r['alone']:>11.3f} {r['alone_total']:>8.3f} "
              f"{r['alone_mb']:>8.2f} {r['text']:>6.3f}")
    big = [r for r in rows if r["n"] >= 100_000]
    for r in big:
        ok_t = r["st_total"] <= 0.5 and r["alone_total"] <= 0.5
        ok_s = r["st_mb"] <= 3 and r["alone_mb"] <= 3
        print(f"target at {r['n']}: time <= 0.5 s {'met' if ok_t else 'MISSED'}; "
              f"size <= 3 MB {'met' if ok_s else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
