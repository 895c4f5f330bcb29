"""Issue 16, Arabic (SaudiNewsNet tuning rounds 15 and 25, ANT round 13): what an analyst says
is comment. An expert asked for a view names wars, raids and bombings to weigh them, with no
day of their own; each such sentence had given a false event. Sentences written for these
tests in the shape of those articles; the first two fail on the code before the stage, the
others are guards: an analyst who dates what he tells, and a spokesman who is no analyst."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id

DAY = date(2015, 8, 10)


def _places(resolver, text: str) -> list[str]:
    rep = Report(id=report_id(text), text=text, language="ar", published=DAY, date_precision="day")
    return [e.location for e in extract(rep, resolver) if not e.context]


def test_an_experts_view_of_a_war_is_no_event(resolver):
    text = "وقال الخبير الاستراتيجي يحيى رباح إن الغارات الجوية على مواقع الحوثيين في صنعاء لن تحسم الحرب."
    assert _places(resolver, text) == []


def test_an_analyst_named_after_his_verb_is_still_commenting(resolver):
    text = ("من جهته قال سعيد اللاوندي الخبير بالشؤون العربية: إن الميليشيات تخوض معارك عبثية في عدن "
            "لتحميل أخطائها لأي جهة.")
    assert _places(resolver, text) == []


def test_an_analyst_who_dates_a_strike_tells_it(resolver):
    text = "وقال الخبير العسكري إن طائرات الجيش قصفت أمس مواقع في درنة."
    assert _places(resolver, text) == ["Derna"]


def test_a_spokesman_is_no_analyst(resolver):
    text = "وقال المتحدث باسم الجيش إن الطائرات قصفت مواقع في درنة."
    assert _places(resolver, text) == ["Derna"]
