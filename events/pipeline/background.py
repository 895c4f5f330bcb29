"""Stages that drop what is not a new happening of the news:

- "background": a sentence that opens as background ("يذكر أن", "يشار إلى أن", "الجدير
  بالذكر", "وكانت القوات قد ...", "وكانت العاصمة شهدت", "Previously,") and has no day of
  its own; and a press review ("تناولت الصحف اليوم ...", then each "صحيفة X كتبت ...").
- "weak_only": a sentence whose only triggers are deaths with no stated cause ("3 people
  killed.") adds its figures to the event told just before it in the paragraph; with no
  such event it is an event only when it gives a figure ("the battle" with nobody hurt
  is the war in general). With a stronger trigger, the weak ones are left out.
- "no_ground": ground taken with no ground named ("استعادة جميع السودانيين") is no
  capture; its figures join the event told just before in the paragraph.
"""
from __future__ import annotations

import bisect
import re

from events.pipeline import figures
from events.pipeline.abroad import foreign_places
from events.pipeline.cues import cue, openings
from events.pipeline.doc import Clause, Doc
from events.pipeline.places import REGION_KINDS
from events.pipeline.triggers import phrase
from events.sentences import Token, tokenize

_BACKGROUND_AR = cue("background")
_BACKGROUND_EN = openings("background_opening")
_PRESS_REVIEW = openings("press_review_opening")
_TEASER_LINE = re.compile(r"\s*(?:في|وفي)\s+ال\S+\s*:")  # "في الغارديان: ...", "في التايمز: ..."
_CLAIM = cue("claim")
_FULL_STOPS = (".", "؟", "?", "!")
_CLOSING_QUOTES = ("\"", "»", "”")
_STOPS = _FULL_STOPS + _CLOSING_QUOTES
_TEASER = frozenset({"بالصور", "شاهد", "فيديو", "بالفيديو", "اقرا"})


def press_review(doc: Doc, tokens: list[Token]) -> str:
    """"تناولت الصحف اليوم ...", "في الصحف اليوم": a press review tells what newspapers
    wrote, not a happening; in a report that opens as one, so does every sentence after."""
    head = " ".join(t.key.lstrip("و") for t in tokens[:2])
    hit = next((o for o in _PRESS_REVIEW if head == o), "")
    if hit:
        return f"a press review ('{hit}')"
    if tokens and doc.sent_tokens:
        a, b = doc.sent_tokens[0]
        first = " ".join(t.key.lstrip("و") for t in doc.tokens[a:min(b, a + 2)])
        if first in _PRESS_REVIEW:
            # "في الصحف اليوم: ..." then "هذه الحرب كانت قد عُلقت بين الكوريتين": every
            # sentence of a press review tells what a paper wrote
            return "a sentence of a press review"
    return ""


HEADLINE_WORDS = 15  # a link's headline ("اعتقال اثنين من الويغور في تركيا بتهمة الضلوع في هجوم ...")


def _link_headline(doc: Doc, c: Clause) -> bool:
    """"فرار مئات السجناء وسط اشتباكات عنيفة في طرابلس" on a line of its own between full
    sentences: a news site's link to another story."""
    s = c.sentence
    if c.index == 0 or len(c.tokens) > HEADLINE_WORDS or _stopped(s.text):
        return False
    # the line that holds it: a headline split at its "..." ("مناوشات... وقاذفات صواريخ") is one
    start = doc.text.rfind("\n", 0, s.start) + 1
    end = doc.text.find("\n", s.end)
    end = len(doc.text) if end < 0 else end
    line = doc.text[start:end]
    head = doc.text[start:s.start].rstrip()
    if end == len(doc.text) or len(line.split()) > HEADLINE_WORDS or _stopped(line) \
            or doc.text[s.end:end].strip() or (head and not head.endswith(("...", "…"))):
        return False
    before = doc.text[:start].rstrip()
    while before and not before.endswith(_STOPS):
        # a block of such lines ("هجوم اسطنبول: ...", "الشيشان: مقتل سبعة في تفجيرين انتحاريين"):
        # step back over the ones above it to the body's last full sentence
        cut = before.rfind("\n") + 1
        if cut == 0 or len(before[cut:].split()) > HEADLINE_WORDS:
            return False
        before = before[:cut].rstrip()
    return before.endswith(_STOPS)


