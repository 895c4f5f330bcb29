"""Reading reports: formats, encodings, metadata, and a clear one-line error for every bad input."""
from __future__ import annotations

import io
import json
import random
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import SEED, shared_file

from events.errors import ReportError
from events.read import decode, parse_date, read_reports, read_text
from events.records import Report, report_id

FIXTURES = Path(__file__).parent / "fixtures" / "read"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def read_all(*paths, **kw) -> tuple[list[Report], list[ReportError]]:
    items = list(read_reports([str(p) for p in paths], **kw))
    for item in items:
        assert isinstance(item, (Report, ReportError)), item
    return [i for i in items if isinstance(i, Report)], [i for i in items if isinstance(i, ReportError)]


def only_report(path, **kw) -> Report:
    reports, errors = read_all(path, **kw)
    assert not errors, [str(e) for e in errors]
    assert len(reports) == 1
    return reports[0]


def only_error(path, **kw) -> ReportError:
    reports, errors = read_all(path, **kw)
    assert not reports
    assert len(errors) == 1
    return errors[0]


def assert_one_line_naming(err: ReportError, path) -> None:
    message = str(err)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{path}"), message
    assert err.path == str(path)


# -- the seed ---------------------------------------------------------------------------------

def test_seed_reads_with_its_sidecar_metadata():
    report = only_report(SEED)
    assert report.published == date(2019, 9, 29)
    assert report.date_precision == "estimated"
    assert "الأحد" in report.date_note and "Murzuq" in report.date_note
    assert report.language == "ar"
    assert report.title == SEED_TEXT.split("\n")[0].strip()
    assert report.source.startswith("unknown")
    assert report.text == SEED_TEXT.strip()
    assert report.id == report_id(SEED_TEXT)
    assert report.path == str(SEED)


def test_seed_folder_reads_only_the_report():
    reports, errors = read_all(SEED.parent)
    assert not errors
    assert [r.path for r in reports] == [str(SEED)]  # not README.md, not the sidecar


def test_seed_sidecar_named_directly_is_not_a_report():
    sidecar = SEED.with_name(SEED.name + ".meta.json")
    assert read_all(sidecar) == ([], [])


# -- formats ----------------------------------------------------------------------------------

def test_markdown_front_matter_and_markup():
    report = only_report(FIXTURES / "report.md")
    assert report.title == "Clashes south of Tripoli"
    assert report.published == date(2019, 4, 7) and report.date_precision == "day"
    assert report.source == "Example Wire"
    assert report.url == "https://example.org/clashes"
    assert report.language == "en"
    assert report.text.startswith("Heavy clashes in Ain Zara\n")
    assert "Fighting between LNA forces and GNA-aligned brigades" in report.text
    assert "Two civilians were killed." in report.text
    for markup in ("---", "**", "](", "# ", "> "):
        assert markup not in report.text


def test_markdown_title_from_heading_without_front_matter(tmp_path):
    path = tmp_path / "r.md"
    path.write_text("# عنوان الخبر\n\nنص الخبر هنا.\n", encoding="utf-8")
    report = only_report(path)
    assert report.title == "عنوان الخبر"
    assert report.language == "ar"
    assert report.published is None and report.date_precision == "unknown"


def test_html_main_text_without_scripts_or_boilerplate():
    report = only_report(FIXTURES / "page.html")
    text = report.text
    assert report.title == "غارة أمريكية على داعش في مرزق"
    assert report.published == date(2019, 9, 26)
    assert report.language == "ar"
    assert report.url == "https://example.org/ar/murzuq-strike"
    assert report.source == "موقع الأخبار"
    assert text.startswith("غارة أمريكية على داعش في مرزق\n\n")
    assert "غارة جوية استهدفت مسلحي داعش في مدينة مرزق الليبية." in text
    # <br> keeps a line break; paragraphs are separated by a blank line
    assert "مقتل 11 مسلحا.\nولم تسجل إصابات" in text
    # script, style, JSON-LD, event handlers, nav, aside, form, iframe, svg, noscript, footers: gone
    for absent in ("alert(1)", "document.cookie", "stolen", "JSON-LD", "font-family", "onerror", "alert('img')",
                   "الرئيسية", "اقرأ أيضا", "بحث", "ابحث", "إعلان", "svg text", "فعّل", "شارك", "الحقوق",
                   "tail script", "<img"):
        assert absent not in text, absent
    # a script tag that the page shows as text is text
    assert "الوسم <script>alert(2)</script> حرفيا" in text
    assert "<script> ليست كلمة عربية" in text


