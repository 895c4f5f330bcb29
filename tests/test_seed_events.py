"""The issue's "Done when" on the seed: the events an analyst reads in the LNA briefing."""
from __future__ import annotations

import math
from datetime import date

import pytest

from events.extract import extract
from events.read import read_reports
from events.records import Report
from tests.conftest import SEED

MURZUQ = (25.9155, 13.9184)
TRIPOLI = (32.8874, 13.1873)
AIN_ZARA = (32.7900, 13.2500)
MISRATA = (32.3754, 15.0925)
SALAH_AL_DIN = (32.8200, 13.2150)
KHALLAT_AL_FURJAN = (32.7650, 13.1950)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def near(e, point, limit=5.0) -> bool:
    return e.latitude is not None and km(e.latitude, e.longitude, *point) <= limit


@pytest.fixture(scope="module")
def seed_report() -> Report:
    got = list(read_reports([SEED]))
    assert len(got) == 1 and isinstance(got[0], Report), got
    report = got[0]
    assert report.published == date(2019, 9, 29) and report.date_precision == "estimated"
    return report


@pytest.fixture(scope="module")
def events(seed_report):
    return extract(seed_report)


@pytest.fixture(scope="module")
def context(seed_report):
    """The background the briefing recalls (months before it), flagged, never its events."""
    return [e for e in extract(seed_report, context=True) if e.context]


def find(events, **want):
    out = []
    for e in events:
        if all(getattr(e, k) == v for k, v in want.items() if k != "at"):
            if "at" not in want or near(e, want["at"]):
                out.append(e)
    return out


def test_us_air_strike_on_isis_in_murzuq(events):
    hits = find(events, sub_event_type="Air/drone strike", actor1="US forces", actor2="ISIS", at=MURZUQ)
    assert hits, [e.to_dict() for e in events]
    e = hits[0]
    assert e.event_type == "Explosions/Remote violence"
    assert e.event_date == date(2019, 9, 29) and e.date_precision == "day"
    assert "غارة أمريكية" in e.evidence


def test_lna_strikes_on_tripoli_militia_targets_in_ain_zara(events):
    hits = find(events, actor1="LNA", actor2="Tripoli militias (GNA-aligned)", at=AIN_ZARA)
    strikes = [e for e in hits if e.event_type == "Explosions/Remote violence"]
    assert strikes, [e.to_dict() for e in events]
    assert "عين زارة" in strikes[0].evidence
    assert strikes[0].event_date == date(2019, 9, 29)


def test_weapons_depot_and_ain_zara_are_two_events(seed_report):
    # Alone (the full report merges the Tripoli strike with its other tellings).
    start = seed_report.text.index("وأفاد المحجوب باستهداف")
    end = seed_report.text.index("\n", start)
    one = Report(id="depot", text=seed_report.text[start:end], published=date(2019, 9, 29), date_precision="day")
    got = extract(one)
    assert len(got) == 2, [e.to_dict() for e in got]
    assert {e.place_id for e in got} == {"tripoli", "ain-zara"}
    assert all(e.actor2 == "Tripoli militias (GNA-aligned)" for e in got)
    # alone, nobody says whose strikes they are: ACLED's unidentified armed group
    assert all(e.actor1 == "Unidentified armed group" for e in got)
    depot = next(e for e in got if e.place_id == "tripoli")
    assert depot.geo_precision == 2  # only "belonging to the Tripoli militias": near Tripoli


def test_one_event_per_type_day_place_and_side(events):
    keys = [(e.sub_event_type, e.event_date, e.place_id, e.actor1) for e in events]
    assert len(keys) == len(set(keys))


def test_lna_air_strike_at_sdada_southwest_of_misrata_on_sunday(events):
    import geo

    # Sdada's point is the gazetteer's estimate: check it lies southwest of Misrata first.
    sdada = geo.load_gazetteer().get("sdada")
    assert sdada is not None
    assert 30 <= km(sdada.lat, sdada.lon, *MISRATA) <= 150
    assert sdada.lat < MISRATA[0] and sdada.lon < MISRATA[1]
    hits = find(events, sub_event_type="Air/drone strike", actor1="LNA", at=(sdada.lat, sdada.lon))
    assert hits, [e.to_dict() for e in events]
    e = hits[0]
    assert e.geo_precision == 2
    assert e.event_date == date(2019, 9, 29) and e.date_precision == "day"
    assert e.actor2 == "Tripoli militias (GNA-aligned)"
    assert e.admin1 == "Misrata"


