"""Issue 16, recall: Arabic protests told by a verb of protest or of a crowd of protesters
going out or gathering ("احتج العشرات", "خرج مئات المتظاهرين", "تجمع عشرات المحتجين")
were no event; only the nouns (مظاهرة، احتجاج، وقفة احتجاجية) and تظاهر were triggers.
Guards: a killing of protesters stays the killing, troops massing and a crowd on an
anniversary are no protest. (احتجز, detained, shares احتج's letters; as a trigger it took
"the room in which he was held" (التي احتجز فيها) for an arrest, so it is none.) Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def arabic(text: str, resolver) -> list:
    return extract(read_text(text, language="ar", published=date(2015, 8, 1), date_precision="day"), resolver)


@pytest.mark.parametrize("text,place", [
    ("احتج العشرات في بنغازي أمس على انقطاع الكهرباء.", "Benghazi"),
    ("واحتج سكان مصراتة أمس على تردي الخدمات.", "Misrata"),
    ("خرج مئات المتظاهرين في طرابلس أمس للمطالبة برحيل الحكومة.", "Tripoli"),
    ("تجمع عشرات المحتجين أمام مقر الحكومة في طرابلس أمس.", "Tripoli"),
    ("احتشد آلاف المتظاهرين في الزاوية أمس رفضا للحرب.", "Zawiya"),
    # the detention the crowd protests is its cause, not an arrest beside it (before: an arrest)
    ("احتج العشرات في بنغازي أمس على احتجاز ناشط.", "Benghazi"),
])
def test_a_protest_told_by_its_verb(resolver, text, place):
    got = arabic(text, resolver)
    assert [(e.event_type, e.location) for e in got] == [("Protests", place)], [e.to_dict() for e in got]


@pytest.mark.parametrize("text,event_type", [
    # guards: what was right before the change stays right
    ("قتل عشرات المتظاهرين برصاص قوات الأمن في بنغازي أمس.", "Violence against civilians"),
])
def test_guards_acts_on_protesters_and_detentions(resolver, text, event_type):
    got = arabic(text, resolver)
    assert [e.event_type for e in got] == [event_type], [e.to_dict() for e in got]


@pytest.mark.parametrize("text", [
    "احتشدت قوات الجيش على مشارف سرت أمس.",
    "احتشد آلاف الليبيين أمس في طرابلس بمناسبة الذكرى السابعة للثورة.",
])
def test_a_crowd_or_troops_gathering_is_no_protest(resolver, text):
    assert [e for e in arabic(text, resolver) if e.event_type == "Protests"] == []
