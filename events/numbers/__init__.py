"""Numbers in report text: digits (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹), Arabic and English
number words, and the vague quantity words that casualty reports use.

Two public readers:
- ``parse_number(s) -> int | None``: the integer a phrase names ("150", "١٥٠", "مئة وخمسين",
  "ثلاثة آلاف", "twenty-five", "a dozen"). Vague words give their conventional value (below).
- ``parse_quantity(s) -> Quantity | None``: the same value plus whether it is a lower bound
  or an estimate.

Vague words follow ACLED's fatality coding conventions, so figures agree with ACLED data
(the sample's "spoke of dozens dead" adds 12; "many were killed, no numbers given" is 10):
  عشرات / العشرات / بالعشرات / dozens / scores -> 12, lower bound, estimate
  مئات / hundreds                  -> 100, lower bound, estimate
  آلاف / thousands                 -> 1000, lower bound, estimate
  عدة / عدد من / العديد / several / many / a number of / numerous -> 10, estimate
  بضعة / a few / a couple of       -> 3 / 3 / 2, estimate
"a dozen" is 12 and exact.

Where things are: ``ar`` and ``en`` (each language's number and vague words, its ``NUMBER``
and ``VAGUE`` patterns), ``base`` (the ``Quantity`` record, digit runs, ``word_trie``),
``folding`` (``fold``, the length-aware Arabic fold that dates and casualties match against,
with a map back to the caller's offsets). A new language is one module with ``vague``,
``reads`` and ``words``, added to ``LANGUAGES`` below.
"""
from __future__ import annotations

from events.numbers import ar, en
from events.numbers.ar import AR_NUMBER, AR_VAGUE, AR_VAGUE_VALUES
from events.numbers.base import Quantity, word_trie
from events.numbers.en import EN_NUMBER, EN_NUMBER_WORDS, EN_VAGUE, EN_VAGUE_VALUES
from events.numbers.folding import Folded, fold, fold_ar

__all__ = ["Quantity", "parse_number", "parse_quantity", "fold", "Folded", "fold_ar",
           "AR_NUMBER", "EN_NUMBER", "AR_VAGUE", "EN_VAGUE", "AR_VAGUE_VALUES",
           "EN_VAGUE_VALUES", "EN_NUMBER_WORDS", "word_trie"]

# Vague words are looked up in every language; number words by the first that reads the
# phrase (English: ASCII only), so the order matters.
LANGUAGES = (en, ar)


def parse_quantity(s: str) -> Quantity | None:
    """A number phrase's value with lower-bound/estimate flags; None if it is not one."""
    if not isinstance(s, str):
        return None
    t = " ".join(fold_ar(s).split()).strip()
    if not t:
        return None
    digits = t.replace(",", "")
    if digits.isascii() and digits.isdigit():
        # No count of people runs past a dozen digits; a longer run is an id or junk, and
        # int() refuses runs past 4,300 digits with a ValueError.
        return Quantity(int(digits)) if len(digits) <= 12 else None
    for lang in LANGUAGES:
        q = lang.vague(t)
        if q is not None:
            return q
    for lang in LANGUAGES:
        if lang.reads(t):
            v = lang.words(t)
            return Quantity(v) if v is not None else None
    return None


def parse_number(s: str) -> int | None:
    """The integer a number phrase names ("١٥٠", "مئة وخمسين", "fifteen"), vague words giving
    their conventional value (see module doc); None for anything else."""
    q = parse_quantity(s)
    return q.value if q else None
