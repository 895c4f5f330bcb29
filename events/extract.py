"""From a report to its events: what happened, where, when, who, how many casualties,
each with the sentence that says so.

    extract(report, resolver=None) -> list[Event]
    explain(report, resolver=None) -> (list[Event], Trace)   # `marsad extract --explain`
    place_mentions(report, resolver=None) -> list[dict]    # rows for `marsad places`

The work is done by the stages of ``events.pipeline`` (listed, in order, in
``events/pipeline/__init__.py``), with one record, the ``Doc``, passing between them:

    report:    sentences → actors → places → dates
    sentence:  paragraph → background → triggers → reported → blame → circumstance → blamed_act →
               restated → retold_figures → weak_only → told_again → no_ground →
               happenings → casualties → drafts
    events:    build → recalled → nowhere → merge → one_battle → bare_death → victims → unnamed_sides → other_side → protest_told_once
               → part_of_attack → periods → abroad

Each stage module's docstring says what it decides and why.
"""
from __future__ import annotations

from events.actors import load_actors
from events.errors import ReportError
from events.event_types import load_triggers
from events.pipeline import run
from events.pipeline.abroad import country_adjective
from events.pipeline.doc import Doc, ExtractedPlace
from events.pipeline.explain import Trace
from events.pipeline.places import find_place_mentions, usable_places
from events.records import Event, Report
from events.sentences import tokenize

__all__ = ["extract", "explain", "place_mentions", "ExtractedPlace"]


def _language(report: Report) -> str:
    from events.pipeline.lang import RULES

    if report.language in RULES:
        return report.language
    from geo.normalise import has_arabic

    return "ar" if has_arabic(report.text[:2000]) else "en"


def _resolver(resolver):
    if resolver is not None:
        return resolver
    import geo

    return geo.default_resolver()


def _checked(report: Report, what: str) -> str:
    if not isinstance(report, Report):
        raise ReportError(f"{what} needs a Report, not {type(report).__name__}")
    return report.text or ""


def new_doc(report: Report, resolver=None, trace: Trace | None = None) -> Doc:
    """The record the stages of ``events.pipeline`` read and fill in, for one report."""
    return Doc(report, report.text, _language(report), _resolver(resolver), load_actors(), load_triggers(),
               trace=trace)


def _read(report: Report, resolver, trace: Trace | None) -> list[Event]:
    return run(new_doc(report, resolver, trace)).events


def extract(report: Report, resolver=None, context: bool = False) -> list[Event]:
    """The events a report tells of, in text order (see ``events.pipeline`` for how).
    ``context``: also the background it recalls (flagged ``context=True``), never counted
    as its events."""
    if not _checked(report, "extract").strip():
        return []
    return _shown(_read(report, resolver, None), context)


def _shown(events: list[Event], context: bool) -> list[Event]:
    return events if context else [e for e in events if not e.context]


def explain(report: Report, resolver=None) -> tuple[list[Event], Trace]:
    """``extract`` and the record of why: each event's reasons and the sentences with a
    trigger that gave none (``events.pipeline.explain.lines`` prints them); the background
    the report recalls is in ``trace.context``."""
    trace = Trace()
    if not _checked(report, "explain").strip():
        return [], trace
    events = _read(report, resolver, trace)
    trace.context = [e for e in events if e.context]
    return _shown(events, False), trace


def place_mentions(report: Report, resolver=None) -> list[dict]:
    """Every place mention of a report, resolved or not (rows for `marsad places`):
    report_id, start, end, text, the resolver's fields (name_en, name_ar, latitude,
    longitude, kind, admin1, precision, method, confidence), relation and place_id.
    Words taken for persons (a name after a speech verb or a rank) are left out."""
    text = _checked(report, "place_mentions")
    if not text.strip():
        return []
    resolver = _resolver(resolver)
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    raw = find_place_mentions(text, resolver)
    kept = {(p.start, p.end) for p in usable_places(text, tokens, starts, raw, [], for_events=False)}
    rows = []
    for m in raw:
        if m.resolution.place is not None and (m.start, m.end) not in kept:
            continue
        if country_adjective(m):
            continue  # "الجيش الوطني الليبي", "the Libyan army": who, not where
        row = {"report_id": report.id, "start": m.start, "end": m.end, "text": m.text}
        d = m.resolution.to_dict()
        d.pop("query", None)
        row.update(d)
        row["relation"] = m.relation
        row["place_id"] = m.resolution.place.id if m.resolution.place else None
        rows.append(row)
    return rows
