"""Cue words of the extraction rules, per language (``events/lexicon/cues.csv``).

A row: ``cue, lang, words, why``. ``words`` are space-separated and folded as the text is
(``events.sentences.tokenize``); rows of one cue add up. ``cue(name)`` is the set over every
language (a stage checks a token against it whatever the report's language);
``cue(name, lang)`` one language's words. A cue named ``*_opening`` holds phrases, one a
row, matched against a sentence's first words. Adding a language is adding its rows here
(and its triggers and actor names in the other two lexicons).
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache

from events.errors import LexiconError
from events.sentences import clitic_forms, tokenize

CUE_COLUMNS = ("cue", "lang", "words", "why")


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str], ...]:
    from events.actors import lexicon_text

    text, where = lexicon_text("cues.csv")
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != CUE_COLUMNS:
        raise LexiconError(f"{where}: the header must be {','.join(CUE_COLUMNS)}")
    out = []
    for n, row in enumerate(reader, start=2):
        name, lang, words = (row["cue"] or "").strip(), (row["lang"] or "").strip(), (row["words"] or "").strip()
        if not name or not lang or not words:
            raise LexiconError(f"{where} line {n}: cue, lang and words are needed")
        out.append((name, lang, words))
    return tuple(out)


@lru_cache(maxsize=None)
def cue(name: str, lang: str | None = None) -> frozenset[str]:
    """The folded words of a cue (every language, or one)."""
    rows = [w for c, la, w in _rows() if c == name and (lang is None or la == lang)]
    if not rows:
        raise LexiconError(f"no cue {name!r}{f' for {lang}' if lang else ''} in events/lexicon/cues.csv")
    return frozenset(t.key for w in rows for t in tokenize(w))


@lru_cache(maxsize=None)
def openings(name: str) -> tuple[str, ...]:
    """The phrases of an ``*_opening`` cue, folded, one per row."""
    rows = [w for c, _la, w in _rows() if c == name]
    if not rows:
        raise LexiconError(f"no cue {name!r} in events/lexicon/cues.csv")
    return tuple(" ".join(t.key for t in tokenize(w)) for w in rows)


def said(key: str, words: frozenset[str]) -> bool:
    """Whether a token's key is one of a cue's ``words``, as written or behind its proclitics
    ("والعزاء", "للشهيد", "بالخبير")."""
    return key in words or any(f in words for f in clitic_forms(key))
