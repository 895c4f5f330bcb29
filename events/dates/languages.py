"""The date languages, and the word tables the resolver reads across all of them.

A new language is one module beside ``ar.py`` and ``en.py`` that builds a ``DateLanguage``,
added to ``LANGUAGES`` here. Order matters only for ties between two languages' candidates
of the same length and kind at the same place: the earlier language wins."""
from __future__ import annotations

from events.dates import ar, en

LANGUAGES = (ar.LANGUAGE, en.LANGUAGE)
BY_CODE = {lang.code: lang for lang in LANGUAGES}


def _merged(attr: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        out.update(getattr(lang, attr))
    return out


# Modifier words of every language, so "الجمعة الماضية" and "last Friday" read alike;
# "cur" stands for "this year" where a pattern says it without a word (هذا العام).
MOD_KINDS = {**_merged("mod_kinds"), "cur": "cur"}
PART_KINDS = _merged("part_kinds")
PERIOD_UNITS = _merged("period_units")
BACKWARD = tuple(w for lang in LANGUAGES for w in lang.backward)


def recent_unit(unit: str) -> str | None:
    """"h" (hours: the anchor's day), "w" (weeks) or None (days) for a "recent ..." unit."""
    for lang in LANGUAGES:
        kind = lang.recent_unit(unit)
        if kind is not None:
            return kind
    return None
