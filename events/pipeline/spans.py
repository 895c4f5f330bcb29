"""Spans of time a sentence tells a happening across, for the stage "reported": "منذ عام
2014" (a tally since long ago), "مر عام على اعتقال" (the time passed since it), "على مدار
الأسابيع الماضية" (what went on over weeks), "لأكثر من عام" or "طوال عقود" (a state of long
standing), "قبل الميلاد" (an age before Christ). Each is history or a tally, not one
happening of the news; "reported" says which, for ``--explain``.

Cue words: ``since_span``, ``compared``, ``over_span``, ``span_plural``, ``recent``,
``elapsed`` and ``elapsed_span`` in ``events/lexicon/cues.csv``.
"""
from __future__ import annotations

import re

from events.pipeline.cues import cue
from events.sentences import Token

_SINCE_SPAN = cue("since_span")
_COMPARED = cue("compared")
_OVER = cue("over_span")
_SPAN_PLURAL = cue("span_plural")
_RECENT = cue("recent")
_ELAPSED = cue("elapsed")
_SPAN_ONE = cue("elapsed_span")
# "for / since more than a year": fighting told as a state of long standing, not a day's
LONG_SPAN = re.compile(r"(?:منذ|لـ?)\s*(?:أكثر|اكثر|نحو|قرابة|حوالي|حوالى)\s+من\s+"
                       r"(?:عام|سنة|عامين|سنتين|سنوات|أعوام|اعوام|\d+\s+(?:سنوات|أعوام|اعوام|عاما|سنة))(?!\w)")
# "ايران تقاتل ... على مدى 30 سنة", "طوال عقود": what goes on over years is a state (over
# days, "على مدى ثلاثة أيام", it is still a battle)
OVER_YEARS = re.compile(r"(?:على\s+(?:مدى|مدار)|طوال|طيلة)\s+(?:(?:\d+|عدة|عشرات|بضع)\s+)?"
                        r"(?:سنة|سنوات|عاما|أعوام|اعوام|عامين|سنتين|عقد|عقدين|عقود)(?!\w)")
BEFORE_CHRIST = re.compile(r"قبل\s+الميلاد|\d\s*ق\.\s?م(?![\w])|\d\s*(?:BC|B\.C\.)(?!\w)")
# "هو الأول منذ", "الأعنف منذ": the first or the worst since, which is news
FIRST_SINCE = re.compile(r"(?:^|\s)(?:ال)?(?:أول|أولى|أ[^\s]{2}[^\sةهاى])\s+(?:\S+\s+){0,2}$")


def bare_key(t: Token) -> str:
    """A token's key without a conjunction "و" or "ف" on a longer Arabic word."""
    return t.key[1:] if t.arabic and t.key[:1] in ("و", "ف") and len(t.key) > 3 else t.key


def since_a_span(tokens: list[Token], k: int, bare: list[str]) -> bool:
    """"منذ عام 2014", "منذ سنوات", "since 2014": a tally or a state since long ago (not
    "منذ يوم أمس", "since Sunday"). ``bare``: the ``bare_key`` of every token."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None:
        return False
    return nxt.key in _SINCE_SPAN or bare[k + 1] in _SINCE_SPAN or (nxt.key.isdigit() and len(nxt.key) == 4)


def time_passed(tokens: list[Token], first: int, bare: list[str]) -> str:
    """"مر عام تقريبا على اعتقال العشرات", "مضت أشهر على اختطافه": the time passed since a
    happening, which is history; '' if none."""
    for k in range(max(0, first - 6), first - 1):
        if bare[k] not in _ELAPSED:
            continue
        span = next((j for j in range(k + 1, min(first, k + 3))
                     if bare[j] in _SINCE_SPAN or bare[j] in _SPAN_PLURAL or tokens[j].key in _SPAN_ONE), None)
        if span is not None and any(tokens[j].key == "علي" for j in range(span + 1, first)):
            return " ".join(x.orig for x in tokens[k:first])
    return ""


def over_weeks(tokens: list[Token], bare: list[str]) -> str:
    """"على مدار الأسابيع الماضية", "طوال الأشهر الأخيرة", "over the past few weeks", "التي
    ... خلالها" (during which): what a side suffered or did over weeks or a campaign, a
    tally, not one happening; '' if none."""
    for k, tok in enumerate(tokens):
        if tok.key in ("خلالها", "خلاله") and any(w in ("التي", "الذي") for w in bare[max(0, k - 3):k]):
            # "عملية تحرير درنة، والتي تلقت خلالها التنظيمات ضربات موجعة": during a campaign
            return " ".join(x.orig for x in tokens[max(0, k - 2):k + 1])
        if bare[k] not in _SPAN_PLURAL and tok.key not in _SPAN_PLURAL:
            continue
        near = bare[max(0, k - 4):k]
        if any(w in _COMPARED for w in bare[max(0, k - 6):k]):
            continue  # "some of its heaviest clashes in recent weeks": today's, weighed against them
        if any(w in _OVER for w in near) and (
                any(w in _RECENT for w in near) or any(w in _RECENT for w in bare[k + 1:k + 3])):
            return " ".join(x.orig for x in tokens[max(0, k - 4):k + 2])
    return ""
