"""Happenings a sentence supposes rather than tells, for the stage "reported": "مستعدة لصد أي
هجوم" and "to repel any attack" (any one: none in particular), "قد يؤدي إلى اندلاع مواجهات" and
"could lead to clashes" (what may follow), "سبل منع تجدد الاشتباكات" and "to prevent renewed
clashes" (what is to be prevented), "تشهد المدينة بين الحين والآخر اشتباكات", "clashes break
out from time to time", "كثيرا ما", "have often clashed" (a habit, no one happening). A
negation before "any" ("لم تشهد أي اشتباكات") is the stage's own rule, asked first."""
from __future__ import annotations

import re

from events.pipeline.negation import ANY
from events.sentences import Token

_ANY = ANY | {"any"}
# "قد" with a verb of the present: may ("قد يؤدي", "قد تندلع"); with the past it is done
# ("قد أسفر", "كان قد قتل"), and ت opens some past verbs ("قد تعرض", "قد تمكن"), so only these
_MAY = frozenset({"قد", "ربما"})
_MAY_VERBS_T = frozenset({"تؤدي", "تودي", "تتحول", "تشعل", "تندلع", "تتجدد", "تشهد", "تتسبب", "تقود", "تجر",
                          "تتصاعد", "تنفجر", "تعود"})
_MAY_EN = frozenset({"could", "may", "might"})
# ... and in English only before a verb of leading to ("could spark clashes"): "may" is also a
# month, and "who could not be identified" tells of a real attack
_LEAD_EN = frozenset({"lead", "spark", "trigger", "result", "escalate", "turn", "provoke", "ignite", "reignite"})
MAY_REACH = 6  # words before the trigger: "قد يؤدي استمرار التوتر إلى اندلاع مواجهات"
# what is to be prevented, right before the trigger or its onset ("سبل منع تجدد الاشتباكات")
_PREVENT = frozenset({"منع", "لمنع", "بمنع", "ومنع", "يمنع", "تمنع", "prevent", "preventing", "avert", "averting"})
_ONSET = frozenset({"تجدد", "اندلاع", "وقوع", "تصاعد", "عودة", "renewed", "further", "new", "more"})
# a habit told with the happening, within a few words either side of its trigger
_HABIT = re.compile(r"بين\s+(?:ال)?حين\s+و(?:ال)?[آا]خر|من\s+حين\s+(?:ل[آا]خر|إلى\s+[آا]خر|الى\s+اخر)|بين\s+فترة\s+و[أا]خرى"
                    r"|من\s+وقت\s+ل[آا]خر|\bfrom\s+time\s+to\s+time\b|\bevery\s+now\s+and\s+then\b|\bnow\s+and\s+again\b",
                    re.IGNORECASE)
# ... and the adverbs of a habit, which say it of the verb after them: "كثيرا ما تشهد الزاوية
# اشتباكات", "have often clashed"; "انفجرت في شارع غالبا ما يكون مكتظا" says it of the street
_HABIT_BEFORE = re.compile(r"(?:كثيرا|كثيراً|غالبا|غالباً|عادة|دائما|دائماً)\s+ما\s"
                           r"|\b(?:often|frequently|regularly|routinely)\s", re.IGNORECASE)
_BREAK = re.compile(r"[،,;:؛.]")
HABIT_REACH = 40  # characters between the habit and the trigger


def _may(tokens: list[Token], k: int) -> bool:
    t = tokens[k]
    if t.arabic:
        if t.key.lstrip("و") not in _MAY or k + 1 >= len(tokens):
            return False
        verb = tokens[k + 1].key
        return t.key.lstrip("و") == "ربما" or (verb.startswith("ي") and len(verb) >= 4) or verb in _MAY_VERBS_T
    return t.key in _MAY_EN and t.orig.islower() and k + 1 < len(tokens) and tokens[k + 1].key in _LEAD_EN


def why_supposed(tokens: list[Token], first: int, last: int, text: str = "", offset: int = 0) -> str:
    """Why the trigger at ``first``..``last`` is supposed, not told, or ''. ``text`` is the
    sentence, starting at ``offset`` in the report."""
    if first > 0 and tokens[first - 1].key in _ANY:
        return f"any one ('{tokens[first - 1].orig} {tokens[first].orig}'): supposed, not a happening"
    of = first - 2 if first > 1 and tokens[first - 1].key in _ONSET else first - 1
    if of >= 0 and tokens[of].key in _PREVENT:
        return f"what is to be prevented ('{tokens[of].orig}' before it): not a happening"
    may = next((k for k in range(max(0, first - MAY_REACH), first) if _may(tokens, k)
                and not (text and _BREAK.search(text[tokens[k].end - offset:tokens[first].start - offset]))), None)
    if may is not None:
        return f"what may happen ('{tokens[may].orig}' before it): not a happening"
    if text:
        start, end = tokens[first].start - offset, tokens[last].end - offset
        lo = max(0, start - HABIT_REACH)
        habits = [*_HABIT.finditer(text[lo:min(len(text), end + HABIT_REACH)]), *_HABIT_BEFORE.finditer(text[lo:start])]
        for habit in habits:
            a, b = lo + habit.start(), lo + habit.end()
            if not _BREAK.search(text[b:start] if b <= start else text[end:a]):
                # in the trigger's own clause: "وتتعرض المنطقة لقصف بين الحين والآخر، وقتل أمس
                # طفل" tells of one death after the habit
                return f"a habit ('{habit.group(0)}'): no one happening"
    return ""