def test_html_without_article_uses_body_and_title(tmp_path):
    path = tmp_path / "plain.htm"
    path.write_text("<html><head><title>Derna clashes</title><script>var x = 1;</script></head>"
                    "<body><nav>Home</nav><div>Clashes in Derna.</div><p>Two killed.</p></body></html>",
                    encoding="utf-8")
    report = only_report(path)
    assert report.title == "Derna clashes"
    assert report.text == "Clashes in Derna.\n\nTwo killed."
    assert report.language == "en"


def test_html_declared_windows_1256(tmp_path):
    path = tmp_path / "old.html"
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            "<title>اشتباكات في بنغازي</title></head><body><p>اندلعت اشتباكات عنيفة في بنغازي اليوم.</p>"
            "</body></html>")
    path.write_bytes(page.encode("cp1256"))
    report = only_report(path)
    assert report.title == "اشتباكات في بنغازي"
    assert report.text == "اندلعت اشتباكات عنيفة في بنغازي اليوم."


def test_jsonl_keeps_good_lines_and_says_which_lines_are_bad():
    path = FIXTURES / "reports.jsonl"
    reports, errors = read_all(path)
    assert [r.text for r in reports] == [
        "Clashes in Sirte killed 5 fighters.",
        "اشتباكات في بنغازي أسفرت عن مقتل ثلاثة.",
        "Shelling hit Tripoli's Abu Salim on Monday.",
    ]
    first, second, third = reports
    assert (first.title, first.published, first.url, first.source, first.language) == (
        "Sirte clashes", date(2016, 6, 20), "https://example.org/r1", "Wire", "en")
    assert first.path == f"{path}:1"
    assert (second.published, second.source, second.language, second.title) == (
        date(2019, 9, 29), "skynews", "ar", "اشتباكات في بنغازي أسفرت عن مقتل ثلاثة.")
    # an unparseable date still reads, undated
    assert third.published is None and third.date_precision == "unknown"
    assert [e.line for e in errors] == [4, 5, 6, 8]
    for err in errors:
        assert_one_line_naming(err, path)
    messages = [str(e) for e in errors]
    assert messages[0].startswith(f"{path} line 4: not valid JSON (")
    assert messages[1] == (f"{path} line 5: not a report object (a JSON array); "
                           f"give a JSON object with a \"text\" field")
    assert messages[2] == f"{path} line 6: no \"text\" field; every report needs its text"
    assert messages[3] == f"{path} line 8: empty report (its \"text\" is blank)"


def test_json_list_with_a_bad_item():
    path = FIXTURES / "reports.json"
    reports, errors = read_all(path)
    assert [(r.text, r.published, r.language) for r in reports] == [
        ("Air strikes hit Derna.", date(2018, 5, 7), "en"),
        ("قصف مدفعي على طرابلس", date(2018, 4, 5), "ar"),
    ]
    assert [r.path for r in reports] == [f"{path}[1]", f"{path}[2]"]
    assert len(errors) == 1
    assert_one_line_naming(errors[0], path)
    assert str(errors[0]) == f"{path}: item 3: no \"text\" field; every report needs its text"


