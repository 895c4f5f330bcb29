"""Stage "forces_abroad" (an event stage, before "unnamed_sides"): the police, and the army
or air force named by the bare word, of a happening placed abroad are that country's, not
Libya's. "تمكنت الوحدات الأمنية التابعة لفرقة الشرطة
العدلية بجندوبة من إيقاف عنصر إرهابي": Jendouba is in Tunisia, and so are its police, though
the words ("الشرطة", "الوحدات الأمنية") name no country. The lexicon's row for the country
(Tunisia, Egypt, ...) takes their place; a country with no row leaves the side unnamed rather
than call it Libya's. (A word naming the country beside the force, "الشرطة التونسية", is
the lexicon's to read.) A sentence abroad with no Libyan word names no Libyan side at all:
its "national army" and its "militias" are the other country's.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from events.pipeline.cues import cue
from events.pipeline.doc import Doc
from events.sentences import clitic_forms

# the lexicon's Libyan police, whatever its period
_LIBYAN_POLICE = frozenset({"police", "police-2012", "police-2014"})
# country code of a place abroad -> the lexicon's row for that country's forces
_COUNTRY_FORCES = {"TN": "tunisia", "EG": "egypt", "DZ": "algeria", "US": "us-forces", "FR": "france",
                   "IT": "italy", "TR": "turkey", "RU": "russia", "AE": "uae", "YE": "yemen"}
_LIBYAN_MARK = cue("libyan_mark")


# what the actor rules make of a bare "the army" / "the air force" (the speaker's, else the LNA's)
_READ_AS_LIBYAN = frozenset({"lna", "lna-air", "gna", "gna-air", "army-2012"})
_LIBYAN_NAMED = _READ_AS_LIBYAN | {"saiqa", "presidential-guard", "dignity-2014"}


def _generic_force_only(doc: Doc, e) -> bool:
    """The event's sentence names the army or air force only by the bare word ("الجيش"),
    no Libyan force by name."""
    ids = {m.actor.id for m in doc.all_mentions if e.evidence_start <= m.start < e.evidence_end}
    return bool(ids & {"army", "air-force"}) and not ids & _LIBYAN_NAMED


def nothing_libyan(doc: Doc, e) -> bool:
    """An event placed abroad whose sentence has no Libyan word: its "national army" (الجيش
    الوطني, the LNA's name at home) and its "militias" (Tripoli's) are another country's
    ("قوات الجيش الوطني والمقاومة" in Taiz, "معارك مع قوات الجيش الوطني" at Hays), even in a
    report that names Libya elsewhere."""
    lo, hi = bisect.bisect_left(doc.starts, e.evidence_start), bisect.bisect_left(doc.starts, e.evidence_end)
    return not any(t.key in _LIBYAN_MARK or any(f in _LIBYAN_MARK for f in clitic_forms(t.key))
                   for t in doc.tokens[lo:hi])


def forces_abroad(doc: Doc) -> None:
    lex = doc.actors
    places = doc.resolver.gazetteer.places if doc.resolver is not None else {}
    out = []
    for e in doc.events:
        new = e
        place = places.get(e.place_id) if e.in_libya is False and e.place_id else None
        if place is not None and place.country and place.country != "LY":
            row = lex.get(_COUNTRY_FORCES.get(place.country, ""))
            generic = _generic_force_only(doc, e)
            foreign = nothing_libyan(doc, e)
            for field in ("actor1", "actor2"):
                actor = lex.named(getattr(new, field))
                if actor is not None and (actor.id in _LIBYAN_POLICE or generic and actor.id in _READ_AS_LIBYAN):
                    new = replace(new, **{field: row.name_en if row is not None else None})
                elif actor is not None and foreign and actor.affiliation in ("LNA", "GNA"):
                    # the army of that country; its militias, unnamed
                    state = actor.kind == "state" and row is not None
                    new = replace(new, **{field: row.name_en if state else None})
        if new is not e and doc.trace is not None:
            doc.trace.carry([e], new, "forces_abroad", "actors", f"the police, army or militias of a happening in "
                                                                 f"{place.country} are that country's: actor1 {new.actor1}, "
                                                                 f"actor2 {new.actor2}")
        out.append(new)
    doc.events = out
