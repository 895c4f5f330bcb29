"""Issue 16: common shapes of a report that gave no event or the wrong one, found by running
sentences the team wrote in the press's usual shapes (not from any gold set):
- a protest dispersed, told by the verb and the crowd's name ("Security forces dispersed a
  demonstration", "فرقت قوات الأمن مظاهرة", "فضت الشرطة اعتصاما"): a protest with
  intervention, not a peaceful one;
- a headquarters set on fire ("أقدم مجهولون على إحراق مقر المجلس البلدي"): property destroyed;
- "N من عناصر X" after a death word ("استشهد ثلاثة من عناصر الجيش في هجوم لداعش"): X's men
  died, X was attacked;
- a single site of a group struck ("قصفت طائرة مسيرة موقعا لتنظيم داعش"): the group was hit,
  it did not strike."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def read(text: str, resolver, language: str) -> list:
    return extract(read_text(text, language=language, published=date(2015, 8, 1), date_precision="day"), resolver)


@pytest.mark.parametrize("text,language,place", [
    ("Security forces dispersed a demonstration in Tripoli on Friday.", "en", "Tripoli"),
    ("Police broke up a sit-in outside the parliament in Tripoli on Friday.", "en", "Tripoli"),
    ("فرقت قوات الأمن مظاهرة في طرابلس أمس.", "ar", "Tripoli"),
    ("فضت الشرطة اعتصاما أمام مقر البرلمان في طرابلس أمس.", "ar", "Tripoli"),
])
def test_a_protest_dispersed_is_one_with_intervention(resolver, text, language, place):
    got = read(text, resolver, language)
    assert [(e.sub_event_type, e.location) for e in got] == [("Protest with intervention", place)], \
        [e.to_dict() for e in got]


def test_a_crowd_dispersed_by_others_keeps_its_own_place(resolver):
    # guard: "dispersed by counter-demonstrating locals" is no dispersal row; the protest stays at Tobruk
    text = "A demonstration in Tobruk's Martyrs Square was dispersed by counter-demonstrating locals on Monday."
    assert [e.location for e in read(text, resolver, "en")] == ["Tobruk"]


def test_a_headquarters_set_on_fire_is_property_destroyed(resolver):
    got = read("أقدم مجهولون على إحراق مقر المجلس البلدي في زليتن أمس.", resolver, "ar")
    assert [(e.sub_event_type, e.location) for e in got] == [("Looting/property destruction", "Zliten")], \
        [e.to_dict() for e in got]


def test_how_many_of_a_force_died_names_the_force_attacked(resolver):
    got = read("استشهد ثلاثة من عناصر الجيش في هجوم لتنظيم داعش على بوابة أمنية قرب الجفرة أمس.", resolver, "ar")
    assert [(e.actor1, e.actor2) for e in got] == [("ISIS", "LNA")], [e.to_dict() for e in got]


def test_a_site_of_a_group_struck_is_the_group_hit(resolver):
    got = read("قصفت طائرة مسيرة موقعا لتنظيم داعش جنوب سبها أمس.", resolver, "ar")
    assert got and all(e.actor2 == "ISIS" and e.actor1 != "ISIS" for e in got), [e.to_dict() for e in got]
