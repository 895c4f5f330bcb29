"""Issue 16: what an Arabic report tells again or in passing (rules from the sixth, tuning
round of ANT articles) — "the airport" of a report that names one airport, the weapon named
beside a bare blast word, where a flight came from. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id

PUBLISHED = date(2018, 9, 11)


def report(text: str) -> Report:
    return Report(id=report_id(text), text=text, language="ar", published=PUBLISHED, date_precision="day")


def test_the_airport_of_a_report_that_names_one_is_that_airport(resolver):
    text = ("سقطت قذائف على المطار في طرابلس مساء الثلاثاء. "
            "وقال مسؤول في مطار معيتيقة إن الرحلات علقت.")
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Mitiga International Airport"], got


def test_the_airport_of_a_report_that_names_two_stays_unplaced(resolver):
    from geo import Resolver

    found = Resolver(offline=True).find_places("أغلق مطار معيتيقة ومطار مصراتة، ثم أعيد فتح المطار.")
    assert [m.resolution.place.id for m in found if m.text.endswith("المطار")] == []


def test_a_bare_blast_beside_a_named_weapon_is_that_weapon(resolver):
    text = "سمع دوي انفجارات قرب مطار معيتيقة مساء الثلاثاء ولم يتضح من أطلق الصواريخ."
    got = extract(report(text), resolver)
    assert [e.sub_event_type for e in got] == ["Shelling/artillery/missile attack"], got


def test_a_bare_blast_alone_is_still_a_bomb(resolver):
    got = extract(report("وقع انفجار قرب مطار معيتيقة مساء الثلاثاء."), resolver)
    assert [e.sub_event_type for e in got] == ["Remote explosive/landmine/IED"], got


def test_where_a_flight_came_from_is_no_actor(resolver):
    text = "وحولت رحلة ليبية قادمة من مصر إلى مصراتة بعد إطلاق صواريخ على مطار معيتيقة مساء الثلاثاء."
    got = extract(report(text), resolver)
    assert got and all("Egypt" not in (e.actor1 or "") for e in got), got


@pytest.mark.parametrize("text", [
    # the campaign as a whole, not a fight
    "ويراهن الباحث على الجيش وحده في معركة التحرير في بنغازي ودرنة.",
    "واستبعد الباحث مشاركة المجلس الرئاسي في معارك التحرير في سبها.",
    "وتلي معركة الجنوب معركة الساحل الغربي، حيث تتواجد جماعات مسلحة في صبراتة.",
    # a side's record of battles, and a battle to come
    "مستفيدا من المعارك التي خاضها في بنغازي ودرنة.",
    "ويرى الباحث أن أكبر معارك الجيش ستكون في طرابلس.",
    # whose control the ground was under, and the end of a campaign dating what follows
    "يمضي الجيش في طريقه لتحرير المناطق من سيطرة الجماعات الإرهابية في الجفرة.",
    "وبعد معركة القضاء على آخر جيوب الإرهابيين في درنة، تتجه أنظار الجيش إلى الجنوب.",
    # the battle against terrorism, which is no side that fights
    "ولفت إلى أن التنسيق بين مصر وليبيا في درنة على أعلى مستوى، والمعركة ضد الإرهاب معركة واحدة.",
])
def test_campaigns_records_and_fights_to_come_are_no_events(resolver, text):
    assert extract(report(text), resolver) == []


def test_a_battle_told_at_a_place_is_still_an_event(resolver):
    got = extract(report("واندلعت معارك عنيفة في درنة يوم الثلاثاء بين الجيش ومجلس شورى مجاهدي درنة."), resolver)
    assert [e.event_type for e in got] == ["Battles"], got


def test_an_attack_abroad_recalled_and_named_again_is_context(resolver):
    text = ("وأودى تفجير مانشستر بحياة 22 شخصا العام الماضي. "
            "وأحد الخطوط التي يتابعها فريق التحقيق في هجوم مانشستر هو الاتصال مع متطرفين في ليبيا.")
    assert extract(report(text), resolver) == []


def test_oil_tanks_set_on_fire_are_property_destroyed(resolver):
    got = extract(report("وقالت المصادر إن الميليشيات أضرمت النيران في خزانين للنفط في راس لانوف يوم الاثنين."), resolver)
    assert [(e.event_type, e.sub_event_type) for e in got] == [
        ("Strategic developments", "Looting/property destruction")], got


def test_a_fire_set_in_a_deadly_attack_is_part_of_the_attack(resolver):
    text = "اقتحم مسلحون مقر المفوضية في طرابلس الثلاثاء فقتلوا 11 شخصا وأضرموا النيران في المبنى."
    got = extract(report(text), resolver)
    assert got and all(e.sub_event_type != "Looting/property destruction" for e in got), got


@pytest.mark.parametrize("text", [
    "وفرت الميليشيات في محاولة للهروب من استهداف القصف الجوي في راس لانوف.",
    "وكانت بلدة النوفلية المنطلق الرئيس للجماعات الإرهابية للهجوم على الموانئ النفطية.",
])
def test_a_strike_escaped_and_a_launching_point_are_no_events(resolver, text):
    assert extract(report(text), resolver) == []


def test_a_place_described_by_its_taking_dates_the_taking_told_before(resolver):
    text = ("سيطرت ميليشيات على ميناء السدرة في منطقة الهلال النفطي. "
            "وشن الجيش هجوما كبيرا لطرد الميليشيات من منشآت الهلال النفطي، التي سيطرت عليها الخميس الماضي.")
    got = extract(Report(id=report_id(text), text=text, language="ar", published=date(2018, 6, 18),
                         date_precision="day"), resolver)
    taken = [e for e in got if e.location == "Es Sider"]
    assert [e.event_date for e in taken] == [date(2018, 6, 14)], got


def test_the_battle_a_side_is_busy_with_is_no_event(resolver):
    text = "لكن انشغال قوات الجيش بمعركة درنة لم يمنعها من شن هجوم كبير على الميليشيات في راس لانوف."
    got = extract(report(text), resolver)
    assert got and all(e.location != "Derna" for e in got), got


def test_this_attack_after_a_bombing_is_the_bombing(resolver):
    text = ("استهدف هجوم انتحاري مقر المفوضية العليا للانتخابات في طرابلس الأربعاء. "
            "وهذا الهجوم الأول من نوعه في طرابلس منذ عدة سنوات.")
    assert len(extract(report(text), resolver)) == 1


def test_strikes_told_at_a_region_and_at_a_port_by_the_army_and_its_air_force_are_one(resolver):
    text = ("وأكد المتحدث باسم الجيش الوطني أن ضربات جوية استهدفت أرتال الميليشيات في منطقة الهلال النفطي. "
            "وقصفت طائرات القوات الجوية مواقع الجماعات الإرهابية في راس لانوف.")
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Ras Lanuf"], got


def test_militias_led_by_a_named_man_are_his_and_take_the_ports_with_him(resolver):
    text = ("سيطرت ميليشيات على ميناء السدرة في منطقة الهلال النفطي. "
            "وشن الجيش هجوما لطرد الميليشيات الإرهابية التي يقودها إبراهيم الجضران من راس لانوف.")
    got = extract(Report(id=report_id(text), text=text, language="ar", published=date(2018, 6, 18),
                         date_precision="day"), resolver)
    assert got and all("Tripoli militias" not in (e.actor1 or "") + (e.actor2 or "") for e in got), got


def test_strikes_on_a_region_abroad_are_there_not_at_the_report_s_libyan_town(resolver):
    text = ("وقال السيسي إن الاشتباكات في طرابلس أظهرت خطر الميليشيات. "
            "أعلنت وكالة الأنباء الفلسطينية، الأربعاء، مقتل فلسطيني في سلسلة غارات إسرائيلية على قطاع غزة.")
    got = [e for e in extract(report(text), resolver) if e.sub_event_type == "Air/drone strike"]
    assert [(e.location, e.in_libya) for e in got] == [("Gaza Strip", False)], got


@pytest.mark.parametrize("text", [
    # a charge of responsibility for past killings abroad
    "وقال الجيش الوطني الليبي إن الوضع هادئ في بنغازي. وتتهم الأسر قطر بالمسؤولية عن مقتل أبنائها "
    "وعن إصابة مدني خلال هجمات شنها متطرفون في شمال سيناء.",
    # kinds of crime in a call, what was let be done, detention facilities and periods
    "وحث المفوض السلطات على إجراء محاكمات في جرائم تشمل التعذيب والخطف في طرابلس.",
    "وأضافت المنظمة أن الحكومات المتعاقبة في طرابلس سمحت لجماعات مسلحة باعتقال معارضين.",
    "وقالت الأمم المتحدة إن التعذيب ممنهج في منشآت الاعتقال في طرابلس خاصة في فترات الاعتقال الأولى.",
    "ويوجد المشتبه فيه رهن الاعتقال في طرابلس.",
])
def test_charges_crimes_permissions_and_detention_are_no_events(resolver, text):
    assert extract(report(text), resolver) == []


def test_a_bomb_at_the_chief_of_staff_s_convoy_hit_the_lna(resolver):
    text = ("لقي شخص مصرعه، يوم الأربعاء، في انفجار سيارة مفخخة أثناء مرور موكب رئيس الأركان عبد الرزاق "
            "الناظوري بمنطقة سيدي خليفة شرقي بنغازي.")
    got = extract(report(text), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified armed group", "LNA")], got


def test_migrants_stopped_at_sea_are_no_arrest(resolver):
    text = "وقال شاهد إن مجموعة ثالثة شملت 490 مهاجرا قبض عليهم قبالة بلدة القره بوللي يوم الأحد."
    assert extract(report(text), resolver) == []


@pytest.mark.parametrize("text", [
    "وتم انتشال جثث خمسة مهاجرين في طرابلس يوم الاثنين بعد غرق قاربهم.",
    "قال الجيش الوطني الليبي إن الوضع هادئ في بنغازي.\nبالصور: هجوم المنيا",
    "وقال المعارض البارز في ذلك الوقت إنه اختطف في طرابلس مع زوجته.",
    "وحاولت الجماعة اغتيال القذافي ثلاث مرات في طرابلس.",
    "وقالت ماي إن بريطانيا قامت بتصرف ساهم في اعتقال الزوجين في طرابلس.",
    "ويقول إن ضباط الاستخبارات استجوبوه في طرابلس أثناء اعتقاله.",
    "ومنذ مطلع 2018 أحصت المفوضية مصرع أكثر من 800 شخص في طرابلس.",
])
def test_shipwrecks_teasers_past_roles_and_tallies_are_no_events(resolver, text):
    assert extract(report(text), resolver) == []


def test_an_attack_that_came_with_a_campaign_s_preparations_is_the_attack_told_before(resolver):
    text = ("قال مصدر أمني إن شخصين على الأقل قتلا في تفجير استهدف بوابة في راس لانوف الثلاثاء. "
            "وتزامن الهجوم مع استعدادات الجيش الوطني الليبي لعملية عسكرية لتحرير مدينة درنة.")
    got = extract(report(text), resolver)
    assert [(e.location, e.fatalities) for e in got] == [("Ras Lanuf", 2)], got


def test_a_checkpoint_70_km_west_of_a_town_is_placed_there(resolver):
    text = "واستهدف التفجير بوابة التسعين التي تقع على بعد نحو 70 كيلومترا غربي بلدة راس لانوف الثلاثاء."
    got = extract(report(text), resolver)
    assert got and all(e.longitude < 18.0 for e in got), got


def test_a_us_strike_announced_with_its_dead_heard_as_a_blast_and_coordinated_with_the_gna(resolver):
    text = ("أعلن الجيش الأمريكي مقتل اثنين من الإرهابيين في غارة جوية على أوباري. "
            "وقالت القيادة إن الغارة ضربت أهدافا في ضواحي مدينة أوباري بالتنسيق مع حكومة الوفاق الوطني. "
            "ونقلت وكالة رويترز عن شهود عيان في مدينة أوباري قولهم إن انفجارا كبيرا سمع.")
    got = extract(report(text), resolver)
    assert {e.sub_event_type for e in got} == {"Air/drone strike"}, got
    assert all(e.actor1 == "US forces" and e.actor2 != "GNA forces" for e in got), got


@pytest.mark.parametrize("text", [
    # either of two outcomes, in general; an order; an alliance's aim; a promise to go on fighting
    "تخرج القوات الأمنية للقصاص من الإرهابيين في درنة، سواء بقتلهم في الاشتباكات أو بسجنهم.",
    "أمر القائد العام للجيش الليبي بتسليم الموانئ النفطية راس لانوف والسدرة للمؤسسة الوطنية للنفط.",
    "وقال النواب إن الجضران تحالف مع مرتزقة المعارضة التشادية للهجوم على الهلال النفطي.",
    "وقال المتحدث إن حفتر سيرجع إلى بنغازي خلال أيام قليلة لمواصلة القتال ضد الإرهاب.",
    # a record and a paper's teaser
    "ويعد حفتر الشخصية المهيمنة في بنغازي، وقد اشتهر بعداوته للجماعات المسلحة وخاض معارك ضارية ضدها.",
    "وقالت الحكومة إن الوضع هادئ في طرابلس.\\nفي الغارديان: اغتصاب الرجال يستخدم بانتظام خلال الحرب في ليبيا",
])
def test_outcomes_orders_aims_records_and_teasers_are_no_events(resolver, text):
    assert extract(report(text.replace("\\n", "\n")), resolver) == []


def test_every_sentence_of_a_press_review_is_what_a_paper_wrote(resolver):
    text = "في الصحف اليوم: قمة ترامب وكيم. وقالت الصحيفة إن هدنة وقعت في طرابلس في صيف العام ثلاثة وخمسين."
    assert extract(report(text), resolver) == []


def test_a_bombing_abroad_is_not_placed_where_its_backers_sit(resolver):
    text = ("وقال الجيش الوطني الليبي إن الوضع هادئ في بنغازي. وكان آخرها التفجيرات التي هزت مدينة تينبكتو "
            "في شمال مالي، الأحد، وهو ما يعيد المخاوف بشأن الجماعات الإرهابية المدعومة من الدوحة.")
    got = extract(report(text), resolver)
    assert all(e.location != "Doha" for e in got), got


def test_a_day_s_fighting_whose_tellings_name_one_camp_differently_is_one_battle(resolver):
    # the lead names the LNA, the body its air force: one side, so one battle that day
    text = ("أعلن الجيش الوطني الليبي السيطرة على مواقع جديدة في مدينة درنة اليوم الثلاثاء.\n"
            "وأوضح المتحدث أن المعارك استخدمت فيها الأسلحة الثقيلة، كما نفذ سلاح الجو الليبي طلعات جوية، "
            "مؤكدا مقتل 10 من مسلحي ما يعرف بـ \"مجلس شورى مجاهدي درنة\".")
    got = extract(Report(id=report_id(text), text=text, language="ar", published=date(2018, 5, 15),
                         date_precision="day"), resolver)
    assert [(e.event_type, e.fatalities) for e in got] == [("Battles", 10)], got


def test_how_long_a_town_has_seen_fighting_dates_no_happening(resolver):
    # "منذ أسابيع" says how long the state has lasted: the death is news of the report's day
    text = "وقتل قائد المسلحين خلال اشتباكات مع الجيش في مدينة درنة التي تشهد معارك منذ أسابيع."
    got = extract(report(text), resolver)
    assert [(e.event_date, e.date_precision) for e in got] == [(PUBLISHED, "day")], got
