"""Linking many events: candidate pairs by blocking on day and grid cell (never all pairs),
then the best-scoring pairs first, two groups joining only when every pair across them
links, no report is in both, and no analyst's ``NeverLink`` stands between them (complete
linkage: a chain A~B~C never makes A and C one event unless they match too)."""
from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from events.linking.rules import LinkRules, PairMatch, compare, day_span, km_between, type_group

CELL_DEG = 1.0
CELL_KM = 93.0  # the shortest degree of longitude over Libya (33° N)
WEEK = 7  # blocks of days: a month-precise event sits in 5 blocks, not 31 buckets


@dataclass(frozen=True)
class NeverLink:
    """An analyst's "these two are not one event", stored as a row and respected by every
    later run. Event ids are stable across re-ingest, so the row outlives it."""
    event_a: str
    event_b: str
    by: str = ""
    at: str = ""
    note: str = ""

    @classmethod
    def of(cls, a: str, b: str, **kw) -> "NeverLink":
        a, b = sorted((a, b))
        return cls(a, b, **kw)

    def as_row(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_row(cls, row: dict) -> "NeverLink":
        return cls.of(row["event_a"], row["event_b"], by=row.get("by") or "", at=row.get("at") or "",
                      note=row.get("note") or "")


@dataclass(frozen=True)
class LinkedEvent:
    id: str  # stable: a hash of its members' ids
    event_ids: tuple[str, ...]
    report_ids: tuple[str, ...]
    event_date: date | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    place_id: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int | None  # the best-sourced figure; None when sources split evenly
    fatalities_low: int | None
    fatalities_high: int | None
    fatalities_disputed: bool
    links: tuple[PairMatch, ...] = ()  # the pairs that joined it, each with its reasons
    score: float = 1.0  # its weakest link

    @property
    def source_count(self) -> int:
        return len(self.report_ids)


@dataclass
class Linking:
    groups: list[LinkedEvent]
    by_event: dict[str, str] = field(default_factory=dict)  # event id -> linked event id

    def get(self, link_id: str) -> LinkedEvent | None:
        return next((g for g in self.groups if g.id == link_id), None)

    def rows(self) -> list[dict]:
        """(link_id, event_id) rows: what a store keeps to show one marker per happening."""
        return [{"link_id": g.id, "event_id": e} for g in self.groups for e in g.event_ids]


def figures(values) -> tuple[int | None, int | None, int | None, bool]:
    """(best, low, high, disputed) from (figure, lower_bound) per report. A figure the most
    reports give is the best one; a "more than N" agrees with any figure of at least N."""
    told = [(int(v), bool(lb)) for v, lb in values if v is not None]
    if not told:
        return None, None, None, False
    exact = Counter(v for v, lb in told if not lb)
    floors = [v for v, lb in told if lb]
    low, high = min(v for v, _ in told), max(v for v, _ in told)
    if not exact:
        return max(floors), max(floors), max(floors), False
    support = {v: n + sum(1 for f in floors if f <= v) for v, n in exact.items()}
    top = max(support.values())
    best = [v for v, n in support.items() if n == top]
    disputed = len(exact) > 1 or any(f > max(exact) for f in floors)
    return (best[0] if len(best) == 1 else None), low, high, disputed


def _most_common(values):
    c = Counter(v for v in values if v is not None)
    return c.most_common(1)[0][0] if c else None


def _alone(e) -> LinkedEvent:
    """An event no other report tells: itself, without the vote (most events, so kept cheap)."""
    f = e.fatalities
    return LinkedEvent(e.id, (e.id,), (e.report_id,), e.event_date, e.event_type, e.sub_event_type,
                       e.actor1, e.actor2, e.place_id, e.location, e.latitude, e.longitude,
                       e.geo_precision, f, f, f, False)


def _summary(members: list, links: list[PairMatch]) -> LinkedEvent:
    if len(members) == 1:
        return _alone(members[0])
    ids = tuple(sorted(e.id for e in members))
    lid = ids[0] if len(ids) == 1 else "L" + hashlib.sha256("|".join(ids).encode()).hexdigest()[:15]
    # The most precise telling of where and when stands for the happening.
    placed = sorted((e for e in members if e.latitude is not None), key=lambda e: e.geo_precision or 9)
    where = placed[0] if placed else members[0]
    days = [e.event_date for e in members if e.date_precision == "day" and e.event_date]
    when = _most_common(days) or min((e.event_date for e in members if e.event_date), default=None)
    sub = _most_common(e.sub_event_type for e in members)
    typ = next(e.event_type for e in members if e.sub_event_type == sub)
    best, low, high, disputed = figures((e.fatalities, e.fatalities_lower_bound) for e in members)
    return LinkedEvent(
        lid, ids, tuple(sorted({e.report_id for e in members})), when, typ, sub,
        _most_common(e.actor1 for e in members), _most_common(e.actor2 for e in members),
        where.place_id, where.location, where.latitude, where.longitude, where.geo_precision,
        best, low, high, disputed, tuple(links), min((m.score for m in links), default=1.0))


def _candidates(events: list, rules: LinkRules):
    """Pairs (i < j) of one type group whose days are within the gap, in nearby grid cells, and whose
    points are within reach."""
    spans = [day_span(e.event_date, e.date_precision) for e in events]
    buckets: dict[tuple, list[int]] = defaultdict(list)
    cells = [None] * len(events)
    rmax = 0.0
    for i, (e, s) in enumerate(zip(events, spans)):
        if s is None or e.latitude is None or e.longitude is None:
            continue
        cell = (type_group(e.sub_event_type), math.floor(e.latitude / CELL_DEG),
                math.floor(e.longitude / CELL_DEG))
        cells[i] = cell
        rmax = max(rmax, rules.radius(e.geo_precision))
        for w in range(s[0] // WEEK, s[1] // WEEK + 1):
            buckets[(w, *cell)].append(i)
    g = rules.max_day_gap
    for i, e in enumerate(events):
        if cells[i] is None:
            continue
        r = rules.radius(e.geo_precision)
        k = math.ceil((r + rmax) / (CELL_KM * CELL_DEG))
        tg, cy, cx = cells[i]
        seen = set()
        lo, hi = spans[i]
        for w in range((lo - g) // WEEK, (hi + g) // WEEK + 1):
            for y in range(cy - k, cy + k + 1):
                for x in range(cx - k, cx + k + 1):
                    for j in buckets.get((w, tg, y, x), ()):
                        if j > i and j not in seen:
                            seen.add(j)
                            if spans[j][0] - hi > g or lo - spans[j][1] > g:
                                continue
                            b = events[j]
                            if (e.place_id is not None and e.place_id == b.place_id) or km_between(
                                    e.latitude, e.longitude, b.latitude, b.longitude) <= r + rules.radius(b.geo_precision):
                                yield i, j


def link_events(events, never=(), rules: LinkRules = LinkRules(), always=()) -> Linking:
    """Every event in exactly one LinkedEvent (most of them alone). ``never``: NeverLink rows
    (an analyst's splits); ``always``: NeverLink-shaped rows of pairs an analyst merged, linked
    whatever the rules say (unless also split)."""
    events = list(events)
    forbidden = {(n.event_a, n.event_b) for n in never}
    matches: dict[tuple[int, int], PairMatch] = {}
    where = {e.id: k for k, e in enumerate(events)}
    for n in always:
        i, j = where.get(n.event_a), where.get(n.event_b)
        if i is not None and j is not None and (n.event_a, n.event_b) not in forbidden:
            i, j = min(i, j), max(i, j)
            matches[(i, j)] = PairMatch(events[i].id, events[j].id, None, None, None, "analyst merged",
                                        "analyst merged", 2.0, True, f"merged by {n.by or 'an analyst'}")
    for i, j in _candidates(events, rules):
        if (i, j) in matches:
            continue
        a, b = events[i], events[j]
        if tuple(sorted((a.id, b.id))) in forbidden:
            continue
        m = compare(a, b, rules)
        if m.linked:
            matches[(i, j)] = m
    group = list(range(len(events)))
    members = {i: [i] for i in range(len(events))}
    edges: dict[int, list[PairMatch]] = defaultdict(list)
    for (i, j), m in sorted(matches.items(), key=lambda kv: (-kv[1].score, kv[0])):
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        if not all((min(x, y), max(x, y)) in matches for x in members[gi] for y in members[gj]):
            continue  # every pair across must link (this also keeps one report per group)
        if len(members[gi]) < len(members[gj]):
            gi, gj = gj, gi
        for y in members[gj]:
            group[y] = gi
        members[gi] += members.pop(gj)
        edges[gi] += edges.pop(gj, []) + [m]
    out = Linking([])
    for root, idx in members.items():
        g = _summary([events[i] for i in idx], edges.get(root, []))
        out.groups.append(g)
        for eid in g.event_ids:
            out.by_event[eid] = g.id
    return out


def split(linking: Linking, link_id: str, event_id: str, by: str = "", note: str = "") -> list[NeverLink]:
    """Take ``event_id`` out of linked event ``link_id``: one NeverLink per other member, for
    the caller to store and pass to the next ``link_events``."""
    from events.linking.errors import LinkError

    g = linking.get(link_id)
    if g is None:
        raise LinkError(f"no linked event {link_id!r}: link again and pick one of its ids")
    if event_id not in g.event_ids:
        raise LinkError(f"event {event_id!r} is not part of linked event {link_id!r}")
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return [NeverLink.of(event_id, other, by=by, at=at, note=note) for other in g.event_ids if other != event_id]
