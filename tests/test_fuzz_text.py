"""Fuzzing what runs on a report's text: sentences, tokens, dates, casualties, numbers, place
mentions, the resolver and the whole extraction.

For any text: nothing escapes but a one-line MarsadError, every span indexes the text it
came from, dates and coordinates are always in range and counts are never negative."""
from __future__ import annotations

from datetime import date

import pytest
from fuzzing import TRIED, any_text, fuzz, report_text
from hypothesis import example, given
from hypothesis import strategies as st

import geo
from events.casualties import find_casualties
from events.dates import date_for_span, find_dates, sentence_date
from events.extract import extract, place_mentions
from events.numbers import fold, parse_number, parse_quantity
from events.read import read_text
from events.records import DATE_PRECISIONS
from events.sentences import split_sentences, tokenize
from geo.errors import MarsadError

# Event dates a report about Libya can tell of; anything else is a misread number.
EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)
# Report dates come from events.read.parse_date, which keeps them within 1900-2100.
anchors = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
langs = st.sampled_from(("ar", "en", "", "fr", "AR", None))


@pytest.fixture(scope="module")
def resolver() -> geo.Resolver:
    return geo.Resolver(gazetteer=geo.load_gazetteer(), offline=True)


def check_span(text: str, start: int, end: int) -> None:
    assert isinstance(start, int) and isinstance(end, int)
    assert 0 <= start <= end <= len(text), (start, end, len(text))


def check_date(value: date | None, precision: str) -> None:
    assert precision in DATE_PRECISIONS
    if value is not None:
        assert isinstance(value, date) and EARLIEST <= value <= LATEST, value
    else:
        assert precision == "unknown"


def check_place(place: geo.Place | None) -> None:
    if place is not None:
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180, place


@given(text=any_text)
@fuzz(150)
@example(text="a.b.c. U.S. Mr. 2.3 «قال»\n\n؟!" * 50)
def test_sentences_and_tokens(text: str) -> None:
    TRIED["sentences"] += 1
    previous_end = 0
    for s in split_sentences(text):
        check_span(text, s.start, s.end)
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
        assert s.start >= previous_end
        previous_end = s.end
    for t in tokenize(text):
        check_span(text, t.start, t.end)


@given(text=any_text, anchor=anchors, lang=langs)
@fuzz(150)
@example(text="4 أبريل 99999999999999999999 و ٣١ فبراير ٢٠١٩ والرابع من الشهر نفسه", anchor=date(2019, 4, 14),
         lang="ar")
@example(text="on 31 February 2019, the 15th of the same month, 4 April 0001", anchor=date(2100, 12, 31), lang="en")
def test_dates(text: str, anchor: date | None, lang: str | None) -> None:
    TRIED["dates"] += 1
    mentions = find_dates(text, anchor, lang)
    for m in mentions:
        check_span(text, m.start, m.end)
        assert text[m.start:m.end] == m.text
        check_date(m.value, m.precision)
    check_date(*date_for_span(mentions, 0, len(text)))
    check_date(*sentence_date(text, anchor, lang))


@given(text=any_text, lang=langs)
@fuzz(150)
@example(text="مقتل " + "1" * 5000 + " شخصا", lang="ar")
@example(text="killed " + "9" * 30 + " people and wounded dozens", lang="en")
def test_casualties(text: str, lang: str | None) -> None:
    TRIED["casualties"] += 1
    c = find_casualties(text, lang)
    for figure in (c.killed, c.wounded):
        assert figure is None or (isinstance(figure, int) and figure >= 0)
    for start, end in c.spans:
        check_span(text, start, end)


@given(text=any_text, anchor=st.sampled_from((date(1, 1, 1), date(9999, 12, 31))), lang=langs)
@fuzz(40)
def test_dates_against_any_anchor(text: str, anchor: date, lang: str | None) -> None:
    """A caller's own anchor at the ends of the calendar: dates stay dates, nothing raises."""
    TRIED["dates"] += 1
    for m in find_dates(text, anchor, lang):
        assert m.value is None or isinstance(m.value, date)


@given(phrase=st.one_of(any_text, st.integers(min_value=0, max_value=10**30).map(str)))
@fuzz(150)
@example(phrase="ألف ألف ألف ألف مليون مليون")
def test_numbers(phrase: str) -> None:
    TRIED["numbers"] += 1
    q = parse_quantity(phrase)
    if q is not None:
        assert isinstance(q.value, int) and q.value >= 0
    n = parse_number(phrase)
    assert n is None or n >= 0
    folded = fold(phrase)
    for start in range(0, len(folded.text) + 1, 7):
        a, b = folded.span(start, min(len(folded.text), start + 3))
        check_span(phrase, a, b)


def test_numbers_with_a_huge_digit_run() -> None:
    assert parse_number("1" * 5000) is None or parse_number("1" * 5000) >= 0


@given(text=any_text)
@fuzz(100)
def test_place_mentions(resolver: geo.Resolver, text: str) -> None:
    TRIED["place mentions"] += 1
    for m in resolver.find_places(text):
        check_span(text, m.start, m.end)
        assert text[m.start:m.end] == m.text
        check_place(m.resolution.place)


_contexts = st.one_of(st.none(), st.builds(
    geo.Context, country=st.sampled_from(("LY", "TN", "", "xx")),
    nearby=st.lists(st.sampled_from(("", "x", "tripoli")), max_size=3).map(tuple),
    parent=st.one_of(st.none(), st.text(max_size=10))))


@given(name=st.one_of(any_text, st.none(), st.integers(), st.lists(st.text(max_size=5), max_size=2),
                      st.text(min_size=300, max_size=2000)),
       context=_contexts)
@fuzz(150)
def test_resolver(resolver: geo.Resolver, name, context) -> None:
    TRIED["resolver"] += 1
    try:
        res = resolver.resolve(name, context)
    except MarsadError as err:
        assert "\n" not in str(err)
        return
    check_place(res.place)
    assert 0.0 <= res.confidence <= 1.0


@given(text=report_text, published=anchors, lang=st.sampled_from(("ar", "en", None)))
@fuzz(60)
def test_extraction(resolver: geo.Resolver, text: str, published: date | None, lang: str | None) -> None:
    TRIED["extraction"] += 1
    try:
        report = read_text(text, published=published, language=lang)
    except MarsadError:
        return  # blank text: the reader says so in one line (fuzzed in test_fuzz_inputs)
    for ev in extract(report, resolver):
        check_span(report.text, ev.evidence_start, ev.evidence_end)
        assert report.text[ev.evidence_start:ev.evidence_end] == ev.evidence
        check_date(ev.event_date, ev.date_precision)
        if ev.latitude is not None:
            assert -90 <= ev.latitude <= 90 and -180 <= ev.longitude <= 180
        for count in (ev.fatalities, ev.injuries):
            assert count is None or count >= 0
        assert 0.0 <= ev.confidence <= 1.0
    for row in place_mentions(report, resolver):
        assert report.text[row["start"]:row["end"]] == row["text"]
