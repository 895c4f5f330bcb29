"""Finding place names in running text (Arabic and English) and resolving them together.

The scan is a dictionary walk, not a model: words are normalised once, each word's clitic
forms are looked up among the first words of the gazetteer's text-eligible names, and only
then are the 2..N-word names tried, longest first. That keeps a 3 kB report at about a
millisecond. Mentions are then disambiguated jointly: the unambiguous ones become
``context.nearby`` for the rest, so صلاح الدين in a report about طرابلس lands in Tripoli.

What the scan forgives, learnt on real reports: clitics on a two-letter first word
(بأم الأرانب، ببن جواد), a final ة/ا (بنينة for بنينا), the Maghreb's ڤ for ق, an
article inside a Latin name (Marsa el Brega), a possessive (Sirte's), a Latin spelling
the table lacks but folds to (Nawfaliya). What it refuses: names that are words or
surnames without a cue (NEEDS_CUE; a preposition is enough for surnames), a place name
after a given name or rank, inside a newspaper, channel or coalition name (قناة ليبيا،
فجر ليبيا، Libya Herald), lower-case Latin words, and "العاصمة التونسية" as Tripoli.
Places abroad (geo/foreign.py) are reported with their country unless ``find_abroad``
is False.

What it joins: a facility named after its town ("Tripoli's international airport",
"Misrata's port", "Brak al-Shati airbase", "Benghazi's Benina airport") is the facility
when the table has it; facilities listed without their head word ("the Waha, Amal and
Hamada fields", "حقول الواحة والآمال", "قاعدتا تمنهنت وبراك الشاطئ", "the oil ports of
Zueitina and al-Sidra") are the facilities, unless a town of the name lies within 5 km
(Ras Lanuf, Brega keep the town's name). Latin names that are titles, given
names or words (EN_NEEDS_CUE: Sultan, Hun, Amal...) want a locative word or a list of
places before them and no capitalised word after ("Hun Sen", "Sultan Qaboos").
A report about a neighbour (its places and its adjective, "التونسية", named more than
Libya's) makes a name known in both countries the neighbour's town: سوسة is Sousse in a
report of the Tunisian interior ministry, Susa beside Shahat; a Libyan city never loses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .errors import GeoError
from .gazetteer import haversine_km
from .normalise import (ar_candidates, ar_clitic_forms, has_arabic, is_latin_article, loose_key,
                        normalise_ar, normalise_en)
from .place import Context, Resolution
from .relations import ar_relation_before, en_relation_before

if TYPE_CHECKING:
    from .resolve import Resolver

_KIND_WEIGHT = {"city": 10, "town": 8, "village": 5, "hamlet": 3}

MAX_TEXT_CHARS = 5_000_000
# Report places abroad (geo/foreign.py: Tunis, Cairo, Geneva, مصر, تركيا) found in text, with
# their own Place.country, so a reader can tell an event abroad ("talks in Geneva") from
# one in Libya; Resolver(find_abroad=False) leaves them out.
FIND_ABROAD = True

# A word: letters with their Arabic marks (harakat are not \w), Latin words may carry
# inner hyphens and apostrophes (al-Khums, Sha'ab).
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
TOKEN = re.compile(  # "Sirte's": the possessive is not part of the name
    rf"(?:[^\W\d_]|[{_MARKS}])+(?:[-'’ʿ](?![sS]\b)(?:[^\W\d_]|[{_MARKS}])+)*|\d+"
)
_JOIN_GAP = re.compile(r"^[\s\-\u0640]*$")
_LATIN_PARTICLES = frozenset({"of", "de", "du", "la", "bin", "ben", "ibn", "abu", "bu", "wa"})
_LATIN_ARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ash|az|ad|at|ar|an|en|es|ez|ed)[-'’]\w", re.I)
_CONFIDENT_MARGIN = 30.0
# A place name right after one of these is a person's name (فايز السراج, Fayez al-Serraj,
# صلاح الدين after a given name...), not a place.
_PERSON_BEFORE = frozenset(normalise_ar(w) for w in """
    فايز محمد احمد أحمد علي عمر خالد صلاح عبد عبدالله ابو أبو بن ابن السيد الرئيس اللواء العميد
    المشير العقيد الشيخ الدكتور المهندس الحاج النقيب الرائد المقدم الفريق رجب طيب خليفة
    عقيلة فتحي حسن حسين مصطفى ابراهيم إبراهيم يوسف سالم عثمان
    """.split()) | frozenset("""
    fayez fayiz mr president general gen col colonel brig maj major sheikh dr khalifa
    mohammed muhammad mohamed ahmed ali omar khaled aguila fathi hassan hussein mustafa
    ibrahim youssef salem osman prime minister
    """.split())


# Names of real places that are also everyday words or surnames (البلاد "the country" is
# also Derna's old town; التميمي a village and a surname): matched only after a cue word
# ("منطقة البلاد", "حي السراج") or as the next item of a list of places; not after a
# relation word, since "شرق البلاد" is the east of the country.
NEEDS_CUE = frozenset(normalise_ar(w) for w in """
    البلاد المحكمة السراج البشر بشر الهضبة الربيع الآجال الأجال التميمي الليثي المنشية المهدية
    المغار الجبيلة الساحل الفتائح الهواري الصابري الكيش الحدائق السلام النصر الوحدة
    الفاتح المطار الميناء الجامعة السبعة القبة الجميل الماية تيجي الخادم الأبيض درج زلة
    الجديد الجوف الحيلة السلطان
    """.split()) | frozenset({normalise_ar("المدينة القديمة"), normalise_ar("الساحل الشرقي")})
# The same for Latin names that are titles, given names or words ("Sultan Qaboos", "Hun Sen",
# "Amal Clooney"): taken after a locative preposition or as the next item of a list of
# places, and never right before another capitalised word.
EN_NEEDS_CUE = frozenset("""
    sultan hun bishr zahra jadid amal waha hamada nasser khadra
    """.split())
EN_CUES = frozenset("""
    in at near from to towards toward into around outside of via through between across
    reached entered captured seized retook controlled control controls took hit struck
    shelled attacked bombed stormed liberated recaptured besieged left
    """.split())
CUES = frozenset(normalise_ar(w) for w in """
    منطقة منطقتي حي أحياء محور محوري محاور مدينة بلدة قرية ضاحية شارع جبهة جبهات
    بلدية مدينتي معسكر قاعدة مطار ميناء سجن تمركزات
    """.split())
# Of those, the ones that are surnames rather than words: a place after "في", "إلى" or
# an attached ب ("اشتباكات في الهواري", "بالصابري"), where a person's name is not.
PLACE_AFTER_PREPOSITION = frozenset(normalise_ar(w) for w in """
    الهواري الصابري الليثي التميمي المنشية الفتائح المغار الكيش الهضبة الجبيلة الحيلة درج السلطان
    
    """.split())
PREPOSITIONS = frozenset(normalise_ar(w) for w in """
    في وفي الى إلى والى وإلى نحو باتجاه داخل وسط
    """.split())


# A place name that is part of the name of a newspaper, channel or armed coalition is no
# place: "قناة ليبيا"، "فجر ليبيا"، "درع ليبيا"، "ليبيا المستقبل"، "Libya Herald",
# "Libya Observer", "Radio Tripoli".
_MEDIA_BEFORE = frozenset(normalise_ar(w) for w in """
    قناة قناه صحيفة جريدة إذاعة اذاعة راديو تلفزيون مجلة فجر درع
    """.split()) | frozenset({"radio"})
_MEDIA_AFTER = frozenset(normalise_ar(w) for w in """
    المستقبل الأحرار الحدث الإخبارية اوبزرفر أوبزرفر هيرالد ريفيو تايمز بوست
    """.split()) | frozenset("""
    herald observer review times post express tribune gazette dawn shield channel tv
    radio ahrar
    """.split())
_QUOTES_GAP = re.compile(r"^[\s\"'«»“”„]*$")


# Set phrases in which a place name is a word: "القوة القاهرة" is force majeure, not Cairo.
_WORD_AFTER = {normalise_ar("القاهرة"): frozenset(normalise_ar(w) for w in
                                                 "القوة قوة الظروف ظروف الأسباب".split())}


def _in_a_name(toks: list, norms: list[str], text: str, first: int, last: int) -> bool:
    before = _WORD_AFTER.get(norms[first]) if first == last else None
    if before and first > 0 and any(f in before for f in ar_candidates(norms[first - 1])[:2]):
        return True
    if first > 0 and any(f in _MEDIA_BEFORE for f in ar_candidates(norms[first - 1])[:2]) \
            and _QUOTES_GAP.match(text[toks[first - 1][1]:toks[first][0]]):
        return True
    nxt = last + 1
    return nxt < len(toks) and norms[nxt] in _MEDIA_AFTER and (
        has_arabic(toks[nxt][2]) or toks[nxt][2][:1].isupper() or toks[nxt][2].isdigit()) \
        and _QUOTES_GAP.match(text[toks[last][1]:toks[nxt][0]]) is not None


def _cued(norms: list[str], i: int, raw: str, found: list[_Match], key: str = "",
           skip: int = 0) -> bool:
    if key in PLACE_AFTER_PREPOSITION and (
            (skip and raw[skip - 1:skip] == "ب") or (i > 0 and norms[i - 1] in PREPOSITIONS)):
        return True
    if i == 0:
        return False
    prev = norms[i - 1]
    if any(f in CUES for f in ar_candidates(prev)) if has_arabic(prev) else prev in CUES:
        return True
    # "محاور صلاح الدين والخلة": the next item of a list that began with a place
    return raw[:1] == "و" and bool(found) and found[-1].last == i - 1


def _en_cued(toks: list, norms: list[str], text: str, i: int, last: int,
             found: list[_Match]) -> bool:
    nxt = last + 1
    if nxt < len(toks) and toks[nxt][2][:1].isupper() and \
            _JOIN_GAP.match(text[toks[last][1]:toks[nxt][0]]):
        return False  # "Sultan Qaboos", "Hun Sen": part of a person's name
    gap_before = text[toks[i - 1][1]:toks[i][0]] if i else ""
    opens = i == 0 or "\n" in gap_before or gap_before.strip()[-1:] in (".", "-", "—", ":")
    if opens and text[toks[last][1]:toks[last][1] + 1] == ",":
        return True  # a dateline or a sentence that opens on the place ("HUN, Libya -")
    if i == 0:
        return False
    prev = norms[i - 1]
    if prev in ("and", "or") or text[toks[i - 1][1]:toks[i][0]].strip() == ",":
        # the next item of a list that began with a place ("Waddan, Hun and Sokna")
        return bool(found) and found[-1].last >= i - 2
    return prev in EN_CUES


# A facility named after its town ("Tripoli's international airport", "Misrata's port",
# "Brak al-Shati airbase"): the facility, not the town, when the gazetteer has it.
FACILITY_KINDS = frozenset({"airport", "air base", "port", "oil terminal", "oil field",
                            "refinery", "military camp"})
_EN_FACILITY_HEADS: tuple[tuple[str, ...], ...] = tuple(tuple(h.split()) for h in (
    "international airport", "military airport", "airport", "air base", "airbase", "airfield",
    "air academy", "naval base", "seaport", "port", "harbour", "harbor", "oil terminal",
    "terminal", "oil field", "oilfield", "field", "refinery", "prison", "camp"))
_HEAD_SYNONYMS = {"airbase": ("air base",), "air base": ("airbase",), "seaport": ("port",),
                  "harbour": ("port",), "harbor": ("port", "harbour"), "port": ("seaport",),
                  "international airport": ("airport",), "military airport": ("airport",),
                  "airfield": ("airport",), "oilfield": ("oil field", "field")}
_HEAD_KIND = {"airport": "airport", "air": "air base", "airbase": "air base",
              "airfield": "airport", "naval": "port", "seaport": "port", "port": "port",
              "harbour": "port", "harbor": "port", "terminal": "oil terminal",
              "oil": "oil field", "field": "oil field", "oilfield": "oil field",
              "refinery": "refinery", "camp": "military camp", "military": "airport"}
_FACILITY_MODIFIERS = frozenset({"former", "old", "main", "disused", "civilian", "commercial"})
# Head words that introduce or close a list of facilities named without them ("حقول
# الواحة والآمال", "موانئ السدرة ورأس لانوف", "Tamanhint and Brak al-Shati bases"): the
# names in the list are then the facilities of those kinds, not the towns of their name.
_OIL_FIELD = frozenset({"oil field"})
_TERMINAL = frozenset({"oil terminal", "port"})
_BASE = frozenset({"air base", "military camp"})
_AIRPORT = frozenset({"airport", "air base"})
_AR_LIST_HEADS: dict[str, frozenset[str]] = {
    **{normalise_ar(w): _OIL_FIELD for w in "حقل حقول حقلي حقلا".split()},
    **{normalise_ar(w): _TERMINAL for w in "موانئ موانىء مينائي ميناءي مرافئ".split()},
    **{normalise_ar(w): _BASE for w in "قاعدتي قاعدتا قواعد".split()},
    **{normalise_ar(w): _AIRPORT for w in "مطاري مطارا مطارات".split()},
}
_EN_LIST_HEADS: dict[str, frozenset[str]] = {
    "field": _OIL_FIELD, "fields": _OIL_FIELD, "oilfield": _OIL_FIELD, "oilfields": _OIL_FIELD,
    "terminals": _TERMINAL, "ports": _TERMINAL, "bases": _BASE, "airbases": _BASE,
    "airports": _AIRPORT,
}


def _facility_after(sc: _Scanner, toks: list, norms: list[str], text: str, first: int,
                    last: int, ids: tuple[str, ...]) -> tuple[int, tuple[str, ...]] | None:
    """(last token of the facility, its ids) when a Latin name is followed by a facility
    word that, with the name, is a facility of the gazetteer."""
    n = len(toks)
    j = last + 1
    if j < n and norms[j] == "s" and text[toks[last][1]:toks[j][0]] in ("'", "’"):
        j += 1  # the possessive
    if j >= n or not _JOIN_GAP.match(text[toks[j - 1][1]:toks[j][0]]):
        return None
    if norms[j] in _FACILITY_MODIFIERS and j + 1 < n:
        j += 1  # "Tripoli's former international airport"
    name = normalise_en(text[toks[first][0]:toks[last][1]])
    gaz = sc.gaz
    for head in _EN_FACILITY_HEADS:
        end = j + len(head)
        if end > n or tuple(norms[j:end]) != head:
            continue
        if not all(_JOIN_GAP.match(text[toks[k][1]:toks[k + 1][0]]) for k in range(j, end - 1)):
            continue
        phrase = " ".join(head)
        found: list[str] = []
        for h in (phrase, *_HEAD_SYNONYMS.get(phrase, ())):
            key = f"{name} {h}"
            for pid in gaz.exact.get(key) or gaz.loose.get(loose_key(key)) or ():
                if gaz.places[pid].kind in FACILITY_KINDS and pid not in found:
                    found.append(pid)
        if not found:
            # the one facility of that kind inside the named place ("Zuwara's port")
            kind = _HEAD_KIND.get(head[0])
            kids = [c for i in ids for c in gaz.children.get(i, ())
                    if gaz.places[c].kind == kind]
            if kind in ("port", "oil terminal", "refinery") and len(kids) == 1:
                found = kids
        if found:
            return end - 1, tuple(found)
        return None
    return None


def _bare_facility(sc: _Scanner, form: str, kinds: frozenset[str]) -> tuple[str, ...]:
    """Facilities of ``kinds`` named without their head word ("Waha" of "Waha field")."""
    bare = sc.gaz.bare
    keys = [form]
    if has_arabic(form):
        keys.append(form[2:] if form.startswith("ال") else "ال" + form)
    for k in keys:
        ids = tuple(x for x in bare.get(k, ()) if x in sc.curated
                    and sc.gaz.places[x].kind in kinds)
        if ids:
            return ids
    return ()


def _en_list_ahead(toks: list, norms: list[str], text: str, i: int) -> frozenset[str] | None:
    """"the Waha, Amal and Hamada fields": capitalised names up to a plural head word."""
    for j in range(i + 1, min(i + 10, len(toks))):
        gap = text[toks[j - 1][1]:toks[j][0]]
        if not re.match(r"^\s*,?\s*$", gap):
            return None
        nxt = norms[j + 1] if j + 1 < len(toks) else ""
        if norms[j] in ("oil", "air") and nxt in _EN_LIST_HEADS:
            return _EN_LIST_HEADS[nxt]
        if norms[j] in _EN_LIST_HEADS and (norms[j] != "field" or j == i + 1):
            return _EN_LIST_HEADS[norms[j]]
        raw = toks[j][2]
        if not (raw[:1].isupper() or norms[j] in ("and", "al", "el")
                or _LATIN_ARTICLE_PREFIX.match(raw)):
            return None
    return None


def _list_kinds(toks: list, norms: list[str], text: str, i: int,
                out: list[_Match]) -> frozenset[str] | None:
    """The facility kinds of a list token ``i`` belongs to, if it is in one."""
    raw = toks[i][2]
    prev = out[-1] if out else None
    if has_arabic(raw):
        if raw[:1] == "و" and prev is not None and prev.last == i - 1 and prev.head:
            return prev.head
        if i > 0:
            for f in ar_candidates(norms[i - 1])[:2]:
                if f in _AR_LIST_HEADS:
                    return _AR_LIST_HEADS[f]
        return None
    if not raw[:1].isupper() and not _LATIN_ARTICLE_PREFIX.match(raw):
        return None
    if prev is not None and prev.head and not prev.arabic and prev.last >= i - 2 and \
            all(norms[k] in ("and", "al", "el") or not norms[k] for k in range(prev.last + 1, i)):
        return prev.head  # "the oil ports of Ras Lanuf and al-Sidra"
    if i >= 2 and norms[i - 1] == "of" and norms[i - 2] in _EN_LIST_HEADS and \
            norms[i - 2] != "field":
        return _EN_LIST_HEADS[norms[i - 2]]
    return _en_list_ahead(toks, norms, text, i)


def _elsewhere(sc: _Scanner, ids: tuple[str, ...], other: tuple[str, ...], km: float = 5.0) -> bool:
    places = sc.gaz.places
    return all(haversine_km(places[a].lat, places[a].lon, places[b].lat, places[b].lon) > km
               for a in ids for b in other)


def _field_match(sc: _Scanner, toks: list, norms: list[str], i: int,
                 kinds: frozenset[str] | None) -> tuple | None:
    """A facility of a list that the text index lacks as a word ("الواحة" in "حقول
    الواحة", "Amal" in "the Waha, Amal and Hamada fields")."""
    if not kinds:
        return None
    raw = toks[i][2]
    if has_arabic(raw):
        for form, skip in ar_clitic_forms(norms[i]):
            ids = _bare_facility(sc, form, kinds)
            if ids:
                return 1, ids, skip, form
        return None
    ids = _bare_facility(sc, norms[i], kinds)
    return (1, ids, 0, norms[i]) if ids else None


_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:the\s+)?$")


