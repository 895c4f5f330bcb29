"""Numbers in report text: digits (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹), Arabic and English
number words, and the vague quantity words that casualty reports use.

Two public readers:
- ``parse_number(s) -> int | None``: the integer a phrase names ("150", "١٥٠", "مئة وخمسين",
  "ثلاثة آلاف", "twenty-five", "a dozen"). Vague words give their conventional value (below).
- ``parse_quantity(s) -> Quantity | None``: the same value plus whether it is a lower bound
  or an estimate.

Vague words follow ACLED's fatality coding conventions, so figures agree with ACLED data
(the sample's "spoke of dozens dead" adds 12; "many were killed, no numbers given" is 10):
  عشرات / العشرات / بالعشرات / dozens / scores -> 12, lower bound, estimate
  مئات / hundreds                  -> 100, lower bound, estimate
  آلاف / thousands                 -> 1000, lower bound, estimate
  عدة / عدد من / العديد / several / many / a number of / numerous -> 10, estimate
  بضعة / a few / a couple of       -> 3 / 3 / 2, estimate
"a dozen" is 12 and exact.

The module also holds ``fold``, the length-aware Arabic fold that dates and casualties match
against: alef forms -> ا, ى -> ي, ة -> ه, every digit -> ASCII, and diacritics, tatweel and
direction marks removed, with a map back to the original offsets so that every span
reported is a slice of the caller's own text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Quantity", "parse_number", "parse_quantity", "fold", "Folded",
           "AR_NUMBER", "EN_NUMBER", "AR_VAGUE", "EN_VAGUE",
           "EN_NUMBER_WORDS", "word_trie"]

# --- folding ----------------------------------------------------------------------------

_ONE_TO_ONE: dict[int, str] = {ord(c): "ا" for c in "أإآٱ"}
_ONE_TO_ONE.update({ord("ى"): "ي", ord("ة"): "ه", ord("ی"): "ي", ord("ک"): "ك",
                    ord("\u066c"): ",", ord("\u066b"): ".", ord("\u00a0"): " ",
                    ord("\u202f"): " ", ord("\u2009"): " "})
for _i, _c in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _ONE_TO_ONE[ord(_c)] = str(_i)
for _i, _c in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _ONE_TO_ONE[ord(_c)] = str(_i)
_ONE_TO_ONE_TABLE = str.maketrans(_ONE_TO_ONE)

# Characters that carry no letters: harakat, dagger alef, tatweel, joiners, direction marks.
_DROP = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200b-\u200f\u061c\ufeff"
                   "\u202a-\u202e\u2066-\u2069\u00ad]")

_KEEP_RUN = re.compile("[^" + _DROP.pattern[1:] + "+")


@dataclass(frozen=True)
class Folded:
    """Folded text and, when characters were dropped, where each folded char came from."""
    text: str
    offsets: tuple[int, ...] | None = None
    original_length: int = 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text back onto the original text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            o = self.offsets[start] if start < len(self.offsets) else self.original_length
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


@lru_cache(maxsize=16)
def fold(text: str) -> Folded:
    """Fold Arabic spelling variants and digits; one fast path when nothing must be dropped."""
    folded = text.translate(_ONE_TO_ONE_TABLE)
    if _DROP.search(folded) is None:
        return Folded(folded, None, len(text))
    keep: list[int] = []
    for run in _KEEP_RUN.finditer(folded):
        keep.extend(range(run.start(), run.end()))
    return Folded(_DROP.sub("", folded), tuple(keep), len(text))


def fold_ar(s: str) -> str:
    """Fold a short phrase (no offsets kept)."""
    return _DROP.sub("", s.translate(_ONE_TO_ONE_TABLE))


# --- Arabic number words (folded spellings) --------------------------------------------

_AR_UNITS: dict[str, int] = {}
for _v, _forms in {
    1: "واحد واحده احد احدي",
    2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي",
    3: "ثلاث ثلاثه", 4: "اربع اربعه", 5: "خمس خمسه", 6: "ست سته", 7: "سبع سبعه",
    8: "ثمان ثماني ثمانيه", 9: "تسع تسعه", 10: "عشر عشره",
}.items():
    for _f in _forms.split():
        _AR_UNITS[_f] = _v
_AR_TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
            "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
            "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90}
_AR_HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
                "مئتا": 200, "مائتا": 200}
for _stem, _v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
                  ("ثماني", 8), ("تسع", 9)):
    _AR_HUNDREDS[_stem + "مئه"] = _v * 100
    _AR_HUNDREDS[_stem + "مائه"] = _v * 100
_AR_SCALES = {"الف": 1000, "الفا": 1000, "الاف": 1000, "الفان": 2000, "الفين": 2000,
              "مليون": 10**6, "مليونا": 10**6, "ملايين": 10**6, "مليونين": 2 * 10**6}
_AR_WORDS: dict[str, int] = {**_AR_UNITS, **_AR_TENS, **_AR_HUNDREDS, **_AR_SCALES}
_AR_WORDS["مئات"] = 100  # only after a unit: "ثلاث مئات"

# Vague words: (value, lower_bound).
AR_VAGUE_VALUES: dict[str, tuple[int, bool]] = {
    "عشرات": (12, True), "مئات": (100, True), "الاف": (1000, True), "الوف": (1000, True),
    "عده": (10, False), "العديد": (10, False), "عدد": (10, False), "بضعه": (3, False),
    "بضع": (3, False), "عشرات من": (12, True),
}


def word_trie(words) -> str:
    """A regex alternation of ``words`` factored into a trie: Python's re tries plain
    alternatives one by one, so 150 words cost 150 attempts at every word start; a trie
    makes that one walk."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_AR_WORD_ALT = _alt(_AR_WORDS)
