"""Stage "other_side" (an event stage, after "unnamed_sides"): the side a sentence leaves
unnamed, as ACLED codes it from the whole report.

"سيطرت قوات الجيش على منطقة الحيلة" in a report about the LNA's fight with the Mujahideen
Shura Council of Derna: ACLED names the council as actor2, though the sentence says only
"the terrorists" or nothing. When a state force fought or struck (Battles, Explosions/Remote
violence) and the event has no actor2 (or only "unidentified"), actor2 is the armed group
the report names most (a rebel group first, then a militia), of another side than actor1.
A report that names no such group leaves actor2 as it was.

A group named for the event's town (the Mujahideen Shura Council *of Derna* for a strike in
Derna) is that town's side: it comes first among the named groups, and it stands in for its
parent organisation ("ذراع تنظيم القاعدة", "linked to al-Qaeda") named as a side of the event.
Where the report names only the parent, ACLED still codes its local branch
(``LOCAL_BRANCHES``): "al-Qaeda" fighting the LNA in Derna is the Derna council. And where a
state force fought in a town whose war had one opposing coalition (``LOCAL_FOES``: Benghazi
2014-17, Ansar al-Sharia and then the Benghazi Revolutionaries Shura Council), the opponent
the report leaves unnamed is that coalition, as ACLED codes the Benghazi war (and fighting
there told with no side at all is between the two); the other way
round (``LOCAL_STRIKERS``: Sirte 2016), an unnamed strike on the Islamic State there was the
GNA-aligned campaign's. A strike on ground a side held in a war (``HELD_BY``: Zintan and its
air bases against Libya Dawn, 2014-15; Mitiga, Dawn's airport until the GNA came), with the
struck side unnamed, was on that side.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from events.actors.lexicon import DESCRIBING
from events.pipeline.cues import cue
from events.pipeline.doc import Doc
from events.pipeline.forces_abroad import nothing_libyan
from events.pipeline.periods import period_id
from events.sentences import tokenize

_ARMED_KINDS = {"rebel": 0, "foreign-group": 0, "militia": 1, "communal": 1, "mercenary": 1}
_FOUGHT = ("Battles", "Explosions/Remote violence")
_SHELLING = "Shelling/artillery/missile attack"
# parent organisation -> district -> (first day, last day, the local group ACLED codes
# there): the Derna council from its founding (Dec 2014) through its last stand (its
# successor, the Derna Protection Force, was beaten by early 2019); and in the Fezzan, where
# al-Qaeda's men are those of its Maghreb branch (ACLED: AQIM; the US strike near Ubari, March 2018)
_FEZZAN = ("Wadi al Hayaa", "Ubari", "Ghat", "Murzuq", "Sabha", "Wadi al Shatii", "Jufra")
# A council named without its town ("Shura Council fighters", "the Shoura Council") is the
# council of the event's town: Derna's from its founding, Benghazi's from its founding (June
# 2014; ``periods`` then names it as ACLED did in 2014)
LOCAL_BRANCHES = {"aq": {"Derna": (date(2014, 12, 1), date(2019, 2, 28), "dmsc"),
                         **{d: (date(2011, 1, 1), date.max, "aqim") for d in _FEZZAN}},
                  "shura-council": {"Derna": (date(2014, 12, 1), date(2019, 2, 28), "dmsc"),
                                    "Benghazi": (date(2014, 6, 20), date(2017, 12, 31), "brsc")}}
# district -> [(first day, last day, the coalition a state force fought there)]: the Benghazi
# war, from Operation Dignity (May 2014) to the LNA's last battles in the city (Dec 2017).
# ACLED named the LNA's foe there Ansar al-Sharia in 2014 and 2015 (34 of the 2014 notes'
# Benghazi battles, every 2015 note naming the council) and the Benghazi council later (the
# 2016 notes).
LOCAL_FOES = {"Benghazi": [(date(2014, 5, 16), date(2015, 12, 31), "ansar-sharia"),
                           (date(2016, 1, 1), date(2017, 12, 31), "brsc")],
              # the LNA's Derna campaign (launched 7 May 2018) against the Derna council and
              # its successor, whatever "ISIS remnants" a report also names
              "Derna": [(date(2018, 5, 7), date(2019, 2, 28), "dmsc")]}

# district -> [(first day, last day, side one, side two)]: a war of two known sides, where
# fighting or shelling (not a bomb) told with no side named was between them: the battle for Tripoli's airport
# (13 Jul-23 Aug 2014, Zintan's brigades against the Misratan-led Libya Dawn coalition, which
# ACLED codes as Misratah's militia; 31 of the 35 battles of the 2014 notes there then).
LOCAL_WARS = {"Tripoli": [(date(2014, 7, 13), date(2014, 8, 23), "zintan", "misrata")]}

# district -> [(first day, last day, the group hit, the force that fought it there)]: the
# Sirte campaign against the Islamic State (Bunyan al-Marsous, GNA-aligned, May-Dec 2016),
# whose unnamed strikes and assaults on IS in the city ACLED codes as the GNA's forces.
LOCAL_STRIKERS = {"Sirte": [(date(2016, 5, 12), date(2016, 12, 6), "isis", "gna")]}
_HAFTAR_AIR = {"lna-air": "gna-air"}
# place -> [(first day, last day, the side that held it, the sides that struck it)]: Zintan and
# its air bases in the Western Mountains war with Libya Dawn (from the coalition's launch, 13
# Jul 2014, through 2015), whose air raids there ACLED codes as on Zintan's militia; and
# Mitiga, Libya Dawn's airport from its taking of Tripoli (24 Aug 2014) until the GNA came,
# whose bombing by Haftar's air force ACLED codes as on Dawn (Misrata's militia in 2015); the
# "recognised government" of then ("gna" before ``periods`` names it) was the HoR's, not the GNA
HELD_BY = {p: [(date(2014, 7, 13), date(2015, 12, 31), "zintan", frozenset({"misrata", "libya-dawn"}))]
           for p in ("zintan", "zintan-airport", "watiya-air-base")}
HELD_BY["mitiga-airport"] = [(date(2014, 8, 24), date(2016, 3, 29), "libya-dawn",
                              frozenset({"lna", "lna-air", "army", "air-force", "gna", "gna-air"}))]


def _named_groups(doc: Doc) -> list:
    """The report's armed non-state groups, the most named first (rebels before militias)."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    actors = {}
    for k, m in enumerate(doc.all_mentions):
        a = m.actor
        if a.kind in _ARMED_KINDS:
            counts[a.id] += 1
            first.setdefault(a.id, k)
            actors[a.id] = a
    return [actors[i] for i in sorted(counts, key=lambda i: (_ARMED_KINDS[actors[i].kind], -counts[i], first[i]))]


