"""In Tunisian and Maghrebi Arabic "تظاهرة" is any public event: a festival, a fair, a sports day
("تظاهرة صفاقس عاصمة للثقافة العربية"). Told with its staging (a festival, an opening, culture,
sport, an awareness day) and no word of protest, it is no demonstration; "تظاهرات" with a
protest's words stay protests. (On the ANT corpora outside every gold set the rule dropped 78
triggers, festivals all but a call for new protests, itself no event.)"""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def _types(text: str, resolver) -> list[str]:
    # context too: a festival is not even background
    return [e.event_type for e in extract(read_text(text, published=date(2017, 3, 10)), resolver, context=True)]


@pytest.mark.parametrize("text", [
    "كما سيحضر المنتدى العديد من الشخصيات الفنية في إطار تظاهرة صفاقس عاصمة للثقافة العربية.",
    "أشرف وزير الشباب اليوم على افتتاح تظاهرة الكاف عاصمة للرياضة المدرسية.",
    "انتظمت اليوم في مدينة سوسة تظاهرة تحسيسية توعوية حول مخاطر المخدرات.",
    "افتتحت اليوم في طرابلس تظاهرة ثقافية تتضمن عروضا موسيقية ومسرحية.",
])
def test_a_public_event_staged_is_no_protest(text, resolver):
    assert _types(text, resolver) == []


@pytest.mark.parametrize("text", [
    "خرجت تظاهرات حاشدة في مدينة صفاقس اليوم للمطالبة بالتشغيل.",
    "نظم المئات تظاهرة أمام مقر الولاية في القصرين احتجاجا على البطالة.",
    "شارك الآلاف في تظاهرة ضد الحكومة في طرابلس اليوم.",
])
def test_protests_stay(text, resolver):
    assert _types(text, resolver) == ["Protests"]
