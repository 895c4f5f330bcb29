"""Stage "recalled" (an event stage, right after the build): the report's time window.

A news report tells of what happened in the days around its publication (EVENT_CODING:
roughly the month before). A happening whose whole date lies more than ``WINDOW_DAYS``
before the report's date — the 2011 war, a birth year, an offensive "launched on 4 April"
in a September report — is background the report recalls: it is kept, flagged
``context=True``, for a reader who wants it, and is never one of the report's events
(``extract`` leaves context out unless asked). A happening dated after the report's date
(elections "next December") is a plan, not an event: dropped. A happening the report
dates only by a year ("35 killed in bombings of two mosques this year") is a tally of the
year, not a happening it tells: context too, unless the report itself is dated no finer; so
is a toll of a thousand dead or more, which no one happening here reaches. A
report without a date decides nothing here. A happening abroad the report dates before its
window and names again with no date ("تفجير مانشستر ... العام الماضي" and later "هجوم
مانشستر") is that recalled happening in each telling.

An operation's launch the report tells as announced ("أعلن القائد العام ... بدء عملية عسكرية
لتحرير درنة") is the announcement itself, which EVENT_CODING counts as no event (a statement):
it is kept as context too; the fighting the report tells (a shelling "now", a town taken) is
the event. A launch told with no announcing ("launched an offensive on the airport") stays.

A call, a meeting or a visit between leaders ("اتصل الرئيس ... بالمشير", "met with") is
context for the same reason; the seed's 15 April call is both.

An agreement reached (a truce, "وقف إطلاق النار", a prisoner exchange) is context as well:
EVENT_CODING lists negotiations and accords among what is not an event and its coders never
code one, though ACLED has a sub-type for them (`--explain` and `extract(..., context=True)`
list it).

A happening with no date of its own (the report's date stands in) in a report longer than
``FEATURE_CHARS`` is context too: such a report is a feature or an analysis, which tells its
happenings in passing ("قامت عناصر متطرفة بتصفية أسرة العقيد ... في ترهونة"), months back as
often as not; so is one it dates only by a month ("قبل شهر": the Sousse attack in a column,
a US strike in an analysis). One the feature dates ("أمس", a weekday) is its news.
"""
from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from events.pipeline.cues import cue
from events.pipeline.doc import Doc
from events.records import Event
from events.sentences import tokenize

_ANNOUNCING = cue("announce") | cue("announcement")
_LAUNCH = cue("launch_word")
# "استمرت الاشتباكات", "تجدد القتال", "fighting continued": told as going on now
_GOING_ON = frozenset(t.key for t in tokenize(
    "استمرت استمر تستمر يستمر تواصلت تواصل تتواصل يتواصل تجددت تجدد متواصلة مستمرة continued continues continuing"))
LAUNCH_REACH = 14  # "أعلن القائد العام للقوات المسلحة الليبية المشير خليفة حفتر، الاثنين، بدء عملية"
WINDOW_DAYS = 31  # EVENT_CODING: "roughly the month before" publication
AHEAD_DAYS = 1  # a report filed after midnight may date its news "tomorrow" by its own clock
# No one happening of these wars has killed a thousand: a toll that large ("حصيلة قتلى بلغت 1222
# شخصا ... حتى العاشر من مايو", the year's drowned) sums many.
TALLY_DEAD = 1000
# A report this long is a feature or an analysis (Asharq al-Awsat's of 12,000–16,000
# characters), whose happenings with no date of their own are told in passing, months or
# years back as often as not; wire items and dispatches run to a few thousand
FEATURE_CHARS = 8000


def span(d: date, precision: str) -> tuple[date, date]:
    """The first and last day a date at this precision may mean."""
    if precision == "week":
        return d, d + timedelta(days=6)
    if precision == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    return d, d


def when_told(e: Event, published: date | None, report_precision: str = "day") -> str:
    """'' for the report's news; 'recalled' for a happening from before its window;
    'ahead' for one dated after the report (a plan)."""
    if published is None or e.event_date is None or e.date_precision == "unknown":
        return ""
    first, last = span(e.event_date, e.date_precision)
    if (published - last).days > WINDOW_DAYS:
        return "recalled"
    if (first - published).days > AHEAD_DAYS:
        return "ahead"
    if e.date_precision == "year" and report_precision in ("day", "week", "month"):
        return "recalled"
    return ""


