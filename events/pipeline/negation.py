"""Arabic negation of a happening, for the stage "reported": "لم ولن تستهدف" (the word right
before the trigger), "لم تشهد مدينة سبها أي اشتباكات" ("any" right before it), "ولم تقع
اشتباكات في طرابلس" (a verb of occurring right after the negation). "لا تزال الاشتباكات"
(still) negates nothing: لا is followed by no verb of occurring there."""
from __future__ import annotations

from events.pipeline.cues import cue
from events.sentences import Token

_NEGATION_AR = cue("negation", "ar")


def negation(t: Token) -> bool:
    """"لم", "ولم", "فلم" (a conjunction on a short word, which ``_bare`` leaves on)."""
    return t.key in _NEGATION_AR or (t.key[:1] in ("و", "ف") and t.key[1:] in _NEGATION_AR)


ANY = frozenset({"اي", "ايه", "لاي", "لايه", "باي", "بايه"})  # "any", with its clitics
# what happens, or befalls a place, under a negation: "لم تقع اشتباكات", "لم تشهد المدينة"
_OCCURS = frozenset({"تشهد", "يشهد", "تقع", "يقع", "تسجل", "يسجل", "تتعرض", "يتعرض", "تحدث", "يحدث",
                     "تندلع", "يندلع", "تدر", "يدر"})


def negated_occurrence(tokens: list[Token], first: int) -> int | None:
    """The negation of the happening whose trigger starts at ``first``, or None: right before
    it ("لم ولن تستهدف"), or a few words before when "any" stands right before the trigger
    ("لم تشهد مدينة سبها أي اشتباكات") or a verb of occurring right after the negation ("ولم تقع
    اشتباكات")."""
    if first > 0 and negation(tokens[first - 1]):
        return first - 1
    for k in range(max(0, first - 5), first):
        if negation(tokens[k]) and (tokens[first - 1].key in ANY
                                     or (k + 1 < first and tokens[k + 1].key in _OCCURS and first - k <= 4)):
            return k
    return None
