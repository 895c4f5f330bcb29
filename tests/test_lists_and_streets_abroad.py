"""Issue 16, SaudiNewsNet rounds thirteen and fourteen: riots in five West Bank towns named in
one list came out as one event, and rockets on Damascus's "شارعي الثورة وبغداد" (the Thawra and
Baghdad streets) were put in Baghdad; a kidnapping "at the end of July" took the day a video
threatening its hostage was broadcast. Sentences written for these tests in the shape of those
rounds' articles; the rule tests were checked to fail on the code before each change, and the
"still" tests pin what a rule must leave alone."""
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


# -- round fourteen: the date named right after a trigger is its own --------------------------

def test_a_kidnapping_dated_right_after_it_keeps_that_date(resolver):
    text = ("وكان التنظيم بث تسجيل فيديو الأربعاء يهدد فيه بإعدام رهينة يعمل في شركة فرنسية، خُطف نهاية يوليو "
            "في مدينة بنغازي.")
    got = [(e.event_type, e.event_date) for e in _events(resolver, text, date(2015, 8, 8))]
    assert got == [("Violence against civilians", date(2015, 7, 25))], got


def test_still_a_body_found_today_of_one_kidnapped_weeks_ago_is_dated_today(resolver):
    text = "The body of a Benghazi businessman who was kidnapped three weeks ago was found by police this morning."
    rep = Report(id=report_id(text), text=text, language="en", published=date(2014, 1, 4), date_precision="day")
    assert [e.event_date for e in extract(rep, resolver) if not e.context] == [date(2014, 1, 4)]