def _stopped(text: str) -> bool:
    """Whether a sentence or line ends as a full sentence does: a stop, or a quote closed
    after one ('... قال "انتهى."'); a headline may end on a quoted name ('تعتقل عددا من "عرق
    الويغور"')."""
    t = text.rstrip()
    if t.endswith(_FULL_STOPS):
        return True
    if not t.endswith(_CLOSING_QUOTES):
        return False
    # a quote closed after a stop ends the sentence; so does an unpaired '"', as it always did
    return t.rstrip("".join(_CLOSING_QUOTES)).rstrip().endswith(_FULL_STOPS) or (t[-1] == '"' and t.count('"') % 2 == 1)


def opens_as_background(tokens: list[Token]) -> str:
    """How a sentence opens as background ("يذكر أن", "يشار إلى أن", "الجدير بالذكر",
    "وكانت ... قد", "Previously,"), or ''."""
    if not tokens:
        return ""
    first = tokens[0]
    if first.arabic:
        if first.key in _BACKGROUND_AR:
            return f"opens with '{first.orig}'"
        if first.key in _TEASER:
            return f"a link's teaser ('{first.orig}:')"  # "بالصور: هجوم المنيا"
        keys = [t.key for t in tokens]
        if "انذاك" in keys or "الوقت" in keys and any(keys[k:k + 3] == ["في", "ذلك", "الوقت"]
                                                      for k in range(len(keys) - 2)):
            return "told of 'at that time' (آنذاك، في ذلك الوقت)"
        # "وكانت القوات قد سيطرت": the pluperfect tells what had happened before the news;
        # opening a sentence, "وكانت" needs no "قد" ("وكانت العاصمة شهدت اشتباكات").
        if first.key in ("وكان", "وكانت", "كان", "كانت") and any(t.key == "قد" for t in tokens[1:6]):
            return f"pluperfect '{first.orig} ... قد'"
        if first.key in ("وكان", "وكانت") and not any(t.key in _CLAIM for t in tokens):
            # ("وكان تنظيم داعش أعلن مسؤوليته عن التفجيرين" names the author of the news)
            return f"pluperfect '{first.orig} ...'"
        return ""
    head = " ".join(t.key for t in tokens[:5])
    hit = next((o for o in _BACKGROUND_EN if head.startswith(o)), "")
    return f"opens with '{hit}'" if hit else ""


def background(doc: Doc, c: Clause) -> bool:
    review = press_review(doc, c.tokens)
    if review:
        if doc.trace is not None:
            doc.trace.note(c, "background", f"{review}: what the press wrote, not news")
        return False
    if _link_headline(doc, c):
        if doc.trace is not None:
            doc.trace.note(c, "background", "a line with no full stop amid the body's sentences: "
                                            "a link to another story's headline, not news told here")
        return False
    if _TEASER_LINE.match(c.text):
        if doc.trace is not None:
            doc.trace.note(c, "background", "a teaser of a paper's piece ('في الغارديان:'): not news")
        return False
    how = opens_as_background(c.tokens)
    if how and not any(m.value is not None for m in c.dates):
        placed = _places_the_told(doc, c)
        if doc.trace is not None:
            doc.trace.note(c, "background", f"background: {how}, and no day of its own"
                           + (f"; it places the {placed} told before" if placed else ""))
        return False  # "يذكر أن الغارات الأجنبية ليست جديدة": background with no day of its own
    precedent = _precedent(doc, c)
    if precedent:
        if doc.trace is not None:
            doc.trace.note(c, "background", f"a precedent recalled ('{precedent}'), with no day of this week: "
                                            "background, not news")
        return False
    if doc.trace is not None:
        c.background_note = (f"{how}, but it gives a day of its own" if how
                             else "does not open as background (يذكر أن، وكانت ... قد، Previously)")
    return True


_NOT_THE = frozenset({"ليست", "وليست", "ليس", "وليس", "تكن", "يكن", "not"})
PRECEDENT_DAYS = 7  # a happening dated within this week of the report is news, precedent or not


