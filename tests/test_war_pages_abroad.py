"""Issue 16, SaudiNewsNet round ten's first run: the Syrian war page beside Libya's news.
Its towns were missing from the table of places abroad, so its battles were dropped or put
in Damascus; a town abroad that opens a sentence was not a new place; clashes "that went
on" were taken for an offensive recalled; and an undated sentence took the date of the
old story told just before it. Sentences written for these tests in the shape of that
round's articles; the rule tests were checked to fail on the code before this change, and
each "still" test pins what a rule must leave alone."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id

AUG_10 = date(2015, 8, 10)


def _events(resolver, text: str, published: date = AUG_10) -> list:
    rep = Report(id=report_id(text), text=text, language="ar", published=published, date_precision="day")
    return [e for e in extract(rep, resolver) if not e.context]


def _places(resolver, text: str) -> list[str]:
    return [m.resolution.place.id for m in resolver.find_places(text)]


# -- the towns of the Syrian and Iraqi war pages ---------------------------------------------

def test_syrian_towns_are_places_abroad(resolver):
    assert _places(resolver, "اعتصم مئات في مدينة اللاذقية") == ["foreign-latakia"]
    assert _places(resolver, "اشتباكات في ريف حلب الشمالي") == ["foreign-aleppo"]
    got = _events(resolver, "وفي داريا بريف دمشق اندلعت أمس مواجهات عنيفة بين قوات النظام وفصائل المعارضة.")
    assert [(e.location, e.in_libya) for e in got] == [("Daraya", False)], got


def test_names_that_are_words_need_their_noun_or_a_preposition(resolver):
    # "الطريق الموصل إلى" is the road leading to; "حماة الوطن" the homeland's protectors
    assert "foreign-mosul" not in _places(resolver, "أغلق مسلحون الطريق الموصل إلى مطار معيتيقة")
    assert _places(resolver, "قال إن الجيش هم حماة الوطن") == []
    assert _places(resolver, "تقدمت القوات العراقية في الموصل") == ["foreign-mosul"]
    assert _places(resolver, "معارك في ريف حماة الغربي") == ["foreign-hama"]


# -- a town abroad that opens the sentence is where its fighting is ---------------------------

def test_fighting_in_another_town_abroad_is_another_event(resolver):
    text = ("وتجدد القتال في محيط داريا. وفي الزبداني شمال غرب دمشق قرب الحدود مع لبنان، استمرت الاشتباكات "
            "بين قوات النظام وحزب الله من جهة وبين فصائل معارضة من جهة أخرى.")
    assert sorted(e.location for e in _events(resolver, text)) == ["Daraya", "Zabadani"]


def test_the_same_fight_named_again_with_a_capital_that_only_locates_it_stays_one(resolver):
    text = "اندلعت اشتباكات عنيفة أمس في داريا. وقال ناشطون إن الاشتباكات خلفت دمارا كبيرا في دمشق وريفها."
    assert [e.location for e in _events(resolver, text)] == ["Daraya"]


def test_a_region_that_opens_the_sentence_places_its_taking(resolver):
    text = ("وفي سهل الغاب -الذي تقع أجزاء منه في ريف إدلب الجنوبي قرب بلدات موالية للنظام بريف اللاذقية- "
            "استعاد جيش الفتح قرية «المشيك» أمس.")
    got = _events(resolver, text)
    assert [e.location for e in got] == ["Sahl al-Ghab"], got


# -- clashes that go on are news, not the offensive recalled ---------------------------------

def test_clashes_that_went_on_are_not_the_offensive_recalled(resolver):
    text = ("وفي الزبداني، استمرت الاشتباكات بين قوات النظام وفصائل المعارضة.\n"
            "وكانت قوات النظام بدأت مطلع الشهر الماضي هجوما واسعا على الزبداني.")
    got = _events(resolver, text)
    assert [(e.location, e.event_date) for e in got] == [("Zabadani", AUG_10)], got


def test_still_an_offensive_named_again_with_no_day_is_the_recalled_one(resolver):
    text = ("وكانت قوات النظام بدأت مطلع الشهر الماضي هجوما واسعا على الزبداني.\n"
            "وقال ناشطون إن الهجوم على الزبداني خلف دمارا كبيرا.")
    assert _events(resolver, text) == []


# -- a scene that opens at its place does not take the old story's date ----------------------

def test_a_sentence_opening_at_a_place_keeps_the_report_date_after_an_old_story(resolver):
    text = ("وكانت قوات النظام بدأت مطلع الشهر الماضي هجوما واسعا على الزبداني.\n"
            "وفي سهل الغاب، استعاد جيش الفتح قرية المشيك.")
    got = _events(resolver, text)
    assert [(e.location, e.event_date) for e in got] == [("Sahl al-Ghab", AUG_10)], got


def test_still_an_undated_sentence_goes_on_with_the_story_of_years_ago(resolver):
    text = "سيطر تنظيم داعش على أغلب أحياء مدينة درنة عام 2015.\nوتوسعت المواجهات بين الطرفين في المدينة."
    assert _events(resolver, text, date(2018, 5, 20)) == []