def test_json_single_object_and_broken_json(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Clashes in Ubari.", "title": "Ubari"}), encoding="utf-8")
    assert only_report(one).title == "Ubari"
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": "unfinished', encoding="utf-8")
    err = only_error(broken)
    assert_one_line_naming(err, broken)
    assert "not valid JSON" in str(err)


def test_json_lines_under_a_json_name(tmp_path):
    path = tmp_path / "many.json"
    path.write_text('{"text": "one"}\n{"text": "two"}\n', encoding="utf-8")
    reports, errors = read_all(path)
    assert [r.text for r in reports] == ["one", "two"] and not errors


def test_sidecar_overrides_the_file(tmp_path):
    path = tmp_path / "r.md"
    path.write_text("---\ntitle: From the file\ndate: 2019-01-01\n---\nBody text.\n", encoding="utf-8")
    (tmp_path / "r.md.meta.json").write_text(json.dumps({"title": "From the sidecar", "date": "2019-02-03",
                                                         "url": "https://example.org/x"}), encoding="utf-8")
    report = only_report(path)
    assert (report.title, report.published, report.url) == ("From the sidecar", date(2019, 2, 3),
                                                            "https://example.org/x")


def test_broken_sidecar_refuses_the_report(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("Clashes in Sirte.", encoding="utf-8")
    (tmp_path / "r.txt.meta.json").write_text("{not json", encoding="utf-8")
    err = only_error(path)
    assert_one_line_naming(err, path)
    assert "r.txt.meta.json" in str(err) and "fix or remove it" in str(err)


def test_folder_recursion_sorted_skipping_hidden_and_sidecars(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("Report A.", encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text('{"title": "A", "date": "2020-01-02"}', encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text("<title>C</title><p>Report C.</p>", encoding="utf-8")
    (tmp_path / "b" / "b.jsonl").write_text('{"text": "Report B."}\n', encoding="utf-8")
    (tmp_path / "c.md").write_text("Report D.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About these reports\n", encoding="utf-8")
    reports, errors = read_all(tmp_path)
    assert not errors
    assert [r.text for r in reports] == ["Report A.", "Report B.", "Report C.", "Report D."]
    assert (reports[0].title, reports[0].published) == ("A", date(2020, 1, 2))
    assert reports[2].title == "C"


def test_empty_folder(tmp_path):
    err = only_error(tmp_path)
    assert_one_line_naming(err, tmp_path)
    assert "no reports in this folder" in str(err)


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED_TEXT.encode("utf-8")), encoding="utf-8"))
    report = only_report("-")
    assert report.text == SEED_TEXT.strip()
    assert report.id == report_id(SEED_TEXT)
    assert report.path == "<stdin>"
    assert report.published is None and report.date_precision == "unknown"


def test_stdin_jsonl(monkeypatch):
    data = '{"text": "One.", "date": "2019-04-04"}\nnot json\n{"text": "Two."}\n'.encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    reports, errors = read_all("-")
    assert [r.text for r in reports] == ["One.", "Two."]
    assert reports[0].published == date(2019, 4, 4)
    assert len(errors) == 1 and str(errors[0]).startswith("<stdin> line 2: not valid JSON")


def test_stdin_text_that_starts_with_a_bracket(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("[عاجل] غارة على سرت\nنص الخبر."))
    report = only_report("-")
    assert report.title == "[عاجل] غارة على سرت"


def test_stdin_windows_1256_and_text_stream(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED_TEXT.encode("cp1256")), encoding="utf-8"))
    assert only_report("-").text == SEED_TEXT.strip()
    monkeypatch.setattr(sys, "stdin", io.StringIO("Clashes in Sirte."))
    assert only_report("-").text == "Clashes in Sirte."


# -- bad input: each a one-line message naming the file ----------------------------------------

def test_empty_and_whitespace_only(tmp_path):
    for name, data in (("empty.txt", b""), ("blank.txt", b"  \n\t\r\n  "), ("bom.txt", b"\xef\xbb\xbf \n"),
                       ("empty.md", b"---\ntitle: nothing\n---\n\n")):
        path = tmp_path / name
        path.write_bytes(data)
        err = only_error(path)
        assert_one_line_naming(err, path)
        assert "empty report" in str(err)


@pytest.mark.parametrize("name, data, what", [
    ("noise.bin", random.Random(1).randbytes(4096), "binary data"),
    ("noise.txt", random.Random(2).randbytes(4096), "binary data"),
    ("few-nuls.txt", bytes(b or 32 for b in random.Random(3).randbytes(4000)) + b"\x00" * 4, "binary data"),
    ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
    ("nul.txt", b"Clashes in Sirte.\x00\x00\x07\x00garbage\x00\x01\x02\x03" * 20, "binary data"),
])
def test_binary_files_are_refused(tmp_path, name, data, what):
    path = tmp_path / name
    path.write_bytes(data)
    err = only_error(path)
    assert_one_line_naming(err, path)
    assert f"not a text report ({what})" in str(err)
    assert "give .txt, .md, .html, .json or .jsonl" in str(err)


