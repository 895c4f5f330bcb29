"""Arabic casualty figures (folded text: ا for أإآ, ي for ى, ه for ة): "مقتل 5 أشخاص",
"20 قتيلا", "ثلاثة أشخاص قتلوا", "مقتل جندي", "لقي 5 أشخاص مصرعهم", "ارتفاع حصيلة القتلى
إلى 20", "دون وقوع إصابات"."""
from __future__ import annotations

import re

from events.casualties.base import (Figure, coordinated, is_vague, is_year, number,
                                    window_before)
from events.dates import Occupied
from events.numbers import AR_NUMBER, AR_VAGUE, Quantity, parse_quantity, word_trie

_F = re.UNICODE
_VAGUE = re.compile(rf"(?:{AR_VAGUE})(?:\s+من)?\s*\Z", re.IGNORECASE | re.UNICODE)

_LB = r"اكثر\s+من|ما\s+يزيد\s+(?:عن|علي)|ما\s+لا\s+يقل\s+عن|لا\s+يقل\s+عن|ازيد\s+من|ما\s+يربو\s+علي|ما\s+يفوق|يزيد\s+عن"
_EST = r"نحو|حوالي|قرابه|زهاء|ما\s+يقارب|ما\s+يقرب\s+من|يقارب|اقل\s+من|قرابه"
_QUAL = rf"(?:(?P<lb>{_LB})|(?P<est>{_EST}))\s+"
_N = rf"(?P<n>{AR_VAGUE}(?:\s+من)?|{AR_NUMBER})"
_KILL = ["مقتل", "مصرع", "قتل", "استشهاد", "وفاه", "اعدام", "تصفيه", "قتلوا", "قتلت", "بحياه",  # بحياه: "أودى بحياة 5"
         "ذبح"]  # "ذبح 21 قبطيا"
_WOUND = ["اصابه", "جرح", "اصيب", "جرح", "اصابات", "اصاب", "اصابت"]  # اصاب: "وأصاب خمسة آخرين"
_PERSON_1 = ("شخص", "جندي", "مدني", "طفل", "رجل", "امراه", "مواطن", "عنصر", "مقاتل",
             "قائد", "شاب", "سائق", "ضابط", "عسكري", "مسلح", "صحفي", "شرطي", "مهاجر", "طالب",
             "اخر", "اخري", "فتاه", "طفله", "سيده", "امراه", "مسن", "معتقل", "سجين", "اب")
_PERSON_1_ALT = "|".join(_PERSON_1)
_PERSON_2 = ("شخصان", "اخران", "جنديان", "طفلان", "رجلان", "مدنيان", "مواطنان", "عنصران", "ضابطان", "شابان",
             "شخصين", "جنديين", "طفلين", "رجلين", "امراتين", "عنصرين", "ضابطين", "شابين",
             "مدنيين", "مواطنين", "مقاتلين")  # مدنيين/مواطنين/مقاتلين: dual only after a bare trigger
_PLURAL_TOO = ("مدنيين", "مواطنين", "مقاتلين")  # as often plural as dual
_DUAL_ALT = "|".join(w for w in _PERSON_2 if w not in _PLURAL_TOO)
_NOUN_KILLED = r"قتيلا|قتيل|قتلي|قتيلين|شهيدا|شهيد|شهداء|شهيدين|ضحيه|ضحايا|ضحيتين|وفيات|وفاه|حالات\s+وفاه|حاله\s+وفاه"
_NOUN_WOUNDED = r"جريحا|جريح|جرحي|جريحين|مصابا|مصاب|مصابين|اصابه|اصابات|مصابون"
# Words that, right after a number, say it counts things, units or time, not people.
_NOT_PEOPLE = re.compile(
    r"(?:كم|كيلو\w*|متر|مترا|امتار|ميل|اميال|بالمئه|بالمائه|في\s+المئه|في\s+المائه|%|ساعه|ساعات|"
    r"يوم|يوما|ايام|اسبوع|اسابيع|سنه|سنوات|عام|عاما|اعوام|شهر|شهرا|اشهر|دولار|دولارا|دينار|"
    r"يورو|طن|اطنان|لواء|كتيبه|مره|مرات|غاره|غارات|صاروخ|صواريخ|قذيفه|قذائف|هدف|اهداف|"
    r"موقع|مواقع|اليه|اليات|عربه|عربات|دبابه|دبابات|سياره|سيارات|مخزن|مخازن|طائره|طائرات|"
    r"منزل|منازل|مبني|مباني|بيت|بيوت|مليون|مليار|رتل|ارتال|درجه|نقطه|محور|محاور|"
    r"يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|"
    r"نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|كانون|شباط|اذار|جانفي|فيفري|افريل|ماي|جوان|"
    r"جويليه|اوت)(?:ا|ات|ين)?(?![\w])")
