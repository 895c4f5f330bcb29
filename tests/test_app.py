"""The page under streamlit.testing.v1.AppTest (no browser): widgets, the query parameters that
hold the filter state, the table, the report view, adding a report; and the report view's HTML."""
from __future__ import annotations

import html
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import report_view
from events.records import report_id
from tests.browser import XSS_TEXT, sample_reports, sample_store

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
TIMEOUT = 120  # the first run imports pandas, folium, the gazetteer…


@pytest.fixture()
def db(tmp_path, monkeypatch) -> Path:
    path = sample_store(tmp_path / "marsad.sqlite")
    monkeypatch.setenv("MARSAD_DB", str(path))
    return path


def run(at: AppTest) -> AppTest:
    at.run(timeout=TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    return at


def table_rows(at: AppTest) -> int:
    return len(at.dataframe[0].value)  # the events table comes first


def page(db: Path, **params: str | list[str]) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(params)
    return run(at)


def test_page_renders_title_status_and_every_filter(db):
    at = page(db)
    assert at.title[0].value == "Marsad — مرصد"
    status = at.markdown[0].value
    assert "5 events" in status and "4 reports" in status and "2019-04-06" in status
    for key in ("f_dates",):
        assert at.slider(key=key) is not None
    for key in ("f_actors", "f_types", "f_subtypes", "f_admin1"):
        assert at.multiselect(key=key) is not None
    assert at.checkbox(key="f_undated").value is True or at.checkbox(key="f_undated").value is False
    assert at.number_input(key="f_minfat").value == 0
    assert at.text_input(key="f_text").value == ""
    assert table_rows(at) == 5
    assert set(at.multiselect(key="f_types").options) >= {"Battles", "Protests", "Explosions/Remote violence"}
    assert not at.error


def test_actor_labels_show_english_and_arabic_where_the_lexicon_has_them(db):
    at = page(db)
    options = at.multiselect(key="f_actors").options
    assert any(o.startswith("LNA — ") and "الجيش" in o for o in options), options
    assert "Protesters (Libya)" in options  # unknown to the lexicon: plain name


def test_changing_a_filter_changes_the_table_and_the_url(db):
    from dashboard.filters import Filters

    at = page(db)
    assert dict(at.query_params) == {} or Filters.from_query_params(at.query_params) == Filters()
    at.multiselect(key="f_types").set_value(["Battles"])
    run(at)
    assert table_rows(at) == 2
    assert Filters.from_query_params(at.query_params).event_types == ("Battles",)

    at.number_input(key="f_minfat").set_value(3)
    run(at)
    assert table_rows(at) == 1  # the Tripoli clash (5 killed); Sirte had 2
    f = Filters.from_query_params(at.query_params)
    assert f.event_types == ("Battles",) and f.min_fatalities == 3


def test_query_params_set_the_filters(db):
    from dashboard.filters import Filters

    params = Filters(event_types=("Explosions/Remote violence",)).to_query_params()
    at = page(db, **params)
    assert at.multiselect(key="f_types").value == ["Explosions/Remote violence"]
    assert table_rows(at) == 2


def test_query_params_dates_and_text_are_applied(db):
    from datetime import date

    from dashboard.filters import Filters

    params = Filters(date_from=date(2019, 5, 1), date_to=date(2019, 9, 30)).to_query_params()
    at = page(db, **params)
    # The slider stops at the last event (09-19); the link keeps its own end date.
    assert tuple(at.slider(key="f_dates").value) == (date(2019, 5, 1), date(2019, 9, 19))
    assert table_rows(at) == 3  # Benghazi, Sirte, Murzuq
    assert Filters.from_query_params(at.query_params).date_to == date(2019, 9, 30)

    at.slider(key="f_dates").set_value((date(2019, 4, 6), date(2019, 5, 31)))
    run(at)
    assert table_rows(at) == 3  # Tripoli, Misrata, Benghazi
    f = Filters.from_query_params(at.query_params)
    assert (f.date_from, f.date_to) == (None, date(2019, 5, 31))  # from the first day: no lower limit

    at = page(db, **Filters(text="Murzuq").to_query_params())
    assert at.text_input(key="f_text").value == "Murzuq"
    assert table_rows(at) == 1


def test_a_link_with_an_actor_the_data_lacks_keeps_it_and_shows_nothing(db):
    from dashboard.filters import Filters

    at = page(db, **Filters(actors=("Nobody at all",)).to_query_params())
    assert at.multiselect(key="f_actors").value == ["Nobody at all"]
    assert table_rows(at) == 0
    assert not at.exception


def test_report_view_shows_markup_as_text(db):
    at = page(db)
    select = at.selectbox(key="report")
    select.set_value(report_id(XSS_TEXT))
    run(at)
    shown = [h.proto.body for h in at.get("html")]
    report = next(b for b in shown if "marsad-report" in b)
    assert "<script>" not in report and "<img" not in report
    body = report[report.index('class="marsad-report"'):]
    assert XSS_TEXT in html.unescape(_strip_tags(body[body.index(">") + 1:]))
    assert 'dir="ltr"' in report


def test_arabic_report_is_right_to_left_with_places_marked(db):
    at = page(db)
    select = at.selectbox(key="report")
    select.set_value(next(r.id for r, _ in sample_reports() if r.language == "ar"))
    run(at)
    report = next(h.proto.body for h in at.get("html") if "marsad-report" in h.proto.body)
    assert 'dir="rtl"' in report
    assert '<span class="mv-ev"' in report  # the events' sentences


def test_no_store_given_is_one_clear_line(monkeypatch):
    monkeypatch.delenv("MARSAD_DB", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run(timeout=TIMEOUT)
    assert not at.exception
    assert "marsad dashboard --db FILE" in at.error[0].value


def test_a_file_that_is_not_a_store_is_one_clear_line(tmp_path, monkeypatch):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are my notes, not a database")
    monkeypatch.setenv("MARSAD_DB", str(bad))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run(timeout=TIMEOUT)
    assert not at.exception
    assert "not an SQLite database" in at.error[0].value
    assert "Traceback" not in at.error[0].value


def test_empty_form_says_what_to_do(db):
    at = page(db)
    at.button(key="add_extract").click()
    run(at)
    assert any("Paste a report's text" in e.value for e in at.error)


def test_pasting_extracting_and_storing_a_report(db):
    pytest.importorskip("events.extract")
    from datetime import date

    text = ("قصف جوي على مدينة مصراتة أمس أسفر عن مقتل 4 أشخاص، "
            "واندلعت اشتباكات عنيفة في طرابلس بين قوات حفتر وقوات حكومة الوفاق.")
    at = page(db)
    before = table_rows(at)
    at.text_area(key="add_text").set_value(text)
    at.date_input(key="add_date").set_value(date(2019, 7, 2))
    at.text_input(key="add_title").set_value("Pasted in a test")
    at.button(key="add_extract").click()
    run(at)
    assert not at.error, [e.value for e in at.error]
    preview = at.dataframe[1].value  # the form's preview, below the events table
    assert len(preview) >= 1
    at.button(key="add_store").click()
    run(at)
    assert table_rows(at) == before + len(preview)
    assert any("Stored" in s.value for s in at.success)


# ---------------------------------------------------------------- the report view's HTML

def test_marked_html_escapes_everything():
    text = XSS_TEXT
    marks = [report_view.Mark(0, 30, "evidence", 'x"><script>alert(1)</script>'),
             report_view.Mark(text.index("Sirte"), text.index("Sirte") + 5, "place", "Sirte <b>city</b>")]
    out = report_view.marked_html(text, marks)
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert html.unescape(_strip_tags(out)) == text


def test_overlapping_marks_keep_the_text_whole():
    text = "ميليشيات طرابلس والجيش الوطني الليبي"
    marks = report_view.term_marks(text, {"ميليشيات طرابلس": "Tripoli militias", "الجيش": "army",
                                          "الجيش الوطني الليبي": "LNA"})
    marks.append(report_view.Mark(text.index("طرابلس"), text.index("طرابلس") + 6, "place", "Tripoli"))
    out = report_view.marked_html(text, marks)
    assert html.unescape(_strip_tags(out)) == text
    assert '<mark class="mv-place" title="Tripoli">طرابلس</mark>' in out
    assert 'title="LNA">الجيش الوطني الليبي</mark>' in out.replace('</mark><mark class="mv-actor" title="LNA">', "")


def test_out_of_range_spans_are_ignored():
    out = report_view.marked_html("short", [report_view.Mark(3, 99, "place", "x"),
                                            report_view.Mark(50, 60, "actor", "y")])
    assert _strip_tags(out) == "short"


def _strip_tags(s: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", s)


def test_uploading_a_binary_file_is_one_clear_error(db):
    at = page(db)
    at.file_uploader(key="add_file").set_value(("report.txt", b"\x00\x01\x02PK\x03\x04" * 200, "text/plain"))
    at.button(key="add_extract").click()
    run(at)
    assert len(at.error) == 1
    message = at.error[0].value.replace("\\", "")  # shown as typed: markdown escapes removed
    assert "report.txt" in message and "\n" not in message and "/tmp" not in message


def test_uploading_a_windows_1256_arabic_file_reads_it(db):
    pytest.importorskip("events.extract")
    text = "اشتباكات عنيفة في مدينة سرت بين قوات الجيش الوطني الليبي ومسلحي تنظيم داعش."
    at = page(db)
    at.file_uploader(key="add_file").set_value(("sirte.txt", text.encode("cp1256"), "text/plain"))
    at.button(key="add_extract").click()
    run(at)
    assert not at.error, [e.value for e in at.error]
    assert len(at.dataframe) == 2  # the events table and the form's preview


def test_an_empty_store_shows_a_page_that_says_how_to_fill_it(tmp_path, monkeypatch):
    from events.store import Store

    path = tmp_path / "empty.sqlite"
    Store(path).close()
    monkeypatch.setenv("MARSAD_DB", str(path))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    run(at)
    assert "0 events" in at.markdown[0].value
    assert any("marsad ingest" in i.value for i in at.info)
    assert table_rows(at) == 0


def test_events_of_unknown_date_can_be_hidden(tmp_path, monkeypatch):
    import dataclasses

    from dashboard.filters import Filters
    from events.store import Store

    path = tmp_path / "undated.sqlite"
    with Store(path) as store:
        for i, (report, events) in enumerate(sample_reports()):
            if i == 0:  # the first report's events lose their dates
                events = [dataclasses.replace(e, event_date=None, date_precision="unknown") for e in events]
            store.add(report, events)
    monkeypatch.setenv("MARSAD_DB", str(path))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    run(at)
    assert table_rows(at) == 5
    assert "2 of unknown date" in at.markdown[0].value
    at.checkbox(key="f_undated").uncheck()
    run(at)
    assert table_rows(at) == 3
    assert Filters.from_query_params(at.query_params).include_undated is False


def test_filter_text_from_a_link_is_shown_as_typed_not_as_markdown(db):
    at = page(db, q="[click me](http://evil.example) **bold** $x$")
    status = at.markdown[0].value
    assert "\\[click me\\]" in status and "\\*\\*bold\\*\\*" in status and "\\$x\\$" in status


def test_an_upload_over_the_limit_is_one_clear_error_and_nothing_is_read(db):
    from dashboard.add_report import UPLOAD_MAX_BYTES, UPLOAD_MAX_MB

    at = page(db)
    big = ("اشتباكات في سرت. " * 400_000).encode("utf-8")[: UPLOAD_MAX_BYTES + 1]
    at.file_uploader(key="add_file").set_value(("huge.txt", big, "text/plain"))
    at.button(key="add_extract").click()
    run(at)
    assert len(at.error) == 1
    message = at.error[0].value.replace("\\", "")
    assert "huge.txt" in message and f"up to {UPLOAD_MAX_MB} MB" in message and "marsad ingest" in message
    assert len(at.dataframe) == 1  # the events table only: no preview of a report


def test_an_upload_just_under_the_limit_is_read(db):
    from dashboard.add_report import UPLOAD_MAX_BYTES

    at = page(db)
    text = "Clashes broke out in Sirte between the LNA and ISIS. " * 2
    body = (text + " " * UPLOAD_MAX_BYTES)[:UPLOAD_MAX_BYTES].encode("ascii")
    at.file_uploader(key="add_file").set_value(("big-but-fine.txt", body, "text/plain"))
    at.button(key="add_extract").click()
    run(at)
    assert not at.error, [e.value for e in at.error]


def test_with_a_password_the_page_shows_no_data_until_it_is_given(db, monkeypatch):
    monkeypatch.setenv("MARSAD_PASSWORD", "kufra-7-wadi")
    at = page(db)
    assert at.title[0].value == "Marsad — مرصد"
    assert len(at.dataframe) == 0 and not at.sidebar.multiselect and not at.get("deck_gl_json_chart")
    assert not any("Showing" in m.value for m in at.markdown)
    at.text_input(key="marsad_password").input("wrong guess")
    at.button[0].click()
    run(at)
    assert [e.value for e in at.error] == ["Wrong password."]
    assert len(at.dataframe) == 0
    at.text_input(key="marsad_password").input("kufra-7-wadi")
    at.button[0].click()
    run(at)
    assert not at.error and table_rows(at) > 0
    assert any("Showing" in m.value for m in at.markdown)
    at.sidebar.button(key="marsad_sign_out").click()
    run(at)
    assert len(at.dataframe) == 0 and at.text_input(key="marsad_password") is not None


def test_the_districts_view_comes_from_the_link_and_goes_back_into_it(db):
    at = page(db, view="districts", shade="fatalities", type="Battles")
    assert at.sidebar.radio(key="m_view").value == "districts"
    assert at.sidebar.radio(key="m_shade").value == "fatalities"
    assert at.query_params["view"] in ("districts", ["districts"]) and at.query_params["shade"] in ("fatalities", ["fatalities"])
    at.sidebar.radio(key="m_view").set_value("points")
    run(at)
    assert "view" not in at.query_params and "shade" not in at.query_params
    assert at.query_params["type"] in ("Battles", ["Battles"])


def test_a_junk_view_in_the_link_shows_the_events(db):
    at = page(db, view="<script>", shade="x")
    assert at.sidebar.radio(key="m_view").value == "points" and not at.error


def test_the_links_event_and_map_view_are_kept_in_the_url_and_can_be_forgotten(db):
    from events.store import Store

    with Store(db) as s:
        event = s.events_frame()["id"].iloc[0]
    at = page(db, event=event, at="32.5000,13.1000,8")
    assert any(event in c.value and "open on the map" in c.value for c in at.caption)
    assert at.query_params["event"] in (event, [event]) and at.query_params["at"] in ("32.5000,13.1000,8",
                                                                                        ["32.5000,13.1000,8"])
    at.button(key="forget_event").click()
    run(at)
    assert "event" not in at.query_params and "at" in at.query_params


@pytest.mark.parametrize("junk", ["99,13,8", "32,13", "a,b,c", "32,13,40", "nan,1,5"])
def test_a_junk_map_view_in_the_link_is_ignored(db, junk):
    at = page(db, at=junk, event="<b>x</b>")
    assert "at" not in at.query_params and "event" not in at.query_params and not at.error
