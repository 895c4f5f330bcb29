"""Issue 16: football told in a battle's words. Run over the ANT corpora's sport, culture and
technology articles that name Libya (none in a gold set), the extractor found events in 18 of
546: "خط هجوم ريال مدريد" (the attack line), "خطف إنبي تعادلا" (snatched a draw), "ضربة جزاء"
(a penalty), "تسديدة صاروخية" (a rocket of a shot), "معركة بين لاعبتين" (a battle between two
players), and "الزاوية" (the corner) as Zawiya. Sentences written for these tests in the shape
of those reports; the rule tests were checked to fail on the code before the change."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id


def _events(resolver, text: str) -> list:
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2018, 6, 16), date_precision="day")
    return [e for e in extract(rep, resolver) if not e.context]


@pytest.mark.parametrize("text", [
    "ويرى المدرب أن خط هجوم المنتخب الليبي يحتاج إلى لاعب سريع قبل مباراة طرابلس.",
    "وخطف الاتحاد الليبي تعادلا ثمينا من مضيفه الأهلي في الوقت القاتل بملعب طرابلس.",
    "ولقد تابعت الكثير من ضربات الجزاء التي سددها لاعبو الأهلي في مباراة طرابلس.",
    "وأحرز مهاجم الأهلي بنغازي الهدف الثاني بتسديدة صاروخية من خارج المنطقة في الشوط الأول.",
    "وفازت لاعبة المنتخب الليبي في معركة بين لاعبتين شابتين على لقب البطولة في طرابلس.",
    "وسدد مهاجم الأهلي قذيفة صاروخية من الزاوية ارتطمت بالقائم قبل نهاية المباراة في بنغازي.",
    "وافتتح الأهلي التسجيل في الدقيقة 29 بعدما تسلم مهاجمه تمريرة داخل المنطقة في ملعب طرابلس.",
])
def test_a_match_told_in_a_battles_words_is_no_event(resolver, text):
    assert _events(resolver, text) == []


def test_still_fans_killed_in_riots_after_a_match_are_an_event(resolver):
    text = "قتل مشجعان وأصيب عشرة آخرون في أعمال شغب اندلعت بعد المباراة في ملعب طرابلس أمس."
    assert [(e.event_type, e.location) for e in _events(resolver, text)] == [("Riots", "Tripoli")]


def test_still_an_attack_on_a_stadium_is_an_attack(resolver):
    text = "هاجم مسلحون مجهولون ملعب كرة القدم في مدينة سبها وأطلقوا النار على الحراس."
    assert [e.location for e in _events(resolver, text)] == ["Sabha"]