_NOT_AFTER_UNIT = re.compile(r"(?:لواء|اللواء|كتيبه|الكتيبه|رقم|اللواء\s+رقم|الكتيبه\s+رقم|الفرقه|فرقه)\s*$")

_FWD = re.compile(
    rf"(?<![\w])(?P<cl>[وفبل]?)(?:ال)?(?P<trig>{'|'.join(sorted(set(_KILL + _WOUND), key=len, reverse=True))})"
    rf"(?:هم|ه|ها)?\s+(?:(?:فيها|فيه|خلالها|خلاله|بينهم|منهم|منها|جراءه|جراءها|بها)\s+)?"
    rf"(?:{_QUAL})?{_N}"
    rf"(?P<after_lb>\s+(?:[\w]+\s+)?علي\s+الاقل)?", _F)
# "قُتل، اليوم الثلاثاء، شاب تونسي": a day set off by commas may stand between verb and victim
_FWD_ONE = re.compile(
    rf"(?<![\w])(?P<cl>[وفبل]?)(?P<trig>{'|'.join(sorted(set(_KILL + ['اصابه', 'جرح', 'اصيب']), key=len, reverse=True))})"
    rf"(?:\s*[،,][^،,.\d]{{1,30}}[،,])?\s+(?:(?P<two>{'|'.join(_PERSON_2)})|(?P<one>{_PERSON_1_ALT}))(?![\w])", _F)
# "قتل مسلحون ثلاثة أشخاص", "قتلت قوات الجيش خمسة مسلحين": the subject between the verb
# and whom it killed (one to three words, none a preposition or a day)
_SUBJ_WORD = (r"(?!(?:في|من|علي|الي|منذ|يوم|امس|خلال|بعد|قبل|عام|نحو|حوالي)\s)"
              r"(?![وف]?(?:اصيب|جرح|قتل)\w*\s)[^\s\d،,.:؛]+")  # "قتل مدني وأصيب جنديان": no subject
_KILL_SUBJ = re.compile(
    rf"(?<![\w])(?P<cl>[وف]?)(?P<trig>قتل|قتلت|اغتال|اغتالت|اعدم|اعدمت|ذبح)\s+(?:{_SUBJ_WORD}\s+){{1,3}}"
    rf"(?:(?:{_QUAL})?{_N}|(?P<both>{_DUAL_ALT})(?![\w]))", _F)
_DUAL_NOUN = re.compile(r"(?<![\w])(?P<cl>[وف]?)(?:(?P<k>قتيلان|قتيلين|شهيدان|شهيدين)|(?P<w>جريحان|جريحين|مصابان|مصابين))(?![\w])", _F)
# "سقوط قتيل وعدة جرحى", "خلف جريحا": one dead or hurt, the noun with no figure
_ONE_NOUN = re.compile(r"(?<![\w])[وفبل]?(?:سقوط|وقوع|خلف|خلفت|اوقع|اوقعت)\s+(?:(?P<k>قتيل|قتيلا)|(?P<w>جريح|جريحا))"
                       r"(?![\w])(?!\s*\d)", _F)
