"""Arabic date expressions (folded text: أ/إ/آ -> ا, ى -> ي, ة -> ه): the three month-name
systems (أبريل/نيسان/أفريل, and Moroccan يناير/ماي/يوليوز ...), ordinal days, weekdays,
relative words (اليوم، أمس، قبل 3 أيام، الأسبوع الماضي) and their patterns."""
from __future__ import annotations

import re

from events.dates.base import DAY, NUMERIC, YEAR, YEAR_AFTER_MONTH, YEAR_NAMED, DateLanguage, alt, start_table
from events.numbers import AR_NUMBER, parse_number, word_trie

MONTHS: dict[str, int] = {}
for _m, _names in {
    1: ["يناير", "كانون الثاني", "كانون ثاني", "جانفي", "جانفييه", "ينار"],
    2: ["فبراير", "شباط", "فيفري", "فبرير", "فبرابر"],
    3: ["مارس", "اذار"],
    4: ["ابريل", "نيسان", "افريل", "ابريل"],
    5: ["مايو", "ايار", "ماي"],
    6: ["يونيو", "حزيران", "جوان", "يونيه", "يونيوز"],
    7: ["يوليو", "تموز", "جويليه", "يوليوز", "يوليه", "جويلية"],
    8: ["اغسطس", "اب", "اوت", "غشت"],
    9: ["سبتمبر", "ايلول", "شتنبر"],
    # "تشرين أول", "كانون ثاني": the Levantine names are also written without "ال"
    10: ["اكتوبر", "تشرين الاول", "تشرين اول", "اكتوبر"],
    11: ["نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"],
    12: ["ديسمبر", "كانون الاول", "كانون اول", "دجنبر"],
}.items():
    for _n in _names:
        MONTHS[_n] = _m
# Also "father", "my", "he practised": a month only with a day, a year, "شهر" or a preposition.
AMBIGUOUS_MONTHS = {"اب", "ماي", "مارس"}

WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
            "السبت": 5, "الاحد": 6}

