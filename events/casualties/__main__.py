"""A quick look: python -m events.casualties [file] [ar|en]"""
import sys
import time

from events.casualties import find_casualties

path = sys.argv[1] if len(sys.argv) > 1 else "seeds/000_b4384da33049ec36.txt"
body = open(path, encoding="utf-8").read()
language = sys.argv[2] if len(sys.argv) > 2 else ""
t0 = time.perf_counter()
found = find_casualties(body, language)
dt = time.perf_counter() - t0
print(found)
for a, b in found.spans:
    print(f"{a:6d} {body[a:b]!r}")
print(f"{dt * 1000:.2f} ms")
