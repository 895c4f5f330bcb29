"""Issue 16, SaudiNewsNet round eleven's first run: a feature on sorcery and a poet's review
lent their one Libyan "place" ("في الزاوية", the corner; "وسرت", I walked) to a phone call and
a "grasp", a paper's almanac column was read as news, a Yemeni report's places with a prefix
or after "شهدت" were not where its killings happened, tanks "backing" an attack made the
attack a support, and "the militias" of Taiz were two sides of one shelling. Sentences written
for these tests in the shape of that round's articles; the rule tests were checked to fail on
the code before this change, and each "still" test pins what a rule must leave alone."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.records import Report, report_id

AUG_9 = date(2015, 8, 9)
FILLER = "ويقول الكاتب إن الحياة اليومية تحمل الكثير من القصص التي تستحق أن تروى للقراء. " * 20


def _events(resolver, text: str, published: date = AUG_9) -> list:
    rep = Report(id=report_id(text), text=text, language="ar", published=published, date_precision="day")
    return [e for e in extract(rep, resolver) if not e.context]


def _places(resolver, text: str) -> list[str]:
    return [m.resolution.place.id for m in resolver.find_places(text)]


# -- a long report that names one Libyan place once, and never Libya -------------------------

def test_a_feature_lends_its_one_word_place_to_no_sentence(resolver):
    text = FILLER + "فيقعدانك في الزاوية لا تبدي حراكا.\n" + FILLER + "وقال إن رجلا اعتقل في السوق بتهمة السحر."
    assert _events(resolver, text) == []


def test_still_a_wire_item_lends_its_one_town(resolver):
    text = "اشتباكات عنيفة في مدينة سبها.\nوقالت مصادر إن مسلحين اعتقلوا ثلاثة أشخاص."
    assert {e.location for e in _events(resolver, text)} == {"Sabha"}


def test_words_that_are_libyan_places_need_a_cue(resolver):
    assert _places(resolver, "لا أدري هل يشاطرني القارئ هذا السؤال") == []
    assert _places(resolver, "ماء منقوش عليه بقلم الزعفران") == []
    assert _places(resolver, "اشتباكات في ادري بوادي الشاطئ")[:1] == ["idri"]
    assert _places(resolver, "اشتباكات في منطقة الزعفران بسرت")[:1] == ["zafaran-sirte"]


# -- an almanac column ------------------------------------------------------------------------

def test_this_day_in_history_is_an_almanac(resolver):
    text = "هذا اليوم في التاريخ\n1978 - اغتيال ممثل منظمة التحرير الفلسطينية في باريس.\n2005 - مقتل 14 جنديا في العراق."
    assert _events(resolver, text, date(2015, 8, 3)) == []


# -- where things happened abroad -------------------------------------------------------------

def test_a_region_abroad_written_with_a_prefix_is_where_the_strikes_fell(resolver):
    text = "وشنت طائرات التحالف مساء أول من أمس ثلاث غارات على مواقع للحوثيين بالجفينة."
    assert [(e.location, e.in_libya) for e in _events(resolver, text)] == [("al-Jufaina", False)]


def test_a_region_that_saw_a_killing_is_where_it_happened(resolver):
    text = "في المقابل، شهدت محافظة حجة اغتيال أحد الأهالي على يد المسلحين الحوثيين أمس."
    assert [e.location for e in _events(resolver, text)] == ["Hajjah"]


def test_the_country_a_side_is_loyal_to_is_not_where(resolver):
    text = "اتهمت الحكومة الأوكرانية اليوم الانفصاليين الموالين لروسيا باستهداف مواقعها بأعنف قصف مدفعي."
    rep = Report(id=report_id(text), text=text, language="ar", published=date(2015, 8, 11), date_precision="day")
    assert "Russia" not in [e.location for e in extract(rep, resolver, context=True)]


# -- what a side's support is -----------------------------------------------------------------

def test_an_attack_backed_by_tanks_is_an_attack(resolver):
    text = "وأوضح الجيش أن 400 من الانفصاليين مدعومين بدبابات هاجموا القوات الحكومية قرب مدينة ماريوبول اليوم."
    assert [e.event_type for e in _events(resolver, text, date(2015, 8, 11))] == ["Battles"]


def test_still_forces_backed_by_air_strikes_tell_no_strike(resolver):
    text = "تقدمت القوات مدعومة بغارات جوية في مدينة سرت أمس."
    assert "Explosions/Remote violence" not in [e.event_type for e in _events(resolver, text, date(2016, 6, 10))]


def test_an_ambush_written_with_tanween_is_one(resolver):
    text = "نفذت المقاومة كمينًا لدورية في مدينة تعز صباح أمس."
    assert [e.event_type for e in _events(resolver, text)] == ["Battles"]


# -- "the militias" of a happening abroad name nobody yet -------------------------------------

def test_the_militias_of_a_shelling_abroad_are_its_named_author(resolver):
    text = ("عمدت الميليشيات المتمردة إلى قصف عدة أحياء سكنية في مدينة تعز.\n"
            "وأضافت المصادر أن مدافع ميليشيات الحوثي استهدفت المدنيين في تعز وخلفت خمسة قتلى.")
    got = _events(resolver, text)
    assert [(e.location, e.fatalities) for e in got] == [("Taiz", 5)], got
