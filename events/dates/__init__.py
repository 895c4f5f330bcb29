"""Dates in Arabic and English report text, resolved against the report's publication date.

    find_dates(text, anchor, lang) -> list[DateMention]      # every date expression, in order
    date_for_span(mentions, start, end) -> (date | None, precision)
    sentence_date(sentence, anchor, lang) -> (date | None, precision)

Where things are: ``base`` (the mention record, calendar arithmetic, numeric patterns,
``DateLanguage``), ``ar`` and ``en`` (each language's words, patterns and own rules),
``languages`` (the list of languages and the word tables merged across them), ``resolve``
(a matched expression -> value and precision). A new language (French, a Maghrebi dialect
written apart) is one module building a ``DateLanguage`` and one line in ``languages``.

Rules written for this project (no dateparser on any path: it is slow, misses ordinal days,
Levantine/Maghrebi month names, الماضي/المقبل and "the same month", and takes a lone month's
day from the anchor). Text is folded first (أ/إ/آ -> ا, ى -> ي, ة -> ه, Arabic-Indic and
Persian digits -> ASCII, diacritics/tatweel dropped) and spans are mapped back, so
``text[m.start:m.end] == m.text`` always.

What a value means — the event happened within the period that *starts* at ``value``:
  day     that day;
  week    the 7 days value .. value+6;
  month   the calendar month (value is its 1st);
  year    the calendar year (value is 1 January);
  unknown value is None (a vague or unresolvable expression: "قبل أشهر", "months ago",
          any relative expression when anchor is None, a day and month with no year known).

Decisions:
- A day and month with no year takes the year of the last explicit year written with a month
  earlier in the text, else the latest such date no more than 7 days after the anchor
  (reports look back; "On 18 June" in a July report is this June).
- Month names: all three systems (أبريل/نيسان/أفريل, and Moroccan يناير/ماي/يوليوز...), also
  doubled "نيسان/أبريل", "أبريل (نيسان)". "آب", "ماي", "مارس" (also "father", "my", "he
  practised") and English "May"/"March" need a day, a year, "شهر", or a preposition.
- "أبريل الماضي" is the latest April before the anchor's month; "الرابع من أبريل الماضي" the
  latest 4 April before the anchor; المقبل/القادم the next ones; الجاري/الحالي the anchor's year.
- "الخامس عشر من الشهر نفسه/ذاته" / "the 15th of the same month": the month of the previous
  mention that knew its month (else the anchor's month); "في اليوم نفسه"/"the same day" the
  previous day-precision mention; "the next/following day", "اليوم التالي" its day after.
- Parts of a month are week precision: early (مطلع/بداية/أوائل/مستهل/أول/early/beginning) the
  1st–7th; mid (منتصف/أواسط/mid/middle) the 12th–18th; late/end (أواخر/نهاية/آخر/ختام/late/end)
  the last 7 days ("مع نهاية أبريل" 2019 -> 2019-04-24, week). Parts of a year are month
  precision (January, July, December).
- Weekdays: "الأحد"/"يوم الأحد"/"on Sunday" the latest Sunday on or before the anchor
  ("اليوم الأحد" on a Sunday is the anchor itself); "الأحد الماضي"/"last Sunday" strictly
  before; المقبل/"next Sunday" strictly after. Time-of-day words (فجر، صباح، مساء، ليلة ...)
  are part of the span and do not move the date.
- Relative: اليوم/today = anchor; أمس/yesterday -1; أمس الأول/أول أمس -2 (a weekday named
  with any of them, "اول امس السبت", is the day meant when it lies up to 3 days before, or,
  for اليوم, the day after); "قبل N أيام"/"منذ N أيام"/"N days ago" -N (day); "قبل أسبوع"/"a week ago"
  week precision around anchor-7 (value anchor-10); "قبل أيام"/"a few days ago"/"خلال الأيام الماضية"/"in recent days"/"over the past
  few days" week precision starting anchor-6; "الأسبوع الماضي"/"last week" the previous
  ISO week (Monday start); "هذا الأسبوع" this ISO week; "الشهر الماضي"/"last month" and
  "N months ago" month precision; "العام الماضي"/"last year" year precision; "قبل أشهر",
  "منذ سنوات", "months ago" (no number): unknown; "قبل أسابيع"/"الأسابيع الماضية" the month
  three weeks before the anchor (month precision). "خلال الساعات الماضية"/"in the past 24
  hours": the anchor (day). "الصيف الماضي"/"last summer" (and winter, spring, autumn): the
  season's middle month, in the latest year whose season had ended by the anchor (month
  precision; "last summer" in July is the summer before).
- A year alone needs a cue ("عام 2011", "سنة 2011", "أعوام 2005-2006", "2011م", "في/منذ/خلال
  2011", "اعتبارا من 1976", "in/since 2011", or a line that opens on it: "1978 - اغتيال ...",
  a chronicle's line) so counts like "2000 مقاتل" are not years.
- Numeric: yyyy-mm-dd, yyyy/mm/dd, dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy (day first, as in
  Libyan and British usage; month first only when the second number is > 12: 04/13/2019).
- "on the 22nd": that day of the month of the previous mention, else of the anchor's month
  (the previous month when the day is more than a week ahead of the anchor).
- "over the weekend": week precision starting from the last Friday on or before the anchor.
- Spans leave attached clitics (و ف ب ل) and a bare preposition (في, on) outside; they keep
  words that change the meaning (خلال الأيام الماضية, last Sunday, at the end of April).
- Overlapping candidates: the longest wins ("اليوم الأحد" over "الأحد").

``sentence_date`` returns the most specific resolved mention in the sentence (day > week >
month > year; among equals one that names its date — digits or a month — over a relative
one, then the first), or ``(None, "unknown")`` when the sentence has no
resolvable date: it never falls back to the anchor itself — the caller decides whether to use
the report date and how to mark that precision. Calling it sentence by sentence loses the
"same month" carry between sentences; extraction should call ``find_dates`` once on the whole
report and ``date_for_span`` per sentence.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Iterable, Sequence

from events.dates.base import PRIORITY, RANK, DIGIT_KINDS, DateLanguage, DateMention, Occupied
from events.dates.languages import BY_CODE, LANGUAGES
from events.dates.resolve import Context, resolve
from events.numbers import fold

__all__ = ["DateMention", "find_dates", "sentence_date", "date_for_span", "Occupied"]


def _candidates(folded: str, lang: DateLanguage):
    """(start, end, kind, match) for every pattern that matches where a word may begin it:
    one trie-regex scan finds those words, then only their patterns are tried there, which
    keeps the cost per report to a few dozen anchored matches instead of 20 full scans."""
    table, patterns = lang.start, lang.patterns
    for t in lang.trigger.finditer(folded):
        word = t.group("w")
        kinds: Iterable[str] = table[word.lower()] if word else DIGIT_KINDS
        pos = t.start()
        for kind in kinds:
            pat = patterns.get(kind)
            if pat is None:
                continue
            m = pat.match(folded, pos)
            if m is not None:
                s, e = m.span("body")
                if e > s:
                    yield s, e, kind, m


def _languages(code: str, folded: str) -> list[DateLanguage]:
    """The report's own language when it is one we read; otherwise every language whose
    script the text may be in."""
    if code in BY_CODE:
        return [BY_CODE[code]]
    return [lang for lang in LANGUAGES if lang.detect(folded)]


_NAMES_BEFORE = [lang.name_before for lang in LANGUAGES if lang.name_before is not None]
_NAMES_AFTER = [lang.name_after for lang in LANGUAGES if lang.name_after is not None]


def _is_name(ft: str, s: int, e: int) -> bool:
    """"كتيبة 17 فبراير", "ثورة 17 فبراير", "the 17 February Brigade": a name, not a date."""
    before, after = ft[max(0, s - 14):s], ft[e:e + 14]
    return any(p.search(before) for p in _NAMES_BEFORE) or any(p.search(after) for p in _NAMES_AFTER)


def find_dates(text: str, anchor: date | None, lang: str) -> list[DateMention]:
    """Every date expression in ``text``, in order, non-overlapping (the longest wins),
    resolved against ``anchor`` (the report's publication date, or None)."""
    if not isinstance(text, str) or not text:
        return []
    if isinstance(anchor, datetime):
        anchor = anchor.date()  # a datetime does not compare with a date
    elif anchor is not None and not isinstance(anchor, date):
        anchor = None
    f = fold(text)
    ft = f.text
    cands = []
    for language in _languages((lang or "").lower()[:2], ft):
        cands.extend((s, e, k, m, language) for s, e, k, m in _candidates(ft, language))
    # Longest wins; then the more specific pattern; then the earlier one.
    cands.sort(key=lambda c: (-(c[1] - c[0]), PRIORITY[c[2]], c[0]))
    taken: list[tuple[int, int, str, re.Match, DateLanguage]] = []
    occupied = Occupied()
    for c in cands:
        if occupied.take(c[0], c[1]):
            taken.append(c)
    taken.sort(key=lambda c: c[0])
    ctx = Context(anchor)
    out: list[DateMention] = []
    last_end = 0
    for s, e, kind, m, language in taken:
        if ctx.year is not None and "\n" in ft[last_end:s]:
            # a year written with a month dates what its paragraph tells; a later paragraph's
            # "ليل السادس من أغسطس" is this year's, not that of "آذار/مارس 2014" above it
            # (unless it lies close to the last day told in that year: resolve.CHRONICLE_DAYS)
            ctx.year_above, ctx.year = ctx.year, None
        last_end = e
        try:
            got = resolve(kind, m.groupdict(), language, ctx, ft[s:e], ft[max(0, s - 8):s])
        except (ValueError, OverflowError, KeyError, TypeError):
            got = None  # a malformed number in an odd text: not a date, never a crash
        if got is None:
            continue
        value, precision = got
        if precision == "day" and _is_name(ft, s, e):
            continue
        if value is not None and precision == "day":
            ctx.day = value
        os_, oe = f.span(s, e)
        out.append(DateMention(os_, oe, text[os_:oe], value, precision))
    return out


# A mention that names its date (digits, a month) beats a relative one of the same precision:
# "today's fighting ... on 22 June" is 22 June.
_ABSOLUTE = re.compile(r"\d|[٠-٩۰-۹]|" + "|".join(lang.absolute for lang in LANGUAGES), re.IGNORECASE)
_SINCE = re.compile(r"\s*(?:" + "|".join(lang.since for lang in LANGUAGES) + r")\b", re.IGNORECASE)


def names_its_date(text: str) -> bool:
    """Whether a date mention names its date (digits, a month: "22 يوليو", "نهاية يوليو"),
    not one relative to the report's ("أمس", "three weeks ago")."""
    return _ABSOLUTE.search(text) is not None


def date_for_span(mentions: Sequence[DateMention], start: int, end: int) -> tuple[date | None, str]:
    """The most specific resolved mention lying within [start, end) (day > week > month >
    year; among equals one naming its date (digits, a month) over a relative one, then the
    first); (None, "unknown") if none."""
    best: DateMention | None = None
    best_key: tuple[int, int] | None = None
    for m in mentions:
        if m.value is None or m.start < start or m.end > end:
            continue
        # "منذ 4 سنوات" / "since 2014" says how long a state has lasted, not when the
        # event told beside it happened: the last choice among equals.
        key = (RANK[m.precision], 2 if _SINCE.match(m.text) else 0 if _ABSOLUTE.search(m.text) else 1)
        if best_key is None or key < best_key:
            best, best_key = m, key
    return (best.value, best.precision) if best else (None, "unknown")


def sentence_date(sentence: str, anchor: date | None, lang: str) -> tuple[date | None, str]:
    """When an event in this sentence happened, from the sentence alone: the most specific
    resolved date mention, or (None, "unknown") — never the anchor by default; the caller
    falls back to the report date and marks that precision itself."""
    if not isinstance(sentence, str):
        return None, "unknown"
    return date_for_span(find_dates(sentence, anchor, lang), 0, len(sentence))
