"""Stage "mourned" (a sentence stage, after "triggers"): the violence a funeral or a wake
names as the death of the one it mourns is the cause of that death, told again.

"في أول أيام عزاء الشهيد عيد ماطر ... أحد ضحايا حادثة التفجير الإرهابي لمسجد الطوارئ
بعسير", "ودّعت محافظة ميسان أمس الشهيد ... أحد شهداء التفجير الآثم الذي طال مسجد قوات
الطوارئ بأبها الخميس الماضي": the news is the mourning; the bombing is the one the report
(or an earlier one) tells, and dated by the sentence's "أمس" it would be a second bombing a
day late. A violent trigger after the dead mourned (الشهيد، أحد ضحايا) in a sentence of
mourning is dropped. One with no dead named before it ("شيع الآلاف جثامين خمسة جنود قتلوا
أمس في هجوم") is kept: it may be the only telling of its happening.
"""
from __future__ import annotations

import re

from events.event_types import VIOLENT_TYPES
from events.pipeline.cues import cue, said
from events.pipeline.doc import Clause, Doc
from events.pipeline.triggers import phrase

_MOURNING = cue("mourning")
_MOURNED = cue("the_mourned")
_VIOLENT = VIOLENT_TYPES - {"Riots"}
# the cue's stems as written (marks such as the shadda of "ودّعت" allowed between letters), a
# cheap test on the text before any word is looked up: most sentences mourn no one
_MARKS = "[\u0640\u064b-\u0652]*"
_MAYBE = re.compile("|".join(_MARKS.join(stem) for stem in ("عزا", "معزي", "ودع", "شيع", "جناز", "مأتم", "ماتم"))
                    + "|funeral|mourner|condolence", re.I)


def mourned(doc: Doc, c: Clause) -> bool:
    if not c.found or not _MAYBE.search(c.sentence.text):
        return True
    keys = [t.key for t in c.tokens]
    if not any(said(k, _MOURNING) for k in keys):
        return True
    dead = next((i for i, k in enumerate(keys) if said(k, _MOURNED)), None)
    if dead is None:
        return True
    cause = [t for t in c.found if t.first > dead and t.trigger.event_type in _VIOLENT]
    for t in cause:
        c.found.remove(t)
        if doc.trace is not None:
            doc.trace.note(c, "mourned", f"'{phrase(c, t)}' dropped: what the dead mourned here fell in, "
                                         "told again")
    return bool(c.found)

