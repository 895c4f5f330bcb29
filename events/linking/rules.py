"""When two events, each told by its own report, are one happening: the field rules.

- Date: each event stands for a span of days (day: that day; week: ±3 days; month: the
  month). Spans at most ``max_day_gap`` (1) apart match. Year-precise and undated events
  never link: nothing in them says which day they were.
- Place: a point stands for an area whose radius follows its geo precision (1 exact: 8 km,
  2 near/part of: 25 km, 3 region: 75 km); two events match when their points are within
  the sum of the radii, or share a gazetteer place. Unplaced events never link.
- Type: the same sub-type; or kindred sub-types that reporters mix up for one happening
  (an air strike told as shelling; an IED told as a suicide bomb; any two kinds of battle,
  of protest or of riot; a protest broken up by force told as a riot). A protest and a
  strike, an arrest and a clash are different happenings.
- Actors: side by side (for battles, either way round), each side the same actor, the same
  family (the actor lexicon's affiliation: "LNA air force" is the LNA's), or unknown on one
  side; a named attacker against another named attacker is two events.
- A month-precise event links only to one at the same gazetteer place with the same sub-type.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from geo.gazetteer import haversine_km as km_between  # noqa: F401 (used by group too)

DATE_SCORES = {"day": 1.0, "week": 0.6, "month": 0.4}
RADIUS_KM = {1: 8.0, 2: 25.0, 3: 75.0}
KINDRED = (
    frozenset({"Air/drone strike", "Shelling/artillery/missile attack"}),
    frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}),
    frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}),
    frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
               "Violent demonstration"}),
    frozenset({"Violent demonstration", "Mob violence"}),
)
UNKNOWN_KINDS = frozenset({"generic", "unidentified"})


@dataclass(frozen=True)
class LinkRules:
    max_day_gap: int = 1
    radius_km: dict = field(default_factory=lambda: dict(RADIUS_KM))
    min_score: float = 0.55  # a pair where every field only loosely agrees stays two events
    weights: tuple = (0.25, 0.3, 0.25, 0.2)  # date, place, type, actors

    def radius(self, precision) -> float:
        return self.radius_km.get(precision or 2, self.radius_km[2])


@dataclass(frozen=True)
class PairMatch:
    """Why two events are (or are not) one happening: each field's relation and a score."""
    event_a: str
    event_b: str
    day_gap: int | None
    km: float | None
    km_limit: float | None
    type_relation: str  # same sub-type / kindred sub-types / different
    actor_relation: str  # e.g. "actor1 same family, actor2 one unknown"
    score: float
    linked: bool
    reason: str = ""  # why not, when not linked

    def as_row(self) -> dict:
        return dict(self.__dict__)


def day_span(d: date | None, precision: str) -> tuple[int, int] | None:
    if d is None or precision not in DATE_SCORES:
        return None
    o = d.toordinal()
    if precision == "day":
        return o, o
    if precision == "week":
        return o - 3, o + 3
    last = calendar.monthrange(d.year, d.month)[1]
    return date(d.year, d.month, 1).toordinal(), date(d.year, d.month, last).toordinal()


@lru_cache(maxsize=256)
def type_group(sub: str) -> str:
    """A name shared by every sub-type that can link with ``sub`` (kindred sets that share a
    member are one group), so candidate pairs can be blocked by it."""
    group, grew = {sub}, True
    while grew:
        grew = False
        for k in KINDRED:
            if k & group and not k <= group:
                group |= k
                grew = True
    return min(group)


@lru_cache(maxsize=4096)
def type_relation(sub_a: str, sub_b: str) -> tuple[str, float]:
    if sub_a == sub_b:
        return "same sub-type", 1.0
    if any(sub_a in k and sub_b in k for k in KINDRED):
        return "kindred sub-types", 0.7
    return "different", 0.0


@lru_cache(maxsize=1)
def _actor_index() -> dict[str, tuple[str, bool]]:
    """Actor name (as Event records spell it) -> (family, unknown?)."""
    from events.actors import load_actors

    out = {}
    for a in load_actors().actors.values():
        out[a.name_en] = (a.affiliation or a.id, a.kind in UNKNOWN_KINDS)
    return out