def recalled(doc: Doc) -> None:
    published = doc.report.published
    if published is None:
        return
    out = []
    for e in doc.events:
        kind = when_told(e, published, doc.report.date_precision)
        if kind == "ahead":
            if doc.trace is not None:
                doc.trace.gone(e, "recalled", f"dated {e.event_date} ({e.date_precision}), after the report's "
                                              f"date {published}: a plan or an expectation, not a happening")
            continue
        if kind == "" and _launch_announced(e):
            e = _as_context(doc, e, "a launch announced is the statement itself (EVENT_CODING: not an event)")
        if kind == "" and e.sub_event_type == "Agreement":
            e = _as_context(doc, e, "an agreement (a truce, a ceasefire, an exchange) ends or pauses violence; "
                                    "EVENT_CODING and the issue count accords and negotiations as no event")
        if kind == "" and e.id in doc.undated and len(doc.text) > FEATURE_CHARS:
            e = _as_context(doc, e, f"no date of its own in a feature of {len(doc.text):,} characters: "
                                    "told in passing, not the report's news of its days")
        if kind == "" and e.date_precision == "month" and len(doc.text) > FEATURE_CHARS:
            e = _as_context(doc, e, f"dated only by its month in a feature of {len(doc.text):,} "
                                    "characters: recalled in passing, not the report's news of its days")
        if kind == "" and (e.fatalities or 0) >= TALLY_DEAD:
            e = _as_context(doc, e, f"{e.fatalities:,} dead: a toll of many happenings (a tally), not one")
        if kind == "" and e.id in doc.talks:
            e = _as_context(doc, e, "a call, a meeting or a visit between leaders (EVENT_CODING: meetings and "
                                    "negotiations are no event)")
        if kind == "recalled":
            e = _as_context(doc, e, f"dated only by its year ({e.event_date.year}): a tally of the year"
                            if e.date_precision == "year" and e.event_date.year == published.year else
                            f"dated {e.event_date} ({e.date_precision}), more than {WINDOW_DAYS} days before the "
                            f"report's date {published}")
        out.append(e)
    doc.events = _abroad_recalled(doc, out, published)


def _as_context(doc: Doc, e: Event, why: str) -> Event:
    new = replace(e, context=True)
    if doc.trace is not None:
        doc.trace.carry([e], new, "recalled", "exists", f"context, not one of the report's events: {why}")
    return new


_TAKINGS = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                      "Non-violent transfer of territory"})


def _abroad_recalled(doc: Doc, events: list[Event], published: date) -> list[Event]:
    """"تفجير مانشستر الدامي ... العام الماضي ... وأحد الخطوط التي يتابعها فريق التحقيق في
    هجوم مانشستر": a happening abroad the report dates before its window, told again with no
    date of its own (so with the report's), is that recalled happening, context too, unless
    told as going on ("استمرت الاشتباكات"). (Only abroad: a Libyan town's old war and its
    fighting today are both news.)"""
    # not a taking recalled: "ماريوبول ... التي انتزعتها روسيا العام الماضي" says who holds
    # ground, and today's attack near it is news
    old = {e.place_id for e in events if e.context and e.in_libya is False and e.place_id is not None
           and e.sub_event_type not in _TAKINGS}
    if not old or len(doc.drafts) != len(events):
        return events
    out = []
    for d, e in zip(doc.drafts, events):
        if not e.context and e.in_libya is False and e.place_id in old and e.event_date == published \
                and not d.happening.dates and not any(m.value is not None for m in d.dates) \
                and not any(t.key in _GOING_ON for t in tokenize(d.sentence.text)):
            new = replace(e, context=True)
            if doc.trace is not None:
                doc.trace.carry([e], new, "recalled", "exists", "context, not one of the report's events: the "
                                "happening abroad the report dates before its window, told again with no date")
            e = new
        out.append(e)
    return out


def _launch_announced(e: Event) -> bool:
    if e.sub_event_type != "Change to group/activity":
        return False
    keys = [t.key.lstrip("و") for t in tokenize(e.evidence)]
    return any(k in _LAUNCH and any(w in _ANNOUNCING for w in keys[max(0, i - LAUNCH_REACH):i])
               for i, k in enumerate(keys))
