"""Why the pipeline decided what it did (`marsad extract --explain`).

A ``Trace`` rides on the ``Doc`` when asked for; stages record into it:

- per event (an ``EventWhy``, begun by the drafts stage): why it exists (its trigger, the
  lexicon row, the sentence, why that sentence is not background, the rules that changed
  its type), why its place (the candidates and their distance to the trigger, the rule
  that chose), its actors (the actor names of the sentence, the roles chosen and the rules
  that changed them), its date (the sentence's dates, and where the chosen one came from)
  and its casualties (which sentence gave the figures); the event stages add merges;
- per sentence that had a trigger and gave no event: each stage's note, the last one the
  reason it was dropped (the stage and rule that stopped it);
- events dropped after they were built (the stage and why).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from events.records import Event
from events.sentences import Sentence

ASPECTS = ("exists", "place", "actors", "date", "casualties")


@dataclass
class EventWhy:
    sentence: Sentence
    trigger: str  # the trigger as written in the sentence
    notes: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: {k: [] for k in ASPECTS})  # (stage, why)
    date_candidates: str = ""
    tellings: list[Sentence] = field(default_factory=list)  # other sentences merged into it

    def say(self, aspect: str, text: str, stage: str) -> None:
        self.notes[aspect].append((stage, text))

    def texts(self, aspect: str) -> list[str]:
        return [text for _stage, text in self.notes[aspect]]


@dataclass
class SentenceDrop:
    """A sentence with a trigger that gave no event."""

    sentence: Sentence
    triggers: list[str]
    stage: str  # the stage that stopped it
    notes: list[tuple[str, str]]  # (stage, why), in order


@dataclass
class EventDrop:
    event: Event
    why: EventWhy | None
    stage: str
    reason: str


class Trace:
    def __init__(self) -> None:
        self._notes: dict[int, list[tuple[str, str]]] = {}
        self._whys: dict[int, tuple[Event, EventWhy]] = {}  # id(event) -> the event kept alive, its why
        self.dropped: list[SentenceDrop] = []
        self.gone_events: list[EventDrop] = []
        self.context: list[Event] = []  # flagged background, left out of the report's events

    # -- sentence stages -------------------------------------------------------------------

    def note(self, c, stage: str, text: str) -> None:
        self._notes.setdefault(c.index, []).append((stage, text))

    def sentence_done(self, doc, c, stopped: str | None, made: int) -> None:
        if made:
            return
        matched = c.matched or [t for t in doc.triggers.find(c.tokens) if t.trigger.flag != "ignore"]
        if not matched:
            return  # no trigger: a sentence that only names places or people makes no event
        notes = self._notes.get(c.index, [])
        if stopped is None:
            stopped = "drafts"
            notes = notes + [("drafts", "no happening left")]
        elif not any(st == stopped for st, _ in notes):
            notes = notes + [(stopped, "stopped here")]
        text = c.sentence.text
        phrases = [text[t.start - c.sentence.start:t.end - c.sentence.start] for t in matched]
        self.dropped.append(SentenceDrop(c.sentence, phrases, stopped, notes))

    def event_why(self, doc, c, d, place_notes: list | None) -> EventWhy:
        from events.pipeline.triggers import phrase

        t = d.trigger
        row = t.trigger
        why = EventWhy(c.sentence, phrase(c, t))
        why.say("exists", f"trigger '{why.trigger}' [{t.start}:{t.end}] = lexicon row ({row.lang}, {row.phrase}): {row.event_type} / "
                          f"{row.sub_event_type}, priority {row.priority}, strength {row.strength}"
                          + (f", flag {row.flag}" if row.flag else ""), "triggers")
        others = [phrase(c, x) for x in d.happening.triggers if x is not t]
        if others:
            why.say("exists", "same happening, lower priority: " + ", ".join(f"'{o}'" for o in others), "happenings")
        if len(c.happenings) > 1:
            why.say("exists", f"one of {len(c.happenings)} happenings of the sentence (own place or date, "
                              "or an air strike and fighting in clauses of their own)", "happenings")
        why.say("exists", "not background: " + (c.background_note or "does not open as background"), "background")
        for stage, text in self._notes.get(c.index, []):
            why.say("exists", text, stage)
        for text in place_notes or []:
            why.say("place", text, "drafts")
        mentions = doc.sent_actor[c.index]
        why.say("actors", "actor names in the sentence: " + (", ".join(f"{m.text} ({m.actor.name_en})" for m in mentions)
                                                             or "none"), "actors")
        if doc.speaker is not None:
            why.say("actors", f"the report's speaker: {doc.speaker.name_en}", "actors")
        r = d.roles
        why.say("actors", f"roles around the trigger (subject/agent before or after it, target after it): "
                          f"actor1 {r.actor1.name_en if r.actor1 else 'none'}, "
                          f"actor2 {r.actor2.name_en if r.actor2 else 'none'}", "drafts")
        why.date_candidates = ", ".join(f"'{m.text}' = {m.value} ({m.precision})" for m in c.dates
                                        if m.value is not None)
        return why

    # -- event stages ----------------------------------------------------------------------

    def built(self, drafts: list, events: list[Event]) -> None:
        for d, e in zip(drafts, events):
            if d.why is not None:
                self._whys[id(e)] = (e, d.why)

    def why_of(self, e: Event) -> EventWhy | None:
        got = self._whys.get(id(e))
        return got[1] if got is not None and got[0] is e else None

    def carry(self, sources: list[Event], result: Event, stage: str, aspect: str, note: str | None) -> None:
        """``result`` stands for ``sources`` (one of them changed, or several merged)."""
        whys = [w for w in (self.why_of(e) for e in sources) if w is not None]
        if not whys:
            return
        main = next((w for e, w in zip(sources, whys) if e.evidence_start == result.evidence_start), whys[0])
        for w in whys:
            if w is not main and w.sentence not in main.tellings and w.sentence != main.sentence:
                main.tellings.append(w.sentence)
        if note:
            main.say(aspect, note, stage)
        self._whys[id(result)] = (result, main)

    def gone(self, e: Event, stage: str, reason: str) -> None:
        self.gone_events.append(EventDrop(e, self.why_of(e), stage, reason))


def lines(events: list[Event], trace: Trace, title: str = "") -> list[str]:
    """The explanation as text: each event, then the sentences and events dropped."""
    out = [f"== {title}"] if title else []
    for n, e in enumerate([*events, *trace.context], start=1):
        why = trace.why_of(e)
        kind = "context (not one of the report's events)" if e.context else "event"
        if e.in_libya is False:
            kind += " abroad"
        out.append(f"{kind} {n}: {e.event_type} / {e.sub_event_type}, {e.event_date} ({e.date_precision}), "
                   f"{e.location or 'no place'}, actor1 {e.actor1 or '-'}, actor2 {e.actor2 or '-'}, "
                   f"killed {e.fatalities if e.fatalities is not None else '-'}, "
                   f"wounded {e.injuries if e.injuries is not None else '-'}, confidence {e.confidence}")
        out.append(f"  sentence [{e.evidence_start}:{e.evidence_end}]: {e.evidence}")
        if why is None:
            continue
        for s in why.tellings:
            out.append(f"  also told [{s.start}:{s.end}]: {s.text}")
        for aspect in ASPECTS:
            for stage, text in why.notes[aspect] or ([("casualties", "no figures in its sentences")]
                                                     if aspect == "casualties" else []):
                out.append(f"  {aspect}: [{stage}] {text}")
    for d in trace.dropped:
        out.append(f"dropped sentence [{d.sentence.start}:{d.sentence.end}] (triggers: "
                   f"{', '.join(repr(p) for p in d.triggers)}), stopped by stage '{d.stage}': {d.sentence.text}")
        for stage, text in d.notes:
            out.append(f"  [{stage}] {text}")
    for g in trace.gone_events:
        out.append(f"dropped event {g.event.event_type} / {g.event.sub_event_type} at "
                   f"{g.event.location or 'no place'} by stage '{g.stage}': {g.reason}")
        out.append(f"  sentence [{g.event.evidence_start}:{g.event.evidence_end}]: {g.event.evidence}")
    return out
