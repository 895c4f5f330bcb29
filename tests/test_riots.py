"""Issue 16, event type: people who clash with the police or the army riot (stage "riots",
from SaudiNewsNet round one's "واشتبك فلسطينيون مع الجيش"); an armed group that clashes
fights a battle. Sentences written for these tests; the first was checked to fail without the
stage."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id


def _events(resolver, text: str, published: date) -> list:
    rep = Report(id=report_id(text), text=text, language="ar", published=published, date_precision="day")
    return [e for e in extract(rep, resolver) if not e.context]


def _sides(resolver, text: str) -> list[tuple]:
    return [(e.event_type, e.actor1, e.location) for e in _events(resolver, text, date(2018, 5, 5))]


def test_people_who_clash_with_the_police_riot(resolver):
    # stage "riots": the crowd is actor1, the force actor2 (ACLED's order for riots)
    for text, where in [("اشتبك شبان غاضبون مع الشرطة في مصراتة أمس.", "Misrata"),
                        ("واشتبك مواطنون مع عناصر من الشرطة أمام مديرية الأمن في سبها أمس.", "Sabha"),
                        ("اشتبك أهالي مع قوات الأمن في مدينة الزاوية أمس احتجاجا على انقطاع الكهرباء.", "Zawiya")]:
        got = _sides(resolver, text)
        assert got == [("Riots", "Rioters", where)], got


def test_an_armed_group_that_clashes_with_the_army_fights_a_battle(resolver):
    got = _sides(resolver, "اشتبكت قوات الجيش مع مسلحين في بنغازي أمس.")
    assert [t for t, _, _ in got] == ["Battles"], got
    got = _sides(resolver, "اشتباكات في طرابلس أسفرت عن مقتل مواطنين أمس.")
    assert [t for t, _, _ in got] == ["Battles"], got