def _precedent(doc: Doc, c: Clause) -> str:
    """"وليست هذه المرة الأولى التي ...، فقبل أسابيع قُتل 14 شخصا", "It is not the first time":
    what happened before, recalled as a precedent; unless the sentence dates its happening
    within the week of the report."""
    keys = [t.key for t in c.tokens]
    hit = next((k for k, key in enumerate(keys)
                if (key == "الاولي" or key == "first" and keys[k + 1:k + 2] == ["time"])
                and any(x in _NOT_THE for x in keys[max(0, k - 4):k])), None)
    if hit is None:
        return ""
    published = doc.report.published
    days = [m.value for m in c.dates if m.value is not None]
    if published is not None and any(0 <= (published - d).days <= PRECEDENT_DAYS for d in days):
        return ""
    return " ".join(t.orig for t in c.tokens[max(0, hit - 3):hit + 1])


def _places_the_told(doc: Doc, c: Clause) -> str:
    """"غارة ... على موقع للمتشددين جنوب ليبيا", then "وكانت القوات الأميركية قد نفذت غارة
    جوية قرب مدينة أوباري": the recalled telling names the town of a strike told before at a
    region only; that strike is there. Returns what it placed, or ''."""
    own = [p for p in c.places if not p.country_level and not p.in_actor and p.place.kind not in REGION_KINDS]
    if not own or not doc.drafts:
        return ""
    found = [t for t in doc.triggers.find(c.tokens) if t.trigger.flag != "weak"]
    subs = {t.trigger.sub_event_type for t in found}
    target = next((d for d in reversed(doc.drafts[-50:]) if d.trigger.trigger.sub_event_type in subs), None)
    if target is not None:  # the town nearest the trigger ("قرب مدينة أوباري", not the government's seat)
        own = [min(own, key=lambda p: abs(p.start - found[0].start))]
    if target is None or (target.place is not None and target.place.place.kind not in REGION_KINDS
                          and not target.place.country_level):
        return ""
    target.place, target.place_how = own[0], "own"
    return target.trigger.trigger.sub_event_type.lower()


def weak_only(doc: Doc, c: Clause) -> bool:
    if c.strong:
        for t in c.found:
            if t.trigger.flag == "weak" and doc.trace is not None:
                doc.trace.note(c, "weak_only", f"'{phrase(c, t)}' (a death with no cause) left to the "
                                               "stronger trigger of the sentence")
        c.found = c.strong
        return True
    own = [p for p in c.places if not p.country_level and not p.in_actor]
    if not own and figures.follows_told(doc, c):
        figures.add_to(figures.last_told(doc.drafts), c.sentence, doc.lang, merge=True, stage="weak_only")
        if doc.trace is not None:
            doc.trace.note(c, "weak_only", "only weak triggers (a death with no cause) and no place of its own: "
                                           "its figures go to the event told just before")
        return False
    cas = figures.find(c.text, doc.lang)
    if (cas is None or (cas.killed is None and cas.wounded is None)) and _killed_by_someone(doc, c):
        if doc.trace is not None:
            doc.trace.note(c, "weak_only", "a death whose killer is named ('was killed by unknown gunmen'): "
                                           "an attack, not the war in general")
    elif (cas is None or (cas.killed is None and cas.wounded is None)) and _marked_body(c):
        if doc.trace is not None:
            doc.trace.note(c, "weak_only", "a body found bound, tortured or shot: someone killed, an attack")
    elif cas is None or (cas.killed is None and cas.wounded is None):
        if doc.trace is not None:
            doc.trace.note(c, "weak_only", "only weak triggers (a death or a battle, no happening of its own) "
                                           "and no figure: the war in general, not a happening")
        return False  # "the battle" with nobody hurt: the war in general, not a happening
    c.found = c.found[:1]
    return True


def _killed_by_someone(doc: Doc, c: Clause) -> bool:
    """"A civilian ... was killed by unknown gunmen", "قتل على يد مسلحين": a death told with
    the armed side that caused it, within three words after the agent word."""
    toks = c.tokens
    for t in c.found:
        if toks[t.first].key.lstrip("و") in _KILLED_VERB and t.last + 1 < len(toks) \
                and _armed_between(doc, c, toks[t.last + 1].start, toks[min(len(toks) - 1, t.last + 2)].end):
            return True  # "وقتل مسلحون الحارس": the killers right after the verb, who died after them
        k = t.last + 1
        if not (k < len(toks) and toks[k].key == "by"):
            # "قتل مدرس ... على يد مسلحين": the Arabic agent comes after the victim
            k = next((j for j in range(k, min(len(toks) - 1, k + 10))
                      if (toks[j].key, toks[j + 1].key) in _AGENT_AR), None)
        if k is not None and k < len(toks) and _armed_between(doc, c, toks[k].end, toks[min(len(toks) - 1, k + 4)].end):
            return True
    return False


