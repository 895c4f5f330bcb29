"""Scoring extracted events against events a person coded (rules: ../shared/data/EVENT_CODING.md).

An extracted event matches a gold event of the same article when both have a point, the
points lie within 25 km, and the dates agree at the gold's precision (day: +-1 day, week:
+-7 days, month: same month, year: same year; a gold date of None agrees with anything, an
extracted date of None with nothing else). Precision is the share of extracted events that
match some gold event, recall the share of gold events matched by some extracted event.

Each matched gold event is paired with the matching extracted event nearest to it (then the
nearest date, then the one of the same type), and the pairs are compared field by field:

- type: the extracted type is one of the gold's (ACLED's old "Riots/Protests" allows both);
- actors: actor1 and actor2 both agree, in order; a missing actor agrees only with a missing
  one. Two names agree when they are of the same ACLED actor family (``actor_family``): the
  forces and government of one state in one period are one family ("Military Forces of Libya
  (2014-)" with or without "Special Forces" or "Libyan National Army" after it), otherwise the
  name without its bracketed place ("Islamic State (Tripoli)" = "Islamic State (Libya)") and
  without a leading acronym ("BRSC: ..."), through ACLED's own renamings (``ACLED_RENAMES``;
  an early "X Ethnic Militia" is the later "X Communal Militia").
  Extracted names are first turned into ACLED's through the actor lexicon's ``acled_name``;
- date: the extracted day equals the gold's (a gold date of None: agrees);
- fatalities: equal, no number counting as 0 (gold None is "not given", extracted None too);
- loc: the points within 10 km.

Figures are given twice: over the matched pairs (how good the found events are) and over
all gold events, an unmatched one disagreeing on every field (what a reader of the map gets).
Beside EVENT_CODING's precision and recall (many-to-one: three tellings of one strike all
match it, one Tripoli event matches every Tripoli event of its days) comes a one-to-one
count: the most gold events that distinct extracted events can match.

Each false event and miss gets a reason (no point, dated over a month before its report,
article reports no event, no gold event within 25 km, ...) so the kinds can be counted.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

MATCH_KM = 25.0
NEAR_KM = 10.0
DATE_SLACK = {"day": 1, "week": 7}
BACKGROUND_DAYS = 31  # EVENT_CODING: an event happened "roughly the month before" publication

# The same group under two ACLED names (the codebook renamed some between versions).
ACLED_RENAMES = {
    "shura council of darnah mujahidin": "mujahideen shura council of derna",
    # the 2016 notes' name; later versions "BDB: Benghazi Defense Brigades", spelt either way
    "benghazi defence brigades": "brigades for the defence of benghazi",
    "benghazi defense brigades": "brigades for the defence of benghazi",
    "operation libya dawn": "libya dawn",  # the 2014 notes' name; later versions drop "Operation"
    "tabu communal militia": "tebu communal militia",  # the 2014 notes spell the Tebu "Tabu"
    # the early 2015 notes' name for the Islamic State's Tripoli province (Sirte, Tripoli),
    # the "Islamic State (Tripoli)" of other versions, which the family rule makes "islamic state"
    "islamic state of tripoli": "islamic state",
    "shura councilofislamic youth": "shura council of islamic youth",  # a 2014 typo of ACLED's
}


@dataclass(frozen=True)
class Coded:
    """One event of an article, gold or extracted, in the fields the scoring compares."""
    article: str
    date: date | None
    precision: str  # day, week, month, year, unknown
    types: frozenset[str]  # the gold may allow two (ACLED's old Riots/Protests)
    actor1: str | None
    actor2: str | None
    lat: float | None
    lon: float | None
    fatalities: int | None = None
    in_libya: bool | None = None  # None: the extractor does not say
    place: str = ""
    label: str = ""  # what to show in a listing (evidence, note)

    @property
    def placed(self) -> bool:
        return self.lat is not None and self.lon is not None


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def date_agrees(gold: date | None, precision: str, got: date | None) -> bool:
    if gold is None or precision == "unknown":
        return True
    if got is None:
        return False
    if precision in DATE_SLACK:
        return abs((got - gold).days) <= DATE_SLACK[precision]
    if precision == "month":
        return (got.year, got.month) == (gold.year, gold.month)
    return got.year == gold.year


_YEAR_SPAN = re.compile(r"\((\d{4})-(\d{4})?\)")
_STATE = re.compile(r"^(?:military|police) forces of (.+?)$|^government of (.+?)$")


def actor_family(name: str | None, acled_names: dict[str, str] | None = None) -> str | None:
    """The ACLED actor family a name belongs to (see the module doc), lower case."""
    if name is None or not name.strip():
        return None
    name = (acled_names or {}).get(name.strip().lower(), name).strip().lower()
    name = re.sub(r"^[a-z]{2,6}:\s*", "", name)  # "brsc: shura council of ..."
    span = _YEAR_SPAN.search(name)
    head = name[:span.start()].strip() if span else name
    state = _STATE.match(head)
    if state:
        country = state.group(1) or state.group(2)
        return f"state of {country} {span.group(0) if span else ''}".strip()
    if not name.startswith("militia ("):  # "Militia (Ibrahim Jadran)": the bracket is the name
        name = re.sub(r"\s*\([^)]*\)\s*", " ", name)
    name = re.sub(r"[^\w\s]", " ", name)
    name = " ".join(name.split())
    # ACLED's early codebook named a town's militia an "ethnic militia" ("Zintan Ethnic
    # Militia" in the 2014 notes), later ones a "communal militia": one group
    name = re.sub(r"\bethnic militia\b", "communal militia", name)
    return ACLED_RENAMES.get(name, name)


def actors_agree(gold: Coded, got: Coded, acled_names: dict[str, str] | None = None, ordered: bool = True) -> bool:
    g = (actor_family(gold.actor1), actor_family(gold.actor2))
    f = (actor_family(got.actor1, acled_names), actor_family(got.actor2, acled_names))
    return g == f or (not ordered and g == f[::-1])


def fatalities_agree(gold: Coded, got: Coded) -> bool:
    return (gold.fatalities or 0) == (got.fatalities or 0)


def matches(gold: Coded, got: Coded) -> bool:
    return (gold.placed and got.placed and km(gold.lat, gold.lon, got.lat, got.lon) <= MATCH_KM
            and date_agrees(gold.date, gold.precision, got.date))


FIELDS = ("type", "actors", "date", "fatalities", "loc")


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    found_matched: int = 0
    gold_matched: int = 0
    pairs: list[tuple[Coded, Coded]] = field(default_factory=list)
    false_events: list[tuple[Coded, str]] = field(default_factory=list)  # (event, why)
    misses: list[tuple[Coded, str]] = field(default_factory=list)
    empty_articles: int = 0  # articles whose gold has no event
    empty_quiet: int = 0  # ... of which nothing was extracted from
    found_in_empty: int = 0
    agree: Counter = field(default_factory=Counter)  # field -> pairs agreeing
    unordered_actors: int = 0
    actor1_agrees: int = 0  # the acting side alone
    exact_actors: int = 0  # the same ACLED name, not only the family
    actors_compared: bool = True  # False where the gold names sides otherwise (UCDP's dyads)
    one_to_one: int = 0  # pairs when each event may stand for one gold event only

    @property
    def precision(self) -> float:
        return self.found_matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.gold_matched / self.gold if self.gold else 0.0

    def share(self, name: str, over_gold: bool = False) -> float:
        n = self.gold if over_gold else len(self.pairs)
        return self.agree[name] / n if n else 0.0

    @property
    def duplication(self) -> float:
        return self.found_matched / self.gold_matched if self.gold_matched else 0.0


def _pair_key(gold: Coded, got: Coded) -> tuple:
    gap = abs((got.date - gold.date).days) if got.date and gold.date else 0
    return km(gold.lat, gold.lon, got.lat, got.lon), gap, not (got.types & gold.types)


def _why_false(got: Coded, golds: list[Coded], published: date | None = None) -> str:
    if not got.placed:
        return "no point"
    if published is not None and got.date is not None and (published - got.date).days > BACKGROUND_DAYS:
        return "dated over a month before the report (history, background)"
    if not golds:
        return "article reports no event"
    placed = [g for g in golds if g.placed]
    near = [g for g in placed if km(g.lat, g.lon, got.lat, got.lon) <= MATCH_KM]
    if near:
        return "date disagrees with the gold event at its place"
    if not placed:
        return "gold events have no point"
    return f"no gold event within {MATCH_KM:.0f} km (nearest {min(km(g.lat, g.lon, got.lat, got.lon) for g in placed):.0f} km)"


def _why_missed(gold: Coded, found: list[Coded]) -> str:
    if gold.in_libya is False:
        kind = "abroad, "
    else:
        kind = ""
    if not found:
        return kind + "nothing extracted from the article"
    placed = [f for f in found if f.placed]
    if not gold.placed or not placed:
        return kind + "no point to compare"
    near = [f for f in placed if km(gold.lat, gold.lon, f.lat, f.lon) <= MATCH_KM]
    if near:
        return kind + "events at its place on other days (" + ", ".join(sorted({str(f.date) for f in near})) + ")"
    return kind + "no extracted event within 25 km"


def _one_to_one(golds: list[Coded], got: list[Coded]) -> int:
    """The most gold events that distinct extracted events can match (a maximum bipartite
    matching, by augmenting paths): a retelling counts once, and one extracted event in
    Tripoli cannot stand for three Tripoli events of the gold."""
    edges = [[j for j, f in enumerate(got) if matches(g, f)] for g in golds]
    owner: dict[int, int] = {}  # extracted event -> gold event

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(augment(i, set()) for i in range(len(golds)))


def score(gold: dict[str, list[Coded]], found: dict[str, list[Coded]],
          acled_names: dict[str, str] | None = None, compare_actors: bool = True,
          published: dict[str, date] | None = None) -> Score:
    """Score the extracted events of each article of ``gold`` (article -> events; an empty
    list is an article that reports none) against its gold events. ``compare_actors`` False:
    the gold's sides are not named as ACLED names them, and actors print as n/a. ``published``
    (article -> its date) lets a false event be told apart as history or background."""
    s = Score(actors_compared=compare_actors)
    for article, golds in gold.items():
        got = found.get(article, [])
        s.gold += len(golds)
        s.found += len(got)
        if not golds:
            s.empty_articles += 1
            s.empty_quiet += not got
            s.found_in_empty += len(got)
        matched_by: dict[int, list[Coded]] = defaultdict(list)
        for f in got:
            hits = [i for i, g in enumerate(golds) if matches(g, f)]
            if hits:
                s.found_matched += 1
                for i in hits:
                    matched_by[i].append(f)
            else:
                s.false_events.append((f, _why_false(f, golds, (published or {}).get(article))))
        s.one_to_one += _one_to_one(golds, got)
        for i, g in enumerate(golds):
            if not matched_by[i]:
                s.misses.append((g, _why_missed(g, got)))
                continue
            s.gold_matched += 1
            best = min(matched_by[i], key=lambda f, g=g: _pair_key(g, f))
            s.pairs.append((g, best))
            s.agree["type"] += bool(best.types & g.types)
            s.agree["actors"] += actors_agree(g, best, acled_names)
            s.unordered_actors += actors_agree(g, best, acled_names, ordered=False)
            s.actor1_agrees += actor_family(g.actor1) == actor_family(best.actor1, acled_names)
            s.exact_actors += (g.actor1, g.actor2) == tuple(
                (acled_names or {}).get((a or "").lower(), a) for a in (best.actor1, best.actor2))
            s.agree["date"] += g.date is None or best.date == g.date
            s.agree["fatalities"] += fatalities_agree(g, best)
            s.agree["loc"] += km(g.lat, g.lon, best.lat, best.lon) <= NEAR_KM
    return s


def _figures(s: Score, over_gold: bool) -> str:
    return ", ".join(f"{k} n/a" if k == "actors" and not s.actors_compared else f"{k} {s.share(k, over_gold):.3f}"
                     for k in FIELDS)


def accuracy_line(name: str, s: Score) -> str:
    """The machine-readable line: shares over matched pairs, n = gold events."""
    fig = _figures(s, over_gold=False)
    return f"accuracy {name}: precision {s.precision:.3f}, recall {s.recall:.3f}, {fig} (n {s.gold})"


def per_gold_line(name: str, s: Score) -> str:
    """The same fields over every gold event; an unmatched one counts as disagreeing."""
    fig = _figures(s, over_gold=True)
    return f"per-gold {name}: {fig} (n {s.gold})"