_B = r"(?<![\w])"   # Arabic-aware word edges (\b also works, this reads plainer in patterns)
_E = r"(?![\w])"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+"
#: A number in folded Arabic text: digits or a run of number words ("مئه وخمسين").
AR_NUMBER = (rf"(?:{_DIGITS}|(?:{_B}|(?<=(?<![\w])و))(?:{_AR_WORD_ALT}){_E}"
             rf"(?:\s+(?:و\s*)?(?:{_AR_WORD_ALT}){_E})*)")
#: Vague Arabic quantity words, as they appear before a noun (عشرات القتلى، عدد من الجنود).
AR_VAGUE = (rf"(?:{_B}(?:(?:بال|ال)?(?:عشرات|مئات)|الالاف|بالالاف|الاف|الوف|عده|العديد\s+من|"
            rf"عدد\s+من|بضعه|بضع){_E})")

# --- English number words -------------------------------------------------------------

_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6}
_EN_WORDS = {**_EN_UNITS, **_EN_TENS, **_EN_SCALES}
_EN_WORD_ALT = _alt(_EN_WORDS)
EN_NUMBER_WORDS = frozenset(_EN_WORDS) | {"dozen"}
EN_NUMBER = (rf"(?:{_DIGITS}|\b(?:an?\s+(?=hundred|thousand|dozen))?(?:{_EN_WORD_ALT}|dozen)\b"
             rf"(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{_EN_WORD_ALT})\b)*)")
EN_VAGUE_VALUES: dict[str, tuple[int, bool]] = {
    "dozens": (12, True), "scores": (12, True), "hundreds": (100, True), "thousands": (1000, True),
    "several": (10, False), "many": (10, False), "numerous": (10, False),
    "a number": (10, False), "a few": (3, False), "a couple": (2, False),
}
EN_VAGUE = r"(?:\b(?:dozens|scores|hundreds|thousands|several|many|numerous|a\s+number|a\s+few|a\s+couple)\b(?:\s+of\b)?)"


@dataclass(frozen=True)
class Quantity:
    value: int
    lower_bound: bool = False  # "dozens": at least this many
    estimate: bool = False     # a vague word, not a count


def _parse_ar_words(tokens: list[str]) -> int | None:
    total, current, seen = 0, 0, False
    for tok in tokens:
        if tok.startswith("و") and tok not in _AR_WORDS and tok[1:] in _AR_WORDS:
            tok = tok[1:]
        if tok in ("و", ""):
            continue
        v = _AR_WORDS.get(tok)
        if v is None:
            return None
        seen = True
        if tok in ("الف", "الفا", "الاف", "مليون", "مليونا", "ملايين", "مئات"):
            current = (current or 1) * v
            if v >= 1000:
                total += current
                current = 0
        elif tok in ("الفان", "الفين", "مليونين"):
            total += (current or 1) * v
            current = 0
        elif tok in ("مئه", "مائه") and 0 < current < 10:
            current *= 100  # "ثلاث مئه" = 300
        elif tok in ("عشر", "عشره") and 0 < current < 10:
            current += 10  # "خمسه عشر" = 15
        else:
            current += v
    return total + current if seen else None


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


def parse_quantity(s: str) -> Quantity | None:
    """A number phrase's value with lower-bound/estimate flags; None if it is not one."""
    if not isinstance(s, str):
        return None
    t = " ".join(fold_ar(s).split()).strip()
    if not t:
        return None
    digits = t.replace(",", "")
    if digits.isascii() and digits.isdigit():
        return Quantity(int(digits))
    low = t.lower()
    low = re.sub(r"\s+of$", "", low)
    if low in EN_VAGUE_VALUES:
        v, lb = EN_VAGUE_VALUES[low]
        return Quantity(v, lb, True)
    if t in AR_VAGUE_VALUES:
        v, lb = AR_VAGUE_VALUES[t]
        return Quantity(v, lb, True)
    t2 = re.sub(r"\s+من$", "", t)
    if t2.startswith(("بالعشرات", "بالمئات", "بالالاف", "العشرات", "المئات", "الالاف")):
        t2 = t2[3:] if t2.startswith("بال") else t2[2:]
    if t2 in AR_VAGUE_VALUES:
        v, lb = AR_VAGUE_VALUES[t2]
        return Quantity(v, lb, True)
    if low.isascii():
        v = _parse_en_words(low)
    else:
        v = _parse_ar_words(re.split(r"\s+", t))
    return Quantity(v) if v is not None else None


def parse_number(s: str) -> int | None:
    """The integer a number phrase names ("١٥٠", "مئة وخمسين", "fifteen"), vague words giving
    their conventional value (see module doc); None for anything else."""
    q = parse_quantity(s)
    return q.value if q else None
