"""Whether a report is set elsewhere (used by the stage "places"): one that never names Libya
and names its places only as namesakes ("مخيم اليرموك جنوب دمشق", a Tunisian radio's "بسوسة"),
one about another country that names a Libyan town once, a long feature whose one Libyan
"place" is a word ("في الزاوية": in the corner), and which names are words or namesakes at all.
"""
from __future__ import annotations

import re
from collections import Counter

from events.pipeline.doc import Doc, ExtractedPlace
from geo.abroad import kind_weight
from geo.normalise import normalise_ar
from geo.tables import OPEN_SOURCES
from geo.text_cues import CAPITAL, NEEDS_CUE


def in_libya(place) -> bool:
    # The gazetteer says which country a place is in; a bounding box would take Tunisia,
    # Ben Guerdane or Sallum, which lie inside Libya's box, for Libyan places.
    country = getattr(place, "country", None)
    if country:
        return country == "LY"
    lat, lon = place.lat, place.lon
    if lat is None or lon is None:
        return True
    return 19.0 <= lat <= 34.5 and 9.0 <= lon <= 25.5


ELSEWHERE_RATIO = 3  # places abroad named this many times as often as Libya's: a report about elsewhere


# Tunisia's and Algeria's governorate and delegation ("ولاية سوسة", "معتمدية بن قردان"); Libya
# has municipalities and districts (بلدية، شعبية)
_ADMIN_ABROAD = re.compile(r"(?:^|[\s،,(])[وفب]?(?:ال)?(?:ولاية|ولايه|معتمدية|معتمديه)(?=\s)")


def not_about_libya(doc: Doc) -> bool:
    """Whether a report that never names Libya names Libya's places only as namesakes:
    "مخيم اليرموك جنوب دمشق", "الخوذ البيضاء" in Idlib, "ساحة الشهداء وسط مدينة القصرين", "بسوسة"
    in a Tunisian radio's news. So is one that names a place abroad and no town only Libya
    has (or each such town once, amid places abroad three times as many as Libya's), and one
    that writes Tunisia's "ولاية" or "معتمدية"; with nothing abroad named, a Libyan city keeps
    its name ("في مدينة البيضاء")."""
    if _ADMIN_ABROAD.search(doc.text):
        return True
    anchors = Counter(p.place.id for p in doc.places if _anchor(p))
    if anchors and not (mostly_abroad(doc.raw_places) and max(anchors.values()) == 1):
        # a Libyan town named once amid places abroad ("منها الفحيمي والزاوية ثم الصكرة" near
        # Ramadi) anchors nothing
        return False
    return names_abroad(doc.raw_places, doc.lang) or all(
        _foreign_namesake(p, as_big=True) and p.place.kind != "city" for p in doc.places)


def names_abroad(raw: list, lang: str = "ar") -> bool:
    """Whether place mentions ``raw`` name a place abroad; in English a town or site only
    (notes on Libya never name it, and name "Egyptian workers" or "the Chinese offices" as
    often)."""
    return any(m.resolution.place is not None and not in_libya(m.resolution.place)
               and (lang == "ar" or m.resolution.place.kind != "country") for m in raw)


def _size(kind: str) -> int:
    # a region abroad (Yemen's al-Bayda governorate) weighs as a city does
    return kind_weight("city" if kind == "region" else kind)


def _foreign_namesake(p: ExtractedPlace, as_big: bool = False) -> bool:
    """A place that shares its name with one abroad ("سوسة": Sousse and Susa; "البيضاء":
    Yemen's governorate and Libya's city); ``as_big``: with one abroad at least as big (not
    Aden's quarter البريقة beside Libya's oil town)."""
    size = _size(p.place.kind)
    return any(not in_libya(c) and (not as_big or _size(c.kind) >= size)
               for c in p.mention.resolution.candidates)


def _anchor(p: ExtractedPlace) -> bool:
    """A town or city only Libya has (or whose namesake abroad is smaller: Brega, not Aden's
    quarter), named as itself (if only as a side's home or a flight's end): what makes a
    report Libya's. Only the curated table's: an open-data row's name
    ("التضامن", an OSM "city") is as likely a quarter abroad."""
    return p.place.kind in ("city", "town") and p.place.source not in OPEN_SOURCES \
        and normalise_ar(p.text) != CAPITAL and not a_word(p) and not _foreign_namesake(p, as_big=True)


def a_word(p: ExtractedPlace) -> bool:
    return normalise_ar(p.text).removeprefix("منطقه ").removeprefix("حي ") in NEEDS_CUE


def mostly_abroad(raw: list) -> bool:
    libyan = sum(1 for m in raw if m.resolution.place is not None and in_libya(m.resolution.place))
    abroad = sum(1 for m in raw if m.resolution.place is not None and not in_libya(m.resolution.place))
    return abroad > 0 and abroad >= ELSEWHERE_RATIO * libyan


def elsewhere_report(raw: list, places: list[ExtractedPlace], main: ExtractedPlace) -> bool:
    """A report about another country that names one Libyan town once ("سرت تكهنات" in a
    report of Cairo, Rafah and Sharqia): that town is no fallback for its unplaced events."""
    return sum(p.place.id == main.place.id for p in places) <= 1 and mostly_abroad(raw)


LONG_REPORT = 1500  # characters: a feature or a column, not a wire item
# Libya named, or a side only Libya has: Haftar, the Government of National Accord (not
# "الوفاق" alone, which is also Bahrain's al-Wefaq)
LIBYA_NAMED = re.compile(r"ليبي|libya|حفتر|haftar|حكومة الوفاق|قوات الوفاق|government of national accord",
                         re.IGNORECASE)
LEBANON_NAMED = re.compile(r"لبنان|لبناني|بيروت|lebanon|lebanese|beirut", re.IGNORECASE)


def named_in_passing(doc: Doc) -> bool:
    """A long report that names one Libyan place once and never Libya lends it to no
    sentence: in a feature on sorcery "في الزاوية" is "in the corner", in a poet's review
    "وسرت كما سارت الكواكب" is "and I walked"; a wire item's one town still is its place."""
    return len(doc.text) > LONG_REPORT and len([p for p in doc.places if not p.country_level]) == 1 \
        and not LIBYA_NAMED.search(doc.text)