def _merge_possessive_facilities(sc: _Scanner, resolver: Resolver, text: str,
                                 matches: list[_Match]) -> list[_Match]:
    """"Benghazi's Benina airport" is the airport: the town that owns a facility named
    right after it is part of the facility's name, not a second place."""
    out: list[_Match] = []
    places = sc.gaz.places
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None and not m.arabic and not prev.arabic \
                and _POSSESSIVE_GAP.match(text[prev.end:m.start]) \
                and all(places[i].kind in FACILITY_KINDS for i in m.ids) \
                and any(set(prev.ids) & set(resolver._ancestors(places[i])) for i in m.ids):
            m.start, m.first, m.relation = prev.start, prev.first, prev.relation
            out[-1] = m
            continue
        out.append(m)
    return out


def _english_word_before(raw: str, gap: str) -> bool:
    # "rockets at Tripoli", "as Sirte fell": lower-case at/as/an/ad before a space are English;
    # the article is written joined ("as-Sidra") or capitalised ("Az Zawiyah").
    return raw.islower() and raw not in ("al", "el") and "-" not in gap


def _is_given_name(raw: str, norm: str) -> bool:
    # Folding ى→ي makes the preposition على ("on": غارة على سرت) look like the name علي.
    return norm in _PERSON_BEFORE and not raw.endswith("ى")


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: ``text[start:end] == mention.text``."""

    start: int
    end: int
    text: str
    resolution: Resolution
    relation: str | None = None  # "southwest of", "near", "30 km south of" ...

    def to_dict(self) -> dict:
        d = self.resolution.to_dict()
        p = self.resolution.place
        d.update(start=self.start, end=self.end, text=self.text, relation=self.relation,
                 place_id=p.id if p else None, country=p.country if p else None)
        return d


@dataclass
class _Match:
    first: int  # token indexes [first, last]
    last: int
    start: int  # character span
    end: int
    ids: tuple[str, ...]
    arabic: bool
    relation: str | None = None
    # the facility kinds of a list it is in ("حقول الواحة والآمال"), or None
    head: frozenset[str] | None = None


class _Scanner:
    """Per-resolver caches for the scan (word -> key, key -> starting forms)."""

    def __init__(self, resolver: Resolver) -> None:
        gaz = resolver.gazetteer
        self.gaz = gaz
        self.mention = gaz.mention
        self.first_words = gaz.first_words
        self.curated = gaz.curated
        self.open_ids = getattr(gaz, "open_ids", frozenset())
        self.abroad = frozenset(pid for pid, p in gaz.places.items() if p.country != "LY")
        self.norm: dict[str, str] = {}
        self.starts: dict[str, tuple[tuple[str, int, int], ...]] = {}
        self.loose_latin: dict[str, tuple[str, tuple[str, ...]]] = {}

    def norm_of(self, raw: str) -> str:
        n = self.norm.get(raw)
        if n is None:
            n = normalise_ar(raw) if has_arabic(raw) else normalise_en(raw)
            if len(self.norm) > 500_000:
                self.norm.clear()
            self.norm[raw] = n
        return n

    def starts_of(self, norm: str, arabic: bool) -> tuple[tuple[str, int, int], ...]:
        """(form, letters to skip, most words of a name starting with form)."""
        s = self.starts.get(norm)
        if s is None:
            if arabic:
                forms = ar_clitic_forms(norm)
                s = tuple((f, skip, self.first_words[f]) for f, skip in forms
                          if f in self.first_words and (len(f) > 2 or not skip or self.first_words[f] > 1))
            else:
                # a hyphenated token ("Wazin-Dehiba") holds several words of a name
                first = norm.split(" ", 1)[0]
                s = ((norm, 0, self.first_words[first]),) if first in self.first_words else ()
            if len(self.starts) > 500_000:
                self.starts.clear()
            self.starts[norm] = s
        return s


def _skip_letters(raw: str, n: int) -> int:
    """Index in ``raw`` after its first ``n`` letters and the marks that ride on them."""
    i = letters = 0
    while i < len(raw) and letters < n:
        i += 1
        letters += 1
        while i < len(raw) and (raw[i] == "\u0640" or "\u064b" <= raw[i] <= "\u065f" or raw[i] == "\u0670"):
            i += 1
    return i


def _scan(sc: _Scanner, text: str, abroad: bool = True) -> list[_Match]:
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    norms = [sc.norm_of(t[2]) for t in toks]
    n = len(toks)
    out: list[_Match] = []
    i = 0
    mention = sc.mention
    while i < n:
        raw = toks[i][2]
        arabic = has_arabic(raw)
        kinds = _list_kinds(toks, norms, text, i, out)
        field_hit = _field_match(sc, toks, norms, i, kinds)
        found = None
        for form, skip, maxw in sc.starts_of(norms[i], arabic):
            least = 2 if arabic and skip and len(form) <= 2 else 1  # بأم alone is no name
            # Latin names may hold an article the key leaves out ("Marsa el Brega")
            most = min(maxw if arabic else maxw + 2, n - i)
            for w in range(most, least - 1, -1):
                if w == 1:
                    key = form
                elif arabic:
                    key = form + " " + " ".join(norms[i + 1:i + w])
                else:
                    key = form + " " + " ".join(
                        norms[j] for j in range(i + 1, i + w)
                        if j == i + w - 1 or not is_latin_article(norms[j], norms[j + 1]))
                ids = mention.get(key)
                if ids and not abroad:
                    ids = tuple(x for x in ids if x not in sc.abroad)
                    if not ids and w > 1:
                        # "العاصمة التونسية" is Tunis even unreported: not العاصمة = Tripoli
                        found = (w, (), skip, key)
                        break
                if not ids:
                    continue
                if w == 1 and sc.open_ids.issuperset(ids) and not _cued(norms, i, raw, out, key, skip):
                    continue  # "المبنى" is the building, not the OSM village of that name
                if w > 1 and not all(_JOIN_GAP.match(text[toks[j][1]:toks[j + 1][0]])
                                     for j in range(i, i + w - 1)):
                    continue
                if not arabic and raw[:1].islower() and (
                        w == 1 and not _LATIN_ARTICLE_PREFIX.match(raw)
                        or not any(x in sc.curated for x in ids)):
                    # a name in English text must look like a proper noun ("El Feel", not
                    # "feel"); only the team's multi-word names may be lower case ("coastal road")
                    continue
                if not arabic and w > 1 and not any(x in sc.curated for x in ids) and any(
                        toks[j][2][:1].islower() and norms[j] not in _LATIN_PARTICLES
                        and not is_latin_article(norms[j], norms[j + 1] if j + 1 < n else "")
                        for j in range(i + 1, i + w)):
                    continue  # "Port said": every word of a package name is capitalised
                found = (w, ids, skip, key)
                break
            if found:
                break
        # "حقول الواحة والآمال", "the Waha, Amal and Hamada fields": the field, unless a
        # longer name starts here ("Sharara oil field"). A name the text index knows as a
        # town ("Brak al-Shati bases", "موانئ ... والزويتينة") is the facility of that name
        # when it is another spot; a town beside its terminal (Ras Lanuf, Brega) keeps the
        # name the press gave.
        field = False
        if kinds and found is None and field_hit:
            found, field = field_hit, True
        elif kinds and found and found[1]:
            fac = (field_hit[1] if field_hit and found[0] == 1 else ()) \
                or _bare_facility(sc, found[3], kinds)
            own = tuple(x for x in found[1] if x in fac)
            if own or (fac and _elsewhere(sc, fac, found[1])):
                found, field = (found[0], own or fac, found[2], found[3]), True
        if not found and not arabic and raw[:1].isupper():
            found = _loose_latin(sc, toks, norms, text, i)
        if not found:
            i += 1
            continue
        w, ids, skip, key = found
        if not ids:
            i += w
            continue
        if i > 0 and _is_given_name(toks[i - 1][2], norms[i - 1]) and not skip and \
                _JOIN_GAP.match(text[toks[i - 1][1]:toks[i][0]]):
            i += w
            continue
        start = toks[i][0] + (_skip_letters(raw, skip) if skip else 0)
        if not arabic and i > 0 and is_latin_article(norms[i - 1], norms[i]) \
                and _JOIN_GAP.match(text[toks[i - 1][1]:toks[i][0]]) \
                and not _english_word_before(toks[i - 1][2], text[toks[i - 1][1]:toks[i][0]]):
            start = toks[i - 1][0]  # "Al Khums": the article is part of the name
        last = i + w - 1
        if not arabic and not field:
            fac = _facility_after(sc, toks, norms, text, i, last, ids)
            if fac is not None:
                last, ids = fac
                w = last - i + 1
        m = _Match(first=i, last=last, start=start, end=toks[last][1], ids=ids,
                   arabic=arabic, head=kinds)
        if arabic:
            rel = ar_relation_before(norms, i)
        else:
            rel = en_relation_before(text[max(0, start - 80):start])
        if rel:
            m.relation = rel[0]
        if key in NEEDS_CUE and not _cued(norms, i, raw, out, key, skip):
            i += 1
            continue
        if not arabic and w == 1 and key in EN_NEEDS_CUE and not field and \
                not _en_cued(toks, norms, text, i, i + w - 1, out):
            i += 1
            continue
        if _in_a_name(toks, norms, text, i, i + w - 1):
            i += w
            continue
        out.append(m)
        i += w
    return out


def _loose_latin(sc: _Scanner, toks: list, norms: list[str], text: str, i: int):
    """A Latin spelling the gazetteer lacks but folds to ("Nawfaliya", "Salah al-Deen",
    "Ras Ajdeer"): up to three capitalised words (articles and particles between them),
    only the team's Libyan rows, at least five letters."""
    n = len(toks)
    j = i
    words = []
    while j < n and len(words) < 4:
        raw = toks[j][2]
        if j > i and not _JOIN_GAP.match(text[toks[j - 1][1]:toks[j][0]]):
            break
        if has_arabic(raw) or raw.isdigit():
            break
        if not raw[:1].isupper() and norms[j] not in _LATIN_PARTICLES \
                and not _LATIN_ARTICLE_PREFIX.match(raw) \
                and not (j + 1 < n and is_latin_article(norms[j], norms[j + 1])):
            break
        words.append(j)
        j += 1
    for end in range(len(words), 0, -1):
        last = words[end - 1]
        if not toks[last][2][:1].isupper() and not _LATIN_ARTICLE_PREFIX.match(toks[last][2]):
            continue  # a name ends on a name word, not on "al" or "of"
        phrase = " ".join(toks[k][2] for k in words[:end])
        hit = sc.loose_latin.get(phrase)
        if hit is None:
            key = normalise_en(phrase)
            lk = loose_key(key)
            ids = tuple(x for x in sc.gaz.loose.get(lk, ())
                        if x in sc.curated and sc.gaz.places[x].kind != "admin1") \
                if len(lk) >= 5 else ()
            if len(sc.loose_latin) > 200_000:
                sc.loose_latin.clear()
            hit = sc.loose_latin[phrase] = (key, ids)
        key, ids = hit
        if ids:
            return end, ids, 0, key
    return None


