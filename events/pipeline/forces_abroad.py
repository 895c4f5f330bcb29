"""Stage "forces_abroad" (an event stage, before "unnamed_sides"): the police of a happening
placed abroad are that country's, not Libya's. "تمكنت الوحدات الأمنية التابعة لفرقة الشرطة
العدلية بجندوبة من إيقاف عنصر إرهابي": Jendouba is in Tunisia, and so are its police, though
the words ("الشرطة", "الوحدات الأمنية") name no country. The lexicon's row for the country
(Tunisia, Egypt, ...) takes their place; a country with no row leaves the side unnamed rather
than call it Libya's. (A word naming the country beside the force, "الشرطة التونسية", is
the lexicon's to read.)
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.doc import Doc

# the lexicon's Libyan police, whatever its period
_LIBYAN_POLICE = frozenset({"police", "police-2012", "police-2014"})
# country code of a place abroad -> the lexicon's row for that country's forces
_COUNTRY_FORCES = {"TN": "tunisia", "EG": "egypt", "DZ": "algeria", "US": "us-forces", "FR": "france",
                   "IT": "italy", "TR": "turkey", "RU": "russia", "AE": "uae"}


def forces_abroad(doc: Doc) -> None:
    lex = doc.actors
    places = doc.resolver.gazetteer.places if doc.resolver is not None else {}
    out = []
    for e in doc.events:
        new = e
        place = places.get(e.place_id) if e.in_libya is False and e.place_id else None
        if place is not None and place.country and place.country != "LY":
            row = lex.get(_COUNTRY_FORCES.get(place.country, ""))
            for field in ("actor1", "actor2"):
                actor = lex.named(getattr(new, field))
                if actor is not None and actor.id in _LIBYAN_POLICE:
                    new = replace(new, **{field: row.name_en if row is not None else None})
        if new is not e and doc.trace is not None:
            doc.trace.carry([e], new, "forces_abroad", "actors", f"the police of a happening in {place.country} are "
                                                                 f"that country's: actor1 {new.actor1}, actor2 {new.actor2}")
        out.append(new)
    doc.events = out