# "ثلاثة أشخاص قتلوا", "شخصان قتلا": the verb after its subject.
_VERB_AFTER = re.compile(
    r"(?<![\w])[وف]?(?P<verb>قتلوا|قتلا|قتلن|لقوا|جرحوا|جرحا|اصيبوا|اصيبا|سقطوا)(?![\w])", _F)
_VERB_BACK = re.compile(rf"(?:(?:{_QUAL}))?{_N}(?:\s+[^\s،,.:؛]+){{0,3}}?\s+\Z", _F)
_DUAL_BACK = re.compile(r"(?<![\w])(?:شخص|جندي|طفل|رجل|عنصر|ضابط|شاب|مدني|مواطن)(?:ان|ين)"
                        r"(?P<lb>\s+علي\s+الاقل)?\s+\Z", _F)  # "شخصين على الأقل قتلا"
_SENTENCE = re.compile(r"(?:حكم|حكما|قضت|قضي|يقضي|احكام|الحكم|عقوبه|بالحكم)\s+(?:\S+\s+)?$")
_COMBINED = re.compile(
    r"(?<![\w])[وفبل]?(?:مقتل|قتل|سقوط|استشهاد)\s+و(?:اصابه|جرح)\s+", _F)
_LAQI = re.compile(
    rf"(?<![\w])(?P<cl>[وف]?)(?:لقي|لقيت|لقوا|لقى|لقيا|قضي|قضت|قضوا|قضيا)\s+(?:(?:{_QUAL})?{_N}|(?P<one>{_PERSON_1_ALT}|امراه|طفله|سيده)(?![\w])"
    rf"|(?P<both>{_DUAL_ALT})(?![\w]))"
    rf"(?:\s+\S+){{0,5}}?\s+(?:مصرع|حتف|نحب)", _F)  # "قضى ثلاثة مدنيين نحبهم": died
# "مقتل عائلة من أربعة أفراد", "مقتل أسرة مكونة من خمسة أشخاص": the family's number is its dead
_FAMILY = re.compile(rf"(?<![\w])(?P<cl>[وفبل]?)(?P<trig>مقتل|قتل|مصرع|استشهاد|اصابه|قضت|لقيت)\s+(?:عائله|اسره)"
                     rf"(?:\s+كامله)?(?:\s+(?:مكونه|تتكون|تضم))?\s+من\s+(?:{_QUAL})?{_N}", _F)
# "ما أدى إلى مقتله"، "وأسفر الانفجار عن إصابته"، "أدت لمصرعهما": the one (two) the sentence named
_RESULT_OF = re.compile(r"(?<![\w])(?P<cl>[وف]?)(?:ادي|ادت|اسفر|اسفرت|تسبب|تسببت)(?:\s+[^\s\d،,.]+){0,2}?\s+"
                        r"(?:(?:الي|عن|في)\s+)?[لب]?"
                        r"(?P<trig>مقتل|مصرع|استشهاد|اصابت|جرح)(?P<p>ه|ها|هما)(?![\w])", _F)
# "وراح ضحيتها اثنان من الجنود": the attack took N as its victims.
_RAHA = re.compile(rf"(?<![\w])(?P<cl>[وف]?)(?:راح|ذهب)\s+ضحيت(?:ها|ه|هم|هما)\s+(?:{_QUAL})?{_N}", _F)
# "عثرت الأجهزة الأمنية على جثة شاب", "العثور على 3 جثث": bodies found are the dead
_BODIES = re.compile(rf"(?<![\w])(?P<cl>)علي\s+(?:{_QUAL})?(?:{_N}\s+)?(?P<b>جثه|جثث|جثتي|جثتين|جثمان|جثامين)(?![\w])", _F)
# "اغتال مسلحون مجهولون اليوم الصحفي مفتاح بوزيد", "شهدت حجة اغتيال أحد الأهالي": an
# assassination kills the one person it names, unless a number says more (the patterns above
# have it then), it was only tried ("محاولة اغتيال") or it is a series ("عمليات اغتيال").
_ASSASSIN = re.compile(r"(?<![\w])(?P<cl>[وفبل]?)(?:ال)?(?P<trig>اغتيال|اغتيل|اغتيلت|اغتال|اغتالت)(?![\w])", _F)
_ASSASSIN_NOT = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:محاوله|محاولات|عمليات|عمليه|سلسله|موجه|حمله|خطه|مخطط|"
                           r"تهديدات|تهديد|نجا|نجاه|يحاول|حاول|حاولوا|يخطط|خطط|بتهمه|تهمه|اتهام|اتهم|اتهمت|متهم\w*|"
                           r"جريمه|قضيه|ملف)"
                           r"(?:\s+\S+){0,2}\s+\Z", _F)  # "بالمخطط الإرهابي الجبان لاغتيال الدباشي"
