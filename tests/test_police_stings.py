"""Tunisian and Libyan police news tell arrests "after a tight ambush" ("بعد نصب كمين محكم"):
the ambush is how someone was caught, no armed clash; the arrest is the event if it is one,
and an arrest for drugs, theft or cigarettes with no armed group named is a crime ACLED leaves
out. An ambush with shots or dead stays a fight. (On the ANT corpora outside every gold set,
60 events told with "كمين" became 32: the police's stings and their criminal arrests went.)"""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def _events(text: str, resolver) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type)
            for e in extract(read_text(text, published=date(2017, 2, 17)), resolver, context=True)]


@pytest.mark.parametrize("text", [
    "تمكنت فرقة الشرطة العدلية بمدينة بنغازي اليوم، وإثر كمين محكم، من القبض على مروج خطير للمخدرات.",
    "تمكن أعوان فرقة الشرطة في طرابلس وعلى إثر كمين محكم من القبض على عنصرين قاما بسرقة منزل.",
    "تمكنت دورية للجمارك مساء اليوم في منطقة زوارة بعد نصب كمين من إيقاف سيارة محملة بالسجائر المهربة.",
])
def test_a_sting_that_caught_a_criminal_is_no_event(text, resolver):
    assert _events(text, resolver) == []


def test_a_sting_that_caught_a_militant_is_an_arrest(resolver):
    text = "تمكنت قوة الردع في طرابلس أمس بعد كمين محكم من القبض على عنصر من تنظيم داعش."
    assert _events(text, resolver) == [("Strategic developments", "Arrests")]


@pytest.mark.parametrize("text", [
    "قتل جنديان في كمين نصبه مسلحون لدورية عسكرية قرب مدينة سبها أمس.",
    "تمكنت وحدات الجيش إثر كمين محكم من القضاء على أربعة إرهابيين قرب مدينة درنة.",
])
def test_an_ambush_with_dead_stays_a_fight(text, resolver):
    assert [t for t, _ in _events(text, resolver)] == ["Battles"]


def test_stray_dogs_caught_are_no_arrest(resolver):
    assert _events("وتم القبض على 3 كلاب سائبة في مدينة بنغازي أمس، وفق مصدر أمني.", resolver) == []
