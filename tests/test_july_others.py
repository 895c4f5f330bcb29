"""SaudiNewsNet rounds twenty-three to thirty (July 2015, benchmarks/gold/snn_tune_r23.jsonl
to _r30.jsonl): articles
that name Libya once or twice and tell another country's war at length. The sentences are the
team's own, in the shape of those articles:

- whom a fight was "with" ("بعد معارك عنيفة مع الحوثيين") is the other side, not a subject
  after the fight's noun: the side named before it, which took the ground, is actor1;
- mines laid ("تشريكها بالألغام", "زرع الألغام"), their fields and their sweepers are no
  blast; a mine that went off, or killed, still is;
- the items of a ministry's list of foiled plots ("ومن العمليات التي تم إحباطها ما يلي: 1- عملية
  انتحارية ... تستهدف") are plots, not attacks;
- what goes on "over 30 years" ("على مدى 30 سنة") is a state, not a day's fight (over three
  days it is still a battle);
- what a policy "protects from" ("تحمي القضايا العربية من الخطف") is guarded against, not a
  kidnapping;
- people stopped crossing a border "illegally" (بطريقة غير شرعية) or infiltrating it, with no
  armed group named, were arrested for a crime, not a political arrest;
- Rafah and Sheikh Zuweid are Sinai's (abroad), so a strike "south of Rafah" has its place;
- a battle of "217 BC" (قبل الميلاد) is history;
- a sentence with no day that opens at a place far from where its paragraph told a day ("...
  فجر الاحد في تعز" then "وفي محافظة مأرب قتل ...") is another scene and does not take that day
  (a quarter of the same city does);
- a town "of the governorate of" a city ("بمدينة سجنان من ولاية بنزرت", "بجهة بنزرت") is where
  it happened, not the city the governorate is named after;
- a fight named as a time ("إبان معارك كوباني", "during the battles of Kobani") is history;
- a newspaper told something ('قالت مصادر محلية ل"الرياض"', "لـ«عكاظ»"): the paper, not the city;
- "قتل مدنين اثنين" counts civilians (مدنيين misspelt), not Medenine, which stays a place;
- the day a state began ("التي تشهد منذ 25 من شهر يونيو اشتباكات") is no day the next
  sentences go on with; what judges "fear" (يخشون القتل والخطف) and a capital "under" a
  side's control (في ظل سيطرة) are no happenings;
- the city in a speaker's title ("رئيس الغرفة التجارية الصناعية بالرياض") is the chamber's seat,
  not where what he speaks of happened, and so is a body's seat ("المنظمة الحقوقية ومقرها لندن");

and, from a sample of the events of unlabelled ANT articles that name Libya: "نظام القبة
الحديدة" is the Iron Dome (misspelt), not Hodeidah; gunfire "in celebration" (إطلاق نار احتفالا)
is no fight; "the threat of death and arrest" (التهديد بالموت والاعتقال) no arrest; an engine
that exploded is an accident, a brawl's dead ("أسفر شجار ... عن مقتل شاب") a crime unless armed
men are named; a capital quoted ("وفقا لواشنطن") is its government, not the place."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

FRIDAY = date(2015, 7, 31)


def _events(text: str, resolver, context: bool = False, published: date = FRIDAY):
    return extract(read_text(text, published=published), resolver, context=context)


def test_whom_a_fight_was_with_is_the_other_side(resolver):
    evs = _events("دخل الجيش الوطني الليبي حي الصابري في بنغازي بعد معارك مع مجلس شورى ثوار بنغازي.", resolver)
    # named as ACLED named the council in 2015 (tests/test_acled_names_of_2015.py)
    assert [(e.actor1, e.actor2) for e in evs] == [("LNA", "Ansar al-Sharia")]


def test_abroad_the_national_army_that_took_ground_after_a_fight_is_that_countrys(resolver):
    # "العلم" is no place the gazetteer knows, so the fight's noun is the trigger
    evs = _events("في غضون ذلك، سيطر الجيش الوطني على منطقة العلم شرق عدن بعد معارك عنيفة مع "
                  "المليشيات الحوثية والقوات الموالية لها.", resolver)
    assert [(e.actor1, e.actor2, e.in_libya) for e in evs] == [("Yemeni forces", "Houthis", False)]


def test_a_side_named_only_after_with_is_still_a_side(resolver):
    evs = _events("اندلعت معارك عنيفة مع مجلس شورى ثوار بنغازي في حي الصابري ببنغازي.", resolver)
    assert evs and "Ansar al-Sharia" in {evs[0].actor1, evs[0].actor2}


def test_mines_laid_are_no_blast(resolver):
    for text in ("وأرجع أسباب تأخر تطهير المزارع في عدن إلى تشريكها بالألغام والمتفجرات، مبينا أن هناك خسائر "
                 "بالأرواح في صفوف المقاومة.",
                 "وقال إن المسلحين قاموا بزرع الألغام في أحياء سرت قبل انسحابهم.",
                 "وتنتشر حقول ألغام في محيط مدينة سرت، وتعمل كاسحات الألغام في المنطقة."):
        assert _events(text, resolver) == [], text


def test_a_mine_that_went_off_or_killed_is_still_a_blast(resolver):
    for text in ("وقتل ثلاثة جنود في انفجار لغم أرضي جنوب بنغازي أمس.", "وقتل طفل بلغم أرضي في حي الليثي ببنغازي."):
        evs = _events(text, resolver)
        assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"], text


def test_the_items_of_a_list_of_foiled_plots_are_no_attacks(resolver):
    text = ("وتم إحباط عمليات إرهابية خطط لها التنظيم، ومن العمليات التي تم إحباطها ما يلي:- 1- عملية انتحارية "
            "باستخدام الأحزمة الناسفة تستهدف الجامع التابع لمبنى قوات الطوارئ الخاصة بالرياض وذلك في يوم الجمعة "
            "9 / 9 / 1436هـ.")
    assert _events(text, resolver, published=date(2015, 7, 22)) == []


def test_a_suicide_attack_told_after_a_foiled_one_is_still_an_attack(resolver):
    text = "وقالت الشرطة إنها أحبطت هجوما أمس، فيما قتل انتحاري ثلاثة جنود عند بوابة في بنغازي اليوم."
    evs = _events(text, resolver)
    assert ("Suicide bomb", "Benghazi") in {(e.sub_event_type, e.location) for e in evs}


def test_what_goes_on_over_years_is_a_state_not_a_days_fight(resolver):
    text = ("وقال إن ايران تقاتل الآن بعناصر غير فارسية على مدى 30 سنة حتى اللحظة، في حين أن طهران سالمة "
            "وبغداد تدمر.")
    assert _events(text, resolver) == []


def test_a_battle_over_three_days_is_still_a_battle(resolver):
    evs = _events("واستمرت الاشتباكات في حي الصابري ببنغازي على مدى ثلاثة أيام وأسفرت عن مقتل خمسة جنود.", resolver)
    assert [e.event_type for e in evs] == ["Battles"]


def test_what_a_policy_protects_from_is_no_kidnapping(resolver):
    text = ("واعتبر الدكتور الحسن أن الرياض والقاهرة تستطيعان بلورة رؤية استراتيجية تحمي القضايا العربية من "
            "الخطف والمتاجرة بها.")
    assert _events(text, resolver) == []


def test_a_force_that_protects_a_town_can_still_be_attacked(resolver):
    evs = _events("وتعرضت القوة التي تحمي مدينة سرت لهجوم مسلح أمس أسفر عن مقتل جنديين.", resolver)
    assert [(e.location, e.fatalities) for e in evs] == [("Sirte", 2)]


def test_people_stopped_crossing_a_border_illegally_are_no_political_arrest(resolver):
    text = ("وتمكنت الأجهزة الأمنية المصرية من إحباط تسلّل 181 شخصا إلى ليبيا عن طريق السلوم وإلقاء القبض عليهم "
            "أثناء محاولتهم مغادرة البلاد بطريقة غير شرعية عبر الدروب الصحراوية.")
    assert _events(text, resolver, published=date(2015, 7, 22)) == []


def test_an_arrest_of_infiltrating_militants_is_still_an_arrest(resolver):
    evs = _events("وألقت قوات الأمن التونسية القبض على ثلاثة إرهابيين من تنظيم داعش أثناء تسللهم من ليبيا "
                  "قرب بن قردان.", resolver)
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_a_strike_south_of_rafah_is_in_sinai(resolver):
    evs = _events("إلى ذلك شنّت مروحيات «الأباتشي» غارة جوية مفاجئة، استهدفت خلالها أخطر المعاقل الإرهابية التي "
                  "تأوي عناصر «بيت المقدس» جنوب رفح.", resolver, published=date(2015, 7, 22))
    assert [(e.location, e.in_libya, e.sub_event_type) for e in evs] == [("Rafah", False, "Air/drone strike")]


def test_a_battle_before_christ_is_history(resolver):
    text = ("ومن وثائق المعرض لوحة سجل عليها مرسوم أصدره الكهنة تكريما لبطليموس الرابع عام 217 قبل "
            "الميلاد لانتصاره في معركة قرب العريش ضد أنطيوخوس الثالث.")
    assert _events(text, resolver, published=date(2015, 8, 4)) == []


def test_a_scene_far_from_where_the_paragraph_told_its_day_does_not_take_that_day(resolver):
    evs = _events("وقصف الحوثيون فجر الاحد خزانات الوقود في مدينة تعز. وفي محافظة مأرب قتل 10 من الحوثيين في "
                  "مواجهات مع المقاومة.", resolver, published=date(2015, 7, 22))
    assert {e.location: e.event_date for e in evs} == {"Taiz": date(2015, 7, 19), "Marib": date(2015, 7, 22)}


def test_a_quarter_of_the_same_city_goes_on_with_the_paragraphs_day(resolver):
    evs = _events("قتل خمسة جنود يوم الأحد في اشتباكات في بنغازي. وفي حي الليثي قصفت الطائرات مواقع المسلحين.",
                  resolver, published=date(2015, 7, 22))
    assert {e.event_date for e in evs} == {date(2015, 7, 19)} and len(evs) == 2


def test_a_town_of_a_governorate_is_where_it_happened_not_the_governorates_city(resolver):
    text = ("وقالت وزارة الداخلية التونسية إن وحداتها قامت بعملية استباقية بمدينة سجنان من ولاية بنزرت والإطاحة "
            "بخلية كانت تعد لاستهداف منشآت حيوية بجهة بنزرت، وقد تمكنت من القبض على 13 إرهابيا.")
    evs = _events(text, resolver, published=date(2015, 7, 26))
    assert [(e.location, e.in_libya) for e in evs] == [("Sejnane", False)]


def test_a_fight_named_as_a_time_is_history(resolver):
    text = ("والتي اعتمدت على تقوية قوات البيشمركة ومدها بالأسلحة، مع تقديم دعم لأكراد سوريا لمحاربته خصوصًا "
            "إبان معارك كوباني.")
    assert _events(text, resolver, published=date(2015, 7, 31)) == []


def test_a_newspaper_told_is_no_place(resolver):
    text = ('وقالت مصادر محلية ل"الرياض" إن مقاتلات التحالف استهدفت بأكثر من 20 غارة الميليشيات المتمردة في '
            'بلدة زنجبار بمحافظة أبين.')
    evs = _events(text, resolver, published=date(2015, 7, 26))
    assert [(e.location, e.in_libya) for e in evs] == [("Zinjibar", False)]
    assert [m.text for m in resolver.find_places("وقال سكان محليون لـ«الرياض» إن")] == []


def test_civilians_misspelt_are_not_medenine_which_stays_a_place(resolver):
    assert [m.text for m in resolver.find_places("كما قتل مدنين اثنين واصيب خمسة اخرون")] == []
    assert [m.text for m in resolver.find_places("فيما قتل أربعة مدنين واصيب")] == []
    assert [m.resolution.place.id for m in resolver.find_places("وصل الوفد إلى مدنين أمس")] == ["foreign-medenine"]


def test_the_day_a_state_began_is_no_day_the_next_sentences_go_on_with(resolver):
    text = ("وقال المرصد إن 13 عنصرا من داعش قتلوا جراء قصف للطيران الحربي على حي النشوة بجنوب مدينة الحسكة التي "
            "تشهد منذ 25 من شهر يونيو (حزيران) الماضي، اشتباكات عنيفة ومستمرة بين التنظيم وقوات النظام.\n\n"
            "وبالتزامن، استكمل طيران التحالف الدولي غاراته الجوية على أهداف ومواقع «داعش» في دير الزور والرقة.")
    evs = _events(text, resolver, published=date(2015, 7, 22))
    assert {e.location: e.event_date for e in evs if e.location in ("Raqqa", "Deir ez-Zor")} == {
        "Raqqa": date(2015, 7, 22), "Deir ez-Zor": date(2015, 7, 22)}


def test_what_judges_fear_and_a_capital_under_control_are_no_happenings(resolver):
    for text in ("وأضاف أن القضاة بالمحاكم في طرابلس يعملون تحت تهديد السلاح ، ويخشون القتل والخطف، حسب قوله.",
                 "وقال الوزير إن محاكمة رموز النظام في ظل سيطرة قوات فجر ليبيا على العاصمة طرابلس أمر غير قانوني."):
        assert _events(text, resolver, published=date(2015, 7, 28)) == [], text


def test_the_city_of_a_speakers_title_is_not_where_it_happened(resolver):
    text = ("من جانبه، أوضح الدكتور عبدالرحمن الزامل، رئيس الغرفة التجارية الصناعية بالرياض، أن كل المحاولات "
            "لزعزعة الوحدة الوطنية تنعكس آثارها ضد الأعداء، فالانفجارات التي وقعت أحرجت الجهات الأخرى.")
    assert _events(text, resolver, published=date(2015, 7, 22)) == []


def test_a_bodys_seat_is_not_where_it_happened(resolver):
    text = ("وذكرت المنظمة الحقوقية ومقرها لندن في بيان أن زوج المحامية صرح بأن سوتودة اعتقلت لتنفيذ عقوبة "
            "بالسجن.")
    assert [e for e in _events(text, resolver, published=date(2018, 6, 14)) if e.location == "London"] == []


def test_the_iron_dome_misspelt_is_not_hodeidah(resolver):
    assert [m.text for m in resolver.find_places("وأشار البيان إلى أن نظام القبة الحديدة نجح بالتصدي")] == []
    assert [m.resolution.place.id for m in resolver.find_places("غارات على مدينة الحديدة")] == ["foreign-hodeidah"]


def test_celebratory_gunfire_and_a_threat_of_arrest_are_no_happenings(resolver):
    for text in ("وسمع مراسل فرانس برس في مدينة دمشق أصوات إطلاق نار احتفالا بعد الإعلان.",
                 "وأطلق مسلحون النار في الهواء ابتهاجا في وسط مدينة طرابلس.",
                 "وعاش في بكين وحيدا فكان عليه مواجهة التهديد بالموت والاعتقال."):
        assert _events(text, resolver, published=date(2018, 4, 8)) == [], text


def test_an_engine_that_exploded_and_a_brawl_are_no_conflict(resolver):
    for text in ("وأدى كسر في شفرة مروحة إلى انفجار محرك طائرة تابعة للشركة، مما تسبب في تحطم نافذة ومقتل راكبة "
                 "في مطار سرت.",
                 "أسفر شجار ليلة البارحة في حفل زفاف بمدينة مصراتة عن مقتل شاب يبلغ من العمر 25 سنة."):
        assert _events(text, resolver, published=date(2016, 10, 16)) == [], text


def test_a_brawl_between_armed_men_is_still_a_clash(resolver):
    evs = _events("اندلع شجار بين عناصر كتيبتين في طرابلس تطور إلى اشتباكات مسلحة أسفرت عن مقتل شخصين.", resolver)
    assert [(e.event_type, e.location, e.fatalities) for e in evs] == [("Battles", "Tripoli", 2)]


def test_a_capital_quoted_is_not_the_place(resolver):
    text = ("في يوم واحد، قامت الطائرات الأمريكية والبريطانية بألف طلعة جوية وأسقطت العديد من صواريخ كروز، "
            "وفقا لواشنطن.")
    assert [e for e in _events(text, resolver, published=date(2018, 4, 9)) if e.location == "Washington"] == []
