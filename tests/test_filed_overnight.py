"""A report filed overnight (before 04:00 UTC) tells the day before's news: what it says with
no day of its own is dated the day before, as EVENT_CODING's coders date it ("published 01:58
GMT Thursday, so dated Wednesday"). The filing time comes from the metadata, with its zone."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from events.extract import explain, extract
from events.pipeline.explain import lines
from events.read import read_reports, read_text
from events.report_meta import build_report, parse_filed

STRIKE = "أعلن الجيش الوطني الليبي في بيان عن قيام قواته الجوية باستهداف غرفة عمليات المسلحين داخل مدينة درنة."


@pytest.mark.parametrize("value, utc", [
    ("Sun, 20 May 2018 01:01:43 GMT", datetime(2018, 5, 20, 1, 1, 43, tzinfo=timezone.utc)),  # the ANT corpus's <TIME>
    ("Thu, 05 Apr 2018 07:58:55 +0400", datetime(2018, 4, 5, 3, 58, 55, tzinfo=timezone.utc)),
    ("2018-05-20T01:30:00+02:00", datetime(2018, 5, 19, 23, 30, tzinfo=timezone.utc)),
    ("2018-05-20T01:30:00Z", datetime(2018, 5, 20, 1, 30, tzinfo=timezone.utc)),
])
def test_a_time_with_its_zone_is_read_in_utc(value, utc):
    assert parse_filed(value) == utc


@pytest.mark.parametrize("value", [
    "2018-05-20T01:30:00",  # no zone: the outlet's clock or the crawler's?
    "Thu, 05 Apr 2018 07:58:55 -0000",  # RFC 5322's "zone unknown"
    "2018-05-20", "14/06/2015", "20 May 2018", "", None, 20180520, "at 12:30 or so",
])
def test_no_time_or_no_zone_gives_no_filing_time(value):
    assert parse_filed(value) is None


def test_a_plain_date_beside_a_raw_time_takes_its_time_when_they_agree():
    """The shared ANT file: "date": "2018-05-20", "time_raw": "Sun, 20 May 2018 01:01:43 GMT"."""
    r = build_report("نص", {"date": "2018-05-20", "date_fallback": "Sun, 20 May 2018 01:01:43 GMT"}, "x")
    assert (r.published, r.filed) == (date(2018, 5, 20), datetime(2018, 5, 20, 1, 1, 43, tzinfo=timezone.utc))
    other_day = build_report("نص", {"date": "2018-05-21", "date_fallback": "Sun, 20 May 2018 01:01:43 GMT"}, "x")
    assert other_day.filed is None
    month = build_report("نص", {"date": "2018-05", "date_fallback": "Sun, 20 May 2018 01:01:43 GMT"}, "x")
    assert month.filed is None


@pytest.mark.parametrize("published, day", [
    ("Sun, 20 May 2018 01:01:43 GMT", date(2018, 5, 19)),  # 03:01 in Libya: the night's news
    ("2018-05-20T01:30:00+02:00", date(2018, 5, 19)),  # after midnight by its own clock
    ("Sun, 20 May 2018 03:59:00 GMT", date(2018, 5, 19)),
    ("Sun, 20 May 2018 04:00:00 GMT", date(2018, 5, 20)),  # morning: the day's own news
    ("Sun, 20 May 2018 14:26:36 GMT", date(2018, 5, 20)),
    ("2018-05-20T23:30:00-05:00", date(2018, 5, 20)),  # already the 21st in UTC: its evening, not its night
    ("2018-05-20", date(2018, 5, 20)),  # no time: the publication day, as before
])
def test_news_with_no_day_of_its_own_takes_the_night_into_account(published, day, resolver):
    (e,) = extract(read_text(STRIKE, published=published), resolver)
    assert (e.event_date, e.date_precision) == (day, "day")


@pytest.mark.parametrize("text, day", [
    ("قصفت طائرات الجيش مواقع المسلحين في مدينة درنة أمس.", date(2018, 5, 19)),  # "yesterday" is the report's
    ("قصفت طائرات الجيش مواقع المسلحين في مدينة درنة يوم الجمعة.", date(2018, 5, 18)),
    ("قصفت طائرات الجيش مواقع المسلحين في مدينة درنة اليوم الأحد.", date(2018, 5, 20)),
])
def test_a_day_the_report_names_is_not_moved(text, day, resolver):
    (e,) = extract(read_text(text, published="Sun, 20 May 2018 01:01:43 GMT"), resolver)
    assert e.event_date == day


def test_english_reports_too(resolver):
    (e,) = extract(read_text("Heavy clashes broke out in Sirte between the army and armed groups.",
                             published="2019-04-10T00:40:00Z", language="en"), resolver)
    assert e.event_date == date(2019, 4, 9)


def test_explain_says_why_the_day_before(resolver):
    events, trace = explain(read_text(STRIKE, published="Sun, 20 May 2018 01:01:43 GMT"), resolver)
    said = "\n".join(lines(events, trace))
    assert "the day before the report's, filed overnight (01:01 UTC)" in said, said


def test_an_ant_style_jsonl_line_is_read_with_its_filing_time(tmp_path: Path, resolver):
    """The shape of ../shared/data/ant_libya_arabic_news.jsonl: a plain date and a raw <TIME>."""
    line = {"docno": "SK-x", "date": "2018-06-16", "time_raw": "Sat, 16 Jun 2018 00:24:37 GMT",
            "title": "الجيش يقصف", "text": STRIKE}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    (report,) = list(read_reports([path]))
    assert report.filed == datetime(2018, 6, 16, 0, 24, 37, tzinfo=timezone.utc)
    assert {e.event_date for e in extract(report, resolver)} == {date(2018, 6, 15)}


def test_a_sidecar_keeps_the_lines_time_unless_it_gives_a_date(tmp_path: Path):
    line = {"date": "2018-06-16", "time_raw": "Sat, 16 Jun 2018 00:24:37 GMT", "text": STRIKE}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    sidecar = tmp_path / "a.jsonl.meta.json"
    sidecar.write_text(json.dumps({"source": "Sky News Arabia"}), encoding="utf-8")
    (report,) = list(read_reports([path]))
    assert (report.source, report.filed) == ("Sky News Arabia", datetime(2018, 6, 16, 0, 24, 37, tzinfo=timezone.utc))
    sidecar.write_text(json.dumps({"date": "2018-06-17"}), encoding="utf-8")
    (report,) = list(read_reports([path]))
    assert (report.published, report.filed) == (date(2018, 6, 17), None)
