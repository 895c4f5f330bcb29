"""A clash between protesters and the security forces is a riot, as every coded round writes it
(ant_coded_tune_r16: "تحولت إلى مواجهات بين بعض المحتجين وقوات الامن" in Ben Guerdane, coded
Riots / Violent demonstration, Rioters against the Tunisian police). The crowd is a side of the
clash, so it is no attack on civilians; forces that fire on a crowd still are one. The sentences
are the team's own, in the shape of that article."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text


def _events(text: str, resolver):
    return extract(read_text(text, published=date(2017, 1, 12)), resolver)


def test_a_clash_between_protesters_and_the_police_is_a_riot(resolver):
    (e,) = _events("اندلعت مواجهات بين محتجين وقوات الأمن في مدينة الزاوية أمس.", resolver)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")
    assert e.actor1 == "Rioters" and e.actor2 is not None and "police" in e.actor2.lower()


def test_a_clash_with_protesters_abroad_is_a_riot_there(resolver):
    (e,) = _events("عاد هدوء نسبي بمعتمدية بن قردان الحدودية من ولاية مدنين على اثر حالة احتقان عاشتها "
                   "المنطقة منذ صباح أمس تحولت إلى مواجهات بين بعض المحتجين وقوات الامن.", resolver)
    assert e.event_type == "Riots" and e.location == "Ben Guerdane" and e.in_libya is False
    assert e.actor1 == "Rioters"


def test_forces_firing_on_protesters_is_still_an_attack_on_them(resolver):
    (e,) = _events("أطلقت قوات الأمن النار على المحتجين في مدينة الزاوية أمس، ما أدى إلى مقتل شخصين.", resolver)
    assert e.event_type == "Violence against civilians" and e.actor2 == "Protesters"
    assert e.fatalities == 2


# Shots fired at someone (ant_extra_tune_r41, r42: a man shot at by "an unknown" in
# Johannesburg, two men shot in the buffer zone by army units) are an attack, coded as violence
# against civilians; a force fired on, or an exchange of fire, stays a fight.

def test_shots_fired_at_two_men_are_an_attack(resolver):
    (e,) = _events("توفي في ساعة متأخرة من مساء أمس شخص وأصيب اخر بجروح خطيرة جراء اطلاق نار عليهما "
                   "بالمنطقة العازلة بتطاوين من قبل وحدات عسكرية.", resolver)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack") and e.actor2 == "Civilians"


def test_a_man_subjected_to_shots_is_attacked(resolver):
    (e,) = _events("وتعرض بشير صالح إلى إطلاق نار من قبل مجهول أمس بمدينة سبها لكن حياته ليست في خطر.", resolver)
    assert e.event_type == "Violence against civilians"


def test_a_patrol_fired_on_or_an_exchange_of_fire_stays_a_fight(resolver):
    (e,) = _events("تعرضت دورية أمنية لإطلاق نار أثناء أداء مهامها في مدينة سبها أمس.", resolver)
    assert e.event_type == "Battles"
    (e,) = _events("اندلع إطلاق نار كثيف بين مسلحين في مدينة سبها أمس.", resolver)
    assert e.event_type == "Battles"