_ORD_UNITS = {"الاول": 1, "الحادي": 1, "الواحد": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4,
              "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9}
ORDINALS: dict[str, int] = {"العاشر": 10, "العشرين": 20, "الثلاثين": 30}
for _w, _v in _ORD_UNITS.items():
    if _w not in ("الحادي", "الواحد"):
        ORDINALS[_w] = _v
    if _w not in ("الاول", "الواحد"):
        ORDINALS[f"{_w} عشر"] = 10 + _v
    if _w != "الاول":
        ORDINALS[f"{_w} والعشرين"] = 20 + _v
    if _v == 1 and _w != "الاول":
        ORDINALS[f"{_w} والثلاثين"] = 31

_PAST_WORDS = ("الماضي", "الفائت", "المنصرم", "السابق")
_NEXT_WORDS = ("المقبل", "القادم")
MOD_KINDS = {**{w: "past" for w in _PAST_WORDS}, **{w: "next" for w in _NEXT_WORDS},
             "الجاري": "cur", "الحالي": "cur", "نفسه": "same", "ذاته": "same"}
# Feminine agreement: الجمعة الماضية.
MOD_KINDS.update({w + "ه": k for w, k in MOD_KINDS.items() if w in _PAST_WORDS + _NEXT_WORDS})
_EARLY = ("مطلع", "بدايه", "بدايات", "اوائل", "اول", "مستهل", "غره")
PART_KINDS = {**{w: "early" for w in _EARLY}, "منتصف": "mid", "اواسط": "mid"}

# --- pattern pieces ----------------------------------------------------------------------

# where a word may begin: after no word character, or after "1و" ("1و2 يوليو": the second day)
_WORD_START = r"(?:(?<![\w])|(?<=\dو))"
_CL = rf"{_WORD_START}(?:[وف]?[بل]?)"  # attached clitics و ف ب ل, left outside the span
_MON = rf"(?:{alt(MONTHS)})(?![\w])"
# "نيسان/أبريل", "أبريل (نيسان)": the second name only repeats the first.
_MONTH = rf"(?P<mon>{_MON})(?:\s*/\s*{_MON}|\s*\(\s*{_MON}\s*\))?"
_ORD = rf"(?:{alt(ORDINALS)})(?![\w])"
_WD = rf"(?:{alt(WEEKDAYS)})(?![\w])(?!\s+عشر)"
_PAST = r"الماضي|الفائت|المنصرم|السابق"
_NEXT = r"المقبل|القادم"
_CUR = r"الجاري|الحالي"
_MOD = rf"(?P<mod>{_PAST}|{_NEXT}|{_CUR})(?![\w])"
_YEAR_TAIL = (rf"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:عام|سنه|العام)\s+)?(?P<yy>{YEAR_AFTER_MONTH})"
              rf"(?:\s*م(?![\w])|\s+ميلادي(?:ه)?)?)?")
_YMOD = (rf"(?:\s+من\s+(?:(?:العام|السنه)\s+(?P<ymod>{_PAST}|{_NEXT}|{_CUR})"
         rf"|(?P<ythis>هذا\s+العام|هذه\s+السنه))(?![\w]))?")
_MONTH_FULL = rf"(?:شهر\s+)?{_MONTH}{_YEAR_TAIL}(?:\s+{_MOD})?{_YMOD}"
_TOD = (r"(?:(?:فجر|صباح|ظهر|ظهيره|عصر|مساء|ليل|ليله|منتصف\s+ليل|منتصف\s+ليله|"
        r"ساعات\s+صباح|ساعات\s+مساء|في\s+ساعه\s+متاخره\s+من\s+(?:ليل|مساء))"
        r"(?:\s+يوم)?\s+)")
_WD_PREFIX = rf"(?:(?:(?:هذا\s+)?اليوم\s+)?(?:يومي?\s+)?{_WD}\s*[،,]?\s*(?:الموافق\s+)?)"

_F = re.UNICODE

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("dmy", re.compile(
        rf"{_CL}(?P<body>(?:{_TOD})?{_WD_PREFIX}?(?:يوم\s+)?"
        rf"(?:(?P<dd>{DAY})\s*(?:-\s*|/\s*)?(?:من\s+)?|(?P<ord>{_ORD}|ال\d{{1,2}})\s+من\s+)"
        rf"{_MONTH_FULL})", _F)),
    ("same_month", re.compile(
        rf"{_CL}(?P<body>(?:(?P<dd>{DAY})|(?P<ord>{_ORD}|ال\d{{1,2}}))\s+من\s+"
        rf"(?:(?:هذا\s+)?الشهر(?:\s+(?P<smod>نفسه|ذاته|{_PAST}|{_NEXT}|{_CUR}))?"
        rf"|(?:نفس|ذات)\s+الشهر)(?![\w]))", _F)),
    ("part", re.compile(
        rf"{_CL}(?P<body>(?P<part>مطلع|بدايه|بدايات|اوائل|اول|مستهل|غره|منتصف|اواسط|اواخر|"
        rf"نهايه|نهايات|اخر|ختام)\s+(?:"
        rf"{_MONTH_FULL}"
        rf"|(?:هذا\s+)?الشهر(?:\s+(?P<smod>نفسه|ذاته|{_PAST}|{_NEXT}|{_CUR}))?(?![\w])"
        rf"|(?:العام|السنه)\s+(?P<yrel>{_PAST}|{_NEXT}|{_CUR})(?![\w])"
        rf"|(?:هذا\s+العام|هذه\s+السنه)(?P<ythis2>)"
        rf"|(?:عام|سنه|العام)\s+(?P<yonly>{YEAR})))", _F)),
    ("month", re.compile(rf"{_CL}(?P<body>{_MONTH_FULL})", _F)),
    ("year", re.compile(
        rf"{_CL}(?P<body>(?:عام|سنه|العام|السنه|اعوام)\s+(?P<yy>{YEAR_NAMED})(?:\s*م(?![\w])|\s+ميلادي)?)", _F)),
    ("year_prep", re.compile(
        rf"(?<![\w])[وف]?(?:في|منذ|خلال|حتي|قبل|بعد|اعتبارا\s+من|ابتداء\s+من|ثوره|انتفاضه|حرب|احداث|صيف|شتاء|خريف)\s+"
        rf"(?P<body>(?P<yy>{YEAR})(?:\s*م(?![\w])|\s+ميلادي)?)", _F)),
    ("year_suffix", re.compile(rf"(?<![\w\d])(?P<body>(?P<yy>{YEAR})\s*م)(?![\w])", _F)),
    ("today", re.compile(
        rf"{_CL}(?P<body>(?:{_TOD})?(?:هذا\s+)?اليوم(?:\s*[،,]?\s*(?P<wd>{_WD}))?)(?![\w])"
        r"(?!\s+(?:الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|"
        r"الاخير|التالي|السابق|الذي|الوطني|العالمي|الدولي|نفسه|ذاته|من\s+(?:ايام|الايام)))", _F)),
    # "اول امس السبت", "أمس الأحد": the weekday named with it is part of it (the day meant)
    ("yesterday2", re.compile(
        rf"{_CL}(?P<body>(?:{_TOD})?(?:امس\s+الاول|اول\s+امس|اول\s+من\s+امس)(?:\s*[،,]?\s*(?P<wd>{_WD}))?)(?![\w])", _F)),
    ("yesterday", re.compile(
        rf"{_CL}(?P<body>(?:{_TOD})?(?:امس|البارحه|الليله\s+الماضيه)(?:\s*[،,]?\s*(?P<wd>{_WD}))?)(?![\w])", _F)),
    ("tomorrow", re.compile(rf"{_CL}(?P<body>(?:{_TOD})?(?:يوم\s+)?غد)(?![\w])", _F)),
    ("tonight", re.compile(rf"{_CL}(?P<body>الليله)(?![\w])(?!\s+(?:الماضيه|نفسها|ذاتها))", _F)),
    ("weekday", re.compile(
        rf"{_CL}(?P<body>(?:{_TOD})?(?:يومي?\s+)?(?P<wd>{_WD})(?:\s+(?P<wmod>(?:{_PAST}|{_NEXT})ه?))?"
        r"(?![\w]))", _F)),
    ("ago", re.compile(
        rf"{_CL}(?P<body>(?:قبل|منذ)\s+(?:(?:نحو|حوالي|قرابه|اكثر\s+من)\s+)?"
        rf"(?:(?P<n>{AR_NUMBER})\s*|(?P<vague>بضعه|بضع|عده|عدة|بعضه)\s+)?"
        r"(?P<unit>يومين|يوم|ايام|اسبوعين|اسبوع|اسابيع|شهرين|شهر|اشهر|شهور|عامين|عام|اعوام|"
        r"سنتين|سنه|سنوات|ساعتين|ساعه|ساعات|عقدين|عقود|عقد)(?![\w])(?!\s*\d)"
        # "قبل عقد الاجتماع", "قبل عقود النفط": the holding of a meeting, contracts; a
        # decade is told alone or "من الزمن"
        r"(?!(?:(?<=عقد)|(?<=عقود)|(?<=عقدين))\s+ال(?!زمن))"
        # "قبل يومين فحسب من الاغتيال", "قبل أيام قليلة من ثورة 2011": days before another
        # happening, not before the report
        r"(?!\s+(?:(?:فقط|فحسب|تقريبا|قليله)\s+)?من\s+(?!الان(?![\w])|الان\s|الزمن(?![\w]))))", _F)),
    ("recent_days", re.compile(
        rf"{_CL}(?P<body>(?:(?:خلال|في|طوال|على\s+مدي|على\s+مدار)\s+)?(?:ال)?"
        r"(?P<unit>ايام|اسابيع|ساعات|(?:ال)?(?:24|48)\s+ساعه)\s+"
        r"(?:القليله\s+)?(?:الماضيه|الاخيره|المنصرمه|الفائته|القليله\s+الماضيه))(?![\w])", _F)),
    ("rel_period", re.compile(
        rf"{_CL}(?P<body>(?:(?P<this>هذا|هذه)\s+)?(?P<unit>الاسبوع|الشهر|العام|السنه)"
        rf"(?:\s+(?P<rmod>{_PAST}|{_NEXT}|{_CUR}))?)(?![\w])", _F)),
    # "في نهاية العام نفسه": the year a sentence named before ("انتفاضة 2011 ... الذي ألقى
    # مسلحون القبض عليه وقتلوه في نهاية العام نفسه")
    ("same_year", re.compile(
        rf"{_CL}(?P<body>(?:(?:نهايه|مطلع|بدايه|اواخر|اوائل|منتصف)\s+)?(?:العام|السنه)\s+(?:نفسه|ذاته|نفسها|ذاتها))"
        r"(?![\w])", _F)),
    # "نشأت في السبعينات": a decade of the last century, history
    ("decade", re.compile(
        rf"{_CL}(?P<body>(?:(?:مطلع|بدايه|اواخر|اوائل|منتصف|نهايه)\s+)?"
        r"(?P<dec>الخمسين|الستين|السبعين|الثمانين|التسعين)(?:يات|ات))(?![\w])", _F)),
    # "الصيف الماضي": the last season of that name that had ended by the report's day
    ("season", re.compile(
        rf"{_CL}(?P<body>(?:فصل\s+)?(?P<season>الصيف|الشتاء|الربيع|الخريف)\s+(?:{_PAST}))(?![\w])", _F)),
    ("same_day", re.compile(
        rf"{_CL}(?P<body>(?:اليوم\s+(?:نفسه|ذاته)|(?:نفس|ذات|ذلك)\s+اليوم)"
        r"|(?P<shift>اليوم\s+(?:التالي|السابق)))(?![\w])", _F)),
]

