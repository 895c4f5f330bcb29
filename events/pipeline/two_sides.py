"""Stage "two_sides" (an event stage, before "unnamed_sides"): a fight whose sentence names
its sides only as "the two" is between the two the report named before.

"قتل العشرات في صراع بين مسلحين من قبيلتي التبو والطوارق" and then "وأسفرت الاشتباكات بين
القبيلتين عن مقتل 40 شخصا", "يستخدم فيها الطرفان الأسلحة الخفيفة", "fighting between the two
sides": a reader takes the Tebu and the Tuareg for both, as ACLED codes them, not two
unidentified armed groups. A fight with no side named and no dual word keeps its unnamed
sides (stage "unnamed_sides"), and one the report names no pair for before is left alone.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.cues import cue
from events.pipeline.doc import Doc
from events.records import Event
from events.sentences import tokenize

_BOTH = cue("both_sides")


def two_sides(doc: Doc) -> None:
    lex = doc.actors
    unnamed = (None, lex.get("gunmen").name_en)
    out = []
    for e in doc.events:
        new = e
        if e.event_type == "Battles" and e.actor1 in unnamed and e.actor2 in unnamed and _says_both(e.evidence):
            pair = _pair_before(doc.events, e, lex)
            if pair is not None:
                new = replace(e, actor1=pair[0], actor2=pair[1])
                if doc.trace is not None:
                    doc.trace.carry([e], new, "two_sides", "actors", f"'the two sides': {pair[0]} and {pair[1]}, "
                                                                       "the pair the report named before")
        out.append(new)
    doc.events = out


def _says_both(text: str) -> bool:
    return any(t.key.removeprefix("و") in _BOTH for t in tokenize(text))


def _pair_before(events: list[Event], e: Event, lex) -> tuple[str, str] | None:
    """The two named armed sides of the latest fight told before ``e``'s sentence."""
    best = None
    for o in events:
        if o.evidence_start >= e.evidence_start or o.event_type != "Battles":
            continue
        sides = [lex.named(a) for a in (o.actor1, o.actor2)]
        if all(s is not None and s.kind not in ("generic", "unidentified", "civilians") for s in sides) \
                and (best is None or o.evidence_start > best.evidence_start):
            best = o
    return (best.actor1, best.actor2) if best is not None else None
