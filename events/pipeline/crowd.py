"""Stage "crowd_sides" (an event stage, after "riots"): a crowd's actor2 is whom it met.

ACLED names a protest's or a riot's actor2 only for a side the crowd met in the happening:
the police who fired on it or dispersed it, the army it clashed with, the people it beat.
What the crowd was against is not a side of it: "burning tyres and blocking roads to
demonstrate against Libya Dawn", "the killings of two policemen sparked protests", "youths
destroyed a checkpoint manned by Misratan forces", "تظاهر العشرات ضد الميليشيات" have no
actor2 in ACLED's coding (all six such rows of its 2014 notes, and none of the 20 peaceful
protests of the Arabic tuning gold has one). The roles read around the trigger take the name after
"against" for a target; here it is dropped unless the sentence tells the two sides meeting
(a clash, gunfire, stones, an attack, a dispersal, arrests). A protest with intervention and
mob violence keep theirs: their sub-type already says someone else acted.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.cues import cue
from events.pipeline.doc import Doc
from events.sentences import clitic_forms, tokenize

CROWD_TYPES = ("Protests", "Riots")
_OTHER_ACTED = ("Protest with intervention", "Excessive force against protesters", "Mob violence")
_MET = cue("crowd_met")


def crowd_sides(doc: Doc) -> None:
    out = []
    for e in doc.events:
        if e.event_type in CROWD_TYPES and e.actor2 is not None and e.sub_event_type not in _OTHER_ACTED \
                and not _sides_met(e.evidence):
            new = replace(e, actor2=None)
            if doc.trace is not None:
                doc.trace.carry([e], new, "crowd_sides", "actors",
                                f"actor2 {e.actor2} dropped: what a crowd is against is no side of it; "
                                "the sentence tells no clash, fire, attack or dispersal between them")
            e = new
        out.append(e)
    doc.events = out


def _sides_met(text: str) -> bool:
    # clitic_forms gives the whole word first, then the word without و ف ب ل ك or ال
    return any(f in _MET for t in tokenize(text) for f in (clitic_forms(t.key) if t.arabic else (t.key,)))