def _of_town(group, e) -> bool:
    """Whether the group's name carries the event's town ("… of Derna", "… مجاهدي درنة")."""
    names = [n for n in (e.location, getattr(e, "location_ar", None)) if n and len(n) >= 4]
    return any(n in group.name_en or n in group.name_ar for n in names)


def _local_for(e, groups: list, actor):
    """The group named for the event's town that shares ``actor``'s affiliation, if any."""
    if actor is None or actor.kind not in _ARMED_KINDS or _of_town(actor, e):
        return None
    return next((g for g in groups if g.affiliation == actor.affiliation and g.id != actor.id
                 and _of_town(g, e)), None)


def other_side(doc: Doc) -> None:
    named = doc.actors.named
    if not any(e.event_type in _FOUGHT for e in doc.events):
        doc.events = [_branch(doc, e) for e in doc.events]
        return
    groups = None
    unidentified = doc.actors.get("gunmen").name_en
    out = []
    for e in doc.events:
        a1 = named(e.actor1)
        if e.event_type in _FOUGHT and not e.context and (e.actor1 or e.actor2):
            if groups is None:
                groups = _named_groups(doc)
            for field in ("actor1", "actor2"):
                local = _local_for(e, groups, named(getattr(e, field)))
                if local is not None:
                    new = replace(e, **{field: local.name_en})
                    if doc.trace is not None:
                        doc.trace.carry([e], new, "other_side", "actors",
                                        f"{field} {local.name_en}: the group named for the event's town stands "
                                        f"for {getattr(e, field)}, its parent organisation")
                    e = new
        if (e.event_type in _FOUGHT or e.sub_event_type == "Non-violent transfer of territory") and not e.context \
                and "tripoli-militias" in {
                getattr(named(e.actor1), "id", None), getattr(named(e.actor2), "id", None)}:
            # "استعادة ... من الميليشيات" in a report on Jadran's attack on the oil ports: "the
            # militias" (read as Tripoli's GNA-aligned ones) are the militia the report names
            if groups is None:
                groups = _named_groups(doc)
            e = _the_militias(doc, e, groups)
            a1 = named(e.actor1)
        if e.event_type in _FOUGHT and a1 is not None and a1.kind == "state" \
                and (e.actor2 is None or e.actor2 == unidentified) and not e.context:
            if groups is None:
                groups = _named_groups(doc)
            town = [g for g in groups if _of_town(g, e)]
            foe = next((f for f in LOCAL_FOES.get(e.admin1 or "", ()) if _within(f, e.event_date)), None)
            war = [doc.actors.get(foe[2])] if foe is not None else []
            told = {m.actor.id for m in doc.actors.find_in(e.evidence)} if war else set()
            # named in the event's own sentence; "Islamist militias" is a description, not a name
            here = [g for g in groups if g.id in told and g.id not in DESCRIBING]
            other = next((g for g in town + here + war + groups if g.affiliation != a1.affiliation), None)
            if other is not None:
                new = replace(e, actor2=other.name_en)
                if doc.trace is not None:
                    doc.trace.carry([e], new, "other_side", "actors",
                                    f"actor2 {other.name_en}: the sentence leaves the other side unnamed; the armed "
                                    "group the report names most")
                e = new
        held = next((h for h in HELD_BY.get(e.place_id or "", ()) if _within(h, e.event_date)), None)
        if held is not None and e.event_type in _FOUGHT and not e.context and a1 is not None and a1.id in held[3] \
                and (e.actor2 is None or e.actor2 == unidentified):
            new = replace(e, actor2=doc.actors.get(held[2]).name_en)
            if doc.trace is not None:
                doc.trace.carry([e], new, "other_side", "actors", f"actor2 {new.actor2}: the side that held the "
                                                                  "place struck, which the report leaves unnamed")
            e = new
        out.append(_branch(doc, _sentence_foe(doc, e, unidentified)))
    doc.events = out


