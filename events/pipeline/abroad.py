"""Where a happening abroad took place (used by ``where.place_pairs``).

A sentence that names no Libyan place but says its happening was abroad — "في مصر",
"بالقاهرة", "in Cairo", or a foreign town or landmark named outright ("تقصف بيروت", "مبنى
في نيويورك") — is placed at that foreign place and marked ``in_libya=False`` (the build
reads the place's country); it never borrows the report's Libyan main place, nor the
dateline's city ("دبي، الإمارات العربية المتحدة (CNN)"): where the report was filed. A country named
as an actor ("أعلنت مصر", "Egypt said") or by its adjective ("الطيران المصري") says who,
not where, and places nothing.
"""
from __future__ import annotations

import bisect
import re

from events.pipeline.cues import cue
from events.pipeline.doc import Clause, Doc, ExtractedPlace, Happening
from events.pipeline.places import REGION_KINDS, locates, native_of, of_an_institution, speaks_from
from events.sentences import Token, tokenize

_IN = cue("in")
_OFFICIALS = frozenset({"مسؤولون", "مسؤولين", "مسؤول", "مصادر", "مصدر", "دبلوماسيون", "officials", "sources", "diplomats"})
_VOICED = cue("condemnation") | frozenset(t.key for t in tokenize("قالت قال أعلنت أعلن رحبت رحب اتهمت اتهم طالبت طالب حذرت حذر"))
_STREETS = frozenset({"شارع", "شارعي", "street", "road"})
_SAW = frozenset({"شهدت", "وشهدت", "شهد", "وشهد", "تشهد", "يشهد"})
_EACH = frozenset({"كل", "بكل", "وكل"})  # "في كل من السعودية والكويت": in each of them
_AS_SOURCE = frozenset({"وفقا", "طبقا", "حسب", "بحسب"})  # "وفقا لواشنطن": whose word it is
_LINKING = frozenset({"يربط", "تربط", "ويربط", "وتربط", "الرابط", "الرابطه", "الواصل", "يصل", "تصل"})
_DISTANCE = frozenset({"كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "متر", "ميل", "اميال", "تبعد", "يبعد"})


def _located(doc: Doc, m) -> bool:
    """Whether a foreign mention is given as where something is: after "in"/"في" or
    "على" (on: what was struck), with a ب prefix ("بالقاهرة"), or a town or landmark (not a
    country or region) named outright — never after "من"/"from" (whence someone came)."""
    k = max(0, bisect.bisect_right(doc.starts, m.start) - 1)  # the token holding it ("بالجفينة")
    prev = doc.tokens[k - 1].key if k > 0 else ""
    # the word before a list "X وY" for its second item ("بين واشنطن وأنقرة", "شارعي الثورة وبغداد")
    listed = doc.tokens[k - 2].key if k > 1 and doc.tokens[k].key.startswith("و") else ""
    if prev == "من" and k > 1 and doc.tokens[k - 2].key in _EACH:
        return True  # "تفجير المساجد في كل من السعودية والكويت": in each of them
    if prev in ("من", "from"):
        return False  # "الجماعات الإرهابية ... المدعومة من الدوحة": whence support came
    if any(doc.tokens[j].key == "من" and doc.tokens[j + 1].key in ("والي", "والى")
           for j in range(max(0, k - 4), k - 1)) or any(
            doc.tokens[j].key == "بين" and doc.tokens[j - 1].key in _LINKING for j in range(max(1, k - 8), k)):
        # "المتحكم بكامل الحركة من وإلى محافظات عدن ولحج", "مفترق طرق يربط بين ردفان والضالع
        # وتعز": a route's ends, not where
        return False
    if prev.removeprefix("ال").startswith("موال"):
        return False  # "الانفصاليين الموالين لروسيا": whom a side is loyal to
    if "بين" in (prev, listed):
        return False  # "تفاهم تم التوصل إليه بين واشنطن وأنقرة": two governments, not where
    if k > 1 and prev in ("في", "in") and doc.tokens[k - 2].key.lstrip("و") in _OFFICIALS:
        return False  # "وكان مسؤولون في واشنطن قد صرحوا": where who speaks works
    if prev.lstrip("و") in _VOICED and m.resolution.place.kind == "city":
        return False  # "ونددت واشنطن بأشد العبارات بالهجوم": a capital that condemns is its government
    if prev.lstrip("وب") in _STREETS or listed.lstrip("وب") in _STREETS:
        return False  # "شارعي الثورة وبغداد" in Damascus: streets' names
    if 1 < k <= len(doc.tokens) and doc.tokens[k - 1].key == "عن" \
            and any(t.key in _DISTANCE for t in doc.tokens[max(0, k - 4):k - 1]):
        return False  # "مقاطعة يونان التي تبعد أكثر من 2000 كيلو متر عن بكين": how far from it
    if native_of(doc.tokens, k):
        return False  # "شاب تونسي أصيل المنستير": his home town
    if speaks_from(doc.text, doc.tokens, k):
        return False  # "وفي الرباط أكدت الوزارة أنها تدين الجريمة": whence a condemnation came
    if (prev in _AS_SOURCE or prev.lstrip("و") in _AS_SOURCE) and m.resolution.place.kind in ("city", "country"):
        return False  # "وأسقطت العديد من صواريخ كروز، وفقا لواشنطن": a capital quoted is its government
    if of_an_institution(doc.tokens, k):
        return False  # "رئيس الغرفة التجارية الصناعية بالرياض": the seat in a speaker's title
    if m.end <= doc.dateline_end:
        return False  # "دبي، الإمارات العربية المتحدة (CNN)--": where the report was filed (stage "sentences")
    if m.resolution.place.kind not in REGION_KINDS:
        return True
    if _DURING_VISIT.search(doc.text[max(0, m.start - 60):m.start]):
        return True  # "لمحاولة اغتيال خلال زيارة خاصة إلى تونس": where the visit was, it happened
    if k >= len(doc.tokens):
        return False
    tok: Token = doc.tokens[k]
    if k > 0 and (doc.tokens[k - 1].key.removeprefix("و") in _IN or doc.tokens[k - 1].key == "علي"):
        return True  # "في سلسلة غارات إسرائيلية على قطاع غزة": what was struck
    if k > 0 and doc.tokens[k - 1].key in _SAW:
        return True  # "شهدت محافظة حجة ... اغتيال أحد الأهالي": the region saw it
    return tok.arabic and tok.key.lstrip("و").startswith("ب") and not m.text.lstrip("و").startswith("ب")


_DURING_VISIT = re.compile(r"(?:خلال|أثناء|اثناء|إبان|during)\s+(?:(?:a|an|his|her|their|the)\s+)?(?:\S+\s+)?"
                           r"(?:زيار\S*|جول\S*|visit|trip|tour)(?:\s+\S+){0,2}?\s+(?:(?:إلى|الى|to)\s+|ل)$", re.I)
_ADJECTIVE_ENDINGS_AR = ("ي", "يه", "ية", "يون", "يين", "يان")
_ADJECTIVE_ENDINGS_EN = ("an", "ans", "ese", "ish", "i", "is")


def country_adjective(mention) -> bool:
    """A nationality adjective (الليبية, Libyan, التونسي) that resolved to its country. The
    extractor uses it as a hint that a report is about Libya; as a place mention it is noise."""
    from geo.normalise import has_arabic, normalise_ar

    place = mention.resolution.place
    if place is None or place.kind != "country" or not mention.text.split():
        return False
    word = mention.text.split()[-1]
    if has_arabic(word):
        return normalise_ar(word) != normalise_ar(place.name_ar) and word.endswith(_ADJECTIVE_ENDINGS_AR)
    return word.lower() != place.name_en.lower() and word.lower().endswith(_ADJECTIVE_ENDINGS_EN)


def foreign_places(doc: Doc, c: Clause) -> list[ExtractedPlace]:
    """The sentence's places abroad given as where something is, in text order; a place
    that only says where the one before it lies ("الزبداني شمال غرب دمشق") is left out."""
    s = c.sentence
    raw = doc.raw_places
    return [ExtractedPlace(m.start, m.end, m.text, m) for k, m in enumerate(raw)
            if s.start <= m.start and m.end <= s.end and _abroad_located(doc, m)
            and not (m.relation and k > 0 and _abroad_located(doc, raw[k - 1])
                     and raw[k - 1].resolution.place.kind != "country"
                     and locates(doc.text[raw[k - 1].end:m.start], m.relation))]


def _abroad_located(doc: Doc, m) -> bool:
    """A place abroad given as where something is (not a nationality adjective)."""
    p = m.resolution.place
    return p is not None and getattr(p, "country", "LY") != "LY" and not country_adjective(m) and _located(doc, m)


def report_abroad(doc: Doc) -> ExtractedPlace | None:
    """The first place abroad the report gives as where something is (a town before a
    country or region when the report names both in one breath), or None."""
    m = next((m for m in doc.raw_places if _abroad_located(doc, m)), None)
    return ExtractedPlace(m.start, m.end, m.text, m) if m is not None else None


_LIKENED = re.compile(r"بالطريقة\s+(?:ذاتها|نفسها)|على\s+غرار|مثلما|كما\s+حدث|على\s+نحو\s+ما"
                      r"|in\s+the\s+same\s+way\s+as|as\s+happened\s+in", re.I)


def likened(text: str, h: Happening, p: ExtractedPlace) -> bool:
    """"استهدف مسجد الإمام الصادق، بالطريقة ذاتها التي استهدف بها مسجد ... بالقطيف": a place
    after what the happening is likened to is that one's, not its own."""
    return p.start > h.main.end and _LIKENED.search(text[h.main.end:p.start]) is not None


def foreign_place(doc: Doc, c: Clause, h: Happening) -> ExtractedPlace | None:
    """The place abroad nearest the happening's main trigger (after it first), a town before
    a region or country ("في مدينة العريش بمحافظة شمال سيناء (شرقي مصر)": al-Arish), or None."""
    cands = [p for p in foreign_places(doc, c) if not likened(doc.text, h, p)]
    if not cands:
        return None
    t = h.main
    # "وفي سهل الغاب -الذي تقع أجزاء منه ... بريف اللاذقية- استعاد جيش الفتح قرية": the place
    # that opens the sentence says where, whatever else its aside names ("وفي مصر، ...
    # بالعريش": a country that opens it leaves the town to say where)
    return min(cands, key=lambda p: (p.start != c.opening_place_start or p.country_level,
                                     p.place.kind in REGION_KINDS or _named_as_province(doc.text, p),
                                     p.start - t.end if p.start >= t.end else (t.start - p.end) * 1.5 + 15.5))


_PROVINCE_BEFORE = re.compile(r"(?:ولاية|ولايه|محافظة|محافظه|إقليم|اقليم|جهة|جهه)\s*$")
# "القوات ... في محافظتي الضالع وعدن": each of two or more governorates named at once
_PROVINCES_BEFORE = re.compile(r"(?:محافظتي|ولايتي|محافظات|ولايات)\s+(?:[^\s،,.]+\s+){0,3}و?$")


def _named_as_province(text: str, p: ExtractedPlace) -> bool:
    """"بمدينة سجنان من ولاية بنزرت": a city named as its governorate ("ولاية بنزرت", "بجهة بنزرت") is the
    region the town before it lies in; so is each of "محافظتي الضالع وعدن"."""
    return _PROVINCE_BEFORE.search(text[max(0, p.start - 8):p.start]) is not None \
        or _PROVINCES_BEFORE.search(text[max(0, p.start - 40):p.start]) is not None


_THERE = frozenset({"هناك", "هنالك", "there"})
_TOWARDS = frozenset({"الي", "to"})
THERE_REACH = 3  # words after the trigger: "وقام بتفجير نفسه هناك"


def there(doc: Doc, c: Clause, h: Happening) -> ExtractedPlace | None:
    """"سافر إلى سوريا ... وقام بتفجير نفسه هناك": a happening told as done "there", right
    after its trigger, took place where someone was said to go just before it in the sentence,
    not at the town the sentence names for something else. None when it is not so told."""
    toks, t = c.tokens, h.main
    if not any(toks[k].key.lstrip("و") in _THERE for k in range(t.last + 1, min(len(toks), t.last + 1 + THERE_REACH))):
        return None
    went = None
    for m in doc.raw_places:
        if not (c.sentence.start <= m.start < toks[t.first].start) or m.resolution.place is None:
            continue
        k = bisect.bisect_right(doc.starts, m.start) - 1
        if k > 0 and doc.tokens[k - 1].key in _TOWARDS:
            went = m
    return ExtractedPlace(went.start, went.end, went.text, went) if went is not None else None