# --- which patterns can start at a word ---------------------------------------------------

_TOD_WORDS = ("فجر", "صباح", "ظهر", "ظهيره", "عصر", "مساء", "ليل", "ليله", "منتصف", "ساعات", "في")
_ORD_FIRST = {o.split()[0] for o in ORDINALS}
_MONTH_FIRST = {n.split()[0] for n in MONTHS}
START = start_table({
    "dmy": list(_TOD_WORDS) + list(WEEKDAYS) + ["يوم", "يومي", "اليوم", "هذا"] + list(_ORD_FIRST),
    "same_month": _ORD_FIRST,
    "part": ["مطلع", "بدايه", "بدايات", "اوائل", "اول", "مستهل", "غره", "منتصف", "اواسط",
             "اواخر", "نهايه", "نهايات", "اخر", "ختام"],
    "month": ["شهر"] + list(_MONTH_FIRST),
    "year": ["عام", "سنه", "العام", "السنه", "اعوام"],
    "year_prep": ["في", "منذ", "خلال", "حتي", "قبل", "بعد", "اعتبارا", "ابتداء", "ثوره", "انتفاضه", "حرب", "احداث",
                  "صيف", "شتاء", "خريف"],  # "وفي صيف 2011 ... تظاهر سكان حي واكام": a season of a year
    "today": list(_TOD_WORDS) + ["اليوم", "هذا"],
    "yesterday2": list(_TOD_WORDS) + ["امس", "اول"],
    "yesterday": list(_TOD_WORDS) + ["امس", "البارحه", "الليله"],
    "tomorrow": list(_TOD_WORDS) + ["يوم", "غد"],
    "tonight": ["الليله"],
    "weekday": list(_TOD_WORDS) + ["يوم", "يومي"] + list(WEEKDAYS),
    "ago": ["قبل", "منذ"],
    "recent_days": ["خلال", "في", "طوال", "على", "ايام", "الايام", "اسابيع", "الاسابيع",
                    "ساعات", "الساعات", "ال24", "ال48", "24", "48"],
    "rel_period": ["هذا", "هذه", "الاسبوع", "الشهر", "العام", "السنه"],
    "same_day": ["اليوم", "نفس", "ذات", "ذلك"],
    "season": ["فصل", "الصيف", "الشتاء", "الربيع", "الخريف"],
    "same_year": ["نهايه", "مطلع", "بدايه", "اواخر", "اوائل", "منتصف", "العام", "السنه"],
    "decade": ["مطلع", "بدايه", "اواخر", "اوائل", "منتصف", "نهايه", "الخمسينات", "الخمسينيات", "الستينات",
               "الستينيات", "السبعينات", "السبعينيات", "الثمانينات", "الثمانينيات", "التسعينات", "التسعينيات"],
})
_TRIGGER = re.compile(rf"{_WORD_START}[وف]?[بل]?(?:(?P<w>{word_trie(START)})(?![\w])|(?:ال)?\d)")

