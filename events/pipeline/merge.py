"""Event stages after the build, on the report's list of events:

- "merge": one event per type, day, place and acting side (as ACLED codes them): the
  tellings of one strike are merged, the telling with the figures as evidence, distinct
  figures added up and repeated ones counted once; a telling that names no actor joins
  the one that names it; a suicide attack told again as a blast or IED is one bombing.
- "protest_told_once": a peaceful protest and, the same day, its dispersal ("fired in the
  air to disperse the protesters", tear gas) are one protest with intervention.
- "part_of_attack": a fire set or property wrecked on the day and at the place of an
  attack told before is part of that attack; so is an arrest on the day and at the place
  of a fight or an attack the report tells (the attacker caught, men taken in the fighting).
"""
from __future__ import annotations

from dataclasses import replace

from events.actors import load_actors
from events.event_types import VIOLENT_TYPES
from events.pipeline.doc import Doc
from events.records import Event
from geo.gazetteer import haversine_km



def merge(doc: Doc) -> None:
    doc.events = _merge(doc.events, doc.trace)


def protest_told_once(doc: Doc) -> None:
    doc.events = _protest_told_once(doc.events, doc.trace)


def part_of_attack(doc: Doc) -> None:
    doc.events = _part_of_attack(doc.events, doc.trace)


def _part_of_attack(events: list[Event], trace=None) -> list[Event]:
    """"اقتحما المقر وفجرا نفسيهما بعد إضرام النار فيه": a fire set or property wrecked on
    the day and at the place of an attack, told before or after, is part of that attack (ACLED codes
    the attack), not a separate looting event."""
    out: list[Event] = []
    unknown = load_actors().get("gunmen").name_en
    for e in events:
        # the fire set by "أحد المجهولين" is the unknown attackers' too
        if e.sub_event_type == "Looting/property destruction" and any(
                o is not e and o.event_type in VIOLENT_TYPES and o.event_date == e.event_date
                and o.place_id == e.place_id and e.actor1 in (None, unknown, o.actor1) for o in events):
            if trace is not None:
                trace.gone(e, "part_of_attack", "property wrecked on the day and at the place of an attack "
                                                "told before: part of that attack")
            continue
        # "ألقت القبض على المهاجم الخامس", "إلقاء القبض على عشرات الإرهابيين خلال هذه
        # العمليات": men taken in a fight or an attack are part of it, told before or after
        if e.sub_event_type == "Arrests" and e.place_id is not None and any(
                o.event_type in VIOLENT_TYPES and o.event_date == e.event_date and same_spot(o, e)
                for o in events):
            if trace is not None:
                trace.gone(e, "part_of_attack", "an arrest on the day and at the place of a fight or an "
                                                "attack the report tells: part of it")
            continue
        out.append(e)
    return out


ARREST_NEAR_KM = 15.0  # a city: "in Tripoli" and "at the commission's HQ" are one spot here


def same_spot(a: Event, b: Event) -> bool:
    if a.place_id is not None and a.place_id == b.place_id:
        return True
    return None not in (a.latitude, b.latitude) and haversine_km(
        a.latitude, a.longitude, b.latitude, b.longitude) <= ARREST_NEAR_KM


def _protest_told_once(events: list[Event], trace=None) -> list[Event]:
    """"Hundreds protested in Martyrs' Square on Sunday." then "Gunmen fired in the air to
    disperse the protesters.": one protest with intervention, as ACLED codes it, at the
    protest's place, not a peaceful protest and another event beside it."""
    forced = [e for e in events if e.event_type == "Protests" and e.sub_event_type != "Peaceful protest"]
    if not forced:
        return events
    drop: set[int] = set()
    out = []
    for e in events:
        if e.event_type == "Protests" and e.sub_event_type == "Peaceful protest":
            f = next((f for f in forced if f.event_date == e.event_date
                      and (f.admin1 is None or e.admin1 is None or f.admin1 == e.admin1)), None)
            if f is not None:
                old = e
                e = replace(e, sub_event_type=f.sub_event_type, actor2=e.actor2 or f.actor2,
                            confidence=max(e.confidence, f.confidence), **summed_figures([e, f]))
                if trace is not None:
                    trace.carry([old, f], e, "protest_told_once", "exists", "a peaceful protest and its dispersal the same day: "
                                                      "one protest with intervention")
                drop.add(id(f))
        out.append(e)
    return [e for e in out if id(e) not in drop]


# A bomb told as a suicide attack in one sentence and as a blast or IED in another ("الهجوم
# الانتحاري", "التفجيرين") at one place and day is one bombing.
_BOMBING = {"Remote explosive/landmine/IED": "bombing", "Suicide bomb": "bombing"}