_ASSASSIN_N = re.compile(rf"\s+(?:{_QUAL})?{_N}(?![\w])", _F)  # "اغتيال 3 ضباط": the number says how many
# "عثر على جثث ثلاثة أشخاص": the number after the bodies
_BODIES_OF = re.compile(rf"(?<![\w])(?P<cl>)علي\s+(?P<b>جثث|جثامين)\s+(?:{_QUAL})?{_N}(?![\w])", _F)
_FOUND = re.compile(r"(?:عثر\w*|العثور|وجد\w*|انتشال|انتشل\w*)(?:\s+\S+){0,6}\s*\Z", _F)
# "مقتل إرهابيين اثنين": two follows its noun.
_FWD_TWO = re.compile(
    rf"(?<![\w])(?P<cl>[وفبل]?)(?P<trig>{'|'.join(sorted(set(_KILL + ['اصابه', 'جرح', 'اصيب']), key=len, reverse=True))})"
    r"\s+[^\s\d،,.]+\s+(?:اثنين|اثنان|اثنتين|اثنتان)(?![\w])", _F)
_TOLL = re.compile(
    rf"(?:حصيله|عدد)\s+(?:ال)?(?:(?P<k>قتلي|ضحايا|وفيات|شهداء|الموتي)|(?P<w>جرحي|مصابين|اصابات))"
    rf"(?:\s+[^\s\d،,.]+){{0,4}}?\s+(?:(?:الي|ل)\s*)?(?:{_QUAL})?{_N}", _F)
_NOUN_BACK = re.compile(
    rf"(?:(?:{_QUAL}))?{_N}\s+(?:من\s+)?(?:ال)?\Z", _F)
_ZERO_VERBS = r"تسفر|يسفر|اسفر|اسفرت|تسجل|يسجل|تقع|يقع|يسقط|تسقط|يخلف|تخلف|توقع|يوقع"
_ZERO = re.compile(
    rf"(?:دون|بدون|لا|عدم|لم\s+(?:{_ZERO_VERBS})(?:\s+[^\s،,.]+){{0,2}}?\s+عن|لم\s+(?:{_ZERO_VERBS})"
    rf"|(?:{_ZERO_VERBS})\s+عن\s+عدم)"
    r"\s+(?:وقوع\s+|تسجيل\s+|سقوط\s+|اي\s+)*"
    r"(?P<what>اصابات|ضحايا|خسائر\s+بشريه|قتلي|جرحي|اصابات\s+بشريه)(?![\w])", _F)
_NOUN_TRIGGER = re.compile(
    rf"(?<![\w])(?P<noun>(?:ال)?(?:{_NOUN_KILLED}|{_NOUN_WOUNDED}))(?![\w])"
    rf"(?P<after_lb>\s+علي\s+الاقل)?", _F)

_COORD_FWD = re.compile(rf"\A(?:\s+[^\s\d،,.:؛]+){{1,3}}\s+و\s*(?:{_QUAL})?{_N}(?=\s+[^\s\d،,.:؛]+)", _F)
_COORD_DUAL = re.compile(r"\A(?:\s+[^\s\d،,.:؛]+){1,2}\s+و(?:شخص|جندي|طفل|رجل|عنصر|ضابط|شاب|مدني|مواطن|مقاتل)(?:ان|ين)(?![\w])", _F)


