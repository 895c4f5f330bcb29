"""Would a small learned filter beat the rules? (Issue 16: a learned component ships only if
it beats the rules on held-out data.)

    pip install scikit-learn
    python benchmarks/bench_learned_filter.py [--ant-corpus DIR ...] [--saudinewsnet DIR]

A character n-gram logistic regression reads each extracted event's type, sub-type and
evidence sentence and is labelled by whether the event matches a gold event (the scoring of
``matching``). It is trained on every tuning set at hand: ``ant-gold-40`` and the
``ant_coded_tune*`` rounds always, the ``ant_extra_tune*`` rounds with ``--ant-corpus`` (the
checkouts ``bench_extract.py`` takes), the ``snn_tune*`` rounds with ``--saudinewsnet``.

1. Leaving one article out of the tuning sets (and every event of another article told by
   the same sentence: rounds hold copies and teasers of one story), each event gets the
   filter's probability from a model that never saw it; for each threshold the tuning sets'
   precision, recall and the real events lost are printed beside the rules alone.
2. The threshold is chosen there, on tuning data only: the highest precision that loses no
   more than one real event in a hundred (``--max-lost``).
3. Trained on all the tuning sets, the filter at that one threshold is scored on each held-out
   set (summary lines only, as ``bench_extract.py`` prints them), beside the rules alone.
   Held-out sets are never used to choose anything.
4. For each held-out event the filter would drop: real or false, and how close its text comes
   to a tuning event (the highest cosine of their n-gram vectors). Many articles repeat a wire
   paragraph word for word, so a drop at cosine near 1 is the filter recalling a sentence it
   was taught, not judging a new one.

scikit-learn is not a Marsad dependency: the filter would ship only if step 3 beat the rules
on sentences it had not been taught (step 4).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
try:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
except ImportError:
    sys.exit("skipped: scikit-learn is not installed (pip install scikit-learn)")

import bench_extract as b  # noqa: E402
from gold_sets import MissingArticles, ant_gold, articles, corpus_articles, snn_articles  # noqa: E402
from matching import accuracy_line, matches, score  # noqa: E402

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6)


def _reports(texts: dict[str, dict]) -> dict:
    """docno -> Report, read through events.read as the ANT file gives its articles."""
    from events.read import read_reports
    from events.records import Report

    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "articles.jsonl"
        lines.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in texts.values()),
                         encoding="utf-8")
        reports = [r for r in read_reports([lines]) if isinstance(r, Report)]
    return dict(zip(texts, reports))


def load_sets(corpora: list[Path], snn: Path | None) -> list[tuple[str, dict, dict]]:
    """(name, gold, docno -> Report) for every Arabic set whose articles are at hand."""
    shared = b.DATA / "ant_libya_arabic_news.jsonl"
    if not shared.exists():
        sys.exit(f"skipped: {shared} is absent")
    shared_reports = _reports(articles(shared))
    texts = articles(shared)
    out = []
    paths = [(p.name, p, None) for p in [b.DATA / "ant_gold_events.jsonl", *sorted(b.GOLD.glob("ant_coded_*.jsonl"))]]
    if corpora:
        paths += [(p.name, p, lambda g: corpus_articles(g, corpora)) for p in sorted(b.GOLD.glob("ant_extra_*.jsonl"))]
    if snn is not None:
        paths += [(p.name, p, lambda g: snn_articles(g, snn)) for p in sorted(b.GOLD.glob("snn_*.jsonl"))]
    for name, path, load in paths:
        if load is None:
            gold, _ = ant_gold(path, texts)
            out.append((name, gold, {d: shared_reports[d] for d in gold}))
            continue
        try:
            own = load(path)
        except MissingArticles as exc:
            print(f"skipped {exc}")
            continue
        gold, _ = ant_gold(path, own)
        out.append((name, gold, _reports(own)))
    return out


def extracted(sets, resolver) -> list[tuple[str, str, dict, dict]]:
    """(name, docno -> [(Coded, features)], gold) per set: each event the rules extract (the
    pipeline as shipped), coded for scoring, with the text the filter reads."""
    from events.extract import extract

    out = []
    for name, gold, reports in sets:
        found = {}
        for d in gold:
            found[d] = [(b._coded(d, e), f"{e.event_type} {e.sub_event_type} || {e.evidence}")
                        for e in extract(reports[d], resolver)]
        out.append((name, found, gold))
    return out


def fit(texts: list[str], labels: list[bool]):
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=1, sublinear_tf=True)
    model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)
    model.fit(vec.fit_transform(texts), labels)
    return vec, model


def _rows(found: dict, gold: dict) -> list[tuple[str, int, str, bool]]:
    return [(d, i, feat, any(matches(g, c) for g in gold[d]))
            for d, evs in found.items() for i, (c, feat) in enumerate(evs)]


def _pooled(parts: list[tuple[dict, dict]]) -> tuple[dict, dict]:
    """One gold and one found over several sets (docnos are unique across sets, except the
    same article coded in two rounds, which is kept apart by its set's name)."""
    gold, found = {}, {}
    for n, (f, g) in enumerate(parts):
        for d in g:
            gold[(n, d)], found[(n, d)] = g[d], f.get(d, [])
    return gold, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ant-corpus", type=Path, action="append", default=[], metavar="DIR")
    ap.add_argument("--saudinewsnet", type=Path, metavar="DIR")
    ap.add_argument("--max-lost", type=float, default=0.01,
                    help="the most real events (a share) the chosen threshold may lose on the tuning sets")
    args = ap.parse_args()
    import geo

    resolver = geo.Resolver(offline=True)
    sets = extracted(load_sets(args.ant_corpus, args.saudinewsnet), resolver)
    tune = [s for s in sets if "heldout" not in s[0]]
    held = [s for s in sets if "heldout" in s[0]]
    rows = [(n, *r) for n, (_, f, g) in enumerate(tune) for r in _rows(f, g)]
    real = sum(r[4] for r in rows)
    print(f"tuning sets: {len(tune)}, {len(rows)} extracted events, {real} of them real; "
          f"held-out sets: {', '.join(s[0] for s in held) or 'none'}")

    # 1. leave one article out
    probs = np.zeros(len(rows))
    for art in sorted({(r[0], r[1]) for r in rows}):
        test = [i for i, r in enumerate(rows) if (r[0], r[1]) == art]
        # the same sentence in another article (a copy, a teaser, a wire paragraph) is left
        # out too, or the model would be scored on what it learnt by heart
        seen = {rows[i][3] for i in test}
        train = [r for r in rows if (r[0], r[1]) != art and r[3] not in seen]
        vec, model = fit([r[3] for r in train], [r[4] for r in train])
        probs[test] = model.predict_proba(vec.transform([rows[i][3] for i in test]))[:, 1]
    gold, _ = _pooled([(f, g) for _, f, g in tune])
    names = b._acled_names()
    base = score(gold, _pooled([({d: [c for c, _ in evs] for d, evs in f.items()}, g) for _, f, g in tune])[1], names)
    print(f"  rules alone: {accuracy_line('tuning (pooled)', base)}")
    best = None
    for th in THRESHOLDS:
        keep = {((r[0], r[1]), r[2]) for r, p in zip(rows, probs) if p >= th}
        found = {}
        for n, (_, f, g) in enumerate(tune):
            for d, evs in f.items():
                found[(n, d)] = [c for i, (c, _) in enumerate(evs) if ((n, d), i) in keep]
        s = score(gold, found, names)
        lost = sum(1 for r, p in zip(rows, probs) if r[4] and p < th)
        print(f"  threshold {th}: {accuracy_line('tuning (pooled)', s)}; real events lost {lost}/{real}")
        if lost <= args.max_lost * real and (best is None or s.precision > best[1]):
            best = (th, s.precision)
    if best is None or best[1] <= base.precision:
        print("no threshold raises precision on the tuning sets without losing more real events than "
              f"{args.max_lost:.0%}: the filter is not tried on the held-out sets")
        return 0
    th = best[0]
    print(f"chosen on the tuning sets: threshold {th}")

    # 3. trained on every tuning event, one threshold, the held-out sets; 4. what it drops
    vec, model = fit([r[3] for r in rows], [r[4] for r in rows])
    taught = vec.transform([r[3] for r in rows])
    for name, found, gold in held:
        plain = score(gold, {d: [c for c, _ in evs] for d, evs in found.items()}, names)
        kept, dropped = {}, []
        for d, evs in found.items():
            kept[d] = []
            for (c, feat), p in zip(evs, model.predict_proba(vec.transform([f for _, f in evs]))[:, 1] if evs else []):
                if p >= th:
                    kept[d].append(c)
                else:
                    dropped.append((any(matches(g, c) for g in gold[d]), feat))
        filtered = score(gold, kept, names)
        for label, s in (("rules alone:", plain), ("with filter:", filtered)):
            print(f"  {label:14} {accuracy_line(name, s)}; quiet {s.empty_quiet}/{s.empty_articles}")
        if dropped:
            near = (vec.transform([f for _, f in dropped]) @ taught.T).toarray().max(axis=1)
            print("    dropped: " + "; ".join(f"{'real' if real else 'false'} (cosine to a tuning event {c:.2f})"
                                              for (real, _), c in zip(dropped, near)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
