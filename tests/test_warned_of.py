"""A happening a speaker warns of, told with what it would bring ("حذر ترامب من أن هجوم الأسد
على إدلب سيجعل الولايات المتحدة غاضبة"), is a case considered, no event; one the warning
recalls as done stays. So is one braced for ("تحسبا من خروج تظاهرات", "خشية وقوع هجمات")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def _types(text: str, resolver) -> list[str]:
    return [e.event_type for e in extract(read_text(text, published=date(2018, 9, 11)), resolver, context=True)]


@pytest.mark.parametrize("text", [
    "حذر المبعوث الأممي من أن هجوم قوات الجيش على طرابلس سيؤدي إلى كارثة إنسانية.",
    "وحذر رئيس المجلس البلدي من أن أي هجوم على مدينة مصراتة سيجعل المدينة ساحة حرب.",
    "وفرضت قوات الأمن تدابير مشددة في أنحاء مدينة طرابلس تحسبا من خروج تظاهرات.",
    "أغلقت السلطات الطرق المؤدية إلى مصراتة خشية وقوع هجمات.",
])
def test_a_warned_of_attack_is_no_event(text, resolver):
    assert _types(text, resolver) == []


@pytest.mark.parametrize("text", [
    "وحذرت الأمم المتحدة من أن هجوم الجيش على درنة أمس أدى إلى سيطرة القوات على المدينة.",
    "هاجمت قوات الجيش مواقع المسلحين في درنة أمس وسيطرت على المدينة.",
])
def test_an_attack_told_as_done_stays(text, resolver):
    assert _types(text, resolver)
