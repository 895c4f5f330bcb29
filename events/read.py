"""Reading reports: files, folders and stdin in, Report records (or one-line errors) out.

Formats: .txt, .md (optional front matter), .html/.htm (main text only), .json (one report or
a list) and .jsonl (one report a line). A "<file>.meta.json" sidecar beside any of them adds or
overrides metadata (title, date, date_precision, date_note, source, url, language).

Per-file problems are *yielded* as ReportError (with .path) so one bad file never stops the
rest; read_text and decode raise, because they handle a single input.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from events.decode import decode
from events.errors import ReportError
from events.records import Report
from events.report_formats import format_of, markdown_text, reports_in, split_front_matter
from events.report_meta import (build_report, canonical_metadata, clean_text, detect_language, parse_date,
                                read_error)

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "decode", "detect_language", "markdown_text", "parse_date",
           "read_reports", "read_text", "split_front_matter"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
SIDECAR_SUFFIX = ".meta.json"
STDIN = "-"
STDIN_NAME = "<stdin>"

# Formats people try that are not reports; the message says what to do instead.
_REFUSED_SUFFIXES = {
    # ACLED and UCDP GED tables are read by events/datasets, which `marsad ingest` routes them to.
    ".csv": "a table, not a report; an ACLED or UCDP GED export goes in with `marsad ingest FILE.csv`, "
            "reports go one per file or as a .jsonl with a \"text\" field per line",
    ".tsv": "a table, not a report; an ACLED or UCDP GED export goes in with `marsad ingest FILE.tsv`, "
            "reports go one per file or as a .jsonl with a \"text\" field per line",
    ".xlsx": "a spreadsheet, not a report; export its report texts to a .jsonl",
    ".xls": "a spreadsheet, not a report; export its report texts to a .jsonl",
    ".docx": "a Word document; save it as .txt",
    ".doc": "a Word document; save it as .txt",
    ".odt": "an OpenDocument text; save it as .txt",
    ".pdf": "a PDF document; convert it to text first (e.g. pdftotext)",
    ".rtf": "an RTF document; save it as .txt",
}


def _sidecar_meta(path: Path) -> dict[str, Any]:
    """The metadata in "<file>.meta.json", {} if there is none; ReportError if it is broken."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    name = str(path)
    try:
        raw = json.loads(decode(sidecar.read_bytes(), str(sidecar)) or "{}")
    except RecursionError:
        raise read_error(name, f"its metadata {sidecar.name} is broken (nested too deeply); fix or remove it") from None
    except (OSError, ReportError, json.JSONDecodeError) as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc).split(": ", 1)[-1]
        raise read_error(name, f"its metadata {sidecar.name} is broken ({detail}); fix or remove it") from None
    if not isinstance(raw, dict):
        raise read_error(name, f"its metadata {sidecar.name} is not a JSON object; fix or remove it")
    return canonical_metadata(raw)



# ---------------------------------------------------------------------------------------------
# Entry points


def read_text(text: str, *, title: str = "", published: date | str | None = None, source: str = "",
              url: str = "", language: str | None = None, date_precision: str = "", date_note: str = "",
              path: str = "<text>") -> Report:
    """A Report from pasted text and the metadata the caller knows; ReportError if empty."""
    if not isinstance(text, str):
        raise read_error(path, "not text; give the report as a string")
    meta = {k: v for k, v in (("title", title), ("date", published), ("source", source), ("url", url),
                              ("language", language), ("date_precision", date_precision),
                              ("date_note", date_note)) if v not in (None, "")}
    return build_report(text, meta, path)


def _read_file(path: Path, max_bytes: int) -> Iterator[Report | ReportError]:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in _REFUSED_SUFFIXES:
        yield read_error(name, f"{suffix} is {_REFUSED_SUFFIXES[suffix]}")
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield read_error(name, f"cannot read it ({exc.strerror or exc})")
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
        yield read_error(name, f"cannot read it ({exc.strerror or exc})")
        return
    yield from _read_bytes(data, name, suffix, sidecar)


def _too_big(name: str, size: int, max_bytes: int) -> ReportError:
    return read_error(name, f"{size / 1048576:.1f} MB is over the {max_bytes / 1048576:g} MB limit for one file; "
                        f"split it into smaller files (one report per file, or .jsonl parts, e.g. split -l 1000)")


def _read_bytes(data: bytes, name: str, suffix: str, sidecar: Mapping[str, Any]) -> Iterator[Report | ReportError]:
    try:
        text = decode(data, name)
    except ReportError as err:
        err.path = name
        err.line = None
        yield err
        return
    if not clean_text(text):
        yield read_error(name, "empty report (no text); give a file with the report's text")
        return
    yield from reports_in(text, format_of(suffix, text), name, sidecar)


def _read_stdin(max_bytes: int) -> Iterator[Report | ReportError]:
    stream = sys.stdin
    if stream is None:
        yield read_error(STDIN_NAME, "no standard input to read")
        return
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read(max_bytes + 1)
    else:  # a text stream without bytes underneath (e.g. io.StringIO)
        text = stream.read(max_bytes + 1)
        data = text.encode("utf-8") if isinstance(text, str) else text
    if len(data) > max_bytes:
        yield read_error(STDIN_NAME, f"more than the {max_bytes / 1048576:g} MB limit; split the input "
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
        problems.append(read_error(str(exc.filename or folder), f"cannot read the folder ({exc.strerror or exc})"))

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
                yield read_error(raw, f"no reports in this folder (looked for {', '.join(SUPPORTED_SUFFIXES)})")
            for file in files:
                key = os.path.realpath(file)
                if key not in seen:
                    seen.add(key)
                    yield from _read_file(file, max_bytes)
            continue
        if not path.exists():
            yield read_error(raw, "no such file")
            continue
        if raw.lower().endswith(SIDECAR_SUFFIX):
            partner = Path(raw[: -len(SIDECAR_SUFFIX)])
            if partner.is_file():
                continue  # metadata of a report that is read with it (e.g. a shell glob caught it)
            yield read_error(raw, f"metadata for {partner.name}, which does not exist; give the report itself")
            continue
        if not path.is_file():
            yield read_error(raw, "not a regular file; give a report file, a folder or - for stdin")
            continue
        key = os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        yield from _read_file(path, max_bytes)
