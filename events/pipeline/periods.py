"""Stage "periods" (an event stage): Libyan state forces named as they were on the event's
day, as ACLED names them, so a 2014 event does not carry a government formed in 2016.

The lexicon names today's forces ("LNA", "GNA forces", "Police forces"). Before the House
of Representatives took office (4 Aug 2014) the state's forces were those of the General
National Congress, ACLED's "Military Forces of Libya (2012-2014)" and "Police Forces of
Libya (2012-2014)"; Haftar's Operation Dignity, from its start on 16 May 2014, was a
rebellion against that state (ACLED: "Libyan Rebel Forces"), and stayed apart from the new
government's army until that army joined its Benghazi offensive (15 Oct 2014); ACLED's 2014
notes call it rebels until then (97 of 135 mentions before, 10 of 178 after) — where the
report names it (Haftar, Operation Dignity): in one that does not, "the army", "soldiers"
stay the state's. From 4 Aug 2014 until the
Government of National Accord reached Tripoli (30 Mar 2016) there was no GNA: the forces
of the recognised government were the HoR's army, which became the LNA, and the police
ACLED's "Police Forces of Libya (2014-2016)"; under the GNA the police of the west were its
police, those of the east the eastern government's. Before then "the militias" of a report were
nobody's in particular: the lexicon's GNA-aligned Tripoli militias are an unidentified armed
group. The Benghazi Revolutionaries Shura Council of a 2014 or 2015 event is Ansar
al-Sharia, and Libya Dawn of a 2015 one Misrata's militia, as ACLED coded them then. Events
abroad and undated ones are left as they are.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from events.pipeline.doc import Doc

HOR_TOOK_OFFICE = date(2014, 8, 4)
DIGNITY_BEGAN = date(2014, 5, 16)
ARMY_JOINED_DIGNITY = date(2014, 10, 15)
GNA_IN_TRIPOLI = date(2016, 3, 30)
# ACLED coded the Benghazi Revolutionaries Shura Council (formed June 2014) as its leading
# member, Ansar al-Sharia, through 2014 and 2015 (every 2014 note naming the council but five
# of one day, every 2015 one) and as the council in the 2016 notes, like ``sides.LOCAL_FOES``
BRSC_CODED_FROM = date(2016, 1, 1)
# Libya Dawn likewise went by its leading member: "Misratah Communal Militia" in every 2015
# note naming the coalition that codes it (61 rows), where the 2014 notes mostly said
# "Operation Libya Dawn"; the coalition broke up as the GNA came (2016)
DAWN_AS_MISRATA = (date(2015, 1, 1), date(2016, 1, 1))
_LIBYAN_STATE = frozenset({"lna", "saiqa", "lna-air", "gna", "gna-air", "presidential-guard", "border-guards",
                           "army", "air-force"})
_HAFTAR = frozenset({"lna", "lna-air"})
_GNA = frozenset({"gna", "gna-air", "presidential-guard"})


# From the GNA's arrival until the unity government took office (15 Mar 2021) the police of
# the west answered to it and those of the east to the eastern government: ACLED's "Police
# Forces of Libya (2016-) Government of National Accord" and "Police Forces of Libya (2014-)".
# Districts of the south changed hands and are left unnamed.
GNU_TOOK_OFFICE = date(2021, 3, 15)
_WEST = frozenset({"Tripoli", "Jafara", "Zawiya", "Nuqat al Khams", "Jabal al Gharbi", "Misrata", "Murqub", "Nalut"})
_EAST = frozenset({"Benghazi", "Marj", "Jabal al Akhdar", "Derna", "Butnan", "Al Wahat", "Kufra"})


def period_id(actor_id: str, day: date, haftar_named: bool = True, admin1: str | None = None) -> str:
    """The lexicon id of the force ``actor_id`` was on ``day`` (itself when unchanged).
    ``haftar_named`` False: the text said only "the army", "soldiers", which before the army
    joined Operation Dignity were the state's, not Haftar's. ``admin1``: the event's district,
    which says whose the police were under the GNA."""
    if actor_id == "police" and GNA_IN_TRIPOLI <= day < GNU_TOOK_OFFICE:
        return "police-gna" if admin1 in _WEST else "police-east" if admin1 in _EAST else actor_id
    if actor_id == "tripoli-militias" and day < GNA_IN_TRIPOLI:
        return "gunmen"
    if actor_id in _HAFTAR and DIGNITY_BEGAN <= day < ARMY_JOINED_DIGNITY and haftar_named:
        return "dignity-2014"
    if day < HOR_TOOK_OFFICE:
        if actor_id == "police":
            return "police-2012"
        return "army-2012" if actor_id in _LIBYAN_STATE else actor_id
    if actor_id == "brsc" and day < BRSC_CODED_FROM:
        return "ansar-sharia"
    if actor_id == "libya-dawn" and DAWN_AS_MISRATA[0] <= day < DAWN_AS_MISRATA[1]:
        return "misrata"
    if day < GNA_IN_TRIPOLI:
        if actor_id == "police":
            return "police-2014"
        if actor_id in _GNA:
            return "lna-air" if actor_id == "gna-air" else "lna"
    return actor_id


def periods(doc: Doc) -> None:
    lex = doc.actors
    # "the army" of a report that names Haftar's side is his; of one that does not, the state's
    haftar = any(m.actor.id in _HAFTAR for m in doc.all_mentions)
    out = []
    for e in doc.events:
        if e.event_date is None or e.in_libya is False or e.event_date >= GNU_TOOK_OFFICE:
            out.append(e)
            continue
        named = {}
        for field in ("actor1", "actor2"):
            actor = lex.named(getattr(e, field))
            new = period_id(actor.id, e.event_date, haftar, e.admin1) if actor is not None else ""
            if actor is not None and new != actor.id:
                named[field] = lex.get(new).name_en
        if named:
            new_e = replace(e, **named)
            if doc.trace is not None:
                doc.trace.carry([e], new_e, "periods", "actors",
                                ", ".join(f"{f} {n}: the force as it was on {e.event_date}" for f, n in named.items()))
            e = new_e
        out.append(e)
    doc.events = out
