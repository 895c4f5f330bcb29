"""What every date language shares: the mention record, span bookkeeping, the calendar
arithmetic, the numeric patterns (yyyy-mm-dd, dd/mm/yyyy ...) and ``DateLanguage``, the
one object a language module (``events.dates.ar``, ``events.dates.en``) hands the resolver."""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable

from events.records import DATE_PRECISIONS


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: date | None
    precision: str  # one of events.records.DATE_PRECISIONS


RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
assert set(RANK) == set(DATE_PRECISIONS)


class Occupied:
    """Disjoint [start, end) spans already taken; O(log n) overlap checks so that a huge text
    with thousands of mentions stays linear-ish."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, s: int, e: int) -> bool:
        i = bisect_right(self.starts, s)
        if i > 0 and self.ends[i - 1] > s:
            return False
        return not (i < len(self.starts) and self.starts[i] < e)

    def add(self, s: int, e: int) -> None:
        i = bisect_right(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)

    def take(self, s: int, e: int) -> bool:
        """Add the span if it is free; say whether it was."""
        if self.free(s, e):
            self.add(s, e)
            return True
        return False


def alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    return "|".join(sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words},
                           key=len, reverse=True))


def start_table(entries: dict[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """{word: the pattern kinds that may start at it} from {"kind kind ...": words}."""
    table: dict[str, set[str]] = {}
    for kinds, words in entries.items():
        for w in words:
            table.setdefault(w, set()).update(kinds.split())
    return {w: frozenset(k) for w, k in table.items()}


YEAR = r"(?:19|20)\d\d(?!\d)"
# After a day and month a written year is read even when far past ("4 April 1066"), so the
# happening keeps its own year (and is recalled background) instead of taking the report's.
YEAR_AFTER_MONTH = r"(?:1\d|20)\d\d(?!\d)"
# After "عام"/"year" a far past year is read too ("معركة حطين عام 1187"): history, not today.
YEAR_NAMED = YEAR_AFTER_MONTH
DAY = r"(?<![\d.,:/])(?:[12]\d|3[01]|0?[1-9])(?![\d])"

NUMERIC = [
    ("ymd", re.compile(
        rf"(?<![\d/.\-])(?P<body>(?P<yy>{YEAR})(?P<sep>[-/.])(?P<mm>\d{{1,2}})(?P=sep)(?P<dd>\d{{1,2}}))(?![\d])")),
    # "بتاريخ 19 / 6 / 1436هـ" (folded: the tatweel gone), "19/6/1436 AH", and with no suffix
    # ("بتاريخ 19/6/1436": no news writes a Gregorian 1436 so): a Hijri day (Umm al-Qura)
    ("hijri", re.compile(
        r"(?<![\d/.\-])(?P<body>(?P<dd>\d{1,2})\s*/\s*(?P<mm>\d{1,2})\s*/\s*(?P<yy>1[34]\d\d)"
        r"(?:\s*(?:ه(?:جري(?:ه)?)?|AH)(?![\w])|(?![\w\d/])))", re.IGNORECASE)),
    # "1978 - اغتيال ممثل المنظمة في باريس", "1974: clashes in Beirut": a chronicle's line that
    # opens on its year (a "this day in history" list) is of that year, not the report's day
    ("year_line", re.compile(
        rf"(?<![^\n])[ \t]*(?P<body>(?P<yy>{YEAR_AFTER_MONTH}))(?=[ \t]*[-–—:][ \t]*[^\d\s\-–—])")),
    ("dmy_num", re.compile(
        r"(?<![\d/.\-])(?P<body>(?P<dd>\d{1,2})(?P<sep>[-/.])(?P<mm>\d{1,2})(?P=sep)"
        r"(?P<yy>(?:19|20)\d\d|\d\d))(?![\d/.\-]\d|\d)")),
]
# Kinds a bare digit may start (no word before it to say which).
DIGIT_KINDS = ("ymd", "hijri", "year_line", "dmy_num", "dmy", "same_month", "year_suffix", "mdy", "ago")

# Among overlapping candidates of one length, the more specific kind wins.
PRIORITY = {k: i for i, k in enumerate(
    ["ymd", "hijri", "dmy_num", "dmy", "mdy", "same_month", "part", "part2", "day_only", "earlier_this",
     "month", "year", "year_prep", "year_suffix", "year_line", "same_year", "decade", "same_day", "today", "yesterday2", "yesterday", "tomorrow",
     "tonight", "weekday", "ago", "recent_days", "weekend", "rel_period", "season"])}


@dataclass(frozen=True)
class DateLanguage:
    """Everything the shared resolver needs to know about one language's date expressions.

    Patterns each have a ``body`` group (the span reported) and the group names the
    resolver reads (dd, ord, mon, yy, mod, smod, part, wd, unit, ...). Word tables map the
    language's words onto the resolver's vocabulary: modifier kinds (past / next / cur /
    same), month parts (early / mid; anything else is late), period units (week / month /
    year) and backward words ("the previous day")."""
    code: str
    patterns: dict[str, re.Pattern]
    start: dict[str, frozenset[str]]      # word -> kinds that may begin there
    trigger: re.Pattern                   # finds those words (group "w") and digits
    detect: Callable[[str], bool]         # is this (folded) text possibly in the language?
    months: dict[str, int]
    weekdays: dict[str, int]
    ordinal: Callable[[str], int | None]  # a normalised ordinal word -> day of month
    # month_gate(groups, name, key, has_cue, raw, before) -> groups, or None: not a month
    month_gate: Callable[[dict, str, str, bool, str, str], dict | None]
    # weekday_mod(groups, raw) -> (is a date, past/next modifier word or None)
    weekday_mod: Callable[[dict, str], tuple[bool, str | None]]
    # ago(groups) -> (unit letter d/w/m/y/h, count or None), or None: not a date
    ago: Callable[[dict], tuple[str, int | None] | None]
    # recent_unit(unit word) -> "h" | "w" | None (None: days)
    recent_unit: Callable[[str], str | None]
    mod_kinds: dict[str, str]
    part_kinds: dict[str, str]
    period_units: dict[str, str]
    backward: tuple[str, ...]
    since: str                            # regex piece: "since" words (a duration, not a date)
    absolute: str                         # regex piece: words that name a date (month names)
    name_before: re.Pattern | None = None  # "كتيبة 17 فبراير": a date that is a name
    name_after: re.Pattern | None = None   # "the 17 February Brigade"


def hijri_day(y: int, m: int, d: int) -> date | None:
    """The Gregorian day of a Hijri date, by the Umm al-Qura calendar Saudi papers date by
    (``hijridate`` carries its tables, 1343-1500 AH); None for a day that does not exist."""
    from hijridate import Hijri

    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def month_start(d: date) -> date:
    return date(d.year, d.month, 1)


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]
