"""Round-2 extraction check on 52 reports written by the team (tests/fixtures/extract_round2):
car bombs, suicide bombings, abductions, arrests, protests, riots, oil shutdowns, ceasefires,
bases, looting, chemical-weapon claims, drone strikes, mass graves, airport shelling, militia,
tribal and foreign-rebel clashes. Each report carries the ACLED-style coding a person gave it
before running Marsad. The report's best event (the one agreeing on most fields) must agree on
type/sub-type, place (within 10 km of the gazetteer's coordinates), date and fatalities, and on
the actors given. ``known_misses`` in a case lists fields Marsad is known to get wrong (with
``why_missed``); they are left out of the per-case check, not of the total.
"""
from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest

import geo
from events.extract import extract
from events.records import Report, report_id

HERE = Path(__file__).parent / "fixtures" / "extract_round2"
# cases.json: written with their coding before Marsad was run on them; heldout.json: 12 more
# written after the first fixes, heldout2.json 10 more after the second, to see whether the
# fixes generalised (70/82 and 53/63 fields when first run).
CASES = [c for name in ("cases.json", "heldout.json", "heldout2.json")
         for c in json.loads((HERE / name).read_text(encoding="utf-8"))]
FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "place", "event_date", "fatalities")


@pytest.fixture(scope="module")
def resolver():
    return geo.Resolver(offline=True)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def field_agreement(ev: dict, want: dict, places) -> dict[str, bool]:
    """Which of the expected fields the event agrees on (a None expectation is not checked)."""
    got: dict[str, bool] = {}
    for f in FIELDS:
        w = want.get(f)
        if f == "place":
            p = places.get(w)
            got[f] = bool(p and ev.get("latitude") is not None
                          and km(ev["latitude"], ev["longitude"], p.lat, p.lon) <= 10)
        elif f == "fatalities":
            got[f] = (ev.get("fatalities") or 0) == (w or 0)
        elif w is None:
            continue
        else:
            got[f] = ev.get(f) == w
    return got


def score(case: dict, resolver) -> tuple[dict[str, bool], dict | None]:
    rep = Report(id=report_id(case["text"]), text=case["text"], language=case["language"],
                 published=date.fromisoformat(case["date"]), date_precision="day")
    # an agreement is found and kept as context (EVENT_CODING: no event of the report's)
    events = [e.to_dict() for e in extract(rep, resolver, context=case["expect"]["sub_event_type"] == "Agreement")]
    places = geo.load_gazetteer().places
    best, best_agree = None, {f: False for f in FIELDS if f in ("event_type", "sub_event_type", "place",
                                                               "event_date", "fatalities")
                              or case["expect"].get(f) is not None}
    for ev in events:
        agree = field_agreement(ev, case["expect"], places)
        if sum(agree.values()) > sum(best_agree.values()):
            best, best_agree = ev, agree
    return best_agree, best


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_round2_case(case, resolver):
    agree, best = score(case, resolver)
    known = set(case.get("known_misses", ()))
    wrong = sorted(f for f, ok in agree.items() if not ok and f not in known)
    assert not wrong, (wrong, case["expect"], best)


def test_round2_total(resolver):
    """The whole set, as one figure: no fewer fields agree than when the known misses were listed."""
    agreed = total = 0
    for case in CASES:
        agree, _ = score(case, resolver)
        agreed += sum(agree.values())
        total += len(agree)
    known = sum(len(c.get("known_misses", ())) for c in CASES)
    assert agreed >= total - known, f"{agreed}/{total} fields agree"


@pytest.mark.parametrize("text, where", [
    ("Citizens demonstrated in support of the army in Martyrs Square in Tubruq.", "Tobruk"),
    ("Citizens demonstrated in support of the army in Martyrs Square in the town of Al-Bayda.", "Al-Bayda"),
    # the square of the town named: the square itself
    ("Thousands demonstrated in Martyrs Square in Tripoli.", "Martyrs' Square"),
])
def test_a_landmark_named_in_another_town_is_a_namesake(text, where):
    import geo
    from events.extract import extract
    from events.records import Report, report_id

    rep = Report(id=report_id(text), text=text, language="en", published=date(2014, 6, 1), date_precision="day")
    got = extract(rep, geo.Resolver(offline=True))
    assert [e.location for e in got] == [where], got


@pytest.mark.parametrize("text, where", [
    ("A member of the local Abu Sleem [Abu-Salim] Martyrs Brigade was killed in Derna. "
     "He was gunned down by unknown assailants.", "Derna"),
    ("The commander of the Brega Martyrs Brigade was killed in heavy fighting in Benghazi.", "Benghazi"),
])
def test_a_town_in_a_units_name_is_not_where_it_fought(text, where):
    from events.records import Report, report_id

    rep = Report(id=report_id(text), text=text, language="en", published=date(2014, 6, 1), date_precision="day")
    got = extract(rep, geo.Resolver(offline=True))
    assert got and all(e.location == where for e in got), got


def test_the_towns_of_a_list_before_the_event_word_are_each_an_event():
    text = "The cities of Tripoli, Misratah and Benghazi witnessed huge demonstrations against foreign intervention."
    from events.records import Report, report_id

    rep = Report(id=report_id(text), text=text, language="en", published=date(2014, 6, 1), date_precision="day")
    got = extract(rep, geo.Resolver(offline=True))
    assert sorted(e.location for e in got) == ["Benghazi", "Misrata", "Tripoli"], got


def test_a_towns_islamists_are_whose_not_where():
    text = "Displaced families in Warshafanah were shelled by Misratah Islamists on Thursday."
    from events.records import Report, report_id

    rep = Report(id=report_id(text), text=text, language="en", published=date(2014, 9, 12), date_precision="day")
    got = extract(rep, geo.Resolver(offline=True))
    assert got and all(e.location != "Misrata" for e in got), got


def test_a_road_between_towns_is_placed_at_the_town_named_on_it():
    text = "A man was found dead inside his car on the coastal road linking Darnah and the nearby Karsah beach."
    from events.records import Report, report_id

    rep = Report(id=report_id(text), text=text, language="en", published=date(2014, 6, 1), date_precision="day")
    [e] = extract(rep, geo.Resolver(offline=True))
    assert (e.location, e.geo_precision) == ("Derna", 2), e
