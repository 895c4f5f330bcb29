"""Spatial relations written just before a place name: "جنوب غربي مصراتة", "south of Sirte",
"30 km east of Sabha", "بالقرب من الزاوية", "on the outskirts of Tripoli".

A relation means the event is near / part of the named place, not at its point: the
resolver then gives precision 2. Phrases are matched on normalised words (geo.normalise).
"""
from __future__ import annotations

import math
import re

from .normalise import has_arabic, normalise_ar

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
    ("قباله", "سواحل"): "off the coast of", ("قباله", "ساحل"): "off the coast of",
    ("قباله", "شواطي"): "off the coast of", ("قباله",): "off the coast of",
}
# The words a phrase can end on, with a conjunction (وقرب) and without: most words before a
# name end none, and one look-up says so before the phrases are tried one by one.
_AR_PHRASE_LAST = frozenset(c + p[-1] for p in _AR_PHRASES for c in ("", "و", "ف"))
_AR_SETTLEMENT_WORDS = {"بلده", "مدينه", "منطقه", "قريه"}  # normalised: ة is ه
_AR_UNITS = {"كم", "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "km"}

_EN_DIR = r"(?:north|south)(?:[- ]?(?:east|west))?|east|west"
_EN_RELATION = re.compile(
    r"\b(?:(?P<dist>\d+(?:\.\d+)?)\s*(?:km|kilometres|kilometers|kms|miles?)\s+)?"
    r"(?:(?P<dir>" + _EN_DIR + r")(?:ern)?\s+of|(?P<part>" + _EN_DIR + r")ern|"
    r"(?P<near>near|nearby|close\s+to|around|outside|from)|"
    r"(?:on\s+)?the\s+(?P<out>outskirts|edge|suburbs)\s+of|(?P<out2>outskirts|suburbs)\s+of|"
    r"(?P<coast>off\s+(?:the\s+)?(?:coast|coastline|shores?)\s+of))"
    # "near the town of Derna", "south of the city of Sirte": the settlement word is no part of the name
    r"\s*(?:the\s+)?(?:(?:town|city|village|oasis)\s+of\s+)?$",
    re.IGNORECASE,
)


def ar_relation_before(words: list[str], end: int) -> tuple[str, int] | None:
    """A relation formed by ``words[k:end]`` (normalised Arabic words), as (relation, k).

    Only the words immediately before the mention count, so "جنوب غربي مصراتة" gives
    "southwest of" and "جنوب" far back in the sentence gives nothing.
    """
    if end <= 0:
        return None
    if words[end - 1] in _AR_SETTLEMENT_WORDS and end >= 2 and _bare(words[end - 2]) in _AR_DIRS:
        end -= 1  # "على بعد نحو 70 كيلومترا غربي بلدة راس لانوف": past the settlement word
    for phrase, rel in _AR_PHRASES.items() if words[end - 1] in _AR_PHRASE_LAST else ():
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
    elif m.group("coast"):
        rel = "off the coast of"
    elif near:
        rel = {"around": "around", "from": "from", "outside": "from"}.get(near, "near")
    else:
        rel = "outskirts of"
    if m.group("dist"):
        rel = f"{m.group('dist')} km {rel}"
    return rel, len(prefix) - len(tail) + m.start()


_EN_STARTERS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                          "southeast", "southwest", "north-east", "north-west", "south-east",
                          "south-west", "near", "around", "close", "outskirts", "the", "off"})
_AR_STARTERS = frozenset({*_AR_DIRS, *(p[0] for p in _AR_PHRASES), "علي", "على", "بعد"})


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
        r"^\s*(near|around|close to|(?:the\s+)?outskirts of|"
        r"off\s+(?:the\s+)?(?:coast|coastline|shores?)\s+of|off)\s+(.+)$",
        stripped, re.IGNORECASE,
    )
    if m:
        if m.group(2):
            rel = m.group(2).lower().replace("-", "").replace(" ", "") + " of"
            if m.group(1):
                rel = f"{m.group(1)} km {rel}"
            return rel, m.group(3).strip()
        word = m.group(4).lower()
        rel = ("outskirts of" if "outskirts" in word else "around" if word == "around"
               else "off the coast of" if word.startswith("off") else "near")
        return rel, m.group(5).strip()
    words_raw = stripped.split()
    # "على بعد 50 كم جنوب سبها": "at a distance of" before the distance says nothing more
    while len(words_raw) > 2 and normalise_ar(words_raw[0]) in ("على", "علي", "بعد", "وعلى"):
        words_raw = words_raw[1:]
    if len(words_raw) >= 2:
        words = [normalise_ar(w) for w in words_raw]
        for cut in range(min(4, len(words) - 1), 0, -1):
            found = ar_relation_before(words[:cut], cut)
            if found and found[1] == 0:
                return found[0], " ".join(words_raw[cut:])
    return None, name


# --- where a relation puts the event --------------------------------------------------

BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
            "southwest": 225.0, "west": 270.0, "northwest": 315.0}
_DIST_REL = re.compile(r"^(?P<km>\d+(?:\.\d+)?) km (?P<dir>[a-z]+) of$")
EARTH_KM = 6371.0088


