"""English date expressions: "18 June 2016", "June 18", "the 22nd", "early July", "last
Sunday", "three days ago", "over the weekend", "the same day" and their patterns."""
from __future__ import annotations

import re

from events.dates.base import DAY, NUMERIC, YEAR, YEAR_AFTER_MONTH, DateLanguage, alt, start_table
from events.numbers import EN_NUMBER, EN_NUMBER_WORDS, parse_number, word_trie

_FULL_MONTHS: dict[str, int] = {}
for _i, _n in enumerate(["january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"], 1):
    _FULL_MONTHS[_n] = _i
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
               "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTHS = {**_MONTH_ABBR, **_FULL_MONTHS}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
ORD_WORDS: dict[str, int] = {}
for _i, _w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth "
                        "eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
                        "seventeenth eighteenth nineteenth".split(), 1):
    ORD_WORDS[_w] = _i
ORD_WORDS["twentieth"] = 20
ORD_WORDS["thirtieth"] = 30
for _i, _w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), 1):
    ORD_WORDS[f"twenty-{_w}"] = 20 + _i
    ORD_WORDS[f"twenty {_w}"] = 20 + _i
ORD_WORDS["thirty-first"] = ORD_WORDS["thirty first"] = 31

MOD_KINDS = {"last": "past", "previous": "past", "past": "past", "next": "next",
             "following": "next", "this": "cur", "current": "cur", "same": "same",
             "that": "same", "the": "same"}
PART_KINDS = {"early": "early", "beginning": "early", "start": "early", "turn": "early",
              "mid": "mid", "middle": "mid"}

# --- pattern pieces ----------------------------------------------------------------------

_MON_FULL = rf"(?:{alt(_FULL_MONTHS)})\b"
_MON_ANY = rf"(?:(?:{alt(_FULL_MONTHS)})\b|(?:{alt(_MONTH_ABBR)})\b\.?)"
_ORD = rf"(?:{alt(ORD_WORDS)})\b"
_WD = rf"(?:{alt(WEEKDAYS)})\b"
_DAYNUM = rf"{DAY}(?:st|nd|rd|th)?\b"
_WD_PREFIX = rf"(?:{_WD},?\s+(?:the\s+)?)"
_TOD = r"(?:morning|afternoon|evening|night|early\s+hours)"

