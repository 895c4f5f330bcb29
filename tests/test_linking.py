"""One event, many reports: Arabic and English reports of one happening, run through the real
extractor (offline resolver), link; near-misses do not; splits persist as NeverLink rows."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import geo
from events.extract import extract
from events.linking import NeverLink, compare, link_events, split
from events.linking.errors import LinkError
from events.linking.frames import events_from_frame
from events.linking.group import figures
from events.records import Report, report_id

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "linking" / "pairs.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def resolver():
    return geo.Resolver(offline=True)


def told(text: str, lang: str, resolver):
    # Undated: every text gives its day in full, and a publication date months later would
    # (rightly) make the extractor keep the happening as recalled background only.
    report = Report(id=report_id(text), text=text, language=lang)
    got = extract(report, resolver)
    assert len(got) == 1, [e.to_dict() for e in got]
    return got[0]


@pytest.fixture(scope="module")
def pairs(resolver):
    return [(told(ar, "ar", resolver), told(en, "en", resolver)) for ar, en in FIXTURE["pairs"]]


@pytest.fixture(scope="module")
def near_misses(resolver):
    return [(told(ar, "ar", resolver), told(en, "en", resolver), why) for ar, en, why in FIXTURE["near_misses"]]


def test_the_fixture_holds_twenty_pairs_and_ten_near_misses():
    assert len(FIXTURE["pairs"]) >= 20 and len(FIXTURE["near_misses"]) >= 10
    assert len({ar for ar, _ in FIXTURE["pairs"]}) == len(FIXTURE["pairs"])  # distinct happenings


@pytest.mark.parametrize("k", range(len(FIXTURE["pairs"])))
def test_arabic_and_english_reports_of_one_event_link(pairs, k):
    ar, en = pairs[k]
    m = compare(ar, en)
    assert m.linked, (m, ar.to_dict(), en.to_dict())
    assert m.day_gap == 0 and m.km is not None and m.km <= m.km_limit
    assert m.type_relation in ("same sub-type", "kindred sub-types") and m.actor_relation


@pytest.mark.parametrize("k", range(len(FIXTURE["near_misses"])))
def test_near_misses_do_not_link(near_misses, k):
    ar, en, why = near_misses[k]
    m = compare(ar, en)
    assert not m.linked and m.reason, (why, m)


def test_all_reports_together_give_one_linked_event_per_pair(pairs, near_misses):
    events = [e for p in pairs for e in p]
    result = link_events(events)
    for ar, en in pairs:
        assert result.by_event[ar.id] == result.by_event[en.id]
        g = result.get(result.by_event[ar.id])
        assert g.source_count == 2 and g.links and g.links[0].score > 0.5
    assert len(result.groups) == len(pairs)
    for ar, en, why in near_misses:  # told alone, beside nothing else
        solo = link_events([ar, en])
        assert len(solo.groups) == 2, why


def test_split_persists_as_rows_the_next_run_respects(pairs):
    ar, en = pairs[0]
    first = link_events([ar, en])
    (g,) = first.groups
    rows = [n.as_row() for n in split(first, g.id, en.id, by="analyst", note="two strikes")]
    assert rows and rows[0]["by"] == "analyst"
    again = link_events([ar, en], never=[NeverLink.from_row(r) for r in rows])
    assert len(again.groups) == 2 and {x.source_count for x in again.groups} == {1}
    with pytest.raises(LinkError):
        split(first, "nope", en.id)
    with pytest.raises(LinkError):
        split(first, g.id, "not-a-member")


def test_events_of_one_report_never_link(pairs):
    ar, en = pairs[0]
    twin = replace(en, id="twin", report_id=ar.report_id)
    assert not compare(ar, twin).linked


def test_no_chain_joins_two_events_that_do_not_match(pairs):
    # Day 14 ~ day 15 ~ day 16: the 14th and the 16th are two days apart, so not one event.
    ar, en = pairs[0]
    mid = replace(en, id="mid", report_id="r-mid", event_date=date(2019, 4, 15))
    late = replace(en, id="late", report_id="r-late", event_date=date(2019, 4, 16))
    result = link_events([ar, mid, late])
    assert result.by_event[ar.id] != result.by_event["late"]


def test_fatalities_best_sourced_or_disputed_range():
    assert figures([(3, False), (3, False), (5, False)]) == (3, 3, 5, True)
    assert figures([(3, False), (5, False)]) == (None, 3, 5, True)
    assert figures([(90, True), (95, False)]) == (95, 90, 95, False)
    assert figures([(4, False), (4, False)]) == (4, 4, 4, False)
    assert figures([(None, False)]) == (None, None, None, False)


def test_linked_event_shows_the_disputed_figure(pairs):
    ar, en = pairs[0]
    en5 = replace(en, fatalities=5)
    (g,) = link_events([ar, en5]).groups
    assert (g.fatalities, g.fatalities_low, g.fatalities_high, g.fatalities_disputed) == (None, 3, 5, True)


def test_events_from_a_store_frame_link_like_the_records(pairs, tmp_path):
    from events.store import Store

    ar, en = pairs[1]
    with Store(tmp_path / "m.sqlite") as s:
        for e, text in ((ar, FIXTURE["pairs"][1][0]), (en, FIXTURE["pairs"][1][1])):
            lang = "ar" if e is ar else "en"
            s.add(Report(id=e.report_id, text=text, language=lang, published=date(2020, 2, 1),
                         date_precision="day"), [e])
        df = s.events_frame()
    result = link_events(events_from_frame(df))
    assert [g.source_count for g in result.groups] == [2]


def test_synthetic_events_each_in_one_group_whose_every_pair_links():
    from dashboard.synthetic import synthetic_events

    events = events_from_frame(synthetic_events(3000, seed=2, events_per_report=1))
    by_id = {e.id: e for e in events}
    result = link_events(events)
    assert sorted(result.by_event) == sorted(by_id)
    assert sum(g.source_count for g in result.groups) == len(events)
    several = [g for g in result.groups if g.source_count > 1]
    assert several  # the blocking finds pairs at all
    for g in several:
        members = [by_id[i] for i in g.event_ids]
        assert len({e.report_id for e in members}) == len(members)
        assert all(compare(a, b).linked for k, a in enumerate(members) for b in members[k + 1:])


def test_blocking_misses_no_pair_that_all_pairs_would_link():
    from dashboard.synthetic import synthetic_events
    from events.linking.group import _candidates
    from events.linking.rules import LinkRules

    events = events_from_frame(synthetic_events(1200, seed=3, events_per_report=1))
    # Crowd them into one month so that many pairs are near in time.
    events = [replace(e, event_date=date(2019, 4, 1 + k % 28)) if e.event_date else e for k, e in enumerate(events)]
    brute = {(i, j) for i in range(len(events)) for j in range(i + 1, len(events))
             if compare(events[i], events[j]).linked}
    assert brute and brute <= set(_candidates(events, LinkRules()))
