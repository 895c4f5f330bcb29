"""Issue 16: where the events of English notes took place — a list of towns is one event per
town, whatever spelling or apposition the list carries. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id


def dated(text: str, day: date) -> Report:
    return Report(id=report_id(text), text=text, language="en", published=day, date_precision="day")


@pytest.mark.parametrize("text, towns", [
    # a town named with its apposition inside the list
    ("Hundreds of people in Misrata and the capital Tripoli rallied against the parliament on Friday.",
     ["Misrata", "Tripoli"]),
    # a list with Zliten in a wire service's spelling
    ("Sabratha, Zulaytin and Zuwarah witnessed demonstrations in support of the army on Friday.",
     ["Sabratha", "Zliten", "Zuwara"]),
])
def test_a_list_of_towns_is_one_event_per_town(resolver, text, towns):
    got = extract(dated(text, date(2014, 12, 5)), resolver)
    assert sorted(e.location for e in got) == towns, got


def test_ras_al_bayda_of_benghazi_is_not_al_bayda(resolver):
    text = "Fighting continued between the army and Islamists in the Ras Al-Beida district of Benghazi on Monday."
    got = extract(dated(text, date(2014, 11, 3)), resolver)
    assert [e.location for e in got] == ["Ras Obeida"], got


def test_a_list_with_bracketed_spellings_is_still_a_list(resolver):
    # wire notes give a second spelling in brackets after a name
    text = "Air strikes hit Qasr Ben Gashir [Qasr Bin-Ghashir] and Zuwara [Zuwarah] on Thursday."
    got = extract(dated(text, date(2014, 12, 4)), resolver)
    assert sorted(e.location for e in got) == ["Qasr bin Ghashir", "Zuwara"], got


def test_a_namesake_area_in_another_town_is_in_that_town(resolver):
    # Zahra is a Warshefana town 30 km out; "the Zahra area in Tripoli" is inside the city
    text = "Gunmen fired rockets at an office in the Al-Zahrah area in Tripoli on Saturday, wounding two guards."
    got = extract(dated(text, date(2014, 6, 7)), resolver)
    assert [e.location for e in got] == ["Tripoli"], got


def test_where_a_flight_was_going_is_not_where_the_attack_was():
    from events.pipeline.places import _on_a_route
    from events.sentences import tokenize

    toks = tokenize("وأجبر القصف رحلة تابعة للخطوط الجوية الليبية كانت قادمة من مدينة تونس إلى طرابلس "
                    "على تغيير مسارها إلى مدينة مصراتة")
    at = {t.key: i for i, t in enumerate(toks)}
    assert _on_a_route(toks, at["طرابلس"]) and _on_a_route(toks, at["مصراته"])
    # warplanes are no flight: "من رأس لانوف" after "طائرات" is where they struck from
    toks = tokenize("عبر قصف طائرات القوات الجوية مواقع الجماعات في منطقة العمليات من رأس لانوف وحتى سرت")
    assert not _on_a_route(toks, [t.key for t in toks].index("راس"))


@pytest.mark.parametrize("gap", ["، على بُعد حوالي 200 كيلومتر (120 ميل) شرق ", ", about 150 km south of "])
def test_a_distance_given_twice_and_with_vowel_marks_still_only_locates(gap):
    from events.pipeline.places import locates

    assert locates(gap, "شرق" if "شرق" in gap else "south")


def test_the_town_an_armed_group_came_from_is_not_where_it_fought():
    from events.extract import extract as run

    import geo

    text = ("قتل 20 مدنيا على الأقل اليوم الثلاثاء في انفجار بمخزن للذخيرة في بلدة القره بوللي.\n"
            "وقال مسؤول إن المخزن كان تحت سيطرة جماعة مسلحة من مدينة مصراتة تركت معسكرها بعد اشتباكها مع سكان.")
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2016, 6, 21), date_precision="day")
    got = run(rep, geo.Resolver(offline=True))
    assert "Misrata" not in {e.location for e in got}, [(e.location, e.event_type) for e in got]


@pytest.mark.parametrize("text, lang, where", [
    # the strikes' targets fled the oil crescent: the strikes are near Bani Walid, told before
    ("شنت طائرات القوات الجوية الأحد غارات على مواقع في منطقة قلعة السدادة شمال شرقي بني وليد.\n"
     "وقالت القوات الجوية إن الغارات جاءت لمطاردة فلول الإرهابيين الهاربين من الهلال النفطي.", "ar", "Sdada"),
    ("Jets struck a convoy of militants fleeing from Ras Lanuf in Bani Walid on Sunday.", "en", "Bani Walid"),
])
def test_the_place_fled_from_is_not_where_the_strike_was(text, lang, where):
    from events.extract import extract as run

    import geo

    rep = Report(id=report_id(text), text=text, language=lang, published=date(2018, 6, 24), date_precision="day")
    got = run(rep, geo.Resolver(offline=True))
    assert [e.location for e in got] == [where], [(e.location, e.event_type) for e in got]
