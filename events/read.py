"""Reading reports: files, folders and stdin in, Report records (or one-line errors) out.

Formats: .txt, .md (optional front matter), .html/.htm (main text only), .json (one report or
a list) and .jsonl (one report a line). A "<file>.meta.json" sidecar beside any of them adds or
overrides metadata (title, date, date_precision, date_note, source, url, language).

Per-file problems are *yielded* as ReportError (with .path) so one bad file never stops the
rest; read_text and decode raise, because they handle a single input.
"""
from __future__ import annotations

import email.utils
import dataclasses
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from events.decode import decode
from events.errors import ReportError
from events.html_text import html_text
from events.records import REPORT_DATE_PRECISIONS, Report, report_id

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "decode", "parse_date", "read_reports", "read_text"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
SIDECAR_SUFFIX = ".meta.json"
STDIN = "-"
STDIN_NAME = "<stdin>"
TITLE_MAX = 200

# Formats people try that are not reports; the message says what to do instead.
_REFUSED_SUFFIXES = {
    ".csv": "a table, not a report; give one report per file, or a .jsonl with a \"text\" field per line",
    ".tsv": "a table, not a report; give one report per file, or a .jsonl with a \"text\" field per line",
    ".xlsx": "a spreadsheet, not a report; export its report texts to a .jsonl",
    ".xls": "a spreadsheet, not a report; export its report texts to a .jsonl",
    ".docx": "a Word document; save it as .txt",
    ".doc": "a Word document; save it as .txt",
    ".odt": "an OpenDocument text; save it as .txt",
    ".pdf": "a PDF document; convert it to text first (e.g. pdftotext)",
    ".rtf": "an RTF document; save it as .txt",
}

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _error(path: str, message: str, line: int | None = None) -> ReportError:
    """One line naming the file (and line), with .path (and .line) set for callers."""
    where = f"{path} line {line}" if line is not None else path
    err = ReportError(f"{where}: {' '.join(message.split())}")
    err.path = path
    err.line = line
    return err


# ---------------------------------------------------------------------------------------------
# Metadata values


def parse_date(value: Any) -> tuple[date | None, str]:
    """A metadata date and its precision ("day", "month", "year"), or (None, "unknown").

    Accepts ISO dates and datetimes (2019-09-29, 2019-09-29T10:00:00, …Z, …+02:00), 2019/09/29,
    day-first 29/09/2019 (29-09-2019, 29.09.2019; month-first only when the day cannot be the
    first number), e-mail/RSS dates ("Thu, 05 Apr 2018 07:58:55 +0400", as in the ANT corpus),
    2019-09 and 2019, and written dates with a four-digit year ("29 September 2019",
    "29 سبتمبر 2019"). Never returns today for words like "today": a year must be written."""
    if isinstance(value, datetime):
        return value.date(), "day"
    if isinstance(value, date):
        return value, "day"
    if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2100:
        return date(value, 1, 1), "year"
    if not isinstance(value, str):
        return None, "unknown"
    s = " ".join(value.translate(_ARABIC_DIGITS).split())
    if not s:
        return None, "unknown"
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        if m := re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", s):
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        if re.match(r"\d{4}-\d{2}-\d{2}[T ]\d", s):
            # The date as the source wrote it (its local date), not converted to UTC.
            return date.fromisoformat(s[:10]), "day"
        if m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+\d{1,2}:\d{2}.*)?", s):
            a, b, year = int(m[1]), int(m[2]), int(m[3])
            day, month = (b, a) if a <= 12 < b else (a, b)
            return date(year, month, day), "day"
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", s):
            return date(int(m[1]), int(m[2]), 1), "month"
        if re.fullmatch(r"\d{4}", s):
            return date(int(s), 1, 1), "year"
    except ValueError:
        return None, "unknown"
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date(), "day"
    if not re.search(r"(?<!\d)(19|20)\d\d(?!\d)", s):
        return None, "unknown"
    return _written_date(s)


