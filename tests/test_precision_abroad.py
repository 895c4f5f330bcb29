"""Issue 16: a happening abroad gets its foreign place and in_libya=False; it never borrows
the Libyan place the report names elsewhere. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id

PUBLISHED = date(2018, 10, 9)


@pytest.fixture(scope="module")
def resolver():
    import geo

    return geo.Resolver(offline=True)


def report(text: str) -> Report:
    return Report(id=report_id(text), text=text, language="ar", published=PUBLISHED, date_precision="day")


def test_a_raid_in_egypt_is_placed_in_egypt_not_in_derna(resolver):
    text = ("اشتبكت قوات الجيش الوطني الليبي مع مسلحين في مدينة درنة أمس الاثنين.\n"
            "وفي سياق آخر، أسفرت مداهمة أمنية في مدينة العريش اليوم عن مقتل 5 مسلحين.")
    got = extract(report(text), resolver)
    derna = [e for e in got if e.location == "Derna"]
    assert len(derna) == 1 and derna[0].in_libya is True
    arish = [e for e in got if "العريش" in e.evidence]
    assert len(arish) == 1, [e.to_dict(unstored=True) for e in got]
    assert arish[0].location == "Arish" and arish[0].in_libya is False
    assert arish[0].fatalities == 5


def test_a_foreign_town_named_outright_is_where_it_happened(resolver):
    text = ("قتل جنديان ليبيان في اشتباكات قرب سرت.\n"
            "وقصفت طائرات مجهولة مواقع قرب العريش، بحسب مصادر محلية.")
    got = extract(report(text), resolver)
    assert {(e.location, e.in_libya) for e in got} >= {("Sirte", True), ("Arish", False)}, got


def test_a_country_named_as_actor_places_nothing(resolver):
    # "أعلنت مصر" says who; the strike is on Derna, named in the sentence.
    got = extract(report("أعلنت مصر أن طائراتها قصفت مواقع في درنة اليوم."), resolver)
    assert [(e.location, e.in_libya) for e in got] == [("Derna", True)]


def test_a_report_wholly_abroad_gives_its_events_abroad(resolver):
    got = extract(report("قتل ثلاثة أشخاص في انفجار سيارة مفخخة في بغداد اليوم."), resolver)
    assert [(e.location, e.in_libya) for e in got] == [("Baghdad", False)], got


def test_the_town_abroad_before_its_province_and_country(resolver):
    text = ("اشتبكت قوات الجيش الليبي مع مسلحين في درنة أمس.\n"
            "وأسفرت مداهمة أمنية في مدينة العريش بمحافظة شمال سيناء (شرقي مصر) اليوم عن مقتل 4 مسلحين.")
    arish = [e for e in extract(report(text), resolver) if "العريش" in e.evidence]
    assert [(e.location, e.in_libya) for e in arish] == [("Arish", False)], arish


def test_libya_named_next_to_the_happening_outranks_a_country_named_further_on(resolver):
    text = ("اختطف مسلحون اليوم ثلاثة عمال تونسيين في طرابلس.\n"
            "وأكد مواطن تونسي أن شقيقه من بين المختطفين منذ يوم أمس في ليبيا، مفيدا أن السبب ليبي موقوف في تونس.")
    got = extract(report(text), resolver)
    assert got and all(e.in_libya for e in got), [(e.location, e.in_libya) for e in got]


def test_a_running_total_so_far_is_background_and_a_toll_that_rises_is_news(resolver):
    tally = "ويناهز مجموع التونسيين المختطفين في ليبيا إلى حد الآن نحو 70 تونسيا."
    assert extract(report(tally), resolver) == []
    toll = "وارتفع إجمالي عدد قتلى التفجير الانتحاري في بنغازي أمس إلى 12 شخصا."
    assert [e.location for e in extract(report(toll), resolver)] == ["Benghazi"]


def test_an_arrest_in_a_tunisian_town_stays_abroad_though_libya_is_named_after(resolver):
    text = "تمكنت الوحدات الأمنية بجندوبة اليوم من إيقاف عنصر إرهابي عائد من ليبيا."
    got = extract(report(text), resolver)
    assert [(e.sub_event_type, e.location, e.in_libya) for e in got] == [("Arrests", "Jendouba", False)], got


@pytest.mark.parametrize("text", [
    "وطالب المجلس البلدي بإيقاف العمل في ميناء الزويتينة اليوم.",
    "ودعا الطرفان إلى إيقاف إطلاق النار في طرابلس.",
])
def test_stopping_work_or_fire_is_no_arrest(resolver, text):
    assert not [e for e in extract(report(text), resolver) if e.sub_event_type == "Arrests"]


@pytest.mark.parametrize("dateline", ["دبي، الإمارات العربية المتحدة (CNN)--", "القاهرة (رويترز) -"])
def test_a_datelines_city_is_where_the_report_was_filed_not_where_it_happened(resolver, dateline):
    text = (f"{dateline} في 1 أكتوبر، كان العالم على موعد مع الحرب التي بدأت بهجوم ألمانيا على بولندا.\n"
            "وفي العالم العربي شهدت ليبيا انقلابا عسكريا بقيادة معمر القذافي عام 1969.")
    got = extract(report(text), resolver)
    assert not any(e.location in ("Dubai", "Cairo") for e in got), [(e.location, e.event_type) for e in got]


@pytest.mark.parametrize("text, where", [
    # a stabbing abroad told by a report that names Libya only as the suspect's origin
    # ("الشرطة الهولندية" is no Libyan police)
    ("أعلنت الشرطة الهولندية، الجمعة، إطلاقها النار على مشتبه به بعد حادث طعن أدى إلى إصابة شخصين "
     "بجروح في محطة القطارات المركزية بأمستردام.\nوقال المتحدث إن المشتبه به ليبي الأصل.", "Amsterdam"),
    ("ووقع هجوم الطعن في كيمنتس، الجمعة، وأصيب فيه شخصان.\n"
     "وقال المتحدث إن المشتبه به ليبي الأصل.", "Chemnitz"),
])
def test_a_stabbing_abroad_is_an_attack_placed_abroad(resolver, text, where):
    got = extract(report(text), resolver)
    assert [(e.sub_event_type, e.location, e.in_libya) for e in got] == [("Attack", where, False)], got


def test_a_tunisian_radios_own_towns_are_in_tunisia(resolver):
    text = "أبرز العناوين: إيقاف عنصر ينتمي إلى تنظيم ارهابي بمنطقة السواسي بالمهدية اليوم.\nوفي ليبيا قتل جندي في بنغازي."
    got = extract(report(text), resolver)
    assert ("Souassi", False) in {(e.location, e.in_libya) for e in got}, [(e.location, e.in_libya) for e in got]


def test_a_fighters_home_town_is_not_where_he_fell(resolver):
    text = ("قتل اليوم في اشتباكات في سوريا شاب تونسي أصيل المنستير يقاتل في صفوف تنظيم الدولة.\n"
            "وكان قد غادر إلى ليبيا ثم إلى تركيا.")
    # Syria as a whole has no spot for the map: the event is context (stage "nowhere"), never Monastir
    got = extract(report(text), resolver, context=True)
    assert got and "Monastir" not in {e.location for e in got}, [(e.location, e.event_type) for e in got]


def test_an_attack_that_took_lives_is_an_event_with_its_dead(resolver):
    text = ("كشفت الشرطة البريطانية اليوم عن هويتي منفذي هجوم لندن الذي وقع مساء السبت الماضي وأودى بحياة 7 أشخاص.\n"
            "وقالت الشرطة إن أحدهما ليبي الأصل.")
    got = extract(report(text), resolver)
    assert [(e.location, e.fatalities, e.in_libya) for e in got] == [("London", 7, False)], got


def test_a_bulletins_headline_takes_no_place_from_another_headline(resolver):
    text = ("أبرز عناوين الأخبار والمستجدات المسجلة على الساحتين الوطنية والدولية اليوم الثلاثاء:\n"
            "آفاق تونس : الحزب سيقدم الأدلة لإثبات صحة الإتهامات ضد النائب مقتل إيراني في هجوم سعودي "
            "جواد ظريف يزور تونس ضمن جولة مغاربية من بينها إحداث قسمي استعجالي : إجراءات صحية لولاية "
            "سوسة إقالة مدير التلفزة : الهايكا تهدد باللجوء إلى القضاء إطلاق سراح 3 تونسيين كانوا محتجزين في ليبيا "
            "النقابة العامة للإعلام تندد بسياسة التسيب واللامبالاة في التلفزة التونسية")
    got = extract(report(text), resolver)
    assert "Sousse" not in {e.location for e in got}, [(e.location, e.event_type) for e in got]
