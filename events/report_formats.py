"""Input formats: the text and metadata inside a .txt/.md (front matter), .html, .json or
.jsonl, as Report records or one-line ReportErrors (one bad .jsonl line never stops the rest).
"""
from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from events.errors import ReportError
from events.html_text import html_text
from events.records import Report
from events.report_meta import build_report, canonical_metadata, read_error

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
    meta = canonical_metadata(front)
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
        raise read_error(path, f"{what}not a report object ({kind}); give a JSON object with a \"text\" field", line)
    if "text" not in obj:
        raise read_error(path, f"{what}no \"text\" field; every report needs its text", line)
    text = obj["text"]
    if not isinstance(text, str):
        raise read_error(path, f"{what}\"text\" is not a string", line)
    where = f"{path}:{line}" if line is not None else path
    try:
        report = build_report(text, canonical_metadata(obj), where)
    except ReportError:
        raise read_error(path, f"{what}empty report (its \"text\" is blank)", line) from None
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
            yield read_error(path, _json_message(exc, with_line=False), number)
            continue
        except RecursionError:
            yield read_error(path, "not valid JSON (nested too deeply)", number)
            continue
        try:
            yield _record(obj, path, number)
        except ReportError as err:
            yield err
    if not found:
        yield read_error(path, "empty report file (no lines); give one JSON report object per line")


def _from_json(text: str, path: str) -> Iterator[Report | ReportError]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        first = text.lstrip().split("\n", 1)[0]
        if exc.msg == "Extra data" and parses_as_json(first):
            # Several objects, one a line: it is JSON Lines under a .json name.
            yield from _from_jsonl(text, path)
            return
        yield read_error(path, _json_message(exc, with_line=True))
        return
    except RecursionError:
        yield read_error(path, "not valid JSON (nested too deeply)")
        return
    if isinstance(doc, list):
        if not doc:
            yield read_error(path, "empty list of reports; give a JSON object with a \"text\" field, or a list of them")
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


def parses_as_json(line: str) -> bool:
    try:
        json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def _replace_path(report: Report, path: str) -> Report:
    from dataclasses import replace

    return replace(report, path=path)


def format_of(suffix: str, text: str) -> str:
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
    if head[:1] in ("{", "[") and (head.startswith('{"') or parses_as_json(head) or parses_as_json(head.split("\n", 1)[0])):
        return "json"  # _from_json falls back to JSON Lines when there are several objects
    if re.match(r"<(!doctype\s+html|html|head|body|article|p|div)\b", head, re.I):
        return "html"
    return "txt"


def reports_in(text: str, kind: str, path: str, sidecar: Mapping[str, Any]) -> Iterator[Report | ReportError]:
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
        yield build_report(parsed["text"], meta, path)
    except ReportError as err:
        yield err


def _with_meta(report: Report, meta: Mapping[str, Any]) -> Report:
    current = {"title": report.title, "url": report.url, "source": report.source, "language": report.language}
    if report.published:
        current["date"] = report.published
        current["date_precision"] = report.date_precision
        current["date_note"] = report.date_note
    out = build_report(report.text, {**current, **meta}, report.path)
    if report.filed is not None and "date" not in meta and out.published == report.published:
        out = dataclasses.replace(out, filed=report.filed)  # the sidecar leaves the line's time be
    return out
