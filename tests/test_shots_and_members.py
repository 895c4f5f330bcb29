"""Issue 16, how an attack on a person is told, in shapes written for these tests:

- the shots fired just before are how the attack was made: "نجا ... من محاولة اغتيال بعد
  أن أطلق مسلحون النار على سيارته", "was assassinated after gunmen opened fire on her car"
  are one event, not an attack and an earlier shooting;
- "اغتيل ضابط في الجيش" is the army's dead, as "قتل جنديان من الجيش الليبي" was: the army is
  no side that killed;
- "كتيبة شهداء أبوسليم", the name written as one word, is the Derna brigade as "أبو سليم" was;
- a town that opens a person's description ("an Ajdabiya court judge") is whose the person
  is; the place the shots were fired in is where the event was."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text

PUBLISHED = date(2015, 3, 20)


def extracted(text: str, resolver, language: str) -> list:
    return extract(read_text(text, language=language, published=PUBLISHED, date_precision="day"), resolver)


@pytest.mark.parametrize("text,language,dead", [
    ("نجا عميد بلدية درنة من محاولة اغتيال بعد أن أطلق مسلحون النار على سيارته.", "ar", None),
    ("The mayor of Derna survived an assassination attempt after gunmen opened fire on his car.", "en", None),
    ("An activist was assassinated after gunmen opened fire on her car in Benghazi.", "en", 1),
])
def test_the_shots_before_an_attack_on_a_person_are_that_attack(resolver, text, language, dead):
    got = extracted(text, resolver, language)
    assert [(e.event_type, e.fatalities) for e in got] == [("Violence against civilians", dead)], \
        [e.to_dict() for e in got]


def test_a_capture_after_weeks_of_shelling_is_still_two_happenings(resolver):  # a guard
    got = extracted("Forces captured the town of Sirte after weeks of shelling.", resolver, "en")
    assert len(got) == 2, [e.to_dict() for e in got]


@pytest.mark.parametrize("text", [
    "اغتيل ضابط في الجيش في بنغازي.",
    "قتل ضابط في الجيش بعد أن أطلق مسلحون مجهولون النار عليه في بنغازي.",  # a guard: so before
])
def test_an_officer_in_the_army_is_the_armys_dead(resolver, text):
    got = extracted(text, resolver, "ar")
    assert [(e.actor1, e.actor2, e.fatalities) for e in got] == [("Unidentified armed group", "LNA", 1)], \
        [e.to_dict() for e in got]


def test_a_town_that_describes_a_person_is_not_where_it_happened(resolver):
    got = extracted("An Ajdabiya court judge escaped an assassination attempt after unknown elements opened "
                    "fire at him in the Al-Hadaiq area in Benghazi. He was injured in the shoulder.", resolver, "en")
    assert [(e.location, e.injuries) for e in got] == [("Al-Hadaiq", 1)], [e.to_dict() for e in got]


def test_a_persons_town_is_the_place_when_no_other_is_told(resolver):  # a guard
    got = extracted("A Derna court judge was shot dead on Tuesday.", resolver, "en")
    assert [(e.location, e.fatalities) for e in got] == [("Derna", 1)], [e.to_dict() for e in got]


def test_the_abu_salim_martyrs_written_as_one_word(resolver):
    got = extracted("أعلنت كتيبة شهداء أبوسليم أنها صدت هجوما لتنظيم داعش على حي الساحل الشرقي في درنة.", resolver, "ar")
    assert [(e.actor1, e.actor2) for e in got] == [("ISIS", "Abu Salim Martyrs Brigade")], [e.to_dict() for e in got]
