"""Spatial relations written just before a place name: "جنوب غربي مصراتة", "south of Sirte",
"30 km east of Sabha", "بالقرب من الزاوية", "on the outskirts of Tripoli".

A relation means the event is near / part of the named place, not at its point: the
resolver then gives precision 2. Phrases are matched on normalised words (geo.normalise).
"""
from __future__ import annotations

import re

from .normalise import normalise_ar

_AR_DIRS = {
    "جنوب": "south", "جنوبي": "south", "شمال": "north", "شمالي": "north",
    "شرق": "east", "شرقي": "east", "غرب": "west", "غربي": "west",
}
_AR_SIDES = {"شرق": "east", "شرقي": "east", "غرب": "west", "غربي": "west"}
# Multi-word relation phrases (normalised), longest first where it matters.
_AR_PHRASES: dict[tuple[str, ...], str] = {
    ("بالقرب", "من"): "near", ("على", "مقربه", "من"): "near", ("علي", "مقربه", "من"): "near",
    ("قريبا", "من"): "near", ("قرب",): "near", ("بقرب",): "near", ("قريب", "من"): "near",
    ("ضواحي",): "outskirts of", ("بضواحي",): "outskirts of", ("ضاحيه",): "outskirts of",
    ("اطراف",): "outskirts of", ("باطراف",): "outskirts of", ("مشارف",): "outskirts of",
    ("محيط",): "around", ("بمحيط",): "around",  # not حول: "حول ليبيا" is "about Libya"
}
_AR_UNITS = {"كم", "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "km"}

_EN_DIR = r"(?:north|south)(?:[- ]?(?:east|west))?|east|west"
_EN_RELATION = re.compile(
    r"\b(?:(?P<dist>\d+(?:\.\d+)?)\s*(?:km|kilometres|kilometers|kms|miles?)\s+)?"
    r"(?:(?P<dir>" + _EN_DIR + r")(?:ern)?\s+of|(?P<part>" + _EN_DIR + r")ern|"
    r"(?P<near>near|nearby|close\s+to|around|outside|from)|"
    r"(?:on\s+)?the\s+(?P<out>outskirts|edge|suburbs)\s+of|(?P<out2>outskirts|suburbs)\s+of)"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def ar_relation_before(words: list[str], end: int) -> tuple[str, int] | None:
    """A relation formed by ``words[k:end]`` (normalised Arabic words), as (relation, k).

    Only the words immediately before the mention count, so "جنوب غربي مصراتة" gives
    "southwest of" and "جنوب" far back in the sentence gives nothing.
    """
    if end <= 0:
        return None
    for phrase, rel in _AR_PHRASES.items():
        n = len(phrase)
        if end - n >= 0 and tuple(_strip_conj(words[end - n:end])) == phrase:
            return rel, end - n
    k = end - 1
    w = words[k]
    side = _AR_SIDES.get(w)
    if side and k - 1 >= 0:
        first = _AR_DIRS.get(_bare(words[k - 1]))
        if first in ("north", "south"):
            rel, start = f"{first}{side} of", k - 1
            return _with_distance(words, rel, start)
    first = _AR_DIRS.get(_bare(w))
    if first:
        return _with_distance(words, f"{first} of", k)
    return None


def _bare(word: str) -> str:
    """A direction word without و/ف/ب/في: وجنوب -> جنوب, بشرق -> شرق."""
    if word in _AR_DIRS:
        return word
    for prefix in ("وب", "فب", "و", "ف", "ب", "ل"):
        if word.startswith(prefix) and word[len(prefix):] in _AR_DIRS:
            return word[len(prefix):]
    return word


def _strip_conj(words: list[str]) -> list[str]:
    if words and len(words[0]) > 3 and words[0][0] in "وف":
        return [words[0][1:], *words[1:]]
    return words


def _with_distance(words: list[str], rel: str, start: int) -> tuple[str, int]:
    """'على بعد 50 كم جنوب X' -> '50 km south of'."""
    if start >= 2 and words[start - 1] in _AR_UNITS and words[start - 2].isdigit():
        return f"{words[start - 2]} km {rel}", start - 2
    if start >= 1 and words[start - 1].endswith("كم") and words[start - 1][:-2].isdigit():
        return f"{words[start - 1][:-2]} km {rel}", start - 1
    return rel, start


def en_relation_before(prefix: str) -> tuple[str, int] | None:
    """A relation at the end of ``prefix`` (the text just before a mention), as
    (relation, index in prefix where it starts)."""
    tail = prefix[-60:]
    m = _EN_RELATION.search(tail)
    if not m:
        return None
    near = (m.group("near") or "").lower()
    if near in ("from", "outside") and not m.group("dist"):
        return None  # "from Tripoli" alone says nothing about where
    if m.group("dir"):
        rel = m.group("dir").lower().replace("-", "").replace(" ", "") + " of"
    elif m.group("part"):  # "southern Tripoli": in the south of the place
        rel = m.group("part").lower().replace("-", "").replace(" ", "") + "ern part of"
    elif near:
        rel = {"around": "around", "from": "from", "outside": "from"}.get(near, "near")
    else:
        rel = "outskirts of"
    if m.group("dist"):
        rel = f"{m.group('dist')} km {rel}"
    return rel, len(prefix) - len(tail) + m.start()


_EN_STARTERS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                          "southeast", "southwest", "north-east", "north-west", "south-east",
                          "south-west", "near", "around", "close", "outskirts", "the"})
_AR_STARTERS = frozenset({*_AR_DIRS, *(p[0] for p in _AR_PHRASES), "علي", "على"})


def _may_start_relation(first_word: str) -> bool:
    w = first_word.lower()
    if w in _EN_STARTERS or w[:1].isdigit():
        return True
    w = normalise_ar(first_word)
    return w in _AR_STARTERS or _bare(w) in _AR_DIRS or w[1:] in _AR_STARTERS


def split_relation(name: str) -> tuple[str | None, str]:
    """A name given with a relation in front ("south of Sirte", "جنوب غربي مصراتة") ->
    (relation, the name). Without one -> (None, name)."""
    stripped = name.strip()
    parts = stripped.split(None, 1)
    if len(parts) < 2 or not _may_start_relation(parts[0]):
        return None, name
    m = re.match(
        r"^\s*(?:(\d+(?:\.\d+)?)\s*(?:km|kilometres|kilometers)\s+)?"
        r"((?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+(.+)$|"
        r"^\s*(near|around|close to|(?:the\s+)?outskirts of)\s+(.+)$",
        stripped, re.IGNORECASE,
    )
    if m:
        if m.group(2):
            rel = m.group(2).lower().replace("-", "").replace(" ", "") + " of"
            if m.group(1):
                rel = f"{m.group(1)} km {rel}"
            return rel, m.group(3).strip()
        word = m.group(4).lower()
        rel = "outskirts of" if "outskirts" in word else "around" if word == "around" else "near"
        return rel, m.group(5).strip()
    words_raw = stripped.split()
    if len(words_raw) >= 2:
        words = [normalise_ar(w) for w in words_raw]
        for cut in range(min(4, len(words) - 1), 0, -1):
            found = ar_relation_before(words[:cut], cut)
            if found and found[1] == 0:
                return found[0], " ".join(words_raw[cut:])
    return None, name
