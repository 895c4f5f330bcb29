"""The measurement sets of the extraction benchmark, read into ``matching.Coded`` events.

- ANT Arabic articles coded by hand: ../shared/data/ant_gold_events.jsonl (evidence copied
  as a sentence) and benchmarks/gold/ant_*.jsonl (the team's own coding, evidence as a span
  of the article text, because ANT text may not be copied into the project). Both link to
  ../shared/data/ant_libya_arabic_news.jsonl by ``docno``.
- ACLED rows (a CSV of ACLED's export, old or new schema): each row is a gold event of its
  ``notes``, read as an English report dated on the row's day; rows sharing one note are
  the events of one article.
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime
from pathlib import Path

try:
    from .matching import Coded
except ImportError:  # run as a script from benchmarks/
    from matching import Coded

# ACLED's event types before 2019 mapped to the six of today (old Riots/Protests allows both).
OLD_TO_NEW = {
    "Battle-No change of territory": {"Battles"},
    "Battle-Government regains territory": {"Battles"},
    "Battle-Non-state actor overtakes territory": {"Battles"},
    "Remote violence": {"Explosions/Remote violence"},
    "Violence against civilians": {"Violence against civilians"},
    "Riots/Protests": {"Riots", "Protests"},
    "Strategic development": {"Strategic developments"},
    "Non-violent transfer of territory": {"Strategic developments"},
    "Headquarters or base established": {"Strategic developments"},
    # the realtime files of 2015: ACLED's name for a strategic development until 2016
    "Non-violent activity by a conflict actor": {"Strategic developments"},
}
_OLD_BY_KEY = {k.lower(): v for k, v in OLD_TO_NEW.items()}


def acled_types(name: str) -> set[str]:
    """The current types an ACLED type name stands for (the 2015 files also write "Remote Violence")."""
    return _OLD_BY_KEY.get(name.strip().lower(), {name})
ACLED_TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
# UCDP GED: 1 the day, 2 a span of 2-6 days, 3 the week, 4 8-30 days, 5 more than a month.
UCDP_DATE_PRECISION = {"1": "day", "2": "week", "3": "week", "4": "month", "5": "year"}
# UCDP's violence types, and the ACLED types each may be coded as.
UCDP_TYPES = {"1": {"Battles", "Explosions/Remote violence"},  # state-based
              "2": {"Battles", "Explosions/Remote violence"},  # non-state
              "3": {"Violence against civilians", "Explosions/Remote violence"}}  # one-sided
HELD_OUT_FROM = date(2020, 1, 1)  # ACLED/UCDP data from here on are measured only

# ACLED's realtime files of January and February 2015 name the state's forces "Military Forces
# of Libya (2011-)", a span that says only "after Gaddafi": every one of their 90 mentions is
# Haftar's army (the House of Representatives' forces), which the files from March on, and
# ACLED's later codebook, name "(2014-)". So "(2011-)" is read as the span of the government
# of its day: the General National Congress's "(2012-2014)" before the House of
# Representatives took office (4 August 2014), the House's "(2014-)" until the Government of
# National Accord reached Tripoli (30 March 2016); after that "the state" is two, and the
# name is left as ACLED wrote it.
_SPAN_2011 = re.compile(r"\(2011-\)")
_HOR_FROM, _GNA_FROM = date(2014, 8, 4), date(2016, 3, 30)


def acled_dated_name(name: str | None, day: date) -> str | None:
    """ACLED's actor name with its "(2011-)" span read as the government of ``day``'s."""
    if not name or not _SPAN_2011.search(name) or day >= _GNA_FROM:
        return name
    return _SPAN_2011.sub("(2012-2014)" if day < _HOR_FROM else "(2014-)", name)


def articles(path: Path) -> dict[str, dict]:
    """The ANT articles by docno (title, date, text ...)."""
    with path.open(encoding="utf-8") as f:
        return {a["docno"]: a for a in map(json.loads, filter(str.strip, f))}


MULTISOURCE = "antcorpus/antcorpus.multisource.data"


class MissingArticles(Exception):
    """A gold file's articles are in none of the corpus checkouts given."""


