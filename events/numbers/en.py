"""English number words ("twenty-five", "a dozen", "three hundred") and the vague words
of casualty reports (dozens, several, a few)."""
from __future__ import annotations

import re

from events.numbers.base import DIGITS, Quantity, alt

_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6}
_EN_WORDS = {**_EN_UNITS, **_EN_TENS, **_EN_SCALES}
_EN_WORD_ALT = alt(_EN_WORDS)
EN_NUMBER_WORDS = frozenset(_EN_WORDS) | {"dozen"}
EN_NUMBER = (rf"(?:{DIGITS}|\b(?:an?\s+(?=hundred|thousand|dozen))?(?:{_EN_WORD_ALT}|dozen)\b"
             rf"(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{_EN_WORD_ALT})\b)*)")
EN_VAGUE_VALUES: dict[str, tuple[int, bool]] = {
    "dozens": (12, True), "scores": (12, True), "hundreds": (100, True), "thousands": (1000, True),
    "several": (10, False), "many": (10, False), "numerous": (10, False),
    "a number": (10, False), "a few": (3, False), "a couple": (2, False),
}
EN_VAGUE = r"(?:\b(?:dozens|scores|hundreds|thousands|several|many|numerous|a\s+number|a\s+few|a\s+couple)\b(?:\s+of\b)?)"


def _parse_en_words(s: str) -> int | None:
    tokens = [t for t in re.split(r"[\s\-]+", s.lower()) if t and t not in ("and", "a", "an")]
    if not tokens:
        return None
    total, current = 0, 0
    for tok in tokens:
        if tok == "dozen":
            current = (current or 1) * 12
        elif tok in _EN_UNITS or tok in _EN_TENS:
            current += _EN_WORDS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in ("thousand", "million"):
            total += (current or 1) * _EN_SCALES[tok]
            current = 0
        else:
            return None
    return total + current


def _low(t: str) -> str:
    return re.sub(r"\s+of$", "", t.lower())


def vague(t: str) -> Quantity | None:
    """dozens / scores -> 12, lower bound, estimate; several / many -> 10 (see events.numbers)."""
    low = _low(t)
    if low in EN_VAGUE_VALUES:
        v, lb = EN_VAGUE_VALUES[low]
        return Quantity(v, lb, True)
    return None


def reads(t: str) -> bool:
    return _low(t).isascii()


def words(t: str) -> int | None:
    return _parse_en_words(_low(t))
