"""Issue 16: a member of a force who was attacked is the side acted on, however his force is
named — twice in one description ("a Libyan military intelligence officer", "a soldier from
the Libyan Army"), before his body ("an Air Force lieutenant's body was found"), or before
the attack that missed him ("escapes assassination attempt"). Before, the first naming of
his force became the one who shot him, and the event violence against civilians.
Sentences written for these tests, in the shapes of ACLED's 2014 notes."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def english(text: str) -> list:
    return extract(read_text(text, language="en", published=date(2014, 3, 20), date_precision="day"), None)


@pytest.mark.parametrize("text,actor2", [
    ("A Libyan military intelligence officer was shot dead in Benghazi on Tuesday.", "Libyan army (2012-2014)"),
    ("A soldier from the Libyan Army was shot dead in Kufra on Tuesday.", "Libyan army (2012-2014)"),
    ("An Air Force lieutenant's body was found west of Sirte on Tuesday.", "Libyan army (2012-2014)"),
    ("A Libyan military police officer escaped an assassination attempt in Benghazi on Tuesday.",
     "Libyan police (2012-2014)"),
])
def test_the_force_of_the_one_attacked_is_acted_on(text, actor2):
    got = english(text)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [
        ("Battles", "Unidentified armed group", actor2)], [e.to_dict() for e in got]


def test_who_fired_at_him_and_his_family_acted(resolver):
    text = ("A member of the Judicial Police and his family escaped death on Tuesday when gunmen "
            "sprayed their car with bullets in Derna.")
    got = extract(read_text(text, language="en", published=date(2014, 3, 20), date_precision="day"), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified armed group", "Libyan police (2012-2014)")], \
        [e.to_dict() for e in got]


@pytest.mark.parametrize("text", [
    # guards: the force that acts is still the one that acts
    "Libyan army soldiers shot dead two gunmen in Benghazi on Tuesday.",
    "A Libyan army patrol arrested an IS commander in Sirte on Tuesday.",
])
def test_a_force_that_acts_still_acts(text):
    got = english(text)
    assert got and all(e.actor1 == "Libyan army (2012-2014)" for e in got), [e.to_dict() for e in got]


def test_a_police_chief_shot_dead_is_the_police_acted_on():
    got = english("A Tripoli police chief was shot dead in Tajoura on Tuesday.")
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified armed group", "Libyan police (2012-2014)")], \
        [e.to_dict() for e in got]


def test_a_mayor_killed_is_a_civilian():
    # a death with no cause whose victim is a mayor: violence against civilians, as ACLED codes it
    got = english("The mayor of Ajdabiya was killed in an incident in Ajdabiya on Tuesday.")
    assert [(e.event_type, e.actor2) for e in got] == [("Violence against civilians", "Civilians")], \
        [e.to_dict() for e in got]


def test_a_police_station_attacked_is_the_police_attacked(resolver):
    # a police station is no building for civilians, and the police, of no named government,
    # are another side than gunmen, who have none either
    text = "Gunmen attacked a police station in Sabha on Tuesday night, wounding three officers."
    got = extract(read_text(text, language="en", published=date(2019, 12, 2), date_precision="day"), resolver)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [
        ("Battles", "Unidentified armed group", "Police forces")], [e.to_dict() for e in got]


def test_who_previously_worked_for_a_ministry_is_a_civilian():
    # a guard: right before, and made wrong by the police's being another side, until a force
    # he "previously worked for" was read as no side now
    got = english("Gunmen in Benghazi tried to kill a pilot who previously worked for the Interior Ministry.")
    assert [(e.event_type, e.actor2) for e in got] == [("Violence against civilians", "Civilians")], \
        [e.to_dict() for e in got]


def test_one_unnamed_side_named_twice_is_not_both_sides():
    # guard: gunmen and armed men are one side
    got = english("Gunmen and armed men attacked a house in Sabha on Tuesday.")
    assert all(e.actor2 != "Unidentified armed group" for e in got), [e.to_dict() for e in got]


@pytest.mark.parametrize("text,actor2", [
    ("The funeral of the three soldiers killed in Sirte was held in Misrata on Tuesday.", "LNA"),
    ("Two policemen wounded in the attack were taken to hospital in Sabha on Tuesday.", "Police forces"),
])
def test_a_reduced_passive_names_the_victims(resolver, text, actor2):
    # "soldiers killed in Sirte": they were killed, they did not kill
    got = extract(read_text(text, language="en", published=date(2019, 12, 2), date_precision="day"), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified armed group", actor2)], [e.to_dict() for e in got]


def test_soldiers_who_killed_still_acted(resolver):
    # guard: "soldiers killed three IS fighters" is active
    text = "LNA soldiers killed three IS fighters in Sirte on Tuesday."
    got = extract(read_text(text, language="en", published=date(2019, 12, 2), date_precision="day"), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "ISIS")], [e.to_dict() for e in got]
