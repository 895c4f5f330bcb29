"""Stage "dates": ``events.dates.find_dates`` over the whole text against the report's
date (so "the same month" follows the month named before), assigned to sentences by span;
what an undated sentence inherits from the report's date.

Stage "paragraph" (per sentence): whether the sentence opens a paragraph, and the day
the paragraph told before it — a sentence with no day of its own goes on with that day,
as it would inside one paragraph; when every sentence has its own line (wire and Arabic
news style), with the day the story told just before.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from events.actors.cues import SPEECH_VERBS
from events.pipeline.cues import cue
from events.pipeline.doc import Clause, Doc
from events.pipeline.recalled import WINDOW_DAYS, span
from events.records import Report
from events.sentences import tokenize
from geo.gazetteer import haversine_km


_COMPARED = cue("compared")
_SPAN_UNITS = re.compile(r"\b(?:days|weeks|months|years)\b", re.I)


def dates(doc: Doc) -> None:
    doc.dates = [m for m in _date_mentions(doc.report, doc.lang) if not _weighed(doc.text, m)]
    doc.date_starts = [m.start for m in doc.dates]
    doc.fallback_date = report_date(doc.report)


def sentence_dates(doc: Doc, start: int, end: int) -> list:
    found = doc.dates[bisect.bisect_left(doc.date_starts, start):bisect.bisect_left(doc.date_starts, end)]
    if len(found) > 1 and doc.report.published is not None and any(
            m.value is not None and (doc.report.published - m.value).days > _QUOTE_PAST_DAYS for m in found):
        # "في تغريدة له في نوفمبر 2013: «... بعملية استشهادية في دمشق اليوم»": the quote's
        # "today" is the tweet's day, not the report's
        found = [m for m in found if not (_RELATIVE.search(m.text) and _quoted(doc.text, start, m.start))]
    return found


_QUOTE_PAST_DAYS = 31
_RELATIVE = re.compile(r"اليوم|أمس|امس|البارحة|today|yesterday", re.I)


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened after ``start``."""
    before = text[start:pos]
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»") \
        or before.count("“") > before.count("”")


def paragraph(doc: Doc, c: Clause) -> bool:
    s, si = c.sentence, c.index
    c.para_start = si == 0 or "\n" in doc.text[doc.prev_end:s.start]
    doc.prev_end = s.end
    if c.para_start and not _one_sentence_paragraphs(doc.sentences, doc.text, si):
        doc.para_date, doc.para_points = (None, "unknown"), []
    c.told_date = doc.para_date  # the day the paragraph told before this sentence
    if c.dates and _quote_today(doc, c):
        # "قال مسؤولون إن القوات قامت يوم الخميس بمحاولة جديدة" then "«الجيش اليوم أحرز
        # تقدما»": the quote's today is the day its story told, not the report's; the quotes
        # that follow go on with it
        c.dates = []
        c.told_date = doc.para_date = doc.story_day
    told = [m for m in c.dates if not _SINCE_BEFORE.search(doc.text, max(0, m.start - 14), m.start)]
    # "مدينة الحسكة التي تشهد منذ 25 من شهر يونيو اشتباكات": the day a state began is no day
    # the sentences after go on with ("وبالتزامن، استكمل طيران التحالف غاراته")
    own_day = date_in(told, s.start, s.end) if told else (None, "unknown")
    if not c.dates and " ".join(t.key for t in c.tokens[:3]).startswith(_SWITCH):
        # "إلى ذلك، نظم أنصار القذافي مظاهرة": another story begins; it takes no day from
        # the one before (a trial "since March"), only the report's own
        c.told_date = (None, "unknown")
    elif not c.dates and c.tokens and (c.tokens[0].key in _THEN or " ".join(t.key for t in c.tokens[:2]) in _THEN):
        # "وكان آخرها في يونيو الماضي ... وحينها أضرمت ... وفي غضون أيام تمكن الجيش": then
        # is the time told before, whatever its precision
        c.told_date = doc.last_date
    elif not c.dates and _far_scene(doc, c):
        # "... قصفت فجر الاحد خزانات الوقود في تعز" then "وفي محافظة مارب قتل ١٠ من الحوثيين":
        # a sentence that opens at a place far from where the paragraph told its day begins
        # another scene, not that day's
        c.told_date = (None, "unknown")
    elif not c.dates and _long_before(doc.prev_date, doc.report.published) and not _opens_at_a_place(doc, c):
        # "... من أغلب أحياء مدينة درنة عام 2015." then "وتوسعت المواجهات بين الطرفين ...":
        # an undated sentence right after one of years ago goes on with that story
        c.told_date = doc.prev_date
    if own_day[0] is not None and own_day[1] == "day":
        doc.para_date = doc.story_day = own_day
        doc.para_points = [(m.resolution.place.lat, m.resolution.place.lon) for m in doc.raw_places
                           if s.start <= m.start < s.end and m.resolution.place is not None
                           and m.resolution.place.kind != "country"]
    if c.dates and not not_lasting(c.dates):
        # "بأعنف قصف مدفعي منذ ستة أشهر": a comparison since a past day dates no story the
        # next sentence goes on with
        own_day = (None, "unknown")
    if own_day[0] is not None:
        doc.last_date = own_day
    doc.prev_date = own_day
    return bool(c.tokens)


