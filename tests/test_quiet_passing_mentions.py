"""Issue 16, staying quiet on articles that name Libya in passing (SaudiNewsNet round six):
an arrest for a crime told again in the next sentence is still a crime, and a town named
only as how far away something lies is not where it happened. Sentences written for these
tests in the shape of that round's articles; each test was checked to fail without its rule."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id


def _events(resolver, text: str, published: date) -> list:
    rep = Report(id=report_id(text), text=text, language="ar", published=published, date_precision="day")
    return [e for e in extract(rep, resolver) if not e.context]


def test_a_crime_arrest_told_again_in_the_next_sentence_is_no_event(resolver):
    text = ("قالت الشرطة الإيطالية إنها ألقت القبض على أربعة ليبيين أمس الجمعة بتهمة تهريب المهاجرين "
            "بعد غرق قارب قبالة سواحل ليبيا. واعتقل الأربعة في مدينة باليرمو بعد استجوابهم.")
    assert _events(resolver, text, date(2015, 8, 8)) == []


def test_an_arrest_that_opens_a_report_is_kept(resolver):
    # the rule looks back one sentence only: an arrest first in the report, with no armed
    # group named, has no crime before it to be told again
    text = "اعتقلت قوات الردع الخاصة أمس الجمعة ثلاثة أشخاص في طرابلس."
    got = _events(resolver, text, date(2018, 6, 9))
    assert [e.sub_event_type for e in got] == ["Arrests"], got


def test_an_arrest_of_militants_after_a_crime_arrest_is_its_own(resolver):
    text = ("ألقت الشرطة القبض على خمسة أشخاص بتهمة تهريب المخدرات في مصراتة. "
            "واعتقلت قوات الأمن اثنين من عناصر تنظيم داعش في سرت أمس.")
    got = _events(resolver, text, date(2016, 5, 3))
    assert [(e.sub_event_type, e.location) for e in got] == [("Arrests", "Sirte")], got


def test_a_town_named_only_as_how_far_away_it_lies_is_not_the_place(resolver):
    text = ("اشتبكت القوتان على الطرق الواسعة في مقاطعة يونان - التي تبعد أكثر من 2000 كيلو متر عن بكين. "
            "ويعيش في ليبيا آلاف العمال الصينيين.")
    got = _events(resolver, text, date(2015, 8, 9))
    assert all(e.location != "Beijing" for e in got), got


def test_a_town_named_after_in_abroad_still_places_the_event(resolver):
    text = "اشتبكت الشرطة مع محتجين في بكين أمس، ويعيش في ليبيا آلاف العمال الصينيين."
    got = _events(resolver, text, date(2015, 8, 9))
    assert [e.location for e in got] == ["Beijing"], got


def test_a_killing_only_supposed_is_no_event(resolver):
    text = ("عثر على رجل أعمال ميتا في منزله في لندن مساء الاثنين، وبدأت وحدة مكافحة الإرهاب التحقيق "
            "تحسبا لاحتمال أن تكون عملية اغتيال مدبرة.")
    assert _events(resolver, text, date(2018, 3, 13)) == []


def test_a_body_of_one_who_died_in_unclear_circumstances_is_no_killing(resolver):
    text = "وعثرت الشرطة البريطانية على جثة رجل روسي بعد أن توفي في ظروف غامضة بمنزله في لندن."
    assert _events(resolver, text, date(2018, 3, 13)) == []


def test_a_body_found_shot_is_still_a_killing(resolver):
    text = "عثرت الأجهزة الأمنية على جثة رجل مقتولا بالرصاص في ظروف غامضة بمدينة بنغازي أمس."
    got = _events(resolver, text, date(2018, 3, 13))
    assert [e.location for e in got] == ["Benghazi"], got
