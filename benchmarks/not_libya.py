"""Events put in Libya from reports that never name it: a check that needs no coding.

The ANT corpora hold tens of thousands of Arabic articles about everything but Libya. One that
never names Libya nor a main Libyan town (``LIBYA_WORDS``) and is in no gold set reports no
Libyan event, so any event the extractor places in Libya there is false: Damascus's Yarmouk
camp read as Tripoli's, the White Helmets ("الخوذ البيضاء") as al-Bayda, Sousse as Susa. The
articles are drawn in one fixed shuffled order (seed 12) over the checkouts given; the first
``PART`` are the part the team read while writing rules against such places, the next
``PART`` are only ever counted. `bench_extract.py --not-libya` prints one line for each:

    not-libya ant-tune: events in Libya from B of N articles that never name it (x %)

With ``--saudinewsnet DIR`` too, the same for ``PART`` SaudiNewsNet articles (Saudi papers
of July–August 2015, in no SNN gold set): `not-libya snn-tune`. Every Libyan event the
extractor found in all 30,496 of them was read while writing the rules of the fifteenth
sitting (115 then), so the whole draw is a tuning part.
"""
from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path

PART = 8000
SEED = 12
LIBYA_WORDS = re.compile("ليبي|ليبيا|طرابلس|بنغازي|مصراتة|مصراته|درنة|سرت|الزنتان|طبرق|سبها|أجدابيا|"
                         "اجدابيا|الزاوية|Libya")
_TEXT = re.compile(r"<TEXT>\n?(.*?)</TEXT>", re.S)
_DOCNO = re.compile(r"<DOCNO>(.*?)</DOCNO>")
_TITLE = re.compile(r"<TITLE>\n?(.*?)</TITLE>", re.S)


def gold_docnos(paths: list[Path]) -> set[str]:
    """Every article a gold file or the shared ANT file names: never drawn here."""
    out = set()
    for path in paths:
        with path.open(encoding="utf-8") as f:
            out.update(json.loads(line).get("docno") for line in f if line.strip())
    return out


def _read(path: Path) -> tuple[str, str, str, date | None] | None:
    """(docno, title, text, day) of one ANT article file, or None when it has no text."""
    try:
        from gold_sets import docno_day  # run as a script from benchmarks/
    except ImportError:
        from benchmarks.gold_sets import docno_day

    raw = path.read_text(encoding="utf-8", errors="replace")
    text, doc, title = _TEXT.search(raw), _DOCNO.search(raw), _TITLE.search(raw)
    body = text.group(1).strip() if text else ""
    if not body:
        return None
    docno = doc.group(1).strip() if doc else path.name
    try:
        day = date.fromisoformat(docno_day(docno))
    except (ValueError, TypeError):
        day = None
    return docno, title.group(1) if title else "", body, day


def _in_libya(resolver, part: list[tuple[str, str, date | None]]) -> tuple[int, float]:
    """How many of (id, text, day) get an event placed in Libya, and their share in %."""
    from events.extract import extract
    from events.records import Report, report_id

    bad = sum(any(e.in_libya for e in extract(Report(id=report_id(text), text=text, language="ar", published=day,
                                                     date_precision="day" if day else "unknown"), resolver))
              for _id, text, day in part)
    return bad, 100 * bad / len(part) if part else 0.0


def draw(corpora: list[Path], skip: set[str], count: int) -> list[tuple[str, str, date | None]]:
    """(docno, text, day) of the first ``count`` articles, in the fixed shuffled order, that
    are in no gold set and never name Libya."""
    files = [p for c in corpora for p in sorted(c.rglob("*.txt"), key=str)]  # ANT articles are .txt
    random.Random(SEED).shuffle(files)
    out = []
    for path in files:
        if len(out) >= count:
            break
        art = _read(path)
        if art is None or art[0] in skip or LIBYA_WORDS.search(art[2]):
            continue
        out.append((art[0], art[2], art[3]))
    return out


def bench_not_libya(resolver, corpora: list[Path], skip: set[str]) -> None:
    articles = draw(corpora, skip, 2 * PART)
    for name, part in (("ant-tune", articles[:PART]), ("ant-heldout", articles[PART:])):
        bad, share = _in_libya(resolver, part)
        print(f"not-libya {name}: events in Libya from {bad} of {len(part)} articles that never name it "
              f"({share:.2f} %)")


_LIBYA_ITSELF = re.compile("ليبي|Libya")  # Libya, a Libyan (ليبيا، الليبية، الليبيين)


def draw_namesakes(corpora: list[Path], skip: set[str]) -> list[tuple[str, str, date | None]]:
    """(docno, text, day) of every ANT article in no gold set that names a main Libyan town
    (``LIBYA_WORDS``: طرابلس, سرت, الزاوية ...) but neither Libya nor a Libyan, in its title or
    its text; one per first 50 characters of text. Most are namesakes: Lebanon's Tripoli, the
    verb سرت, a Syrian or Tunisian Zawiya, "زنقة بنغازي" in Casablanca. None of them is in a
    not-libya draw above, which leaves out every article that names such a town."""
    out, seen = [], set()
    for path in (p for c in corpora for p in sorted(c.rglob("*.txt"), key=str)):
        art = _read(path)
        if art is None:
            continue
        docno, title, body, day = art
        full = title + "\n" + body
        if docno in skip or body[:50] in seen or _LIBYA_ITSELF.search(full) or not LIBYA_WORDS.search(full):
            continue
        seen.add(body[:50])
        out.append((docno, body, day))
    return out


def bench_namesakes(resolver, corpora: list[Path], skip: set[str]) -> None:
    """One line: the articles of ``draw_namesakes`` that get an event placed in Libya. Nearly
    all such events are false; an article about Libya that never says so (IS "in Sirte") can
    hold a true one, so each article counted is read before a rule is written against it. The
    whole set was read at its first run (twenty-first sitting): it is tuning data."""
    part = draw_namesakes(corpora, skip)
    bad, share = _in_libya(resolver, part)
    print(f"not-libya ant-namesakes: events in Libya from {bad} of {len(part)} articles that name a Libyan "
          f"town but never Libya ({share:.2f} %)")


def draw_snn(checkout: Path, skip_urls: set[str], count: int) -> list[tuple[str, str, date | None]]:
    """(url, text, day) of the first ``count`` SaudiNewsNet articles, in a fixed shuffled
    order of the days' ZIPs and their articles, that are in no gold set and never name Libya."""
    import zipfile

    rows = []
    for path in sorted((checkout / "dataset").glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for a in json.loads(zf.read(f"{path.stem}.json").decode("utf-8")):
                body = (a.get("content") or "").strip()
                if body and a.get("url") not in skip_urls and not LIBYA_WORDS.search(body):
                    rows.append((a.get("url") or "", body, date.fromisoformat(a["date_extracted"][:10])))
    random.Random(SEED).shuffle(rows)
    return rows[:count]


def bench_not_libya_snn(resolver, checkout: Path, gold: list[Path]) -> None:
    urls = set()
    for path in gold:
        with path.open(encoding="utf-8") as f:
            urls.update(json.loads(line).get("url") for line in f if line.strip())
    part = draw_snn(checkout, urls, PART)
    bad, share = _in_libya(resolver, part)
    print(f"not-libya snn-tune: events in Libya from {bad} of {len(part)} articles that never name it ({share:.2f} %)")
