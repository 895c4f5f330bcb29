"""Run the fuzz tests (tests/test_fuzz_*.py) with many more examples than the test suite
does, and print how many examples each input path was given, and what failed.

    python benchmarks/fuzz_inputs.py            # 20x the suite's examples (random, not derandomized)
    python benchmarks/fuzz_inputs.py --scale 100
    python benchmarks/fuzz_inputs.py --only dates

Exit status 1 when a property failed; Hypothesis prints the smallest example it found and
a reproduce blob.
"""
from __future__ import annotations

import argparse
import importlib
import inspect
import os
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("test_fuzz_inputs", "test_fuzz_text", "test_fuzz_query")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=20.0, help="multiple of the suite's examples (20)")
    parser.add_argument("--only", default="", help="run only tests whose name contains this")
    args = parser.parse_args()
    # Read by tests/fuzzing.py when it is imported: set before any test module loads.
    os.environ["MARSAD_FUZZ_SCALE"] = str(args.scale)
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]
    import fuzzing

    fixtures = {"resolver": _resolver, "frame": _frame}
    made: dict[str, object] = {}
    failed: list[str] = []
    started = time.perf_counter()
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name, test in inspect.getmembers(module, inspect.isfunction):
            if not name.startswith("test_") or not hasattr(test, "hypothesis") or args.only not in name:
                continue
            wanted = [p for p in inspect.signature(test).parameters if p in fixtures]
            kwargs = {p: made.setdefault(p, fixtures[p]()) for p in wanted}
            t0 = time.perf_counter()
            try:
                test(**kwargs)
            except Exception:  # a property failed: report it, go on with the rest
                failed.append(f"{module_name}.{name}")
                traceback.print_exc(limit=3)
            print(f"  {module_name}.{name}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    print(f"examples tried per input path (scale {args.scale:g}, {time.perf_counter() - started:.0f} s):")
    for path, n in sorted(fuzzing.TRIED.items()):
        print(f"  {path:<32} {n:>8,}")
    print(f"  {'total':<32} {sum(fuzzing.TRIED.values()):>8,}")
    print(f"failed: {', '.join(failed) if failed else 'none'}")
    return 1 if failed else 0


def _resolver():
    import geo

    return geo.Resolver(gazetteer=geo.load_gazetteer(), offline=True)


def _frame():
    from dashboard.synthetic import synthetic_events

    return synthetic_events(120, seed=7)


if __name__ == "__main__":
    raise SystemExit(main())
