"""Rules from a third sample of the events Marsad gives on the 1,333 ANT and SaudiNewsNet
articles that name Libya or a Libyan city and use a conflict word, less the held-out rounds (756
of them are in tuning rounds, the rest coded by nobody; the events read as a sample, not
scored). The sentences are the team's own, in the shape of those articles:

- ground taken "from the hands of" a side (تحرير عدن من أيدي الحوثيين) was taken from it: that
  side lost it, as with "من يد" and "من قبضة";
- an anniversary's chronicle ("قصف بدأ في 20 آذار/مارس 2003", then, paragraphs later, "في 31
  آذار/مارس") goes on in the year it named, not the report's: its battles are history;
- abroad, a sentence with no Libyan word names no Libyan side, even in a report that names Libya
  elsewhere: "معارك مع قوات الجيش الوطني" at Hays is Yemen's army;
- the part a man "played in" a seizure ("الدور الذي لعبه المالكي في ... السيطرة على الموصل") is
  no seizure told;
- what a side "works at" or all "agree on", is called up "for" or goes on "to complete" (العمل على استعادة، لمعركة
  التحرير، لاستكمال تحرير) is an aim;
- what a town "will be freed thanks to" (ستتحرر بفضل معارك الجيش) is named, not told;
- fighting "that never stops in this country" (القتال التي لا تتوقف) is a war described, no fight.
"""
from __future__ import annotations

from datetime import date

from events.dates import find_dates
from events.extract import extract
from events.read import read_text


def _events(text: str, resolver, published: date, context: bool = False):
    return extract(read_text(text, published=published), resolver, context=context)


def test_ground_taken_from_the_hands_of_a_side_was_lost_by_it(resolver):
    evs = _events("أعلن الجيش الوطني الليبي تحرير حي الصابري في بنغازي من أيدي مجلس شورى ثوار بنغازي.",
                  resolver, date(2017, 7, 6))
    assert [(e.actor1, e.actor2) for e in evs] == [("LNA", "Benghazi Revolutionaries Shura Council")]
    evs = _events("أعلنت المقاومة الشعبية الجمعة تحرير مدينة عدن من أيدي الحوثيين بعد معارك عنيفة.",
                  resolver, date(2015, 7, 24))
    assert [e.actor2 for e in evs] == ["Houthis"]


def test_a_chronicle_goes_on_in_the_year_it_named():
    text = ("تحل الذكرى 15 لسقوط بغداد، بعد قصف جوي بدأت فصوله في 20 آذار/مارس 2003.\n\n"
            "في 21 آذار/مارس، أسفرت الغارات عن انفجارات ضخمة.\n\n"
            "في 31 آذار/مارس، بدأت فرقة المشاة الثالثة الأمريكية أول معركة قرب مدينة كربلاء.")
    days = [m.value for m in find_dates(text, date(2018, 4, 9), "ar") if m.precision == "day"]
    assert days == [date(2003, 3, 20), date(2003, 3, 21), date(2003, 3, 31)]


def test_a_paragraph_far_from_the_year_above_is_still_the_reports():
    # months away from the last day told in 2014: this year's, as before
    text = "وكانت المدينة قد شهدت اشتباكات في 3 آذار/مارس 2014.\n\nوفي ليل السادس من أغسطس، قصفت الطائرات المطار."
    days = [m.value for m in find_dates(text, date(2016, 8, 8), "ar") if m.precision == "day"]
    assert days == [date(2014, 3, 3), date(2016, 8, 6)]


def test_a_chronicles_battles_are_not_the_reports_news(resolver):
    text = ("يصادف اليوم الذكرى السابعة لانطلاق الثورة، بعد أن خرج المتظاهرون في 15 فبراير 2011 في بنغازي.\n\n"
            "وفي 19 فبراير، اشتبك الثوار مع كتائب القذافي في مدينة بنغازي وقتل 20 شخصا.")
    evs = _events(text, resolver, date(2018, 2, 20), context=True)
    assert evs and all(e.context for e in evs), [(e.event_date, e.context) for e in evs]
    assert {e.event_date.year for e in evs if e.event_date} <= {2011}


def test_abroad_the_national_army_is_that_countrys_though_libya_is_named_elsewhere(resolver):
    text = ("وفي ليبيا، قتل ثلاثة جنود من الجيش الليبي في اشتباكات مع مسلحين في بنغازي أمس.\n\n"
            "وأفادت مصادر يمنية بمقتل قيادي حوثي في جبهة حيس، في معارك مع قوات الجيش الوطني والمقاومة "
            "جنوبي محافظة الحديدة.")
    evs = [e for e in _events(text, resolver, date(2018, 4, 4)) if e.in_libya is False]
    assert evs and all("LNA" not in (e.actor1, e.actor2) for e in evs), [(e.actor1, e.actor2) for e in evs]


def test_a_part_played_in_a_seizure_is_no_seizure(resolver):
    text = ("وأوضح أنه لا يغفل أحد الدور الغريب الذي لعبه المالكي في تسهيل المهمة على تنظيم داعش في السيطرة على "
            "مدينة الموصل ثاني أكبر المدن العراقية.")
    assert _events(text, resolver, date(2015, 7, 24)) == []


def test_what_a_side_works_at_or_is_called_up_for_is_an_aim(resolver):
    for text in ("وقال إن قوات العمالقة استدعت كل أفرادها لمعركة التحرير، في إشارة إلى العمل على استعادة ميناء "
                 "ومدينة الحديدة.",
                 "وأكد المتحدث أن وحدات الجيش تعمل على استعادة مدينة درنة من الجماعات المتطرفة.",
                 "ويبدو أنه يجب أن يكون الكل متفقا على استعادة مدينة درنة من أيدي المتطرفين."):
        assert _events(text, resolver, date(2018, 6, 9)) == [], text


def test_going_on_to_complete_a_liberation_is_an_aim(resolver):
    text = "وستواصل القوات الشرعية التقدم لاستكمال تحرير محافظتي لحج وأبين لفتح الطريق إلى مدينة تعز."
    assert _events(text, resolver, date(2015, 8, 4)) == []


def test_what_a_town_will_be_freed_thanks_to_is_named_not_told(resolver):
    text = "درنة الليبية في يد الإرهاب، وقريبا جدا على ما يبدو، ستتحرر بفضل معارك الجيش الليبي ضد المتطرفين."
    assert _events(text, resolver, date(2018, 5, 17)) == []
    # ground taken thanks to a fight told with its day is still taken
    evs = _events("سيطرت القوات على المدينة بفضل اشتباكات عنيفة اندلعت أمس مع المسلحين في سرت.",
                  resolver, date(2018, 5, 17))
    assert [e.location for e in evs] == ["Sirte"]


def test_fighting_that_never_stops_is_a_war_described(resolver):
    text = ("على جبهات أخرى من عمليات القتال التي لا تتوقف في هذا البلد شاسع المساحة، يوصي قادة من الجيش "
            "بعدم ذكر أسماء الضباط في طرابلس.")
    assert _events(text, resolver, date(2015, 7, 21)) == []
