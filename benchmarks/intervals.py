"""How far a set's figures could move by chance: bootstrap intervals over its articles.

A held-out set of 30 articles and 48 gold events puts one event at two points of recall, so
"83.3 % against a target of 85 %" says little on its own. Drawing the set's articles again
with replacement (the article is the unit: its events are coded, matched and retold
together) and scoring each draw gives the spread a reader should keep in mind. Every figure
of a set is a sum over its articles, so a draw is scored by adding up per-article tallies
(``article_tallies``), not by matching again.

The draws come from a seeded generator: the same set prints the same interval every run.
"""
from __future__ import annotations

import random
from dataclasses import astuple, dataclass, fields

try:  # imported as benchmarks.intervals (tests) or from the script's own folder
    from .matching import Coded, score
except ImportError:
    from matching import Coded, score

DRAWS = 2000
LEVEL = 0.95
SEED = 16  # the number: any fixed seed keeps the printout stable
MIN_ARTICLES = 20  # fewer and an interval spans most of [0, 1]: not printed


@dataclass(frozen=True)
class Tally:
    """One article's part of a set's figures."""
    found: int
    found_matched: int
    gold: int
    gold_matched: int
    pairs: int
    type_agrees: int
    empty: int  # 1 if its gold has no event
    quiet: int  # 1 if, besides, nothing was extracted from it


def article_tallies(gold: dict[str, list[Coded]], found: dict[str, list[Coded]],
                    acled_names: dict[str, str] | None = None, compare_actors: bool = True) -> list[Tally]:
    out = []
    for article, golds in gold.items():
        s = score({article: golds}, {article: found.get(article, [])}, acled_names, compare_actors)
        out.append(Tally(s.found, s.found_matched, s.gold, s.gold_matched, len(s.pairs), s.agree["type"],
                         s.empty_articles, s.empty_quiet))
    return out


def figures(tallies: list[Tally]) -> dict[str, float | None]:
    """Precision, recall, type and quiet share of the articles taken together (None where
    nothing counts towards one)."""
    found, found_matched, gold, gold_matched, pairs, type_agrees, empty, quiet = (
        [sum(column) for column in zip(*(astuple(x) for x in tallies))] or [0] * len(fields(Tally)))
    return {"precision": found_matched / found if found else None,
            "recall": gold_matched / gold if gold else None,
            "type": type_agrees / pairs if pairs else None,
            "quiet": quiet / empty if empty else None}


def intervals(tallies: list[Tally], draws: int = DRAWS, level: float = LEVEL,
              seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Per figure, the central ``level`` share of its values over ``draws`` resamples of the
    articles; a figure with no denominator in the set itself is left out."""
    rng = random.Random(seed)
    values: dict[str, list[float]] = {k: [] for k, v in figures(tallies).items() if v is not None}
    for _ in range(draws):
        drawn = figures(rng.choices(tallies, k=len(tallies)))
        for k in values:
            if drawn[k] is not None:  # a draw with no empty article says nothing of quietness
                values[k].append(drawn[k])
    lo, hi = (1 - level) / 2, 1 - (1 - level) / 2
    out = {}
    for k, vs in values.items():
        vs.sort()
        out[k] = (vs[int(lo * (len(vs) - 1))], vs[int(hi * (len(vs) - 1))])
    return out


def interval_line(name: str, tallies: list[Tally], draws: int = DRAWS, level: float = LEVEL) -> str | None:
    """``interval SET: precision LO-HI, ...`` or None for a set of too few articles."""
    if len(tallies) < MIN_ARTICLES:
        return None
    spans = intervals(tallies, draws, level)
    figs = ", ".join(f"{k} {a:.3f}-{b:.3f}" for k, (a, b) in spans.items())
    return f"interval {name}: {figs} ({level:.0%}, {draws} draws of its {len(tallies)} articles)"
