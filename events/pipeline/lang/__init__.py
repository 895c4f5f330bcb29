"""Per-language rules that are more than word lists (those are rows of
``events/lexicon/cues.csv``): whether a trigger is an aim, is negated, or names a
happening already told ("الهجوم", "the attack"). A language is a module here with the
functions of ``ar`` and ``en``; ``for_token`` picks one by the word's script (Arabic
words take ``ar``; Latin words the report's Latin-script language, English by default).
"""
from __future__ import annotations

from events.pipeline.lang import ar, en

LATIN = {"en": en}


def for_token(token, lang: str = "en"):
    return ar if token.arabic else LATIN.get(lang, en)