def _start_words() -> dict[str, tuple[str, ...]]:
    kill_wound = sorted(set(_KILL + _WOUND))
    table: dict[str, set[str]] = {}

    def add(words, *pats):
        for w in words:
            table.setdefault(w, set()).update(pats)
    add(kill_wound + ["ال" + w for w in kill_wound], "_FWD")
    add(sorted(set(_KILL + ["اصابه", "جرح", "اصيب"])), "_FWD_ONE", "_FWD_TWO")
    add(["مقتل", "قتل", "سقوط", "استشهاد"], "_COMBINED")
    add(["قتل", "قتلت", "اغتال", "اغتالت", "اعدم", "اعدمت", "ذبح"], "_KILL_SUBJ")
    add(["اغتيال", "اغتيل", "اغتيلت", "اغتال", "اغتالت", "الاغتيال"], "_ASSASSIN")
    add(["لقي", "لقيت", "لقوا", "لقى", "لقيا", "قضي", "قضت", "قضوا", "قضيا"], "_LAQI")
    add(["راح", "ذهب"], "_RAHA")
    add(["ادي", "ادت", "اسفر", "اسفرت", "تسبب", "تسببت"], "_RESULT_OF")
    add(["اصيب", "اصيبت", "جرح", "جرحت", "قتل", "قتلت"], "_KIN_HURT")
    add(["مقتل", "قتل", "مصرع", "استشهاد", "اصابه", "قضت", "لقيت"], "_FAMILY")  # "قضت عائلة مكونة من خمسة"
    add(["علي"], "_BODIES", "_BODIES_OF")
    add(["حصيله", "عدد"], "_TOLL")
    add(["قتلوا", "قتلا", "قتلن", "لقوا", "جرحوا", "جرحا", "اصيبوا", "اصيبا", "سقطوا"], "_VERB_AFTER")
    add(["قتيلان", "قتيلين", "شهيدان", "شهيدين", "جريحان", "جريحين", "مصابان", "مصابين"], "_DUAL_NOUN")
    add(["دون", "بدون", "لا", "لم", "عدم"], "_ZERO")
    add(["سقوط", "وقوع", "خلف", "خلفت", "اوقع", "اوقعت"], "_ONE_NOUN")
    nouns = [w for w in (_NOUN_KILLED + "|" + _NOUN_WOUNDED).split("|") if "\\" not in w]
    add(nouns + ["ال" + w for w in nouns] + ["حالات", "حاله"], "_NOUN_TRIGGER")
    return {w: tuple(sorted(p)) for w, p in table.items()}


_STARTS = _start_words()
_START_RE = re.compile(rf"(?<![\w])[وفبل]?(?P<w>{word_trie(_STARTS)})(?![\w])", _F)


def _ar_starts(ft: str) -> dict[str, list[tuple[int, int]]]:
    """Where each Arabic pattern may begin (with and without an attached clitic): one trie
    scan instead of nine full ones."""
    out: dict[str, list[tuple[int, int]]] = {}
    for t in _START_RE.finditer(ft):
        for name in _STARTS[t.group("w")]:
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

