"""Arabic number words (folded spellings: ة -> ه, أ/إ/آ -> ا): units to millions, "مئة
وخمسين", "ثلاثة آلاف", "خمسة عشر", and the vague words of casualty reports (عشرات، مئات،
عدة، بضعة)."""
from __future__ import annotations

import re

from events.numbers.base import DIGITS, Quantity, alt

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


_AR_WORD_ALT = alt(_AR_WORDS)
_B = r"(?<![\w])"   # Arabic-aware word edges (\b also works, this reads plainer in patterns)
_E = r"(?![\w])"
#: A number in folded Arabic text: digits or a run of number words ("مئه وخمسين").
AR_NUMBER = (rf"(?:{DIGITS}|(?:{_B}|(?<=(?<![\w])و))(?:{_AR_WORD_ALT}){_E}"
             rf"(?:\s+(?:و\s*)?(?:{_AR_WORD_ALT}){_E})*)")
#: Vague Arabic quantity words, as they appear before a noun (عشرات القتلى، عدد من الجنود).
AR_VAGUE = (rf"(?:{_B}(?:(?:بال|ال)?(?:عشرات|مئات)|الالاف|بالالاف|الاف|الوف|عده|العديد\s+من|"
            rf"عدد\s+من|بضعه|بضع){_E})")


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


def vague(t: str) -> Quantity | None:
    """عشرات / العشرات / بالعشرات من -> 12, lower bound, estimate (see events.numbers)."""
    if t in AR_VAGUE_VALUES:
        v, lb = AR_VAGUE_VALUES[t]
        return Quantity(v, lb, True)
    t2 = re.sub(r"\s+من$", "", t)
    if t2.startswith(("بالعشرات", "بالمئات", "بالالاف", "العشرات", "المئات", "الالاف")):
        t2 = t2[3:] if t2.startswith("بال") else t2[2:]
    if t2 in AR_VAGUE_VALUES:
        v, lb = AR_VAGUE_VALUES[t2]
        return Quantity(v, lb, True)
    return None


def reads(t: str) -> bool:
    return True  # the words of any script the other languages leave


def words(t: str) -> int | None:
    return _parse_ar_words(re.split(r"\s+", t))
