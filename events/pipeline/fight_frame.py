"""Stage "fight_frame": a strike or blast told as a move in a fight ("Zintan militia
bombarded Janzur with over 100 missiles in clashes with Misratah militia", "carried out
airstrikes on the school ... in ongoing clashes with BRSC", "قصفت ... خلال الاشتباكات مع")
is one happening of a fight both sides waged: the clashes decide its type. ACLED's remote
violence is violence its target cannot answer; a side "in clashes with" the other answers.

The reverse, a strike told as the circumstance of a fight ("clashes ..., as rockets
landed", "اشتباكات وسط قصف"), is the stage "circumstance" (``triggers.py``): there too
the fight decides.
"""
from __future__ import annotations

from dataclasses import replace

from events.event_types import TriggerMatch
from events.pipeline.build import MUTUAL
from events.pipeline.cues import cue
from events.pipeline.doc import Clause, Doc
from events.pipeline.triggers import phrase
from events.sentences import Token

_FRAME = cue("fight_frame")
# words that may stand between the frame and the clash word: "in ongoing clashes", "in the
# on-going clashes", "خلال الاشتباكات العنيفة" needs none
_BETWEEN = frozenset({"the", "ongoing", "on", "going", "continuing", "continued", "renewed", "heavy", "fierce"})
_REMOTE = "Explosions/Remote violence"


def fight_frame(doc: Doc, c: Clause) -> bool:
    fight = next((t for t in c.found if t.trigger.phrase in MUTUAL and framed(c.tokens, t)), None)
    if fight is None:
        return True
    out = []
    for t in c.found:
        if t.last < fight.first and t.trigger.event_type == _REMOTE and t.trigger.priority >= fight.trigger.priority:
            t = replace(t, trigger=replace(t.trigger, priority=max(1, fight.trigger.priority - 1)))
            if doc.trace is not None:
                doc.trace.note(c, "fight_frame", f"'{phrase(c, t)}' was a move in the fight told after it "
                                                 f"('{phrase(c, fight)}'): the fight decides the type")
        out.append(t)
    c.found = out
    return True


def framed(tokens: list[Token], t: TriggerMatch) -> bool:
    """"in (ongoing) clashes", "during the fighting", "خلال الاشتباكات": a fight word after a
    word that puts what came before inside it."""
    k = t.first - 1
    while k >= 0 and t.first - k <= 3 and tokens[k].key in _BETWEEN:
        k -= 1
    return k >= 0 and tokens[k].key in _FRAME
