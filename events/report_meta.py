"""Report metadata and the Report record built from it: dates, language, title, clean text.

What every input format shares once its text and metadata are out (events.report_formats
gets them out, events.read finds the files). Errors are ReportError with .path (and .line).
"""
from __future__ import annotations

import email.utils
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, timezone
from typing import Any

from events.errors import ReportError, printable
from events.records import REPORT_DATE_PRECISIONS, Report, report_id

TITLE_MAX = 200
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def read_error(path: str, message: str, line: int | None = None) -> ReportError:
    """One line naming the file (and line), with .path (and .line) set for callers."""
    where = f"{printable(path)} line {line}" if line is not None else printable(path)
    err = ReportError(f"{where}: {' '.join(message.split())}")
    err.path = path
    err.line = line
    return err



def parse_date(value: Any) -> tuple[date | None, str]:
    """A metadata date and its precision ("day", "month", "year"), or (None, "unknown").

    Accepts ISO dates and datetimes (2019-09-29, 2019-09-29T10:00:00, …Z, …+02:00), 2019/09/29,
    day-first 29/09/2019 (29-09-2019, 29.09.2019; month-first only when the day cannot be the
    first number), e-mail/RSS dates ("Thu, 05 Apr 2018 07:58:55 +0400", as in the ANT corpus),
    2019-09 and 2019, and written dates with a four-digit year ("29 September 2019",
    "29 سبتمبر 2019"). Never returns today for words like "today": a year must be written.
    Years outside 1900-2100 (0001-01-01, 9999-12-31: placeholders of the systems that wrote
    the file) give no date: relative dates in the text would be read against them."""
    found, precision = _parse_date(value)
    if found is None or not EARLIEST_YEAR <= found.year <= LATEST_YEAR:
        return None, "unknown"
    return found, precision


def _parse_date(value: Any) -> tuple[date | None, str]:
    if isinstance(value, datetime):
        return value.date(), "day"
    if isinstance(value, date):
        return value, "day"
    if isinstance(value, int) and not isinstance(value, bool) and EARLIEST_YEAR <= value <= LATEST_YEAR:
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


def parse_filed(value: Any) -> datetime | None:
    """The moment a metadata date gives, in UTC, when it gives a time and a zone ("Sun, 20 May
    2018 01:01:43 GMT", "2018-05-20T01:01:43+02:00", "…Z"); None otherwise. A time with no zone
    is left out: it could be the outlet's clock or the crawler's, hours apart."""
    if isinstance(value, datetime):
        found = value
    elif isinstance(value, str) and re.search(r"\d:\d\d", value):
        s = " ".join(value.translate(_ARABIC_DIGITS).split())
        try:
            found = datetime.fromisoformat(s)
        except ValueError:
            try:
                found = email.utils.parsedate_to_datetime(s)
            except (TypeError, ValueError, IndexError):
                return None
    else:
        return None
    if found.tzinfo is None or found.utcoffset() is None or not EARLIEST_YEAR <= found.year <= LATEST_YEAR:
        return None
    return found.astimezone(timezone.utc)


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


# Arabic presentation forms (U+FB50-U+FDFF, U+FE80-U+FEFC) are glyph shapes, not letters: text
# copied out of a PDF or an old page carries them ("ﺷﻦ ﻃﻴﺮان اﻟﺘﺤﺎﻟﻒ ﻏﺎرة ﺟﻮﻳﺔ"), and no
# word, place or date in them would be found. They are folded to the letters they show.
_PRESENTATION_FORMS = re.compile(r"[\uFB50-\uFDFF\uFE80-\uFEFC]+")


def clean_text(text: str) -> str:
    """One newline convention, no BOM or surrounding blank space, and Arabic letters rather
    than their presentation forms, so that the same report in CRLF or LF, with or without
    BOM, is the same report (same content hash) and reads as it shows."""
    text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
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


def canonical_metadata(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Known keys from a metadata mapping, under their canonical names (first key wins)."""
    meta: dict[str, Any] = {}
    for key, value in raw.items():
        canonical = _KEYS.get(str(key).strip().lower())
        if canonical and canonical not in meta and value not in (None, ""):
            meta[canonical] = value
    return meta


# How coarse a report date is; "estimated" is a day-precise date that a person inferred.
_PRECISION_RANK = {"day": 0, "estimated": 0, "month": 1, "year": 2}


def build_report(text: str, meta: Mapping[str, Any], path: str) -> Report:
    """A Report from cleaned text and canonical metadata; raises ReportError when empty."""
    text = clean_text(text)
    if not text:
        raise read_error(path, "empty report (no text); give a file with the report's text")
    published, precision = parse_date(meta.get("date"))
    if published is None and "date_fallback" in meta:
        published, precision = parse_date(meta["date_fallback"])
    given = str(meta.get("date_precision", "")).strip().lower()
    coarser = _PRECISION_RANK.get(given, -1) >= _PRECISION_RANK.get(precision, 0)
    if published is not None and given in REPORT_DATE_PRECISIONS and coarser:
        # Metadata may say a date is estimated, or coarser than it is written; never finer.
        precision = given
    # The time may sit in the date itself or, as in the ANT corpus, beside a plain date
    # ("date": "2018-05-20", "time_raw": "Sun, 20 May 2018 01:01:43 GMT"): then only when the
    # two name the same day.
    filed = parse_filed(meta.get("date"))
    if filed is None and published is not None and parse_date(meta.get("date_fallback"))[0] == published:
        filed = parse_filed(meta["date_fallback"])
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
        filed=filed if published is not None and precision in ("day", "estimated") else None,
    )
