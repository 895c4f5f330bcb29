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

Additions to the public API (issue 14), all backward compatible:
- ``mention.resolution.latitude`` / ``.longitude`` give the event's point: the place's own,
  or, when a relation with a distance and bearing precedes the name ("30 km west of",
  "على بعد 50 كم جنوب"), the point moved along it (``resolution.note`` says how). Callers
  that read ``resolution.place.lat`` still get the named place's point.
- "off the coast of" / "قبالة (سواحل)" is a relation like "near" (precision 2).
- Places that only the open-data table knows (``Gazetteer.open_ids``: OSM villages...) are
  taken from running text only after a cue word when their name is one word; a Latin
  spelling of theirs only right after a place preposition ("in Tikah") or before "area"
  (geo/spellings.py, with misspellings of Libyan names told the same way).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .errors import GeoError
from .normalise import (ar_clitic_forms, has_arabic, is_latin_article, loose_key,
                        normalise_ar, normalise_en)
from .place import Context, Resolution
from .quarters import quarters_of_other_towns
from .relations import ar_relation_before, en_relation_before
from .spellings import misspelt_latin, name_words, open_latin, possessive_name
# The scan's parts live beside it (split along their seams, issue 15); the names that
# lived here before stay importable from here.
from .abroad import abroad_wins, report_country, sentence_country, war_cued, war_towns_here
from .facilities import (FACILITY_KINDS, bare_facility, elsewhere,  # noqa: F401
                         facility_after, facility_before, field_match, list_kinds, merge_possessive_facilities,
                         the_facility_again)
from .text_cues import (CAPITAL, CONFIDENT_MARGIN, CUES, EN_CAPITAL, EN_NEEDS_CUE, JOIN_GAP,  # noqa: F401
                        adjective_of_noun,
                        FOREIGN_FEMININE, LATIN_ARTICLE_PREFIX, LATIN_PARTICLES, NEEDS_CUE, PERSON_NISBA, SPREAD_NOUNS,
                        PLACE_AFTER_PREPOSITION, PREPOSITIONS, TOKEN, cued, en_cued, english_word_before,
                        in_a_name, is_given_name)

if TYPE_CHECKING:
    from .resolve import Resolver

