"""Stage "riots" (an event stage, after "fallen"): people who clash with the police or the
army riot. "اشتبك شبان غاضبون مع الشرطة", "واشتبك فلسطينيون مع الجيش ومستوطنين", "اشتبك
مواطنون مع عناصر من الشرطة": the subject of the clash verb is a crowd of residents, youths or
a people, not an armed group, so ACLED codes a violent demonstration with "Rioters" as actor1
and the force as actor2. A riot whose sides were read the other way round (the police or a militia
as actor1: "اشتبك أهالي مع قوات الأمن ... احتجاجا", "the Petroleum Facilities Guard clashed with
protesters") gets the same order.

Only a clash verb whose subject stands right beside it (the verb-subject order of "اشتبك
أهالي", or "شبان اشتبكوا"), and only when no armed group other than a state force is a side:
"اشتبكت قوات الجيش مع مسلحين" stays a battle.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.cues import cue
from events.pipeline.doc import Doc
from events.sentences import clitic_forms, tokenize

_PEOPLE = cue("clash_people")
_CLASH_VERB = ("اشتبك", "يشتبك", "تشتبك")
SUBJECT_REACH = 2  # words between the clash verb and the people who clash ("اشتبك مئات الشبان")
_STATE = ("state",)
# a riot read with a force or a militia first ("the Petroleum Facilities Guard clashed with
# protesters") has the crowd first
_CROWD_FOES = ("state", "militia")


def _people_clashed(evidence: str) -> bool:
    toks = tokenize(evidence)
    for i, t in enumerate(toks):
        forms = clitic_forms(t.key) if t.arabic else (t.key,)
        if not any(f.startswith(_CLASH_VERB) for f in forms):
            continue
        near = toks[max(0, i - SUBJECT_REACH):i] + toks[i + 1:i + 1 + SUBJECT_REACH]
        if any(w.key in _PEOPLE or any(f in _PEOPLE for f in clitic_forms(w.key)) for w in near):
            return True
    return False


def riots(doc: Doc) -> None:
    lex = doc.actors
    rioters = lex.get("rioters")
    out = []
    for e in doc.events:
        new = e
        a1, a2 = lex.named(e.actor1), lex.named(e.actor2)
        sides = [a for a in (a1, a2) if a is not None]
        force = next((a for a in sides if a.kind in _STATE), None)
        armed_other = [a for a in sides if a.kind not in _STATE and not a.is_civilian]
        if e.event_type == "Battles" and e.sub_event_type == "Armed clash" and not armed_other \
                and _people_clashed(e.evidence):
            new = replace(e, event_type="Riots", sub_event_type="Violent demonstration", actor1=rioters.name_en,
                          actor2=force.name_en if force is not None else None)
            why = "people, not an armed group, clashed with the police or army: a violent demonstration"
        elif e.event_type == "Riots" and a1 is not None and a1.kind in _CROWD_FOES \
                and (a2 is None or a2.id == "rioters"):
            new = replace(e, actor1=rioters.name_en, actor2=a1.name_en)
            why = "a riot's crowd is actor1 and the force it clashed with actor2 (ACLED's order)"
        if new is not e and doc.trace is not None:
            doc.trace.carry([e], new, "riots", "exists", why)
        out.append(new)
    doc.events = out
