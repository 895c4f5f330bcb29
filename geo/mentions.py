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
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .errors import GeoError
from .normalise import (ar_candidates, ar_clitic_forms, has_arabic, is_latin_article, loose_key,
                        normalise_ar, normalise_en)
from .place import Context, Resolution
from .relations import ar_relation_before, en_relation_before

if TYPE_CHECKING:
    from .resolve import Resolver

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
    """.split()) | frozenset({normalise_ar("المدينة القديمة"), normalise_ar("الساحل الشرقي")})
CUES = frozenset(normalise_ar(w) for w in """
    منطقة منطقتي حي أحياء محور محوري محاور مدينة بلدة قرية ضاحية شارع جبهة جبهات
    بلدية مدينتي معسكر قاعدة مطار ميناء سجن تمركزات
    """.split())
# Of those, the ones that are surnames rather than words: a place after "في", "إلى" or
# an attached ب ("اشتباكات في الهواري", "بالصابري"), where a person's name is not.
PLACE_AFTER_PREPOSITION = frozenset(normalise_ar(w) for w in """
    الهواري الصابري الليثي التميمي المنشية الفتائح المغار الكيش الهضبة الجبيلة
    
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


def _in_a_name(toks: list, norms: list[str], text: str, first: int, last: int) -> bool:
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


class _Scanner:
    """Per-resolver caches for the scan (word -> key, key -> starting forms)."""

    def __init__(self, resolver: Resolver) -> None:
        gaz = resolver.gazetteer
        self.gaz = gaz
        self.mention = gaz.mention
        self.first_words = gaz.first_words
        self.curated = gaz.curated
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
            forms = ar_clitic_forms(norm) if arabic else [(norm, 0)]
            s = tuple((f, skip, self.first_words[f]) for f, skip in forms
                      if f in self.first_words and (len(f) > 2 or not skip or self.first_words[f] > 1))
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
        m = _Match(first=i, last=i + w - 1, start=start, end=toks[i + w - 1][1], ids=ids,
                   arabic=arabic)
        if arabic:
            rel = ar_relation_before(norms, i)
        else:
            rel = en_relation_before(text[max(0, start - 80):start])
        if rel:
            m.relation = rel[0]
        if key in NEEDS_CUE and not _cued(norms, i, raw, out, key, skip):
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


def find_places(resolver: Resolver, text: str, context: Context) -> list[PlaceMention]:
    if not isinstance(text, str):
        raise GeoError(f"find_places needs text (str), not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise GeoError(f"text is {len(text)} characters; split it (at most {MAX_TEXT_CHARS})")
    sc = resolver._scanner
    if sc is None or sc.gaz is not resolver.gazetteer:
        sc = resolver._scanner = _Scanner(resolver)
    abroad = FIND_ABROAD if resolver.find_abroad is None else resolver.find_abroad
    matches = _scan(sc, text, abroad)
    if not matches:
        return []
    # Pass 1: what is clear on its own becomes context for the rest.
    nearby: list[str] = list(context.nearby)
    for m in matches:
        ranked = resolver.rank(m.ids, context)
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
            res = memo[key] = resolver._choose(surface, m.ids, joint, "gazetteer", 100.0, m.relation)
        elif res.query != surface:
            res = replace(res, query=surface)
        out.append(PlaceMention(start=m.start, end=m.end, text=surface, resolution=res,
                                relation=m.relation))
    return out
