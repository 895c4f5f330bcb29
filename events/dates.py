"""Dates in Arabic and English report text, resolved against the report's publication date.

    find_dates(text, anchor, lang) -> list[DateMention]      # every date expression, in order
    date_for_span(mentions, start, end) -> (date | None, precision)
    sentence_date(sentence, anchor, lang) -> (date | None, precision)

Rules written for this project (no dateparser on any path: it is slow, misses ordinal days,
Levantine/Maghrebi month names, الماضي/المقبل and "the same month", and takes a lone month's
day from the anchor). Text is folded first (أ/إ/آ -> ا, ى -> ي, ة -> ه, Arabic-Indic and
Persian digits -> ASCII, diacritics/tatweel dropped) and spans are mapped back, so
``text[m.start:m.end] == m.text`` always.

What a value means — the event happened within the period that *starts* at ``value``:
  day     that day;
  week    the 7 days value .. value+6;
  month   the calendar month (value is its 1st);
  year    the calendar year (value is 1 January);
  unknown value is None (a vague or unresolvable expression: "قبل أشهر", "months ago",
          any relative expression when anchor is None, a day and month with no year known).

Decisions:
- A day and month with no year takes the year of the last explicit year written with a month
  earlier in the text, else the latest such date no more than 7 days after the anchor
  (reports look back; "On 18 June" in a July report is this June).
- Month names: all three systems (أبريل/نيسان/أفريل, and Moroccan يناير/ماي/يوليوز...), also
  doubled "نيسان/أبريل", "أبريل (نيسان)". "آب", "ماي", "مارس" (also "father", "my", "he
  practised") and English "May"/"March" need a day, a year, "شهر", or a preposition.
- "أبريل الماضي" is the latest April before the anchor's month; "الرابع من أبريل الماضي" the
  latest 4 April before the anchor; المقبل/القادم the next ones; الجاري/الحالي the anchor's year.
- "الخامس عشر من الشهر نفسه/ذاته" / "the 15th of the same month": the month of the previous
  mention that knew its month (else the anchor's month); "في اليوم نفسه"/"the same day" the
  previous day-precision mention; "the next/following day", "اليوم التالي" its day after.
- Parts of a month are week precision: early (مطلع/بداية/أوائل/مستهل/أول/early/beginning) the
  1st–7th; mid (منتصف/أواسط/mid/middle) the 12th–18th; late/end (أواخر/نهاية/آخر/ختام/late/end)
  the last 7 days ("مع نهاية أبريل" 2019 -> 2019-04-24, week). Parts of a year are month
  precision (January, July, December).
- Weekdays: "الأحد"/"يوم الأحد"/"on Sunday" the latest Sunday on or before the anchor
  ("اليوم الأحد" on a Sunday is the anchor itself); "الأحد الماضي"/"last Sunday" strictly
  before; المقبل/"next Sunday" strictly after. Time-of-day words (فجر، صباح، مساء، ليلة ...)
  are part of the span and do not move the date.
- Relative: اليوم/today = anchor; أمس/yesterday -1; أمس الأول/أول أمس -2; "قبل N أيام"/"منذ N
  أيام"/"N days ago" -N (day); "قبل أسبوع"/"a week ago" week precision around anchor-7 (value
  anchor-10); "قبل أيام"/"a few days ago"/"خلال الأيام الماضية"/"in recent days"/"over the past
  few days" week precision starting anchor-6; "الأسبوع الماضي"/"last week" the previous
  ISO week (Monday start); "هذا الأسبوع" this ISO week; "الشهر الماضي"/"last month" and
  "N months ago" month precision; "العام الماضي"/"last year" year precision; "قبل أشهر",
  "منذ سنوات", "months ago" (no number): unknown; "قبل أسابيع"/"الأسابيع الماضية" the month
  three weeks before the anchor (month precision). "خلال الساعات الماضية"/"in the past 24
  hours": the anchor (day).
- A year alone needs a cue ("عام 2011", "سنة 2011", "2011م", "في/منذ/خلال 2011", "in/since
  2011") so counts like "2000 مقاتل" are not years.
- Numeric: yyyy-mm-dd, yyyy/mm/dd, dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy (day first, as in
  Libyan and British usage; month first only when the second number is > 12: 04/13/2019).
- "on the 22nd": that day of the month of the previous mention, else of the anchor's month
  (the previous month when the day is more than a week ahead of the anchor).
- "over the weekend": week precision starting from the last Friday on or before the anchor.
- Spans leave attached clitics (و ف ب ل) and a bare preposition (في, on) outside; they keep
  words that change the meaning (خلال الأيام الماضية, last Sunday, at the end of April).
- Overlapping candidates: the longest wins ("اليوم الأحد" over "الأحد").

``sentence_date`` returns the most specific resolved mention in the sentence (day > week >
month > year; among equals one that names its date — digits or a month — over a relative
one, then the first), or ``(None, "unknown")`` when the sentence has no
resolvable date: it never falls back to the anchor itself — the caller decides whether to use
the report date and how to mark that precision. Calling it sentence by sentence loses the
"same month" carry between sentences; extraction should call ``find_dates`` once on the whole
report and ``date_for_span`` per sentence.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterable, Sequence

from events.numbers import AR_NUMBER, EN_NUMBER, EN_NUMBER_WORDS, fold, parse_number, word_trie
from events.records import DATE_PRECISIONS

__all__ = ["DateMention", "find_dates", "sentence_date", "date_for_span"]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: date | None
    precision: str  # one of events.records.DATE_PRECISIONS


_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
assert set(_RANK) == set(DATE_PRECISIONS)

# --- vocabulary (folded Arabic spellings) ------------------------------------------------

_AR_MONTHS: dict[str, int] = {}
for _m, _names in {
    1: ["يناير", "كانون الثاني", "جانفي", "جانفييه", "ينار"],
    2: ["فبراير", "شباط", "فيفري", "فبرير", "فبرابر"],
    3: ["مارس", "اذار"],
    4: ["ابريل", "نيسان", "افريل", "ابريل"],
    5: ["مايو", "ايار", "ماي"],
    6: ["يونيو", "حزيران", "جوان", "يونيه", "يونيوز"],
    7: ["يوليو", "تموز", "جويليه", "يوليوز", "يوليه", "جويلية"],
    8: ["اغسطس", "اب", "اوت", "غشت"],
    9: ["سبتمبر", "ايلول", "شتنبر"],
    10: ["اكتوبر", "تشرين الاول", "اكتوبر"],
    11: ["نوفمبر", "تشرين الثاني", "نونبر"],
    12: ["ديسمبر", "كانون الاول", "دجنبر"],
}.items():
    for _n in _names:
        _AR_MONTHS[_n] = _m
_AR_AMBIGUOUS_MONTHS = {"اب", "ماي", "مارس"}

_AR_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
                "السبت": 5, "الاحد": 6}

_AR_ORD_UNITS = {"الاول": 1, "الحادي": 1, "الواحد": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4,
                 "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9}
_AR_ORDINALS: dict[str, int] = {"العاشر": 10, "العشرين": 20, "الثلاثين": 30}
for _w, _v in _AR_ORD_UNITS.items():
    if _w not in ("الحادي", "الواحد"):
        _AR_ORDINALS[_w] = _v
    if _w not in ("الاول", "الواحد"):
        _AR_ORDINALS[f"{_w} عشر"] = 10 + _v
    if _w != "الاول":
        _AR_ORDINALS[f"{_w} والعشرين"] = 20 + _v
    if _v == 1 and _w != "الاول":
        _AR_ORDINALS[f"{_w} والثلاثين"] = 31

_EN_MONTHS: dict[str, int] = {}
for _i, _n in enumerate(["january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"], 1):
    _EN_MONTHS[_n] = _i
_EN_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
                  "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_EN_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                "saturday": 5, "sunday": 6}
_EN_ORD_WORDS: dict[str, int] = {}
for _i, _w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth "
                        "eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
                        "seventeenth eighteenth nineteenth".split(), 1):
    _EN_ORD_WORDS[_w] = _i
_EN_ORD_WORDS["twentieth"] = 20
_EN_ORD_WORDS["thirtieth"] = 30
for _i, _w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), 1):
    _EN_ORD_WORDS[f"twenty-{_w}"] = 20 + _i
    _EN_ORD_WORDS[f"twenty {_w}"] = 20 + _i
_EN_ORD_WORDS["thirty-first"] = _EN_ORD_WORDS["thirty first"] = 31


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words},
                           key=len, reverse=True))


# --- pattern pieces ----------------------------------------------------------------------

_CL = r"(?<![\w])(?:[وف]?[بل]?)"  # attached clitics و ف ب ل, left outside the span
_YEAR = r"(?:19|20)\d\d(?!\d)"
_DAY = r"(?<![\d.,:/])(?:[12]\d|3[01]|0?[1-9])(?![\d])"
_AR_MON = rf"(?:{_alt(_AR_MONTHS)})(?![\w])"
# "نيسان/أبريل", "أبريل (نيسان)": the second name only repeats the first.
_AR_MONTH = rf"(?P<mon>{_AR_MON})(?:\s*/\s*{_AR_MON}|\s*\(\s*{_AR_MON}\s*\))?"
_AR_ORD = rf"(?:{_alt(_AR_ORDINALS)})(?![\w])"
_AR_WD = rf"(?:{_alt(_AR_WEEKDAYS)})(?![\w])(?!\s+عشر)"
_AR_PAST = r"الماضي|الفائت|المنصرم|السابق"
_AR_NEXT = r"المقبل|القادم"
_AR_CUR = r"الجاري|الحالي"
_AR_MOD = rf"(?P<mod>{_AR_PAST}|{_AR_NEXT}|{_AR_CUR})(?![\w])"
_AR_YEAR_TAIL = (rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|سنه|العام)\s+)?(?P<yy>{_YEAR})"
                 rf"(?:\s*م(?![\w])|\s+ميلادي(?:ه)?)?)?")
_AR_YMOD = (rf"(?:\s+من\s+(?:(?:العام|السنه)\s+(?P<ymod>{_AR_PAST}|{_AR_NEXT}|{_AR_CUR})"
            rf"|(?P<ythis>هذا\s+العام|هذه\s+السنه))(?![\w]))?")
_AR_MONTH_FULL = rf"(?:شهر\s+)?{_AR_MONTH}{_AR_YEAR_TAIL}(?:\s+{_AR_MOD})?{_AR_YMOD}"
_AR_TOD = (r"(?:(?:فجر|صباح|ظهر|ظهيره|عصر|مساء|ليل|ليله|منتصف\s+ليل|منتصف\s+ليله|"
           r"ساعات\s+صباح|ساعات\s+مساء|في\s+ساعه\s+متاخره\s+من\s+(?:ليل|مساء))"
           r"(?:\s+يوم)?\s+)")
_AR_WD_PREFIX = rf"(?:(?:(?:هذا\s+)?اليوم\s+)?(?:يومي?\s+)?{_AR_WD}\s*[،,]?\s*(?:الموافق\s+)?)"

_EN_MON_FULL = rf"(?:{_alt(_EN_MONTHS)})\b"
_EN_MON_ANY = rf"(?:(?:{_alt(_EN_MONTHS)})\b|(?:{_alt(_EN_MONTH_ABBR)})\b\.?)"
_EN_ORD = rf"(?:{_alt(_EN_ORD_WORDS)})\b"
_EN_WD = rf"(?:{_alt(_EN_WEEKDAYS)})\b"
_EN_DAYNUM = rf"{_DAY}(?:st|nd|rd|th)?\b"
_EN_WD_PREFIX = rf"(?:{_EN_WD},?\s+(?:the\s+)?)"
_EN_TOD = r"(?:morning|afternoon|evening|night|early\s+hours)"

_F = re.UNICODE
_I = re.IGNORECASE | re.UNICODE

# (kind, compiled pattern); every pattern has a 'body' group: the span reported.
_AR_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("dmy", re.compile(
        rf"{_CL}(?P<body>(?:{_AR_TOD})?{_AR_WD_PREFIX}?(?:يوم\s+)?"
        rf"(?:(?P<dd>{_DAY})\s*(?:-\s*|/\s*)?(?:من\s+)?|(?P<ord>{_AR_ORD}|ال\d{{1,2}})\s+من\s+)"
        rf"{_AR_MONTH_FULL})", _F)),
    ("same_month", re.compile(
        rf"{_CL}(?P<body>(?:(?P<dd>{_DAY})|(?P<ord>{_AR_ORD}|ال\d{{1,2}}))\s+من\s+"
        rf"(?:(?:هذا\s+)?الشهر(?:\s+(?P<smod>نفسه|ذاته|{_AR_PAST}|{_AR_NEXT}|{_AR_CUR}))?"
        rf"|(?:نفس|ذات)\s+الشهر)(?![\w]))", _F)),
    ("part", re.compile(
        rf"{_CL}(?P<body>(?P<part>مطلع|بدايه|بدايات|اوائل|اول|مستهل|غره|منتصف|اواسط|اواخر|"
        rf"نهايه|نهايات|اخر|ختام)\s+(?:"
        rf"{_AR_MONTH_FULL}"
        rf"|(?:هذا\s+)?الشهر(?:\s+(?P<smod>نفسه|ذاته|{_AR_PAST}|{_AR_NEXT}|{_AR_CUR}))?(?![\w])"
        rf"|(?:العام|السنه)\s+(?P<yrel>{_AR_PAST}|{_AR_NEXT}|{_AR_CUR})(?![\w])"
        rf"|(?:هذا\s+العام|هذه\s+السنه)(?P<ythis2>)"
        rf"|(?:عام|سنه|العام)\s+(?P<yonly>{_YEAR})))", _F)),
    ("month", re.compile(rf"{_CL}(?P<body>{_AR_MONTH_FULL})", _F)),
    ("year", re.compile(
        rf"{_CL}(?P<body>(?:عام|سنه|العام|السنه)\s+(?P<yy>{_YEAR})(?:\s*م(?![\w])|\s+ميلادي)?)", _F)),
    ("year_prep", re.compile(
        rf"(?<![\w])[وف]?(?:في|منذ|خلال|حتي|قبل|بعد)\s+(?P<body>(?P<yy>{_YEAR})(?:\s*م(?![\w])|\s+ميلادي)?)", _F)),
    ("year_suffix", re.compile(rf"(?<![\w\d])(?P<body>(?P<yy>{_YEAR})\s*م)(?![\w])", _F)),
    ("today", re.compile(
        rf"{_CL}(?P<body>(?:{_AR_TOD})?(?:هذا\s+)?اليوم(?:\s*[،,]?\s*(?P<wd>{_AR_WD}))?)(?![\w])"
        r"(?!\s+(?:الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|"
        r"الاخير|التالي|السابق|الذي|الوطني|العالمي|الدولي|نفسه|ذاته|من\s+(?:ايام|الايام)))", _F)),
    ("yesterday2", re.compile(
        rf"{_CL}(?P<body>(?:{_AR_TOD})?(?:امس\s+الاول|اول\s+امس|اول\s+من\s+امس))(?![\w])", _F)),
    ("yesterday", re.compile(
        rf"{_CL}(?P<body>(?:{_AR_TOD})?(?:امس|البارحه|الليله\s+الماضيه))(?![\w])", _F)),
    ("tomorrow", re.compile(rf"{_CL}(?P<body>(?:{_AR_TOD})?(?:يوم\s+)?غد)(?![\w])", _F)),
    ("tonight", re.compile(rf"{_CL}(?P<body>الليله)(?![\w])(?!\s+(?:الماضيه|نفسها|ذاتها))", _F)),
    ("weekday", re.compile(
        rf"{_CL}(?P<body>(?:{_AR_TOD})?(?:يومي?\s+)?(?P<wd>{_AR_WD})(?:\s+(?P<wmod>(?:{_AR_PAST}|{_AR_NEXT})ه?))?"
        r"(?![\w]))", _F)),
    ("ago", re.compile(
        rf"{_CL}(?P<body>(?:قبل|منذ)\s+(?:(?:نحو|حوالي|قرابه|اكثر\s+من)\s+)?"
        rf"(?:(?P<n>{AR_NUMBER})\s*|(?P<vague>بضعه|بضع|عده|عدة|بعضه)\s+)?"
        r"(?P<unit>يومين|يوم|ايام|اسبوعين|اسبوع|اسابيع|شهرين|شهر|اشهر|شهور|عامين|عام|اعوام|"
        r"سنتين|سنه|سنوات|ساعتين|ساعه|ساعات)(?![\w])(?!\s*\d))", _F)),
    ("recent_days", re.compile(
        rf"{_CL}(?P<body>(?:(?:خلال|في|طوال|على\s+مدي|على\s+مدار)\s+)?(?:ال)?"
        r"(?P<unit>ايام|اسابيع|ساعات|(?:ال)?(?:24|48)\s+ساعه)\s+"
        r"(?:القليله\s+)?(?:الماضيه|الاخيره|المنصرمه|الفائته|القليله\s+الماضيه))(?![\w])", _F)),
    ("rel_period", re.compile(
        rf"{_CL}(?P<body>(?:(?P<this>هذا|هذه)\s+)?(?P<unit>الاسبوع|الشهر|العام|السنه)"
        rf"(?:\s+(?P<rmod>{_AR_PAST}|{_AR_NEXT}|{_AR_CUR}))?)(?![\w])", _F)),
    ("same_day", re.compile(
        rf"{_CL}(?P<body>(?:اليوم\s+(?:نفسه|ذاته)|(?:نفس|ذات|ذلك)\s+اليوم)"
        r"|(?P<shift>اليوم\s+(?:التالي|السابق)))(?![\w])", _F)),
]

_EN_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("dmy", re.compile(
        rf"\b(?P<body>{_EN_WD_PREFIX}?(?:the\s+)?(?:(?P<dd>{_EN_DAYNUM})|(?P<ord>{_EN_ORD}))"
        rf"(?:\s+of)?(?:\s+|-)(?P<mon>{_EN_MON_ANY})"
        rf"(?:,?\s*(?:-\s*)?(?P<yy>{_YEAR}|(?<=-)\d\d(?!\d)))?)", _I)),
    ("mdy", re.compile(
        rf"\b(?P<body>{_EN_WD_PREFIX}?(?P<mon>{_EN_MON_ANY})\s+(?:the\s+)?"
        rf"(?:(?P<dd>{_EN_DAYNUM})|(?P<ord>{_EN_ORD}))(?!\s*(?:km|kilomet|mi\b|miles|:|%|,\d))"
        rf"(?:,?\s+(?P<yy>{_YEAR}))?)", _I)),
    ("same_month", re.compile(
        rf"\b(?P<body>(?:the\s+)?(?:(?P<dd>{_EN_DAYNUM})|(?P<ord>{_EN_ORD}))\s+of\s+(?:the\s+)?"
        r"(?P<smod>same|this|that|last|previous|next|following|current)\s+month)\b", _I)),
    ("day_only", re.compile(
        rf"\bon\s+(?P<body>the\s+(?:(?P<dd>{_DAY}(?:st|nd|rd|th))|(?P<ord>{_EN_ORD})))"
        r"(?!\s+(?:of\b|day|floor|anniversary|century|time|round|attempt|occasion|"
        r"[A-Z]))", re.UNICODE)),
    ("part", re.compile(
        rf"\b(?P<body>(?:(?:at|in|by|towards?|until|from|since)\s+the\s+)?"
        r"(?P<part>beginning|start|end|middle|close|turn)\s+of\s+(?:"
        rf"(?P<mon>{_EN_MON_FULL})(?:\s+(?P<yy>{_YEAR}))?"
        r"|(?:the\s+)?(?P<smod>this|last|next|the|same|previous)\s+month"
        r"|(?P<yrel>this|last|next)\s+year"
        rf"|(?P<yonly>{_YEAR})))", _I)),
    ("part2", re.compile(
        rf"\b(?P<body>(?P<part>early|mid|late|the\s+middle\s+of)[\s-]+(?P<mon>{_EN_MON_FULL})"
        rf"(?:,?\s+(?P<yy>{_YEAR}))?)", _I)),
    ("earlier_this", re.compile(
        r"\b(?P<body>(?P<part>earlier|later)\s+(?P<this>this|that|last)\s+(?P<unit>week|month|year))\b", _I)),
    ("month", re.compile(
        rf"\b(?P<body>(?:(?P<pre>in|of|since|until|till|during|from|by|last|next|this|early|late|mid)\s+)?"
        rf"(?:the\s+month\s+of\s+)?(?P<mon>{_EN_MON_FULL})(?:,?\s+(?:of\s+)?(?P<yy>{_YEAR}))?)", _I)),
    ("year", re.compile(
        rf"\b(?:in|since|during|until|till|by|from|year|early|late|mid|of|before|after)\s+"
        rf"(?P<body>(?P<yy>{_YEAR}))", _I)),
    ("today", re.compile(
        r"\b(?P<body>today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today"
        r"|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours)\b", _I)),
    ("yesterday2", re.compile(r"\b(?P<body>the\s+day\s+before\s+yesterday)\b", _I)),
    ("yesterday", re.compile(
        r"\b(?P<body>yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night)\b", _I)),
    ("tomorrow", re.compile(r"\b(?P<body>tomorrow)\b", _I)),
    ("weekday", re.compile(
        rf"\b(?P<body>(?:(?:on|this|last|past|next|the\s+{_EN_TOD}\s+of)\s+)?(?P<wd>{_EN_WD})"
        rf"(?:\s+{_EN_TOD})?)", _I)),
    ("ago", re.compile(
        rf"\b(?P<body>(?:(?P<n>{EN_NUMBER})|(?P<a>an?)|(?P<vague>a\s+few|few|several|some|a\s+couple\s+of))"
        r"\s+(?P<unit>days?|weeks?|months?|years?|hours?)\s+ago)\b", _I)),
    ("recent_days", re.compile(
        r"\b(?P<body>(?:(?:in|over|during)\s+(?:the\s+)?)?(?:(?:past|last|recent)\s+(?:few\s+|several\s+|couple\s+of\s+)?"
        r"(?P<unit>days|weeks|hours|48\s+hours)|recent\s+(?P<unit2>days|weeks)))\b", _I)),
    ("weekend", re.compile(r"\b(?P<body>(?:over|during|at)\s+the\s+weekend|(?:this|last|past)\s+weekend)\b", _I)),
    ("rel_period", re.compile(
        r"\b(?P<body>(?P<rmod>last|this|next|past|previous|current)\s+(?P<unit>week|month|year))\b", _I)),
    ("same_day", re.compile(
        r"\b(?P<body>(?:on\s+)?the\s+same\s+day|(?P<shift>the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)))\b", _I)),
]

_NUMERIC = [
    ("ymd", re.compile(
        rf"(?<![\d/.\-])(?P<body>(?P<yy>{_YEAR})(?P<sep>[-/.])(?P<mm>\d{{1,2}})(?P=sep)(?P<dd>\d{{1,2}}))(?![\d])")),
    ("dmy_num", re.compile(
        r"(?<![\d/.\-])(?P<body>(?P<dd>\d{1,2})(?P<sep>[-/.])(?P<mm>\d{1,2})(?P=sep)"
        r"(?P<yy>(?:19|20)\d\d|\d\d))(?![\d/.\-]\d|\d)")),
]

_AR_BY_KIND = dict(_AR_PATTERNS + _NUMERIC)
_EN_BY_KIND = dict(_EN_PATTERNS + _NUMERIC)

_PRIORITY = {k: i for i, k in enumerate(
    ["ymd", "dmy_num", "dmy", "mdy", "same_month", "part", "part2", "day_only", "earlier_this",
     "month", "year", "year_prep", "year_suffix", "same_day", "today", "yesterday2", "yesterday", "tomorrow",
     "tonight", "weekday", "ago", "recent_days", "weekend", "rel_period"])}

_AR_HINT = re.compile(r"[\u0600-\u06ff]")


# --- resolution --------------------------------------------------------------------------

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


@dataclass
class _Context:
    anchor: date | None
    year: int | None = None          # last explicit year written with a month
    month: tuple[int, int] | None = None  # (year, month) of the last mention that knew it
    day: date | None = None          # last day-precision value


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _month_start(d: date) -> date:
    return date(d.year, d.month, 1)


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _year_for_month(ctx: _Context, m: int, d: int | None, mod: str | None) -> int | None:
    a = ctx.anchor
    kind = _mod_kind(mod)
    if kind == "cur":
        return a.year if a else ctx.year
    if a is None:
        return ctx.year if kind is None else None
    if kind == "past":
        if d is None:
            return a.year if m < a.month else a.year - 1
        return a.year if _safe_date(a.year, m, d) and date(a.year, m, d) < a else a.year - 1
    if kind == "next":
        if d is None:
            return a.year if m > a.month else a.year + 1
        return a.year if _safe_date(a.year, m, d) and date(a.year, m, d) > a else a.year + 1
    if ctx.year is not None:
        return ctx.year
    if d is None:
        return a.year if m <= a.month else a.year - 1
    probe = _safe_date(a.year, m, d) or _safe_date(a.year, m, min(d, 28))
    return a.year if probe and probe <= a + timedelta(days=7) else a.year - 1


def _mod_kind(mod: str | None) -> str | None:
    if not mod:
        return None
    mod = mod.lower()
    if mod.endswith("ه") and mod[:-1] in ("الماضي", "الفائت", "المنصرم", "السابق", "المقبل", "القادم"):
        mod = mod[:-1]  # feminine agreement: الجمعة الماضية
    if mod in ("الماضي", "الفائت", "المنصرم", "السابق", "last", "previous", "past"):
        return "past"
    if mod in ("المقبل", "القادم", "next", "following"):
        return "next"
    if mod in ("الجاري", "الحالي", "this", "current"):
        return "cur"
    if mod in ("نفسه", "ذاته", "same", "that", "the"):
        return "same"
    return None


def _weekday_date(anchor: date, wd: int, kind: str | None) -> date:
    back = (anchor.weekday() - wd) % 7
    if kind == "past":
        return anchor - timedelta(days=back or 7)
    if kind == "next":
        fwd = (wd - anchor.weekday()) % 7
        return anchor + timedelta(days=fwd or 7)
    return anchor - timedelta(days=back)


def _day_value(g: dict, ar: bool) -> int | None:
    if g.get("dd"):
        return int(re.sub(r"\D", "", g["dd"]))
    o = g.get("ord")
    if o:
        o = " ".join(o.split()).lower()
        if o.startswith("ال") and o[2:].isdigit():
            return int(o[2:])
        if ar:
            return _AR_ORDINALS.get(o)
        return _EN_ORD_WORDS.get(o) or _EN_ORD_WORDS.get(o.replace(" ", "-"))
    return None


def _month_value(name: str, ar: bool) -> int | None:
    key = " ".join(name.split()).lower().rstrip(".")
    if ar:
        return _AR_MONTHS.get(key)
    return _EN_MONTHS.get(key) or _EN_MONTH_ABBR.get(key)


def _context_month(ctx: _Context, smod: str | None) -> tuple[int, int] | None:
    kind = _mod_kind(smod)
    a = ctx.anchor
    if kind in (None, "same"):
        if ctx.month:
            return ctx.month
        return (a.year, a.month) if a else None
    if a is None:
        return None
    if kind == "past":
        return _shift_month(a.year, a.month, -1)
    if kind == "next":
        return _shift_month(a.year, a.month, 1)
    return a.year, a.month


def _part_value(part: str, y: int, m: int) -> date:
    p = part.lower().split()[-1]
    if p in ("مطلع", "بدايه", "بدايات", "اوائل", "اول", "مستهل", "غره", "early", "beginning",
             "start", "turn"):
        return date(y, m, 1)
    if p in ("منتصف", "اواسط", "mid", "middle"):
        return date(y, m, 12)
    return date(y, m, _last_day(y, m) - 6)


def _part_year_month(part: str) -> int:
    p = part.lower().split()[-1]
    if p in ("منتصف", "اواسط", "mid", "middle"):
        return 7
    if p in ("مطلع", "بدايه", "بدايات", "اوائل", "اول", "مستهل", "غره", "early", "beginning",
             "start", "turn"):
        return 1
    return 12


_AR_UNIT = {"يوم": ("d", 1), "يومين": ("d", 2), "ايام": ("d", None), "اسبوع": ("w", 1),
            "اسبوعين": ("w", 2), "اسابيع": ("w", None), "شهر": ("m", 1), "شهرين": ("m", 2),
            "اشهر": ("m", None), "شهور": ("m", None), "عام": ("y", 1), "عامين": ("y", 2),
            "اعوام": ("y", None), "سنه": ("y", 1), "سنتين": ("y", 2), "سنوات": ("y", None),
            "ساعه": ("h", 1), "ساعتين": ("h", 2), "ساعات": ("h", None)}


def _ago(anchor: date, unit: str, n: int | None, vague: bool) -> tuple[date | None, str]:
    if unit == "h":
        return anchor, "day"
    if unit == "d":
        if n is None:
            return (anchor - timedelta(days=6), "week") if vague else (None, "unknown")
        return anchor - timedelta(days=n), "day"
    if unit == "w":
        if n is None:
            return (_month_start(anchor - timedelta(days=21)), "month") if vague else (None, "unknown")
        return anchor - timedelta(days=7 * n + 3), "week"
    if unit == "m":
        if n is None:
            return None, "unknown"
        y, m = _shift_month(anchor.year, anchor.month, -n)
        return date(y, m, 1), "month"
    if unit == "y":
        if n is None:
            return None, "unknown"
        y, m = _shift_month(anchor.year, anchor.month, -12 * n)
        return date(y, m, 1), "month"
    return None, "unknown"


_AR_MONTH_PREP = re.compile(r"(?<![\w])[وف]?(?:في|خلال|منذ|حتي|من|بعد|قبل)\s+$")


def _resolve(kind: str, g: dict, ar: bool, ctx: _Context, raw: str,
             before: str = "") -> tuple[date | None, str] | None:
    """Value and precision of one candidate, or None if it turns out not to be a date."""
    a = ctx.anchor
    if kind in ("ymd", "dmy_num"):
        y, m, d = int(g["yy"]), int(g["mm"]), int(g["dd"])
        if y < 100:
            y += 2000 if y < 50 else 1900
        if kind == "dmy_num" and m > 12 and d <= 12:
            m, d = d, m  # month-first only when the day-first reading is impossible
        v = _safe_date(y, m, d)
        if v is None:
            return None
        ctx.year, ctx.month = y, (y, m)
        return v, "day"
    if kind in ("dmy", "mdy"):
        m = _month_value(g["mon"], ar)
        d = _day_value(g, ar)
        if m is None or d is None:
            return None
        if g.get("yy"):
            y = int(g["yy"])
            if y < 100:
                y += 2000 if y < 50 else 1900
            explicit = True
        elif g.get("ymod") or g.get("ythis"):
            y = _year_for_month(ctx, m, None, "الجاري" if g.get("ythis") else g["ymod"])
            if y is not None and _mod_kind(g.get("ymod")) == "past":
                y = a.year - 1 if a else None
            elif y is not None and _mod_kind(g.get("ymod")) == "next":
                y = a.year + 1 if a else None
            explicit = False
        else:
            y = _year_for_month(ctx, m, d, g.get("mod"))
            explicit = False
        if y is None:
            return None, "unknown"
        v = _safe_date(y, m, d)
        if v is None:
            return None
        if explicit:
            ctx.year = y
        ctx.month = (y, m)
        return v, "day"
    if kind == "same_month":
        d = _day_value(g, ar)
        ym = _context_month(ctx, g.get("smod"))
        if d is None:
            return None
        if ym is None:
            return None, "unknown"
        v = _safe_date(ym[0], ym[1], d)
        if v is None:
            return None
        ctx.month = ym
        return v, "day"
    if kind == "day_only":
        d = _day_value(g, ar)
        if d is None:
            return None
        if ctx.month:
            y, m = ctx.month
        elif a:
            y, m = (a.year, a.month) if d <= a.day + 7 else _shift_month(a.year, a.month, -1)
        else:
            return None, "unknown"
        v = _safe_date(y, m, d)
        return (v, "day") if v else None
    if kind in ("part", "part2"):
        part = g["part"]
        if g.get("mon"):
            m = _month_value(g["mon"], ar)
            if m is None:
                return None
            if g.get("yy"):
                y = int(g["yy"])
                ctx.year = y
            elif g.get("ymod") or g.get("ythis"):
                k = _mod_kind(g.get("ymod")) if g.get("ymod") else "cur"
                y = None if a is None else a.year + {"past": -1, "next": 1}.get(k or "", 0)
            else:
                y = _year_for_month(ctx, m, None, g.get("mod"))
            if y is None:
                return None, "unknown"
            ctx.month = (y, m)
            return _part_value(part, y, m), "week"
        if g.get("yonly") or g.get("yrel") is not None or g.get("ythis2") is not None:
            if g.get("yonly"):
                y = int(g["yonly"])
            elif a is None:
                return None, "unknown"
            else:
                y = a.year + {"past": -1, "next": 1}.get(_mod_kind(g.get("yrel")) or "", 0)
            return date(y, _part_year_month(part), 1), "month"
        ym = _context_month(ctx, g.get("smod"))
        if ym is None:
            return None, "unknown"
        return _part_value(part, *ym), "week"
    if kind == "earlier_this":
        if a is None:
            return None, "unknown"
        unit = g["unit"].lower()
        if unit == "week":
            return a - timedelta(days=a.weekday()), "week"
        if unit == "month":
            return date(a.year, a.month, 1), "month"
        return date(a.year, 1, 1), "year"
    if kind == "month":
        name = g["mon"]
        m = _month_value(name, ar)
        if m is None:
            return None
        key = name.lower().strip()
        has_cue = bool(g.get("yy") or g.get("mod") or g.get("ymod") or g.get("ythis"))
        if ar:
            if (key in _AR_AMBIGUOUS_MONTHS and not has_cue and not raw.startswith("شهر")
                    and not _AR_MONTH_PREP.search(before)):
                return None
        else:
            pre = (g.get("pre") or "").lower()
            if key in ("may", "march") and not (g.get("yy") or (pre and name[0].isupper())):
                return None
            if pre in ("last", "previous", "past"):
                g = {**g, "mod": "last"}
            elif pre == "next":
                g = {**g, "mod": "next"}
        if g.get("yy"):
            y = int(g["yy"])
            ctx.year = y
        elif g.get("ymod") or g.get("ythis"):
            k = _mod_kind(g.get("ymod")) if g.get("ymod") else "cur"
            if a is None:
                return None, "unknown"
            y = a.year + {"past": -1, "next": 1}.get(k or "", 0)
        else:
            y = _year_for_month(ctx, m, None, g.get("mod"))
        if y is None:
            return None, "unknown"
        ctx.month = (y, m)
        return date(y, m, 1), "month"
    if kind in ("year", "year_prep", "year_suffix"):
        return date(int(g["yy"]), 1, 1), "year"
    if kind == "same_day":
        base = ctx.day
        if base is None:
            if a is None:
                return None, "unknown"
            base = a
        if g.get("shift"):
            s = g["shift"].lower()
            step = -1 if ("سابق" in s or "previous" in s or "before" in s) else 1
            return base + timedelta(days=step), "day"
        return base, "day"
    # Everything below is relative to the anchor.
    if a is None:
        return None, "unknown"
    if kind == "today":
        return a, "day"
    if kind == "yesterday2":
        return a - timedelta(days=2), "day"
    if kind == "yesterday":
        return a - timedelta(days=1), "day"
    if kind == "tomorrow":
        return a + timedelta(days=1), "day"
    if kind == "tonight":
        return a, "day"
    if kind == "weekday":
        wd_name = " ".join(g["wd"].split()).lower()
        wd = (_AR_WEEKDAYS if ar else _EN_WEEKDAYS).get(wd_name)
        if wd is None:
            return None
        mod = g.get("wmod")
        if not ar:
            first = raw.split()[0].lower()
            mod = {"last": "last", "past": "last", "next": "next"}.get(first)
            if not g["wd"][0].isupper() and raw.split()[0].lower() not in ("on", "last", "next", "this", "past"):
                return None  # a lowercase bare "sunday" is rarely a date
        return _weekday_date(a, wd, _mod_kind(mod)), "day"
    if kind == "ago":
        if ar:
            info = _AR_UNIT.get(g["unit"])
            if info is None:
                return None
            unit, n = info
            if g.get("n"):
                n = parse_number(g["n"])
                if n is not None and g["unit"] in ("يومين", "اسبوعين", "شهرين", "عامين", "سنتين"):
                    n = None
        else:
            u = g["unit"].lower().rstrip("s")
            unit = {"day": "d", "week": "w", "month": "m", "year": "y", "hour": "h"}[u]
            n = parse_number(g["n"]) if g.get("n") else (1 if g.get("a") else None)
        if n is not None and n > 400:
            return None, "unknown"
        return _ago(a, unit, n, bool(g.get("vague")) or unit in ("d", "w"))
    if kind == "recent_days":
        unit = (g.get("unit") or g.get("unit2") or "").lower()
        if "ساع" in unit or "hour" in unit:
            return a, "day"
        if unit in ("اسابيع", "weeks"):
            return _month_start(a - timedelta(days=21)), "month"
        return a - timedelta(days=6), "week"
    if kind == "weekend":
        return a - timedelta(days=(a.weekday() - 4) % 7), "week"  # from the last Friday
    if kind == "rel_period":
        unit = g["unit"].lower()
        mod = g.get("rmod")
        k = _mod_kind(mod) if mod else ("cur" if g.get("this") else None)
        if k is None:
            return None  # "الشهر" alone is not a date
        step = {"past": -1, "next": 1, "cur": 0}.get(k, 0)
        if unit in ("الاسبوع", "week"):
            return a - timedelta(days=a.weekday()) + timedelta(weeks=step), "week"
        if unit in ("الشهر", "month"):
            y, m = _shift_month(a.year, a.month, step)
            return date(y, m, 1), "month"
        return date(a.year + step, 1, 1), "year"
    return None


_AR_TOD_WORDS = ("فجر", "صباح", "ظهر", "ظهيره", "عصر", "مساء", "ليل", "ليله", "منتصف", "ساعات", "في")
_DIGIT_KINDS = ("ymd", "dmy_num", "dmy", "same_month", "year_suffix", "mdy", "ago")


def _start_table(entries: dict[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for kinds, words in entries.items():
        for w in words:
            table.setdefault(w, set()).update(kinds.split())
    return {w: frozenset(k) for w, k in table.items()}


_AR_ORD_FIRST = {o.split()[0] for o in _AR_ORDINALS}
_AR_MONTH_FIRST = {n.split()[0] for n in _AR_MONTHS}
# Which patterns can start at a word: patterns are tried only where a word can begin them,
# which keeps the cost per report to a few dozen anchored matches instead of 20 full scans.
_AR_START = _start_table({
    "dmy": list(_AR_TOD_WORDS) + list(_AR_WEEKDAYS) + ["يوم", "يومي", "اليوم", "هذا"] + list(_AR_ORD_FIRST),
    "same_month": _AR_ORD_FIRST,
    "part": ["مطلع", "بدايه", "بدايات", "اوائل", "اول", "مستهل", "غره", "منتصف", "اواسط",
             "اواخر", "نهايه", "نهايات", "اخر", "ختام"],
    "month": ["شهر"] + list(_AR_MONTH_FIRST),
    "year": ["عام", "سنه", "العام", "السنه"],
    "year_prep": ["في", "منذ", "خلال", "حتي", "قبل", "بعد"],
    "today": list(_AR_TOD_WORDS) + ["اليوم", "هذا"],
    "yesterday2": list(_AR_TOD_WORDS) + ["امس", "اول"],
    "yesterday": list(_AR_TOD_WORDS) + ["امس", "البارحه", "الليله"],
    "tomorrow": list(_AR_TOD_WORDS) + ["يوم", "غد"],
    "tonight": ["الليله"],
    "weekday": list(_AR_TOD_WORDS) + ["يوم", "يومي"] + list(_AR_WEEKDAYS),
    "ago": ["قبل", "منذ"],
    "recent_days": ["خلال", "في", "طوال", "على", "ايام", "الايام", "اسابيع", "الاسابيع",
                    "ساعات", "الساعات", "ال24", "ال48", "24", "48"],
    "rel_period": ["هذا", "هذه", "الاسبوع", "الشهر", "العام", "السنه"],
    "same_day": ["اليوم", "نفس", "ذات", "ذلك"],
})
_EN_START = _start_table({
    "dmy": list(_EN_WEEKDAYS) + ["the"] + [w.split("-")[0].split()[0] for w in _EN_ORD_WORDS],
    "mdy": list(_EN_WEEKDAYS) + list(_EN_MONTHS) + list(_EN_MONTH_ABBR),
    "same_month": ["the"] + [w.split("-")[0].split()[0] for w in _EN_ORD_WORDS],
    "day_only": ["on"],
    "part": ["at", "in", "by", "toward", "towards", "until", "from", "since", "beginning",
             "start", "end", "middle", "close", "turn"],
    "part2": ["early", "mid", "late", "the"],
    "earlier_this": ["earlier", "later"],
    "month": ["in", "of", "since", "until", "till", "during", "from", "by", "last", "next",
              "this", "early", "late", "mid", "the"] + list(_EN_MONTHS),
    "year": ["in", "since", "during", "until", "till", "by", "from", "year", "early", "late",
             "mid", "of", "before", "after"],
    "today": ["today", "tonight", "this", "earlier", "in", "over", "during"],
    "yesterday2": ["the"],
    "yesterday": ["yesterday", "last"],
    "tomorrow": ["tomorrow"],
    "weekday": ["on", "this", "last", "past", "next", "the"] + list(_EN_WEEKDAYS),
    "ago": ["a", "an", "few", "several", "some"] + sorted(EN_NUMBER_WORDS),
    "recent_days": ["in", "over", "during", "past", "last", "recent"],
    "weekend": ["over", "during", "at", "this", "last", "past"],
    "rel_period": ["last", "this", "next", "past", "previous", "current"],
    "same_day": ["on", "the"],
})


_AR_TRIGGER = re.compile(rf"(?<![\w])[وف]?[بل]?(?:(?P<w>{word_trie(_AR_START)})(?![\w])|(?:ال)?\d)")
_EN_TRIGGER = re.compile(rf"\b(?:(?P<w>{word_trie(_EN_START)})\b|\d)", _I)


def _candidates(folded: str, ar: bool, patterns: dict[str, re.Pattern]):
    """(start, end, kind, match) for every pattern that matches where a word may begin it:
    one trie-regex scan finds those words, then only their patterns are tried there."""
    table, trigger = (_AR_START, _AR_TRIGGER) if ar else (_EN_START, _EN_TRIGGER)
    for t in trigger.finditer(folded):
        word = t.group("w")
        kinds: Iterable[str] = table[word if ar else word.lower()] if word else _DIGIT_KINDS
        pos = t.start()
        for kind in kinds:
            pat = patterns.get(kind)
            if pat is None:
                continue
            m = pat.match(folded, pos)
            if m is not None:
                s, e = m.span("body")
                if e > s:
                    yield s, e, kind, m


def find_dates(text: str, anchor: date | None, lang: str) -> list[DateMention]:
    """Every date expression in ``text``, in order, non-overlapping (the longest wins),
    resolved against ``anchor`` (the report's publication date, or None)."""
    if not isinstance(text, str) or not text:
        return []
    if isinstance(anchor, datetime):
        anchor = anchor.date()  # a datetime does not compare with a date
    elif anchor is not None and not isinstance(anchor, date):
        anchor = None
    f = fold(text)
    ft = f.text
    lang = (lang or "").lower()[:2]
    has_ar = _AR_HINT.search(ft) is not None
    cands = []
    if lang == "ar" or (lang != "en" and has_ar):
        cands.extend((s, e, k, m, True) for s, e, k, m in _candidates(ft, True, _AR_BY_KIND))
    if lang == "en" or lang != "ar":
        cands.extend((s, e, k, m, False) for s, e, k, m in _candidates(ft, False, _EN_BY_KIND))
    # Longest wins; then the more specific pattern; then the earlier one.
    cands.sort(key=lambda c: (-(c[1] - c[0]), _PRIORITY[c[2]], c[0]))
    taken: list[tuple[int, int, str, re.Match, bool]] = []
    occupied = Occupied()
    for c in cands:
        if occupied.take(c[0], c[1]):
            taken.append(c)
    taken.sort(key=lambda c: c[0])
    ctx = _Context(anchor)
    out: list[DateMention] = []
    for s, e, kind, m, ar in taken:
        try:
            got = _resolve(kind, m.groupdict(), ar, ctx, ft[s:e], ft[max(0, s - 8):s])
        except (ValueError, OverflowError, KeyError, TypeError):
            got = None  # a malformed number in an odd text: not a date, never a crash
        if got is None:
            continue
        value, precision = got
        if precision == "day" and (_NAME_BEFORE.search(ft[max(0, s - 14):s]) or _NAME_AFTER.search(ft[e:e + 14])):
            continue  # "كتيبة 17 فبراير", "ثورة 17 فبراير", "the 17 February Brigade": a name
        if value is not None and precision == "day":
            ctx.day = value
        os_, oe = f.span(s, e)
        out.append(DateMention(os_, oe, text[os_:oe], value, precision))
    return out


# Names built on a date (brigades, the revolution, squares, hospitals): not when anything
# happened. Matched on the folded text (ة -> ه).
_NAME_BEFORE = re.compile(r"(?:كتيبه|ثوره|سريه|لواء|معسكر|حركه|شهداء|ميدان|ساحه|مستشفي|انتفاضه|مجموعه|قوه)\s*$")
_NAME_AFTER = re.compile(r"^\s*(?:brigade|battalion|revolution|martyrs|uprising|square|hospital|camp|movement)\b",
                         re.IGNORECASE)


# A mention that names its date (digits, a month) beats a relative one of the same precision:
# "today's fighting ... on 22 June" is 22 June.
_ABSOLUTE = re.compile(rf"\d|[٠-٩۰-۹]|{_EN_MON_FULL}|(?:{_alt(_EN_MONTH_ABBR)})\b|"
                       rf"(?:{_alt(_AR_MONTHS)}|أبريل|إبريل|آذار|أيار|آب|أوت|أكتوبر|أغسطس|أيلول|"
                       r"تشرين الأول|كانون الأول|أفريل)", re.IGNORECASE)


_SINCE = re.compile(r"\s*(?:منذ|ومنذ|since|for\s+the\s+past|over\s+the\s+past)\b", re.IGNORECASE)


def date_for_span(mentions: Sequence[DateMention], start: int, end: int) -> tuple[date | None, str]:
    """The most specific resolved mention lying within [start, end) (day > week > month >
    year; among equals one naming its date (digits, a month) over a relative one, then the
    first); (None, "unknown") if none."""
    best: DateMention | None = None
    best_key: tuple[int, int] | None = None
    for m in mentions:
        if m.value is None or m.start < start or m.end > end:
            continue
        # "منذ 4 سنوات" / "since 2014" says how long a state has lasted, not when the
        # event told beside it happened: the last choice among equals.
        key = (_RANK[m.precision], 2 if _SINCE.match(m.text) else 0 if _ABSOLUTE.search(m.text) else 1)
        if best_key is None or key < best_key:
            best, best_key = m, key
    return (best.value, best.precision) if best else (None, "unknown")


def sentence_date(sentence: str, anchor: date | None, lang: str) -> tuple[date | None, str]:
    """When an event in this sentence happened, from the sentence alone: the most specific
    resolved date mention, or (None, "unknown") — never the anchor by default; the caller
    falls back to the report date and marks that precision itself."""
    if not isinstance(sentence, str):
        return None, "unknown"
    return date_for_span(find_dates(sentence, anchor, lang), 0, len(sentence))


if __name__ == "__main__":  # a quick look: python -m events.dates [file] [yyyy-mm-dd]
    import sys
    import time

    path = sys.argv[1] if len(sys.argv) > 1 else "seeds/000_b4384da33049ec36.txt"
    anc = date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else date(2019, 9, 29)
    body = open(path, encoding="utf-8").read()
    t0 = time.perf_counter()
    found = find_dates(body, anc, "ar" if _AR_HINT.search(body) else "en")
    dt = time.perf_counter() - t0
    for mm in found:
        print(f"{mm.start:6d} {mm.text!r:40} {mm.value} {mm.precision}")
    print(f"{len(found)} mentions in {dt * 1000:.2f} ms")
