"""Killed and wounded figures in Arabic and English report text.

    find_casualties(text, lang) -> Casualties

A figure is a casualty word and a number next to each other, in either order:
- trigger then number: مقتل / مصرع / قتل / استشهاد / وفاة / إعدام / إصابة / جرح / أصيب ...,
  killing / killed / executed / wounding / injuring / wounded ..., with an optional
  qualifier between ("مقتل أكثر من 90", "killing at least 5 civilians");
- number then casualty noun: "20 قتيلا", "150 جريحا", "عشرات القتلى", "3 people killed",
  "four soldiers were killed", "two died", "dozens of deaths", "63 injured";
- the verb after its subject: "ثلاثة أشخاص قتلوا", "شخصان قتلا"; "two" after its noun:
  "مقتل إرهابيين اثنين"; duals: "مقتل شخصين", "قتيلان"; one: "مقتل جندي", "لقي شخص مصرعه";
- "لقي 5 أشخاص مصرعهم/حتفهم", "ارتفاع حصيلة القتلى إلى 20", "عدد الجرحى بلغ بالعشرات",
  "the death toll rose to 20" (a toll is a total: it overrides the other figures of its kind);
- zero: "no casualties", "no one was killed", "caused no injuries", "دون وقوع إصابات",
  "لا خسائر بشرية" (0, kept only when no other figure of that kind is found).

Numbers are digits (ASCII, Arabic-Indic, Persian, "1,200"), number words (ثلاثة، خمسة عشر،
مئة وخمسين، ثلاثة آلاف، أحد = one of; two, fifteen, twenty-five, a dozen) or vague words, which
take ACLED's conventional values and are marked estimates (see events.numbers): عشرات/dozens
12, مئات/hundreds 100, عدة/several/many 10. "A boy was killed", "executed a man" count 1.

Qualifiers: أكثر من / ما لا يقل عن / ما يزيد عن / أزيد من / على الأقل / at least / more than /
over / no fewer than give a lower bound ("أكثر من 90" -> 90, lower bound); نحو / حوالي /
قرابة / زهاء / ما يقارب / about / around / nearly / some / up to / an estimated give an estimate.

Not casualties: numbers that are units, dates or names — a number after لواء/كتيبة/brigade/
battalion/No., before كم/km/بالمئة/%/سنوات/years/a month name/غارات/targets/vehicles ...,
a bare year; "مقتل وإصابة 20" (killed and wounded together, split unknown) gives neither;
death sentences ("قضت بإعدام 14") are not killings. Spans leave attached clitics (و ب ل ف)
outside, like events.dates.

Several figures of one kind in the text (decision, as ACLED sums an event's dead):
- a toll/total figure wins (the largest toll);
- otherwise the distinct precise figures are summed ("40 men were killed ... and 18
  Misratans dead" -> 58); the same number twice counts once (a restatement is likelier than
  two equal groups);
- vague figures count only when there is no precise one ("مقتل عدة قادة ... مقتل أكثر من 90"
  -> 90, lower bound), and then the largest vague value;
- the lower-bound flag is set if any figure used is a lower bound; ``estimate`` if any figure
  used is vague or approximate.
Callers pass a sentence or an event's text; a whole multi-event report sums across events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from events.dates import Occupied
from events.numbers import (AR_NUMBER, AR_VAGUE, EN_NUMBER, EN_VAGUE, Quantity, fold,
                            parse_quantity, word_trie)

__all__ = ["Casualties", "find_casualties"]


@dataclass(frozen=True)
class Casualties:
    """Figures found in a text. None: nothing said; 0: said to be none. ``spans`` are the
    (start, end) offsets in the caller's text of the phrases the figures came from;
    ``estimate`` is True when a figure used was a vague word or qualified as approximate."""
    killed: int | None = None
    killed_lower_bound: bool = False
    wounded: int | None = None
    wounded_lower_bound: bool = False
    spans: tuple[tuple[int, int], ...] = ()
    estimate: bool = False


@dataclass(frozen=True)
class _Figure:
    kind: str  # "killed" | "wounded"
    q: Quantity
    start: int
    end: int
    total: bool = False
    vague: bool = False  # from a word like عشرات / several, not a count


NONE = Casualties()

_F = re.UNICODE
_I = re.IGNORECASE | re.UNICODE

# --- Arabic (folded: ا for أإآ, ي for ى, ه for ة) ---------------------------------------

_AR_LB = r"اكثر\s+من|ما\s+يزيد\s+(?:عن|علي)|ما\s+لا\s+يقل\s+عن|لا\s+يقل\s+عن|ازيد\s+من|ما\s+يربو\s+علي|ما\s+يفوق|يزيد\s+عن"
_AR_EST = r"نحو|حوالي|قرابه|زهاء|ما\s+يقارب|ما\s+يقرب\s+من|يقارب|اقل\s+من|قرابه"
_AR_QUAL = rf"(?:(?P<lb>{_AR_LB})|(?P<est>{_AR_EST}))\s+"
_AR_N = rf"(?P<n>{AR_VAGUE}(?:\s+من)?|{AR_NUMBER})"
_AR_KILL = ["مقتل", "مصرع", "قتل", "استشهاد", "وفاه", "اعدام", "تصفيه", "قتلوا", "قتلت"]
_AR_WOUND = ["اصابه", "جرح", "اصيب", "جرح", "اصابات"]
_AR_PERSON_1 = ("شخص", "جندي", "مدني", "طفل", "رجل", "امراه", "مواطن", "عنصر", "مقاتل",
                "قائد", "شاب", "سائق", "ضابط", "عسكري", "مسلح", "صحفي", "شرطي", "مهاجر", "طالب",
                "اخر", "اخري", "فتاه", "طفله", "سيده", "امراه", "مسن", "معتقل", "سجين")
_AR_PERSON_1_ALT = "|".join(_AR_PERSON_1)
_AR_PERSON_2 = ("شخصان", "جنديان", "طفلان", "رجلان", "مدنيان", "مواطنان", "عنصران", "ضابطان", "شابان",
                "شخصين", "جنديين", "طفلين", "رجلين", "امراتين", "عنصرين", "ضابطين", "شابين",
                "مدنيين", "مواطنين", "مقاتلين")  # مدنيين/مواطنين/مقاتلين: dual only after a bare trigger
_AR_NOUN_KILLED = r"قتيلا|قتيل|قتلي|قتيلين|شهيدا|شهيد|شهداء|شهيدين|ضحيه|ضحايا|ضحيتين|وفيات|وفاه|حالات\s+وفاه|حاله\s+وفاه"
_AR_NOUN_WOUNDED = r"جريحا|جريح|جرحي|جريحين|مصابا|مصاب|مصابين|اصابه|اصابات|مصابون"
# Words that, right after a number, say it counts things, units or time, not people.
_AR_NOT_PEOPLE = re.compile(
    r"(?:كم|كيلو\w*|متر|مترا|امتار|ميل|اميال|بالمئه|بالمائه|في\s+المئه|في\s+المائه|%|ساعه|ساعات|"
    r"يوم|يوما|ايام|اسبوع|اسابيع|سنه|سنوات|عام|عاما|اعوام|شهر|شهرا|اشهر|دولار|دولارا|دينار|"
    r"يورو|طن|اطنان|لواء|كتيبه|مره|مرات|غاره|غارات|صاروخ|صواريخ|قذيفه|قذائف|هدف|اهداف|"
    r"موقع|مواقع|اليه|اليات|عربه|عربات|دبابه|دبابات|سياره|سيارات|مخزن|مخازن|طائره|طائرات|"
    r"منزل|منازل|مبني|مباني|بيت|بيوت|مليون|مليار|رتل|ارتال|درجه|نقطه|محور|محاور|"
    r"يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|"
    r"نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|كانون|شباط|اذار|جانفي|فيفري|افريل|ماي|جوان|"
    r"جويليه|اوت)(?:ا|ات|ين)?(?![\w])")
_AR_NOT_AFTER_UNIT = re.compile(r"(?:لواء|اللواء|كتيبه|الكتيبه|رقم|اللواء\s+رقم|الكتيبه\s+رقم|الفرقه|فرقه)\s*$")

_AR_PATTERNS: dict[str, list[tuple[str, re.Pattern]]] = {}

_AR_FWD = re.compile(
    rf"(?<![\w])(?P<cl>[وفبل]?)(?:ال)?(?P<trig>{'|'.join(sorted(set(_AR_KILL + _AR_WOUND), key=len, reverse=True))})"
    rf"(?:هم|ه|ها)?\s+(?:(?:فيها|فيه|خلالها|خلاله|بينهم|منهم|منها|جراءه|جراءها|بها)\s+)?"
    rf"(?:{_AR_QUAL})?{_AR_N}"
    rf"(?P<after_lb>\s+(?:[\w]+\s+)?علي\s+الاقل)?", _F)
_AR_FWD_ONE = re.compile(
    rf"(?<![\w])(?P<cl>[وفبل]?)(?P<trig>{'|'.join(sorted(set(_AR_KILL + ['اصابه', 'جرح', 'اصيب']), key=len, reverse=True))})"
    rf"\s+(?:(?P<two>{'|'.join(_AR_PERSON_2)})|(?P<one>{_AR_PERSON_1_ALT}))(?![\w])", _F)
_AR_DUAL_NOUN = re.compile(r"(?<![\w])(?P<cl>[وف]?)(?:(?P<k>قتيلان|قتيلين|شهيدان|شهيدين)|(?P<w>جريحان|جريحين|مصابان|مصابين))(?![\w])", _F)
# "ثلاثة أشخاص قتلوا", "شخصان قتلا": the verb after its subject.
_AR_VERB_AFTER = re.compile(
    r"(?<![\w])[وف]?(?P<verb>قتلوا|قتلا|قتلن|لقوا|جرحوا|جرحا|اصيبوا|اصيبا|سقطوا)(?![\w])", _F)
_AR_VERB_BACK = re.compile(rf"(?:(?:{_AR_QUAL}))?{_AR_N}(?:\s+[^\s،,.:؛]+){{0,3}}?\s+\Z", _F)
_AR_DUAL_BACK = re.compile(r"(?<![\w])(?:شخص|جندي|طفل|رجل|عنصر|ضابط|شاب|مدني|مواطن)(?:ان|ين)\s+\Z", _F)
_AR_SENTENCE = re.compile(r"(?:حكم|حكما|قضت|قضي|يقضي|احكام|الحكم|عقوبه|بالحكم)\s+(?:\S+\s+)?$")
_AR_COMBINED = re.compile(
    r"(?<![\w])[وفبل]?(?:مقتل|قتل|سقوط|استشهاد)\s+و(?:اصابه|جرح)\s+", _F)
_AR_LAQI = re.compile(
    rf"(?<![\w])(?P<cl>[وف]?)(?:لقي|لقيت|لقوا|لقى)\s+(?:(?:{_AR_QUAL})?{_AR_N}|(?P<one>{_AR_PERSON_1_ALT}|امراه|طفله|سيده)(?![\w]))"
    rf"(?:\s+\S+){{0,5}}?\s+(?:مصرع|حتف)", _F)
# "مقتل إرهابيين اثنين": two follows its noun.
_AR_FWD_TWO = re.compile(
    rf"(?<![\w])(?P<cl>[وفبل]?)(?P<trig>{'|'.join(sorted(set(_AR_KILL + ['اصابه', 'جرح', 'اصيب']), key=len, reverse=True))})"
    r"\s+[^\s\d،,.]+\s+(?:اثنين|اثنان|اثنتين|اثنتان)(?![\w])", _F)
_AR_TOLL = re.compile(
    rf"(?:حصيله|عدد)\s+(?:ال)?(?:(?P<k>قتلي|ضحايا|وفيات|شهداء|الموتي)|(?P<w>جرحي|مصابين|اصابات))"
    rf"(?:\s+[^\s\d،,.]+){{0,4}}?\s+(?:(?:الي|ل)\s*)?(?:{_AR_QUAL})?{_AR_N}", _F)
_AR_NOUN_BACK = re.compile(
    rf"(?:(?:{_AR_QUAL}))?{_AR_N}\s+(?:من\s+)?(?:ال)?\Z", _F)
_AR_ZERO_VERBS = r"تسفر|يسفر|اسفر|اسفرت|تسجل|يسجل|تقع|يقع|يسقط|تسقط|يخلف|تخلف|توقع|يوقع"
_AR_ZERO = re.compile(
    rf"(?:دون|بدون|لا|عدم|لم\s+(?:{_AR_ZERO_VERBS})(?:\s+[^\s،,.]+){{0,2}}?\s+عن|لم\s+(?:{_AR_ZERO_VERBS})"
    rf"|(?:{_AR_ZERO_VERBS})\s+عن\s+عدم)"
    r"\s+(?:وقوع\s+|تسجيل\s+|سقوط\s+|اي\s+)*"
    r"(?P<what>اصابات|ضحايا|خسائر\s+بشريه|قتلي|جرحي|اصابات\s+بشريه)(?![\w])", _F)
_AR_NOUN_TRIGGER = re.compile(
    rf"(?<![\w])(?P<noun>(?:ال)?(?:{_AR_NOUN_KILLED}|{_AR_NOUN_WOUNDED}))(?![\w])"
    rf"(?P<after_lb>\s+علي\s+الاقل)?", _F)

# --- English -----------------------------------------------------------------------------

_EN_LB = r"at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|a\s+total\s+of\s+at\s+least"
_EN_EST = r"about|around|approximately|nearly|almost|some|roughly|up\s+to|an\s+estimated|as\s+many\s+as|close\s+to|a\s+reported|perhaps|possibly"
_EN_QUAL = rf"(?:(?P<lb>{_EN_LB})|(?P<est>{_EN_EST})|a\s+total\s+of|another|an\s+additional|a\s+further)\s+"
_EN_PERSON = (r"man|woman|boy|girl|child|civilian|soldier|person|fighter|member|policeman|"
              r"journalist|commander|leader|militant|militiaman|officer|guard|student|doctor|"
              r"migrant|worker|resident|youth|teenager|photographer|reporter|driver|shepherd|farmer")
_EN_N = rf"(?P<n>{EN_VAGUE}|{EN_NUMBER})"
_EN_FWD = re.compile(
    rf"\b(?P<trig>killing|killed|kills|kill|executed|executing|wounding|wounded|injuring|injured|"
    rf"injures|wounds|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|"
    rf"cost\s+the\s+lives\s+of|costing\s+the\s+lives\s+of|shot\s+dead|gunned\s+down|bodies\s+of|"
    rf"shot\s+and\s+killed)\s+"
    rf"(?:{_EN_QUAL})?(?:{_EN_N}|(?P<one>an?)\s+(?=(?:\w+\s+){{0,2}}?(?:{_EN_PERSON})\b))", _I)
_EN_ALL = re.compile(r"\b(?:killed|killing|killing\s+off)\s+all\b(?!\s+(?:but|except))", _I)
_EN_TOLL = re.compile(
    rf"\b(?:(?P<k>death|fatality)\s+toll|(?P<k2>number\s+of\s+(?:dead|deaths|fatalities))|"
    rf"(?P<w>number\s+of\s+(?:injured|wounded))|(?P<k3>toll))\s+(?:\w+\s+){{0,3}}?"
    rf"(?:to|of|at|reached|is|was|stands\s+at|stood\s+at|rose\s+to|climbed\s+to)\s+(?:{_EN_QUAL})?{_EN_N}", _I)
_EN_BACK_TRIGGERS = {
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed",
    "fatalities": "killed", "executed": "killed", "slain": "killed", "perished": "killed",
    "casualties": "killed", "lives": "killed", "die": "killed", "dies": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "injuries": "wounded",
    "wounds": "wounded", "shot": "killed",
}
_EN_AUX = (r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|been|being|had|have|has|got|"
           r"(?:is|are|was|were)\s+(?:said|reported|believed|thought|confirmed)\s+to\s+have\s+(?:been\s+)?)\s+)?"
           r"(?:(?:\w+ly|reported|also|all|later|then|since|now|each|both|lost\s+their|"
           r"shot|summarily|left|(?:kidnapped|abducted|tortured|shot|captured|beaten|"
           r"wounded|injured)\s+and)\s+)*")
_MONTHS_EN = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_EN_NP_TOKEN = (rf"(?!(?:{EN_NUMBER}|{EN_VAGUE}|and\b|but\b|while\b|after\b|when\b|as\b|with\b|"
                rf"in\b|on\b|at\b|by\b|(?:{_MONTHS_EN})[a-z]*\b|killing\b|wounding\b))[^\s.;:!?]+")
_EN_BACK = re.compile(
    rf"(?:(?:{_EN_QUAL}))?(?:{_EN_N}|(?P<one>\b(?:an?|one)\b))"
    rf"(?P<np>(?:\s+{_EN_NP_TOKEN}){{0,10}}?)\s+{_EN_AUX}\Z", _I)
_EN_ZERO = re.compile(
    r"\b(?:(?:no|without|caused\s+no|causing\s+no|there\s+were\s+no)\s+(?:\w+\s+)?"
    r"(?P<what>casualties|fatalities|deaths|injuries|one\s+(?:was\s+)?(?:killed|hurt|injured|wounded)"
    r"|reported\s+casualties|loss\s+of\s+life)"
    r"|(?P<nobody>nobody|no\s+one|no-one)\s+(?:was\s+|were\s+)?(?:reported\s+)?(?P<nk>killed|hurt|injured|wounded|died))\b", _I)
_EN_NOT_PEOPLE = re.compile(
    rf"\s*(?:km\b|kilomet|miles?\b|met(?:er|re)s?\b|%|percent|per\s+cent|years?\b|year-old|"
    rf"months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|times\b|brigades?\b|battalions?\b|"
    rf"vehicles?\b|tanks?\b|targets?\b|sites?\b|positions?\b|houses?\b|buildings?\b|"
    rf"(?:{_MONTHS_EN})[a-z]*\b|million\b|billion\b|dinars?\b|dollars?\b)", _I)
_EN_NOT_AFTER_UNIT = re.compile(r"(?:brigade|battalion|regiment|unit|division|no\.?|number|route|road|highway|camp|km|kilometre|kilometer)\s*$", _I)

_SENTENCE_END = re.compile(r"[.!?؟\n;؛](?!\d)")
_BACK_WINDOW = 160


def _qualified(q: Quantity, lb: bool, est: bool) -> Quantity:
    return Quantity(q.value, q.lower_bound or lb, q.estimate or est)


_VAGUE_RE = re.compile(rf"(?:{AR_VAGUE}|{EN_VAGUE})(?:\s+من)?\s*\Z", _I)


def _is_vague(m: re.Match) -> bool:
    n = m.groupdict().get("n")
    return bool(n) and _VAGUE_RE.match(n) is not None


def _number(m: re.Match, ar: bool) -> Quantity | None:
    if m.group("n"):
        q = parse_quantity(m.group("n"))
    elif "one" in m.groupdict() and m.group("one"):
        q = Quantity(1)
    else:
        return None
    if q is None:
        return None
    gd = m.groupdict()
    return _qualified(q, bool(gd.get("lb") or gd.get("after_lb")), bool(gd.get("est")))


def _is_year(n: str | None) -> bool:
    return bool(n) and n.isdigit() and len(n) == 4 and n[:2] in ("19", "20")


def _window_before(text: str, end: int, floor: int) -> tuple[int, str]:
    start = max(floor, end - _BACK_WINDOW)
    chunk = text[start:end]
    last = None
    for last in _SENTENCE_END.finditer(chunk):
        pass
    if last is not None:
        start += last.end()
        chunk = text[start:end]
    return start, chunk


def _start_words() -> dict[str, tuple[str, ...]]:
    kill_wound = sorted(set(_AR_KILL + _AR_WOUND))
    table: dict[str, set[str]] = {}

    def add(words, *pats):
        for w in words:
            table.setdefault(w, set()).update(pats)
    add(kill_wound + ["ال" + w for w in kill_wound], "_AR_FWD")
    add(sorted(set(_AR_KILL + ["اصابه", "جرح", "اصيب"])), "_AR_FWD_ONE", "_AR_FWD_TWO")
    add(["مقتل", "قتل", "سقوط", "استشهاد"], "_AR_COMBINED")
    add(["لقي", "لقيت", "لقوا", "لقى"], "_AR_LAQI")
    add(["حصيله", "عدد"], "_AR_TOLL")
    add(["قتلوا", "قتلا", "قتلن", "لقوا", "جرحوا", "جرحا", "اصيبوا", "اصيبا", "سقطوا"], "_AR_VERB_AFTER")
    add(["قتيلان", "قتيلين", "شهيدان", "شهيدين", "جريحان", "جريحين", "مصابان", "مصابين"], "_AR_DUAL_NOUN")
    add(["دون", "بدون", "لا", "لم", "عدم"], "_AR_ZERO")
    nouns = [w for w in (_AR_NOUN_KILLED + "|" + _AR_NOUN_WOUNDED).split("|") if "\\" not in w]
    add(nouns + ["ال" + w for w in nouns] + ["حالات", "حاله"], "_AR_NOUN_TRIGGER")
    return {w: tuple(sorted(p)) for w, p in table.items()}


_AR_STARTS = _start_words()
_AR_START_RE = re.compile(rf"(?<![\w])[وفبل]?(?P<w>{word_trie(_AR_STARTS)})(?![\w])", _F)


def _ar_starts(ft: str) -> dict[str, list[tuple[int, int]]]:
    """Where each Arabic pattern may begin (with and without an attached clitic): one trie
    scan instead of nine full ones."""
    out: dict[str, list[tuple[int, int]]] = {}
    for t in _AR_START_RE.finditer(ft):
        for name in _AR_STARTS[t.group("w")]:
            out.setdefault(name, []).append((t.start(), t.start("w")))
    return out


def _hits(pattern: re.Pattern, starts: dict[str, list[tuple[int, int]]], ft: str):
    name = _PATTERN_NAMES[id(pattern)]
    last_end = -1
    for pos, bare in starts.get(name, ()):
        if pos < last_end:
            continue
        m = pattern.match(ft, pos)
        if m is None and bare != pos:
            m = pattern.match(ft, bare)
        if m is not None:
            last_end = m.end()
            yield m


def _arabic(ft: str) -> list[_Figure]:
    starts = _ar_starts(ft)
    if not starts:
        return []
    figs: list[_Figure] = []
    occupied = Occupied()
    free = occupied.free
    for m in _hits(_AR_COMBINED, starts, ft):
        occupied.take(*m.span())

    for m in _hits(_AR_TOLL, starts, ft):
        q = _number(m, True)
        if q:
            figs.append(_Figure("wounded" if m.group("w") else "killed", q, *m.span(), total=True))
            occupied.take(*m.span())
    for m in _hits(_AR_LAQI, starts, ft):
        if free(*m.span()):
            q = _number(m, True)
            if q:
                if "علي الاقل" in m.group():
                    q = Quantity(q.value, True, q.estimate)
                figs.append(_Figure("killed", q, m.end("cl"), m.end(), vague=_is_vague(m)))
                occupied.take(*m.span())
    for m in _hits(_AR_FWD, starts, ft):
        s, e = m.end("cl"), m.end()
        if not free(s, e):
            continue
        n = m.group("n")
        rest = ft[e:e + 24]
        after = rest.lstrip()
        if _AR_NOT_PEOPLE.match(after) or _is_year(n):
            continue
        q = _number(m, True)
        if q is None or q.value > 100000:
            continue
        trig = m.group("trig")
        if trig == "اعدام" and _AR_SENTENCE.search(ft[max(0, m.start() - 24):m.start()]):
            continue  # a death sentence, not a killing
        kind = "killed" if trig in _AR_KILL else "wounded"
        # "سقوط 5 قتلى" style: a noun after the number decides the kind.
        nm = _AR_NOUN_TRIGGER.match(after)
        if nm:
            kind = "wounded" if re.search(_AR_NOUN_WOUNDED, nm.group("noun")) else "killed"
            e = e + (len(rest) - len(after)) + nm.end()
        figs.append(_Figure(kind, q, s, e, vague=_is_vague(m)))
        occupied.take(s, e)
    for m in _hits(_AR_FWD_ONE, starts, ft):
        s, e = m.end("cl"), m.end()
        if not free(s, e):
            continue
        trig = m.group("trig")
        two = m.group("two")
        if two and two in ("مدنيين", "مواطنين", "مقاتلين"):
            continue  # plural as often as dual
        if trig == "جرح" and m.group("one") in ("اخر", "اخري"):
            continue  # "جرح آخر" is as often "another wound"
        if trig == "اعدام" and _AR_SENTENCE.search(ft[max(0, m.start() - 24):m.start()]):
            continue
        kind = "killed" if trig in _AR_KILL else "wounded"
        figs.append(_Figure(kind, Quantity(2 if two else 1), s, e))
        occupied.take(s, e)
    for m in _hits(_AR_FWD_TWO, starts, ft):
        s, e = m.end("cl"), m.end()
        if free(s, e):
            kind = "killed" if m.group("trig") in _AR_KILL else "wounded"
            figs.append(_Figure(kind, Quantity(2), s, e))
            occupied.take(s, e)
    for m in _hits(_AR_NOUN_TRIGGER, starts, ft):
        s, e = m.span()
        if not free(s, e):
            continue
        wstart, chunk = _window_before(ft, s, 0)
        b = _AR_NOUN_BACK.search(chunk)
        if b is None:
            continue
        n = b.group("n")
        noun = m.group("noun")
        if noun.startswith("ال") and not re.match(AR_VAGUE, n):
            continue  # "3 القتلى" is not a phrase; "عشرات القتلى" is
        bs = wstart + b.start()
        prior = ft[max(0, bs - 20):bs]
        if _AR_NOT_AFTER_UNIT.search(prior):
            continue
        if not free(bs, e):
            continue
        q = _number(b, True)
        if q is None:
            continue
        if m.group("after_lb"):
            q = Quantity(q.value, True, q.estimate)
        kind = "wounded" if re.fullmatch(rf"(?:ال)?(?:{_AR_NOUN_WOUNDED})", noun) else "killed"
        figs.append(_Figure(kind, q, bs, e, vague=_is_vague(b)))
        occupied.take(bs, e)
    for m in _hits(_AR_VERB_AFTER, starts, ft):
        s, e = m.span()
        if not free(s, e):
            continue
        wstart, chunk = _window_before(ft, s, 0)
        b = _AR_VERB_BACK.search(chunk)
        if b is None:
            b = _AR_DUAL_BACK.search(chunk)
            if b is None:
                continue
            q: Quantity | None = Quantity(2)
        else:
            if _is_year(b.group("n")) or _AR_NOT_PEOPLE.match(ft, wstart + b.end("n") + 1):
                continue
            q = _number(b, True)
        bs = wstart + b.start()
        if q is None or not free(bs, e):
            continue
        verb = m.group("verb")
        kind = "wounded" if verb.startswith(("جرح", "اصيب")) else "killed"
        figs.append(_Figure(kind, q, bs, e, vague="n" in b.groupdict() and _is_vague(b)))
        occupied.take(bs, e)
    for m in _hits(_AR_DUAL_NOUN, starts, ft):
        if m.group("w") and m.group("w") == "مصابين":
            continue  # also the plural "injured"
        if free(*m.span()):
            figs.append(_Figure("wounded" if m.group("w") else "killed", Quantity(2), m.end("cl"), m.end()))
            occupied.take(*m.span())
    for m in _hits(_AR_ZERO, starts, ft):
        if not free(*m.span()):
            continue
        what = m.group("what")
        kinds = ("killed",) if what == "قتلي" else ("wounded",) if what == "جرحي" else ("killed", "wounded")
        for k in kinds:
            figs.append(_Figure(k, Quantity(0), *m.span()))
    return figs + _coordinated(ft, figs, occupied, True)


def _english(ft: str) -> list[_Figure]:
    figs: list[_Figure] = []
    occupied = Occupied()
    free = occupied.free

    for m in _EN_TOLL.finditer(ft):
        q = _number(m, False)
        if q and not _EN_NOT_PEOPLE.match(ft, m.end()):
            figs.append(_Figure("wounded" if m.group("w") else "killed", q, *m.span(), total=True))
            occupied.take(*m.span())
    for m in _EN_ZERO.finditer(ft):
        what = (m.group("what") or m.group("nk") or "").lower()
        if "injur" in what or "hurt" in what or "wound" in what:
            kinds: tuple[str, ...] = ("wounded",)
        elif "casualt" in what:
            kinds = ("killed", "wounded")
        else:
            kinds = ("killed",)
        for k in kinds:
            figs.append(_Figure(k, Quantity(0), *m.span()))
        occupied.take(*m.span())
    for m in _EN_ALL.finditer(ft):
        # "killed all those inside": no number; ACLED's convention for an unknown many is 10
        if free(*m.span()):
            figs.append(_Figure("killed", Quantity(10, False, True), *m.span(), vague=True))
            occupied.take(*m.span())
    for m in _EN_FWD.finditer(ft):
        s, e = m.span()
        if not free(s, e):
            continue
        n = m.group("n")
        if _is_year(n) or _EN_NOT_PEOPLE.match(ft, e):
            continue
        q = _number(m, False)
        if q is None or q.value > 100000:
            continue
        trig = m.group("trig").lower()
        kind = "wounded" if trig.startswith(("wound", "injur")) else "killed"
        figs.append(_Figure(kind, q, s, e, vague=_is_vague(m)))
        occupied.take(s, e)
    floor = 0
    for m in _EN_BACK_TRIGGER.finditer(ft):
        word = m.group("w").lower()
        kind = _EN_BACK_TRIGGERS.get(word)
        s, e = m.span("w")
        if word == "lives" and not re.search(r"lost\s+their\s*$", ft[max(0, s - 14):s], re.I):
            continue
        if word == "shot" and not re.search(r"(?:summarily|fatally)\s*$", ft[max(0, s - 12):s], re.I):
            continue  # "shot" alone may have survived; "shot dead" is caught by "dead"
        if kind is None or not free(s, e):
            floor = max(floor, e)
            continue
        wstart, chunk = _window_before(ft, s, floor)
        floor = e
        b = _EN_BACK.search(chunk)
        if b is None:
            continue
        bs = wstart + b.start()
        n = b.group("n")
        if b.group("one") and not n:
            np_tokens = (b.group("np") or "").split()
            # "A boy was killed": the article counts one only for a short singular subject.
            if len(np_tokens) > 5 or not re.search(r"\b(?:was|is|has\s+been|died)\b", chunk[b.end("np"):] + " " + word, re.I):
                continue
        if n and _is_year(n):
            continue
        if _EN_NOT_AFTER_UNIT.search(ft[max(0, bs - 14):bs]):
            continue
        np_text = b.group("np") or ""
        if n and _EN_NOT_PEOPLE.match(chunk, b.end("n")):
            continue
        if not free(bs, e):
            continue
        q = _number(b, False)
        if q is None or q.value > 100000:
            continue
        if word == "casualties":
            q = Quantity(q.value, q.lower_bound, True)
        figs.append(_Figure(kind, q, bs, e, vague=_is_vague(b)))
        occupied.take(bs, e)
    return figs + _coordinated(ft, figs, occupied, False)


# "Nine soldiers and two civilians were killed", "killing three soldiers and two
# civilians", "مقتل 9 جنود و2 مدنيين": a figure joined by and/و to a counted group shares
# its verb, so both groups count.
_EN_NOUN = r"(?!(?:were|was|is|are|been|have|has|had|killed|wounded|injured|dead|died|said|and|in|on|at|by|of|the|when|after|while)\b)[a-z][a-z'\-]*"
_EN_COORD_BACK = re.compile(rf"(?:(?:{_EN_QUAL}))?{_EN_N}(?:\s+{_EN_NOUN}){{1,3}}\s*,?\s+and\s+\Z", _I)
_EN_COORD_FWD = re.compile(rf"\A(?:\s+{_EN_NOUN}){{1,3}}\s*,?\s+and\s+(?:(?:{_EN_QUAL}))?{_EN_N}(?=(?:\s+{_EN_NOUN}){{1,3}})", _I)
_AR_COORD_FWD = re.compile(rf"\A(?:\s+[^\s\d،,.:؛]+){{1,2}}\s+و\s*(?:{_AR_QUAL})?{_AR_N}(?=\s+[^\s\d،,.:؛]+)", _F)
_AR_COORD_DUAL = re.compile(r"\A(?:\s+[^\s\d،,.:؛]+){1,2}\s+و(?:شخص|جندي|طفل|رجل|عنصر|ضابط|شاب|مدني|مواطن|مقاتل)(?:ان|ين)(?![\w])", _F)


def _coordinated(ft: str, figs: list[_Figure], occupied: Occupied, ar: bool) -> list[_Figure]:
    out: list[_Figure] = []
    for f in list(figs):
        if f.total or f.q.value <= 0:
            continue
        after = ft[f.end:f.end + 80]
        m = (_AR_COORD_FWD if ar else _EN_COORD_FWD).match(after)
        if m is not None:
            s, e = f.end + m.start("n"), f.end + m.end()
            q = _number(m, ar)
            if q is not None and 0 < q.value <= 100000 and not _is_year(m.group("n")) and occupied.free(s, e) \
                    and not (_EN_NOT_PEOPLE.match(ft, e) if not ar else _AR_NOT_PEOPLE.match(ft, e)):
                out.append(_Figure(f.kind, q, s, e, vague=_is_vague(m)))
                occupied.take(s, e)
                continue
        if ar:
            d = _AR_COORD_DUAL.match(after)
            if d is not None and occupied.free(f.end, f.end + d.end()):
                out.append(_Figure(f.kind, Quantity(2), f.end + d.start(), f.end + d.end()))
                occupied.take(f.end, f.end + d.end())
            continue
        before = ft[max(0, f.start - 80):f.start]
        b = _EN_COORD_BACK.search(before)
        if b is not None:
            s = f.start - len(before) + b.start()
            e = f.start - len(before) + b.end("n")
            q = _number(b, False)
            if q is not None and 0 < q.value <= 100000 and not _is_year(b.group("n")) and occupied.free(s, e) \
                    and not _EN_NOT_PEOPLE.match(ft, e):
                out.append(_Figure(f.kind, q, s, e, vague=_is_vague(b)))
                occupied.take(s, e)
    return out


_PATTERN_NAMES = {id(globals()[n]): n for n in (
    "_AR_COMBINED", "_AR_TOLL", "_AR_LAQI", "_AR_FWD", "_AR_FWD_ONE", "_AR_FWD_TWO", "_AR_NOUN_TRIGGER",
    "_AR_VERB_AFTER", "_AR_DUAL_NOUN", "_AR_ZERO")}
_EN_BACK_TRIGGER = re.compile(rf"\b(?P<w>{word_trie(_EN_BACK_TRIGGERS)})\b", _I)


def _combine(figs: list[_Figure], kind: str) -> tuple[int | None, bool, bool, list[tuple[int, int]]]:
    mine = [f for f in figs if f.kind == kind]
    if not mine:
        return None, False, False, []
    totals = [f for f in mine if f.total and f.q.value > 0]
    if totals:
        best = max(totals, key=lambda f: f.q.value)
        return best.q.value, best.q.lower_bound, best.q.estimate, [(best.start, best.end)]
    precise = [f for f in mine if f.q.value > 0 and not f.vague]
    if precise:
        seen: dict[int, _Figure] = {}
        for f in precise:
            seen.setdefault(f.q.value, f)
        used = list(seen.values())
        return (sum(f.q.value for f in used), any(f.q.lower_bound for f in used),
                any(f.q.estimate for f in used), [(f.start, f.end) for f in used])
    vague = [f for f in mine if f.q.value > 0]
    if vague:
        best = max(vague, key=lambda f: f.q.value)
        return best.q.value, best.q.lower_bound, True, [(best.start, best.end)]
    zero = mine[0]
    return 0, False, False, [(zero.start, zero.end)]


def find_casualties(text: str, lang: str) -> Casualties:
    """Killed and wounded figures in ``text`` (Arabic "ar" or English "en"; anything else:
    decided by the script). Never raises on odd input: junk gives ``Casualties()``."""
    if not isinstance(text, str) or not text.strip():
        return NONE
    f = fold(text)
    ft = f.text
    lang = (lang or "").lower()[:2]
    if lang not in ("ar", "en"):
        lang = "ar" if re.search(r"[\u0600-\u06ff]", ft) else "en"
    try:
        figs = _arabic(ft) if lang == "ar" else _english(ft)
        if lang == "ar" and re.search(r"[A-Za-z]{4}", ft) and re.search(r"\b(?:killed|wounded|injured|dead)\b", ft, re.I):
            figs += _english(ft)
    except (RecursionError, ValueError):
        return NONE
    if not figs:
        return NONE
    k, klb, kest, kspans = _combine(figs, "killed")
    w, wlb, west, wspans = _combine(figs, "wounded")
    spans = sorted(set(f.span(s, e) for s, e in kspans + wspans))
    return Casualties(k, klb, w, wlb, tuple(spans), kest or west)


if __name__ == "__main__":  # a quick look: python -m events.casualties [file] [ar|en]
    import sys
    import time

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
