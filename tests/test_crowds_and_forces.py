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