def test_office_formats_are_refused_with_advice(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    err = only_error(path)
    assert_one_line_naming(err, path)
    assert "save it as .txt" in str(err)


def test_missing_path():
    err = only_error("no/such/report.txt")
    assert str(err) == "no/such/report.txt: no such file"
    assert err.path == "no/such/report.txt"


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write("اشتباكات في طرابلس\n".encode("utf-8"))
        f.truncate(50 * 1024 * 1024)  # sparse: the test stays fast
    err = only_error(path)
    assert_one_line_naming(err, path)
    assert "50.0 MB is over the 20 MB limit" in str(err) and "split it" in str(err)
    small = only_error(FIXTURES / "report.md", max_bytes=100)
    assert "over the 0.0001 MB limit" in str(small) or "limit" in str(small)


def test_errors_do_not_stop_the_rest(tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\xff" * 100)
    items = list(read_reports([str(bad), "missing.txt", str(SEED), str(FIXTURES / "reports.jsonl")]))
    kinds = [type(i).__name__ for i in items]
    assert kinds[:3] == ["ReportError", "ReportError", "Report"]
    assert kinds.count("Report") == 4


# -- encodings ---------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("cp1256", b""),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("utf-16-le", b""),  # no BOM: recognised by where its NULs fall
    ("utf-16-be", b""),
    ("utf-32-le", b"\xff\xfe\x00\x00"),
])
def test_arabic_in_every_encoding_reads_the_same(tmp_path, encoding, prefix):
    path = tmp_path / "seed.txt"
    path.write_bytes(prefix + SEED_TEXT.encode(encoding))
    report = only_report(path)
    assert report.text == SEED_TEXT.strip()
    assert report.id == report_id(SEED_TEXT)  # same report, whatever the encoding
    assert report.language == "ar"


