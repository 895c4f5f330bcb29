"""Stage "casualties": ``events.casualties.find_casualties`` on the sentence, given to the
happening whose stretch holds the figures (each figure to one happening only) and, in the
drafts stage, split between its places (``share``: a list of places does not multiply the
dead). The dead a crowd protested are not its toll (``_not_the_cause``). Figures told
without a happening of their own ("3 people killed.", "مقتل أكثر من 80 متشددا في تلك
الغارات") go to the event told before (``add_to``)."""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.cues import cue
from events.pipeline.doc import Clause, Doc, Draft, Happening
from events.sentences import Sentence


def find(text: str, lang: str):
    try:
        from events.casualties import find_casualties
    except ImportError:  # built by another part of the team; no casualties until then
        return None
    return find_casualties(text, lang)


def casualties(doc: Doc, c: Clause) -> bool:
    c.casualties = by_happening(c.sentence, c.happenings, doc.lang)
    for hi, h in enumerate(c.happenings):
        if c.casualties[hi] is not None and h.main.trigger.event_type in _CROWD:
            c.casualties[hi] = _not_the_cause(c, h, c.casualties[hi], doc.lang)
    return True


_CROWD = frozenset({"Protests", "Riots"})
_CAUSE = cue("protest_cause")


def _not_the_cause(c: Clause, h: Happening, cas, lang: str):
    """"Residents blocked roads after a dead body was discovered", "angrily protested after
    one of their members was killed": the dead the crowd protested are its cause, not its
    toll. Figures in the clause a cause word opens after the crowd's trigger are read
    again without it (the clause ends at a comma, Latin or Arabic)."""
    toks = c.tokens
    # (the crowd's trigger may be the cause's own opening: "in protest at the killing of")
    k = next((k for k in range(h.main.first, min(len(toks), h.main.last + 16))
              if k > h.main.last and toks[k].key.lstrip("و") in _CAUSE
              or k and toks[k].key == "protest" and toks[k - 1].key == "in"), None)
    if k is None:
        return cas
    s = c.sentence
    start = toks[k].start - s.start
    end = min((i for i in (s.text.find(",", start), s.text.find("،", start)) if i >= 0), default=len(s.text))
    return find(s.text[:start] + " " * (end - start) + s.text[end:], lang)


def by_happening(s: Sentence, happenings: list[Happening], lang: str) -> list:
    """The sentence's casualties, given to the happening whose stretch holds the figures
    (each figure to one happening only)."""
    out: list = [None] * len(happenings)
    c = find(s.text, lang)
    if c is None or (c.killed is None and c.wounded is None):
        return out
    if len(happenings) == 1:
        out[0] = c
        return out
    owners = set()
    for a, _b in c.spans:
        pos = s.start + a
        for hi, h in enumerate(happenings):
            if h.seg_start <= pos < h.seg_end:
                owners.add(hi)
    if len(owners) <= 1:
        out[min(owners) if owners else 0] = c
        return out
    for hi in sorted(owners):
        h = happenings[hi]
        out[hi] = find(s.text[h.seg_start - s.start:h.seg_end - s.start], lang)
    return out


def share(cas, k: int, n: int):
    """The figures of one happening told at ``n`` places, for its ``k``-th place: split
    between them as ACLED splits them ("At least six people were killed in clashes in
    Al-Laythi, Al-Hada'iq and Al-Sabri": two at each), the remainder to the first places."""
    if n <= 1:
        return cas

    def part(v):
        return None if v is None else v // n + (1 if k < v % n else 0)
    return replace(cas, killed=part(cas.killed), wounded=part(cas.wounded))


def follows_told(doc: Doc, c: Clause) -> bool:
    """Whether the event told last came from the sentence just before, in this paragraph."""
    return bool(doc.drafts) and not c.para_start and doc.drafts[-1].sentence is doc.sentences[c.index - 1]


def figures_only(doc: Doc, c: Clause) -> None:
    """"... fighting took place in Buatni district, Benghazi. 5 fatalities.": a sentence with
    no happening and no place of its own that gives figures gives them to the event told just
    before it in the paragraph."""
    if follows_told(doc, c) and not any(not p.country_level and not p.in_actor for p in c.places):
        add_to(last_told(doc.drafts), c.sentence, doc.lang, merge=True, stage="triggers")


def last_told(drafts: list[Draft]) -> Draft:
    """The event a figures-only sentence belongs to: the last happening told, at the first
    place of its list ("seized Es Sider and Ras Lanuf ... Nine soldiers were killed")."""
    last = drafts[-1]
    for d in reversed(drafts):
        if d.sentence is not last.sentence or d.happening is not last.happening:
            break
        last = d
    return last


def add_to(d: Draft, sentence: Sentence, lang: str, merge: bool, stage: str) -> None:
    c = find(sentence.text, lang)
    if c is not None:
        set_on(d, c, merge, sentence, stage)


def set_on(d: Draft, c, merge: bool, sentence: Sentence | None = None, stage: str = "casualties") -> None:
    if c.killed is not None and (not merge or d.fatalities is None):
        d.fatalities, d.fatalities_lb = c.killed, bool(c.killed_lower_bound)
        if d.why is not None:
            d.why.say("casualties", f"killed {c.killed}{'+' if c.killed_lower_bound else ''}"
                                    f" from {_where(d, sentence)}", stage)
    if c.wounded is not None and (not merge or d.injuries is None):
        d.injuries, d.injuries_lb = c.wounded, bool(c.wounded_lower_bound)
        if d.why is not None:
            d.why.say("casualties", f"wounded {c.wounded}{'+' if c.wounded_lower_bound else ''}"
                                    f" from {_where(d, sentence)}", stage)


def _where(d: Draft, sentence: Sentence | None) -> str:
    if sentence is None or sentence is d.sentence:
        return "its own sentence"
    return f"a later sentence that tells only figures: {sentence.text[:120]!r}"
