"""The benchmark's bootstrap intervals (benchmarks/intervals.py): a draw is scored by adding
up per-article tallies, so the tallies must add up to the set's own figures; the interval
holds the set's figure, is the same every run, and narrows as the set grows."""
from __future__ import annotations

from datetime import date

from benchmarks.intervals import MIN_ARTICLES, article_tallies, figures, interval_line, intervals
from benchmarks.matching import Coded, score

DERNA = (32.7594, 22.6383)
SIRTE = (31.2089, 16.5887)


def ev(article, where=DERNA, types=("Battles",), day="2018-05-28") -> Coded:
    return Coded(article, date.fromisoformat(day), "day", frozenset(types), None, None, *where)


def _set(n: int):
    """n articles of four kinds: found and agreeing on type, found with another type, missed
    (the event put in Sirte), and an empty article that got a false event or stayed quiet."""
    gold, found = {}, {}
    for i in range(n):
        a = f"a{i}"
        kind = i % 5
        if kind == 0:
            gold[a], found[a] = [ev(a)], [ev(a)]
        elif kind == 1:
            gold[a], found[a] = [ev(a)], [ev(a, types=("Explosions/Remote violence",))]
        elif kind == 2:
            gold[a], found[a] = [ev(a)], [ev(a, where=SIRTE)]
        elif kind == 3:
            gold[a], found[a] = [], [ev(a)]
        else:
            gold[a], found[a] = [], []
    return gold, found


def test_the_tallies_add_up_to_the_sets_own_figures():
    gold, found = _set(25)
    s = score(gold, found)
    got = figures(article_tallies(gold, found))
    assert got["precision"] == s.precision and got["recall"] == s.recall
    assert got["type"] == s.share("type")
    assert got["quiet"] == s.empty_quiet / s.empty_articles


def test_the_interval_holds_the_figure_and_is_the_same_every_run():
    gold, found = _set(25)
    tallies = article_tallies(gold, found)
    got = figures(tallies)
    spans = intervals(tallies)
    assert spans == intervals(tallies)
    for k, (lo, hi) in spans.items():
        assert lo <= got[k] <= hi and lo < hi


def test_the_interval_narrows_as_the_set_grows():
    small = intervals(article_tallies(*_set(25)))
    large = intervals(article_tallies(*_set(250)))
    for k in ("precision", "recall", "type"):
        assert large[k][1] - large[k][0] < small[k][1] - small[k][0]


def test_a_set_of_few_articles_gets_no_interval_line():
    gold, found = _set(MIN_ARTICLES - 1)
    assert interval_line("tiny", article_tallies(gold, found)) is None
    gold, found = _set(MIN_ARTICLES)
    line = interval_line("enough", article_tallies(gold, found))
    assert line.startswith("interval enough: precision ") and f"of its {MIN_ARTICLES} articles" in line
