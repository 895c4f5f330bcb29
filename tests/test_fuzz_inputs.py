"""Fuzzing the input paths a user's files reach: the reader (any bytes, any encoding, any
extension, files, sidecars and stdin), the decoder and the HTML text extractor.

Whatever comes in, what comes out is a Report or a one-line MarsadError naming the file;
nothing else escapes."""
from __future__ import annotations

import io
import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from fuzzing import SUFFIXES, TRIED, any_text, file_bytes, fuzz, html_docs, json_docs
from hypothesis import example, given
from hypothesis import strategies as st

from events.decode import decode
from events.errors import ReportError
from events.html_text import html_text
from events.read import read_reports, read_text
from events.records import REPORT_DATE_PRECISIONS, Report, report_id
from geo.errors import MarsadError


def check_report(report: Report) -> None:
    assert report.text and report.text == report.text.strip()
    assert "\r" not in report.text and "\ufeff" not in report.text
    assert report.id == report_id(report.text)
    assert report.language in ("ar", "en")
    assert len(report.title) <= 201
    assert report.published is None or isinstance(report.published, date)
    assert report.date_precision in REPORT_DATE_PRECISIONS
    if report.published is None:
        assert report.date_precision == "unknown"


def check_error(err: MarsadError, name: str) -> None:
    message = str(err)
    assert "\n" not in message and message.strip() == message and message
    assert isinstance(err, ReportError), f"{type(err).__name__}: {message}"
    assert name in message or err.path in message


def read_all(paths) -> list[Report | ReportError]:
    items = list(read_reports(paths))
    for item in items:
        assert isinstance(item, (Report, ReportError)), type(item)
    return items


@given(data=file_bytes, suffix=st.sampled_from(SUFFIXES))
@fuzz(150)
@example(data=b"[" * 100_000 + b"]" * 100_000, suffix=".json")
@example(data=b'{"text": "' + "\u0645".encode() * 3 + b'"}\n{"text": 5}\n{', suffix=".jsonl")
@example(data="---\ndate: 2019-02-30\n---\nنص".encode(), suffix=".md")
def test_reader_on_any_file(data: bytes, suffix: str) -> None:
    TRIED["reader: files"] += 1
    with tempfile.TemporaryDirectory(prefix="marsad-fuzz-") as tmp:
        path = Path(tmp) / f"report{suffix}"
        path.write_bytes(data)
        for item in read_all([path]):
            if isinstance(item, Report):
                check_report(item)
            else:
                check_error(item, str(path))


@given(report=file_bytes, sidecar=st.one_of(json_docs.map(str.encode), st.binary(max_size=60)),
       suffix=st.sampled_from((".txt", ".md", ".html", ".json", ".jsonl")))
@fuzz(60)
@example(report=b"x", sidecar=b"[" * 2000 + b"]" * 2000, suffix=".txt")  # found by fuzzing
def test_reader_with_any_sidecar_in_a_folder(report: bytes, sidecar: bytes, suffix: str) -> None:
    TRIED["reader: folders and sidecars"] += 1
    with tempfile.TemporaryDirectory(prefix="marsad-fuzz-") as tmp:
        folder = Path(tmp) / "reports"
        (folder / "sub").mkdir(parents=True)
        path = folder / "sub" / f"r{suffix}"
        path.write_bytes(report)
        path.with_name(path.name + ".meta.json").write_bytes(sidecar)
        items = read_all([folder, path, str(path) + ".meta.json"])
        assert items, "a folder with a report file gave nothing at all"
        for item in items:
            if isinstance(item, Report):
                check_report(item)
            else:
                check_error(item, str(folder))


@contextmanager
def stdin_bytes(data: bytes):
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        yield
    finally:
        sys.stdin = saved


@given(data=file_bytes)
@fuzz(60)
def test_reader_on_any_stdin(data: bytes) -> None:
    TRIED["reader: stdin"] += 1
    with stdin_bytes(data):
        items = read_all(["-"])
    assert len(items) >= 1
    for item in items:
        if isinstance(item, Report):
            check_report(item)
        else:
            check_error(item, "<stdin>")


_meta_values = st.one_of(st.none(), any_text, st.sampled_from(("2019-09-29", "2019-13-01", "29/02/2019",
                                                               "estimated", "year", "day")))


@given(text=st.one_of(any_text, st.integers(), st.none(), st.binary(max_size=20)),
       published=_meta_values, date_precision=_meta_values, language=_meta_values, title=_meta_values)
@fuzz(100)
def test_pasted_text(text, published, date_precision, language, title) -> None:
    TRIED["reader: pasted text"] += 1
    try:
        report = read_text(text, published=published, date_precision=date_precision or "",
                           language=language, title=title or "")
    except ReportError as err:
        check_error(err, "<text>")
    else:
        check_report(report)


@given(data=file_bytes, name=st.text(max_size=30))
@fuzz(150)
@example(data=b"\x01", name="\n")  # found by fuzzing: a file name may hold a line break
@example(data=b"\xef\xbb\xbf\xef\xbb\xbf", name="twice.txt")  # found by fuzzing: two BOMs
def test_decoder(data: bytes, name: str) -> None:
    TRIED["decoder"] += 1
    try:
        text = decode(data, name)
    except ReportError as err:
        assert "\n" not in str(err)
    else:
        assert isinstance(text, str)
        assert not text.startswith("\ufeff")


@given(text=any_text.filter(lambda t: "\x00" not in t))
@fuzz(100)
def test_decoder_keeps_utf8_text(text: str) -> None:
    """UTF-8 is decided first and exactly: a text that decodes is the text that was written."""
    TRIED["decoder"] += 1
    try:
        # Every BOM at the start goes: a file saved twice by a BOM-adding editor starts with two.
        assert decode(text.encode("utf-8"), "x.txt") == text.lstrip("\ufeff")
    except ReportError as err:  # control characters may make it look binary: one line
        assert "\n" not in str(err)


@given(page=st.one_of(html_docs, any_text))
@fuzz(100)
def test_html_text(page: str) -> None:
    TRIED["html"] += 1
    out = html_text(page)
    assert isinstance(out.text, str)
    for value in (out.title, out.published, out.url, out.source):
        assert value is None or isinstance(value, str)
    assert "<script" not in out.text.lower() or "<script" in page.lower()


def test_reader_on_a_fifo_and_an_unreadable_file(tmp_path: Path) -> None:
    """Two files that cannot be read as files: one line each, and the next file is read."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    locked = tmp_path / "locked.txt"
    locked.write_text("نص", encoding="utf-8")
    locked.chmod(0)
    good = tmp_path / "good.txt"
    good.write_text("اشتباكات في سرت", encoding="utf-8")
    try:
        items = read_all([fifo, locked, good])
    finally:
        locked.chmod(0o600)
    assert isinstance(items[-1], Report)
    for item in items[:-1]:
        if os.geteuid() == 0 and isinstance(item, Report):  # root reads mode-0 files
            continue
        check_error(item, str(tmp_path))


def test_a_file_name_with_a_line_break_and_an_escape_stays_one_line(tmp_path: Path) -> None:
    """Found by fuzzing: Linux file names may hold line breaks and terminal escapes."""
    from events.ingest import split_error

    path = tmp_path / "bad\nname\x1b[31m.txt"
    path.write_bytes(b"\x00\x01\x02" * 20)
    [err] = read_all([path])
    assert "\n" not in str(err) and "\x1b" not in str(err) and "bad\\nname\\x1b[31m.txt" in str(err)
    where, message = split_error(err)
    assert where.endswith("bad\\nname\\x1b[31m.txt") and message.startswith("not a text report")
