"""Stage "victims" (an event stage, after "bare_death"): a death told with no cause
whose victim is a civilian is violence against civilians, as ACLED codes it.

A bare "killed" / "مقتل" makes an armed clash for want of better, and so does one side's
shooting ("was shot and killed", "opened fire on him", "أطلق مسلحون النار على"). "A French engineer was
killed in Benghazi", "مقتل مهندس في بنغازي" are not fights: when the victim is a civilian
by what he or she does (engineer, imam, مهندس، إمام), a person ("a man", "مواطن"), or a
former or retired officer (ضابط سابق), and no serving member of a force is named and
nobody armed on the victim's side, the death is violence against civilians by an
unidentified group — unless the sentence tells fighting between sides (a clash, a battle).
Deaths told beside their cause have joined it before this stage.

(A killing of a serving officer stays as the trigger says: ACLED's own notes code an
officer shot dead as violence against civilians as often as a fight, so no rule here.)
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.build import MUTUAL
from events.pipeline.cues import cue
from events.pipeline.doc import Doc
from events.sentences import tokenize

_SERVING = cue("serving")
_FORMER = cue("former")
_CIVILIAN = cue("civilian_person") | cue("persons")


def victims(doc: Doc) -> None:
    lex = doc.actors
    civilians = lex.get("civilians").name_en
    unknown = lex.get("gunmen").name_en
    out = []
    for e in doc.events:
        new = e
        if e.context or e.in_libya is False:
            out.append(e)
            continue
        if e.event_type == "Battles" and e.actor2 in (None, civilians, unknown) \
                and getattr(lex.named(e.actor1), "kind", None) in (None, "unidentified") \
                and (e.id in doc.bare_deaths or (e.sub_event_type == "Armed clash" and not _mutual(doc, e))):
            serving, civil = _victim(e.evidence)
            # "The body of a Benghazi resident was found ... she had been killed by a single
            # shot": a victim another telling named as a civilian joined this one in the merge
            if (civil or e.actor2 == civilians) and not serving:
                new = replace(e, event_type="Violence against civilians", sub_event_type="Attack", actor2=civilians)
        if new is not e and doc.trace is not None:
            doc.trace.carry([e], new, "victims", "exists",
                            "a death with no cause whose victim is a civilian: violence against civilians")
        out.append(new)
    doc.events = out


def _mutual(doc: Doc, e) -> bool:
    """Whether the event's sentence tells fighting between sides (a clash, a battle), not
    one side shooting at someone."""
    return any(t.trigger.phrase in MUTUAL for t in doc.triggers.find(tokenize(e.evidence)))


def _victim(text: str) -> tuple[bool, bool]:
    """(a serving security member named, a civilian named)."""
    serving = civil = False
    prev: list[str] = []
    for t in tokenize(text):
        k = t.key.lstrip("و")
        if k in _SERVING:
            former = any(p in _FORMER for p in prev[-3:])
            if former:
                civil = True
            else:
                serving = True
        elif k in _FORMER and prev and prev[-1] in _SERVING:
            # "ضابط سابق": the word after says he no longer serves
            civil = True
            serving = serving and any(p in _SERVING for p in prev[:-1])
        elif k in _CIVILIAN:
            civil = True
        prev.append(k)
    return serving, civil
