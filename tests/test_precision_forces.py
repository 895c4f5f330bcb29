"""Issue 16: the state's forces where English notes name them by a unit, a member or an
office ("a Special Forces member", "a security officer", "the 204 Tank Battalion"), and the
Benghazi council as ACLED coded it in 2014. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id


def dated(text: str, day: date) -> Report:
    return Report(id=report_id(text), text=text, language="en", published=day, date_precision="day")


def sides(e) -> set:
    return {e.actor1, e.actor2}


@pytest.mark.parametrize("day, foe", [
    (date(2014, 11, 3), "Ansar al-Sharia"),  # ACLED coded the council as its leading member in 2014
    (date(2016, 5, 3), "Benghazi Revolutionaries Shura Council"),
])
def test_the_benghazi_council_as_acled_coded_it_that_year(resolver, day, foe):
    text = ("Heavy fighting was reported in Sabri in Benghazi on Monday between army forces and the "
            "Benghazi Revolutionaries Shura Council (BRSC).")
    got = extract(dated(text, day), resolver)
    assert got and all(foe in sides(e) for e in got), got


@pytest.mark.parametrize("text, force", [
    ("A Special Forces member was attacked by unknown gunmen who opened fire at him at a checkpoint in Benghazi "
     "on Tuesday.", "Libyan army (2012-2014)"),
    ("A security officer was wounded on Tuesday when three gunmen fired at the gate of a ministry in Tripoli.",
     "Libyan police (2012-2014)"),
    ("Two members of the 155 Infantry Battalion were wounded in a blast in Tobruk on Tuesday.",
     "Libyan army (2012-2014)"),
    ("An intelligence officer was shot and wounded by masked men in Benghazi on Tuesday.", "Libyan army (2012-2014)"),
])
def test_a_member_of_a_force_named_by_unit_or_office_is_that_force(resolver, text, force):
    got = extract(dated(text, date(2014, 3, 11)), resolver)
    assert got and all(force in sides(e) and e.actor1 != force for e in got), got


def test_two_names_of_one_force_side_by_side_are_one_victim(resolver):
    # "Al-Saiqah" and "Special Forces" are one force: the officer was hit, he did not act
    text = "An Al-Saiqah Special Forces officer was shot dead by unknown assailants in Benghazi on Tuesday."
    got = extract(dated(text, date(2014, 3, 11)), resolver)
    assert got and all(e.actor1 == "Unidentified armed group" for e in got), got


def test_a_force_s_men_who_found_a_body_did_not_kill(resolver):
    text = "Special Forces elements found the body of a young man near a petrol station in Benghazi on Tuesday."
    got = extract(dated(text, date(2014, 3, 11)), resolver)
    assert got and all(e.actor1 == "Unidentified armed group" and e.actor2 == "Civilians" for e in got), got


@pytest.mark.parametrize("text", [
    "A former special forces officer was shot dead in Benghazi on Tuesday.",
    "A retired security officer was gunned down in Derna on Tuesday.",
])
def test_a_former_member_is_no_longer_the_force(resolver, text):
    got = extract(dated(text, date(2014, 3, 11)), resolver)
    assert [(e.event_type, e.actor2) for e in got] == [("Violence against civilians", "Civilians")], got


def test_a_former_general_s_forces_are_still_his(resolver):
    text = "Forces loyal to former general Khalifa Haftar launched airstrikes on a camp in Benghazi on Sunday."
    got = extract(dated(text, date(2014, 6, 1)), resolver)
    assert got and all(e.actor1 == "Operation Dignity (2014)" for e in got), got


def test_soldiers_from_the_named_force_are_that_force(resolver):
    text = ("At least 20 soldiers from the Bunyan Marsous operations room were killed on Tuesday in clashes with "
            "Islamic State fighters in Sirte.")
    got = extract(dated(text, date(2016, 6, 21)), resolver)
    assert got and all(sides(e) == {"GNA forces", "ISIS"} for e in got), got


@pytest.mark.parametrize("text", [
    "Gunmen attacked airport staff at Mitiga airport in Tripoli on Tuesday.",
    "An Egyptian was killed in Tripoli on Tuesday, his body was found near the coast road.",
    "Two bodies were found in a house in Benghazi on Tuesday, both of which had been shot.",
])
def test_staff_foreigners_and_bodies_are_civilians_hit(resolver, text):
    got = extract(dated(text, date(2014, 9, 16)), resolver)
    assert got and all((e.event_type, e.actor2) == ("Violence against civilians", "Civilians") for e in got), got


@pytest.mark.parametrize("text", [
    "A Salafi shaykh was killed by unknown armed elements in Benghazi on Tuesday.",
    # the victim is named in one telling, the shooting in the next: they merge
    "The body of a Derna resident was found near the harbour. Doctors said he had been killed by a single shot.",
])
def test_a_cleric_and_a_resident_shot_are_civilians_hit(resolver, text):
    got = extract(dated(text, date(2014, 9, 16)), resolver)
    assert got and all((e.event_type, e.actor2) == ("Violence against civilians", "Civilians") for e in got), got


def test_gunmen_from_a_named_militia_are_that_militia(resolver):
    text = "Gunmen from a Libya Dawn militia stormed a farm in Tajura on Tuesday and killed its owner."
    got = extract(dated(text, date(2014, 9, 16)), resolver)
    assert got and all(e.actor1 == "Libya Dawn" for e in got), got


def test_in_an_attack_at_a_spot_of_the_town_is_how_the_killing_was_done(resolver):
    text = "A Turkish engineer was shot dead in the city of Benghazi in an attack at Benghazi Medical Centre on Tuesday."
    got = extract(dated(text, date(2014, 3, 4)), resolver)
    assert [e.event_type for e in got] == ["Violence against civilians"], got


@pytest.mark.parametrize("text, dead", [
    ("Fighting between the army and Islamist militias took place in the Sabri district of Benghazi. 7 fatalities.", 7),
    ("Fighting between the army and Islamist militias took place in the Sabri district of Benghazi. 7 deaths.", 7),
])
def test_a_sentence_of_figures_alone_gives_them_to_the_event_before(resolver, text, dead):
    got = extract(dated(text, date(2014, 10, 20)), resolver)
    assert [e.fatalities for e in got] == [dead], got


def test_an_attack_told_again_with_its_figures_keeps_the_sides_of_the_first_telling(resolver):
    text = ("Unknown gunmen made an attempt on the life of a Special Forces officer in Benghazi. The man was "
            "injured in the attack but is said to be in a stable condition.")
    got = extract(dated(text, date(2014, 4, 27)), resolver)
    assert len(got) == 1 and got[0].injuries == 1, got


@pytest.mark.parametrize("text, kind", [
    ("Unidentified gunmen stormed the residence of the Italian ambassador in Tripoli. No injuries reported.",
     ("Strategic developments", "Looting/property destruction")),
    ("Gunmen stormed and vandalized a Sufi mosque in Zliten on Friday.",
     ("Strategic developments", "Looting/property destruction")),
    ("Gunmen stormed the offices of a radio station in Benghazi on Friday, wounding two employees.",
     ("Violence against civilians", "Attack")),
])
def test_a_building_for_civilians_stormed_is_no_ground_taken(resolver, text, kind):
    got = extract(dated(text, date(2014, 10, 7)), resolver)
    assert [(e.event_type, e.sub_event_type) for e in got] == [kind], got


def test_a_town_stormed_is_still_ground_taken(resolver):
    got = extract(dated("Libya Dawn forces stormed the town of Kikla on Friday.", date(2014, 10, 7)), resolver)
    assert [e.event_type for e in got] == ["Battles"], got


def test_a_bomb_told_with_only_a_force_hit_the_force(resolver):
    text = "A car bomb outside a police station in Benghazi killed two policemen on Tuesday."
    got = extract(dated(text, date(2014, 3, 4)), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified armed group", "Libyan police (2012-2014)")], got


@pytest.mark.parametrize("text", [
    "A lieutenant in the Special Forces was apparently ambushed by masked gunmen in Benghazi on Tuesday.",
    "A Saiqa member was seriously injured when gunmen fired at him in Benghazi on Tuesday.",
])
def test_a_force_harmed_in_the_passive_past_an_adverb_is_the_target(resolver, text):
    got = extract(dated(text, date(2014, 3, 4)), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified armed group", "Libyan army (2012-2014)")], got


@pytest.mark.parametrize("text, kind", [
    ("A group of men broke into a secondary school in Derna on Friday and set its books and furniture on fire.",
     ("Riots", "Rioters")),
    ("Homes of the group's supporters in Benghazi were set on fire by neighbours on Friday.", ("Riots", "Rioters")),
    ("An armed gang attacked a mosque in Tripoli on Friday, leaving it partly burnt out.",
     ("Strategic developments", "Unidentified armed group")),
])
def test_property_destroyed_by_nobody_armed_is_a_riot(resolver, text, kind):
    got = extract(dated(text, date(2014, 3, 14)), resolver)
    assert [(e.event_type, e.actor1) for e in got] == [kind], got


def test_a_building_set_on_fire_in_a_fight_is_no_riot(resolver):
    text = ("Clashes broke out on Thursday between two militias in Tripoli's Abu Salim district. "
            "At least one building was reportedly set on fire.")
    got = extract(dated(text, date(2016, 6, 23)), resolver)
    assert got and all(e.event_type != "Riots" for e in got), got


@pytest.mark.parametrize("text", [
    "Fighters of Ansar al-Shariah clashed with the army in Benghazi on Tuesday.",
    "Ansar fighters clashed with the army in Benghazi on Tuesday.",
])
def test_ansar_al_sharia_by_its_other_spellings(resolver, text):
    got = extract(dated(text, date(2014, 12, 16)), resolver)
    assert got and all("Ansar al-Sharia" in (e.actor1, e.actor2) for e in got), got


def test_a_fight_between_a_group_and_the_state_names_the_state_first(resolver):
    text = "Fighting took place in Benghazi on Tuesday between Ansar al-Sharia and pro-government forces."
    got = extract(dated(text, date(2014, 11, 19)), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "Ansar al-Sharia")], got


def test_a_group_s_supporters_killed_are_civilians(resolver):
    text = "Local vigilantes killed four family members who were Ansar al-Shariah supporters in Benghazi on Tuesday."
    got = extract(dated(text, date(2014, 10, 15)), resolver)
    assert [(e.event_type, e.actor2) for e in got] == [("Violence against civilians", "Civilians")], got


@pytest.mark.parametrize("text, where", [
    ("Four Egyptians were kidnapped in Libya, near Sirte, on Tuesday.", "Sirte"),
    ("Ten Chadian nationals were shot dead in Sbeha by a group of armed men on Tuesday.", "Sabha"),
])
def test_a_town_after_the_country_and_a_wire_spelling_are_placed(resolver, text, where):
    got = extract(dated(text, date(2014, 12, 25)), resolver)
    assert [e.location for e in got] == [where], got