def figures(ft: str) -> list[Figure]:
    """Every killed / wounded figure in folded Arabic text, before they are combined."""
    starts = _ar_starts(ft)
    if not starts:
        return []
    figs: list[Figure] = []
    occupied = Occupied()
    free = occupied.free
    for m in _hits(_COMBINED, starts, ft):
        occupied.take(*m.span())

    for m in _hits(_TOLL, starts, ft):
        q = number(m)
        if q:
            figs.append(Figure("wounded" if m.group("w") else "killed", q, *m.span(), total=True))
            occupied.take(*m.span())
    for m in _hits(_LAQI, starts, ft):
        if free(*m.span()):
            q = number(m)
            if q:
                if "علي الاقل" in m.group():
                    q = Quantity(q.value, True, q.estimate)
                figs.append(Figure("killed", q, m.end("cl"), m.end(), vague=is_vague(m, _VAGUE)))
                occupied.take(*m.span())
    for m in _hits(_FAMILY, starts, ft):
        q = number(m)
        if q and 1 < q.value <= 30 and free(*m.span()) and not is_vague(m, _VAGUE):
            figs.append(Figure("wounded" if m.group("trig") == "اصابه" else "killed", q, m.end("cl"), m.end()))
            occupied.take(*m.span())
    for m in _hits(_KIN_HURT, starts, ft):
        if free(*m.span()):
            kind = "killed" if m.group("trig").startswith("قتل") else "wounded"
            figs.append(Figure(kind, Quantity(1), m.end("cl"), m.end()))
            occupied.take(*m.span())
    for m in _hits(_RESULT_OF, starts, ft):
        if free(*m.span()):
            kind = "wounded" if m.group("trig") in ("اصابت", "جرح") else "killed"
            figs.append(Figure(kind, Quantity(2 if m.group("p") == "هما" else 1), m.end("cl"), m.end()))
            occupied.take(*m.span())
    for m in _hits(_RAHA, starts, ft):
        q = number(m)
        if q and free(*m.span()) and not is_year(m.group("n")):
            figs.append(Figure("killed", q, m.end("cl"), m.end(), vague=is_vague(m, _VAGUE)))
            occupied.take(*m.span())
    for m in _hits(_FWD, starts, ft):
        s, e = m.end("cl"), m.end()
        if not free(s, e):
            continue
        n = m.group("n")
        rest = ft[e:e + 24]
        after = rest.lstrip()
        if _NOT_PEOPLE.match(after) or is_year(n):
            continue
        q = number(m)
        if q is None or q.value > 100000:
            continue
        trig = m.group("trig")
        if trig == "اعدام" and _SENTENCE.search(ft[max(0, m.start() - 24):m.start()]):
            continue  # a death sentence, not a killing
        kind = "killed" if trig in _KILL else "wounded"
        # "سقوط 5 قتلى" style: a noun after the number decides the kind.
        nm = _NOUN_TRIGGER.match(after)
        if nm:
            kind = "wounded" if re.search(_NOUN_WOUNDED, nm.group("noun")) else "killed"
            e = e + (len(rest) - len(after)) + nm.end()
        figs.append(Figure(kind, q, s, e, vague=is_vague(m, _VAGUE)))
        occupied.take(s, e)
    for m in _hits(_KILL_SUBJ, starts, ft):
        s, e = m.end("cl"), m.end()
        n = m.group("n")
        if not free(s, e) or is_year(n) or _NOT_PEOPLE.match(ft[e:e + 24].lstrip()) \
                or _NOT_AFTER_UNIT.search(ft[s:m.start("n")]) or is_vague(m, _VAGUE):
            continue
        q = number(m)
        if q is not None and q.value <= 100000:
            figs.append(Figure("killed", q, s, e))
            occupied.take(s, e)
    for m in _hits(_FWD_ONE, starts, ft):
        s, e = m.end("cl"), m.end()
        if not free(s, e):
            continue
        trig = m.group("trig")
        two = m.group("two")
        if two and two in _PLURAL_TOO:
            continue  # plural as often as dual
        if trig == "جرح" and m.group("one") in ("اخر", "اخري"):
            continue  # "جرح آخر" is as often "another wound"
        if trig == "اعدام" and _SENTENCE.search(ft[max(0, m.start() - 24):m.start()]):
            continue
        kind = "killed" if trig in _KILL else "wounded"
        figs.append(Figure(kind, Quantity(2 if two else 1), s, e))
        occupied.take(s, e)
    for m in _hits(_BODIES, starts, ft):
        s, e = m.span()
        if not free(s, e) or not _FOUND.search(ft[max(0, s - 60):s]):
            continue
        body = m.group("b")
        q = number(m) if m.group("n") else (Quantity(2) if body in ("جثتي", "جثتين") else
                                            Quantity(1) if body in ("جثه", "جثمان") else None)
        if q is None or q.value > 100000 or (m.group("n") and is_year(m.group("n"))):
            continue  # "جثث" with no number: some bodies, not a count
        figs.append(Figure("killed", q, s, e, vague=is_vague(m, _VAGUE) if m.group("n") else False))
        occupied.take(s, e)
    for m in _hits(_BODIES_OF, starts, ft):
        s, e = m.span()
        q = number(m)
        if q is not None and 0 < q.value <= 1000 and not is_year(m.group("n")) and not is_vague(m, _VAGUE) \
                and free(s, e) and _FOUND.search(ft[max(0, s - 60):s]) and not _NOT_PEOPLE.match(ft[e:e + 24].lstrip()):
            figs.append(Figure("killed", q, s, e))
            occupied.take(s, e)
    for m in _hits(_FWD_TWO, starts, ft):
        s, e = m.end("cl"), m.end()
        if free(s, e):
            kind = "killed" if m.group("trig") in _KILL else "wounded"
            figs.append(Figure(kind, Quantity(2), s, e))
            occupied.take(s, e)
    for m in _hits(_NOUN_TRIGGER, starts, ft):
        s, e = m.span()
        if not free(s, e):
            continue
        wstart, chunk = window_before(ft, s, 0)
        b = _NOUN_BACK.search(chunk)
        if b is None:
            continue
        n = b.group("n")
        noun = m.group("noun")
        if noun.startswith("ال") and not re.match(AR_VAGUE, n):
            continue  # "3 القتلى" is not a phrase; "عشرات القتلى" is
        bs = wstart + b.start()
        prior = ft[max(0, bs - 20):bs]
        if _NOT_AFTER_UNIT.search(prior):
            continue
        if not free(bs, e):
            continue
        q = number(b)
        if q is None:
            continue
        if m.group("after_lb"):
            q = Quantity(q.value, True, q.estimate)
        kind = "wounded" if re.fullmatch(rf"(?:ال)?(?:{_NOUN_WOUNDED})", noun) else "killed"
        figs.append(Figure(kind, q, bs, e, vague=is_vague(b, _VAGUE)))
        occupied.take(bs, e)
    for m in _hits(_VERB_AFTER, starts, ft):
        s, e = m.span()
        if not free(s, e):
            continue
        wstart, chunk = window_before(ft, s, 0)
        b = _VERB_BACK.search(chunk)
        if b is None:
            b = _DUAL_BACK.search(chunk)
            if b is None:
                continue
            q: Quantity | None = Quantity(2, bool(b.group("lb")))
        else:
            if is_year(b.group("n")) or _NOT_PEOPLE.match(ft, wstart + b.end("n") + 1):
                continue
            q = number(b)
        bs = wstart + b.start()
        if q is None or not free(bs, e):
            continue
        verb = m.group("verb")
        kind = "wounded" if verb.startswith(("جرح", "اصيب")) else "killed"
        figs.append(Figure(kind, q, bs, e, vague="n" in b.groupdict() and is_vague(b, _VAGUE)))
        occupied.take(bs, e)
    for m in _hits(_DUAL_NOUN, starts, ft):
        if m.group("w") and m.group("w") == "مصابين":
            continue  # also the plural "injured"
        if free(*m.span()):
            figs.append(Figure("wounded" if m.group("w") else "killed", Quantity(2), m.end("cl"), m.end()))
            occupied.take(*m.span())
    for m in _hits(_ONE_NOUN, starts, ft):
        s, e = m.start("k") if m.group("k") else m.start("w"), m.end()
        if free(s, e):
            figs.append(Figure("wounded" if m.group("w") else "killed", Quantity(1), s, e))
            occupied.take(s, e)
    for m in _hits(_ZERO, starts, ft):
        if not free(*m.span()):
            continue
        what = m.group("what")
        kinds = ("killed",) if what == "قتلي" else ("wounded",) if what == "جرحي" else ("killed", "wounded")
        for k in kinds:
            figs.append(Figure(k, Quantity(0), *m.span()))
    if not any(f.kind == "killed" for f in figs):
        for m in _hits(_ASSASSIN, starts, ft):
            s, e = m.end("cl"), m.end()
            if free(s, e) and not _ASSASSIN_NOT.search(ft, max(0, m.start() - 30), m.start()):
                n = _ASSASSIN_N.match(ft, e)
                q = number(n) if n is not None and not is_year(n.group("n")) \
                    and not _NOT_PEOPLE.match(ft[n.end():n.end() + 24].lstrip()) else Quantity(1)
                if q is None or q.value > 100000:
                    continue
                e = n.end() if n is not None and q.value != 1 else e
                figs.append(Figure("killed", q, s, e))
                occupied.take(s, e)
                break
    figs = [_with_kin(ft, f) for f in figs]
    return figs + coordinated(ft, figs, occupied, _COORD_FWD, _NOT_PEOPLE, _VAGUE, _coordinated_dual)


