"""SaudiNewsNet rounds eighteen and nineteen (July 2015, benchmarks/gold/snn_tune_r18.jsonl and
_r19.jsonl): wire copy that
gives every sentence its own line and quotes its commanders, a minister's visit abroad, a
plot foiled, an arrest by a neighbour's police. The sentences are the team's own, in the shape
of those articles:

- a "today" in a quote goes with the day the story told (the commander said it on the
  day of the fighting), and the quotes after it go on with that day;
- what an air force "blew up" it struck from the air;
- an attempt "during a visit to Tunisia" happened in Tunisia;
- what a foiled attack "was aimed at" is no strike of its own;
- "the Tunisian security authorities" are Tunisia's forces, and an arrest told with them and
  no place is in Tunisia;
- "a Libyan citizen" is a person's nationality, not where it happened;
- a plot "to assassinate" someone kills nobody;
- two car bombs that "exploded" (the dual verb) exploded;
- a concern voiced about renewed clashes tells none, nor the toll it gives them; verses that
  "forbid fighting" are no fight;
- a place abroad right before the trigger, after a clause on a Libyan crossing, is where it was
  done; a bomb a neighbour's ministry announces hit its police, not theirs."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

FRIDAY = date(2015, 7, 24)


def _events(text: str, resolver, context: bool = False, published: date = FRIDAY):
    return extract(read_text(text, published=published), resolver, context=context)


WIRE = ("قالت مصادر طبية إن ثلاثة جنود قتلوا يوم الأربعاء في اشتباكات في حي الليثي ببنغازي.\n"
        "وقال مسؤولون عسكريون إن الجيش شن هجوما جديدا على المسلحين يوم الأربعاء.\n"
        "والحي محاصر منذ الشتاء الماضي. وتقول السلطات إنها ستواصل عملياتها.\n"
        "وقال قائد ميداني: «قواتنا اليوم تقدمت في حي الليثي واستخدمنا الأسلحة الثقيلة».\n"
        "وقال متحدث باسم القوات الجوية: «سلاح الجو قصف تمركزات المسلحين في حي الليثي».\n")


def test_a_quotes_today_is_the_day_its_story_told(resolver):
    evs = _events(WIRE, resolver)
    assert evs
    assert {e.event_date for e in evs} == {date(2015, 7, 22)}
    assert any(e.sub_event_type == "Air/drone strike" for e in evs)


def test_a_quotes_today_with_no_day_told_before_is_the_reports(resolver):
    text = "وقال قائد ميداني: «قواتنا اليوم تقدمت في حي الليثي ببنغازي بعد اشتباكات عنيفة مع المسلحين»."
    evs = _events(text, resolver)
    assert evs and {e.event_date for e in evs} == {FRIDAY}


def test_what_an_air_force_blew_up_it_struck_from_the_air(resolver):
    evs = _events("وقال المتحدث: «قام سلاح الجو أمس بتفجير مخزن ذخيرة للمجموعات الإرهابية في حي الليثي ببنغازي».",
                  resolver)
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Explosions/Remote violence", "Air/drone strike")]
    assert "air force" in (evs[0].actor1 or "")


def test_a_car_bomb_with_a_force_named_still_hit_the_force(resolver):
    evs = _events("انفجرت سيارة مفخخة أمس أمام مقر للجيش في بنغازي وقتلت جنديين.", resolver)
    assert evs and evs[0].sub_event_type != "Air/drone strike"


def test_an_attempt_during_a_visit_abroad_happened_there(resolver):
    text = "تعرض وزير الداخلية الليبي لمحاولة اغتيال خلال زيارة خاصة إلى تونس."
    assert _events(text, resolver) == []
    told = _events(text, resolver, context=True)
    assert told and all(e.in_libya is False for e in told)
    assert {e.location for e in told} == {"Tunisia"}


def test_what_a_foiled_attack_was_aimed_at_is_no_strike(resolver):
    assert _events("أحبطت الأجهزة الأمنية أمس محاولة تفجير كانت تستهدف مقر مديرية الأمن في بنغازي.", resolver) == []


def test_an_attack_that_was_aimed_at_a_gate_and_killed_stays(resolver):
    evs = _events("قالت مصادر إن هجوما كان يستهدف بوابة للجيش في سرت أمس أسفر عن مقتل جنديين.", resolver)
    assert [e.location for e in evs] == ["Sirte"]
    assert evs[0].fatalities == 2


def test_a_neighbours_security_authorities_are_its_forces_and_arrest_at_home(resolver):
    text = ("اشتباكات عنيفة في طرابلس أمس بين كتيبتين.\n"
            "وقال الوزير إن شخصا تم اعتقاله بعدما أرشد عنه مواطن، وتم ذلك بالتنسيق مع السلطات الأمنية التونسية.")
    evs = _events(text, resolver)
    assert [e.event_type for e in evs] == ["Battles"]
    told = _events(text, resolver, context=True)
    arrests = [e for e in told if e.sub_event_type == "Arrests"]
    assert arrests and all(e.in_libya is False and e.location is None for e in arrests)
    assert any("Tunisian" in (e.actor1 or "") + (e.actor2 or "") for e in arrests)


def test_a_libyan_citizen_is_no_place(resolver):
    evs = _events("اعتقلت قوات الأمن مواطنا ليبيا أمس في مدينة مدنين.", resolver)
    assert [(e.location, e.in_libya) for e in evs] == [("Medenine", False)]


def test_a_plot_to_assassinate_kills_nobody(resolver):
    text = ("وشكرت الوزارة السلطات التونسية على إحباط المخطط الإرهابي الجبان لاغتيال الوزير، "
            "وذلك بالقبض على الإرهابي في تونس أمس.")
    told = _events(text, resolver, context=True)
    assert told and all(not e.fatalities for e in told)


def test_two_car_bombs_that_exploded(resolver):
    evs = _events("وذكر سكان أن سيارتين ملغومتين انفجرتا أول من أمس في مدينة درنة دون سقوط ضحايا.", resolver)
    assert [(e.sub_event_type, e.location, e.event_date) for e in evs] == [
        ("Remote explosive/landmine/IED", "Derna", date(2015, 7, 22))]


def test_security_forces_finding_car_bombs_is_no_blast(resolver):
    evs = _events("وأضاف أن قوات الأمن كشفت انتحاريين آخرين على متن سيارتين ملغومتين في سرت أمس.", resolver)
    assert all(e.event_type != "Explosions/Remote violence" for e in evs)


def test_a_concern_about_renewed_clashes_tells_none(resolver):
    for text in ("أعربت بعثة الأمم المتحدة عن قلقها إزاء تجدد الاشتباكات في مدن سبها والكفرة وأوباري.",
                 "وكانت البعثة قد أعربت عن قلقها البالغ إزاء تجدد الاشتباكات في سبها والكفرة، ما أدى إلى مقتل "
                 "أكثر من 60 شخصا من الطرفين."):
        assert _events(text, resolver) == [], text


def test_clashes_told_beside_a_concern_stay(resolver):
    text = "قتل خمسة أشخاص أمس في اشتباكات في سبها، وأعربت البعثة عن قلقها إزاء تصاعد العنف."
    assert [e.location for e in _events(text, resolver)] == ["Sabha"]


def test_verses_that_forbid_fighting_are_no_fight(resolver):
    text = "ونص الاتفاق الموقع في سبها على الالتزام بآيات القرآن التي تحرم القتال."
    assert _events(text, resolver) == []


def test_a_place_abroad_right_before_the_trigger_after_a_libyan_clause(resolver):
    text = ("وأعلن الجانب الليبي أنه أغلق أول من أمس بوابة رأس إجدير، وذلك بعد قيام مجموعات خارجة عن القانون "
            "في منطقة بن قردان بالهجوم على السيارات الليبية.")
    evs = _events(text, resolver)
    assert evs == [] or all(e.in_libya is False for e in evs)
    told = _events(text, resolver, context=True)
    assert "Ben Guerdane" in {e.location for e in told}
    assert "Ras Ajdir" not in {e.location for e in told}


def test_a_bomb_a_neighbours_ministry_announces_hit_its_police(resolver):
    text = "أعلنت وزارة الداخلية المصرية أمس عن إصابة ثلاثة مجندين في انفجار عبوة ناسفة في العريش."
    told = _events(text, resolver, context=True)
    assert [(e.actor1, e.actor2) for e in told] == [("Unidentified armed group", "Egyptian forces")]


CONDEMNED = ("وأدان المبعوث الأممي في تصريح صحفي عقب لقائه بوزير الخارجية الإيطالي في روما الليلة الماضية اختطاف "
             "الموظفين الإيطاليين. يذكر أن أربعة إيطاليين قد اختطفوا يوم الأحد الماضي بالقرب من مجمع مليتة النفطي بزوارة.")


def test_a_kidnapping_condemned_in_rome_is_the_one_told_at_mellitah(resolver):
    evs = _events(CONDEMNED, resolver, published=date(2015, 7, 22))
    assert [(e.location, e.event_date) for e in evs] == [("Mellitah", date(2015, 7, 19))]


def test_a_condemnation_that_alone_tells_its_happening_stays(resolver):
    text = "وأدانت الحكومة في بيان اختطاف أربعة عمال أجانب أمس في مدينة سبها."
    evs = _events(text, resolver)
    assert [e.location for e in evs] == ["Sabha"]


def test_an_airport_road_listed_with_benghazis_port_is_benghazis(resolver):
    text = ("تواصلت الاشتباكات في بنغازي أمس. وكانت مصادر عسكرية قد أكدت الثلاثاء الماضي سيطرة الجيش على ميناء "
            "بنغازي وطريق المطار ومعسكر 21 بعد معارك عنيفة.")
    evs = _events(text, resolver)
    assert evs and all(e.location in ("Benghazi", "Port of Benghazi") for e in evs)


def test_tripolis_airport_road_in_a_tripoli_report_stays(resolver):
    evs = _events("اندلعت اشتباكات عنيفة أمس على طريق المطار في طرابلس.", resolver)
    assert [e.location for e in evs] == ["Airport Road"]


def test_the_place_of_what_a_bombing_is_likened_to_is_not_its_own(resolver):
    text = ("شهدت الكويت جريمة إرهابية حيث استهدف تفجير مسجد الإمام الصادق، بالطريقة ذاتها التي استهدف بها "
            "مسجد الإمام علي في بلدة القديح بالقطيف.")
    told = _events(text, resolver, context=True)
    assert told and "Qatif" not in {e.location for e in told}


def test_a_bombing_named_with_its_own_place_before_a_likeness_keeps_it(resolver):
    text = "استهدف تفجير انتحاري أمس مسجدا في مدينة القطيف، على غرار ما حدث في الكويت."
    told = _events(text, resolver, context=True)
    assert [e.location for e in told] == ["Qatif"]


def test_a_town_said_to_lie_some_distance_from_the_capital_is_where_it_was(resolver):
    text = ("وأوضح عميد البلدية هاتفيا من سبها الواقعة على مسافة 700 كيلومتر تقريبا جنوبي طرابلس، أن 29 شخصا "
            "قتلوا في الاشتباكات أمس.")
    assert [e.location for e in _events(text, resolver)] == ["Sabha"]


def test_kinds_of_crime_an_amnesty_leaves_out_are_no_happening(resolver):
    text = "وأشار إلى أن العفو العام الذي أصدره البرلمان في طرابلس يستثنى منه جرائم الإرهاب وجرائم الاغتصاب."
    assert _events(text, resolver) == []


def test_two_governments_at_war_is_the_state_of_the_country(resolver):
    text = "وتشهد طرابلس حالة من الفوضى وسط تقاتل حكومتين من أجل السيطرة على البلاد."
    assert _events(text, resolver) == []


def test_not_any_fight_is_none(resolver):
    for text in ("ولم تسجل أي اشتباكات في طرابلس أمس.",
                 "وقال إن إيطاليا لن تشارك في أي ضربات عسكرية في ليبيا ما لم تطلب ذلك حكومة الوفاق."):
        assert _events(text, resolver) == [], text


def test_a_fight_with_no_one_hurt_stays(resolver):
    evs = _events("وقعت اشتباكات عنيفة أمس في طرابلس، ولم يصب أي مدني.", resolver)
    assert [e.location for e in evs] == ["Tripoli"]


def test_a_hijri_day_is_read_by_the_umm_al_qura_calendar():
    from events.dates import find_dates
    found = find_dates("وقع الحادث بتاريخ 19 / 6 / 1436هـ شرق مدينة الرياض", FRIDAY, "ar")
    assert [(m.value, m.precision) for m in found] == [(date(2015, 4, 8), "day")]
    assert [m.value for m in find_dates("on 9/9/1436 AH", FRIDAY, "en")] == [date(2015, 6, 26)]
    assert find_dates("في 31 / 13 / 1436هـ", FRIDAY, "ar") == []  # no such day


def test_an_attack_dated_months_back_by_the_hijri_calendar_is_background(resolver):
    text = "وقد نفذ التنظيم حادث إطلاق النار على دورية الأمن العام شرق مدينة الرياض بتاريخ 19 / 6 / 1436هـ."
    assert _events(text, resolver, published=date(2015, 7, 22)) == []
