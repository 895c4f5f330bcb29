"""Issue 16: what a report recalls from before its time window is context, never one of its
events; what it expects after its date is no event at all. Sentences written for these
tests in the shape of the false events found on real reports."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import explain, extract
from events.pipeline.explain import lines
from events.pipeline.recalled import span, when_told
from events.records import Report, report_id

PUBLISHED = date(2018, 6, 10)


@pytest.fixture(scope="module")
def resolver():
    import geo

    return geo.Resolver(offline=True)


def report(text: str, published: date | None = PUBLISHED) -> Report:
    return Report(id=report_id(text), text=text, language="ar", published=published,
                  date_precision="day" if published else "unknown")


def test_a_war_years_ago_is_context_and_the_news_stays(resolver):
    text = ("قتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.\n"
            "وشهدت مدينة سرت معارك عنيفة بين الثوار وكتائب القذافي في أكتوبر 2011.")
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Al-Laithi"], got
    assert got[0].event_date == date(2018, 6, 9) and not got[0].context
    every = extract(report(text), resolver, context=True)
    old = [e for e in every if e.context]
    assert len(old) == 1 and old[0].event_date.year == 2011 and "2011" in old[0].evidence


def test_explain_lists_the_context_apart(resolver):
    text = "وفي عام 2014 سيطر تنظيم داعش على مدينة درنة."
    events, trace = explain(report(text), resolver)
    assert events == [] and len(trace.context) == 1
    said = "\n".join(lines(events, trace))
    assert "context (not one of" in said and "more than 31 days before the report's date" in said


def test_an_election_next_december_is_no_event(resolver):
    text = "واتفق الطرفان في طرابلس على إجراء انتخابات في ديسمبر المقبل."
    got = extract(report(text), resolver, context=True)
    assert all(e.event_date is None or e.event_date <= PUBLISHED for e in got), got


def test_a_report_without_a_date_decides_nothing(resolver):
    got = extract(report("وشهدت مدينة سرت اشتباكات عنيفة في أكتوبر 2011.", published=None), resolver)
    assert got and not any(e.context for e in got)


def test_the_window_at_each_precision():
    from events.records import Event

    def ev(d, p):
        return Event("x", "r", d, p, "Battles", "Armed clash", None, None)

    assert span(date(2018, 5, 7), "month") == (date(2018, 5, 1), date(2018, 5, 31))
    assert when_told(ev(date(2018, 5, 1), "month"), PUBLISHED) == ""  # last month: news
    assert when_told(ev(date(2018, 4, 1), "month"), PUBLISHED) == "recalled"
    # "35 killed in bombings this year": a tally of the year, not a happening the report tells
    assert when_told(ev(date(2018, 1, 1), "year"), PUBLISHED) == "recalled"
    assert when_told(ev(date(2018, 1, 1), "year"), PUBLISHED, "year") == ""  # the report says no more itself
    assert when_told(ev(date(2017, 1, 1), "year"), PUBLISHED) == "recalled"
    assert when_told(ev(date(2018, 5, 10), "day"), PUBLISHED) == ""  # 31 days before: the month before
    assert when_told(ev(date(2018, 5, 9), "day"), PUBLISHED) == "recalled"
    assert when_told(ev(date(2018, 6, 11), "day"), PUBLISHED) == ""  # filed after midnight
    assert when_told(ev(date(2018, 12, 1), "month"), PUBLISHED) == "ahead"
    assert when_told(ev(date(2011, 1, 1), "year"), None) == ""


def test_an_explosion_of_a_far_past_year_is_context_with_its_own_year(resolver):
    # "4 April 1066" once took the report's year and landed on the map as recent news.
    text = "وقع انفجار في ميناء بنغازي يوم 4 أبريل 1066 أسفر عن مقتل 20 شخصا."
    assert extract(report(text), resolver) == []
    old = [e for e in extract(report(text), resolver, context=True) if e.context]
    assert [e.event_date for e in old] == [date(1066, 4, 4)]


def test_a_battle_of_a_year_named_centuries_ago_is_context(resolver):
    # "عام 1187" was not read as a year, so the battle of Hattin took the report's day.
    text = "وقد حارب الدروز الصليبيين في معركة حطين قرب طبرية عام 1187 وقاتلوا في سبها."
    assert extract(report(text), resolver) == []
    old = [e for e in extract(report(text), resolver, context=True) if e.context]
    assert [e.event_date.year for e in old] == [1187]


# --- a chronicle of past days, a career, a reason to travel ------------------------------

def test_an_almanac_of_this_day_gives_no_event_and_the_news_after_it_stays(resolver):
    text = ("حدث في 3 مارس.. أبرز ما شهده هذا اليوم\n"
            "فيما يلي تسلسل لأبرز الأحداث التي وقعت في مثل هذا اليوم.\n"
            "الطائرات الإيطالية تقصف مدينة الكفرة وتقتل العشرات.\n"
            "هجوم مسلح يستهدف سفارة في عاصمة أوروبية ويقتل 5 أشخاص.\n"
            "قتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.")
    r = Report(id=report_id(text), text=text, title="حدث في 3 مارس", language="ar", published=PUBLISHED,
               date_precision="day")
    got = extract(r, resolver)
    assert [(e.location, e.event_date) for e in got] == [("Al-Laithi", date(2018, 6, 9))], got
    why = "\n".join(lines(*explain(r, resolver)))
    assert "almanac_line" in why and "chronicle of past days" in why


def test_on_this_day_told_in_passing_is_history_and_the_news_stays(resolver):
    # round twenty-nine: an interview on the war's anniversary, not an almanac by its opening
    text = ("دخلت الحرب عامها الثامن دون أن يظهر أي حل للأزمة في الأفق.\n"
            "وفي مثل هذا اليوم، خرج متظاهرون في مدينة بنغازي في احتجاجات شعبية للمطالبة بحقوقهم.\n"
            "وقتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.")
    got = extract(report(text), resolver)
    assert [(e.location, e.event_date) for e in got] == [("Al-Laithi", date(2018, 6, 9))], got


def test_a_chronicle_line_that_opens_on_its_year_is_that_year_and_the_news_stays(resolver):
    # a Saudi paper's "events of this day" given as plain text, with no title to say so:
    # each line opens on its own year
    text = ("1978 - اغتيال ممثل منظمة التحرير الفلسطينية في باريس.\n"
            "1974 – مواجهات عنيفة بين قوات حزب الكتائب وفدائيين فلسطينيين شرق بيروت: عشرة قتلى.\n"
            "وقتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.")
    got = extract(report(text), resolver)
    assert [(e.location, e.event_date) for e in got] == [("Al-Laithi", date(2018, 6, 9))], got
    old = [e for e in extract(report(text), resolver, context=True) if e.context]
    assert sorted(e.event_date.year for e in old) == [1974, 1978]


@pytest.mark.parametrize("text, year", [
    # round thirty-one: a year after "from" and years of a war a novel is set in
    ("يؤكد الكاتب \"اعتبارا من 1976، عندما دخل الجيش الأراضي، باسطا السيطرة على ميناء طرابلس\".", 1976),
    ("وتحكي رواية قصة بائع في بنغازي يجمع بقايا ضحايا الانفجارات خلال أعوام 2005-2006.", 2005),
])
def test_a_year_after_from_or_years_is_context(resolver, text, year):
    assert extract(report(text), resolver) == []
    assert [e.event_date.year for e in extract(report(text), resolver, context=True)] == [year]


def test_today_in_a_quote_of_years_ago_is_that_day(resolver):
    # round thirty-two: a tweet of November 2013 quoted with its own "today"
    text = 'وكتب في تغريدة له في نوفمبر 2013: "فجر انتحاري نفسه في بنغازي اليوم".'
    assert extract(report(text), resolver) == []
    assert [e.event_date.year for e in extract(report(text), resolver, context=True)] == [2013]


def test_an_opinion_columns_happenings_are_context(resolver):
    column = ("وقال المسؤول إن اشتباكات عنيفة اندلعت في بنغازي أمس.\n"
              "* نقلا عن \"الحياة\" اللندنية\n** جميع المقالات المنشورة تمثل رأي كتابها فقط")
    assert extract(report(column), resolver) == []
    assert [e.context for e in extract(report(column), resolver, context=True)] == [True]
    news = column.split("\n")[0]  # the same sentence in a news report is an event
    assert [e.location for e in extract(report(news), resolver)] == ["Benghazi"]


def test_a_block_of_link_headlines_is_no_news(resolver):
    # round thirty-seven: a page's links, one after another, one ending on a quoted name
    text = ("قتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.\n"
            "ما هي أقلية الإيغور المسلمة في الصين؟\n"
            'هجوم طرابلس: الشرطة تعتقل عددا من "عرق الويغور"\n'
            "اعتقال اثنين من الويغور في سرت بتهمة الضلوع في هجوم رأس السنة في طرابلس\n"
            "مقتل 3 ضباط شرطة في هجوم مسلح على نقطة تفتيش في درنة\n"
            "وقالت مصادر إن الوضع هادئ في بنغازي اليوم.")
    assert [e.location for e in extract(report(text), resolver)] == ["Al-Laithi"]


def test_an_almanac_says_so_in_its_list_and_its_day_is_a_past_years(resolver):
    # round thirty-seven: CNN's "فيما يلي تسلسل لأبرز الأحداث التاريخية في 1 سبتمبر"
    text = ("في 1 سبتمبر/ أيلول، بدأت الحرب العالمية الثانية بهجوم ألمانيا على مدينة بنغازي، عام 1939.\n"
            "وفيما يلي تسلسل لأبرز الأحداث التاريخية في 1 سبتمبر:\n"
            "قتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.")
    r = Report(id=report_id(text), text=text, language="ar", published=date(2018, 9, 1), date_precision="day")
    assert [(e.location, e.event_date) for e in extract(r, resolver)] == [("Al-Laithi", date(2018, 8, 31))]


def test_a_headline_split_at_its_dots_is_no_news(resolver):
    text = ("قتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.\n"
            "مناوشات... وقاذفات صواريخ\n"
            "وقالت مصادر إن الوضع هادئ في بنغازي اليوم.")
    assert [e.location for e in extract(report(text), resolver)] == ["Al-Laithi"]


def test_a_retrospective_on_the_anniversary_of_a_death_tells_history_and_its_dated_news_stays(resolver):
    text = ("وجد القذافي والمقربون منه أنفسهم معزولين في مدينة سرت تحت قصف الطائرات.\n"
            "وعن واقعة اغتيال القذافي، قال العميد إنه اغتيل وهو في عهدة الثوار.\n"
            "وقتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.")
    r = Report(id=report_id(text), text=text, title="من قتل القذافي وكيف؟ شهادات خاصة في ذكرى مصرع العقيد",
               language="ar", published=PUBLISHED, date_precision="day")
    got = extract(r, resolver)
    assert [(e.location, e.event_date) for e in got] == [("Al-Laithi", date(2018, 6, 9))], got


def test_an_ordinary_report_naming_a_past_day_is_no_almanac(resolver):
    text = "قتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت، في اليوم نفسه الذي شهد اشتباكات في درنة."
    assert "Al-Laithi" in [e.location for e in extract(report(text), resolver)]


def test_going_abroad_to_fight_is_no_battle(resolver):
    text = ("قال المتحدث إن الإرهابي لعب دورا في تصدير العناصر من مصر للقتال مع جبهة النصرة في سوريا.\n"
            "وسافر عشرات الشبان من درنة للقتال في صفوف التنظيم.")
    assert extract(report(text), resolver) == []


def test_a_criminal_record_is_no_event_but_a_strike_told_after_a_record_stays(resolver):
    record = ("وقال المتحدث إن هذا المجرم سيدفع ثمن جرائمه، إذ شارك في قتل مئات الليبيين في درنة، "
              "سواء بالاغتيالات أو في قتال الجيش.\n"
              "وأشار إلى سجله الإجرامي الكبير في بنغازي، وارتكابه جرائم تشمل تفجير منازل وسيارات.")
    assert extract(report(record), resolver) == []
    news = record + "\nوقتل جنديان في تفجير سيارة مفخخة في بنغازي أمس السبت."
    got = extract(report(news), resolver)
    assert [(e.location, e.fatalities) for e in got] == [("Benghazi", 2)], got


# --- a happening placed only in Libya as a whole has no spot on the map -------------------

def test_an_event_placed_only_in_libya_is_context(resolver):
    text = "أعلن تنظيم أنصار الشريعة في ليبيا اليوم السبت حل التنظيم بعد تلقيه خسائر كبيرة في المعارك مع الجيش الليبي."
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2017, 5, 27), date_precision="day")
    assert extract(rep, resolver) == []
    kept = extract(rep, resolver, context=True)
    assert kept and all(e.context and e.place_id == "libya" for e in kept), kept


def test_an_event_with_a_town_stays_an_event(resolver):
    text = "اندلعت اشتباكات عنيفة في مدينة سبها جنوب ليبيا اليوم السبت."
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2017, 5, 27), date_precision="day")
    got = extract(rep, resolver)
    assert [(e.place_id, e.context) for e in got] == [("sabha", False)], got


# --- civilians are never a side of a clash -------------------------------------------------

@pytest.mark.parametrize("text", [
    "أعلنت حكومة الوفاق أن أكثر من 1800 أسرة نزحت بسبب الاشتباكات في جنوب العاصمة طرابلس اليوم.",
    "وقال أحد السكان إنه عقب الاشتباكات احتج عدد من السكان بإغلاق الطريق الساحلي في مصراتة اليوم.",
])
def test_civilians_near_a_clash_are_not_its_target(resolver, text):
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2018, 9, 4), date_precision="day")
    got = extract(rep, resolver)
    assert all(e.event_type != "Violence against civilians" for e in got), [(e.event_type, e.actor2) for e in got]


def test_the_clash_words_are_trigger_rows():
    # build.MUTUAL names rows of events/lexicon/triggers.csv: a renamed row must not leave it stale
    from events.event_types import load_triggers
    from events.pipeline.build import MUTUAL

    rows = {t.phrase: t for t in load_triggers().triggers}
    assert all(p in rows and rows[p].event_type == "Battles" for p in MUTUAL), MUTUAL - set(rows)


def test_a_tally_of_the_year_is_context_and_the_day_s_blast_stays(resolver):
    text = ("قتل ستة أشخاص في انفجار سيارة مفخخة وسط بنغازي أمس السبت.\n"
            "وتحسنت حالة الأمن في بنغازي، لكن 35 شخصا على الأقل قتلوا في تفجيرات بمسجدين في المدينة هذا العام.")
    got = extract(report(text), resolver)
    assert [(e.event_date, e.fatalities) for e in got] == [(date(2018, 6, 9), 6)], got
    tally = [e for e in extract(report(text), resolver, context=True) if e.context]
    assert [e.fatalities for e in tally] == [35], tally


@pytest.mark.parametrize("text, lang", [
    ("A teacher who had once worked for the local council in Sabha was killed by unknown gunmen on Sunday.", "en"),
    ("قتل مدرس كان يعمل في المجلس البلدي في سبها على يد مسلحين مجهولين أمس الأحد.", "ar"),
])
def test_a_death_told_with_its_killer_is_an_attack_though_no_figure_is_read(resolver, text, lang):
    rep = Report(id=report_id(text), text=text, language=lang, published=PUBLISHED, date_precision="day")
    got = extract(rep, resolver)
    assert [e.event_type for e in got] == ["Violence against civilians"], got


def test_deaths_with_no_killer_and_no_figure_are_the_war_in_general(resolver):
    text = "Civilians were killed in Derna as the war went on, a rights group said on Sunday."
    rep = Report(id=report_id(text), text=text, language="en", published=PUBLISHED, date_precision="day")
    assert extract(rep, resolver) == []


def test_a_pluperfect_opening_without_qad_and_without_a_day_is_recalled(resolver):
    # "وكانت المدينة شهدت اشتباكات": the pluperfect needs no "قد" to recall what came before
    # the news; a reader cannot tell when, so it is no event of the report.
    text = ("قتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.\n"
            "وكانت مدينة سبها شهدت اشتباكات عنيفة بين قبيلتين قتل فيها 12 شخصا.")
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Al-Laithi"], got
    dated = "قتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.\n" \
            "وكانت مدينة سبها شهدت اشتباكات عنيفة بين قبيلتين الخميس الماضي."
    assert {e.location for e in extract(report(dated), resolver)} == {"Al-Laithi", "Sabha"}


def test_a_pluperfect_claim_still_names_the_author_of_the_news(resolver):
    text = ("قتل ثلاثة أشخاص في تفجير انتحاري استهدف مقر المفوضية في طرابلس أمس السبت.\n"
            "وكان تنظيم داعش أعلن مسؤوليته عن التفجير.")
    got = extract(report(text), resolver)
    assert [e.actor1 for e in got] == ["ISIS"], got


def test_a_link_to_another_story_between_the_body_s_sentences_is_no_news(resolver):
    text = ("أعلنت الحكومة أن مئات الأسر نزحت من جنوب طرابلس.\n"
            "فرار عشرات السجناء وسط اشتباكات في سبها\n"
            "وقتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.")
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Al-Laithi"], got


def test_the_news_of_the_first_line_with_no_full_stop_stays(resolver):
    text = "قتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي\nوقال مصدر طبي إن الضحايا من عائلة واحدة."
    assert [e.location for e in extract(report(text), resolver)] == ["Al-Laithi"]


def test_an_undated_sentence_after_one_of_years_ago_goes_on_with_that_story(resolver):
    text = ("قتل ثلاثة مدنيين في قصف على حي الليثي في بنغازي أمس السبت.\n"
            "ونجحت الجماعات المسلحة في طرد تنظيم الدولة من أغلب أحياء مدينة درنة عام 2015.\n"
            "وتوسعت المواجهات بين الطرفين في مدينة درنة بعد اغتيال قياديين.")
    got = extract(report(text), resolver)
    assert [e.location for e in got] == ["Al-Laithi"], [(e.location, e.event_date) for e in got]
