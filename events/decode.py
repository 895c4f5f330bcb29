"""Bytes to text for report files: UTF-8 (with or without BOM), UTF-16/32, Windows-1256 Arabic,
and, as a last resort, whatever charset-normalizer finds — or a clear refusal for binary data.

Order matters. UTF-8 is tried strictly first because a UTF-8 file almost never decodes as
anything else by accident. Windows-1256 is checked by what it yields (real Arabic words, not
just bytes in the Arabic range) rather than guessed by a statistical detector, because
detectors confuse it with other single-byte code pages on short Arabic texts. The same idea
covers UTF-8 with a few stray bytes, an HTML page's declared charset and Windows-1252 Latin text;
charset-normalizer only sees what none of these rules claimed.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from events.errors import ReportError, printable

FORMATS_HINT = "give .txt, .md, .html, .json or .jsonl"

# Signatures of common non-text files, so the message can say what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document (convert it to text first, e.g. pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive or an Office document (save it as .txt)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (save it as .txt)"),
    (b"\x1f\x8b", "a gzip archive (unpack it first)"),
    (b"{\\rtf", "an RTF document (save it as .txt)"),
    (b"\x7fELF", "a program"),
)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Control bytes that never occur in text (tab, newlines, form feed and escape excluded).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
_SAMPLE = 1 << 16  # enough bytes to judge an encoding; whole files are decoded afterwards


def _refuse(name: str, why: str) -> ReportError:
    err = ReportError(f"{printable(name)}: {why}")
    err.path = name
    return err


def _binary(name: str, data: bytes) -> ReportError:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return _refuse(name, f"not a text report ({what}); {FORMATS_HINT}")
    return _refuse(name, f"not a text report (binary data); {FORMATS_HINT}")


def _looks_like_text(text: str) -> bool:
    """No control characters, unassigned or private-use code points beyond a trace."""
    if not text:
        return True
    sample = text[:_SAMPLE]
    bad = 0
    for ch in sample:
        if ch in "\t\n\r\f\v\x1b":
            continue
        if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"):
            bad += 1
    return bad <= len(sample) * 0.005


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs sit on one byte parity only (the high byte of ASCII spaces,
    digits and Latin letters; Arabic's high byte is 0x06) and the decoded text reads as text."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    half = len(data) // 2
    for nul_here, nul_there, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # Real text has a space or ASCII character every few characters; random binary has
        # NULs scattered over both parities.
        if nul_here >= max(2, half * 0.05) and nul_there <= nul_here * 0.01:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text) and _reads_like_prose(text):
                return text
    return None


def _reads_like_prose(text: str) -> bool:
    """Words separated by spaces: what any report has and decoded binary rarely does."""
    sample = text[:_SAMPLE]
    spaces = sum(1 for ch in sample if ch.isspace())
    letters = sum(1 for ch in sample if ch.isalpha())
    return spaces >= len(sample) * 0.03 and letters >= len(sample) * 0.4


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a smart quote pasted from a Windows-1252/1256 editor): the
    many valid multi-byte characters prove it is UTF-8; the stray bytes become U+FFFD, visible
    in the text, rather than the whole file being refused or read in the wrong code page."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if bad <= max(3, len(text) // 200) and good >= 10 * bad:
        return text
    return None


def _arabic_windows_1256(data: bytes) -> str | None:
    """Windows-1256 if that reading gives Arabic: most non-ASCII characters are Arabic letters
    and the article ال is frequent. ISO-8859-6 or mis-declared Latin text fails this check
    (their common letters land on Latin accented letters in Windows-1256)."""
    text = data.decode("cp1256", errors="replace")
    non_ascii = [ch for ch in text if ord(ch) > 127 and not ch.isspace()]
    if not non_ascii:
        return None
    arabic = sum(1 for ch in non_ascii if _ARABIC_LETTER.match(ch))
    if arabic < len(non_ascii) * 0.85:
        return None
    if arabic >= 50 and text.count("ال") < arabic * 0.02:
        return None
    return text


def _western_windows_1252(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1 in practice) if that reading gives Latin prose:
    accented letters a minority of the letters. Arabic in ISO-8859-6 also decodes to accented
    letters in Windows-1252, but then nearly every letter is one."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    accented = sum(1 for ch in text if ord(ch) > 127 and ch.isalpha())
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if letters and accented <= letters * 0.3 and non_ascii <= len(text) * 0.3:
        return text
    return None


def _declared_charset(data: bytes) -> str | None:
    """An HTML page's own <meta charset=…> or http-equiv content type, if Python knows it."""
    m = re.search(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", data[:8192], re.I)
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode(data: bytes, name: str) -> str:
    """Decode a report file's bytes; raise ReportError naming `name` for binary or undecodable
    data. Returns the text without any BOM; an empty file gives "" (the caller says "empty")."""
    if not data:
        return ""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                # .lstrip: a file saved twice by a BOM-adding editor starts with two.
                text = data[len(bom):].decode(codec).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise _refuse(name, f"starts with a {label} byte-order mark but is not valid {label} "
                                    f"(byte {exc.start + len(bom)}); save it again as UTF-8") from None
            if not _looks_like_text(text):
                raise _binary(name, data)
            return text

    for magic, _ in _MAGIC:
        if data.startswith(magic):
            raise _binary(name, data)

    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise _binary(name, data)
        return text

    sample = data[:_SAMPLE]
    if sum(sample.count(b) for b in _CONTROL_BYTES) > len(sample) * 0.01:
        raise _binary(name, data)

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _looks_like_text(text):
            raise _binary(name, data)
        return text

    text = _mostly_utf8(data)
    if text is not None:
        return text

    text = _arabic_windows_1256(data)
    if text is not None:
        return text

    declared = _declared_charset(data)
    if declared:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            if _looks_like_text(text):
                return text

    text = _western_windows_1252(data)
    if text is not None:
        return text

    # Last resort for other code pages (Latin-1, ISO-8859-6, …). Imported here: it is only
    # needed for the rare file that is neither UTF-8 nor Windows-1256 Arabic.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise _refuse(name, "cannot tell its text encoding; save it as UTF-8 and try again")
    text = str(best)
    if not _looks_like_text(text):
        raise _binary(name, data)
    return text
