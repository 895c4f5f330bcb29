"""Misspelt names: rapidfuzz over the gazetteer's loose keys (geo.normalise), windowed by
first letter and length so that a lookup meets only the keys that could reach the cutoff."""
from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from .foreign import FOREIGN_SOURCE
from .place import Place

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

FUZZY_CUTOFF = 90.0


def _fuzzy_target(p: Place) -> bool:
    """May a misspelt name land on ``p``? Libyan places and the curated places abroad; not
    the neighbours' GeoNames towns, which are there to be named exactly ("تمسان" is no
    misspelling of Tlemcen)."""
    return p.country == "LY" or p.source == FOREIGN_SOURCE


class FuzzyIndex:
    """Loose keys grouped by first letter and length, for rapidfuzz. fuzz.ratio >= 90
    needs lengths within about 20% of each other, so a query only meets the few dozen
    keys that could reach the cutoff, which keeps a fuzzy lookup in the microseconds."""

    def __init__(self, gaz: Gazetteer) -> None:
        by_len: dict[tuple[str, int], list[str]] = {}
        for key, ids in gaz.loose.items():
            if len(key) >= 3 and any(_fuzzy_target(gaz.places[i]) for i in ids):
                by_len.setdefault((key[0], len(key)), []).append(key)
        self.by_len = by_len
        self._windows: dict[tuple[str, int], list[str]] = {}

    def _choices(self, first: str, n: int) -> list[str]:
        w = self._windows.get((first, n))
        if w is None:
            lo, hi = int(n * 0.8), int(n * 1.25) + 1
            w = [k for length in range(lo, hi + 1) for k in self.by_len.get((first, length), ())]
            self._windows[(first, n)] = w
        return w

    def matches(self, lkey: str, cutoff: float = FUZZY_CUTOFF) -> list[tuple[str, float]]:
        if len(lkey) < 4:
            return []
        choices = self._choices(lkey[0], len(lkey))
        if not choices:
            return []
        found = process.extract(lkey, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=6)
        return [(k, s) for k, s, _ in found]
