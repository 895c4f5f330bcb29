"""An air strike and ground fighting told in clauses of their own in one sentence are two
events, as ACLED and EVENT_CODING's coders code them ("واندلع القتال في أجدابيا وهاجمت طائرة
حربية مواقع المسلحين"); fighting "backed by" air strikes, one clause, stays one event."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def _kinds(text: str, resolver, language: str = "ar") -> list[tuple[str, str]]:
    got = extract(read_text(text, published=date(2016, 6, 10), language=language), resolver)
    return sorted((e.event_type, e.location) for e in got)


@pytest.mark.parametrize("text, language", [
    ("واندلع القتال أمس في بلدة أجدابيا وهاجمت طائرة حربية مواقع المسلحين جنوبي البلدة.", "ar"),
    ("استمرت الاشتباكات في مدينة سرت أمس، فيما شنت طائرات حربية غارات على مواقع المسلحين في المدينة.", "ar"),
    ("دارت مواجهات عنيفة في منطقة قنفودة ببنغازي أمس وشنت مقاتلات الجيش غارات على مواقع المتشددين.", "ar"),
    ("Clashes continued in Sirte on Monday while LNA warplanes carried out air strikes on militant positions "
     "in the town.", "en"),
])
def test_a_strike_in_a_clause_of_its_own_is_a_second_event(text, language, resolver):
    kinds = _kinds(text, resolver, language)
    assert [k for k, _ in kinds] == ["Battles", "Explosions/Remote violence"], kinds
    assert len({place for _, place in kinds}) == 1


@pytest.mark.parametrize("text, kind", [
    ("اندلعت اشتباكات عنيفة في سرت أمس بدعم من غارات جوية على مواقع المسلحين.", "Battles"),
    ("شنت طائرات حربية غارات على مواقع المسلحين في سرت أمس وقصفت مخازن أسلحتهم.", "Explosions/Remote violence"),
    ("Heavy clashes backed by air strikes erupted in Sirte on Monday.", "Battles"),
])
def test_one_clause_stays_one_event(text, kind, resolver):
    language = "en" if text.isascii() else "ar"
    assert [k for k, _ in _kinds(text, resolver, language)] == [kind]
