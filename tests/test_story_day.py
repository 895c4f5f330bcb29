"""Issue 16, a morning paper's story of the day before yesterday, in shapes written for these
tests: its headline, its lead and its undated sentences at the story's place are told of the
story's day, not of the paper's (which would put a second, unreported clash on the map).

The guards: a report whose dated events of its last three days fall on two days, a story day
more than three days back, an undated event at another town, a story told of the report's
own day, and a day a span began ("since Sunday")."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

SATURDAY = date(2015, 7, 25)
THURSDAY = date(2015, 7, 23)


def extracted(text: str, resolver, published: date = SATURDAY) -> list:
    return extract(read_text(text, language="ar", published=published, date_precision="day"), resolver)


# A paragraph of several sentences ends its day (events.pipeline.dates): the strike's
# sentence, in the next paragraph, has no day of its own
STRIKE = "\nوقال مصدر عسكري إن الطائرات الحربية استهدفت مواقع الجماعات المتشددة في محور الصابري."
HEADLINE_AND_BODY = (
    "ليبيا: قتيلان في اشتباكات بنغازي\n"
    "قالت مصادر طبية إن شخصين قتلا وأصيب عشرة بجروح أمس الأول الخميس في اشتباكات في وسط "
    "مدينة بنغازي بين قوات الجيش ومقاتلين إسلاميين. ونقل الجرحى إلى مستشفى الجلاء.\n"
    "وقال مصدر عسكري إن الطائرات الحربية استهدفت مواقع الجماعات المتشددة في محور الصابري."
)


def test_the_headline_and_an_undated_sentence_take_the_story_day(resolver):
    events = extracted(HEADLINE_AND_BODY, resolver)
    assert events and {e.event_date for e in events} == {THURSDAY}
    # the headline's clash is the body's: one battle, with its toll
    battles = [e for e in events if e.event_type == "Battles"]
    assert len(battles) == 1 and battles[0].fatalities == 2
    assert any(e.event_type == "Explosions/Remote violence" for e in events)


def test_a_lead_before_the_dated_body_and_an_older_story_beside_it(resolver):
    # the lead's fighting has no day; the body dates it "يوم الخميس"; a commander killed "في 15
    # يوليو" is a story of its own, ten days back, and leaves the story day alone
    text = ("قال مسعفون إن جنديين قتلا في قتال بين قوات الجيش ومقاتلين في وسط مدينة بنغازي. ونقل الجرحى "
            "إلى مستشفى الجلاء.\n"
            "يذكر أن قائدا في القوات الخاصة قتل في 15 يوليو الجاري في اشتباكات في مدينة بنغازي. وشيع جثمانه "
            "في اليوم التالي.\n"
            "وقال مسؤولون عسكريون إن القوات الحكومية قامت يوم الخميس بهجوم جديد في محور الصابري.")
    battles = [e for e in extracted(text, resolver) if e.event_type == "Battles"]
    assert date(2015, 7, 15) in {e.event_date for e in battles}
    assert SATURDAY not in {e.event_date for e in battles} and THURSDAY in {e.event_date for e in battles}


def test_a_story_told_of_two_days_leaves_the_undated_one_on_the_report_day(resolver):
    text = ("قتل شخصان أمس الأول الخميس في اشتباكات في وسط مدينة بنغازي. وقتل جندي أمس الجمعة "
            "في اشتباكات في مدينة درنة." + STRIKE)
    strikes = [e for e in extracted(text, resolver) if e.event_type == "Explosions/Remote violence"]
    assert strikes and strikes[0].event_date == SATURDAY


def test_an_undated_event_at_another_town_is_another_scene(resolver):
    text = ("قتل شخصان أمس الأول الخميس في اشتباكات في وسط مدينة بنغازي. ونقل الجرحى إلى مستشفى الجلاء.\n"
            "وقال مصدر عسكري إن الطائرات الحربية استهدفت مواقع الجماعات المتشددة في مدينة سرت.")
    strikes = [e for e in extracted(text, resolver) if e.event_type == "Explosions/Remote violence"]
    assert strikes and strikes[0].event_date == SATURDAY and strikes[0].location == "Sirte"


def test_a_story_day_a_week_back_is_not_carried(resolver):
    text = ("قتل شخصان يوم الخميس 16 يوليو في اشتباكات في وسط مدينة بنغازي. ونقل الجرحى إلى مستشفى الجلاء."
            + STRIKE)
    strikes = [e for e in extracted(text, resolver) if e.event_type == "Explosions/Remote violence"]
    assert strikes and strikes[0].event_date == SATURDAY


def test_a_story_of_the_report_day_is_left_as_it_is(resolver):
    text = "قتل شخصان اليوم السبت في اشتباكات في وسط مدينة بنغازي. ونقل الجرحى إلى مستشفى الجلاء." + STRIKE
    events = extracted(text, resolver)
    assert events and {e.event_date for e in events} == {SATURDAY}


def test_a_lead_before_the_dated_sentence_tells_its_own_day(resolver):
    # an ACLED-style note: the lead's attack is the note's day; "since Sunday" dates the
    # shelling's span, not the lead
    text = ("The home of a member of the local council was destroyed in a missile attack in Zawiya. "
            "At least ten people are reported to have been killed in shelling in Zawiya since Sunday.")
    day = date(2014, 9, 10)
    events = extract(read_text(text, language="en", published=day, date_precision="day"), resolver)
    assert any(e.event_date == day for e in events)