# "قتل رجل وابنه"، "مقتل سيدة وطفليها"، "إصابة مواطن وشقيقيه": kin named right after one
# person, by their pronoun, are one more (two for a dual) with the same verb
_KIN = r"ابن|ابنت|نجل|زوج|زوجت|شقيق|شقيقت|اخي|اخو|اخت|والد|والدت|طفل|طفلت|حفيد|صديق|رفيق|مرافق|سائق|حارس"
_KIN_AFTER = re.compile(rf"\s+و(?:(?P<one>{_KIN})(?:ه|ها)|(?P<two>{_KIN})(?:اه|يه|اها|يها))(?![\w])", _F)
# "قتل أب وأطفاله الثلاثة": kin in the plural, their number after them
# "قتل طفل وأصيبت والدته بجروح": one of the kin, by the pronoun, hurt with a verb of their own
_KIN_HURT = re.compile(rf"(?<![\w])(?P<cl>[وف]?)(?P<trig>اصيب|اصيبت|جرح|جرحت|قتل|قتلت)\s+(?:{_KIN})(?:ه|ها)(?![\w])",
                       _F)
_KIN_MANY = re.compile(r"\s+و(?:اطفال|ابناء|ابناو|ابنائ|اولاد|بنات|اشقاء|اشقائ|اخوت)(?:ه|ها)\s+ال(?P<n>[^\s\d،,.]+)",
                       _F)