def actor_family(name: str | None) -> str | None:
    """The family an actor belongs to; None when the side is unknown or unattributed."""
    if not name:
        return None
    family, unknown = _actor_index().get(name, (name, False))
    return None if unknown else family


def _side(a: str | None, b: str | None) -> tuple[str, float]:
    fa, fb = actor_family(a), actor_family(b)
    if fa is None or fb is None:
        return "one unknown", 0.5
    if a == b:
        return "same", 1.0
    if fa == fb:
        return "same family", 0.8
    return "different", 0.0


def actor_relation(a1, a2, b1, b2, battle: bool) -> tuple[str, float]:
    """Side by side; a battle's two sides may be told either way round."""
    best = ("", -1.0)
    for x1, x2, swapped in ((b1, b2, False), (b2, b1, True))[: 2 if battle else 1]:
        (r1, s1), (r2, s2) = _side(a1, x1), _side(a2, x2)
        score = 0.0 if min(s1, s2) == 0 else (s1 + s2) / 2
        text = f"actor1 {r1}, actor2 {r2}" + (" (sides swapped)" if swapped else "")
        if score > best[1]:
            best = (text, score)
    return best


def _dataset(report_id: str) -> str | None:
    """"acled" or "ucdp" for an imported row (its report id is "acled:<event_id_cnty>")."""
    head, sep, _ = (report_id or "").partition(":")
    return head if sep and head in ("acled", "ucdp") else None


def compare(a, b, rules: LinkRules = LinkRules()) -> PairMatch:
    """The match of two events (``events.records.Event``): every field's relation, a score,
    and whether they link."""
    def no(reason, gap=None, km=None, limit=None, trel="", arel=""):
        return PairMatch(a.id, b.id, gap, km, limit, trel, arel, 0.0, False, reason)

    if a.report_id == b.report_id:
        return no("same report: its extractor already told these apart")
    dataset = _dataset(a.report_id)
    if dataset is not None and dataset == _dataset(b.report_id):
        return no(f"two rows of {dataset}: the dataset's coders already told these apart")
    sa, sb = day_span(a.event_date, a.date_precision), day_span(b.event_date, b.date_precision)
    if sa is None or sb is None:
        return no("a date is missing or vaguer than a month")
    gap = max(0, sb[0] - sa[1], sa[0] - sb[1])
    if gap > rules.max_day_gap:
        return no(f"{gap} days apart", gap)
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return no("a place is missing", gap)
    limit = rules.radius(a.geo_precision) + rules.radius(b.geo_precision)
    same_place = a.place_id is not None and a.place_id == b.place_id
    km = 0.0 if same_place else km_between(a.latitude, a.longitude, b.latitude, b.longitude)
    if km > limit:
        return no(f"{km:.1f} km apart, more than {limit:.0f}", gap, km, limit)
    trel, ts = type_relation(a.sub_event_type, b.sub_event_type)
    if ts == 0:
        return no(f"{a.sub_event_type} and {b.sub_event_type} are different happenings", gap, km, limit, trel)
    if "month" in (a.date_precision, b.date_precision) and not (same_place and trel == "same sub-type"):
        return no("a month-precise event needs the same place and sub-type", gap, km, limit, trel)
    battle = a.event_type == b.event_type == "Battles"
    arel, acs = actor_relation(a.actor1, a.actor2, b.actor1, b.actor2, battle)
    if acs == 0:
        return no(f"different actors ({arel})", gap, km, limit, trel, arel)
    ds = min(DATE_SCORES[a.date_precision], DATE_SCORES[b.date_precision]) * (1.0 if gap == 0 else 0.7)
    ps = 1.0 if same_place else 1.0 - 0.6 * km / limit
    w = rules.weights
    score = round(w[0] * ds + w[1] * ps + w[2] * ts + w[3] * acs, 3)
    linked = score >= rules.min_score
    return PairMatch(a.id, b.id, gap, round(km, 2), limit, trel, arel, score, linked,
                     "" if linked else f"score {score} below {rules.min_score}")
