"""Issue 16: one event per happening within a report. The lead, the body and a quote telling
one day's fighting at one place are one event with every telling kept as evidence; fighting
at two towns stays two events. Sentences written for these tests."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from events.extract import explain, extract
from events.records import Report, report_id

PUBLISHED = date(2018, 5, 15)


@pytest.fixture(scope="module")
def resolver():
    import geo

    return geo.Resolver(offline=True)


def report(text: str) -> Report:
    return Report(id=report_id(text), text=text, language="ar", published=PUBLISHED, date_precision="day")


def test_lead_body_and_quote_of_one_battle_are_one_event(resolver):
    text = ("سيطرت قوات الجيش الوطني الليبي اليوم الثلاثاء على منطقة الحيلة في درنة.\n"
            "وقال المتحدث باسم الجيش إن اشتباكات عنيفة دارت في منطقة الحيلة بدرنة اليوم.\n"
            "وأضاف: \"المعارك في الحيلة استمرت ساعات وقتل فيها 4 من المسلحين\".")
    events, trace = explain(report(text), resolver)
    battles = [e for e in events if e.event_type == "Battles"]
    assert len(battles) == 1, [e.to_dict() for e in events]
    e = battles[0]
    assert e.sub_event_type == "Government regains territory" and e.location == "Al-Hila"
    told = {trace.why_of(e).sentence.start, *(s.start for s in trace.why_of(e).tellings)}
    assert len(told) >= 2  # the other tellings are kept as evidence


def test_two_towns_the_same_day_stay_two(resolver):
    text = ("اندلعت اشتباكات عنيفة اليوم بين قوات الجيش ومسلحين في مدينة درنة.\n"
            "كما اندلعت اشتباكات أخرى في مدينة سرت اليوم بين قوات الحكومة وعناصر داعش.")
    got = extract(report(text), resolver)
    assert sorted(e.location for e in got if e.event_type == "Battles") == ["Derna", "Sirte"], got


def test_two_days_at_one_place_stay_two(resolver):
    text = ("اندلعت اشتباكات عنيفة أمس الاثنين في مدينة درنة.\n"
            "وتجددت الاشتباكات اليوم الثلاثاء في مدينة درنة.")
    got = extract(report(text), resolver)
    assert sorted(e.event_date for e in got if e.event_type == "Battles") == [date(2018, 5, 14), date(2018, 5, 15)], got


def test_two_places_inside_one_town_stay_two(resolver):
    text = ("قصفت طائرات حربية اليوم الثلاثاء حي الليثي في بنغازي.\n"
            "وقصفت الطائرات اليوم الثلاثاء منطقة الصابري في بنغازي.\n"
            "وقصفت الطائرات مدينة بنغازي اليوم الثلاثاء.")
    places = sorted(e.location for e in extract(report(text), resolver))
    assert "Al-Laithi" in places and "Sabri" in places, places


def test_suicide_bombers_driving_the_car_bombs_make_it_one_suicide_bombing(resolver):
    text = ("شن تنظيم داعش اليوم الثلاثاء 3 هجمات انتحارية بسيارات مفخخة استهدفت قوات حكومة الوفاق في سرت.\n"
            "وقال المتحدث: \"وقعت 3 تفجيرات بسيارات مفخخة يقودها انتحاريون استهدفت قواتنا في سرت\".")
    got = extract(report(text), resolver)
    assert [(e.sub_event_type, e.location) for e in got] == [("Suicide bomb", "Sirte")], got


def test_men_taken_in_an_attack_are_part_of_it_and_an_arrest_days_apart_stays(resolver):
    # 15 May 2018 is a Tuesday: الأحد is the 13th
    attack = ("هاجم مسلحون مقر المفوضية العليا للانتخابات في طرابلس اليوم الثلاثاء وقتلوا سبعة أشخاص.\n"
              "وألقت قوات الأمن القبض على أحد المهاجمين في طرابلس اليوم الثلاثاء.")
    got = extract(report(attack), resolver)
    assert len(got) == 1 and got[0].sub_event_type != "Arrests" and got[0].fatalities == 7, got
    apart = attack + "\nواعتقلت قوات الأمن يوم الأحد قياديا في التنظيم في طرابلس."
    got = extract(report(apart), resolver)
    assert [e.sub_event_type for e in got][1:] == ["Arrests"] and len(got) == 2, got


def test_a_fire_the_unknown_attackers_set_is_part_of_their_bombing(resolver):
    text = ("تعرض فجر اليوم الثلاثاء مقر حرس السواحل في سرت إلى عملية تفجير بعبوة ناسفة.\n"
            "وأفادت وكالة الأنباء أن الانفجار أسفر عن أضرار مادية وأن أحد المجهولين أضرموا النار بإحدى الغرف.")
    got = extract(report(text), resolver)
    assert [e.event_type for e in got] == ["Explosions/Remote violence"], got


def test_a_car_bomb_told_at_its_town_and_at_the_spot_is_one_event_at_the_spot():
    import geo

    text = ("أسفر انفجار سيارة مفخخة ليل الخميس وسط بنغازي عن مقتل سبعة أشخاص على الأقل وإصابة 20 آخرين.\n"
            "وأوضح المصدر أن السيارة المفخخة انفجرت قرب فندق تيبستي في شارع تجاري.")
    got = extract(report(text), geo.Resolver(offline=True))
    assert [(e.location, e.fatalities, e.injuries) for e in got] == [("Tibesti hotel", 7, 20)], got


def test_two_spots_in_one_town_stay_two_bombs():
    import geo

    text = ("انفجرت سيارة مفخخة قرب فندق تيبستي في بنغازي مساء الخميس.\n"
            "وانفجرت سيارة مفخخة ثانية قرب مسجد بيعة الرضوان في بنغازي مساء الخميس.")
    got = extract(report(text), geo.Resolver(offline=True))
    assert len(got) == 2, got


def test_a_killing_and_the_shooting_it_was_done_by_are_one_event_where_it_happened():
    import geo

    text = ("اغتالت مجموعة مسلحة مدرب نادي الوفاء بمدينة أوباري بإطلاق نار على سيارة كان يستقلها "
            "قرب جزيرة الأندلسي بتاجوراء أمس الأربعاء.")
    got = extract(report(text), geo.Resolver(offline=True))
    assert [(e.event_type, e.location) for e in got] == [("Violence against civilians", "Tajoura")], got


def test_the_days_fighting_told_by_the_army_and_as_against_the_terrorists_is_one_battle():
    import geo

    text = ("قال الناطق الرسمي باسم الجيش الوطني الليبي العميد أحمد المسماري إن معارك درنة متواصلة وأن العمليات "
            "العسكرية في مراحلها الأخيرة.\n"
            "وأشار إلى أنه تجري الآن عمليات عسكرية في الجيب الأخير من درنة وتدور اشتباكات عنيفة في أحد أصعب أوكار "
            "الإرهابيين في درنة.")
    got = [e for e in extract(report(text), geo.Resolver(offline=True)) if e.event_type == "Battles"]
    assert [(e.location, e.actor1) for e in got] == [("Derna", "LNA")], got


def test_a_force_that_declines_to_comment_on_a_strike_did_not_strike(resolver):
    text = ("قتل 3 أشخاص في غارة جوية استهدفت منزلا في أوباري اليوم الثلاثاء.\n"
            "وامتنع الجيش الليبي عن التعليق على الغارة.")
    got = extract(report(text), resolver)
    assert [e.actor1 for e in got] != ["LNA"] and len(got) == 1, got


def test_the_derna_report_whose_battle_took_the_lna_s_air_force_as_its_foe(resolver):
    # the ANT article where one_battle once set the LNA against "LNA air force" (a side named
    # by the quote's "نفذ سلاح الجو الليبي ثلاث طلعات")
    import json

    from conftest import shared_file
    from events.read import read_reports

    path = shared_file("ant_libya_arabic_news.jsonl")
    docs = [json.loads(line)["docno"] for line in path.open(encoding="utf-8")]
    reports = [r for r in read_reports([path]) if isinstance(r, Report)]
    rep = dict(zip(docs, reports))["SK-middleEast-1724-20180515"]
    lna_camp = {"LNA", "LNA air force"}
    assert all(not {e.actor1, e.actor2} <= lna_camp for e in extract(rep, resolver))


# PUBLISHED is Tuesday 15 May 2018: Sunday the 13th, Monday the 14th.
@pytest.mark.parametrize("text, day", [
    # the day a strike was announced is not the day it was made
    ("أعلنت القيادة الأفريقية بالجيش الأمريكي، الأحد، عن تنفيذ غارة جوية على موقع للمتشددين قرب أوباري يوم السبت.",
     date(2018, 5, 12)),
    ("أكد مساء اليوم الثلاثاء شقيق أحد العمال أنه خطف مع خمسة آخرين في سبها أمس الاثنين.", date(2018, 5, 14)),
])
def test_the_day_a_happening_was_told_is_not_its_day(resolver, text, day):
    got = extract(report(text), resolver)
    assert [e.event_date for e in got] == [day], got


def test_a_launch_announced_is_launched_on_the_day_it_was_announced(resolver):
    text = "أعلن الجيش الوطني الليبي، الأحد، بدء عملية عسكرية في درنة بعد هجوم شنه المتشددون يوم السبت."
    got = extract(report(text), resolver, context=True)  # a launch announced is kept as context
    launch = [e for e in got if e.event_type == "Strategic developments"]
    assert [e.event_date for e in launch] == [date(2018, 5, 13)], got


def test_the_towns_of_a_visit_are_one_stretch_of_it(resolver):
    text = "تعرض رئيس المجلس الأعلى للدولة لكمين مسلح أثناء زيارته لمدينتي غريان ويفرن أمس."
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Gharyan"], got
    # fighting in two towns is two events
    got = extract(report("اندلعت أمس اشتباكات عنيفة في مدينتي غريان ويفرن."), resolver)
    assert sorted(e.location for e in got) == ["Gharyan", "Yafran"], got


def test_a_happening_told_at_a_region_and_at_a_place_in_it_is_one_event(resolver):
    text = ("خاض الجيش الوطني الليبي اليوم مواجهات مع مسلحين هاجموا ميناء السدرة.\n"
            "وقال مصدر عسكري إن الهجوم على الهلال النفطي شنته كتائب دفاع بنغازي.")
    got = extract(report(text), resolver)
    assert [(e.location, {e.actor1, e.actor2}) for e in got] == [("Es Sider", {"LNA", "Benghazi Defence Brigades"})], got


def test_a_region_s_telling_beside_two_places_sums_them_up_unless_it_has_figures(resolver):
    places = ("شنت طائرات الجيش الوطني الليبي اليوم غارات على ميناء السدرة.\n"
              "كما شنت طائرات الجيش غارات على راس لانوف.\n")
    summed = places + "وقال المتحدث إن الغارات على الهلال النفطي استهدفت أرتال المسلحين."
    assert sorted(e.location for e in extract(report(summed), resolver)) == ["Es Sider", "Ras Lanuf"]
    # its dead could be either place's: it stays
    counted = places + "وقال المتحدث إن الغارات على الهلال النفطي قتلت 12 مسلحا."
    assert len(extract(report(counted), resolver)) == 3


def test_a_suicide_attack_told_again_as_a_blast_is_one_bombing(resolver):
    text = ("أدانت الحكومة اليوم الهجوم الانتحاري على مقر المفوضية العليا للانتخابات في طرابلس.\n"
            "وكان تنظيم داعش أعلن مسؤوليته عن التفجير الذي استهدف مقر المفوضية العليا للانتخابات اليوم.")
    got = extract(report(text), resolver)
    assert [(e.sub_event_type, e.actor1) for e in got] == [("Suicide bomb", "ISIS")], got


def test_one_attack_told_twice_with_its_toll_is_one_event(resolver):
    # the quote tells a storming with an exchange of fire (a clash), the lead a suicide bombing
    text = ("قتل 11 شخصا على الأقل اليوم في هجوم انتحاري استهدف مقر المفوضية العليا للانتخابات في طرابلس.\n"
            "وقال المتحدث إن مجموعة من المتشددين اقتحموا مقر المؤسسة فقتلوا 11 شخصا على الأقل، مضيفا أن قوات "
            "الأمن تبادلت إطلاق النار مع المهاجمين.")
    got = extract(report(text), resolver)
    assert [(e.sub_event_type, e.fatalities) for e in got] == [("Suicide bomb", 11)], got


def test_two_attacks_with_other_tolls_stay_two(resolver):
    text = ("وأعلنت مصادر اليوم أن هجوما انتحاريا استهدف مقر المفوضية العليا للانتخابات في طرابلس ما أدى إلى مقتل 11 شخصا.\n"
            "وفي هجوم آخر اليوم قتل مسلحون 4 أشخاص في سوق الثلاثاء بطرابلس.")
    assert len(extract(report(text), resolver)) == 2


def test_a_lead_with_no_day_and_the_body_s_day_with_one_toll_are_one_event(resolver):
    text = ("فتح مهربون النار على مجموعة من المهاجرين في بني وليد، وأنباء عن مقتل 15 منهم.\n"
            "وقالت منظمة إغاثية إن إطلاق النار وقع أمس في بني وليد وقتل فيه 15 مهاجرا.")
    got = extract(report(text), resolver)
    assert [(e.event_date, e.fatalities) for e in got] == [(PUBLISHED - timedelta(days=1), 15)], got


def test_a_battle_told_only_by_its_week_twice_is_one_ongoing_battle(resolver):
    text = ("واندلع العنف الأسبوع الماضي في طرابلس حين هاجمت جماعة مسلحة مناطق جنوبية بالعاصمة.\n"
            "وخلال الأيام الماضية، قتل 39 شخصا على الأقل في اشتباكات بين جماعات مسلحة متناحرة في طرابلس.")
    got = extract(report(text), resolver)
    assert [(e.event_type, e.fatalities) for e in got] == [("Battles", 39)], got


def test_the_attack_with_a_day_dates_the_undated_attack_told_before(resolver):
    # the lead tells a rocket attack with no day; "the attack that took place on Monday
    # evening" is that attack, and dates it
    text = ("أغلق مطار معيتيقة الدولي أبوابه أمام الرحلات بعد تعرضه لهجوم صاروخي.\n"
            "ولم تسجل إصابات في مطار معيتيقة بعد الهجوم الذي وقع مساء الاثنين.\n"
            "وأجبر الهجوم الصاروخي رحلة قادمة من مدينة تونس إلى طرابلس على تغيير مسارها إلى مدينة مصراتة.")
    got = extract(report(text), resolver)
    assert [(e.sub_event_type, e.location, e.event_date) for e in got] == [
        ("Shelling/artillery/missile attack", "Mitiga International Airport", date(2018, 5, 14))], got


def test_clashes_after_which_a_reopening_was_dated_are_no_event_of_that_day(resolver):
    text = "وكان المطار قد استأنف عمله يوم الجمعة الماضية في أعقاب اشتباكات بين ميليشيات متناحرة في طرابلس."
    assert extract(report(text), resolver) == []


def test_a_building_attacked_told_three_ways_is_one_attack_on_civilians(resolver):
    # the lead: gunmen attacked the HQ (no one hurt yet); the ministry: targeted by gunmen,
    # two staff killed, the attackers linked to IS; a witness: "the attackers" opened fire
    text = ("هاجمت مجموعة مسلحة صباح اليوم، الثلاثاء، مقر المؤسسة الوطنية للنفط في طرابلس.\n"
            "وأكدت وزارة الداخلية استهداف المؤسسة من قبل عدد من المسلحين، ما أسفر عن مقتل 2 من العاملين، "
            "وأن المهاجمين مرتبطين بتنظيم داعش.\n"
            "وأوضح شاهد أن المهاجمين أطلقوا النار على البوابة الرئيسية ثم اقتحموا المقر، فيما أخلت قوات الأمن المبنى.")
    got = extract(report(text), resolver)
    assert [(e.event_type, e.actor1, e.actor2, e.fatalities) for e in got] == [
        ("Violence against civilians", "ISIS", "Civilians", 2)], got


def test_a_town_s_battle_and_one_quarter_s_the_same_day_are_one_at_the_quarter(resolver):
    text = ("أعلن الجيش الوطني الليبي مساء الثلاثاء تحرير مدينة درنة بالكامل من الجماعات الإرهابية.\n"
            "وفي وقت سابق من الثلاثاء، حرر الجيش منطقة شيحة في درنة.")
    got = [e for e in extract(report(text), resolver) if e.event_type == "Battles"]
    assert [e.location for e in got] == ["Shiha"], got


def test_quarters_of_a_town_with_no_telling_at_the_town_stay_apart(resolver):
    text = ("سيطر الجيش الوطني الليبي اليوم الثلاثاء على منطقة شيحة في درنة.\n"
            "كما سيطر الجيش اليوم الثلاثاء على منطقة باب طبرق في درنة.")
    got = sorted(e.location for e in extract(report(text), resolver) if e.event_type == "Battles")
    assert got == ["Bab Tobruk", "Shiha"], got


def test_a_camp_of_the_city_is_in_the_report_s_town_not_its_namesake_elsewhere(resolver):
    text = ("دخلت قوات الجيش الوطني الليبي مدينة درنة اليوم الثلاثاء.\n"
            "وفي غرب المدينة، سيطر الجيش على معسكر الصاعقة إثر مواجهات مع المسلحين.")
    got = extract(report(text), resolver)
    assert got and all(e.location == "Derna" for e in got), [(e.location, e.event_type) for e in got]


def test_the_strike_named_again_with_its_day_and_town_is_the_undated_strike_told_before(resolver):
    # the lead: a strike "in Libya early in the week"; then "the strike" at a town on Saturday
    text = ("قتل قيادي بارز في تنظيم القاعدة في غارة للقوات الأميركية في ليبيا مطلع الأسبوع.\n"
            "وكانت القوات الأميركية قد شنت الغارة في منطقة أوباري، على بعد نحو ألف كلم جنوبي طرابلس، السبت الماضي.")
    got = extract(report(text), resolver)
    assert [(e.location, e.event_date) for e in got] == [("Ubari", date(2018, 5, 12))], got


def test_a_recalled_telling_names_the_town_of_a_strike_told_at_a_region(resolver):
    text = ("أعلن الجيش الأميركي، الثلاثاء، مقتل قيادي في القاعدة في الغارة التي شنتها طائرة أميركية "
            "على موقع للمتشددين جنوب ليبيا، السبت الماضي.\n"
            "وكانت القوات الأميركية قد نفذت غارة جوية قرب مدينة أوباري بالتنسيق مع الحكومة في طرابلس.")
    got = extract(report(text), resolver)
    assert [(e.location, e.event_date) for e in got] == [("Ubari", date(2018, 5, 12))], got


def test_the_fighting_as_the_setting_of_another_thing_is_no_new_battle(resolver):
    text = ("اندلعت اشتباكات عنيفة بين جماعات مسلحة في جنوب طرابلس أمس الاثنين.\n"
            "ونقل مئات المهاجرين، الذين حوصروا وسط القتال، إلى مراكز أخرى، بينما أغلق مطار طرابلس يوم الجمعة.")
    got = extract(report(text), resolver)
    assert [e.event_date for e in got] == [date(2018, 5, 14)], got


def test_then_is_the_time_told_before(resolver):
    # "وفي غضون أيام" after a month told: the retaking is of that month, recalled
    text = ("وهاجمت ميليشيات موانئ الهلال النفطي في فبراير الماضي.\n"
            "وفي غضون أيام تمكن الجيش من تحرير ميناء رأس لانوف.")
    got = extract(report(text), resolver, context=True)
    assert got and all(e.context for e in got), [(e.location, e.event_date, e.context) for e in got]


def test_a_car_that_attacks_is_the_car_bomb(resolver):
    text = ("أصيب ثلاثة أشخاص في هجوم انتحاري استهدف بوابة أمنية في مدينة أجدابيا اليوم الثلاثاء.\n"
            "وأضاف المصدر أن سيارة هاجمت البوابة بسرعة كبيرة قبل أن تنفجر.")
    got = extract(report(text), resolver)
    assert [e.event_type for e in got] == ["Explosions/Remote violence"], got


def test_a_rocket_that_killed_two_people_hit_civilians(resolver):
    text = "قتل شخصان الأحد حينما سقط صاروخ على مخيم للنازحين في طرابلس."
    got = extract(report(text), resolver)
    assert [(e.event_type, e.actor2) for e in got] == [("Explosions/Remote violence", "Civilians")], got


def test_a_date_closing_a_clause_belongs_to_that_clause_s_happening(resolver):
    # "clashes in late April, and gunmen stormed the company on the 14th": two happenings
    text = ("وفر عشرات المحتجزين بعد اندلاع اشتباكات عنيفة في طرابلس في أواخر أبريل، "
            "كما اقتحم مسلحون مقر شركة الكهرباء في 14 مايو.")
    got = sorted(e.event_date for e in extract(report(text), resolver))
    assert len(got) == 2 and got[0].month == 4 and got[1] == date(2018, 5, 14), got


def test_blasts_heard_in_a_report_of_fighting_are_the_fighting(resolver):
    # the town's clashes and explosions heard in two of its districts: one battle that day
    text = ("احتدمت الاشتباكات بين فصائل مسلحة متنافسة في طرابلس اليوم الثلاثاء.\n"
            "وتردد دوي الانفجارات في منطقتي أبو سليم والهضبة.")
    got = extract(report(text), resolver)
    assert [(e.event_type, e.location) for e in got] == [("Battles", "Tripoli")], got


def test_the_attack_that_came_as_the_army_neared_a_town_is_the_attack_told_before(resolver):
    text = ("صد الجيش الوطني الليبي اليوم الثلاثاء هجوما شنته جماعة مسلحة على قاعدة تمنهنت.\n"
            "وقال المتحدث إن جنديين فقدا خلال الهجوم الذي تزامن مع اقتراب الجيش من بسط سيطرته على مدينة درنة.")
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Tamanhint air base"], got


def test_the_strike_named_again_at_a_spot_places_the_strike_told_by_a_town_nearby(resolver):
    # the lead: "east of Bani Walid"; then "the strike hit the camp at Sadada"
    text = ("استهدفت غارة جوية مجهولة المصدر، اليوم الثلاثاء، معسكرا لمتشددين في منطقة شرقي بلدة بني وليد.\n"
            "وقال ضابط إن الغارة استهدفت المعسكر الواقع عند منطقة السدادة.")
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Sdada"], got


def test_earlier_ones_of_a_kind_are_no_event(resolver):
    text = ("قصفت طائرات مجهولة موقعا للمتشددين قرب أوباري اليوم الثلاثاء.\n"
            "كما شنت القوات الأمريكية غارات مماثلة سابقة قرب مدينة سبها.")
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Ubari"], got


def test_strikes_told_as_recent_and_those_strikes_figures_are_no_event(resolver):
    # bodies found at sites "recently" hit; "those strikes" killed 80: no strike told as news
    text = ("قالت قوات ليبية مساء الاثنين عثورها على 90 جثة في موقعين استهدفتهما ضربات جوية مؤخرا قرب سرت.\n"
            "وكان مسؤولون قد أعلنوا مقتل أكثر من 80 متشددا في تلك الغارات في سرت.")
    assert extract(report(text), resolver) == []


def test_a_strike_told_with_its_day_and_recalled_later_as_those_strikes_stays_one(resolver):
    text = ("قصفت طائرات حربية مواقع للمتشددين قرب سرت أمس الاثنين.\n"
            "وأعلن مسؤولون مقتل 20 متشددا في تلك الغارات.")
    got = extract(report(text), resolver)
    assert [(e.location, e.fatalities) for e in got] == [("Sirte", 20)], got
