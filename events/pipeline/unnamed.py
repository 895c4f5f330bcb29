"""Stage "unnamed_sides" (an event stage, after the merge): the sides a report leaves
unnamed, filled in as ACLED's codebook fills them, so an event on the map says who acted
even when the sentence does not.

- A bomb told with only a state force (Libya's or another country's) hit the force, unless
  the force is an air force: what an air force blew up ("قام سلاح الجو بتفجير مخزن ذخيرة")
  it struck from the air. A bomb nobody claimed (planted, suicide, grenade) and a shell or
  rocket nobody is said to have fired are an unidentified armed group's; an air strike is left alone (ACLED names
  the air force whose planes it was, which a report that does not say leaves open).
- A blast or shell that killed "people" / "أشخاص" / children with no armed side hit was
  against civilians; so was a bomb whose dead are told only as a count ("سقط سبعة قتلى في
  انفجار سيارة مفخخة") with no soldier, policeman or fighter named.
- Violence against civilians always has both sides: the attacker the report does not name
  is an unidentified armed group, the victim it does not name (or names as a person) is
  civilians. "An explosives expert was shot dead at his home" is (unidentified armed
  group, civilians).
- An attack, not a clash, that names no side and hit people or a car ("هاجم مسلحون سيارة
  كانت تنقل الأموال") was against civilians (unidentified armed group, civilians).
- A battle always has two sides: one the report leaves unnamed is an unidentified armed
  group ("clashes broke out in Gwarsha" is two of them). The next stage ("other_side") may
  still put the armed group the report names most in place of an unnamed foe of a state
  force.
- A protest's actor is the protesters, whoever the protest was for or against ("Pro-HoR
  demonstrations" are protesters, not the House); a force is its actor2 only when it
  intervened. A riot's actor is the rioters unless an armed group rioted.

Runs after the merge: a telling that names nobody must first join the one that names the
bomber.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.cues import cue
from events.pipeline.doc import Doc
from events.records import Event
from events.sentences import tokenize

_PERSONS = cue("persons")
_DEAD = cue("dead_count")
_SIDE_MEN = cue("serving") | cue("soldier") | cue("police_member") | cue("militant_word")
_ATTACK = cue("attack_word")
_CLASH = cue("clash_word")
_VEHICLE = cue("civil_vehicle")
_PLANTED = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_FIRED = frozenset({"Shelling/artillery/missile attack"})
_STATES = frozenset({"state", "foreign-state"})  # "أتوبيس يقل جنود شرطة مصريين ... عبوة ناسفة": whom it hit
_AIR_FORCES = frozenset({"air-force", "lna-air", "gna-air"})
_STRUCK = _PLANTED | _FIRED | {"Air/drone strike"}
_ARMED = frozenset({"state", "rebel", "militia", "communal", "mercenary", "foreign-state", "foreign-group",
                    "unidentified", "generic"})
_INTERVENED = frozenset({"Protest with intervention", "Excessive force against protesters"})


def unnamed_sides(doc: Doc) -> None:
    lex = doc.actors
    names = {k: lex.get(k).name_en for k in ("gunmen", "civilians", "protesters", "rioters")}
    out = []
    for e in doc.events:
        new = e if e.context else _filled(e, lex, names)
        if new is not e and doc.trace is not None:
            doc.trace.carry([e], new, "unnamed_sides", "actors", f"ACLED's coding of sides the report leaves unnamed: "
                                                                 f"actor1 {new.actor1}, actor2 {new.actor2}")
        out.append(new)
    doc.events = out


def _filled(e: Event, lex, names: dict) -> Event:
    def armed(name: str | None) -> bool:
        return getattr(lex.named(name), "kind", None) in _ARMED

    a1, a2 = e.actor1, e.actor2
    unknown, civilians = names["gunmen"], names["civilians"]
    if e.event_type == "Explosions/Remote violence":
        if e.sub_event_type in _PLANTED and getattr(lex.named(a1), "id", None) in _AIR_FORCES:
            # "قام سلاح الجو بتفجير مخزن ذخيرة": an air force sets no bomb; what it blew up, it
            # struck from the air
            return replace(e, sub_event_type="Air/drone strike", actor2=None if a2 == a1 else a2)
        if e.sub_event_type in _PLANTED and a2 in (None, a1) and getattr(lex.named(a1), "kind", None) in _STATES:
            # "A car bomb targeting a military academy killed seven soldiers": the force a
            # bomb is told with is whom it hit, not who set it
            a1, a2 = None, a1
        if a1 is None and e.sub_event_type in _PLANTED | _FIRED:
            a1 = unknown
        if a2 is None and e.sub_event_type in _STRUCK and _names_persons(e.evidence):
            a2 = civilians
        elif a2 is None and e.sub_event_type in _PLANTED and _names_dead_only(e.evidence):
            # "سقط سبعة قتلى في انفجار سيارة مفخخة وسط بنغازي": a bomb's dead, nobody's side named
            a2 = civilians
    elif e.event_type == "Violence against civilians":
        if a2 is None or a2 == unknown:
            a2 = civilians
        if a1 is None or a1 == a2:
            a1 = unknown
    elif e.event_type == "Battles":
        if e.sub_event_type == "Armed clash" and a1 in (None, unknown) and a2 is None \
                and _attack_on_civilians(e.evidence):
            # "هاجم مسلحون الخميس سيارة كانت تنقل الأموال", "هجوم لندن ... أودى بحياة 7 أشخاص":
            # an attack, not a clash, that hit people or a car and no side: against civilians
            return replace(e, event_type="Violence against civilians", sub_event_type="Attack",
                           actor1=unknown, actor2=civilians)
        a1, a2 = a1 or unknown, a2 or unknown
    elif e.event_type == "Protests":
        if a1 != names["protesters"]:
            # the force named is the one that intervened, whichever side the sentence put it on
            a2 = a2 if armed(a2) else (a1 if armed(a1) else None)
            a1 = names["protesters"]
        if e.sub_event_type not in _INTERVENED:
            a2 = None
    elif e.event_type == "Riots":
        if not armed(a1):
            a1, a2 = names["rioters"], (a2 if armed(a2) or a2 == civilians else None)
    if (a1, a2) == (e.actor1, e.actor2):
        return e
    return replace(e, actor1=a1, actor2=a2)


def _attack_on_civilians(text: str) -> bool:
    keys = [t.key.lstrip("و") for t in tokenize(text)]
    return any(k in _ATTACK for k in keys) and not any(k in _CLASH or k in _SIDE_MEN for k in keys) \
        and any(k in _PERSONS or k in _VEHICLE for k in keys)


def _names_persons(text: str) -> bool:
    return any(t.key.lstrip("و") in _PERSONS for t in tokenize(text))


def _names_dead_only(text: str) -> bool:
    """The dead told as a count ("سبعة قتلى", "عدد من القتلى"), and no soldier, policeman or
    fighter among the words: a bomb's victims of no side."""
    keys = [t.key.lstrip("و") for t in tokenize(text)]
    return any(k in _DEAD for k in keys) and not any(k in _SIDE_MEN for k in keys)
