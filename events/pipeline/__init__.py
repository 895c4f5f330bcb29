"""Extraction as a pipeline of small named stages with one record (``doc.Doc``) passing
between them. Three lists, run in order:

- ``REPORT_STAGES`` once per report: ``stage(doc)`` fills in the report's sentences,
  actors, places and dates;
- ``SENTENCE_STAGES`` per sentence: ``stage(doc, clause) -> bool``; False means the
  sentence gives no (more) event and the later stages are skipped for it. The last one
  adds draft events to ``doc.drafts``;
- ``EVENT_STAGES`` once per report: ``stage(doc)`` turns the drafts into ``doc.events``.

A new stage is a function in a module of its own, added to one list here; the stages
before and after it need no change. Every stage may record why it decided what it did in
``doc.trace`` (``explain.Trace``; None when nobody asked, and then nothing is recorded).
"""
from __future__ import annotations

from events.pipeline import (almanac, background, bare_death, build, commentary, condemned, crowd, dates, disrupted,
                             drafts, fallen, fight_frame, figures, forces_abroad, happenings, held, merge, mourned,
                             named_battle, nowhere, one_blast, opinion, periods, places, recalled, region_told,
                             reported, retelling, riots, same_day, same_toll, sides, split, story_day, triggers,
                             two_sides, unnamed, victims, who)
from events.pipeline.doc import Clause, Doc

REPORT_STAGES = (
    ("sentences", split.sentences),
    ("actors", who.actor_mentions),
    ("places", places.places),
    ("dates", dates.dates),
    ("almanac", almanac.almanac),
)
SENTENCE_STAGES = (
    ("paragraph", dates.paragraph),
    ("background", background.background),
    ("almanac_line", almanac.almanac_line),
    ("triggers", triggers.triggers),
    ("mourned", mourned.mourned),
    ("named_battle", named_battle.named_battle),
    ("reported", reported.reported),
    ("commentary", commentary.commentary),
    ("blame", retelling.blame),
    ("circumstance", triggers.circumstance),
    ("fight_frame", fight_frame.fight_frame),
    ("blamed_act", retelling.blamed_act),
    ("restated", retelling.restated),
    ("retold_figures", retelling.retold_figures),
    ("weak_only", background.weak_only),
    ("told_again", retelling.told_again),
    ("no_ground", background.no_ground),
    ("happenings", happenings.happenings),
    ("casualties", figures.casualties),
    ("drafts", drafts.drafts),
)
EVENT_STAGES = (
    ("build", build.build),
    ("told_kind", retelling.told_kind),
    ("recalled", recalled.recalled),
    ("nowhere", nowhere.nowhere),
    ("opinion", opinion.opinion),
    ("story_day", story_day.story_day),
    ("held", held.held),
    ("merge", merge.merge),
    ("condemned", condemned.condemned),
    ("one_battle", same_day.one_battle),
    ("one_blast", one_blast.one_blast),
    ("disrupted", disrupted.disrupted),
    ("bare_death", bare_death.bare_death),
    ("victims", victims.victims),
    ("fallen", fallen.fallen),
    ("riots", riots.riots),
    ("crowd_sides", crowd.crowd_sides),
    ("forces_abroad", forces_abroad.forces_abroad),
    ("two_sides", two_sides.two_sides),
    ("unnamed_sides", unnamed.unnamed_sides),
    ("other_side", sides.other_side),
    ("region_told_once", region_told.region_told_once),
    ("same_toll", same_toll.same_toll),
    ("protest_told_once", merge.protest_told_once),
    ("part_of_attack", merge.part_of_attack),
    ("periods", periods.periods),
)


def run(doc: Doc, report_stages=REPORT_STAGES, sentence_stages=SENTENCE_STAGES,
        event_stages=EVENT_STAGES) -> Doc:
    """Read a report through the stages (the lists above unless others are given)."""
    for _name, stage in report_stages:
        stage(doc)
    for si in range(len(doc.sentences)):
        c = clause(doc, si)
        made, stopped = len(doc.drafts), None
        for name, stage in sentence_stages:
            if not stage(doc, c):
                stopped = name
                break
        if doc.trace is not None:
            doc.trace.sentence_done(doc, c, stopped, len(doc.drafts) - made)
    for _name, stage in event_stages:
        stage(doc)
    return doc


def clause(doc: Doc, si: int) -> Clause:
    """Sentence ``si`` of a doc the report stages have read, ready for the sentence stages."""
    s = doc.sentences[si]
    a, b = doc.sent_tokens[si]
    return Clause(si, s, doc.tokens[a:b], places=places.sentence_places(doc, s.start, s.end),
                  dates=dates.sentence_dates(doc, s.start, s.end))