_TODAY = re.compile(r"اليوم|today", re.I)
# "منذ 25 يونيو", "المعركة التي بدأت في 4 يوليو": the day a state or a battle began
_SINCE_BEFORE = re.compile(r"(?:منذ|(?:بدأت|بدأ|بدات|بدا|انطلقت|انطلق)(?:\s+(?:في|يوم))?)\s*$")
_STORY_DAYS = 7  # how far before the report the day a story told may lie for a quote to go on with it


def _quote_today(doc: Doc, c: Clause) -> bool:
    """Whether the sentence's only dates are a "today" inside a quote, in a report that has
    told its story's day, another day of the last week."""
    told, published = doc.story_day, doc.report.published
    if told[0] is None or told[1] != "day" or published is None or not 0 < (published - told[0]).days <= _STORY_DAYS:
        return False
    return all(_TODAY.fullmatch(m.text.strip()) and _quoted(doc.text, c.sentence.start, m.start) for m in c.dates)


def _opens_at_a_place(doc: Doc, c: Clause) -> bool:
    """"وفي سهل الغاب، استعاد جيش الفتح ...": a sentence that opens with where it happened
    begins a scene of its own, not the old story told just before."""
    at = c.opening_place_start
    return at >= 0 and any(m.start == at and m.resolution.place is not None and m.resolution.place.kind != "country"
               for m in doc.raw_places)  # "وفي ليبيا قتل السفير": a country names no scene


SCENE_KM = 50  # an opening place this far from where the paragraph's day was told is another scene


def _far_scene(doc: Doc, c: Clause) -> bool:
    """Whether the sentence opens at a place ("وفي محافظة مأرب") more than ``SCENE_KM`` from
    every place of the sentence that told the paragraph's day."""
    at = c.opening_place_start
    if at < 0 or not doc.para_points or len(c.tokens) < 3:
        return False
    near = c.tokens[min(3, len(c.tokens) - 1)].end  # "وفي محافظة مارب": the name within the next words
    opening = [m.resolution.place for m in doc.raw_places if at <= m.start < near
               and m.resolution.place is not None and m.resolution.place.kind != "country"]
    return bool(opening) and all(haversine_km(p.lat, p.lon, lat, lon) > SCENE_KM
                                 for p in opening for lat, lon in doc.para_points)


def _long_before(when: tuple, published: date | None) -> bool:
    if when[0] is None or published is None or when[1] not in ("day", "week", "month", "year"):
        return False
    return (published - span(when[0], when[1])[1]).days > WINDOW_DAYS


_THEN = frozenset({"وحينها", "حينها", "وفي غضون", "في غضون", "وبعدها", "وعندها", "then"})
_SWITCH = tuple(" ".join(t.key for t in tokenize(w)) for w in (
    "إلى ذلك", "الى ذلك", "من جهة أخرى", "من جهة ثانية", "من ناحية أخرى", "على صعيد آخر", "في سياق آخر",
    "في سياق منفصل", "وفي سياق آخر", "وعلى صعيد آخر", "meanwhile", "separately", "elsewhere"))


def _one_sentence_paragraphs(sentences: list, text: str, si: int) -> bool:
    """Wire and Arabic news often give every sentence its own line: then the paragraph
    before this one was a single sentence, and a sentence with no day of its own goes on
    with the day the story told just before (the lead's "أمس الأحد"), as it would in one
    paragraph. A paragraph of several sentences ends its story with it."""
    if si == 0:
        return False
    k = si - 1
    while k > 0 and "\n" not in text[sentences[k - 1].end:sentences[k].start]:
        k -= 1
    return k == si - 1


OVERNIGHT_UNTIL_UTC = 4  # 06:00 in Libya: news filed before it is the night's


def filed_overnight(report: Report) -> bool:
    """Filed in the small hours: after midnight by its own clock and before 04:00 UTC. What
    such a report tells with no day of its own happened the day before (a statement "issued
    overnight", the evening's fighting), and EVENT_CODING's coders date it so ("published
    01:58 GMT Thursday, so dated Wednesday")."""
    f, day = report.filed, report.published
    if f is None or day is None:
        return False
    return f.date() < day or (f.date() == day and f.hour < OVERNIGHT_UNTIL_UTC)


def report_date(report: Report) -> tuple[date | None, str, float]:
    """(date, precision, confidence bonus) an undated sentence inherits."""
    if report.published is None:
        return None, "unknown", 0.0
    dp = report.date_precision
    if dp == "day":
        if filed_overnight(report):
            return report.published - timedelta(days=1), "day", 0.05
        return report.published, "day", 0.05
    if dp == "estimated":
        return report.published, "day", 0.0
    if dp in ("month", "year"):
        return report.published, dp, 0.0
    return report.published, "day", 0.02


