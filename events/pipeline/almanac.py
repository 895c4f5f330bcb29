"""An almanac ("حدث في 11 سبتمبر", "في مثل هذا اليوم", "On this day in history"): a report
that lists what happened on this calendar day in past years. Its lines ("بريطانيا تقصف
بيروت", "هجوم بالطائرات يستهدف مركز التجارة العالمي") are history written in the present
tense, mostly without their year.

- report stage "almanac": does the title or the opening name the report as one
  (``almanac_phrase`` rows of ``events/lexicon/cues.csv``);
- sentence stage "almanac_line": in an almanac, a sentence with no date of its own is a
  line of the chronicle, not news; in any report, so is one that says "في مثل هذا اليوم"
  (on this day, of a past year). A dated one goes on, and the "recalled" stage judges
  its date against the report's like any other.
"""
from __future__ import annotations

from events.pipeline.cues import openings
from events.pipeline.doc import Clause, Doc
from events.sentences import tokenize

OPENING_CHARS = 600  # an almanac says so in its title or first paragraph

_PHRASES = openings("almanac_phrase")
_THIS_DAY = "مثل هذا اليوم"  # looked for in the sentence: a comma may split it off its clause
_LATER = frozenset({"بعد", "وبعد", "ثم", "وبعدها"})
_SPANS = frozenset(t.key for t in tokenize("أيام ايام يومين أسابيع اسابيع أسبوع اسبوع شهر شهرين أشهر اشهر ساعات ذلك"))


def almanac(doc: Doc) -> None:
    # the report's own tokens for its opening (tokenising it again cost 6 % of a report)
    opening = (t.key for t in doc.tokens if t.end <= OPENING_CHARS)
    keys = " " + " ".join(t.key for t in tokenize(doc.report.title or "")) + " " + " ".join(opening) + " "
    hit = next((p for p in _PHRASES if f" {p} " in keys), "")
    doc.almanac = f"the report is a chronicle of past days ('{hit}')" if hit else ""


def almanac_line(doc: Doc, c: Clause) -> bool:
    if not doc.almanac:
        if _THIS_DAY in c.sentence.text:  # "هذا اليوم" reads as the report's day, but the year is a past one
            # "وفي مثل هذا اليوم، خرج متظاهرون في العاصمة دمشق": an anniversary told in passing
            if doc.trace is not None:
                doc.trace.note(c, "almanac_line", "background: 'on this day' of a past year")
            return False
        if _sequel_of_this_day(doc, c):
            if doc.trace is not None:
                doc.trace.note(c, "almanac_line", "background: 'days later' than the 'on this day' of a past "
                                                  "year the sentence before told")
            return False
        return True
    day = doc.report.published
    # "في 1 سبتمبر/ أيلول ... عام 1939": the almanac's own day, written out, is this day of a
    # past year; the year named beside it (if any) dates the line
    c.dates = [m for m in c.dates
               if not (m.value == day and m.precision == "day" and any(ch.isdigit() for ch in m.text))]
    if any(m.value is not None for m in c.dates):
        return True
    if doc.trace is not None:
        doc.trace.note(c, "almanac_line", f"background: {doc.almanac}, and the line has no date of its own")
    return False


def _sequel_of_this_day(doc: Doc, c: Clause) -> bool:
    """"وفي مثل هذا اليوم، خرج متظاهرون في دمشق ... وبعد أيام قليلة، انتقلت عدوى المظاهرات
    إلى مدينة درعا": a sentence with no date of its own that goes on "days later" from the
    anniversary the sentence before it told is that past year's too."""
    keys = [t.key for t in c.tokens[:3]]
    if len(keys) < 2 or keys[0] not in _LATER or not any(k in _SPANS for k in keys[1:]):
        return False
    if any(m.value is not None and any(ch.isdigit() for ch in m.text) for m in c.dates):
        return False
    before = doc.report.text[:c.sentence.start].rstrip()[:-1]  # the sentence before, its end left off
    opening = max(before.rfind(ch) for ch in ".!?؟\n") + 1
    return _THIS_DAY in before[opening:]
