"""Issue 16, Arabic sentences that tell no fight, in shapes written for these tests:

- a happening under a negation a few words before it: "any" right before the trigger ("لم
  تشهد مدينة سبها أي اشتباكات", "لم تتعرض مدينة مصراتة لأي قصف") or a verb of occurring
  right after the negation ("ولم تقع اشتباكات في طرابلس اليوم"); "لا تزال الاشتباكات" (still)
  is no negation;
- what is expected, warned of, feared or aimed at: "من المتوقع أن تندلع اشتباكات", "حذر
  المجلس الرئاسي من اندلاع اشتباكات" and "يخشى سكان بنغازي من تجدد القصف" (after من,
  however long the subject), "تهدف العملية إلى تحرير مدينة درنة"; a warning of what a strike
  of yesterday brought ("من تداعيات القصف الذي استهدف") still tells that strike;
- a struggle ahead called a battle ("معركة طويلة وليست سهلة", "معركة صعبة") is no fight of a
  day; a battle with its dead stays one."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def extracted(text: str, resolver) -> list:
    return extract(read_text(text, language="ar", published=date(2015, 8, 10), date_precision="day"), resolver)


@pytest.mark.parametrize("text", [
    "لم تشهد مدينة سبها أي اشتباكات منذ أسبوع.",
    "ولم تقع اشتباكات في طرابلس اليوم.",
    "لم تتعرض مدينة مصراتة لأي قصف.",
    "لم يسجل أي هجوم على مطار معيتيقة خلال الأيام الماضية.",  # a guard: so before
    "هذه مهام شاقة أمام الشعب الليبي في أوباري ومعركة طويلة وليست سهلة.",
    "إن بناء الدولة في طرابلس معركة صعبة تتطلب تضافر الجهود.",  # a guard: so before
    "من المتوقع أن تندلع اشتباكات جديدة في طرابلس.",
    "حذر المجلس الرئاسي من اندلاع اشتباكات في العاصمة طرابلس.",
    "يخشى سكان بنغازي من تجدد القصف على أحيائهم.",
    "تهدف العملية إلى تحرير مدينة درنة من الجماعات الإرهابية.",
])
def test_no_fight_is_told(resolver, text):
    got = extracted(text, resolver)
    assert got == [], [e.to_dict() for e in got]


@pytest.mark.parametrize("text,place", [
    ("لا تزال الاشتباكات متواصلة في سبها لليوم الثالث.", "Sabha"),
    ("لم تمض ساعات على الهجوم على مطار معيتيقة حتى تجددت الاشتباكات في طرابلس.", "Tripoli"),
    ("قتل ثلاثة جنود في معركة عنيفة مع مسلحين في أوباري أمس.", "Ubari"),
    ("حذر المجلس الرئاسي من تداعيات القصف الذي استهدف مطار معيتيقة أمس.", "Mitiga International Airport"),
    ("نزحت عشرات العائلات من منطقة عين زارة بعد تجدد الاشتباكات فيها.", "Ain Zara"),
])
def test_fights_told_beside_a_negation_or_a_battle_word_stay(resolver, text, place):  # guards
    got = extracted(text, resolver)
    assert place in [e.location for e in got], [e.to_dict() for e in got]