MAX_TEXT_CHARS = 5_000_000
# Report places abroad (geo/foreign.py: Tunis, Cairo, Geneva, مصر, تركيا) found in text, with
# their own Place.country, so a reader can tell an event abroad ("talks in Geneva") from
# one in Libya; Resolver(find_abroad=False) leaves them out.
FIND_ABROAD = True

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
        self.resolver = resolver
        self.mention = gaz.mention
        self.first_words = gaz.first_words
        self.curated = gaz.curated
        self.open_ids = getattr(gaz, "open_ids", frozenset())
        self.war_ids = getattr(gaz, "war_ids", frozenset())
        self.abroad = frozenset(pid for pid, p in gaz.places.items() if p.country != "LY")
        self.words: dict[str, tuple[str, bool]] = {}  # word -> (its key, whether Arabic)
        self.starts: dict[str, tuple[tuple[str, int, int], ...]] = {}
        self.loose_latin: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.misspelt: dict[str, tuple[tuple[str, ...], bool]] = {}  # geo/spellings.py: key -> (Libyan ids, by fuzzy look-up)

    def word_of(self, raw: str) -> tuple[str, bool]:
        """(normalised key, whether Arabic) of a word as written."""
        w = self.words.get(raw)
        if w is None:
            arabic = has_arabic(raw)
            w = (normalise_ar(raw) if arabic else normalise_en(raw), arabic)
            if len(self.words) > 500_000:
                self.words.clear()
            self.words[raw] = w
        return w

    def norm_of(self, raw: str) -> str:
        return self.word_of(raw)[0]

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
    toks = []
    words = []
    known = sc.words.get
    for m in TOKEN.finditer(text):
        raw = m.group()
        toks.append((m.start(), m.end(), raw))
        words.append(known(raw) or sc.word_of(raw))
    norms = [w[0] for w in words]
    n = len(toks)
    out: list[_Match] = []
    i = 0
    mention = sc.mention
    starts_known = sc.starts.get
    while i < n:
        raw = toks[i][2]
        arabic = words[i][1]
        starts = starts_known(norms[i])
        if starts is None:
            starts = sc.starts_of(norms[i], arabic)
        kinds = list_kinds(toks, norms, text, i, out, arabic)
        if arabic and not starts and not kinds:
            i += 1  # most words start no name and stand in no list of facilities
            continue
        field_hit = field_match(sc, toks, norms, i, kinds) if kinds else None
        found = None
        for form, skip, maxw in starts:
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
                other = _other_capital(sc, norms[i + 1]) if w == 1 and arabic and key == CAPITAL and i + 1 < n else 0
                if not arabic and key in EN_CAPITAL and i + w < n and _named_capital_en(sc, toks, norms, i + w):
                    other = w  # "the capital of Tunisia", "the capital Cairo": the name says which
                if other:  # "العاصمة الليبيرية مونروفيا", "العاصمة دمشق": another country's capital
                    found = (other, (), skip, key)
                    break
                if not ids:
                    continue
                if w == 1 and any(x in sc.open_ids for x in ids) and not cued(norms, i, raw, out, key, skip):
                    # "المبنى" is the building, not the OSM village of that name; and an
                    # uncued "جندوبة" is the Tunisian city, not the OSM village of its name
                    ids = tuple(x for x in ids if x not in sc.open_ids)
                    if not ids:
                        continue
                if any(x in sc.war_ids for x in ids) and not war_cued(
                        norms, i, raw, out, skip, text[toks[i - 1][1]:toks[i][0]] if i else ""):
                    ids = tuple(x for x in ids if x not in sc.war_ids)  # "سوق الخميس" is a market
                    if not ids:
                        continue
                if w > 1 and not all(JOIN_GAP.match(text[toks[j][1]:toks[j + 1][0]])
                                     for j in range(i, i + w - 1)):
                    continue
                if not arabic and raw[:1].islower() and (
                        w == 1 and not LATIN_ARTICLE_PREFIX.match(raw)
                        or not any(x in sc.curated for x in ids)):
                    # a name in English text must look like a proper noun ("El Feel", not
                    # "feel"); only the team's multi-word names may be lower case ("coastal road")
                    continue
                if not arabic and w > 1 and not any(x in sc.curated for x in ids) and any(
                        toks[j][2][:1].islower() and norms[j] not in LATIN_PARTICLES
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
                or bare_facility(sc, found[3], kinds)
            own = tuple(x for x in found[1] if x in fac)
            if own or (fac and elsewhere(sc, fac, found[1])):
                found, field = (found[0], own or fac, found[2], found[3]), True
        if not arabic and i + 1 < n and norms[i + 1] == "s":
            found = possessive_name(sc, toks, norms, text, i) or found  # "Libya's capital": not Libya
        if not found and not arabic and raw[:1].isupper():
            found = _bare_possessive(sc, norms[i]) or _loose_latin(sc, toks, norms, text, i) \
                or open_latin(sc, toks, norms, text, i, out) or misspelt_latin(sc, toks, norms, text, i, out)
        if not found:
            i += 1
            continue
        w, ids, skip, key = found
        if not ids:
            i += w
            continue
        if i > 0 and is_given_name(toks[i - 1][2], norms[i - 1]) and not skip and \
                JOIN_GAP.match(text[toks[i - 1][1]:toks[i][0]]):
            i += w
            continue
        start = toks[i][0] + (_skip_letters(raw, skip) if skip else 0)
        if not arabic and i > 0 and is_latin_article(norms[i - 1], norms[i]) \
                and JOIN_GAP.match(text[toks[i - 1][1]:toks[i][0]]) \
                and not english_word_before(toks[i - 1][2], text[toks[i - 1][1]:toks[i][0]]):
            start = toks[i - 1][0]  # "Al Khums": the article is part of the name
        last = i + w - 1
        if not arabic and not field:
            fac = facility_after(sc, toks, norms, text, i, last, ids)
            if fac is not None:
                last, ids = fac
                w = last - i + 1
        first = i
        if not field and (before := facility_before(
                sc, toks, norms, text, i, ids, arabic, out[-1].last + 1 if out else 0)):
            first, lead, ids = before  # "مطار بنغازي", "the airport in Benghazi": the town's airport
            start = toks[first][0] + (_skip_letters(toks[first][2], lead) if lead else 0)
        m = _Match(first=first, last=last, start=start, end=toks[last][1], ids=ids,
                   arabic=arabic, head=kinds)
        if arabic:
            rel = ar_relation_before(norms, first)
        else:
            rel = en_relation_before(text[max(0, start - 80):start])
        if rel:
            m.relation = rel[0]
        if key in NEEDS_CUE and not cued(norms, i, raw, out, key, skip):
            i += 1
            continue
        if arabic and i + w + 1 < n and norms[i + w] in ("بن", "ابن") and not words[i + w + 1][0].isdigit() \
                and JOIN_GAP.match(text[toks[i + w - 1][1]:toks[i + w][0]]) \
                and not sc.mention.get(f"{norms[i + w]} {norms[i + w + 1]}"):  # "سرت بن جواد": two places
            i += w  # "سلطان بن سحيم", "حمد بن خليفة": a man's name, son of another
            continue
        if arabic and i + w < n and norms[i + w] in PERSON_NISBA \
                and JOIN_GAP.match(text[toks[i + w - 1][1]:toks[i + w][0]]):
            i += w + 1  # "صلاح الدين الأوزبكي": a nom de guerre, not Tripoli's district
            continue
        if arabic and w == 1 and adjective_of_noun(norms, i, skip) \
                and JOIN_GAP.match(text[toks[i - 1][1]:toks[i][0]]):
            i += 1  # "المدينة الخضراء": Aden's "green city", not Khadra
            continue
        if arabic and w == 1 and i + 1 < n and norms[i + 1] in _GREATER and all(x in sc.open_ids for x in ids):
            i += 2  # "القلعة الكبرى": Tunisia's Kalaa Kebira, a longer name than the OSM village's
            continue
        if arabic and w == 1 and key == _SIRTE and (not skip or raw[:skip] == "و") and i + 1 < n \
                and norms[i + 1] in SPREAD_NOUNS:
            i += 1  # "سرت تكهنات", "وسرت شائعات": "rumours spread", not Sirte
            continue
        if arabic and i + w < n and norms[i + w] in FOREIGN_FEMININE and not any(x in sc.abroad for x in ids) \
                and JOIN_GAP.match(text[toks[i + w - 1][1]:toks[i + w][0]]):
            i += w + 1  # "جزيرة سرت البحرينية": Bahrain's Sitra, not Sirte
            continue
        if arabic and w == 1 and key == _FIVE and not skip and _counting(norms, i):
            i += 1  # "الدول الخمس", "خلال الخمس سنوات": the number five, not Khoms
            continue
        if not arabic and w == 1 and key in EN_NEEDS_CUE and not field and \
                not en_cued(toks, norms, text, i, i + w - 1, out):
            i += 1
            continue
        if in_a_name(toks, norms, text, i, i + w - 1):
            i += w
            continue
        out.append(m)
        i += w
    return out


_FIVE = "الخمس"
_SIRTE = "سرت"
_COUNTED = frozenset("سنوات سنين اعوام ايام ساعات اشهر شهور دقائق مرات دول نقاط".split())


_LAST_FEW = frozenset(normalise_ar(w) for w in "الأخيرة الأولى الماضية المقبلة الأخرى".split())
_GREATER = frozenset(normalise_ar(w) for w in ("الكبرى", "الصغرى"))


def _counting(norms: list[str], i: int) -> bool:
    """Whether "الخمس" at ``i`` counts: after a definite plural ("الدول الخمس", "مبارياته
    الخمس") or before a counted noun or "last" ("الخمس سنوات", "الخمس عاملات", "الخمس
    الأخيرة"), where the town is never written."""
    before = norms[i - 1] if i else ""
    if before.startswith("وال"):
        before = before[1:]  # "والدول الخمس الأخرى"
    after = norms[i + 1] if i + 1 < len(norms) else ""
    return after in _COUNTED or (before.startswith("ال") and len(before) > 3 and before not in CUES) \
        or after in _LAST_FEW or (after.endswith("ات") and len(after) > 4 and not after.startswith("ال")) \
        or before.endswith(("اته", "اتها", "اتهم", "اتهن"))  # "مبارياته الخمس الأخيرة", "الخمس عاملات"


def _other_capital(sc: _Scanner, norm: str) -> int:
    """How many words "العاصمة" and the word after it (``norm``) take when that word says the
    capital is another country's: 2 for a country's adjective (``ال...ية``) that is not Libya's
    ("العاصمة الليبيرية"; capitals the table knows by their adjective, "العاصمة التونسية", are
    matched as two words before this is asked), 1 for a place abroad that the next word names
    itself ("العاصمة دمشق"), 0 when the capital may be Tripoli."""
    if norm.startswith("ال") and norm.endswith("يه") and len(norm) > 5 and norm != "الليبيه":
        return 2
    ids = next(filter(None, (sc.mention.get(form) for form, _skip, _w in sc.starts_of(norm, True))), None)
    return 1 if ids and all(x in sc.abroad for x in ids) else 0


def _named_capital_en(sc: _Scanner, toks: list, norms: list[str], k: int) -> bool:
    """Whether what follows "the capital" (token ``k``) names the city itself: "of" ("the
    capital of Tunisia") or a name ("the capital Cairo", "the capital Tripoli", which a list
    such as "in Benghazi and the capital Tripoli" reads as one town). Then the words say
    nothing of their own, as "العاصمة طرابلس" does not."""
    if norms[k] == "of":
        return True
    return toks[k][2][:1].isupper() and bool(sc.mention.get(norms[k]))


def _bare_possessive(sc: _Scanner, norm: str):
    """"Benghazis port", "central Darnahs Fanar Street": a possessive whose apostrophe was
    lost (wire copy, ACLED's notes) names the place; only the team's Libyan rows, names of
    four letters or more."""
    if len(norm) < 5 or norm[-1] != "s" or " " in norm:
        return None
    ids = tuple(x for x in sc.mention.get(norm[:-1], ()) if x in sc.curated and x not in sc.abroad)
    return (1, ids, 0, norm[:-1]) if ids else None


def _loose_latin(sc: _Scanner, toks: list, norms: list[str], text: str, i: int):
    """A Latin spelling the gazetteer lacks but folds to ("Nawfaliya", "Salah al-Deen",
    "Ras Ajdeer"): up to three capitalised words (articles and particles between them),
    only the team's Libyan rows, at least five letters."""
    words = name_words(toks, norms, text, i, most=4)
    for end in range(len(words), 0, -1):
        last = words[end - 1]
        if not toks[last][2][:1].isupper() and not LATIN_ARTICLE_PREFIX.match(toks[last][2]):
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
    matches = the_facility_again(sc, text, merge_possessive_facilities(sc, resolver, text, _scan(sc, text, abroad)))
    if sc.war_ids:
        matches = war_towns_here(sc, text, matches, context.country)
    if not matches:
        return []
    # A report about a neighbour: a name known in both countries is the neighbour's
    # ("سوسة" in a report of the Tunisian interior ministry is Sousse, not Susa).
    places = sc.gaz.places
    # Only a name known in two countries needs the report's country (the count reads every
    # word again, a tenth of the scan): most reports name none.
    about, clearly, alone = report_country(sc, text, matches, context.country) \
        if any(len({places[i].country for i in m.ids}) > 1 for m in matches) else (context.country, False, False)

    named = [(mm.start, mm.end, places[mm.ids[0]].country) for mm in matches
             if len(mm.ids) == 1 and places[mm.ids[0]].kind == "country"]

    def ctx_for(m: _Match, ctx: Context) -> Context:
        here = sentence_country(text, m, named, {places[i].country for i in m.ids}) \
            if len({places[i].country for i in m.ids}) > 1 else None
        if here is not None:  # "وفي تونس قتل 37 شخصا ... بمدينة سوسة": its sentence says
            return replace(ctx, country=here) if here != ctx.country else ctx
        if about != context.country and abroad_wins(places, m.ids, context.country, about,
                                                     clearly, alone):
            return replace(ctx, country=about)
        return ctx

    # Pass 1: what is clear on its own becomes context for the rest.
    nearby: list[str] = list(context.nearby)
    for m in matches:
        ranked = resolver.rank(m.ids, ctx_for(m, context))
        if resolver.margin(ranked) >= CONFIDENT_MARGIN:
            best = ranked[0][1].id
            if best not in nearby:
                nearby.append(best)
    joint = replace(context, nearby=tuple(nearby))
    out = []
    memo: dict[tuple, Resolution] = {}
    for m in matches:
        surface = text[m.start:m.end]
        c = ctx_for(m, joint)
        key = (m.ids, m.relation, c.country)
        res = memo.get(key)
        if res is None:
            res = memo[key] = resolver._choose(surface, m.ids, c, "gazetteer", 100.0, m.relation)
        elif res.query != surface:
            res = replace(res, query=surface)
        out.append(PlaceMention(start=m.start, end=m.end, text=surface, resolution=res,
                                relation=m.relation))
    return quarters_of_other_towns(places, out)
