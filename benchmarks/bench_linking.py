"""Median time to link 10k and 100k synthetic events (dashboard/synthetic.py) on one core.
Target: 100k in <= 10 s. Run: python benchmarks/bench_linking.py [--repeat 3]"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.synthetic import synthetic_events  # noqa: E402
from events.linking import link_events  # noqa: E402
from events.linking.frames import events_from_frame  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default="10000,100000")
    args = ap.parse_args()
    for n in (int(s) for s in args.sizes.split(",")):
        events = events_from_frame(synthetic_events(n, seed=1))
        times, linked = [], None
        for _ in range(args.repeat):
            t = time.perf_counter()
            result = link_events(events)
            times.append(time.perf_counter() - t)
            linked = sum(1 for g in result.groups if g.source_count > 1)
        print(f"link_events n={n}: median {statistics.median(times):.2f} s over {args.repeat} runs "
              f"({len(result.groups)} linked events, {linked} with several sources)")


if __name__ == "__main__":
    main()