_I = re.IGNORECASE | re.UNICODE

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("dmy", re.compile(
        rf"\b(?P<body>{_WD_PREFIX}?(?:the\s+)?(?:(?P<dd>{_DAYNUM})|(?P<ord>{_ORD}))"
        rf"(?:\s+of)?(?:\s+|-)(?P<mon>{_MON_ANY})"
        rf"(?:,?\s*(?:-\s*)?(?P<yy>{YEAR_AFTER_MONTH}|(?<=-)\d\d(?!\d)))?)", _I)),
    ("mdy", re.compile(
        rf"\b(?P<body>{_WD_PREFIX}?(?P<mon>{_MON_ANY})\s+(?:the\s+)?"
        rf"(?:(?P<dd>{_DAYNUM})|(?P<ord>{_ORD}))(?!\s*(?:km|kilomet|mi\b|miles|:|%|,\d))"
        rf"(?:,?\s+(?P<yy>{YEAR_AFTER_MONTH}))?)", _I)),
    ("same_month", re.compile(
        rf"\b(?P<body>(?:the\s+)?(?:(?P<dd>{_DAYNUM})|(?P<ord>{_ORD}))\s+of\s+(?:the\s+)?"
        r"(?P<smod>same|this|that|last|previous|next|following|current)\s+month)\b", _I)),
    ("day_only", re.compile(
        rf"\bon\s+(?P<body>the\s+(?:(?P<dd>{DAY}(?:st|nd|rd|th))|(?P<ord>{_ORD})))"
        r"(?!\s+(?:of\b|day|floor|anniversary|century|time|round|attempt|occasion|"
        r"[A-Z]))", re.UNICODE)),
    ("part", re.compile(
        rf"\b(?P<body>(?:(?:at|in|by|towards?|until|from|since)\s+the\s+)?"
        r"(?P<part>beginning|start|end|middle|close|turn)\s+of\s+(?:"
        rf"(?P<mon>{_MON_FULL})(?:\s+(?P<yy>{YEAR}))?"
        r"|(?:the\s+)?(?P<smod>this|last|next|the|same|previous)\s+month"
        r"|(?P<yrel>this|last|next)\s+year"
        rf"|(?P<yonly>{YEAR})))", _I)),
    ("part2", re.compile(
        rf"\b(?P<body>(?P<part>early|mid|late|the\s+middle\s+of)[\s-]+(?P<mon>{_MON_FULL})"
        rf"(?:,?\s+(?P<yy>{YEAR}))?)", _I)),
    ("earlier_this", re.compile(
        r"\b(?P<body>(?P<part>earlier|later)\s+(?P<this>this|that|last)\s+(?P<unit>week|month|year))\b", _I)),
    ("month", re.compile(
        rf"\b(?P<body>(?:(?P<pre>in|of|since|until|till|during|from|by|last|next|this|early|late|mid)\s+)?"
        rf"(?:the\s+month\s+of\s+)?(?P<mon>{_MON_FULL})(?:,?\s+(?:of\s+)?(?P<yy>{YEAR}))?)", _I)),
    ("year", re.compile(
        rf"\b(?:in|since|during|until|till|by|from|year|early|late|mid|of|before|after)\s+"
        rf"(?P<body>(?P<yy>{YEAR}))", _I)),
    ("today", re.compile(
        r"\b(?P<body>today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today"
        r"|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours)\b", _I)),
    ("yesterday2", re.compile(r"\b(?P<body>the\s+day\s+before\s+yesterday)\b", _I)),
    ("yesterday", re.compile(
        r"\b(?P<body>yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)\b", _I)),
    ("tomorrow", re.compile(r"\b(?P<body>tomorrow)\b", _I)),
    ("weekday", re.compile(
        rf"\b(?P<body>(?:(?:on|this|last|past|next|the\s+{_TOD}\s+of)\s+)?(?P<wd>{_WD})"
        rf"(?:\s+{_TOD})?)", _I)),
    ("ago", re.compile(
        rf"\b(?P<body>(?:(?P<n>{EN_NUMBER})|(?P<a>an?)|(?P<vague>a\s+few|few|several|some|a\s+couple\s+of))"
        r"\s+(?P<unit>days?|weeks?|months?|years?|hours?)\s+ago)\b", _I)),
    ("recent_days", re.compile(
        r"\b(?P<body>(?:(?:in|over|during)\s+(?:the\s+)?)?(?:(?:past|last|recent)\s+(?:few\s+|several\s+|couple\s+of\s+)?"
        r"(?P<unit>days|weeks|hours|48\s+hours)|recent\s+(?P<unit2>days|weeks)))\b", _I)),
    ("weekend", re.compile(r"\b(?P<body>(?:over|during|at)\s+the\s+weekend|(?:this|last|past)\s+weekend)\b", _I)),
    ("rel_period", re.compile(
        r"\b(?P<body>(?P<rmod>last|this|next|past|previous|current)\s+(?P<unit>week|month|year))\b", _I)),
    ("season", re.compile(r"\b(?P<body>last\s+(?P<season>summer|winter|spring|autumn|fall))\b", _I)),
    ("same_day", re.compile(
        r"\b(?P<body>(?:on\s+)?the\s+same\s+day|(?P<shift>the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)))\b", _I)),
]