_SIDE_KINDS = frozenset(_ARMED_KINDS) | {"state", "foreign-state"}
_SUPPORT = cue("support") | cue("alliance")
_MILITANT = cue("militant_word")


def _sentence_foe(doc: Doc, e, unidentified: str):
    """"The Mobile Forces responded by seizing a Fursan Janzour member following a clash":
    a battle whose roles found one side, in a sentence that names exactly one other armed
    side, was fought against that side."""
    a1 = doc.actors.named(e.actor1)
    if e.event_type != "Battles" or e.context or a1 is None or a1.kind not in _SIDE_KINDS \
            or e.actor2 not in (None, unidentified):
        return e
    # the sentence's tokens and actor mentions, as the report's stages found them
    span = (e.evidence_start, e.evidence_end)
    if any(span[0] <= t.start < span[1] and (t.key in _SUPPORT or t.key.lstrip("و") in _SUPPORT)
           for t in doc.tokens):
        return e  # "army troops backed by the Zintan brigades": an ally, not the foe
    others = {m.actor.id: m.actor for m in doc.all_mentions if span[0] <= m.start < span[1]
              and m.actor.kind in _SIDE_KINDS and m.actor.id != a1.id}
    if len(others) != 1:
        return e
    other = next(iter(others.values()))
    if e.in_libya is False and other.affiliation in ("LNA", "GNA") and nothing_libyan(doc, e):
        return e  # "معارك مع قوات الجيش الوطني" at Hays: Yemen's army, which forces_abroad made actor1
    if other.affiliation and other.affiliation == a1.affiliation and "state" in (a1.kind, other.kind):
        return e  # a force and a militia of its camp fought side by side; two militias may not have
    new = replace(e, actor2=other.name_en)
    if doc.trace is not None:
        doc.trace.carry([e], new, "other_side", "actors",
                        f"actor2 {other.name_en}: the one other armed side the sentence names")
    return new


def _the_militias(doc: Doc, e, groups: list):
    """Put the one militia of another camp that the report names in place of "the militias"."""
    sides = {getattr(doc.actors.named(n), "affiliation", None) for n in (e.actor1, e.actor2)}
    others = [g for g in groups if g.kind == "militia" and g.affiliation not in sides | {"GNA"}]
    if len(others) != 1:
        return e
    field = "actor1" if getattr(doc.actors.named(e.actor1), "id", None) == "tripoli-militias" else "actor2"
    new = replace(e, **{field: others[0].name_en})
    if doc.trace is not None:
        doc.trace.carry([e], new, "other_side", "actors", f"{field} {others[0].name_en}: 'the militias' of a report "
                                                            "that names this militia of another camp")
    return new


def _within(span, day) -> bool:
    return day is not None and span[0] <= day <= span[1]