def _written_date(s: str) -> tuple[date | None, str]:
    # dateparser is slow to import and only needed for dates written out in words.
    import dateparser

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(s, languages=["ar", "en", "fr"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a bad date is not fatal
        parsed = None
    return (parsed.date(), "day") if parsed else (None, "unknown")


def _language(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    v = value.strip().lower()
    if v.startswith("ar") or v in ("عربي", "عربية", "العربية"):
        return "ar"
    if v.startswith("en") or v in ("إنجليزي", "الإنجليزية"):
        return "en"
    return None


def detect_language(text: str) -> str:
    """"ar" when Arabic letters outnumber Latin ones, else "en"."""
    sample = text[:20000]
    return "ar" if len(_ARABIC.findall(sample)) > len(_LATIN.findall(sample)) else "en"


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        line = " ".join(line.split()).lstrip("#").strip()
        if line:
            return _shorten(line)
    return ""


def _shorten(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= TITLE_MAX:
        return title
    cut = title[:TITLE_MAX].rsplit(" ", 1)[0]
    return cut + "…"


def _clean_text(text: str) -> str:
    """One newline convention and no BOM or surrounding blank space, so that the same report
    in CRLF or LF, with or without BOM, is the same report (same content hash)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").strip()


# Metadata keys as they appear in front matter, sidecars and JSON, and where they go.
_KEYS = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "published_at": "date", "pub_date": "date", "pubdate": "date",
    "datetime": "date", "time_raw": "date_fallback",
    "date_precision": "date_precision", "date_note": "date_note",
    "source": "source", "source_outlet": "source", "outlet": "source",
    "url": "url", "link": "url",
    "language": "language", "lang": "language",
}


def _metadata(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Known keys from a metadata mapping, under their canonical names (first key wins)."""
    meta: dict[str, Any] = {}
    for key, value in raw.items():
        canonical = _KEYS.get(str(key).strip().lower())
        if canonical and canonical not in meta and value not in (None, ""):
            meta[canonical] = value
    return meta


# How coarse a report date is; "estimated" is a day-precise date that a person inferred.
_PRECISION_RANK = {"day": 0, "estimated": 0, "month": 1, "year": 2}


def _build(text: str, meta: Mapping[str, Any], path: str) -> Report:
    """A Report from cleaned text and canonical metadata; raises ReportError when empty."""
    text = _clean_text(text)
    if not text:
        raise _error(path, "empty report (no text); give a file with the report's text")
    published, precision = parse_date(meta.get("date"))
    if published is None and "date_fallback" in meta:
        published, precision = parse_date(meta["date_fallback"])
    given = str(meta.get("date_precision", "")).strip().lower()
    coarser = _PRECISION_RANK.get(given, -1) >= _PRECISION_RANK.get(precision, 0)
    if published is not None and given in REPORT_DATE_PRECISIONS and coarser:
        # Metadata may say a date is estimated, or coarser than it is written; never finer.
        precision = given
    title = meta.get("title")
    title = _shorten(str(title)) if isinstance(title, (str, int, float)) and str(title).strip() else _first_line(text)
    return Report(
        id=report_id(text),
        text=text,
        title=title,
        language=_language(meta.get("language")) or detect_language(text),
        published=published,
        date_precision=precision if published is not None else "unknown",
        date_note=str(meta.get("date_note", "")).strip() if published is not None else "",
        source=str(meta.get("source", "")).strip(),
        url=str(meta.get("url", "")).strip(),
        path=path,
    )


# ---------------------------------------------------------------------------------------------
# Formats


_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` front matter between two `---` lines at the very top, and the body.
    Quotes around values are removed; anything that is not key: value means no front matter."""
    text = text.lstrip("\ufeff")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:60], start=1):
        stripped = line.strip()
        if stripped in ("---", "..."):
            return meta, "\n".join(lines[i + 1:])
        if not stripped or stripped.startswith("#"):
            continue
        m = _FRONT_LINE.match(stripped)
        if not m:
            return {}, text
        value = m[2].strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[m[1].lower()] = value
    return {}, text


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?", re.M)


def markdown_text(body: str) -> tuple[str, str]:
    """Plain text of a Markdown body and its first heading (for the title): headings, links,
    images, bold and quote marks removed; everything else is left as written."""
    heading = _MD_HEADING.search(body)
    text = _MD_IMAGE.sub(r"\1", body)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_QUOTE.sub("", text)
    return text, (heading[1].strip() if heading else "")


def _from_plain(text: str, path: str, markdown: bool) -> dict[str, Any]:
    front, body = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    meta = _metadata(front)
    if markdown:
        body, heading = markdown_text(body)
        if heading and "title" not in meta:
            meta["title"] = heading
    return {"text": body, "meta": meta}


def _from_html(text: str) -> dict[str, Any]:
    page = html_text(text)
    # The page's lang attribute is left out: templates often declare one language for every
    # article, and the letters of the main text say it better.
    meta = {k: v for k, v in (("title", page.title), ("date", page.published), ("url", page.url),
                              ("source", page.source)) if v}
    return {"text": page.text, "meta": meta}


_JSON_TYPES = {list: "a JSON array", str: "a JSON string", int: "a number", float: "a number", bool: "true/false",
               type(None): "null"}


def _record(obj: Any, path: str, line: int | None, item: int | None = None) -> Report:
    """A Report from one JSON report object (line `line` of a .jsonl, or item `item` of a list)."""
    what = f"item {item}: " if item is not None else ""
    if not isinstance(obj, dict):
        kind = _JSON_TYPES.get(type(obj), type(obj).__name__)
        raise _error(path, f"{what}not a report object ({kind}); give a JSON object with a \"text\" field", line)
    if "text" not in obj:
        raise _error(path, f"{what}no \"text\" field; every report needs its text", line)
    text = obj["text"]
    if not isinstance(text, str):
        raise _error(path, f"{what}\"text\" is not a string", line)
    where = f"{path}:{line}" if line is not None else path
    try:
        report = _build(text, _metadata(obj), where)
    except ReportError:
        raise _error(path, f"{what}empty report (its \"text\" is blank)", line) from None
    source_id = obj.get("id")
    if isinstance(source_id, (str, int)) and not isinstance(source_id, bool):
        report = dataclasses.replace(report, source_id=str(source_id))
    return report


def _json_message(exc: json.JSONDecodeError, with_line: bool) -> str:
    where = f"line {exc.lineno} column {exc.colno}" if with_line else f"column {exc.colno}"
    return f"not valid JSON ({exc.msg} at {where})"


def _from_jsonl(text: str, path: str) -> Iterator[Report | ReportError]:
    found = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found = True
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error(path, _json_message(exc, with_line=False), number)
            continue
        except RecursionError:
            yield _error(path, "not valid JSON (nested too deeply)", number)
            continue
        try:
            yield _record(obj, path, number)
        except ReportError as err:
            yield err
    if not found:
        yield _error(path, "empty report file (no lines); give one JSON report object per line")


def _from_json(text: str, path: str) -> Iterator[Report | ReportError]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        first = text.lstrip().split("\n", 1)[0]
        if exc.msg == "Extra data" and _parses(first):
            # Several objects, one a line: it is JSON Lines under a .json name.
            yield from _from_jsonl(text, path)
            return
        yield _error(path, _json_message(exc, with_line=True))
        return
    except RecursionError:
        yield _error(path, "not valid JSON (nested too deeply)")
        return
    if isinstance(doc, list):
        if not doc:
            yield _error(path, "empty list of reports; give a JSON object with a \"text\" field, or a list of them")
        for i, obj in enumerate(doc, start=1):
            try:
                report = _record(obj, path, None, i)
            except ReportError as err:
                yield err
            else:
                yield _replace_path(report, f"{path}[{i}]")
    else:
        try:
            yield _record(doc, path, None)
        except ReportError as err:
            yield err


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def _replace_path(report: Report, path: str) -> Report:
    from dataclasses import replace

    return replace(report, path=path)


def _kind(suffix: str, text: str) -> str:
    """The format of a file: by its suffix, or (stdin, unknown suffixes) by its content."""
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix in (".html", ".htm"):
        return "html"
    if suffix == ".json":
        return "json"
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".txt":
        return "txt"
    head = text.lstrip("\ufeff \t\r\n")
    if head[:1] in ("{", "[") and (head.startswith('{"') or _parses(head) or _parses(head.split("\n", 1)[0])):
        return "json"  # _from_json falls back to JSON Lines when there are several objects
    if re.match(r"<(!doctype\s+html|html|head|body|article|p|div)\b", head, re.I):
        return "html"
    return "txt"


def _sidecar_meta(path: Path) -> dict[str, Any]:
    """The metadata in "<file>.meta.json", {} if there is none; ReportError if it is broken."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    name = str(path)
    try:
        raw = json.loads(decode(sidecar.read_bytes(), str(sidecar)) or "{}")
    except (OSError, ReportError, json.JSONDecodeError) as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc).split(": ", 1)[-1]
        raise _error(name, f"its metadata {sidecar.name} is broken ({detail}); fix or remove it") from None
    if not isinstance(raw, dict):
        raise _error(name, f"its metadata {sidecar.name} is not a JSON object; fix or remove it")
    return _metadata(raw)


def _reports_in(text: str, kind: str, path: str, sidecar: Mapping[str, Any]) -> Iterator[Report | ReportError]:
    if kind in ("json", "jsonl"):
        items = _from_json(text, path) if kind == "json" else _from_jsonl(text, path)
        for item in items:
            if isinstance(item, Report) and sidecar:
                # Sidecar metadata applies to every report in the file.
                item = _with_meta(item, sidecar)
            yield item
        return
    parsed = _from_html(text) if kind == "html" else _from_plain(text, path, markdown=kind == "md")
    meta = {**parsed["meta"], **sidecar}
    try:
        yield _build(parsed["text"], meta, path)
    except ReportError as err:
        yield err


def _with_meta(report: Report, meta: Mapping[str, Any]) -> Report:
    current = {"title": report.title, "url": report.url, "source": report.source, "language": report.language}
    if report.published:
        current["date"] = report.published
        current["date_precision"] = report.date_precision
        current["date_note"] = report.date_note
    return _build(report.text, {**current, **meta}, report.path)


# ---------------------------------------------------------------------------------------------
# Entry points


def read_text(text: str, *, title: str = "", published: date | str | None = None, source: str = "",
              url: str = "", language: str | None = None, date_precision: str = "", date_note: str = "",
              path: str = "<text>") -> Report:
    """A Report from pasted text and the metadata the caller knows; ReportError if empty."""
    if not isinstance(text, str):
        raise _error(path, "not text; give the report as a string")
    meta = {k: v for k, v in (("title", title), ("date", published), ("source", source), ("url", url),
                              ("language", language), ("date_precision", date_precision),
                              ("date_note", date_note)) if v not in (None, "")}
    return _build(text, meta, path)


def _read_file(path: Path, max_bytes: int) -> Iterator[Report | ReportError]:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in _REFUSED_SUFFIXES:
        yield _error(name, f"{suffix} is {_REFUSED_SUFFIXES[suffix]}")
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield _error(name, f"cannot read it ({exc.strerror or exc})")
        return
    if size > max_bytes:
        # Refused from its size alone: a huge file is never read into memory.
        yield _too_big(name, size, max_bytes)
        return
    try:
        sidecar = _sidecar_meta(path)
        data = path.read_bytes()
    except ReportError as err:
        yield err
        return
    except OSError as exc:
        yield _error(name, f"cannot read it ({exc.strerror or exc})")
        return
    yield from _read_bytes(data, name, suffix, sidecar)


def _too_big(name: str, size: int, max_bytes: int) -> ReportError:
    return _error(name, f"{size / 1048576:.1f} MB is over the {max_bytes / 1048576:g} MB limit for one file; "
                        f"split it into smaller files (one report per file, or .jsonl parts, e.g. split -l 1000)")


def _read_bytes(data: bytes, name: str, suffix: str, sidecar: Mapping[str, Any]) -> Iterator[Report | ReportError]:
    try:
        text = decode(data, name)
    except ReportError as err:
        err.path = name
        err.line = None
        yield err
        return
    if not _clean_text(text):
        yield _error(name, "empty report (no text); give a file with the report's text")
        return
    yield from _reports_in(text, _kind(suffix, text), name, sidecar)


def _read_stdin(max_bytes: int) -> Iterator[Report | ReportError]:
    stream = sys.stdin
    if stream is None:
        yield _error(STDIN_NAME, "no standard input to read")
        return
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read(max_bytes + 1)
    else:  # a text stream without bytes underneath (e.g. io.StringIO)
        text = stream.read(max_bytes + 1)
        data = text.encode("utf-8") if isinstance(text, str) else text
    if len(data) > max_bytes:
        yield _error(STDIN_NAME, f"more than the {max_bytes / 1048576:g} MB limit; split the input "
                                 f"into smaller files (one report per file, or .jsonl parts)")
        return
    yield from _read_bytes(data, STDIN_NAME, "", {})


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


# Documentation that lives beside reports (seeds/README.md) is not a report; it is skipped in
# folders and still read when named on its own.
_FOLDER_DOCS = re.compile(r"^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$", re.I)


def _folder_files(folder: Path) -> tuple[list[Path], list[ReportError]]:
    """Report files under a folder, recursively, in sorted order; hidden files and folders,
    metadata sidecars and README/LICENSE files are skipped."""
    found: list[Path] = []
    problems: list[ReportError] = []

    def on_error(exc: OSError) -> None:
        problems.append(_error(str(exc.filename or folder), f"cannot read the folder ({exc.strerror or exc})"))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for f in sorted(files):
            lower = f.lower()
            if _is_hidden(f) or lower.endswith(SIDECAR_SUFFIX) or _FOLDER_DOCS.match(f):
                continue
            if os.path.splitext(lower)[1] in SUPPORTED_SUFFIXES:
                found.append(Path(root) / f)
    # Sorted as paths (a.txt, b/c.txt, c.txt), not in os.walk's files-before-folders order.
    found.sort(key=lambda p: p.relative_to(folder).parts)
    return found, problems


def read_reports(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], *,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Report | ReportError]:
    """Reports from files, folders (recursively) and "-" (stdin), in the order given.

    Each problem is yielded as a ReportError with a one-line message naming the file (and line,
    for .jsonl), and reading goes on with the next report."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: set[str] = set()
    for given in paths:
        raw = os.fspath(given)
        if raw == STDIN:
            yield from _read_stdin(max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            files, problems = _folder_files(path)
            yield from problems
            if not files and not problems:
                yield _error(raw, f"no reports in this folder (looked for {', '.join(SUPPORTED_SUFFIXES)})")
            for file in files:
                key = os.path.realpath(file)
                if key not in seen:
                    seen.add(key)
                    yield from _read_file(file, max_bytes)
            continue
        if not path.exists():
            yield _error(raw, "no such file")
            continue
        if raw.lower().endswith(SIDECAR_SUFFIX):
            partner = Path(raw[: -len(SIDECAR_SUFFIX)])
            if partner.is_file():
                continue  # metadata of a report that is read with it (e.g. a shell glob caught it)
            yield _error(raw, f"metadata for {partner.name}, which does not exist; give the report itself")
            continue
        if not path.is_file():
            yield _error(raw, "not a regular file; give a report file, a folder or - for stdin")
            continue
        key = os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        yield from _read_file(path, max_bytes)