# --- the language's own resolution rules --------------------------------------------------

_HINT = re.compile(r"[\u0600-\u06ff]")
_MONTH_PREP = re.compile(r"(?<![\w])[وف]?(?:في|خلال|منذ|حتي|من|بعد|قبل)\s+$")


def _month_gate(g: dict, name: str, key: str, has_cue: bool, raw: str, before: str) -> dict | None:
    if key in AMBIGUOUS_MONTHS and not has_cue and not raw.startswith("شهر") \
            and not _MONTH_PREP.search(before):
        return None
    return g


def _weekday_mod(g: dict, raw: str) -> tuple[bool, str | None]:
    return True, g.get("wmod")


_UNIT = {"يوم": ("d", 1), "يومين": ("d", 2), "ايام": ("d", None), "اسبوع": ("w", 1),
         "اسبوعين": ("w", 2), "اسابيع": ("w", None), "شهر": ("m", 1), "شهرين": ("m", 2),
         "اشهر": ("m", None), "شهور": ("m", None), "عام": ("y", 1), "عامين": ("y", 2),
         "اعوام": ("y", None), "سنه": ("y", 1), "سنتين": ("y", 2), "سنوات": ("y", None),
         "ساعه": ("h", 1), "ساعتين": ("h", 2), "ساعات": ("h", None),
         "عقد": ("y", 10), "عقدين": ("y", 20), "عقود": ("y", None)}
