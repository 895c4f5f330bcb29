"""Issue 16, thirtieth sitting: fighters taken prisoner ("وأسرت المقاومة ثلاثة منهم",
"المقاومة أسرت 14 متمردا") are a fight's outcome, which the team's coders code as Battles /
Armed clash; the lexicon had no such verb, so five such happenings of the SaudiNewsNet tuning
rounds gave no event. Only the verb's forms are triggers: أسر alone is also "families", and
"أسرت قلوب" captivates hearts. Sentences written for these tests; the first two fail on the
lexicon before, the last is a guard."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id


def _events(resolver, text: str) -> list[tuple]:
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2015, 8, 2), date_precision="day")
    return [(e.event_type, e.location) for e in extract(rep, resolver) if not e.context]


def test_fighters_taken_prisoner_abroad_are_a_battle(resolver):
    text = "هذا وأسرت قوات المقاومة الشعبية، السبت، العشرات من مسلحي ميليشيات الحوثيين بمحافظة الضالع جنوبي اليمن."
    assert _events(resolver, text) == [("Battles", "al-Dhale")]


def test_fighters_taken_prisoner_in_libya_are_a_battle(resolver):
    text = "وأسروا خمسة من عناصر تنظيم داعش في منطقة الصابري بمدينة بنغازي أمس، وفق مصدر عسكري."
    assert [t for t, _place in _events(resolver, text)] == ["Battles"]


def test_captivated_hearts_are_no_battle(resolver):
    assert _events(resolver, "أسرت قلوب المشاهدين في طرابلس بأغانيها الجديدة.") == []
