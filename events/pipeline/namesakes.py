"""Places of the report's own town that the gazetteer knows by a namesake elsewhere (used by
``where.place_pairs``): "ميناء بنغازي وطريق المطار" lists Benghazi's airport road, not Tripoli's;
"سيطر على معسكر الصاعقة" in a report on "the city" is that city's camp. A name with a word of
its own ("Watiya airbase") is that one place, wherever it lies."""
from __future__ import annotations

import re

from events.pipeline.doc import Clause, Doc, ExtractedPlace
from geo.gazetteer import haversine_km

_FACILITY_KINDS = frozenset({"military camp", "air base", "airport", "port", "landmark"})
_FACILITY_FAR_KM = 50.0
_NAMESAKE_KINDS = _FACILITY_KINDS | {"road"}  # names every town has: its airport road, its port


def facility_of_the_city(doc: Doc, c: Clause, chosen: list[ExtractedPlace]) -> bool:
    main = doc.main_place
    if len(chosen) != 1 or main is None or main.place.kind not in ("city", "town") \
            or chosen[0].place.kind not in _FACILITY_KINDS \
            or not any(t.key in ("المدينه", "the city", "city") for t in c.tokens) \
            or any(p.place.kind in ("city", "town") for p in c.places if not p.in_actor):
        return False
    a, b = chosen[0].place, main.place
    return haversine_km(a.lat, a.lon, b.lat, b.lon) > _FACILITY_FAR_KM


def namesakes_left_out(doc: Doc, chosen: list[ExtractedPlace], notes: list | None) -> list[ExtractedPlace]:
    """"ميناء بنغازي وطريق المطار ومعسكر 21": a road, camp or port listed with a place of the
    report's town but lying far from it is that town's, not the namesake the gazetteer knows in
    another one (Tripoli's airport road): left out of the list."""
    main = doc.main_place
    if len(chosen) < 2 or main is None:
        return chosen
    far = [p for p in chosen if p.place.kind in _NAMESAKE_KINDS and _km(p, main) > _FACILITY_FAR_KM
           and _generic_name(p.text)]
    if not far or all(_km(p, main) > _FACILITY_FAR_KM for p in chosen):
        return chosen
    if notes is not None:
        notes.append(", ".join(p.place.name_en for p in far) + f" lies far from {main.place.name_en}, "
                     "where the places listed with it are: a namesake, left out")
    return [p for p in chosen if p not in far]


# The words of a name every town has ("طريق المطار", "the port", "Camp 21"); a name with a word
# of its own ("Watiya airbase", "قاعدة الوطية") is that one place, wherever it lies
_GENERIC_WORDS = frozenset("""the al el airport air airbase base road port harbour harbor camp barracks
    international military coastal main طريق مطار ميناء معسكر قاعدة بوابة جوية دولي ساحلي رئيسي""".split())
_WORD = re.compile(r"[^\W\d_]+")


def _generic_name(text: str) -> bool:
    return all(w in _GENERIC_WORDS or w.removeprefix("و").removeprefix("ب").removeprefix("ال").rstrip("ةه") in _GENERIC_WORDS
               or w.removeprefix("و").removeprefix("ب").removeprefix("ال") in _GENERIC_WORDS
               for w in _WORD.findall(text.lower()))


def _km(p: ExtractedPlace, q: ExtractedPlace) -> float:
    return haversine_km(p.place.lat, p.place.lon, q.place.lat, q.place.lon)
