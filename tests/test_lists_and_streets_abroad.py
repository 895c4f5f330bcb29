"""Issue 16, SaudiNewsNet round thirteen's first run: riots in five West Bank towns named in
one list came out as one event, and rockets on Damascus's "شارعي الثورة وبغداد" (the Thawra and
Baghdad streets) were put in Baghdad. Sentences written for these tests in the shape of that
round's articles; the rule tests were checked to fail on the code before this change, and the
"still" test pins what the rule must leave alone."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id


def _events(resolver, text: str, published: date) -> list:
    rep = Report(id=report_id(text), text=text, language="ar", published=published, date_precision="day")
    return [e for e in extract(rep, resolver) if not e.context]


def test_towns_abroad_listed_for_one_happening_are_one_event_each(resolver):
    text = "واشتبك فلسطينيون مع الجيش الإسرائيلي في القدس ونابلس والخليل أمس، وخلف ذلك عشرات الإصابات."
    got = sorted(e.location for e in _events(resolver, text, date(2015, 8, 1)))
    assert got == ["Hebron", "Jerusalem", "Nablus"], got


def test_still_a_town_abroad_and_its_country_are_one_event(resolver):
    text = "قتل 10 مسلحين في مداهمة أمنية بمدينة العريش في مصر أمس."
    assert [e.location for e in _events(resolver, text, date(2015, 8, 1))] == ["Arish"]


def test_a_street_named_for_a_city_abroad_is_not_that_city(resolver):
    text = ("وفي العاصمة، ارتفعت حصيلة قتلى القذائف الصاروخية التي أطلقتها المعارضة على شارعي الثورة وبغداد "
            "في دمشق إلى 11 قتيلا أمس.")
    assert [e.location for e in _events(resolver, text, date(2015, 8, 10))] == ["Damascus"]
