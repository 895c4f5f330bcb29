"""Stage "opinion" (an event stage, after "nowhere"): an opinion column's happenings are
context.

A column ("مقالات الرأي") argues about what happened; what it names in passing ("اقتتال دموي
نازف على أمتار مربعة", "بعد نهر الاغتيالات") is commentary, told as news, with its day and
place, by the reports it draws on. Arab news sites mark their columns at the foot ("جميع
المقالات المنشورة تمثل رأي كتابها فقط", "the views expressed are the author's own"): three of the tuning rounds'
columns gave five false events and no real one. Their events are kept as context (listed by
``--explain`` and ``extract(report, context=True)``, hidden on the map by default), with
the reason recorded.

Cue rows: ``opinion_mark`` in ``events/lexicon/cues.csv``.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from events.pipeline.cues import openings
from events.pipeline.doc import Doc

FOOT_CHARS = 400  # a column says so at its foot

_MARKS = openings("opinion_mark")


def opinion(doc: Doc) -> None:
    mark = _mark(doc)
    if not mark:
        return
    out = []
    for e in doc.events:
        if not e.context:
            new = replace(e, context=True)
            if doc.trace is not None:
                doc.trace.carry([e], new, "opinion", "exists",
                                f"context, not one of the report's events: an opinion column ('{mark}')")
            e = new
        out.append(e)
    doc.events = out


def _mark(doc: Doc) -> str:
    foot = bisect.bisect_left(doc.starts, len(doc.text) - FOOT_CHARS)  # the tokens of the last 400 characters
    keys = " " + " ".join(t.key for t in doc.tokens[foot:]) + " "
    return next((p for p in _MARKS if f" {p} " in keys), "")
