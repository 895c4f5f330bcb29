"""A battle named by its town ("معركة درنة", "معارك بنينا") is the campaign as a whole.

"والإرهابيون ... ينظرون إلى معركة درنة فرصة قد تكون الأخيرة", "فمعركة درنة أربكت حسابات كل
الأطراف": a column weighs the campaign for a town; it tells no fight of a day. The battle noun
then counts as a weak trigger, as "the battle" does: the sentence keeps an event only with a
figure or a stronger trigger of its own ("قتل 5 جنود في معركة درنة"). A told day ("اندلعت
معركة الزاوية أمس") leaves the noun as it was: a fight of that day.
"""
from __future__ import annotations

from dataclasses import replace

from events.event_types import TriggerMatch
from events.pipeline.doc import Clause, Doc
from events.pipeline.lang.ar import BATTLE_NOUNS
from events.pipeline.places import REGION_KINDS
from events.pipeline.triggers import phrase


def named_battle(doc: Doc, c: Clause) -> bool:
    if doc.lang != "ar" or any(m.value is not None and m.precision == "day" for m in c.dates):
        return True
    for i, t in enumerate(c.found):
        if t.trigger.flag != "weak" and _names_its_town(c, t):
            c.found[i] = replace(t, trigger=replace(t.trigger, flag="weak"))
            if doc.trace is not None:
                doc.trace.note(c, "named_battle", f"'{phrase(c, t)}' names the campaign for a town, no fight of a "
                                                  "day: a weak trigger")
    return True


def _names_its_town(c: Clause, t: TriggerMatch) -> bool:
    """The trigger is a bare battle noun ("معركة", "فمعركة"; not "المعركة") whose town
    follows it straight ("معركة تحرير درنة" is no trigger: the lexicon ignores it)."""
    noun = c.tokens[t.first].key
    if t.first != t.last or noun.lstrip("وف") not in BATTLE_NOUNS:
        return False
    nxt = t.last + 1
    if nxt >= len(c.tokens):
        return False
    at = c.tokens[nxt].start
    # a region's battle ("معركة الهلال النفطي") is fought over days at many sites: left as it is
    return any(p.start == at and not p.in_actor and p.place.kind not in REGION_KINDS for p in c.places)
