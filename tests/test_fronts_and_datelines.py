"""Round thirty-two (benchmarks/gold/snn_tune_r32.jsonl): wire stories and a front report of
July 2015. The sentences are the team's own, in the shape of its articles:

- an agency-first dateline ("رويترز - بنغازي (ليبيا):") is where the wire filed, no finer place
  of the region the lead names; the town a later sentence gives the happening is its place;
- a numeric Hijri date with no suffix ("بتاريخ 19/6/1436") is a Hijri day, so an attack a
  statement lists by it is months back: context;
- a season of a year ("وفي صيف 2011 ... تظاهر") dates by that year: history;
- forces "of the governorates of al-Dhale and Aden" (في محافظتي الضالع وعدن) come from there: the
  ground they took is where; the towns a junction links (يربط بين ردفان وتعز) and a route's ends
  (من وإلى محافظات عدن ولحج) are no place of it;
- the Lahij front's places: the Anad triangle, the Labouza camp, al-Musaymir, Radfan (and Kordofan
  is no "like Radfan"); so are Mali's war towns (Mopti, Timbuktu, Kidal, Gao) and Nangarhar.
"""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

PUBLISHED = date(2015, 7, 21)


def _events(text: str, resolver, published: date = PUBLISHED, context: bool = False):
    return extract(read_text(text, published=published), resolver, context=context)


def test_an_agency_first_dateline_is_not_where_it_happened(resolver):
    text = ("رويترز - بنغازي (ليبيا): قال تنظيم داعش إنه خطف ثلاثة عمال أجانب في شرق ليبيا.\n"
            "وخطف الثلاثة في بلدة النوفلية جنوب شرقي مدينة سرت بحسب أحد السكان.")
    events = _events(text, resolver)
    assert [e.location for e in events] == ["Nofaliya"]


def test_a_dateline_city_named_alone_still_places_the_sentence(resolver):
    (e,) = _events("رويترز - بنغازي: قال مسعفون إن خمسة جنود قتلوا في اشتباكات أمس.", resolver)
    assert e.location == "Benghazi"


def test_a_numeric_hijri_date_without_its_suffix_is_a_hijri_day(resolver):
    text = ("وقد نفذ التنظيم عددا من العمليات شملت: حادث إطلاق النار على دورية الأمن شرق مدينة الرياض "
            "بتاريخ 19/6/1436 ومقتل قائدها.")
    assert _events(text, resolver) == []
    (e,) = _events(text, resolver, context=True)
    assert e.context and e.event_date == date(2015, 4, 8)


def test_a_season_of_a_year_is_that_year(resolver):
    text = "وفي صيف 2011 تظاهر مئات من سكان مدينة صفاقس التونسية تأييدا للرئيس السابق."
    assert _events(text, resolver) == []
    (e,) = _events(text, resolver, context=True)
    assert e.context and e.event_date.year == 2011


def test_forces_of_two_governorates_took_the_junction_not_the_governorates(resolver):
    text = ("سيطرت قوات المقاومة الشعبية في محافظتي الضالع وعدن أمس على مثلث العند وهو مفترق طرق "
            "يربط بين ردفان والضالع وتعز ولحج.")
    events = _events(text, resolver)
    assert [e.location for e in events] == ["Al Anad triangle"]
    assert events[0].in_libya is False


def test_a_route_s_ends_are_no_place_of_it(resolver):
    text = ("وقال مصدر إن المقاومة سيطرت أمس على معسكر لبوزة المتحكم بالحركة من وإلى محافظات عدن ولحج "
            "وتعز.")
    events = _events(text, resolver)
    assert [e.location for e in events] == ["Labouza camp"]


def test_the_lahij_front_s_places(resolver):
    text = "ودارت معارك عنيفة أمس بين المقاومة والحوثيين في أطراف ردفان الغربية."
    (e,) = _events(text, resolver)
    assert e.location == "Radfan" and e.in_libya is False


def test_kordofan_is_no_radfan(resolver):
    text = "وأعلنت الحركة أنها دمرت 12 متحركا للجيش في منطقتي النيل الأزرق وجنوب كردفان الأسبوع الماضي."
    assert [m.text for m in resolver.find_places(text)
            if m.resolution.place is not None and m.resolution.place.name_en == "Radfan"] == []
    assert [m.resolution.place.name_en for m in resolver.find_places("في أطراف ردفان الغربية")] == ["Radfan"]


def test_mali_s_war_towns_are_places_abroad(resolver):
    text = "وقتل أربعة جنود ماليين أيضا السبت في انفجار لغم عند مرور آليتهم في منطقة موبتي (وسط)."
    (e,) = _events(text, resolver, date(2018, 7, 2))
    assert e.location == "Mopti" and e.in_libya is False and e.fatalities == 4
