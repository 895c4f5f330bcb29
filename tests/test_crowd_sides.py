"""A crowd's actor2 is the side it met, not what it was against (ACLED's 2014 notes: a riot
"to demonstrate against Libya Dawn", protests "sparked" by the killing of policemen, youths
who wrecked a checkpoint "manned by Misratan forces" have no actor2). The sentences are the
team's own, in the shape of those notes and of Arabic reports:

- a grievance or a target named after "against" / "ضد" is dropped as actor2;
- a clash, gunfire, stones or a dispersal between the crowd and a side keeps that side;
- a protest with intervention keeps the force that intervened.
"""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

PUBLISHED = date(2014, 11, 20)


def _events(text: str, resolver, language: str | None = None):
    return extract(read_text(text, published=PUBLISHED, language=language), resolver)


def test_what_rioters_demonstrate_against_is_no_side_of_the_riot(resolver):
    (e,) = _events("Residents of Fashloum in Tripoli burned tyres and blocked roads on Wednesday "
                   "to demonstrate against Libya Dawn.", resolver, "en")
    assert (e.event_type, e.actor1, e.actor2) == ("Riots", "Rioters", None)


def test_the_killing_that_sparked_a_riot_gives_it_no_side(resolver):
    (e,) = _events("The killing of a police officer in Benghazi on Wednesday sparked protests by angry "
                   "residents who blocked roads and burned tyres.", resolver, "en")
    assert (e.event_type, e.actor2) == ("Riots", None)


def test_rioters_who_clash_with_the_police_keep_them_as_actor2(resolver):
    (e,) = _events("Angry youths clashed with police in Benghazi on Wednesday, burning tyres and "
                   "throwing stones.", resolver, "en")
    assert e.event_type == "Riots" and e.actor2 is not None and "police" in e.actor2.lower()


def test_an_arabic_protest_against_the_militias_has_no_actor2(resolver):
    (e,) = _events("تظاهر مئات من سكان مدينة بنغازي أمس ضد الميليشيات المسلحة مطالبين بتفعيل الجيش والشرطة.",
                   resolver)
    assert (e.event_type, e.location, e.actor2) == ("Protests", "Benghazi", None)


def test_people_who_clash_with_the_army_keep_it_as_actor2(resolver):
    (e,) = _events("اشتبك شبان غاضبون مع قوات الجيش في مدينة الزاوية أمس احتجاجا على مقتل أحد أبناء المدينة.",
                   resolver)
    assert e.event_type == "Riots" and e.actor2 is not None
