"""Issue 16: the sides of a happening and the tellings of one: the other side of a battle is
the one other armed side its sentence names when the roles found only one; the man a pronoun
after the act points to was taken; one man taken, told twice, is one arrest. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id


def note(text: str, day: date) -> Report:
    return Report(id=report_id(text), text=text, language="en", published=day, date_precision="day")


def test_two_militias_of_one_camp_named_beside_a_clash_fought_each_other(resolver):
    text = ("The Mobile Forces retaliated by detaining two Fursan Janzour members after a clash in which "
            "one person was wounded in Janzour.")
    got = extract(note(text, date(2016, 6, 27)), resolver)
    assert [{e.actor1, e.actor2} for e in got] == [{"Janzour Knights Brigade", "National Mobile Force"}], got


def test_tribes_named_in_fighting_between_them_are_both_sides(resolver):
    text = "A Tebu man was killed in Ubari on Sunday in renewed fighting between Tebus and Tuareg fighters."
    got = extract(note(text, date(2014, 10, 6)), resolver)
    assert [{e.actor1, e.actor2} for e in got] == [{"Tebu militias", "Tuareg militias"}], got


@pytest.mark.parametrize("text", [
    "Libya Dawn fighters backed by the Misrata brigades clashed near Gharyan on Sunday, killing three.",
    "Libya Dawn fighters alongside the Misrata brigades clashed near Gharyan on Sunday, killing three.",
])
def test_an_ally_named_beside_a_clash_is_not_the_foe(resolver, text):
    got = extract(note(text, date(2014, 10, 6)), resolver)
    assert [e.actor2 for e in got] == ["Unidentified armed group"], got


def arabic(text: str, day: date = date(2018, 10, 8)) -> Report:
    return Report(id=report_id(text), text=text, language="ar", published=day, date_precision="day")


def test_the_man_a_pronoun_after_the_act_points_to_was_taken(resolver):
    text = "ونشرت قوات الجيش الوطني الليبي في درنة اليوم صورة عشماوي بعد إلقاء القبض عليه."
    got = extract(arabic(text), resolver, context=True)
    assert [(e.actor1, e.actor2) for e in got] == [("LNA", "al-Murabitun (Ashmawi)")], got


def test_one_man_taken_told_in_the_town_and_in_its_district_is_one_arrest(resolver):
    text = ("ألقت القوات المسلحة في شرقي ليبيا القبض على هشام عشماوي في مدينة درنة فجر اليوم الاثنين.\n"
            "وقال المسماري إن القبض على عشماوي تم في حي المغار بمدينة درنة.")
    got = extract(arabic(text), resolver)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in got] == [
        ("Arrests", "LNA", "al-Murabitun (Ashmawi)")], got


def test_two_men_taken_the_same_day_in_two_districts_stay_two(resolver):
    text = ("اعتقلت قوة الردع القيادي في داعش أبو بكر في حي سوق الجمعة بطرابلس اليوم الاثنين.\n"
            "كما اعتقلت قوات الجيش الوطني الليبي هشام عشماوي في حي المغار بمدينة درنة اليوم الاثنين.")
    got = extract(arabic(text), resolver)
    assert len([e for e in got if e.sub_event_type == "Arrests"]) == 2, got


def test_the_base_in_quotes_is_al_qaeda_and_a_bare_base_is_a_base():
    from events.actors import load_actors

    lex = load_actors()
    assert [m.actor.id for m in lex.find_in('تم استهداف مواقع عمليات "القاعدة" في درنة.')] == ["aq"]
    assert [m.actor.id for m in lex.find_in("قصفت الطائرات القاعدة الجوية في الجفرة.")] == []


def test_the_militias_made_of_a_named_group_are_that_group():
    from events.actors import load_actors

    text = 'وسيطرت الميليشيات، المكونة مما يعرف بـ"كتيبة ثوار طرابلس"، على المقر.'
    assert [m.actor.id for m in load_actors().find_in(text)][:1] == ["trb"]
