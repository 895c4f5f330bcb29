"""A report's text as HTML with its places, actors and event sentences marked.

Report text is untrusted (pasted, uploaded, scraped): every character of it, and of every label,
goes through html.escape before it is put between our own tags, so a report carrying <script>
or <img onerror=…> shows those characters and runs nothing.
"""
from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

KINDS = ("place", "actor", "evidence")
_STYLE = """
<style>
.marsad-report{white-space:pre-wrap;line-height:1.9;font-size:1.02rem;padding:.8rem 1rem;
  border:1px solid rgba(128,128,128,.35);border-radius:.4rem;max-height:32rem;overflow-y:auto}
.marsad-report[dir=rtl]{font-family:'DejaVu Sans','Noto Naskh Arabic',Arial,sans-serif;text-align:right}
.marsad-report mark{padding:0;border-radius:.15em;color:inherit}
.marsad-report mark.mv-place{background:rgba(255,170,0,.40)}
.marsad-report mark.mv-actor{background:rgba(60,140,255,.33)}
.marsad-report .mv-ev{border-bottom:2px solid rgba(214,39,40,.75)}
.marsad-key{font-size:.85rem;margin:.2rem 0 .4rem 0}
.marsad-key mark{padding:0 .3em;border-radius:.2em;color:inherit}
</style>
"""


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # one of KINDS
    label: str = ""  # shown on hover: what the mention was resolved to


def _int(value: Any) -> int | None:
    try:
        if value is None or pd.isna(value):
            return None
        return int(value)
    except (TypeError, ValueError):
        return None


def _word(value: Any) -> str:
    """A cell as a short word: "" for missing, dates as YYYY-MM-DD."""
    if value is None or (not isinstance(value, (list, tuple, str)) and pd.isna(value)):
        return ""
    if hasattr(value, "date") and callable(value.date):
        return value.date().isoformat()
    return str(value)


def clip(marks: Iterable[Mark], length: int) -> list[Mark]:
    """Marks inside the text, empty and out-of-range ones dropped (a stale span must not crash)."""
    out = []
    for m in marks:
        start, end = max(0, m.start), min(length, m.end)
        if m.kind in KINDS and start < end:
            out.append(Mark(start, end, m.kind, m.label))
    return out


def evidence_marks(events: pd.DataFrame) -> list[Mark]:
    """The sentence each event was read from, labelled with what was read from it."""
    marks = []
    if events is None or events.empty:
        return marks
    for row in events.to_dict("records"):
        start, end = _int(row.get("evidence_start")), _int(row.get("evidence_end"))
        if start is None or end is None:
            continue
        bits = [_word(row.get(k)) for k in ("event_type", "sub_event_type", "location", "event_date")]
        marks.append(Mark(start, end, "evidence", "Event: " + " · ".join(b for b in bits if b)))
    return marks


def place_marks(rows: Iterable[Mapping[str, Any]]) -> list[Mark]:
    """Marks from events.extract.place_mentions rows (or geo PlaceMention objects)."""
    marks = []
    for row in rows:
        get = row.get if isinstance(row, Mapping) else (lambda k, r=row: getattr(r, k, None))
        start, end = _int(get("start")), _int(get("end"))
        if start is None or end is None:
            continue
        name = get("name_en") or get("place") or get("location")
        resolution = get("resolution")
        if not name and resolution is not None and getattr(resolution, "place", None) is not None:
            name = resolution.place.name_en
        method = get("method") or (getattr(resolution, "method", None) if resolution is not None else None)
        if not name:
            label = "place not found in the gazetteer"
        else:
            where = ", ".join(str(b) for b in (get("kind"), get("admin1")) if b)
            label = " ".join(str(b) for b in (get("relation"), name) if b) + (f" ({where})" if where else "")
            if method:
                label += f" — {method}"
        marks.append(Mark(start, end, "place", label))
    return marks


def term_marks(text: str, terms: Mapping[str, str], kind: str = "actor") -> list[Mark]:
    """Every occurrence of each term (an actor's name as written) labelled with its canonical name.
    Used for actors, whose events carry the canonical name but not where it was written."""
    marks = []
    for term, label in terms.items():
        term = term.strip()
        if len(term) < 2:
            continue
        start = text.find(term)
        while start != -1:
            marks.append(Mark(start, start + len(term), kind, label))
            start = text.find(term, start + len(term))
    return marks


def _inner(active: list[Mark]) -> Mark | None:
    """Among overlapping place/actor marks, the one to draw: a place over an actor ("ميليشيات
    طرابلس" shows طرابلس as a place), else the longest name ("الجيش الوطني الليبي" over "الجيش")."""
    names = [m for m in active if m.kind != "evidence"]
    return min(names, key=lambda m: (m.kind != "place", -(m.end - m.start))) if names else None


def marked_html(text: str, marks: Iterable[Mark]) -> str:
    """The text, escaped, cut at every mark boundary; each piece wrapped in the marks covering it."""
    marks = clip(marks, len(text))
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b], quote=True)
        active = [m for m in marks if m.start <= a and b <= m.end]
        inner = _inner(active)
        if inner is not None:
            piece = (f'<mark class="mv-{inner.kind}" title="{html.escape(inner.label, quote=True)}">'
                     f"{piece}</mark>")
        evidence = [m for m in active if m.kind == "evidence"]
        if evidence:
            label = " | ".join(dict.fromkeys(m.label for m in evidence))
            piece = f'<span class="mv-ev" title="{html.escape(label, quote=True)}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def report_html(text: str, marks: Iterable[Mark], *, language: str = "ar",
                title: str = "", meta: str = "") -> str:
    """A self-contained block: key to the colours, title, meta line and the marked text,
    right-to-left for Arabic."""
    rtl = language == "ar"
    direction = "rtl" if rtl else "ltr"
    head = ""
    if title:
        head += f'<div dir="auto" style="font-weight:600;font-size:1.1rem">{html.escape(title)}</div>'
    if meta:
        head += f'<div dir="auto" style="opacity:.75;font-size:.85rem">{html.escape(meta)}</div>'
    key = ('<div class="marsad-key"><mark class="mv-place" style="background:rgba(255,170,0,.40)">place</mark> '
           '<mark class="mv-actor" style="background:rgba(60,140,255,.33)">actor</mark> '
           '<span style="border-bottom:2px solid rgba(214,39,40,.75)">sentence an event was read from</span>'
           ' — hover a mark for what it was read as</div>')
    body = marked_html(text, marks)
    return (f'{_STYLE}{key}{head}<div class="marsad-report" dir="{direction}" '
            f'lang="{html.escape(language or "und", quote=True)}">{body}</div>')