def _merge(events: list[Event], trace=None) -> list[Event]:
    """One event per type, day, place and acting side, as ACLED codes them: a report that
    tells of the same strike on Tripoli three times gives one event. The most confident
    telling that gives casualty figures (else the most confident) stands for it, its
    sentence the evidence, with the most exact geo precision. Casualty figures of the
    tellings are added up when they differ ("36 soldiers killed ... dozens of IS dead", as
    ACLED sums the sides) and counted once when they repeat (a restatement)."""
    groups: dict[tuple, list[Event]] = {}
    order: list[tuple] = []
    for e in events:
        base = (e.event_type, _BOMBING.get(e.sub_event_type, e.sub_event_type), e.event_date, e.date_precision,
                e.place_id)
        side = _side(e.actor1)
        if e.in_libya is False and side == _side("Tripoli militias (GNA-aligned)"):
            side = ""  # "the militias" of a happening abroad ("عمدت الميليشيات إلى قصف" in Taiz): nobody named yet
        key = base + (side,)
        if key not in groups:
            # A telling that names nobody is the same happening as one that names its
            # author ("قتل 12 في هجوم انتحاري" then "فجر انتحاري نفسه"); one that names
            # an author joins the telling that named nobody if that is the only one.
            if not side:
                key = next((k for k in order if k[:5] == base), key)
            else:
                blank = base + ("",)
                if blank in groups and not any(k[:5] == base and k[5] for k in order):
                    groups[key] = groups.pop(blank)
                    order[order.index(blank)] = key
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(e)
    out = []
    for key in order:
        group = groups[key]
        best = max(group, key=lambda e: (e.fatalities is not None or e.injuries is not None,
                                         e.confidence, -e.evidence_start))
        if any(e.sub_event_type == "Suicide bomb" for e in group):
            best = replace(best, sub_event_type="Suicide bomb")  # "the explosions" of a suicide attack told once
        best = replace(best, **summed_figures(group),
                       actor1=best.actor1 or next((e.actor1 for e in group if e.actor1), None),
                       actor2=best.actor2 or next((e.actor2 for e in group if e.actor2 and e.actor2 != (best.actor1 or e.actor1)), None),
                       geo_precision=min((e.geo_precision for e in group if e.geo_precision), default=None),
                       confidence=max(e.confidence for e in group))
        if trace is not None:
            trace.carry(group, best, "merge", "exists", None if len(group) == 1 else
                        f"{len(group)} tellings of one {best.sub_event_type.lower()} (same type, day, place and "
                        "acting side) merged; the telling with figures, else the most confident, is the evidence")
        out.append(best)
    out.sort(key=lambda e: (e.evidence_start, e.id))
    return _one_taking(out, trace)


_TAKINGS = frozenset({"Arrests", "Abduction/forced disappearance"})


def _one_taking(events: list[Event], trace=None) -> list[Event]:
    """"ألقت القوات القبض على عشماوي ... في مدينة درنة" then "القبض على عشماوي تم في حي
    المغار": one named man or group taken the same day at one spot (a town and a district
    of it) is one arrest, told twice."""
    unnamed = {load_actors().get(i).name_en for i in ("gunmen", "civilians")}
    return fold_into_first(
        events,
        lambda e: e.sub_event_type in _TAKINGS and bool(e.actor2) and e.actor2 not in unnamed,
        lambda o, e: (o.sub_event_type == e.sub_event_type and o.event_date == e.event_date
                      and o.actor2 == e.actor2 and e.actor1 in (None, o.actor1) and same_spot(o, e)),
        lambda first, e: replace(first, **summed_figures([first, e]), confidence=max(first.confidence, e.confidence)),
        trace, "merge", lambda first, e: f"{e.actor2} taken the same day at one spot: one arrest told twice")


def fold_into_first(events: list[Event], eligible, same, combine, trace, stage: str, why) -> list[Event]:
    """Each ``eligible`` event that is the ``same`` happening as an earlier eligible one goes
    into it (``combine(first, e)``), traced for ``--explain`` with ``why(first, e)``; the rest
    stay, in order."""
    out: list[Event] = []
    for e in events:
        first = next((o for o in out if eligible(o) and same(o, e)), None) if eligible(e) else None
        if first is None:
            out.append(e)
            continue
        merged = combine(first, e)
        if trace is not None:
            trace.carry([first, e], merged, stage, "exists", why(first, e))
        out[out.index(first)] = merged
    return out


def fold_tellings(doc, joined: dict[int, list[Event]], gone: set[int], combine, stage: str, why) -> None:
    """Replace ``doc.events``: the events whose id is in ``gone`` leave, each event that
    ``joined`` maps (by id) to its tellings ``[it, *taken]`` becomes ``combine(it, tellings)``,
    traced for ``--explain`` with ``why(it, tellings)``."""
    out = []
    for e in doc.events:
        if id(e) in gone:
            continue
        tellings = joined.get(id(e))
        if tellings:
            new = combine(e, tellings)
            if doc.trace is not None:
                doc.trace.carry(tellings, new, stage, "exists", why(e, tellings))
            e = new
        out.append(e)
    doc.events = out


def summed_figures(tellings: list[Event]) -> dict:
    """The dead and wounded of several tellings of one happening, as ``replace`` keywords:
    figures that differ are added (the sides' dead), one repeated is counted once, and so is
    one told again as updated ("340 dead in month-old battle", then "356 dead": within a
    tenth of each other, the larger stands)."""
    dead, dead_lb = _sum_distinct([(e.fatalities, e.fatalities_lower_bound) for e in tellings])
    hurt, hurt_lb = _sum_distinct([(e.injuries, e.injuries_lower_bound) for e in tellings])
    return {"fatalities": dead, "fatalities_lower_bound": dead_lb, "injuries": hurt, "injuries_lower_bound": hurt_lb}


UPDATED_WITHIN = 0.1  # two tolls this close are one count told again, not two sides' dead


def _sum_distinct(figures: list[tuple[int | None, bool]]) -> tuple[int | None, bool]:
    seen: dict[int, bool] = {}
    for n, lb in sorted(((n, lb) for n, lb in figures if n is not None), reverse=True):
        key = next((k for k in seen if n >= 10 and n >= k * (1 - UPDATED_WITHIN)), n)
        seen[key] = seen.get(key, False) or lb
    if not seen:
        return None, False
    return sum(seen), any(seen.values())


def _side(actor_name: str | None) -> str:
    """The side that acted, "" for nobody named: an unidentified armed group is nobody named
    yet ("هاجمت مجموعة مسلحة مقر المؤسسة" and then "المهاجمين مرتبطين بتنظيم داعش")."""
    if actor_name is None:
        return ""
    a = load_actors().named(actor_name)
    if a is not None and a.id == "gunmen":
        return ""
    return (a.affiliation or a.id) if a is not None else actor_name