def _with_kin(ft: str, f: Figure) -> Figure:
    if f.q.value != 1 or f.q.estimate or f.q.lower_bound or f.total:
        return f
    m = _KIN_AFTER.match(ft, f.end)
    if m is None:
        many = _KIN_MANY.match(ft, f.end)
        q = parse_quantity(many.group("n")) if many is not None else None
        return Figure(f.kind, Quantity(q.value + 1), f.start, many.end(), f.total, f.vague) \
            if q is not None and 1 < q.value <= 20 else f
    return Figure(f.kind, Quantity(2 if m.group("one") else 3), f.start, m.end(), f.total, f.vague)


def _coordinated_dual(ft: str, f: Figure, after: str, occupied: Occupied) -> Figure | None:
    """"مقتل 3 جنود وشخصين": a dual joined by و to a figure."""
    d = _COORD_DUAL.match(after)
    if d is not None and occupied.free(f.end, f.end + d.end()):
        occupied.take(f.end, f.end + d.end())
        return Figure(f.kind, Quantity(2), f.end + d.start(), f.end + d.end())
    return None



_PATTERN_NAMES = {id(globals()[n]): n for n in (
    "_COMBINED", "_TOLL", "_LAQI", "_FAMILY", "_RESULT_OF", "_KIN_HURT", "_RAHA", "_BODIES", "_BODIES_OF", "_FWD",
    "_KILL_SUBJ", "_FWD_ONE", "_FWD_TWO", "_NOUN_TRIGGER",
    "_ASSASSIN",
    "_VERB_AFTER", "_DUAL_NOUN", "_ONE_NOUN", "_ZERO")}
