"""What the number readers of every language share: the quantity record, digit runs and
the regex helpers their patterns are built with."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    value: int
    lower_bound: bool = False  # "dozens": at least this many
    estimate: bool = False     # a vague word, not a count


def word_trie(words) -> str:
    """A regex alternation of ``words`` factored into a trie: Python's re tries plain
    alternatives one by one, so 150 words cost 150 attempts at every word start; a trie
    makes that one walk."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


#: A run of digits, "1,200" included.
DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+"
