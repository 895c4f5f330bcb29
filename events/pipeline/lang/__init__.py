"""Per-language rules that are more than word lists (those are rows of
``events/lexicon/cues.csv``): whether a trigger is an aim, is negated, or names a
happening already told ("الهجوم", "the attack"). A language is a module here with the
functions of ``en`` (``is_purpose``, ``is_negated``, ``definite_at``, ``definite_phrase``),
registered in ``RULES`` under its code; a report whose ``language`` is a code of ``RULES``
is read with it. ``for_token`` picks the rules for a word: Arabic script takes ``ar``
(an English report quoting Arabic too), other words the report's language, English when
it has no rules of its own.
"""
from __future__ import annotations

from events.pipeline.lang import ar, en

RULES = {"ar": ar, "en": en}


def for_token(token, report_lang: str = "en"):
    return ar if token.arabic else RULES.get(report_lang, en)