# What says a report is about a neighbour rather than Libya, besides the places it names:
# the adjectives of its country ("وزارة الداخلية التونسية", "Tunisian police").
_COUNTRY_ADJECTIVES: dict[str, str] = {
    **{normalise_ar(w): "TN" for w in "التونسية التونسي تونسية تونسي التونسيين".split()},
    **{normalise_ar(w): "EG" for w in "المصرية المصري مصرية مصري المصريين".split()},
    **{normalise_ar(w): "DZ" for w in "الجزائرية الجزائري جزائرية الجزائريين".split()},
    **{normalise_ar(w): "LB" for w in "اللبنانية اللبناني لبنانية لبناني".split()},
    **{normalise_ar(w): "LY" for w in "الليبية الليبي ليبية ليبي الليبيين".split()},
    "tunisian": "TN", "egyptian": "EG", "algerian": "DZ", "lebanese": "LB", "libyan": "LY",
}


def _report_country(sc: _Scanner, text: str, matches: list[_Match],
                    home: str) -> tuple[str, bool]:
    """The neighbour a report may be about, and whether it is named more often than
    ``home`` (by places that are only there, and by its adjective), or as often."""
    places = sc.gaz.places
    counts: dict[str, int] = {}
    for m in matches:
        countries = {places[i].country for i in m.ids}
        if len(countries) == 1:
            c = countries.pop()
            counts[c] = counts.get(c, 0) + 1
    for tok in TOKEN.finditer(text):
        c = _COUNTRY_ADJECTIVES.get(sc.norm_of(tok.group()))
        if c is not None:
            counts[c] = counts.get(c, 0) + 1
    home_n = counts.pop(home, 0)
    best = max(counts, key=lambda c: counts[c], default=home)
    if best == home or counts[best] < home_n:
        return home, False
    return best, counts[best] > home_n


