"""benchmarks/not_libya.py: which ANT articles its unlabelled check draws (no extractor run)."""
from __future__ import annotations

from datetime import date

from benchmarks.not_libya import draw


def _article(folder, docno: str, text: str) -> None:
    (folder / f"{docno}.txt").write_text(
        f"<DOC>\n<DOCNO>{docno}</DOCNO>\n<TITLE>t</TITLE>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n", encoding="utf-8")


def test_it_draws_articles_that_never_name_libya_and_no_gold_one(tmp_path):
    folder = tmp_path / "CNN" / "middleEast"
    folder.mkdir(parents=True)
    _article(folder, "CN-middleEast-1-20180502", "قصفت الطائرات مواقع في إدلب أمس.")
    _article(folder, "CN-middleEast-2-20180502", "اشتباكات في طرابلس أمس.")  # names a Libyan town
    _article(folder, "CN-middleEast-3-20180502", "قصفت الطائرات مواقع في حمص أمس.")  # in a gold set
    (folder / "README.txt").write_text("no article here", encoding="utf-8")
    got = draw([tmp_path], {"CN-middleEast-3-20180502"}, 10)
    assert [(d, day) for d, _text, day in got] == [("CN-middleEast-1-20180502", date(2018, 5, 2))]


def test_the_draw_is_the_same_each_time(tmp_path):
    folder = tmp_path / "BBC" / "economy"
    folder.mkdir(parents=True)
    for k in range(30):
        _article(folder, f"BB-economy-{k}-20180101", f"خبر اقتصادي رقم {k}.")
    first = [d for d, _t, _day in draw([tmp_path], set(), 12)]
    assert first == [d for d, _t, _day in draw([tmp_path], set(), 12)] and len(first) == 12
    assert first != sorted(first)  # shuffled, not in file order