def _weighed(text: str, m) -> bool:
    """"some of its heaviest clashes in recent weeks": the span the happening is weighed
    against, not its date."""
    if not _SPAN_UNITS.search(m.text):
        return False
    before = tokenize(text[max(0, m.start - 60):m.start])[-6:]
    return any(t.key in _COMPARED for t in before)


def _date_mentions(report: Report, lang: str) -> list:
    try:
        from events.dates import find_dates
    except ImportError:
        return []
    return find_dates(report.text, report.published, lang)


def date_in(mentions: list, start: int, end: int) -> tuple[date | None, str]:
    from events.dates import date_for_span

    return date_for_span(mentions, start, end)


_STATEMENT_REACH = 6  # words back from a date to the verb of saying it may date
_SAYING = SPEECH_VERBS | cue("announce")


def not_lasting(mentions: list) -> list:
    """The dates less "منذ أسابيع" ("المدينة التي تشهد معارك منذ أسابيع"): since a vague span
    is how long a state has lasted, no happening's day ("منذ يوم أمس", the day it began, stays)."""
    return [m for m in mentions if not (m.text.startswith("منذ") and m.precision in ("month", "year"))]


def not_ended(mentions: list, tokens: list, trigger_end: int | None = None) -> list:
    """The dates less those a state lasted until ("the beach which was still being used by the
    militants until a few days ago", "ظلت مغلقة حتى يوم أمس"): the end of something else; and
    less an English date in a relative clause after the trigger ("blocked the road, protesting
    against the parliament, which was due to dissolve two months ago"): the clause's own. (An
    Arabic relative clause after the trigger tells its day as often as its own: "قوات الجيش
    التي دخلت المدينة أمس".)"""
    if not mentions:
        return mentions
    starts = [t.start for t in tokens]
    kept = []
    for m in mentions:
        k = bisect.bisect_left(starts, m.start)
        if trigger_end is not None and m.start > trigger_end and any(
                t.key in _RELATIVE_EN for t in tokens[bisect.bisect_left(starts, trigger_end):k]):
            continue  # "Misratan forces who had entered the town in February": the clause's date
        if trigger_end is not None and m.start > trigger_end and 0 < k <= len(tokens) \
                and tokens[k - 1].key in _DECIDED_EN:
            continue  # "demanding ... the isolation law adopted last year": the law's date
        if 1 < k < len(tokens) and tokens[k - 1].key in ("يوم", "the") and m.start - tokens[k - 1].end <= 2:
            k -= 1  # "حتى يوم أمس": the date found is "أمس"
        if 0 < k < len(tokens) and tokens[k - 1].key in _UNTIL and tokens[k].start - tokens[k - 1].end <= 2:
            continue
        kept.append(m)
    return kept


_UNTIL = frozenset({"until", "till", "حتي", "لغايه", "لحين"})
_RELATIVE_EN = frozenset({"which", "whose", "whom", "who"})
_DECIDED_EN = frozenset({"adopted", "passed", "signed", "approved", "issued", "enacted", "ratified", "elected",
                         "founded", "formed", "established", "introduced", "agreed", "brokered"})


def happening_dates(mentions: list, tokens: list, trigger_starts: list[int]) -> list:
    """The dates of a happening without those that date the telling of it: "أكد مساء اليوم
    الأحد ... مختطفين منذ يوم أمس", "أعلنت القيادة الأفريقية، الأحد، عن تنفيذ غارة ...
    السبت" (a date within a few words after a verb of saying, with no trigger between,
    says when it was said). All of them when no other day is left."""
    from events.dates import names_its_date

    starts = [t.start for t in tokens]
    adjacent = [m for m in mentions if m.value is not None and names_its_date(m.text) and any(
        0 <= bisect.bisect_left(starts, m.start) - bisect.bisect_right(starts, s) <= 1 for s in trigger_starts)]
    if adjacent:
        # "بث تسجيلا الأربعاء يهدد بإعدام كرواتي ... خُطف نهاية يوليو": the date named right after
        # the trigger is its own, whatever day the sentence tells of something else ("kidnapped
        # three weeks ago ... found this morning" is left to the day it was found)
        return adjacent[:1]
    if tokens and tokens[0].key in ("كان", "وكان", "كانت", "وكانت"):
        return mentions  # "وكان حفتر قد أعلن في 7 مايو": the pluperfect's day is the happening's
    kept = []
    for m in mentions:
        before = [t for t in tokens if t.end <= m.start][-_STATEMENT_REACH:]
        said = next((t for t in reversed(before) if t.key.lstrip("و") in _SAYING or t.key in _SAYING), None)
        if said is None or any(said.end <= s < m.start for s in trigger_starts):
            kept.append(m)
    # only another day replaces the day it was said ("أعلنت، الأحد، ... مطلع الشهر" stays Sunday)
    return kept if any(m.precision == "day" and m.value is not None for m in kept) else mentions