def _abroad_wins(places: dict, ids: tuple[str, ...], home: str, about: str,
                 clearly: bool) -> bool:
    """Is a name known in both countries the neighbour's place here? When the report names
    the neighbour more than ``home``, yes; as often, only when the neighbour's place is the
    bigger kind (Sousse the city over Susa the town; Tripoli stays Libya's)."""
    there = [places[i] for i in ids if places[i].country == about]
    here = [places[i] for i in ids if places[i].country == home]
    if not there or not here:
        return False
    weight = lambda p: _KIND_WEIGHT.get(p.kind, 4)  # noqa: E731
    if max(map(weight, here)) >= _KIND_WEIGHT["city"]:
        return False  # a Libyan city is Libya's unless named otherwise (طرابلس اللبنانية)
    return clearly or max(map(weight, there)) > max(map(weight, here))


def find_places(resolver: Resolver, text: str, context: Context) -> list[PlaceMention]:
    if not isinstance(text, str):
        raise GeoError(f"find_places needs text (str), not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise GeoError(f"text is {len(text)} characters; split it (at most {MAX_TEXT_CHARS})")
    sc = resolver._scanner
    if sc is None or sc.gaz is not resolver.gazetteer:
        sc = resolver._scanner = _Scanner(resolver)
    abroad = FIND_ABROAD if resolver.find_abroad is None else resolver.find_abroad
    matches = _merge_possessive_facilities(sc, resolver, text, _scan(sc, text, abroad))
    if not matches:
        return []
    # A report about a neighbour: a name known in both countries is the neighbour's
    # ("سوسة" in a report of the Tunisian interior ministry is Sousse, not Susa).
    about, clearly = _report_country(sc, text, matches, context.country)
    places = sc.gaz.places

    def ctx_for(m: _Match, ctx: Context) -> Context:
        if about != context.country and _abroad_wins(places, m.ids, context.country, about,
                                                     clearly):
            return replace(ctx, country=about)
        return ctx

    # Pass 1: what is clear on its own becomes context for the rest.
    nearby: list[str] = list(context.nearby)
    for m in matches:
        ranked = resolver.rank(m.ids, ctx_for(m, context))
        if resolver.margin(ranked) >= _CONFIDENT_MARGIN:
            best = ranked[0][1].id
            if best not in nearby:
                nearby.append(best)
    joint = replace(context, nearby=tuple(nearby))
    out = []
    memo: dict[tuple, Resolution] = {}
    for m in matches:
        surface = text[m.start:m.end]
        key = (m.ids, m.relation)
        res = memo.get(key)
        if res is None:
            res = memo[key] = resolver._choose(surface, m.ids, ctx_for(m, joint), "gazetteer",
                                               100.0, m.relation)
        elif res.query != surface:
            res = replace(res, query=surface)
        out.append(PlaceMention(start=m.start, end=m.end, text=surface, resolution=res,
                                relation=m.relation))
    return out