def offset_point(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing`` degrees (great circle)."""
    d, b = km / EARTH_KM, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1),
                         math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)


def midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """Halfway along the great circle from a to b (lat, lon)."""
    p1, l1, p2, l2 = map(math.radians, (*a, *b))
    bx, by = math.cos(p2) * math.cos(l2 - l1), math.cos(p2) * math.sin(l2 - l1)
    p = math.atan2(math.sin(p1) + math.sin(p2), math.hypot(math.cos(p1) + bx, by))
    lon = l1 + math.atan2(by, math.cos(p1) + bx)
    return round(math.degrees(p), 5), round(math.degrees(lon), 5)


def relation_point(relation: str, lat: float, lon: float, name: str) -> tuple[float, float, str]:
    """(lat, lon, how) of an event placed by ``relation`` from a place at (lat, lon).

    A distance with a bearing ("30 km west of") moves the point along it; a bearing without
    a distance, "near", "outskirts of" or "off the coast of" keep the place's own point
    (the event is near it, geo_precision 2), since any distance would be invented."""
    m = _DIST_REL.match(relation)
    if m and m["dir"] in BEARINGS:
        km, bearing = float(m["km"]), BEARINGS[m["dir"]]
        if 0 < km <= 500:
            la, lo = offset_point(lat, lon, km, bearing)
            return la, lo, f"{km:g} km from {name} along bearing {bearing:g}°"
    return lat, lon, f"the point of {name} ({relation}: no distance given)"


# Two places in one name: "between Ajdabiya and Brega", "بين أجدابيا والبريقة", "the
# Tripoli–Misrata road", "طريق طرابلس مصراتة", "الطريق بين سرت والجفرة".
_EN_BETWEEN = re.compile(r"^\s*(?:the\s+)?(?:area\s+|road\s+)?between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s*$", re.I)
_EN_ROAD = re.compile(
    r"^\s*(?:the\s+)?(?P<a>[^\W\d_][\w'’ .]*?)\s*[-–—/]\s*(?P<b>[^\W\d_][\w'’ .]*?)\s+"
    r"(?:coastal\s+)?(?:road|highway|motorway)\s*$", re.I)
_AR_BETWEEN = re.compile(r"^\s*(?:(?:ال)?(?:طريق|منطقة)\s+)?بين\s+(?P<a>.+?)\s+و\s*(?P<b>\S.*?)\s*$")
_AR_ROAD = re.compile(r"^\s*(?:ال)?طريق\s+(?:الساحلي\s+)?(?P<a>\S+)\s*[-–—]?\s*(?P<b>\S+)\s*$")


def split_pair(name: str) -> tuple[str, str, str] | None:
    """(relation, first place, second place) for a name that spans two places, else None.

    The relation is "between" or "road between". An Arabic list's و clings to the second
    name ("والبريقة"): ``_AR_BETWEEN`` allows it with or without a space."""
    for rx, rel in ((_EN_BETWEEN, "between"), (_EN_ROAD, "road between"),
                    (_AR_BETWEEN, "between"), (_AR_ROAD, "road between")):
        m = rx.match(name)
        if m and m["a"].strip() and m["b"].strip():
            if rel == "between" and re.match(r"^\s*(?:the\s+)?road|^\s*(?:ال)?طريق", name, re.I):
                rel = "road between"
            return rel, m["a"].strip(), m["b"].strip()
    return None


# A place named with a word that only says which part of it ("حي شيحا", "منطقة الهواري",
# "مدينة سرت", "the town of Hun"), its entrance or gate ("المدخل الغربي لدرنة", "البوابة
# الشرقية لأجدابيا"), its centre ("وسط درنة") or one side ("As Sabiri al Gharbi",
# "الصابري الغربي"). Only used when the whole name is not in the gazetteer.
_AR_SAME = frozenset(normalise_ar(w) for w in "حي منطقة مدينة بلدة قرية محور ضاحية شعبية بلدية".split())
_AR_PART = re.compile(r"^(?:ال)?(?:مدخل|بوابة|بوابه|مداخل|البوابات)(?:\s+\S+)?\s+ل(?P<rest>\S.*)$")
_AR_CENTRE = frozenset(normalise_ar(w) for w in "وسط قلب".split())
_AR_SIDE = {normalise_ar(w): d for w, d in (("الغربي", "west"), ("الشرقي", "east"),
                                            ("الشمالي", "north"), ("الجنوبي", "south"))}
_EN_SAME = re.compile(r"^\s*(?:the\s+)?(?:city|town|village|district|area|neighbou?rhood)\s+of\s+(?P<rest>.+)$", re.I)
_EN_SIDE = re.compile(r"^(?P<rest>.+?)\s+(?:al|el|ad|ash|as)?[-\s]?(?P<side>gharbi|sharqi|shamali|janubi)$", re.I)
_EN_SIDES = {"gharbi": "west", "sharqi": "east", "shamali": "north", "janubi": "south"}
# "Qaryunus Tourist Village", "Gharyan hospital": a spot the table lacks, named after the
# place it is in. The place's point, as a part of it (geo_precision 2).
_EN_SPOT = re.compile(r"^(?P<rest>.+?)\s+(?:tourist\s+village|resort|hotel|hospital|clinic|university|school|market|"
                      r"mosque|checkpoint|gate|bridge|roundabout|junction|roads?|neighbou?rhood|quarter|suburbs?)$", re.I)


def split_part(name: str) -> tuple[str | None, str] | None:
    """(relation or None, the place's name) for a name that names a part of a place."""
    words = name.split()
    if len(words) >= 2 and has_arabic(name):
        first = normalise_ar(words[0])
        if first in _AR_SAME:
            return None, " ".join(words[1:])
        if first in _AR_CENTRE:
            return "centre of", " ".join(words[1:])
        m = _AR_PART.match(name.strip())
        if m:
            return "entrance of", m["rest"]
        side = _AR_SIDE.get(normalise_ar(words[-1]))
        if side:
            return f"{side}ern part of", " ".join(words[:-1])
        return None
    m = _EN_SAME.match(name)
    if m:
        return None, m["rest"]
    m = _EN_SIDE.match(name.strip())
    if m:
        return f"{_EN_SIDES[m['side'].lower()]}ern part of", m["rest"]
    m = _EN_SPOT.match(name.strip())
    if m:
        return "part of", m["rest"]
    return None
