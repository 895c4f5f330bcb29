"""Stage "drafts": one draft event per happening and place — where (``where``), who
(``who.roles_for``) and the happening's casualties, split between its places as ACLED splits
them. A happening told again with its figures (``retelling.told_again``) and no place of its
own takes the place of the telling before, and its sides when it names none or names only
its dead, so the two merge."""
from __future__ import annotations

from events.pipeline import figures
from events.pipeline.doc import Clause, Doc, Draft
from events.pipeline.where import place_pairs
from events.pipeline.who import roles_for


def drafts(doc: Doc, c: Clause) -> bool:
    first = True
    tracing = doc.trace is not None
    for hi, h in enumerate(c.happenings):
        main = h.main
        roles = roles_for(doc, c, h)
        place_notes: list | None = [] if tracing else None
        pairs = place_pairs(doc, c, h, place_notes)
        tgt = c.retold.get((main.start, main.end)) if c.retold is not None else None
        if tgt is not None and (roles.actor1 is None and roles.actor2 is None
                                or _names_the_dead(doc, c, hi, roles) and (tgt.roles.actor1 or tgt.roles.actor2)):
            # "The man was injured in the attack": who attacked whom is the telling before's;
            # so are the sides of "Five Misratans were killed in the clashes", which names the
            # dead, not who fought
            roles = tgt.roles
        if tgt is not None and tgt.place is not None and pairs[0][1] not in ("own", "actor"):
            pairs = [(tgt.place, tgt.place_how)]
            if tracing:
                place_notes.append(f"told again: the place of the telling before, {tgt.place.place.name_en}")
        for k, (p, how) in enumerate(pairs):
            d = Draft(c.sentence, c.para_start, h, p, how, main, roles, first and k == 0, c.tokens, c.dates,
                      told_date=c.told_date, retells=tgt)
            if tracing:
                d.why = doc.trace.event_why(doc, c, d, place_notes)
            if c.casualties[hi] is not None:
                figures.set_on(d, figures.share(c.casualties[hi], k, len(pairs)), merge=False)
            doc.drafts.append(d)
        first = False
    return True


def _names_the_dead(doc: Doc, c: Clause, hi: int, roles) -> bool:
    """Whether every side the sentence names stands inside its casualty figures ("Five
    Misratans were killed"): the dead, not the sides of the happening."""
    cas = c.casualties[hi] if hi < len(c.casualties) else None
    if cas is None or not cas.spans:
        return False
    named = [m for m in doc.sent_actor[c.index] if m.actor in (roles.actor1, roles.actor2)]
    base = c.sentence.start
    return bool(named) and all(any(base + a <= m.start and m.end <= base + b for a, b in cas.spans) for m in named)