_ORD_FIRST = [w.split("-")[0].split()[0] for w in ORD_WORDS]
START = start_table({
    "dmy": list(WEEKDAYS) + ["the"] + _ORD_FIRST,
    "mdy": list(WEEKDAYS) + list(_FULL_MONTHS) + list(_MONTH_ABBR),
    "same_month": ["the"] + _ORD_FIRST,
    "day_only": ["on"],
    "part": ["at", "in", "by", "toward", "towards", "until", "from", "since", "beginning",
             "start", "end", "middle", "close", "turn"],
    "part2": ["early", "mid", "late", "the"],
    "earlier_this": ["earlier", "later"],
    "month": ["in", "of", "since", "until", "till", "during", "from", "by", "last", "next",
              "this", "early", "late", "mid", "the"] + list(_FULL_MONTHS),
    "year": ["in", "since", "during", "until", "till", "by", "from", "year", "early", "late",
             "mid", "of", "before", "after"],
    "today": ["today", "tonight", "this", "earlier", "in", "over", "during"],
    "yesterday2": ["the"],
    "yesterday": ["yesterday", "last"],
    "tomorrow": ["tomorrow"],
    "weekday": ["on", "this", "last", "past", "next", "the"] + list(WEEKDAYS),
    "ago": ["a", "an", "few", "several", "some"] + sorted(EN_NUMBER_WORDS),
    "recent_days": ["in", "over", "during", "past", "last", "recent"],
    "weekend": ["over", "during", "at", "this", "last", "past"],
    "rel_period": ["last", "this", "next", "past", "previous", "current"],
    "season": ["last"],
    "same_day": ["on", "the"],
})
_TRIGGER = re.compile(rf"\b(?:(?P<w>{word_trie(START)})\b|\d)", _I)


def _ordinal(o: str) -> int | None:
    return ORD_WORDS.get(o) or ORD_WORDS.get(o.replace(" ", "-"))


def _month_gate(g: dict, name: str, key: str, has_cue: bool, raw: str, before: str) -> dict | None:
    pre = (g.get("pre") or "").lower()
    # "may" and "march" are verbs and nouns too: a month with a year, or capitalised after
    # a preposition.
    if key in ("may", "march") and not (g.get("yy") or (pre and name[0].isupper())):
        return None
    if pre in ("last", "previous", "past"):
        return {**g, "mod": "last"}
    if pre == "next":
        return {**g, "mod": "next"}
    return g


def _weekday_mod(g: dict, raw: str) -> tuple[bool, str | None]:
    first = raw.split()[0].lower()
    mod = {"last": "last", "past": "last", "next": "next"}.get(first)
    if not g["wd"][0].isupper() and first not in ("on", "last", "next", "this", "past"):
        return False, mod  # a lowercase bare "sunday" is rarely a date
    return True, mod


def _ago(g: dict) -> tuple[str, int | None]:
    u = g["unit"].lower().rstrip("s")
    unit = {"day": "d", "week": "w", "month": "m", "year": "y", "hour": "h"}[u]
    return unit, parse_number(g["n"]) if g.get("n") else (1 if g.get("a") else None)


def _recent_unit(unit: str) -> str | None:
    if "hour" in unit:
        return "h"
    return "w" if unit == "weeks" else None


LANGUAGE = DateLanguage(
    code="en",
    patterns=dict(PATTERNS + NUMERIC),
    start=START,
    trigger=_TRIGGER,
    detect=lambda folded: True,  # numbers and Latin words may sit in any report
    months=MONTHS,
    weekdays=WEEKDAYS,
    ordinal=_ordinal,
    month_gate=_month_gate,
    weekday_mod=_weekday_mod,
    ago=_ago,
    recent_unit=_recent_unit,
    mod_kinds=MOD_KINDS,
    part_kinds=PART_KINDS,
    period_units={"week": "week", "month": "month", "year": "year"},
    backward=("previous", "before"),
    since=r"since|for\s+the\s+past|over\s+the\s+past",
    absolute=rf"{_MON_FULL}|(?:{alt(_MONTH_ABBR)})\b",
    name_after=re.compile(
        r"^\s*(?:brigade|battalion|revolution|martyrs|uprising|square|hospital|camp|movement)\b",
        re.IGNORECASE),
)
