"""Stage "casualties": ``events.casualties.find_casualties`` on the sentence, given to the
happening whose stretch holds the figures (each figure to one happening only) and, in the
drafts stage, to the first place of it only (a list of places does not multiply the
dead). Figures told without a happening of their own ("3 people killed.", "مقتل أكثر من
80 متشددا في تلك الغارات") go to the event told before (``add_to``)."""
from __future__ import annotations

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
    return True


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
