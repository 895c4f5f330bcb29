"""Issue 16, event type: an attack (not a clash) that names no side and hit people or a car
was against civilians (stage "unnamed_sides"; tuning rounds nineteen and twenty-four: a cash
van robbed near Gharyan, the London attack). Sentences written for these tests; the cash van's
was checked to fail without the rule (the market attack already came out so: a guard)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id


def _got(resolver, text: str) -> list[tuple]:
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2017, 6, 3), date_precision="day")
    return [(e.event_type, e.actor1, e.actor2) for e in extract(rep, resolver) if not e.context]


@pytest.mark.parametrize("text", [
    "هاجم مسلحون الخميس الماضي سيارة كانت تنقل الأموال لأحد المصارف في غريان، وقاموا بالاستيلاء على مبلغ مالي.",
    "وقع هجوم مساء السبت في سوق بمدينة سبها أودى بحياة سبعة أشخاص.",
])
def test_an_attack_that_hit_people_or_a_car_and_no_side_was_on_civilians(resolver, text):
    got = _got(resolver, text)
    assert got == [("Violence against civilians", "Unidentified armed group", "Civilians")], got


@pytest.mark.parametrize("text", [
    # a clash: both sides fought
    "اشتبك مسلحون الخميس في غريان وأصيب ثلاثة أشخاص.",
    # soldiers named: the army was hit
    "هاجم مسلحون الخميس سيارة تقل جنودا قرب غريان.",
])
def test_a_clash_or_an_attack_on_soldiers_is_no_attack_on_civilians(resolver, text):
    assert all(t != "Violence against civilians" for t, _, _ in _got(resolver, text)), _got(resolver, text)


def test_an_institutions_seat_attacked_at_work_is_an_attack_on_its_staff(resolver):
    # the fifteenth sitting: CNN's brief of the National Oil Corporation attack, on six tuning
    # rounds' pages; an empty building attacked stays property attacked
    got = _got(resolver, "هاجمت مجموعة مسلحة صباح اليوم مقر المؤسسة الوطنية للنفط بالعاصمة طرابلس، حسبما "
                         "أفادت وكالة الأنباء الليبية.")
    assert got == [("Violence against civilians", "Unidentified armed group", "Civilians")], got
    got = _got(resolver, "هاجم مسلحون مراكز اقتراع في أوباري وأجبروها على الإغلاق.")
    assert [g[0] for g in got] == ["Strategic developments"], got
