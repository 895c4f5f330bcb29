"""The event stages: build (type, date, precision, confidence from a draft), merge and the
ACLED codings applied to the report's list of events."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

import geo
from events import pipeline
from events.extract import extract, new_doc
from events.pipeline import merge
from events.records import Event, Report, report_id


@pytest.fixture(scope="module")
def resolver():
    return geo.Resolver(offline=True)


def report(text: str, published: date | None = date(2019, 4, 7)) -> Report:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    return Report(id=report_id(text), text=text, language=lang, published=published,
                  date_precision="day" if published else "unknown")


def upto(text: str, resolver, last: str):
    """The doc after the event stages up to ``last``."""
    doc = new_doc(report(text), resolver)
    stages = pipeline.EVENT_STAGES[:[n for n, _ in pipeline.EVENT_STAGES].index(last) + 1]
    return pipeline.run(doc, event_stages=stages)


EV = Event(id="x", report_id="r", event_date=date(2019, 4, 7), date_precision="day",
           event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", actor1="LNA",
           actor2=None, place_id="tripoli", location="Tripoli", geo_precision=1, evidence="a",
           evidence_start=0, confidence=0.5)


# --- build ----------------------------------------------------------------------------------

def test_build_one_event_per_draft_with_the_air_word_rule(resolver):
    doc = upto("قصفت طائرات حربية مواقع في سرت يوم الجمعة.", resolver, "build")
    assert len(doc.events) == len(doc.drafts) == 1
    e = doc.events[0]
    assert (e.sub_event_type, e.event_date, e.location, e.geo_precision) == (
        "Air/drone strike", date(2019, 4, 5), "Sirte", 1)


def test_build_inherited_place_and_report_date(resolver):
    doc = upto("اشتباكات عنيفة في مدينة سبها. وقصفت قوات الجيش مواقع للمسلحين.", resolver, "build")
    assert len(doc.events) == 2
    inherited = doc.events[-1]
    assert (inherited.location, inherited.geo_precision) == ("Sabha", 2)
    assert (inherited.event_date, inherited.date_precision) == (date(2019, 4, 7), "day")


def test_build_undated_report_gives_no_date(resolver):
    doc = pipeline.run(new_doc(report("اشتباكات عنيفة في مدينة سبها.", published=None), resolver))
    assert [(e.event_date, e.date_precision) for e in doc.events] == [(None, "unknown")]


# --- merge ----------------------------------------------------------------------------------

def test_merge_adds_distinct_figures_and_counts_repeats_once():
    a = replace(EV, id="a", fatalities=3, evidence_start=0)
    b = replace(EV, id="b", fatalities=3, evidence_start=10, confidence=0.9)
    c = replace(EV, id="c", fatalities=4, fatalities_lower_bound=True, evidence_start=20)
    got = merge._merge([a, b, c])
    assert len(got) == 1
    assert (got[0].id, got[0].fatalities, got[0].fatalities_lower_bound) == ("b", 7, True)


def test_merge_a_telling_with_no_actor_joins_the_one_that_names_it():
    named = replace(EV, id="n", evidence_start=10)
    blank = replace(EV, id="b", actor1=None, fatalities=2, evidence_start=0)
    got = merge._merge([blank, named])
    assert [(e.id, e.actor1, e.fatalities) for e in got] == [("b", "LNA", 2)]
    other_side = replace(EV, id="o", actor1="GNA forces", evidence_start=30)
    assert len(merge._merge([named, other_side])) == 2


def test_merge_stage_on_a_report(resolver):
    text = ("شنت طائرات حربية غارة على مواقع في مدينة درنة يوم الأحد. "
            "وأسفرت الغارة على درنة يوم الأحد عن مقتل 3 أشخاص.")
    before = upto(text, resolver, "build").events
    after = upto(text, resolver, "merge").events
    assert len(before) == 2 and len(after) == 1 and after[0].fatalities == 3


# --- ACLED codings after the merge ----------------------------------------------------------

def test_an_unclaimed_bomb_that_killed_people(resolver):
    doc = upto("انفجرت سيارة مفخخة في مدينة بنغازي يوم الجمعة ما أدى إلى مقتل 5 أشخاص.", resolver, "unnamed_sides")
    e = doc.events[0]
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert (e.actor1, e.actor2) == ("Unidentified armed group", "Civilians")


def test_a_protest_and_its_dispersal_are_one_protest():
    peaceful = replace(EV, id="p", event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters",
                       admin1="Tripoli")
    forced = replace(EV, id="f", event_type="Protests", sub_event_type="Protest with intervention",
                     actor1="Protesters", actor2="Gunmen", admin1="Tripoli", evidence_start=20, injuries=2)
    got = merge._protest_told_once([peaceful, forced])
    assert [(e.id, e.sub_event_type, e.actor2, e.injuries) for e in got] == [
        ("p", "Protest with intervention", "Gunmen", 2)]


def test_property_wrecked_in_an_attack_is_part_of_it():
    attack = replace(EV, id="a")
    fire = replace(EV, id="f", event_type="Strategic developments", sub_event_type="Looting/property destruction",
                   actor1=None, evidence_start=30)
    assert [e.id for e in merge._part_of_attack([attack, fire])] == ["a"]
    # a lead that tells the building stormed, before the body gives the dead: one attack
    assert [e.id for e in merge._part_of_attack([fire, attack])] == ["a"]
    elsewhere = replace(attack, place_id="sabha")
    assert [e.id for e in merge._part_of_attack([fire, elsewhere])] == ["f", "a"]


def test_a_report_all_abroad_gives_its_events_abroad(resolver):
    # EVENT_CODING codes happenings abroad (in_libya false); the dashboard hides them by default
    text = "Israeli air strikes killed 12 people in Gaza on Sunday."
    got = extract(report(text), resolver)
    assert [(e.location, e.in_libya) for e in got] == [("Gaza Strip", False)], got
