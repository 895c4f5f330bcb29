"""Issue 16, crowds (ACLED Libya 2014 and 2015 notes, tuning sets, and the Arabic press's way of
saying the same): what a crowd gathered against, told after it ("in condemnation of the
assassination of two colleagues in Darnah", "احتجاجا على اغتيال ناشط في بنغازي"), is its reason:
no second protest, no event of its own, and its town and its dead are not the crowd's.
Sentences written for these tests; the first four fail on the code before, the others are
guards."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id

DAY = date(2014, 6, 20)


def _events(resolver, text: str, lang: str) -> list[tuple]:
    rep = Report(id=report_id(text), text=text, language=lang, published=DAY, date_precision="day")
    return [(e.event_type, e.location, e.fatalities) for e in extract(rep, resolver) if not e.context]


def test_in_protest_at_a_killing_elsewhere_is_one_protest_here(resolver):
    got = _events(resolver, "تظاهر مئات من سكان طرابلس في ميدان الشهداء احتجاجا على اغتيال ناشط في بنغازي.", "ar")
    assert got == [("Protests", "Martyrs' Square", None)]


def test_in_condemnation_of_a_killing_elsewhere(resolver):
    got = _events(resolver, "Bank workers in Zintan and Yafran staged a protest in condemnation and denunciation of "
                            "the assassination of two of their colleagues in the town of Darnah.", "en")
    assert got and all(t == "Protests" and where != "Derna" for t, where, _ in got), got


def test_in_condemnation_of_a_bombing_elsewhere(resolver):
    got = _events(resolver, "A mass demonstration was staged Friday evening at Martyrs' Square in Gharyan city centre "
                            "in condemnation of aggression by Hafter's warplanes in bombing the city of Benghazi.", "en")
    assert got == [("Protests", "Gharyan", None)]


def test_in_protest_at_a_killing_elsewhere_in_english(resolver):
    got = _events(resolver, "Hundreds demonstrated in Martyrs Square in Tripoli in protest at the killing of an "
                            "activist in Benghazi.", "en")
    assert got == [("Protests", "Martyrs' Square", None)]


def test_a_protest_named_only_with_the_place_it_protested_keeps_it(resolver):
    # guard: no other place told, the crowd's town is the one named
    got = _events(resolver, "Protests were held against the killing of an activist in Benghazi.", "en")
    assert [(t, where) for t, where, _ in got] == [("Protests", "Benghazi")]


def test_a_riots_own_dead_stay(resolver):
    # guard: the crowd's own clash and its toll
    got = _events(resolver, "Protesters stormed the local council in Zawiya and clashed with guards, killing two.", "en")
    assert [n for _, _, n in got] == [2]
