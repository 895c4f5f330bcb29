"""Issue 16: actors as ACLED names them, actor1 the side that acted; the side a sentence
leaves unnamed is the armed group the report names. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id

PUBLISHED = date(2018, 6, 10)


@pytest.fixture(scope="module")
def resolver():
    import geo

    return geo.Resolver(offline=True)


def report(text: str) -> Report:
    return Report(id=report_id(text), text=text, language="ar", published=PUBLISHED, date_precision="day")


def test_the_unnamed_enemy_is_the_group_the_report_names(resolver):
    text = ("تواصل قوات الجيش الوطني الليبي عملياتها ضد مجلس شورى مجاهدي درنة.\n"
            "وسيطرت قوات الجيش الوطني الليبي اليوم على حي شيحة في درنة بعد اشتباكات عنيفة.")
    got = [e for e in extract(report(text), resolver) if e.event_type == "Battles"]
    assert got and all((e.actor1, e.actor2) == ("LNA", "Derna Mujahideen Shura Council") for e in got), got


def test_the_unnamed_foe_in_derna_s_2018_war_is_the_council_whatever_else_the_report_names(resolver):
    text = ("وقال المسماري إن بقايا تنظيم داعش تتحصن في بعض أحياء المدينة إلى جانب تنظيم داعش في سرت.\n"
            "وسيطرت قوات الجيش الوطني الليبي اليوم على حي شيحة في درنة بعد اشتباكات عنيفة.")
    got = [e for e in extract(report(text), resolver) if e.location != "Sirte"]
    assert got and all((e.actor1, e.actor2) == ("LNA", "Derna Mujahideen Shura Council") for e in got), got


def test_the_militias_of_a_report_on_jadran_s_attack_are_his(resolver):
    text = ("وهاجمت ميليشيات إبراهيم الجضران الأسبوع الماضي ميناءي السدرة ورأس لانوف.\n"
            "وأعلن الجيش الوطني الليبي اليوم استعادة السيطرة على ميناء السدرة من الميليشيات.")
    got = [e for e in extract(report(text), resolver) if e.event_date == PUBLISHED]
    assert got and all(e.actor2 == "Petroleum Facilities Guard" for e in got), got


def test_what_a_strike_hit_is_the_construct_after_it_not_its_author(resolver):
    # "باستهداف غرفة عمليات العصابات الإرهابية": the gangs' operations room was hit
    text = "أعلن الجيش الوطني الليبي اليوم في بيان عن قيام قواته الجوية باستهداف غرفة عمليات العصابات الإرهابية في درنة."
    got = extract(report(text), resolver)
    assert [e.actor1 for e in got] == ["LNA"], got


def test_whose_fighters_were_killed_are_the_target(resolver):
    text = ("وأضاف أن الجيش الليبي قام بقتل عدد من مقاتلي التنظيمات الإرهابية خلال المواجهات في بنغازي اليوم، "
            "وبدك تجمعاتهم بالمدفعية.")
    got = extract(report(text), resolver)
    assert got and all(e.actor1 == "LNA" for e in got), got


def test_a_resident_named_in_a_capture_is_no_side(resolver):
    text = ("وأوضح المصدر أن بوجراد أحد سكان منطقة قاريونس وأبرز القادة الميدانيين لتنظيم أنصار الشريعة وقتل "
            "بالمواجهات التي سيطرت بعدها وحدات الجيش على منطقة قاريونس في بنغازي اليوم.")
    got = extract(report(text), resolver)
    assert got and all("Civilians" not in (e.actor1, e.actor2) for e in got if e.event_type == "Battles"), got


def test_a_named_enemy_stays(resolver):
    text = ("تواصل قوات الجيش الوطني الليبي عملياتها ضد مجلس شورى مجاهدي درنة.\n"
            "واشتبكت قوات الجيش الوطني الليبي اليوم مع عناصر تنظيم داعش جنوب سرت.")
    got = [e for e in extract(report(text), resolver) if e.location == "Sirte"]
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "ISIS")], got


def test_no_group_named_makes_the_other_side_unidentified(resolver):
    # a battle has two sides; a report that names no group leaves ACLED's "Unidentified
    # Armed Group", not a group named elsewhere or nothing
    # (outside a town's war of one known foe: Derna's 2018 campaign has its own test)
    got = extract(report("وسيطرت قوات الجيش الوطني الليبي اليوم على مطار تمنهنت قرب سبها."), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "Unidentified armed group")], got


def _en(text: str) -> Report:
    return Report(id=report_id(text), text=text, language="en", published=PUBLISHED, date_precision="day")


@pytest.mark.parametrize("text, victim", [
    ("Three LNA soldiers were killed by a landmine near Ain Zara on Friday.", "LNA"),
    ("Two GNA fighters were wounded when a mine exploded in Ain Zara on Friday.", "GNA forces"),
])
def test_the_side_that_suffers_a_passive_harm_is_not_the_attacker(resolver, text, victim):
    got = extract(_en(text), resolver)
    assert got, "the blast is an event"
    assert all(e.actor1 != victim for e in got), [(e.actor1, e.actor2) for e in got]
    assert any(e.actor2 == victim for e in got), [(e.actor1, e.actor2) for e in got]


def test_the_side_named_before_an_active_verb_still_acts(resolver):
    got = extract(_en("LNA forces shelled GNA positions in Ain Zara on Friday."), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "GNA forces")]


def test_the_group_named_for_the_town_is_the_other_side_not_its_parent(resolver):
    # ACLED codes Derna's council, not al-Qaeda, though the report names the parent more often.
    text = ("ويقاتل الجيش الوطني الليبي في درنة مسلحي مجلس شورى مجاهدي درنة، ذراع تنظيم القاعدة.\n"
            "واشتبكت قوات الجيش الوطني الليبي اليوم مع عناصر تنظيم القاعدة في درنة.\n"
            "وتطارد وحدات الجيش فلول تنظيم القاعدة في المدينة.")
    got = [e for e in extract(report(text), resolver) if e.event_type == "Battles"]
    assert got and all(e.actor2 == "Derna Mujahideen Shura Council" for e in got), \
        [(e.actor1, e.actor2) for e in got]


def test_a_group_of_another_town_does_not_stand_in(resolver):
    text = ("واشتبكت قوات الجيش الوطني الليبي اليوم مع عناصر تنظيم القاعدة في سرت.\n"
            "ويذكر أن مجلس شورى مجاهدي درنة مرتبط بتنظيم القاعدة.")
    got = [e for e in extract(report(text), resolver) if e.location == "Sirte"]
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "al-Qaeda")], got


def test_one_side_named_twice_is_not_both_sides(resolver):
    text = "وسيطرت قوات الجيش الوطني الليبي اليوم على منطقة الحيلة في درنة بدعم من سلاح الجو التابع للجيش الوطني الليبي."
    got = extract(report(text), resolver)
    assert got and all(e.actor2 not in ("LNA air force", "LNA") for e in got), [(e.actor1, e.actor2) for e in got]


def test_al_qaeda_fighting_in_derna_is_the_derna_council_and_elsewhere_stays_al_qaeda(resolver):
    derna = "اشتبكت قوات الجيش الوطني الليبي اليوم مع عناصر تنظيم القاعدة في حي المغار بمدينة درنة."
    got = [e for e in extract(report(derna), resolver) if e.event_type == "Battles"]
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "Derna Mujahideen Shura Council")], got
    sirte = derna.replace("في حي المغار بمدينة درنة", "في مدينة سرت")
    got = [e for e in extract(report(sirte), resolver) if e.event_type == "Battles"]
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "al-Qaeda")], got
    # in the Fezzan al-Qaeda's men are its Maghreb branch's (ACLED: AQIM)
    sabha = derna.replace("في حي المغار بمدينة درنة", "في مدينة سبها")
    got = [e for e in extract(report(sabha), resolver) if e.event_type == "Battles"]
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "AQIM")], got


def test_the_unnamed_foe_in_the_benghazi_war_is_the_benghazi_council_and_only_then(resolver):
    text = "Clashes between the LNA and militants continued in Ganfouda in Benghazi on 22 June."
    en = Report(id=report_id(text), text=text, language="en", published=date(2016, 6, 23), date_precision="day")
    got = [e for e in extract(en, resolver) if e.event_type == "Battles"]
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "Benghazi Revolutionaries Shura Council")], got
    later = Report(id=report_id(text + " "), text=text.replace("22 June", "22 June 2019"), language="en",
                   published=date(2019, 6, 23), date_precision="day")
    got = [e for e in extract(later, resolver) if e.event_type == "Battles"]
    assert got and all(e.actor2 != "Benghazi Revolutionaries Shura Council" for e in got), got


# --- sides the report leaves unnamed, as ACLED's codebook fills them ----------------------

def english(text: str) -> Report:
    return Report(id=report_id(text), text=text, language="en", published=PUBLISHED, date_precision="day")


@pytest.mark.parametrize("text", [
    "An engineer was shot dead at his home in Benghazi's Hawari district on Sunday.",
    "A shopkeeper was shot dead in Sabha on Sunday while driving with a friend.",
])
def test_a_killing_nobody_claims_is_unidentified_against_civilians(resolver, text):
    got = extract(english(text), resolver)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [
        ("Violence against civilians", "Unidentified armed group", "Civilians")], got


def test_an_arabic_killing_nobody_claims(resolver):
    got = extract(report("اغتال مسلحون مجهولون اليوم الأحد ناشطا في مدينة درنة."), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified armed group", "Civilians")], got


def test_clashes_with_no_side_named_are_two_unidentified_groups(resolver):
    got = extract(english("Clashes broke out in the Gwarsha district of Benghazi on Sunday."), resolver)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [
        ("Battles", "Unidentified armed group", "Unidentified armed group")], got


def test_shells_nobody_is_said_to_have_fired(resolver):
    got = extract(english("Suburbs of Benghazi were heavily shelled with Grad rockets on Sunday."), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified armed group", None)], got


def test_an_air_strike_keeps_its_unnamed_air_force_open(resolver):
    got = extract(report("شنت طائرات حربية غارة على مواقع في مدينة درنة يوم الأحد."), resolver)
    assert got and all(e.actor1 != "Unidentified armed group" for e in got), got


@pytest.mark.parametrize("text", [
    "Pro-HoR demonstrations took place in Ajdabiya on Sunday recognising the House of Representatives.",
    "Hundreds of residents of Benghazi protested on Sunday against the National Salvation Government.",
])
def test_a_protest_is_the_protesters_whoever_it_is_for_or_against(resolver, text):
    got = extract(english(text), resolver)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [("Protests", "Protesters", None)], got


def test_a_force_that_broke_up_a_protest_is_its_actor2(resolver):
    text = "Police fired tear gas to disperse protesters in Tripoli's Martyrs Square on Sunday."
    got = extract(english(text), resolver)
    # (Tripoli's police in 2018 were the GNA's: the "periods" stage)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [("Protests", "Protesters", "Libyan police (GNA)")], got


# --- forces named as they were on the event's day -------------------------------------------

def dated(text: str, day: date) -> Report:
    return Report(id=report_id(text), text=text, language="en", published=day, date_precision="day")


def test_the_army_before_the_house_of_representatives_took_office(resolver):
    got = extract(dated("A car bomb targeted a Libyan army barracks in Benghazi on Tuesday, "
                        "wounding two soldiers of the Libyan National Army.", date(2014, 4, 30)), resolver)
    assert got and all("GNA forces" not in (e.actor1, e.actor2) for e in got)
    assert any("Libyan army (2012-2014)" in (e.actor1, e.actor2) for e in got), got


def test_haftar_in_the_summer_of_2014_was_a_rebel(resolver):
    got = extract(dated("Haftar's forces clashed with Ansar al-Sharia in Benghazi on Monday.", date(2014, 6, 10)),
                  resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Operation Dignity (2014)", "Ansar al-Sharia")], got


def test_dignity_stayed_rebels_until_the_army_joined_it(resolver):
    text = "Haftar's forces clashed with Ansar al-Sharia in Benghazi on Monday."
    before = extract(dated(text, date(2014, 9, 22)), resolver)
    after = extract(dated(text, date(2014, 11, 3)), resolver)
    assert [e.actor1 for e in before] == ["Operation Dignity (2014)"], before
    assert [e.actor1 for e in after] == ["LNA"], after


def test_the_army_of_a_report_that_does_not_name_haftar_was_the_state_s(resolver):
    day = date(2014, 9, 22)
    plain = extract(dated("An army colonel was shot dead by unknown gunmen in Benghazi on Monday.", day), resolver)
    haftar = extract(dated("Haftars forces shelled the Sabri district of Benghazi on Monday, killing two soldiers.",
                           day), resolver)
    assert [e.actor2 for e in plain] == ["LNA"], plain
    assert [e.actor1 for e in haftar] == ["Operation Dignity (2014)"], haftar


def test_the_militias_of_2014_are_nobody_in_particular(resolver):
    got = extract(dated("Militias clashed in Zawiya on Monday, leaving two dead.", date(2014, 9, 22)), resolver)
    assert got and all("Tripoli militias (GNA-aligned)" not in (e.actor1, e.actor2) for e in got), got
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified armed group", "Unidentified armed group")], got


@pytest.mark.parametrize("day, sides", [
    (date(2014, 8, 4), ("Zintan brigades", "Misrata brigades")),  # the battle for the airport
    (date(2014, 6, 2), ("Unidentified armed group", "Unidentified armed group")),  # before it
])
def test_fighting_with_no_side_in_tripoli_s_airport_war(resolver, day, sides):
    got = extract(dated("Rival militias continued fighting around Tripoli's international airport on Monday.", day),
                  resolver)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [("Battles", *sides)], got


def test_no_gna_before_it_reached_tripoli(resolver):
    text = "Pro-government forces clashed with the Benghazi Revolutionaries Shura Council in Benghazi on Monday."
    early = extract(dated(text, date(2014, 12, 22)), resolver)
    late = extract(dated(text, date(2016, 12, 22)), resolver)
    assert [e.actor1 for e in early] == ["LNA"], early
    assert [e.actor1 for e in late] == ["GNA forces"], late


def test_the_police_of_each_period(resolver):
    text = "Gunmen attacked a police station in Tripoli on Monday, wounding two policemen."
    names = {day: {a for e in extract(dated(text, day), resolver) for a in (e.actor1, e.actor2)}
             for day in (date(2014, 3, 3), date(2015, 3, 3), date(2017, 3, 3))}
    assert "Libyan police (2012-2014)" in names[date(2014, 3, 3)], names
    assert "Libyan police (2014-2016)" in names[date(2015, 3, 3)], names
    assert "Libyan police (GNA)" in names[date(2017, 3, 3)], names  # Tripoli's, under the GNA


# --- a death told with no cause ------------------------------------------------------------

def test_a_death_beside_its_cause_is_its_toll(resolver):
    text = "A former military officer was killed in Shebna on Sunday. He was shot dead while driving with a friend."
    got = extract(english(text), resolver)
    assert [(e.event_type, e.fatalities) for e in got] == [("Violence against civilians", 1)], got


def test_a_civilian_death_with_no_cause_is_violence_against_civilians(resolver):
    got = extract(english("A French engineer was killed in Benghazi on Sunday."), resolver)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [
        ("Violence against civilians", "Unidentified armed group", "Civilians")], got
    got = extract(report("مقتل مواطن برصاص في مدينة بنغازي يوم الأحد."), resolver)
    assert [e.event_type for e in got] == ["Violence against civilians"], got


@pytest.mark.parametrize("text, victim", [
    ("An army officer was shot dead on Saturday in the eastern city of Benghazi.", "Libyan army (2012-2014)"),
    ("An air force officer was found shot dead in his car near a cemetery in Benghazi.", "Libyan army (2012-2014)"),
    ("A policeman was killed on Monday when gunmen opened fire on his car in Derna.", "Libyan police (2012-2014)"),
])
def test_a_member_of_a_force_attacked_is_a_fight_with_that_force(resolver, text, victim):
    got = extract(dated(text, date(2014, 3, 8)), resolver)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [
        ("Battles", "Unidentified armed group", victim)], got


def test_a_soldier_s_death_with_no_cause_stays_a_fight(resolver):
    got = extract(report("مقتل جندي في مدينة بنغازي يوم الأحد."), resolver)
    assert [e.event_type for e in got] == ["Battles"], got
    got = extract(report("مقتل ضابط سابق في مدينة بنغازي يوم الأحد."), resolver)
    assert [e.event_type for e in got] == ["Violence against civilians"], got


def test_a_leader_killed_is_the_target_not_the_actor(resolver):
    text = ("أعلنت مصادر ميدانية ليبية، الأحد، بأن الجيش الوطني الليبي تمكن من قتل زعيم تنظيم القاعدة في درنة، "
            "خلال اشتباكات مع مسلحي التنظيم المتشدد في المدينة.")
    got = extract(report(text), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "Derna Mujahideen Shura Council")], got


def test_a_force_subjected_to_fire_is_acted_on(resolver):
    text = "تعرضت دورية تابعة لحرس السواحل الليبي بنقطة مصفاة الزاوية، فجر اليوم الأحد، إلى إطلاق نار من قبل مهربين."
    got = extract(report(text), resolver)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [
        ("Battles", "Unidentified armed group", "Border guards")], got


def _english(text: str, day: date) -> Report:
    return Report(id=report_id(text), text=text, language="en", published=day, date_precision="day")


def test_a_named_leader_in_apposition_killed_is_the_target(resolver):
    text = "An IS leader, Abdelhadi Zargoon, was killed in an airstrike that targeted his house in Benghazi on 22 June."
    [e] = extract(_english(text, date(2016, 6, 24)), resolver)
    assert e.actor2 == "ISIS" and e.actor1 != "ISIS", e


@pytest.mark.parametrize("day, actor1", [
    (date(2016, 6, 24), "GNA forces"),  # the Sirte campaign: its unnamed strikes on IS
    (date(2015, 6, 24), None),          # before it, nobody ACLED would name
])
def test_an_unnamed_strike_on_is_in_sirte_in_2016_is_the_gna_campaign(resolver, day, actor1):
    text = "An IS leader was killed in an airstrike that targeted his house in Sirte on 22 June."
    [e] = extract(_english(text, day), resolver)
    assert (e.actor1, e.actor2) == (actor1, "ISIS"), e


@pytest.mark.parametrize("text, lang, kind", [
    ("A radio presenter was shot and killed in the Salmani district of Benghazi.", "en", "Violence against civilians"),
    ("Gunmen opened fire on a judge in the Hadaiq area of Benghazi, wounding him in the shoulder.", "en",
     "Violence against civilians"),
    ("أطلق مسلحون مجهولون النار على ناشط حقوقي في بنغازي أمس.", "ar", "Violence against civilians"),
    # a serving soldier shot, or two sides fighting, stay a fight
    ("A soldier was shot and killed at a checkpoint in Benghazi.", "en", "Battles"),
    ("A civilian was killed in clashes between gunmen in Benghazi.", "en", "Battles"),
])
def test_one_side_shooting_a_civilian_is_violence_against_civilians(resolver, text, lang, kind):
    rep = Report(id=report_id(text), text=text, language=lang, published=date(2014, 6, 10), date_precision="day")
    got = extract(rep, resolver)
    assert [e.event_type for e in got] == [kind], got
    if kind != "Battles":
        assert got[0].actor2 == "Civilians"


def test_two_towns_before_one_group_noun_are_two_sides(resolver):
    text = "Intermittent gunfire was heard in Tripoli on Wednesday between Zintan and Misratah militias."
    [e] = extract(_english(text, date(2014, 7, 31)), resolver)
    assert {e.actor1, e.actor2} == {"Zintan brigades", "Misrata brigades"}, e


@pytest.mark.parametrize("day, sides", [
    (date(2014, 10, 28), ("LNA", "Ansar al-Sharia")),
    (date(2016, 6, 22), ("LNA", "Benghazi Revolutionaries Shura Council")),
    (date(2013, 10, 28), ("Unidentified armed group", "Unidentified armed group")),  # before the war
])
def test_fighting_in_benghazi_with_no_side_named_is_that_wars(resolver, day, sides):
    text = "Violent clashes have erupted across Benghazi with fighting taking place in the Sabri district."
    got = extract(_english(text, day), resolver)
    assert got and all((e.actor1, e.actor2) == sides for e in got), got


def test_a_young_man_shot_dead_is_violence_against_civilians(resolver):
    text = "قُتل، اليوم الثلاثاء، شاب تونسي يبلغ من العمر 21 سنة رميا بالرصاص في بلدة العجيلات بليبيا."
    got = extract(report(text), resolver)
    assert [(e.event_type, e.fatalities, e.location) for e in got] == \
        [("Violence against civilians", 1, "Al-Ajaylat")], got


def test_whom_a_speaker_works_for_did_not_set_off_the_blast(resolver):
    text = "وقال مسؤول تابع للحكومة المؤقتة المنبثقة عن مجلس النواب إن سيارة مفخخة انفجرت قرب مسجد في بنغازي اليوم."
    got = extract(report(text), resolver)
    assert [(e.event_type, e.actor1) for e in got] == [("Explosions/Remote violence", "Unidentified armed group")], got


def test_a_force_that_tells_of_its_own_strike_did_it(resolver):
    text = "وقال الجيش الوطني الليبي إن طائراته قصفت مواقع للإرهابيين في درنة اليوم."
    got = extract(report(text), resolver)
    assert [e.actor1 for e in got] == ["LNA"], got


def test_the_groups_a_town_was_freed_from_lost_it(resolver):
    got = extract(report("أعلن الجيش الوطني الليبي اليوم تحرير مدينة سرت من تنظيمي القاعدة وداعش."), resolver)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in got] == [
        ("Government regains territory", "LNA", "ISIS")], got


@pytest.mark.parametrize("text, day, sides", [
    # the subject of an "after ...ing" clause is the sentence's, named first
    ("Three Libyan government troops were killed on Saturday in clashes with the Islamic State (IS) affiliates in "
     "Sirte, after taking control of the city center.", date(2016, 7, 2), ("GNA forces", "ISIS")),
    # a camp that fell to a force was taken by it
    ("The camp in Ganfouda used by Libya Shield as its headquarters fell to the Libyan National Army on Friday.",
     date(2016, 6, 24), ("LNA", "Libya Shield")),
    # a base handed over to a government was taken by it
    ("The Yarmouk barracks in Tripoli has been formally handed over to Government of the National Accord "
     "defence minister on Thursday.", date(2016, 6, 30), ("GNA forces", None)),
    # a town's militia with no name of its own
    ("The son of a local landowner was kidnapped and killed on Tuesday by a militia from Gasr Ben Ghashir.",
     date(2016, 6, 21), ("Local militia", "Civilians")),
    ("A Gasr Ben Gashir militia allegedly executed a man accused of armed robbery on Thursday.",
     date(2016, 6, 23), ("Local militia", "Civilians")),
    # the charge against the victims is no second event
    ("Two men accused of kidnappings were summarily shot on Friday by a local militia in Gasr Ben Ghashir.",
     date(2016, 6, 24), ("Local militia", "Civilians")),
    # an unattributed air force over Sirte during the 2016 campaign was the campaign's
    ("The air force carried out nine air strikes on Islamic State positions in Sirte on Friday.", date(2016, 7, 1),
     ("GNA air force", "ISIS")),
])
def test_who_took_or_struck_in_english_notes(resolver, text, day, sides):
    got = extract(dated(text, day), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [sides], got


def test_residents_who_riot_are_the_rioters_not_their_victims(resolver):
    text = "In Janzour in west Tripoli, locals set tyres on fire and blocked roads on Friday, angry residents said."
    got = extract(dated(text, date(2016, 6, 24)), resolver)
    assert [(e.event_type, e.actor1, e.actor2) for e in got] == [("Riots", "Rioters", None)], got


def test_gharyan_s_brigades_are_a_side(resolver):
    text = "Clashes were reported between Zintani forces and Gharyan brigades at Abu Shaybah near Gharyan on Wednesday."
    got = extract(dated(text, date(2014, 9, 17)), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Zintan brigades", "Gharyan militias")], got


def test_the_february_17_brigade_is_a_side(resolver):
    text = "Haftar's forces launched fresh air raids on the February 17 Martyrs Brigade in Benghazi on Sunday."
    got = extract(dated(text, date(2014, 6, 1)), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Operation Dignity (2014)", "February 17 Martyrs Brigade")], got


def test_by_is_no_person_hit(resolver):
    # "passers-by" among the words for people once made every "by" one
    text = "A shelling with mortar rounds by unidentified attackers hit buildings of Benghazi University on Monday."
    got = extract(dated(text, date(2014, 9, 1)), resolver)
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified armed group", None)], got


@pytest.mark.parametrize("text", [
    "The body of a businessman who was kidnapped three weeks ago was found by police in Benghazi this morning.",
    "Libyan police discovered the decomposing body of a man in Benghazi on Saturday.",
])
def test_who_found_a_body_did_not_kill(resolver, text):
    got = extract(dated(text, date(2014, 3, 15)), resolver)
    assert got and all(e.actor1 == "Unidentified armed group" and e.actor2 == "Civilians" for e in got), got


def test_a_woman_killed_by_shells_was_a_civilian(resolver):
    got = extract(dated("A woman was killed on Tuesday after random shells fell in the Janzour area.",
                        date(2014, 8, 5)), resolver)
    assert [(e.event_type, e.actor2) for e in got] == [("Explosions/Remote violence", "Civilians")], got


@pytest.mark.parametrize("text, kind", [
    ("Gunmen attacked polling stations in Ubari on Wednesday and forced their closure.", "Strategic developments"),
    ("A group of militants attacked a historic mosque in Tripoli's Old City on Tuesday.", "Strategic developments"),
    # somebody hurt: an attack on people
    ("Gunmen attacked a mosque in Tripoli on Friday, killing two worshippers.", "Violence against civilians"),
])
def test_a_building_attacked_with_nobody_hurt_is_property_attacked(resolver, text, kind):
    got = extract(dated(text, date(2014, 10, 14)), resolver)
    assert [e.event_type for e in got] == [kind], got

