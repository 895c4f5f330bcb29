"""Issue 16, who holds a town told as background, in shapes written for these tests: wire copy's
closing "وسيطر المتشددون الموالون لداعش على مدينة سرت" below a dated story elsewhere is the
hold of months, kept as context, not a taking on the report's day.

The guards: a taking in a report that dates nothing, one at the place of the dated story, one
with a toll, and one dated itself ("أمس")."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

DAY = date(2015, 8, 3)
STORY = "قتل خمسة جنود أمس الأول السبت في اشتباكات مع مسلحين قرب مدينة أجدابيا. ونقل الجرحى إلى المستشفى.\n"


def extracted(text: str, resolver, language: str = "ar") -> list:
    return extract(read_text(text, language=language, published=DAY, date_precision="day"), resolver)


def takings(events: list) -> list:
    return [e for e in events if e.sub_event_type in ("Non-state actor overtakes territory",
                                                      "Government regains territory")]


def test_an_undated_taking_far_from_the_dated_story_is_the_hold(resolver):
    events = extracted(STORY + "وسيطر المتشددون الموالون لداعش على مدينة سرت بوسط البلاد إلى الغرب من أجدابيا.",
                       resolver)
    assert events and not takings(events)
    assert any(e.location == "Ajdabiya" for e in events)


def test_the_english_closing_line_too(resolver):
    text = ("Five soldiers were killed on Saturday in clashes with gunmen near Ajdabiya. The wounded were "
            "taken to hospital.\n"
            "Islamic State militants took control of the city of Sirte, west of Ajdabiya.")
    events = extracted(text, resolver, "en")
    assert events and not takings(events)


def test_a_closing_line_after_a_one_sentence_paragraph_too(resolver):
    # wire style, every sentence its own line: the line takes the story's day from the one
    # before it, yet tells no day of its own
    text = ("قتل خمسة جنود أمس الأول السبت في اشتباكات مع مسلحين قرب مدينة أجدابيا.\n"
            "وسيطر المتشددون الموالون لداعش على مدينة سرت بوسط البلاد إلى الغرب من أجدابيا.")
    events = extracted(text, resolver)
    assert events and not takings(events)


def test_a_taking_in_a_report_that_dates_nothing_is_news(resolver):
    events = extracted("سيطر مسلحون موالون لداعش على مدينة سرت بوسط البلاد.", resolver)
    assert [e.location for e in takings(events)] == ["Sirte"]


def test_a_taking_at_the_dated_story_place_is_news(resolver):
    events = extracted(STORY + "وسيطر المسلحون على البوابة الغربية لمدينة أجدابيا.", resolver)
    assert takings(events) or any(e.event_type == "Battles" and e.location == "Ajdabiya" for e in events)
    assert all(not e.context for e in events)


def test_a_taking_dated_itself_is_news(resolver):
    events = extracted(STORY + "وسيطر مسلحون موالون لداعش أمس على مدينة سرت بوسط البلاد.", resolver)
    assert [e.location for e in takings(events)] == ["Sirte"]
