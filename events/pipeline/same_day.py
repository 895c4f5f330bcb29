"""Stage "one_battle" (an event stage, after "merge"): one battle per place and day.

ACLED codes fighting as one event per place and day. A report that tells one day's fighting
at one place several times — the lead's "took control of", the body's "clashes", a quote's
"the battles used heavy weapons" — gives "merge" several Battles events that differ only in
sub-type or in the side named first (or name the town in one, a quarter of it in
another: "تحرير درنة بالكامل", "حرر منطقة البلاد وسط درنة"). They are one battle: ground
taken outranks an armed clash (it is what the day's fighting achieved), figures that differ
are added and repeated
ones counted once, and every telling stays as evidence (``--explain``). Battles at two
places, or on two days, stay apart; so do other types (a strike and a clash are two events).
Tellings dated only by their week whose weeks overlap are one ongoing battle.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.doc import Doc
from events.pipeline.merge import summed_figures
from events.records import Event

_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def _rank(e: Event) -> tuple:
    return (e.sub_event_type in _TERRITORY, e.actor1 is not None, e.fatalities is not None, e.confidence)


def _sides(e: Event, unknown: str = "", camp=lambda a: a) -> set:
    """The sides an event names, by camp ("LNA air force" is the LNA's); "the terrorists",
    an unidentified group, names nobody."""
    return {camp(a) for a in (e.actor1, e.actor2) if a and a != unknown}


def _day_key(e: Event, groups: dict) -> tuple:
    """(day, place); a battle told only by its week ("خلال الأيام الماضية", "last week") joins
    another week-told battle at the place whose week overlaps its own: one ongoing battle the
    report does not split into days."""
    if e.date_precision == "week":
        for (day, place), told in groups.items():
            if place == e.place_id and abs((day - e.event_date).days) <= 6 \
                    and any(o.date_precision == "week" for o in told):
                return day, place
    return e.event_date, e.place_id


def _town_and_quarters(groups: dict, places: dict) -> None:
    """A day's battle told at a town and at quarters of it ("حرر الجيش درنة بالكامل",
    "حرر منطقة البلاد وسط درنة") is one: at the quarter when one is named, else at the town.
    Quarters with no telling at the town stay apart (two fronts)."""
    for key in [k for k in groups if getattr(places.get(k[1]), "kind", None) in ("city", "town")]:
        quarters = [k for k in groups if k[0] == key[0] and k != key and getattr(places.get(k[1]), "kind", None)
                    in ("neighbourhood", "district") and places[k[1]].parent == key[1]]
        if len(quarters) == 1:
            groups[quarters[0]].extend(groups.pop(key))
        elif quarters:
            for q in quarters:
                groups[key].extend(groups.pop(q))


def one_battle(doc: Doc) -> None:
    unknown = doc.actors.get("gunmen").name_en
    places = doc.resolver.gazetteer.places if doc.resolver is not None else {}

    def camp_of(name: str) -> str:
        return getattr(doc.actors.named(name), "affiliation", None) or name

    groups: dict[tuple, list[Event]] = {}
    for e in doc.events:
        if e.event_type == "Battles" and e.place_id is not None and e.event_date is not None and not e.context:
            groups.setdefault(_day_key(e, groups), []).append(e)
    _town_and_quarters(groups, places)
    gone: set[int] = set()
    stands: dict[int, Event] = {}
    for (_, where), group in groups.items():
        if len(group) < 2:
            continue
        best = max((e for e in group if e.place_id == where), key=_rank)
        # Two named pairs with nobody in common are two fights (rare in one report).
        tellings = [e for e in group if e is best or not _sides(e, unknown) or not _sides(best, unknown)
                    or _sides(e, unknown, camp_of) & _sides(best, unknown, camp_of)]
        if len(tellings) < 2:
            continue
        # a side one telling names outranks "the terrorists" of another
        ordered = [best, *tellings]
        a1 = next((e.actor1 for e in ordered if e.actor1 and e.actor1 != unknown), None) \
            or next((e.actor1 for e in ordered if e.actor1), None)
        # the other side is of another camp: "LNA" and "LNA air force" are one side
        camp = getattr(doc.actors.named(a1), "affiliation", None) or None
        a2 = next((x for e in ordered for x in (e.actor2, e.actor1) if x and x not in (a1, unknown)
                   and (camp is None or getattr(doc.actors.named(x), "affiliation", None) != camp)), best.actor2)
        one = replace(best, actor1=a1, actor2=a2, **summed_figures(tellings),
                      geo_precision=min((e.geo_precision for e in tellings if e.geo_precision), default=None),
                      confidence=max(e.confidence for e in tellings))
        if doc.trace is not None:
            doc.trace.carry(tellings, one, "one_battle", "exists",
                            f"{len(tellings)} tellings of the fighting at {best.location} on {best.event_date}: "
                            "one battle (ACLED: one event per place and day)")
        gone.update(id(e) for e in tellings)
        stands[id(best)] = one
    if gone:
        doc.events = [stands.get(id(e), e) for e in doc.events if id(e) not in gone or id(e) in stands]