def docno_day(doc: str) -> str:
    """The ISO day a docno ends with: ``...-20170603`` (most) or ``...-25012014`` (some of
    Jawhara FM's)."""
    day = doc.rsplit("-", 1)[-1]
    if int(day[:4]) > 1990:
        try:  # "20012017" is 20 January 2017: there is no month 20 of 2001
            return date(int(day[:4]), int(day[4:6]), int(day[6:])).isoformat()
        except ValueError:
            pass
    return date(int(day[4:]), int(day[2:4]), int(day[:2])).isoformat()


def corpus_articles(gold_path: Path, corpora: Path | list[Path]) -> dict[str, dict]:
    """The articles a gold file names by ``path`` (in the corpus its ``repo`` names, the
    multisource corpus when none) in ANT corpus checkouts (``<DOC>`` files: ``<TITLE>``,
    ``<URL>``, ``<TEXT>``), as the shared ANT file gives its articles: docno, title, date (from
    the docno), url, time_raw (the ``<TIME>`` it was filed) and text (the ``<TEXT>`` body,
    stripped). Each path is looked for in each
    checkout given, in turn."""
    corpora = [corpora] if isinstance(corpora, Path) else list(corpora)
    out = {}
    with gold_path.open(encoding="utf-8") as f:
        for row in map(json.loads, filter(str.strip, f)):
            doc = row["docno"]
            file = next((c / row["path"] for c in corpora if (c / row["path"]).is_file()), None)
            if file is None:
                raise MissingArticles(f"{gold_path.name}: {doc} ({row['path']}) is in none of "
                                      f"{', '.join(map(str, corpora))}: give a checkout of "
                                      f"{row.get('repo', MULTISOURCE)} with --ant-corpus")
            raw = file.read_text(encoding="utf-8")
            part = {k: re.search(fr"<{k}>\n?(.*?)</{k}>", raw, re.S) for k in ("TITLE", "URL", "TIME", "TEXT")}
            if part["TEXT"] is None:
                raise SystemExit(f"{file}: no <TEXT> part; is this an ANT corpus file?")
            out[doc] = {"docno": doc, "title": part["TITLE"].group(1).strip() if part["TITLE"] else "",
                        "date": docno_day(doc),
                        "url": part["URL"].group(1).strip() if part["URL"] else "",
                        "time_raw": part["TIME"].group(1).strip() if part["TIME"] else "",
                        "text": part["TEXT"].group(1).strip()}
    return out


def snn_articles(gold_path: Path, checkout: Path) -> dict[str, dict]:
    """The SaudiNewsNet articles a gold file names (``file``: the day's ZIP in a checkout of
    parallelfold/SaudiNewsNet, ``index``: the article's place in that day's JSON array), as the
    ANT file gives its articles: docno, title, date (the extraction day, which the corpus says
    is most probably the day of writing from August 2015 on), url and text."""
    import zipfile

    days: dict[str, list] = {}
    out = {}
    with gold_path.open(encoding="utf-8") as f:
        for row in map(json.loads, filter(str.strip, f)):
            path = checkout / row["file"]
            if not path.is_file():
                raise MissingArticles(f"{gold_path.name}: {row['file']} is not in {checkout}: give a checkout "
                                      "of parallelfold/SaudiNewsNet with --saudinewsnet")
            if row["file"] not in days:
                with zipfile.ZipFile(path) as zf:
                    days[row["file"]] = json.loads(zf.read(f"{path.stem}.json").decode("utf-8"))
            a = days[row["file"]][row["index"]]
            if a.get("url") != row["url"]:
                raise SystemExit(f"{gold_path.name}: {row['docno']}: {row['file']}[{row['index']}] is another "
                                 "article (url differs): is the checkout at the commit the README gives?")
            out[row["docno"]] = {"docno": row["docno"], "title": a.get("title") or "",
                                 "date": a["date_extracted"][:10], "url": a["url"],
                                 "text": (a.get("content") or "").strip()}
    return out


def _day(value) -> date | None:
    return date.fromisoformat(value) if value else None