# "a militia from Gasr Ben Ghashir", "a Gasr Ben Gashir militia": a town's armed men with no
# name of their own (ACLED: an unidentified communal militia)
_TOWN_MILITIA = re.compile(r"\bmilitia(?:men)?\s+(?:from|of)\s+(?:the\s+)?(?:town\s+of\s+)?(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                           r"|\b(?:[Aa]n?|[Tt]he)\s+(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+militia\b")
_UNNAMED_IDS = frozenset({"gunmen", "tripoli-militias"})


def _town_militia(doc: Doc, e):
    """actor1/actor2 named only as "militia" or unknown, where the sentence says the militia is
    a town's: that town's local militia."""
    m = _TOWN_MILITIA.search(e.evidence or "")
    if m is None:
        return e
    town = (m.group("a") or m.group("b")).strip()
    if not any(p.text == town or p.text in town for p in doc.places):
        return e
    for field in ("actor1", "actor2"):
        actor = doc.actors.named(getattr(e, field))
        if actor is not None and actor.id in _UNNAMED_IDS:
            return _carried(doc, e, field, "local-militia", f"the militia of {town}, with no name of its own")
    return e


def _branch(doc: Doc, e):
    """"تنظيم القاعدة" as a side of an event in Derna: the Derna council; the unnamed foe of
    a state force in the Benghazi war: the Benghazi council (as ACLED codes them)."""
    if e.context:
        return e
    e = _town_militia(doc, e)
    for field in ("actor1", "actor2"):
        name = getattr(e, field)
        parent = next((i for i in LOCAL_BRANCHES if name and doc.actors.get(i).name_en == name), None)
        span = LOCAL_BRANCHES.get(parent, {}).get(e.admin1 or "")
        if span is not None and _within(span, e.event_date):
            e = _carried(doc, e, field, span[2], f"{name} in {e.admin1} is its local group there")
    unknown = doc.actors.get("gunmen").name_en
    war = next((w for w in LOCAL_WARS.get(e.admin1 or "", ()) if _within(w, e.event_date)), None)
    if war is not None and (e.event_type == "Battles" or e.sub_event_type == _SHELLING) \
            and _unnamed(doc, e.actor1, e.event_date) \
            and _unnamed(doc, e.actor2, e.event_date):
        for field, side in (("actor1", war[2]), ("actor2", war[3])):
            e = _carried(doc, e, field, side, f"a side of the {e.admin1} war then, the fighting told with "
                                              "no side named")
    foe = next((f for f in LOCAL_FOES.get(e.admin1 or "", ()) if _within(f, e.event_date)), None)
    if foe is not None and e.event_type == "Battles" and e.actor1 in (None, unknown) \
            and e.actor2 in (None, unknown):
        # "Violent clashes have erupted across Benghazi": that war's two sides
        e = _carried(doc, e, "actor1", "lna", f"the state side of the {e.admin1} war then, the fighting "
                                              "told with no side named")
    a1 = doc.actors.named(e.actor1)
    if foe is not None and e.event_type in _FOUGHT and a1 is not None \
            and a1.kind == "state" \
            and e.actor2 in (None, doc.actors.get("gunmen").name_en):
        e = _carried(doc, e, "actor2", foe[2], f"the foe a state force fought in {e.admin1} then, "
                                                "which the report leaves unnamed")
    a2 = doc.actors.named(e.actor2)
    if foe is not None and e.event_type in _FOUGHT and a2 is not None and a2.kind == "state" \
            and e.actor1 in (None, unknown) and _militants_told(e.evidence):
        # "اعتماد الإرهابيين على العمليات الانتحارية ... راح ضحيتها اثنان من الجنود" in Derna,
        # 2018: the militants who struck the army there then; a bomb told with no one behind
        # it ("No group claimed responsibility") stays an unidentified group's
        e = _carried(doc, e, "actor1", foe[2], f"the foe that struck a state force in {e.admin1} then, "
                                                "which the report leaves unnamed")
    hit = doc.actors.named(e.actor2)
    striker = next((f for f in LOCAL_STRIKERS.get(e.admin1 or "", ())
                    if _within(f, e.event_date) and hit is not None and hit.id == f[2]), None)
    if striker is not None and e.event_type in _FOUGHT and e.actor1 in (None, doc.actors.get("gunmen").name_en):
        e = _carried(doc, e, "actor1", striker[3], f"the force that fought {e.actor2} in {e.admin1} then, "
                                                   "which the report leaves unnamed")
    a1 = doc.actors.named(e.actor1)
    if striker is not None and e.event_type in _FOUGHT and a1 is not None and a1.id in _HAFTAR_AIR:
        # "the air force launched nine strikes on IS in Sirte" (2016): an unattributed air
        # force is read as the LNA's, but over Sirte then it was the campaign's
        e = _carried(doc, e, "actor1", _HAFTAR_AIR[a1.id], f"the air force that struck {e.actor2} in "
                                                          f"{e.admin1} then was the campaign's")
    return e


def _militants_told(text: str | None) -> bool:
    return any(t.key.lstrip("و") in _MILITANT for t in tokenize(text or ""))


def _unnamed(doc: Doc, name: str | None, day) -> bool:
    """No side, an unidentified one, or one named by a word that meant nobody in particular
    on ``day`` ("the militias" before the GNA)."""
    actor = doc.actors.named(name)
    return actor is None or actor.id == "gunmen" or period_id(actor.id, day) == "gunmen"


def _carried(doc: Doc, e, field: str, local: str, why: str):
    name = doc.actors.get(local).name_en
    new = replace(e, **{field: name})
    if doc.trace is not None:
        doc.trace.carry([e], new, "other_side", "actors", f"{field} {name}: {why}, as ACLED codes it")
    return new
