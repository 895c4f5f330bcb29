"""An office holder who "attacks" attacks with words: "هاجم رئيس مجلس النواب حكومة الوفاق"
is a statement (EVENT_CODING: statements are no events), as are "sharp" attacks ("هجوما
حادا"). Armed men, forces, and an office holder's convoy attacked stay attacks. (On 6,000 ANT
articles the rule dropped 8 triggers, every one a politician's words.)"""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def _events(text: str, resolver, language: str = "ar") -> list:
    return extract(read_text(text, published=date(2018, 6, 10), language=language), resolver)


@pytest.mark.parametrize("text, language", [
    ("هاجم رئيس مجلس النواب عقيلة صالح حكومة الوفاق في طرابلس واتهمها بالفشل.", "ar"),
    ("وهاجمت النائبة في البرلمان وزيرة الخارجية في طرابلس بسبب تصريحاتها.", "ar"),
    ("هاجم المتحدث باسم الجيش المجلس الرئاسي في طرابلس خلال مؤتمر صحفي.", "ar"),
    ("شن وزير الداخلية هجوما حادا على الميليشيات في طرابلس خلال كلمته.", "ar"),
    ("شن عدد من النشطاء هجوما لاذعا على المجلس البلدي في مصراتة.", "ar"),
    ("The foreign minister attacked the UN envoy's plan in Tripoli on Sunday.", "en"),
])
def test_an_office_holders_words_are_no_attack(text, language, resolver):
    assert _events(text, resolver, language) == []


@pytest.mark.parametrize("text, language", [
    ("هاجم مسلحون مقر الحكومة في طرابلس.", "ar"),
    ("شن مسلحون هجوما عنيفا على بوابة أمنية في طرابلس.", "ar"),
    ("هاجمت قوات رئيس المجلس العسكري مواقع المسلحين في سرت.", "ar"),
    ("شنت قوات الجيش هجوما على مواقع المسلحين في درنة.", "ar"),
    ("The convoy of the interior minister was attacked in Tripoli on Sunday.", "en"),
    ("Gunmen attacked the minister's house in Tripoli on Sunday.", "en"),
])
def test_armed_attacks_stay(text, language, resolver):
    assert [e.event_type for e in _events(text, resolver, language)] == ["Battles"]
