"""Stage "commentary" (a sentence stage, after "reported"): what an analyst says, and what a
writer argues, is comment, not news of a happening.

"وقال الخبير الاستراتيجي يحيى رباح إن التحرك الدبلوماسي السعودي ... لمعالجة ..."، "من جهته قال
سعيد اللاوندي الخبير بالشؤون العربية: إن المالكي يريد تحميل أخطائه ...": an expert, a
researcher or a professor asked for a view names wars, raids and bombings to weigh them; the
reports that tell them as news give their day and place. A sentence whose speaker, named before
its first trigger beside a verb of saying, is an analyst, and which tells no day of its own,
gives no event. An analyst who dates what he tells ("قال الخبير إن الطائرات قصفت أمس ...") is
still heard.

So is a sentence that opens with "إن" and tells no day: "إن تفجير مسجد الطوارئ في عسير مجرد
مظهر من مظاهر التوحش"، "إن من المثير أن تتراوح أعمار منفذي تفجيرات جامع القديح ...". News
opens with its verb or its source; a sentence that opens by asserting is a writer's argument
about happenings told elsewhere.
"""
from __future__ import annotations

import re

from events.pipeline.cues import cue, said
from events.pipeline.doc import Clause, Doc
from events.pipeline.triggers import phrase

_ANALYST = cue("analyst")
_SAID = cue("analyst_said")
NEAR = 4  # words between the verb and the analyst ("قال سعيد اللاوندي الخبير")
# the analyst's nouns as written, a cheap test on the text before any word is looked up
_MAYBE = re.compile(r"خبير|محلل|باحث|مفكر|[أا]كاديمي|[أا]ستاذ|مختص|analyst|expert|researcher|professor|commentator", re.I)


def commentary(doc: Doc, c: Clause) -> bool:
    if not c.found or any(m.value is not None for m in c.dates):
        return True
    if c.tokens and c.tokens[0].key == "ان":
        return _drop(doc, c, "a sentence that opens with 'إن': a writer's argument, no happening told")
    if not _MAYBE.search(c.sentence.text):
        return True
    first = min(t.first for t in c.found)
    keys = [t.key for t in c.tokens[:first]]
    verbs = [i for i, k in enumerate(keys) if said(k, _SAID)]
    if not verbs or not any(said(k, _ANALYST) and any(abs(i - j) <= NEAR for j in verbs) for i, k in enumerate(keys)):
        return True
    return _drop(doc, c, "an analyst's comment, no happening told")


def _drop(doc: Doc, c: Clause, why: str) -> bool:
    if doc.trace is not None:
        for t in c.found:
            doc.trace.note(c, "commentary", f"'{phrase(c, t)}' dropped: {why}")
    c.found = []
    return False

