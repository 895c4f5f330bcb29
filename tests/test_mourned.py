"""Issue 16, Arabic (SaudiNewsNet tuning rounds 3, 6 and 17): a funeral or a wake names the
violence its dead fell in, and dated by the sentence's "أمس" that violence became a second
bombing a day or two after the real one. Sentences written for these tests in the shape of
those articles; the first two fail on the code before the stage, the others are guards: a
funeral that alone tells its attack, and an attack told with no mourning."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id

DAY = date(2015, 8, 9)


def _events(resolver, text: str, language: str = "ar") -> list:
    rep = Report(id=report_id(text), text=text, language=language, published=DAY, date_precision="day")
    return [e for e in extract(rep, resolver) if not e.context]


def test_a_wake_for_a_victim_of_a_bombing_is_no_bombing(resolver):
    text = ("في أول أيام عزاء الشهيد عيد ماطر الشهراني أحد ضحايا حادثة التفجير الإرهابي لمسجد الطوارئ بعسير، "
            "توافدت جموع غفيرة من المعزين لأسرته.")
    assert _events(resolver, text) == []


def test_a_town_that_buried_a_martyr_of_the_blast_tells_no_new_blast(resolver):
    text = ("ودّعت محافظة ميسان أمس الشهيد ممدوح الحارثي أحد شهداء التفجير الآثم الذي طال مسجد قوات الطوارئ "
            "بأبها الخميس الماضي.")
    assert _events(resolver, text) == []


def test_a_funeral_that_alone_tells_its_attack_keeps_it(resolver):
    text = "شيع الآلاف في بنغازي جثامين خمسة جنود قتلوا أمس في هجوم انتحاري على بوابة أمنية."
    got = _events(resolver, text)
    assert [(e.event_type, e.location, e.fatalities) for e in got] == [
        ("Explosions/Remote violence", "Benghazi", 5)], got


def test_victims_of_an_attack_told_without_mourning_stay(resolver):
    text = "قتل ثلاثة جنود أمس وأصيب خمسة آخرون من ضحايا هجوم انتحاري على بوابة أمنية في بنغازي."
    assert [e.location for e in _events(resolver, text)] == ["Benghazi"]
