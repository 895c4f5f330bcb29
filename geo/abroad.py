"""Is a report about a neighbour rather than Libya? Its places abroad and its country
adjectives ("وزارة الداخلية التونسية") decide which country a name known in both means."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .normalise import ar_clitic_forms, normalise_ar
from .text_cues import CAPITAL, CUES, TOKEN, cued

if TYPE_CHECKING:
    from .mentions import _Match, _Scanner

# Settlement kinds by weight: a bigger place of the name keeps it at home
_KIND_WEIGHT = {"city": 10, "town": 8, "village": 5, "hamlet": 3}


def kind_weight(kind: str) -> int:
    """How big a place of this kind is, to weigh namesakes in two countries (a quarter, a
    site or anything unlisted: 4)."""
    return _KIND_WEIGHT.get(kind, 4)

# What says a report is about a neighbour rather than Libya, besides the places it names:
# the adjectives of its country ("وزارة الداخلية التونسية", "Tunisian police").
COUNTRY_ADJECTIVES: dict[str, str] = {
    **{normalise_ar(w): "TN" for w in "التونسية التونسي تونسية تونسي التونسيين".split()},
    **{normalise_ar(w): "EG" for w in "المصرية المصري مصرية مصري المصريين".split()},
    **{normalise_ar(w): "DZ" for w in "الجزائرية الجزائري جزائرية الجزائريين".split()},
    **{normalise_ar(w): "LB" for w in "اللبنانية اللبناني لبنانية لبناني".split()},
    **{normalise_ar(w): "YE" for w in "اليمنية اليمني يمنية يمني اليمنيين".split()},
    # the Gulf's and the Levant's, whose namesakes of Libyan places its papers name
    # (Ghouta's المرج، Kuwait's العقيلة، Mecca's العزيزية)
    **{normalise_ar(w): "SY" for w in "السورية السوري سورية سوري السوريين".split()},
    **{normalise_ar(w): "IQ" for w in "العراقية العراقي عراقية عراقي العراقيين".split()},
    **{normalise_ar(w): "KW" for w in "الكويتية الكويتي كويتية كويتي الكويتيين".split()},
    **{normalise_ar(w): "SA" for w in "السعودية السعودي سعودية سعودي السعوديين".split()},
    **{normalise_ar(w): "LY" for w in "الليبية الليبي ليبية ليبي الليبيين".split()},
    "tunisian": "TN", "egyptian": "EG", "algerian": "DZ", "lebanese": "LB", "libyan": "LY",
}

# Words only one neighbour's own news uses for its state: Tunisia's delegations (معتمدية),
# prosecutors (النيابة العمومية), judicial police, customs (الديوانة) and security agents
# (أعوان الأمن). Counted as its adjective is: Jawhara FM's "فرقة الشرطة العدلية بسوسة ...
# بولاية سوسة" is Sousse's police, though the only nationality it names is a Libyan
# arrested there. Measured on the ANT corpus: each is in hundreds of Tunisian radio
# reports and in at most four of 31,525 others.
STATE_WORDS: dict[tuple[str, ...], str] = {
    tuple(normalise_ar(w) for w in phrase.split()): "TN" for phrase in (
        "معتمدية", "النيابة العمومية", "الشرطة العدلية", "الديوانة", "أعوان", "الوحدات الأمنية",
        "منطقة الحرس", "إقليم الحرس")
}
_STATE_FIRST = {k[0] for k in STATE_WORDS}


def _state_word(sc: _Scanner, toks: list[str], i: int) -> str | None:
    """The country whose state words start at token ``i`` (its clitics stripped), if any."""
    for form, _skip in ar_clitic_forms(sc.norm_of(toks[i])):
        if form in _STATE_FIRST:
            for words, country in STATE_WORDS.items():
                if words[0] == form and tuple(sc.norm_of(t) for t in toks[i + 1:i + len(words)]) == words[1:]:
                    return country
    return None


# Before an adjective, words that make it a person of that nationality
_A_NATIONAL = frozenset(normalise_ar(w) for w in "على هذا هذه مع".split())


# A report that names a neighbour this often and nothing only Libya's is about it alone;
# so is one that names it this many times as often as Libya (a Yemen report's twenty
# "اليمن"/"اليمنية" beside one "وحتى ليبيا" in a list of ISIS's lands)
ALONE_AT_LEAST = 3
DOMINANT_TIMES = 5


def report_country(sc: _Scanner, text: str, matches: list[_Match],
                    home: str) -> tuple[str, bool, bool]:
    """The neighbour a report may be about, whether it is named more often than ``home`` (by
    places that are only there, and by its adjective), or as often, and whether it is named
    at least ``ALONE_AT_LEAST`` times and ``DOMINANT_TIMES`` as often as ``home`` (or more
    while nothing names ``home``)."""
    places = sc.gaz.places
    counts: dict[str, int] = {}
    for m in matches:
        norm = sc.norm_of(text[m.start:m.end])
        if norm in COUNTRY_ADJECTIVES:
            continue  # "الليبي" read as Libya: counted below, once, as the adjective it is
        if any(f == CAPITAL for f, _skip in ar_clitic_forms(norm)):
            continue  # "ترحيله للعاصمة": the capital of whichever country the report is about
        countries = {places[i].country for i in m.ids}
        if len(countries) == 1:
            c = countries.pop()
            counts[c] = counts.get(c, 0) + 1
    toks = [t.group() for t in TOKEN.finditer(text)]
    for i, tok in enumerate(toks):
        c = COUNTRY_ADJECTIVES.get(sc.norm_of(tok))
        if c is not None and i and sc.norm_of(toks[i - 1]) in _A_NATIONAL:
            c = None  # "القبض على ليبي", "هذا الليبي": a person of that country, not where
        c = c or _state_word(sc, toks, i)
        if c is not None:
            counts[c] = counts.get(c, 0) + 1
    home_n = counts.pop(home, 0)
    best = max(counts, key=lambda c: counts[c], default=home)
    if best == home or counts[best] < home_n:
        return home, False, False
    alone = counts[best] >= ALONE_AT_LEAST and counts[best] >= DOMINANT_TIMES * home_n
    return best, counts[best] > home_n, alone


def abroad_wins(places: dict, ids: tuple[str, ...], home: str, about: str,
                 clearly: bool, alone: bool = False) -> bool:
    """Is a name known in both countries the neighbour's place here? When the report names
    the neighbour more than ``home``, yes; as often, only when the neighbour's place is the
    bigger kind (Sousse the city over Susa the town; Tripoli stays Libya's). A Libyan city
    keeps its name unless the report is about the neighbour ``alone`` (a Yemen report's
    البيضاء beside Taiz, Aden and "اليمنية", with nothing of Libya's)."""
    there = [places[i] for i in ids if places[i].country == about]
    here = [places[i] for i in ids if places[i].country == home]
    if not there or not here:
        return False
    weight = lambda p: kind_weight(p.kind)  # noqa: E731
    if alone:
        return True
    if max(map(weight, here)) >= _KIND_WEIGHT["city"]:
        return False  # a Libyan city is Libya's unless named otherwise (طرابلس اللبنانية)
    return clearly or max(map(weight, there)) > max(map(weight, here))


# How far before a name its sentence may name the country it is in ("وفي تونس قتل 37 شخصا على
# الأقل في هجوم استهدف فندقين بمدينة سوسة")
SENTENCE_COUNTRY_REACH = 120
_SENTENCE_END = re.compile(r"[.!?؟\n]")


# A country named right after a name as where it is: "سوسة في تونس", "والبيضاء بوسط اليمن"
_IN_COUNTRY = re.compile(r"^\s*،?\s*(?:في|ب)\s*(?:(?:وسط|جنوب|شمال|شرق|غرب)[يى]?\s+)?$")


def sentence_country(text: str, m: _Match, named: list[tuple[int, int, str]], countries: set[str]) -> str | None:
    """The country of a name known in two countries when its own sentence names one of them
    just before it, or right after it as where it is (a country as a place, not its
    adjective), else None."""
    after = next(((start, country) for start, _end, country in named if start >= m.end), None)
    if after is not None and after[1] in countries and _IN_COUNTRY.match(text[m.end:after[0]]):
        return after[1]
    before = [(start, end, country) for start, end, country in named if end <= m.start]
    if not before:
        return None
    start, end, country = before[-1]
    if m.start - end > SENTENCE_COUNTRY_REACH or _SENTENCE_END.search(text, end, m.start):
        return None
    if len(before) > 1 and before[-2][2] != country and before[-2][2] in countries \
            and _LISTED.match(text[before[-2][1]:start]):
        return None  # "عناصرها من تونس وليبيا ... بسوسة": both, listed, say where neither is
    return country if country in countries else None


# Two countries listed ("من تونس وليبيا", "Tunisia and Libya"): the sentence names no one of them
_LISTED = re.compile(r"^\s*(?:،|,)?\s*(?:و|and\s|or\s|أو\s)?\s*$")


# The place nouns before a town of the wars abroad (geo/sources.py WAR_COUNTRIES): the
# Libyan ones, and the units of Yemen's, Syria's and Iraq's map and Palestine's camps
WAR_CUES = CUES | frozenset(normalise_ar(w) for w in
                            "مديرية ناحية قضاء مخيم محافظتي مديريتي بلدتي قريتي".split())


_NOUN_GAP = re.compile(r"[ \t\u00a0]*[«\"“(']?")  # "في قرية (دوما)", "بلدة «المنطار»"


def war_cued(norms: list[str], i: int, raw: str, found: list[_Match], skip: int, gap: str) -> bool:
    """Does a place noun stand right before the name at token ``i`` ("في مديرية قعطبة",
    "بمدينة لودر", "في قرية (دوما)"; ``gap`` is the text between them, and a headline's
    "جبهة" does not reach over a line break), or is it the next item of a list that began
    with a place ("لحج والحوطة")? ``text_cues.cued`` with the war towns' nouns."""
    return _NOUN_GAP.fullmatch(gap) is not None and cued(norms, i, raw, found, skip=skip, cues=WAR_CUES)


def war_towns_here(sc: _Scanner, text: str, matches: list[_Match], home: str) -> list[_Match]:
    """``matches`` without the towns of the wars abroad that the report is not about: such a
    town is kept where its country is named at least as often as ``home`` by the report's
    other places and adjectives, or named in its own sentence just before it ("وفي اليمن
    ... في مدينة لودر"). A Libyan report's "منطقة السوق" is no Yemeni village."""
    places = sc.gaz.places
    war = {id(m) for m in matches if m.ids and all(i in sc.war_ids for i in m.ids)}
    if not war:
        return matches
    others = [m for m in matches if id(m) not in war]
    about, _more, _alone = report_country(sc, text, others, home)
    named = [(m.start, m.end, places[m.ids[0]].country) for m in others
             if len(m.ids) == 1 and places[m.ids[0]].kind == "country"]
    out = []
    for m in matches:
        if id(m) in war:
            countries = {places[i].country for i in m.ids}
            if about not in countries and sentence_country(text, m, named, countries) is None:
                continue
        out.append(m)
    return out
