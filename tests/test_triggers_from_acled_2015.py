"""English triggers from ACLED's 2015 notes, read as a tuning set, where "setting fire to
Tripoli's largest supermarket", "threw explosives at a police car", "militias firing on
civilians", "made advances against IS", "helicopter gunships destroyed a vessel", "found with
their throats slit", "a judge was seized by gunmen" and "the army suffered three fatalities"
gave no event at all. A building or a car set on
fire by armed men is property destroyed; by a crowd, a riot; explosives thrown by hand,
ACLED's grenade; firing on civilians, an attack on them; advances against a foe, a battle.
The sentences are the team's own.
"""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def _coded(text: str, resolver) -> list[tuple]:
    got = extract(read_text(text, published=date(2015, 3, 10), language="en"), resolver)
    return [(e.event_type, e.sub_event_type, e.location) for e in got]


@pytest.mark.parametrize("text, coded", [
    ("An armed group claimed responsibility for setting fire to a supermarket in Tripoli on Monday.",
     ("Strategic developments", "Looting/property destruction", "Tripoli")),
    ("Gunmen tried to burn down the home of a former policeman in Sabha on Sunday.",
     ("Strategic developments", "Looting/property destruction", "Sabha")),
    ("Gunmen set fire to the home of a former minister in Tripoli on Monday.",  # as before
     ("Strategic developments", "Looting/property destruction", "Tripoli")),
    ("Unknown assailants torched a police station in Sabha on Sunday.",  # as before
     ("Strategic developments", "Looting/property destruction", "Sabha")),
    ("An armed group threw explosives at a police car in Tripoli on Saturday, wounding two people.",
     ("Explosions/Remote violence", "Grenade", "Tripoli")),
    ("Witnesses said militiamen were firing on civilians in Sabha on Sunday after an argument.",
     ("Violence against civilians", "Attack", "Sabha")),
    ("The Derna council's fighters made advances against Islamic State forces in Derna on Monday.",
     ("Battles", "Armed clash", "Derna")),
    ("Helicopter gunships destroyed a smuggling boat in the harbour of Zuwarah on Monday.",
     ("Explosions/Remote violence", "Air/drone strike", "Zuwara")),
    ("Two foreign workers were found with their throats slit in Sabha on Friday.",
     ("Violence against civilians", "Attack", "Sabha")),
    ("A local judge was seized by gunmen at a checkpoint in Sirte on Sunday.",
     ("Violence against civilians", "Abduction/forced disappearance", "Sirte")),
    ("The army suffered three fatalities and five injuries in Benghazi on Monday, while the "
     "Shura Council's fighters lost one man.", ("Battles", "Armed clash", "Benghazi")),
])
def test_the_words_of_the_2015_notes_give_their_event(text, coded, resolver):
    assert _coded(text, resolver) == [coded]


def test_a_crowd_that_sets_fire_is_a_riot(resolver):
    assert _coded("Protesters set fire to tyres and blocked roads in Tripoli on Monday.", resolver) == [
        ("Riots", "Violent demonstration", "Tripoli")]


@pytest.mark.parametrize("text, coded", [
    # aircraft that attack strike from the air (twenty-sixth sitting)
    ("Libyan National Army planes attacked Misrata on Monday, causing no damage.",
     ("Explosions/Remote violence", "Air/drone strike", "Misrata")),
    # ground taken with no resistance is handed over: ACLED's non-violent transfer
    ("Islamic State militants took control of the immigration centre in Sirte on Monday, without any "
     "opposition.", ("Strategic developments", "Non-violent transfer of territory", "Sirte")),
    ("دخلت قوات الجيش مدينة سرت دون مقاومة أمس الاثنين.",
     ("Strategic developments", "Non-violent transfer of territory", "Sirte")),
])
def test_how_it_was_done_says_its_type(text, coded, resolver):
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    got = extract(read_text(text, published=date(2015, 3, 10), language=lang), resolver)
    assert [(e.event_type, e.sub_event_type, e.location) for e in got] == [coded]


@pytest.mark.parametrize("text, coded", [
    ("Gunmen attacked a checkpoint in Sirte on Monday.", ("Battles", "Armed clash", "Sirte")),
    ("Army troops took control of Sirte on Monday after fierce clashes.",
     ("Battles", "Government regains territory", "Sirte")),
])
def test_a_ground_attack_or_a_fought_capture_stays_a_battle(text, coded, resolver):  # guards
    assert _coded(text, resolver) == [coded]


def test_troops_that_move_in_unopposed_take_the_town_without_a_fight(resolver):
    # ACLED 2014 notes (tuning): "moved into the town of Zahra, meeting no resistance"
    assert _coded("Army troops moved into the town of Zahra on Monday, meeting no resistance.", resolver) == [
        ("Strategic developments", "Non-violent transfer of territory", "Al-Zahra")]


def test_a_protest_is_not_dated_by_the_law_it_names(resolver):
    # "the political isolation law adopted last year" dates the law, not the protest
    got = extract(read_text("A protest was held outside the Supreme Court in Tripoli demanding the implementation "
                            "of the isolation law adopted last year.", published=date(2015, 3, 10), language="en"),
                  resolver)
    assert [(e.event_type, e.location, str(e.event_date)) for e in got] == [("Protests", "Tripoli", "2015-03-10")]


def test_the_dead_described_as_protesters_are_no_protest(resolver):
    # thirtieth sitting: "including at least 4 pro-Qaddafi protestors" describes the dead of the
    # clash told before; it had made a protest of its own that took the toll
    text = ("Rioters clashed in Sebha with members of a local brigade on Friday. 12 people were killed, "
            "including at least 4 pro-Qaddafi protestors and 2 foreign nationals.")
    got = extract(read_text(text, published=date(2015, 8, 7), language="en"), resolver)
    assert [(e.event_type, e.fatalities) for e in got] == [("Riots", 12)], got


def test_protesters_who_gather_are_still_a_protest(resolver):
    text = "Hundreds of protesters gathered in Martyrs Square in Tripoli on Friday."
    assert [e.event_type for e in extract(read_text(text, published=date(2015, 8, 7), language="en"),
                                          resolver)] == ["Protests"]
