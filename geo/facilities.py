"""Facilities in running text: a facility named after its town ("Tripoli's international
airport", "Brak al-Shati airbase") and lists of facilities named without their head word
("حقول الواحة والآمال", "the Waha, Amal and Hamada fields") (geo.mentions uses them)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import haversine_km
from .normalise import ar_candidates, ar_clitic_forms, has_arabic, loose_key, normalise_ar, normalise_en
from .text_cues import JOIN_GAP, LATIN_ARTICLE_PREFIX

if TYPE_CHECKING:
    from .mentions import _Match, _Scanner
    from .resolve import Resolver

# A facility named after its town ("Tripoli's international airport", "Misrata's port",
# "Brak al-Shati airbase"): the facility, not the town, when the gazetteer has it.
FACILITY_KINDS = frozenset({"airport", "air base", "port", "oil terminal", "oil field",
                            "refinery", "military camp"})
EN_FACILITY_HEADS: tuple[tuple[str, ...], ...] = tuple(tuple(h.split()) for h in (
    "international airport", "military airport", "airport", "air base", "airbase", "airfield",
    "air academy", "naval base", "seaport", "port", "harbour", "harbor", "oil terminal",
    "terminal", "oil field", "oilfield", "field", "refinery", "prison", "camp"))
HEAD_SYNONYMS = {"airbase": ("air base",), "air base": ("airbase",), "seaport": ("port",),
                  "harbour": ("port",), "harbor": ("port", "harbour"), "port": ("seaport",),
                  "international airport": ("airport",), "military airport": ("airport",),
                  "airfield": ("airport",), "oilfield": ("oil field", "field")}
HEAD_KIND = {"airport": "airport", "air": "air base", "airbase": "air base",
              "airfield": "airport", "naval": "port", "seaport": "port", "port": "port",
              "harbour": "port", "harbor": "port", "terminal": "oil terminal",
              "oil": "oil field", "field": "oil field", "oilfield": "oil field",
              "refinery": "refinery", "camp": "military camp", "military": "airport"}
FACILITY_MODIFIERS = frozenset({"former", "old", "main", "disused", "civilian", "commercial"})
# Head words that introduce or close a list of facilities named without them ("حقول
# الواحة والآمال", "موانئ السدرة ورأس لانوف", "Tamanhint and Brak al-Shati bases"): the
# names in the list are then the facilities of those kinds, not the towns of their name.
OIL_FIELD = frozenset({"oil field"})
TERMINAL = frozenset({"oil terminal", "port"})
BASE = frozenset({"air base", "military camp"})
AIRPORT = frozenset({"airport", "air base"})
AR_LIST_HEADS: dict[str, frozenset[str]] = {
    **{normalise_ar(w): OIL_FIELD for w in "حقل حقول حقلي حقلا".split()},
    **{normalise_ar(w): TERMINAL for w in "موانئ موانىء مينائي ميناءي مرافئ".split()},
    **{normalise_ar(w): BASE for w in "قاعدتي قاعدتا قواعد".split()},
    **{normalise_ar(w): AIRPORT for w in "مطاري مطارا مطارات".split()},
}
EN_LIST_HEADS: dict[str, frozenset[str]] = {
    "field": OIL_FIELD, "fields": OIL_FIELD, "oilfield": OIL_FIELD, "oilfields": OIL_FIELD,
    "terminals": TERMINAL, "ports": TERMINAL, "bases": BASE, "airbases": BASE,
    "airports": AIRPORT,
}


def facility_after(sc: _Scanner, toks: list, norms: list[str], text: str, first: int,
                    last: int, ids: tuple[str, ...]) -> tuple[int, tuple[str, ...]] | None:
    """(last token of the facility, its ids) when a Latin name is followed by a facility
    word that, with the name, is a facility of the gazetteer."""
    n = len(toks)
    j = last + 1
    if j < n and norms[j] == "s" and text[toks[last][1]:toks[j][0]] in ("'", "’"):
        j += 1  # the possessive
    if j >= n or not JOIN_GAP.match(text[toks[j - 1][1]:toks[j][0]]):
        return None
    if norms[j] in FACILITY_MODIFIERS and j + 1 < n:
        j += 1  # "Tripoli's former international airport"
    name = normalise_en(text[toks[first][0]:toks[last][1]])
    gaz = sc.gaz
    for head in EN_FACILITY_HEADS:
        end = j + len(head)
        if end > n or tuple(norms[j:end]) != head:
            continue
        if not all(JOIN_GAP.match(text[toks[k][1]:toks[k + 1][0]]) for k in range(j, end - 1)):
            continue
        if end < n and norms[end] in ("road", "street", "highway"):
            return None  # "Tripoli's Airport Road" is the road, not the airport
        phrase = " ".join(head)
        found: list[str] = []
        # "Tripolis international airport": a possessive whose apostrophe was lost
        owners = (name, name[:-1]) if name.endswith("s") and len(name) > 5 else (name,)
        for h in (phrase, *HEAD_SYNONYMS.get(phrase, ())):
            for owner in owners:
                key = f"{owner} {h}"
                for pid in gaz.exact.get(key) or gaz.loose.get(loose_key(key)) or ():
                    if gaz.places[pid].kind in FACILITY_KINDS and pid not in found:
                        found.append(pid)
        if not found:
            # the one facility of that kind inside the named place ("Zuwara's port")
            found = list(town_facility(sc, ids, HEAD_KIND.get(head[0])))
        if found:
            return end - 1, tuple(found)
        return None
    return None


# A town's facility named by its kind alone ("Misrata airport", "the Benghazi airbase",
# "the airport in Benghazi", "مطار بنغازي") is the one facility of that kind the gazetteer
# puts inside the town or inside one of the town's places (Benina airport lies in Benina, a
# place of Benghazi). The press calls an airport an air base and back, so the two are one
# kind here. A town with two (Tripoli: its international airport and Mitiga) keeps its name,
# unless the press's own name for one says which ("Tripoli airport").
_TOWN_FACILITY_KINDS = {"airport": AIRPORT, "air base": AIRPORT, "port": frozenset({"port"}),
                        "oil terminal": frozenset({"oil terminal"}), "refinery": frozenset({"refinery"})}
_EN_HEADS_BEFORE = {("international", "airport"): "airport", ("airport",): "airport", ("air", "base"): "air base",
                    ("airbase",): "air base", ("port",): "port", ("seaport",): "port"}
_AR_HEADS_BEFORE = {normalise_ar("مطار"): "airport", normalise_ar("ميناء"): "port"}


def town_facility(sc: _Scanner, ids: tuple[str, ...], kind: str | None) -> tuple[str, ...]:
    """The one facility of ``kind`` (see ``_TOWN_FACILITY_KINDS``) inside the places ``ids``
    or inside their places, or () where there is none or more than one."""
    kinds = _TOWN_FACILITY_KINDS.get(kind or "")
    if not kinds:
        return ()
    gaz = sc.gaz
    found: list[str] = []
    for i in ids:
        for c in gaz.children.get(i, ()):
            for x in (c, *gaz.children.get(c, ())):
                if gaz.places[x].kind in kinds and x not in found:
                    found.append(x)
    return tuple(found) if len(found) == 1 else ()


def facility_before(sc: _Scanner, toks: list, norms: list[str], text: str, first: int,
                    ids: tuple[str, ...], arabic: bool, free: int = 0) -> tuple[int, int, tuple[str, ...]] | None:
    """(first token, letters of its proclitic, the facility's ids) when a town's name follows
    its facility's head word: "مطار بنغازي", "the airport in Benghazi". Tokens before ``free``
    belong to a name already found ("Binina Airport in Benghazi")."""
    if arabic:
        j = first - 1
        if j < free or not JOIN_GAP.match(text[toks[j][1]:toks[first][0]]):
            return None
        for form, skip in ar_clitic_forms(norms[j]):
            if form in _AR_HEADS_BEFORE:
                got = town_facility(sc, ids, _AR_HEADS_BEFORE[form])
                return (j, skip, got) if got else None
        return None
    if first < 2 or norms[first - 1] not in ("in", "of"):
        return None
    for head, kind in _EN_HEADS_BEFORE.items():
        j = first - 1 - len(head)
        if j >= free and tuple(norms[j:first - 1]) == head \
                and all(JOIN_GAP.match(text[toks[k][1]:toks[k + 1][0]]) for k in range(j, first)):
            got = town_facility(sc, ids, kind)
            return (j, 0, got) if got else None
    return None


def bare_facility(sc: _Scanner, form: str, kinds: frozenset[str]) -> tuple[str, ...]:
    """Facilities of ``kinds`` named without their head word ("Waha" of "Waha field")."""
    gaz = sc.gaz
    looks = [(gaz.bare, form)]
    if has_arabic(form):
        looks.append((gaz.bare, form[2:] if form.startswith("ال") else "ال" + form))
    else:
        # "the Bahi and Dahrah oilfields": spelt as a transliteration habit, the Dahra field
        looks.append((gaz.bare_loose, loose_key(form)))
    for index, k in looks:
        ids = tuple(x for x in index.get(k, ()) if x in sc.curated
                    and gaz.places[x].kind in kinds)
        if ids:
            return ids
    return ()


def en_list_ahead(toks: list, norms: list[str], text: str, i: int) -> frozenset[str] | None:
    """"the Waha, Amal and Hamada fields": capitalised names up to a plural head word."""
    for j in range(i + 1, min(i + 10, len(toks))):
        gap = text[toks[j - 1][1]:toks[j][0]]
        if not re.match(r"^\s*,?\s*$", gap):
            return None
        nxt = norms[j + 1] if j + 1 < len(toks) else ""
        if norms[j] in ("oil", "air") and nxt in EN_LIST_HEADS:
            return EN_LIST_HEADS[nxt]
        if norms[j] in EN_LIST_HEADS and (norms[j] != "field" or j == i + 1):
            return EN_LIST_HEADS[norms[j]]
        raw = toks[j][2]
        if not (raw[:1].isupper() or norms[j] in ("and", "al", "el")
                or LATIN_ARTICLE_PREFIX.match(raw)):
            return None
    return None


def list_kinds(toks: list, norms: list[str], text: str, i: int,
                out: list[_Match], arabic: bool) -> frozenset[str] | None:
    """The facility kinds of a list token ``i`` (``arabic``: has_arabic of its word)
    belongs to, if it is in one."""
    raw = toks[i][2]
    prev = out[-1] if out else None
    if arabic:
        if raw[:1] == "و" and prev is not None and prev.last == i - 1 and prev.head:
            return prev.head
        return _ar_list_head(norms[i - 1]) if i > 0 else None
    if not raw[:1].isupper() and not LATIN_ARTICLE_PREFIX.match(raw):
        return None
    if prev is not None and prev.head and not prev.arabic and prev.last >= i - 2 and \
            all(norms[k] in ("and", "al", "el") or not norms[k] for k in range(prev.last + 1, i)):
        return prev.head  # "the oil ports of Ras Lanuf and al-Sidra"
    if i >= 2 and norms[i - 1] == "of" and norms[i - 2] in EN_LIST_HEADS and \
            norms[i - 2] != "field":
        return EN_LIST_HEADS[norms[i - 2]]
    return en_list_ahead(toks, norms, text, i)


@lru_cache(maxsize=100_000)
def _ar_list_head(word: str) -> frozenset[str] | None:
    """The facility kinds of a list ``word`` (normalised Arabic) opens ("حقول"), if any:
    asked for every word the scan passes, so cached."""
    for f in ar_candidates(word)[:2]:
        if f in AR_LIST_HEADS:
            return AR_LIST_HEADS[f]
    return None


def elsewhere(sc: _Scanner, ids: tuple[str, ...], other: tuple[str, ...], km: float = 5.0) -> bool:
    places = sc.gaz.places
    return all(haversine_km(places[a].lat, places[a].lon, places[b].lat, places[b].lon) > km
               for a in ids for b in other)


def field_match(sc: _Scanner, toks: list, norms: list[str], i: int,
                 kinds: frozenset[str] | None) -> tuple | None:
    """A facility of a list that the text index lacks as a word ("الواحة" in "حقول
    الواحة", "Amal" in "the Waha, Amal and Hamada fields")."""
    if not kinds:
        return None
    raw = toks[i][2]
    if has_arabic(raw):
        for form, skip in ar_clitic_forms(norms[i]):
            ids = bare_facility(sc, form, kinds)
            if ids:
                return 1, ids, skip, form
        return None
    ids = bare_facility(sc, norms[i], kinds)
    return (1, ids, 0, norms[i]) if ids else None


POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:the\s+)?$")
_LOST_APOSTROPHE = re.compile(r"^s\s+$")  # "Benghazis Benina airport" (wire copy, ACLED's notes)


def merge_possessive_facilities(sc: _Scanner, resolver: Resolver, text: str,
                                 matches: list[_Match]) -> list[_Match]:
    """"Benghazi's Benina airport" is the airport: the town that owns a facility named
    right after it is part of the facility's name, not a second place."""
    out: list[_Match] = []
    places = sc.gaz.places
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None and not m.arabic and not prev.arabic \
                and (POSSESSIVE_GAP.match(text[prev.end:m.start])
                     or _LOST_APOSTROPHE.match(text[prev.end - 1:m.start])) \
                and all(places[i].kind in FACILITY_KINDS for i in m.ids) \
                and any(set(prev.ids) & set(resolver._ancestors(places[i])) for i in m.ids):
            m.start, m.first, m.relation = prev.start, prev.first, prev.relation
            out[-1] = m
            continue
        out.append(m)
    return out


# "صواريخ أُطلقت باتجاه المطار ... قرب مطار معيتيقة": the definite head word alone
_THE_FACILITY = {
    ("airport", "air base"): re.compile(r"(?<![\w\u0600-\u06ff])(?:[وف]?[بل]?ال|[وف]?لل)مطار(?![\w\u0600-\u06ff])"
                          r"|\bthe\s+airport\b(?!\s+(?:of|in|at|road)\b)", re.I),
    ("port",): re.compile(r"(?<![\w\u0600-\u06ff])(?:[وف]?[بل]?ال|[وف]?لل)ميناء(?![\w\u0600-\u06ff])"
                       r"|\bthe\s+(?:sea)?port\b(?!\s+(?:of|in|at)\b)", re.I),
}


_THE_FACILITY_WORDS = {("airport", "air base"): ("مطار", "irport"), ("port",): ("ميناء", "port")}


def the_facility_again(sc: _Scanner, text: str, matches: list[_Match]) -> list[_Match]:
    """"The airport", "المطار" alone, in a report that names one airport (and no other): that
    airport (a lead often says "the airport" and names it in the next sentence). Two
    airports named, or none, leave it unplaced."""
    places = sc.gaz.places
    extra = []
    match = type(matches[0]) if matches else None  # geo.mentions' _Match, without importing it back
    for kinds, pat in _THE_FACILITY.items():
        if not any(w in text for w in _THE_FACILITY_WORDS[kinds]):
            continue  # most reports name neither: skip the scan
        named = {frozenset(i for i in m.ids if places[i].kind in kinds) for m in matches}
        named.discard(frozenset())
        if len(named) != 1 or len(ids := next(iter(named))) != 1:
            continue
        for hit in pat.finditer(text):
            s, e = hit.span()
            if not any(m.start < e and s < m.end for m in matches):
                extra.append(match(first=0, last=0, start=s, end=e, ids=tuple(ids), arabic=has_arabic(text[s:e])))
    return sorted(matches + extra, key=lambda m: m.start) if extra else matches
