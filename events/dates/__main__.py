"""A quick look: python -m events.dates [file] [yyyy-mm-dd]"""
import re
import sys
import time
from datetime import date

from events.dates import find_dates

path = sys.argv[1] if len(sys.argv) > 1 else "seeds/000_b4384da33049ec36.txt"
anc = date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else date(2019, 9, 29)
body = open(path, encoding="utf-8").read()
t0 = time.perf_counter()
found = find_dates(body, anc, "ar" if re.search(r"[\u0600-\u06ff]", body) else "en")
dt = time.perf_counter() - t0
for mm in found:
    print(f"{mm.start:6d} {mm.text!r:40} {mm.value} {mm.precision}")
print(f"{len(found)} mentions in {dt * 1000:.2f} ms")
