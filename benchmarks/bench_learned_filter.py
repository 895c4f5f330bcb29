"""Would a small learned filter beat the rules? (Issue 16: a learned component ships only if
it beats the rules on held-out data.) A character n-gram logistic regression over each
extracted event's type and evidence sentence, labelled by whether the event matches a gold
event, is trained on the tuning sets (ant-gold-40, ant-coded-tune) and scored leaving one
article out; then, trained on all of them, on the held-out sets (ant-coded-heldout, -r4).
It prints precision with the rules alone and with the filter at several thresholds, and the
real events the filter would lose. Needs scikit-learn (not a Marsad dependency):

    pip install scikit-learn && python benchmarks/bench_learned_filter.py
"""
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]
try:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
except ImportError:
    sys.exit("skipped: scikit-learn is not installed (pip install scikit-learn)")
import bench_extract as b  # noqa: E402
from gold_sets import ant_gold, articles
from matching import matches
from events.extract import extract
from events.read import read_reports
from events.records import Report
from geo.resolve import Resolver
r = Resolver(offline=True)
path = b.DATA / "ant_libya_arabic_news.jsonl"
texts = articles(path)
reports = [x for x in read_reports([path]) if isinstance(x, Report)]
by_doc = dict(zip(texts, reports))
def rows(gpath):
    gold, _ = ant_gold(gpath, texts)
    out = []
    for d, gs in gold.items():
        for e in extract(by_doc[d], r):
            c = b._coded(d, e)
            out.append((d, f"{e.event_type} {e.sub_event_type} || {e.evidence}", any(matches(g, c) for g in gs), e.confidence))
    return out, gold
tune, _ = rows(b.DATA / "ant_gold_events.jsonl")
t2, _ = rows(b.GOLD / "ant_coded_tune.jsonl")
tune += t2
held, _ = rows(b.GOLD / "ant_coded_heldout.jsonl")
h2, _ = rows(b.GOLD / "ant_coded_heldout_r4.jsonl")
held += h2
print("tune", len(tune), sum(x[2] for x in tune), "held", len(held), sum(x[2] for x in held))
def fit(data):
    v = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=1, sublinear_tf=True)
    X = v.fit_transform([x[1] for x in data]); y = [x[2] for x in data]
    m = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000).fit(X, y)
    return v, m
def score(kept, data):
    tp = sum(1 for x, k in zip(data, kept) if k and x[2]); n = sum(kept)
    return tp / max(n, 1), tp, n
# leave one article out on the tuning sets
docs = sorted({x[0] for x in tune})
keep = []
probs = np.zeros(len(tune))
for d in docs:
    tr = [x for x in tune if x[0] != d]; te = [i for i, x in enumerate(tune) if x[0] == d]
    v, m = fit(tr)
    probs[te] = m.predict_proba(v.transform([tune[i][1] for i in te]))[:, 1]
for th in (0.2, 0.3, 0.4, 0.5):
    kept = [p >= th for p in probs]
    print(f"tune LOAO th {th}: rules P {score([True]*len(tune), tune)[0]:.3f} ({len(tune)}), "
          f"with model P {score(kept, tune)[0]:.3f} kept {sum(kept)}, true events lost {sum(1 for x,k in zip(tune,kept) if x[2] and not k)}")
v, m = fit(tune)
hp = m.predict_proba(v.transform([x[1] for x in held]))[:, 1]
for th in (0.2, 0.3, 0.4, 0.5):
    kept = [p >= th for p in hp]
    print(f"held-out th {th}: rules P {score([True]*len(held), held)[0]:.3f}, model P {score(kept, held)[0]:.3f} kept {sum(kept)}, "
          f"true lost {sum(1 for x,k in zip(held,kept) if x[2] and not k)}")