def ant_gold(path: Path, texts: dict[str, dict]) -> tuple[dict[str, list[Coded]], dict[str, str]]:
    """article -> gold events, and article -> the coder's notes. An event's evidence is its
    ``evidence`` sentence or, in the team's own files, ``text[evidence_start:evidence_end]``."""
    gold, notes = {}, {}
    with path.open(encoding="utf-8") as f:
        for line in filter(str.strip, f):
            row = json.loads(line)
            doc = row["docno"]
            if doc not in texts:
                raise SystemExit(f"{path}: docno {doc} is not an article of the ANT file")
            text = texts[doc]["text"]
            evs = []
            for e in row["events"]:
                evidence = e.get("evidence") or text[e.get("evidence_start", 0):e.get("evidence_end", 0)]
                evs.append(Coded(doc, _day(e["date"]), e["date_precision"] if e["date"] else "unknown",
                                 frozenset({e["event_type"]}), e["actor1"], e["actor2"], e["lat"], e["lon"],
                                 e["fatalities"], e["in_libya"], e.get("place_en") or "", evidence))
            gold[doc] = evs
            notes[doc] = row.get("notes", "")
    return gold, notes


def _acled_date(row: dict) -> date:
    for key in ("event_date_iso", "event_date"):
        value = (row.get(key) or "").strip()
        for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
            try:
                return datetime.strptime(value, fmt).date()
            except ValueError:
                continue
    raise SystemExit(f"ACLED row {row.get('data_id') or row.get('event_id_cnty')}: no readable event_date")


def acled_rows(path: Path) -> list[dict]:
    """Libyan rows with a note, each with its parsed ``day``."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        # old exports name the columns in capitals (EVENT_DATE, NOTES)
        rows = [{k.lower(): v for k, v in r.items()} for r in csv.DictReader(f)]
        rows = [r for r in rows if (r.get("country") or "Libya") == "Libya" and (r.get("notes") or "").strip()]
    for r in rows:
        r["day"] = _acled_date(r)
    return rows


def acled_gold(rows: list[dict]) -> tuple[dict[str, list[Coded]], dict[str, tuple[str, date]]]:
    """article (the note's first row number) -> gold events, and article -> (note, day)."""
    gold: dict[str, list[Coded]] = {}
    reports: dict[str, tuple[str, date]] = {}
    seen: dict[str, str] = {}
    for n, r in enumerate(rows, start=2):
        note = r["notes"].strip()
        art = seen.setdefault(note, f"row {n}")
        reports.setdefault(art, (note, r["day"]))
        types = acled_types(r["event_type"])
        gold.setdefault(art, []).append(Coded(
            art, r["day"], ACLED_TIME_PRECISION.get(r.get("time_precision", "1"), "day"), frozenset(types),
            acled_dated_name(r["actor1"] or None, r["day"]), acled_dated_name(r.get("actor2") or None, r["day"]),
            float(r["latitude"]), float(r["longitude"]),
            int(float(r["fatalities"] or 0)), True, r["location"], f"row {n} [{r['location']}] {note[:100]}"))
    return gold, reports


def lexicon_acled_names(path: Path) -> dict[str, str]:
    """The actor lexicon's short names (and ids) -> ACLED's name, lower-case keys."""
    if not path.exists():
        return {}
    out = {}
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r.get("acled_name"):
                for key in (r.get("name_en"), r.get("id")):
                    if key:
                        out[key.strip().lower()] = r["acled_name"].strip()
    return out


def ucdp_gold(path: Path) -> tuple[dict[str, list[Coded]], dict[str, tuple[str, date]]]:
    """UCDP GED events with their sources' headlines: event id -> [the event], and event id ->
    (the headlines, one a line, as an English report; the earliest source's date). Sides are
    UCDP's dyad, not ACLED names, so actors are not compared."""
    gold: dict[str, list[Coded]] = {}
    reports: dict[str, tuple[str, date]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            days = sorted(re.findall(r",(\d{4}-\d{2}-\d{2}),", r["source_article"]))
            text = "\n".join(h.strip() for h in r["source_headline"].split(";") if h.strip())
            if not days or not text:
                continue
            art = f"ged {r['id']}"
            reports[art] = (text, date.fromisoformat(days[0]))
            gold[art] = [Coded(art, date.fromisoformat(r["date_start"]), UCDP_DATE_PRECISION[r["date_prec"]],
                               frozenset(UCDP_TYPES[r["type_of_violence"]]), r["side_a"], r["side_b"],
                               float(r["latitude"]), float(r["longitude"]), int(float(r["best"])), True,
                               r["where_coordinates"], f"{art} [{r['where_coordinates']}] {text[:100]}")]
    return gold, reports
