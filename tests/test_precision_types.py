"""Issue 16: the event type ACLED would code, from what the sentence says was hit and how.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id

PUBLISHED = date(2018, 5, 3)


def report(text: str) -> Report:
    return Report(id=report_id(text), text=text, language="ar", published=PUBLISHED, date_precision="day")


@pytest.mark.parametrize("text", [
    "تبنى تنظيم داعش هجوما على مقر المفوضية العليا للانتخابات في طرابلس أمس الأربعاء أدى إلى مقتل 9 أشخاص.",
    "قتل مسلحون ثلاثة أشخاص في هجوم على مسجد في بنغازي أمس الأربعاء.",
])
def test_people_killed_in_an_attack_on_a_civil_building_are_civilians(resolver, text):
    got = extract(report(text), resolver)
    assert [(e.event_type, e.actor2) for e in got] == [("Violence against civilians", "Civilians")], got


def test_an_attack_on_a_civil_building_by_a_force_s_enemy_that_names_the_guards_is_a_fight(resolver):
    # the guards are a side: the attack is a fight with them
    text = "هاجم مسلحون مقر المفوضية العليا للانتخابات في طرابلس أمس الأربعاء واشتبكوا مع قوات الحرس ما أدى إلى مقتل حارسين."
    got = extract(report(text), resolver)
    assert [e.event_type for e in got] == ["Battles"], got


def test_an_attack_called_suicide_in_the_accusative_is_a_suicide_bomb(resolver):
    text = "قالت مصادر أمنية إن هجوما انتحاريا استهدف بوابة معسكر في مصراتة أمس الأربعاء وأسفر عن مقتل 4 جنود."
    got = extract(report(text), resolver)
    assert [(e.event_type, e.sub_event_type) for e in got] == [("Explosions/Remote violence", "Suicide bomb")], got


def note(text: str, day: date = date(2014, 10, 20)) -> Report:
    return Report(id=report_id(text), text=text, language="en", published=day, date_precision="day")


@pytest.mark.parametrize("text, kind", [
    ("Two reporters went missing on Sunday while driving from Sabha to Tripoli.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("A councillor was seized from the municipal building in Sabha by armed men on Sunday.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("A former MP has been held by a militia in Zintan since Sunday.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("A militia broke into the Sharara oil field on Sunday, stealing vehicles.",
     ("Strategic developments", "Looting/property destruction")),
    ("Hundreds of people gathered outside the courthouse in Benghazi on Sunday.", ("Protests", "Peaceful protest")),
    ("Doctors at the main hospital in Sabha went on strike on Sunday over the lack of security.",
     ("Protests", "Peaceful protest")),
    ("Continued offensive between the army and Islamist militants in Benghazi on Sunday.",
     ("Battles", "Armed clash")),
])
def test_english_ways_of_telling_a_happening_the_2014_notes_use(resolver, text, kind):
    got = extract(note(text), resolver)
    assert [(e.event_type, e.sub_event_type) for e in got] == [kind], got


def test_breaking_in_to_shoot_is_the_shooting(resolver):
    # the lowest of the sentence's happenings: the attack on the people inside decides
    text = "Five people were killed when a gunman broke into a house in Benghazi on Sunday and opened fire."
    got = extract(note(text), resolver)
    assert [e.event_type for e in got] == ["Violence against civilians"], got


@pytest.mark.parametrize("text, kind", [
    # a building for civilians taken with no fight told: no ground, a non-violent transfer
    ("سيطرت كتيبة ثوار طرابلس أمس الأربعاء على قناة ليبيا الرسمية بطريق الشط في طرابلس.",
     ("Strategic developments", "Non-violent transfer of territory")),
    # taken after a fight: a battle
    ("سيطرت كتيبة ثوار طرابلس أمس الأربعاء على قناة ليبيا الرسمية في طرابلس بعد اشتباكات مع حراسها.",
     ("Battles", "Non-state actor overtakes territory")),
])
def test_a_civil_building_taken_without_a_fight_is_no_battle(resolver, text, kind):
    got = extract(report(text), resolver)
    assert [(e.event_type, e.sub_event_type) for e in got] == [kind], got


def test_smugglers_who_opened_fire_on_migrants_attacked_civilians(resolver):
    # "فتح مهربون النار": the verb of opening fire before its subject
    text = "فتح مهربون النار على مجموعة من المهاجرين أثناء فرارهم من مخيم قرب بني وليد أمس."
    got = extract(Report(id=report_id(text), text=text, language="ar", published=date(2018, 5, 27),
                         date_precision="day"), resolver)
    assert [e.location for e in got] == ["Bani Walid"], got
