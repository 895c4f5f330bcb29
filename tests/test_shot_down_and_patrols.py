"""Issue 16, sides in Arabic: the one whose aircraft was shot down was acted on, not the one
who shot it ("أعلن الجيش الوطني الليبي إسقاط طائرة مسيرة تركية": the LNA shot down a Turkish
drone; "أعلنت قوات الوفاق إسقاط طائرة حربية تابعة لقوات حفتر": the GNA shot down Haftar's
plane), and a patrol fired on belongs to the side attacked ("أطلق مهربون النار على دورية لخفر
السواحل"), as two men of a force killed are ("قتل عنصران من الشرطة برصاص مجهولين"). Before,
the drone's owner was the one who acted, the coast guard fired, and the police killed.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def arabic(text: str, resolver) -> list:
    return extract(read_text(text, language="ar", published=date(2019, 7, 2), date_precision="day"), resolver)


@pytest.mark.parametrize("text,actor1,actor2", [
    ("أعلن الجيش الوطني الليبي إسقاط طائرة مسيرة تركية قرب مصراتة أمس.", "LNA", "Turkish forces"),
    ("أعلنت قوات الوفاق إسقاط طائرة حربية تابعة لقوات حفتر جنوب طرابلس أمس.", "GNA forces", "LNA air force"),
    ("أطلق مهربون النار على دورية لخفر السواحل قرب صبراتة أمس.", "Unidentified armed group", "Border guards"),
    # "عنصران من الشرطة": two of the police's men died; the unknown gunmen shot them
    ("قتل عنصران من الشرطة برصاص مجهولين في درنة أمس.", "Unidentified armed group", "Libyan police (east)"),
])
def test_who_was_acted_on(resolver, text, actor1, actor2):
    got = arabic(text, resolver)
    assert [(e.actor1, e.actor2) for e in got] == [(actor1, actor2)], [e.to_dict() for e in got]


def test_a_verbal_noun_subject_before_it_still_acts(resolver):
    # guard: the side named before the act still took the town
    got = arabic("تمكنت قوات الجيش من استعادة السيطرة على مدينة غريان أمس.", resolver)
    assert [e.actor1 for e in got] == ["LNA"], [e.to_dict() for e in got]