@pytest.mark.parametrize("point,name", [(SALAH_AL_DIN, "Salah al-Din"), (KHALLAT_AL_FURJAN, "Khallat al-Furjan"),
                                        (AIN_ZARA, "Ain Zara")])
def test_territory_taken_on_the_southern_tripoli_fronts(events, point, name):
    hits = find(events, sub_event_type="Government regains territory", actor1="LNA", at=point)
    assert hits, (name, [e.to_dict() for e in events])
    e = hits[0]
    assert e.event_type == "Battles"
    assert e.actor2 == "Tripoli militias (GNA-aligned)"
    assert "حرر" in e.evidence
    # "خلال الأيام الماضية": the week before the briefing.
    assert e.date_precision == "week" and date(2019, 9, 20) <= e.event_date <= date(2019, 9, 29)


def test_ninety_killed_lower_bound_and_150_wounded_in_tripoli(events):
    hits = [e for e in events if e.fatalities == 90]
    assert hits, [e.to_dict() for e in events]
    e = hits[0]
    assert e.fatalities_lower_bound is True
    assert e.injuries == 150 and e.injuries_lower_bound is False
    assert near(e, TRIPOLI)
    assert e.actor1 == "LNA"
    assert "مقتل أكثر من 90" in e.evidence  # the telling with the figures stands for the event
    # The dead are counted once: no other event carries them.
    assert sum(x.fatalities or 0 for x in events) == 90


def test_turkish_forces_in_tripoli(events):
    hits = find(events, actor1="Turkish forces", sub_event_type="Change to group/activity", at=TRIPOLI)
    assert hits, [e.to_dict() for e in events]
    assert any("قوات تركية" in e.evidence and e.event_date == date(2019, 9, 29) for e in hits)
    assert all(e.event_type == "Strategic developments" for e in hits)


def test_offensive_launched_on_4_april_2019(events, context):
    # Launched six months before the briefing: recalled as context, not one of its events.
    assert not [e for e in events if e.event_date == date(2019, 4, 4)]
    hits = [e for e in context if e.event_date == date(2019, 4, 4)]
    assert len(hits) == 1, [e.to_dict() for e in context]
    e = hits[0]
    assert "طوفان الكرامة" in e.evidence
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert e.actor1 == "LNA" and e.actor2 == "Tripoli militias (GNA-aligned)"
    assert e.date_precision == "day" and near(e, TRIPOLI)


def test_trump_haftar_call_on_15_april_2019(events, context):
    assert not [e for e in events if e.event_date == date(2019, 4, 15)]
    hits = [e for e in context if e.event_date == date(2019, 4, 15)]
    assert len(hits) == 1, [e.to_dict() for e in context]
    e = hits[0]
    assert "ترامب" in e.evidence
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Other")
    assert e.actor1 == "US government" and e.actor2 == "LNA"
    # A call about Libya as a whole: placed at the report's main place, region precision.
    assert near(e, TRIPOLI) and e.geo_precision == 3


def test_every_event_is_well_formed(seed_report, events):
    from events.event_types import SUB_EVENT_TYPES

    text = seed_report.text
    assert len({e.id for e in events}) == len(events)
    for e in events:
        assert SUB_EVENT_TYPES[e.sub_event_type] == e.event_type
        assert text[e.evidence_start:e.evidence_end] == e.evidence
        assert 0 < e.confidence <= 1
        assert e.report_id == seed_report.id
        assert e.geocoder in ("gazetteer", "fuzzy", "geopy", "manual")
        assert e.geo_precision in (1, 2, 3)
        assert 24 < e.latitude < 34 and 9 < e.longitude < 26  # all in Libya


def test_speech_only_sentences_make_no_events(events):
    # The title and the first sentence name places and people but report no happening.
    assert not [e for e in events if e.evidence.startswith("الجيش الوطني الليبي: نرصد")]
    assert not [e for e in events if e.evidence.startswith("قال المتحدث باسم")]


def test_extract_is_stable(seed_report, events):
    again = extract(seed_report)
    assert [e.to_dict() for e in again] == [e.to_dict() for e in events]