def test_crlf_is_the_same_report(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(SEED_TEXT.replace("\n", "\r\n").encode("cp1256"))
    assert only_report(path).id == report_id(SEED_TEXT)


def test_arabic_presentation_forms_read_as_the_letters_they_show(resolver):
    # SaudiNewsNet round 27's al-Watan page: text copied out of a PDF in glyph shapes
    # ("ﺷﻦ ﻃﻴﺮان"), in which no trigger, place or date was found; the same sentence typed
    # is the same report
    from events.extract import extract
    from events.report_meta import clean_text

    shapes = "ﺷﻦ ﻃﻴﺮان اﻟﺘﺤﺎﻟﻒ أمس ﻏﺎرة ﺟﻮﻳﺔ على مواقع الحوثيين في محافظة شبوة اليمنية، ﻻ سيما ﺑﻴﺤﺎن."
    typed = "شن طيران التحالف أمس غارة جوية على مواقع الحوثيين في محافظة شبوة اليمنية، لا سيما بيحان."
    assert clean_text(shapes) == typed
    report = read_text(shapes, published="2015-07-23")
    assert report.id == report_id(typed)
    got = extract(report, resolver)
    assert [(e.event_type, e.event_date, e.in_libya) for e in got] == [
        ("Explosions/Remote violence", date(2015, 7, 22), False)], got


@pytest.mark.parametrize("text", ["طرابلس", "غارة على مصراتة", "قتل 5 في سرت يوم 4 أبريل", SEED_TEXT])
def test_windows_1256_is_not_mistaken(text):
    assert decode(text.encode("cp1256"), "x.txt") == text


def test_other_legacy_encodings():
    french = "Le café à Tripoli : les forces de l'ANL ont frappé Aïn Zara — « dit-il »."
    assert decode(french.encode("cp1252"), "fr.txt") == french
    assert decode(SEED_TEXT.encode("iso8859_6"), "iso.txt") == SEED_TEXT
    assert decode("café".encode("latin-1"), "short.txt") == "café"


def test_utf8_with_a_few_stray_bytes_stays_utf8():
    data = SEED_TEXT.encode("utf-8")
    cut = data.index("المسماري".encode("utf-8"))
    text = decode(data[:cut] + b"\x93" + data[cut:-2], "mixed.txt")  # a cp1252 quote; last letter cut
    assert text.startswith(SEED_TEXT[:SEED_TEXT.index("المسماري")] + "\ufffdالمسماري")
    assert text.endswith(SEED_TEXT.rstrip()[-20:-2] + "\ufffd")


def test_decode_raises_naming_the_file():
    with pytest.raises(ReportError, match=r"^in/x\.bin: not a text report \(binary data\)"):
        decode(bytes(range(256)) * 4, "in/x.bin")
    with pytest.raises(ReportError, match="UTF-16"):
        decode(b"\xff\xfe\x00\xd8", "bad16.txt")  # an unpaired surrogate
    assert decode(b"", "e.txt") == ""


# -- metadata values -----------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("2019-09-29", (date(2019, 9, 29), "day")),
    ("2019-09-29T10:00:00", (date(2019, 9, 29), "day")),
    ("2019-09-29T23:30:00-05:00", (date(2019, 9, 29), "day")),  # the source's own date, not UTC's
    ("2019-09-29 10:00", (date(2019, 9, 29), "day")),
    ("29/09/2019", (date(2019, 9, 29), "day")),
    ("04/05/2019", (date(2019, 5, 4), "day")),  # day first, as Arab and European outlets write
    ("09/29/2019", (date(2019, 9, 29), "day")),  # month first only when it cannot be day first
    ("29.09.2019", (date(2019, 9, 29), "day")),
    ("2019/09/29", (date(2019, 9, 29), "day")),
    ("Thu, 05 Apr 2018 07:58:55 +0400", (date(2018, 4, 5), "day")),
    ("Sun, 10 Jun 2018 12:00:00 GMT", (date(2018, 6, 10), "day")),
    ("٢٠١٩-٠٩-٢٩", (date(2019, 9, 29), "day")),
    ("29 September 2019", (date(2019, 9, 29), "day")),
    ("2019-09", (date(2019, 9, 1), "month")),
    ("2019", (date(2019, 1, 1), "year")),
    ("today", (None, "unknown")),
    ("اليوم", (None, "unknown")),
    ("31/02/2019", (None, "unknown")),
    ("soon", (None, "unknown")),
    ("0001-01-01", (None, "unknown")),  # a system's placeholder: undated, not dated year 1
    ("9999-12-31T00:00:00Z", (None, "unknown")),
    (date(1, 1, 1), (None, "unknown")),
    ("", (None, "unknown")),
    (None, (None, "unknown")),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_read_text():
    report = read_text("  Clashes in Sirte killed 5.\n", title="Sirte", published="2016-06-20",
                       source="Wire", url="https://example.org")
    assert (report.text, report.title, report.published, report.date_precision, report.language) == (
        "Clashes in Sirte killed 5.", "Sirte", date(2016, 6, 20), "day", "en")
    assert report.id == report_id("Clashes in Sirte killed 5.")
    undated = read_text(SEED_TEXT)
    assert undated.published is None and undated.date_precision == "unknown"  # never today
    assert undated.language == "ar" and undated.title == SEED_TEXT.split("\n")[0].strip()
    assert read_text("Text", language="ar").language == "ar"  # metadata wins over detection
    assert read_text("x", published=date(2019, 9, 29), date_precision="estimated").date_precision == "estimated"
    # metadata may make a date coarser or call it estimated, never finer than it is written
    assert read_text("x", published="2019-09", date_precision="day").date_precision == "month"
    assert read_text("x", published="2019-09-29", date_precision="month").date_precision == "month"
    assert read_text("x", date_precision="estimated").date_precision == "unknown"
    with pytest.raises(ReportError, match="empty report"):
        read_text(" \n\t ")


def test_long_first_line_title_is_shortened():
    report = read_text("كلمة " * 100 + "\nثم النص.")
    assert len(report.title) <= 201 and report.title.endswith("…")


# -- the real Arabic articles ----------------------------------------------------------------------

def test_all_ant_articles_read_with_dates():
    path = shared_file("ant_libya_arabic_news.jsonl")
    reports, errors = read_all(path)
    assert not errors, [str(e) for e in errors[:3]]
    assert len(reports) == 241
    # split on "\n" only: the articles contain U+2028, which splitlines() would also split on
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    for report, row in zip(reports, rows, strict=True):
        assert report.published == date.fromisoformat(row["date"])
        assert report.date_precision == "day"
        assert report.language == "ar"
        assert report.title == " ".join(row["title"].split())
        assert report.url == row["url"] and report.source == row["source_outlet"]
    assert len({r.id for r in reports}) == len({r.text for r in reports})


def test_pathological_markup_and_json_are_errors_or_text_not_crashes(tmp_path):
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 3000 + "Clashes in Sirte." + "</div>" * 3000 + "</body></html>",
                    encoding="utf-8")
    assert only_report(deep).text == "Clashes in Sirte."
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    err = only_error(nested)
    assert_one_line_naming(err, nested)
    assert "not valid JSON" in str(err)
