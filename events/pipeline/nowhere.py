"""Stage "nowhere" (an event stage, after "recalled"): a happening the report places
nowhere, or only in Libya as a whole or one of its three historic provinces, has no spot
on a map.

"أعلن تنظيم أنصار الشريعة في ليبيا حل التنظيم", "the east of Libya", "الجنوب الليبي":
the country's point or a province's (Cyrenaica's lies in the desert south of Jalu) would
put a dot where nothing happened, and an analyst who finds one there stops trusting the
others. Such an event is kept as context (``context=True``: listed by ``--explain`` and
by ``extract(report, context=True)``, hidden on the map by default, never counted as one
of the report's events), with the reason recorded. So is one placed only at another
country as a whole ("فلننظر لما حدث في تونس وفي مصر من تفجيرات", "ميليشيا الحوثيين في
اليمن"), for the same reason: a town abroad keeps its event, and a region a report can
place (the Oil Crescent, the Nafusa Mountains) stays an event.

With no place at all (the report names none the gazetteer or geocoder knows), what is left
is almost always talk rather than a happening: in the 241 Arabic articles, 12 of 13 such
events were a blast in Gaza, Manchester's bombing, a newspaper's view, a lawsuit.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.doc import Doc

PROVINCES = frozenset({"libya", "cyrenaica", "tripolitania", "fezzan"})


def nowhere(doc: Doc) -> None:
    out = []
    for e in doc.events:
        if not e.context and (e.place_id in PROVINCES or (e.place_id is None and e.latitude is None)
                              or _a_country_abroad(doc, e.place_id)):
            new = replace(e, context=True)
            if doc.trace is not None:
                doc.trace.carry([e], new, "nowhere", "exists",
                                f"context, not one of the report's events: placed only at {e.location}, "
                                "with no spot for the map")
            e = new
        out.append(e)
    doc.events = out


# Countries small enough that their point is their capital's and lies within a town's reach
# of anywhere in them (a hijacked plane landing in Malta is at Malta's airport)
SMALL_COUNTRIES = frozenset({"country-mt", "country-bh"})


def _a_country_abroad(doc: Doc, place_id: str | None) -> bool:
    place = doc.resolver.gazetteer.places.get(place_id) if place_id else None
    return place is not None and place.kind == "country" and place.country != "LY" \
        and place_id not in SMALL_COUNTRIES