def _armed_between(doc: Doc, c: Clause, lo: int, hi: int) -> bool:
    """An armed side (not civilians, not a generic word) named between ``lo`` and ``hi``."""
    return any(lo <= m.start < hi and m.actor.kind not in ("civilians", "generic")
               for m in doc.all_mentions if c.sentence.start <= m.start < c.sentence.end)


_AGENT_AR = frozenset({("علي", "يد"), ("علي", "ايدي")})
_KILLED_VERB = frozenset({"قتل", "قتلت", "اغتال", "اغتالت"})
_BODY = ("corpse", "body", "bodies", "جثه", "جثة", "جثث", "جثتي", "الجثه", "الجثة")
# "a corpse was found tied to a large rock, its hands bound", "جثة مكبلة اليدين وعليها آثار تعذيب"
_MARKS = re.compile(r"\b(?:bound|tied|handcuffed|blindfolded|tortur\w*|gunshot\w*|bullet\w*|shot|executed|"
                    r"beheaded|decapitated|stabbed|mutilated)\b|مقيد\w*|مكبل\w*|معصوب\w*|تعذيب|رصاص\w*|"
                    r"طلق\w*|طلقات|ذبح\w*|منحور\w*|مشوه\w*", re.IGNORECASE)


def _marked_body(c: Clause) -> bool:
    """A body found with marks of violence: someone killed them, whoever did."""
    return any(t.trigger.flag == "weak" and any(w in phrase(c, t).lower() for w in _BODY) for t in c.found) \
        and _MARKS.search(c.text) is not None


GROUND_REACH = 8  # words from "سيطرت" to "على" and the town it took
# "سيطرت القوات الموالية لهادي وقوات المقاومة الشعبية في محافظتي الضالع وعدن على مثلث العند":
# a town abroad right after "على" may follow a long subject
ABROAD_GROUND_REACH = 14


_GROUND_NOUNS = frozenset(t.key for t in tokenize("قرية قريتي قرى بلدة بلدات مدينة حي معسكر قاعدة مطار تلة تل دوار"))


def _ground_abroad(doc: Doc, c: Clause) -> bool:
    """A town abroad after "على" a few words after the taking ("سيطرت القوات الموالية للحكومة
    اليمنية على زنجبار"): ground named, though not Libya's. A capital named with no "على"
    ("تسلمت الخرطوم", "إعلان القاهرة") is its government, and "تحرير عدن" in a quote is no
    taking told."""
    taken = [t for t in c.found if t.trigger.flag == "territory"]
    if not taken:
        return False
    starts = [t.start for t in c.tokens]
    abroad = [p for p in foreign_places(doc, c) if p.place.kind != "country"]
    for p in abroad:
        k = bisect.bisect_left(starts, p.start)
        if k == 0 or c.tokens[k - 1].key not in ("على", "علي"):
            continue
        if any(0 < k - t.last <= ABROAD_GROUND_REACH for t in taken):
            return True
    # "وفي سهل الغاب ... استعاد جيش الفتح التابع للمعارضة السورية قرية «المشيك»": a village
    # the table does not know, taken in the place abroad the sentence names
    return bool(abroad) and any(c.tokens[k].key.lstrip("و") in _GROUND_NOUNS for t in taken
                                for k in range(t.last + 1, min(len(c.tokens), t.last + GROUND_REACH + 4)))


def no_ground(doc: Doc, c: Clause) -> bool:
    if any(not p.country_level and not p.in_actor for p in c.places):
        return True
    if _ground_abroad(doc, c):
        return True  # "سيطرت القوات ... على زنجبار عاصمة محافظة أبين": ground abroad
    # Ground taken with no ground named ("استعادة جميع السودانيين"): no capture. Its
    # figures, if any, belong to the event told just before in the paragraph.
    kept = [t for t in c.found if t.trigger.flag != "territory"
            and t.trigger.sub_event_type != "Non-violent transfer of territory"]
    if doc.trace is not None:
        for t in c.found:
            if t not in kept:
                doc.trace.note(c, "no_ground", f"'{phrase(c, t)}': ground taken with no ground named")
    c.found = kept
    if not kept:
        if figures.follows_told(doc, c):
            figures.add_to(figures.last_told(doc.drafts), c.sentence, doc.lang, merge=True, stage="no_ground")
        return False
    return True