_DUALS = ("يومين", "اسبوعين", "شهرين", "عامين", "سنتين", "عقدين")


def _ago(g: dict) -> tuple[str, int | None] | None:
    info = _UNIT.get(g["unit"])
    if info is None:
        return None
    unit, n = info
    if g.get("n"):
        n = parse_number(g["n"])
        if n is not None and g["unit"] in _DUALS:
            n = None
    return unit, n


def _recent_unit(unit: str) -> str | None:
    if "ساع" in unit:
        return "h"
    return "w" if unit == "اسابيع" else None


LANGUAGE = DateLanguage(
    code="ar",
    patterns=dict(PATTERNS + NUMERIC),
    start=START,
    trigger=_TRIGGER,
    detect=lambda folded: _HINT.search(folded) is not None,
    months=MONTHS,
    weekdays=WEEKDAYS,
    ordinal=ORDINALS.get,
    month_gate=_month_gate,
    weekday_mod=_weekday_mod,
    ago=_ago,
    recent_unit=_recent_unit,
    mod_kinds=MOD_KINDS,
    part_kinds=PART_KINDS,
    period_units={"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"},
    backward=("سابق",),
    since=r"منذ|ومنذ",
    # On the caller's own (unfolded) text: the folded names and the usual spellings.
    absolute=(rf"(?:{alt(MONTHS)}|أبريل|إبريل|آذار|أيار|آب|أوت|أكتوبر|أغسطس|أيلول|"
              r"تشرين الأول|كانون الأول|أفريل)"),
    # Names built on a date (brigades, the revolution, squares, hospitals; Aden's "قصر 22 مايو",
    # Taiz's "شارع 26 سبتمبر", Cairo's "جسر 6 أكتوبر" and "مدينة 6 أكتوبر").
    name_before=re.compile(r"(?:كتيبه|ثوره|سريه|لواء|معسكر|حركه|شهداء|ميدان|ساحه|مستشفي|انتفاضه|مجموعه|قوه"
                           r"|قصر|شارع|جسر|ملعب|مدرسه|جامعه|فندق|(?<!ال)مدينه)\s*$"),
)
