"""Round thirty-eight (benchmarks/gold/ant_extra_tune_r38.jsonl): ANT articles that name Libya in
passing. The sentences are the team's own, in the shape of those articles:

- a cell dismantled ("تفكيك خلية إرهابية") is its members' arrest, where the unit that did it is;
- what people fled ("فروا من المعارك الجارية هناك") is named as why they left, not told;
- abuses "ranging from detention to beating" (تتراوح بين الاعتقال والضرب) are kinds, not a
  detention told;

and round forty's:

- weapons the authorities "revealed" (كشفت السلطات ... عن صواريخ) were found, not fired;
- Remada, the Tunisian border town, is a place abroad ("معتمدية رمادة من ولاية تطاوين");
- a massacre (مجزرة) told with its day is an attack on civilians;

and round forty-one's: reinforcements that reached a front (وصلت تعزيزات عسكرية) are a movement,
as every coded round leaves them, not an event (foreign troops present or deployed still are);

and round forty-three's: a ramming and stabbing (دهسا وطعنا، هجوم بالسكين، حادث طعن) is an attack
on civilians, while the bare طعن (an appeal in court) is not; a trigger word that ends a place's
name ("منطقة وادي الخطف") is no kidnapping;

and round forty-four's: a cell uncovered (الكشف عن خلية) and a number of people stopped (إيقاف 8
أشخاص) are arrests; Kebili is found as "بقبلي" or "ولاية قبلي", while the bare قبلي stays the
adjective "tribal" ("نزاع قبلي").
"""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text


def _events(text: str, resolver, published: date):
    return extract(read_text(text, published=published), resolver)


def test_a_cell_dismantled_is_an_arrest(resolver):
    text = ("تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بسيدي بوزيد من تفكيك خلية إرهابية تنشط بين تونس "
            "وسيدي بوزيد تتكون من 5 عناصر.")
    evs = _events(text, resolver, date(2016, 12, 22))
    assert [(e.sub_event_type, e.location, e.in_libya) for e in evs] == [("Arrests", "Sidi Bouzid", False)]


def test_what_people_fled_is_named_not_told(resolver):
    text = ("وأكدت الوزارة أنهم صرحوا بأنهم من السنغال ويعملون في زوارة وقد فروا من المعارك الجارية هناك.")
    assert _events(text, resolver, date(2016, 10, 28)) == []
    # fighting told with its day, that people then fled, still is
    evs = _events("اندلعت أمس اشتباكات عنيفة في زوارة، وفرت عشرات العائلات من المدينة.", resolver,
                  date(2016, 10, 28))
    assert [(e.event_type, e.location) for e in evs] == [("Battles", "Zuwara")]


def test_abuses_ranging_from_detention_to_beating_are_kinds(resolver):
    text = ("وحسب تقارير منظمات حقوق الإنسان، يعاني المهاجرون الأفارقة في نقاط انطلاقهم من تجاوزات خطيرة من "
            "عصابات التهريب، تتراوح بين الاعتقال والضرب والاستغلال والابتزاز، مما دفع سياسيين إيطاليين "
            "لانتقاد روما بعد الواقعة الأخيرة.")
    assert _events(text, resolver, date(2018, 8, 1)) == []


def test_weapons_revealed_were_found_not_fired(resolver):
    text = ("وأضاف أنه في عمليات سيناء الجارية الآن، كشفت السلطات المصرية، كما تقول، عن صواريخ متطورة بالغة "
            "الخطورة في سيناء قادمة من ليبيا.")
    assert _events(text, resolver, date(2018, 3, 14)) == []


def test_remada_is_a_tunisian_town(resolver):
    text = "ينفذ أهالي معتمدية رمادة من ولاية تطاوين اليوم الاثنين إضرابا عاما على خلفية مقتل مواطن بالجهة أمس."
    evs = _events(text, resolver, date(2016, 7, 25))
    assert [(e.location, e.in_libya) for e in evs] == [("Remada", False)]


def test_a_massacre_told_with_its_day_is_an_attack_on_civilians(resolver):
    text = ("أثارت صورة الإرهابي وهو يتقدم بخطى ثابتة لتنفيذ المجزرة التي ارتكبها يوم الجمعة الماضي في منتجع "
            "القنطاوي بسوسة صدمة التونسيين.")
    evs = _events(text, resolver, date(2015, 6, 28))
    assert [(e.event_type, e.location, e.event_date) for e in evs] == [
        ("Violence against civilians", "Sousse", date(2015, 6, 26))]


def test_reinforcements_that_arrived_are_no_event(resolver):
    text = ("أفادت مصادر، الأربعاء، أن تعزيزات عسكرية كبيرة وصلت إلى مشارف مدينة درنة الساحلية شرقي ليبيا، "
            "لتحريرها من قبضة القاعدة.")
    assert _events(text, resolver, date(2018, 4, 11)) == []
    evs = _events("وكشف العميد اليوم عن وجود قوات تركية خاصة تقاتل إلى جانب الميليشيات في العاصمة طرابلس.",
                  resolver, date(2019, 9, 29))
    assert [e.sub_event_type for e in evs] == ["Change to group/activity"]


def test_a_ramming_and_stabbing_is_an_attack(resolver):
    text = ("كشفت الشرطة البريطانية الاثنين هوية منفذين لاعتداءات لندن، التي جدت فجر الأحد، حيث نفذ 3 مهاجمين "
            "دهسا وطعنا في العاصمة البريطانية.")
    evs = _events(text, resolver, date(2017, 6, 6))
    assert [(e.event_type, e.location, e.event_date) for e in evs] == [
        ("Violence against civilians", "London", date(2017, 6, 4))]
    assert _events("وقدم المحامي طعنا في الحكم أمام محكمة الاستئناف في طرابلس.", resolver, date(2017, 6, 6)) == []


def test_a_trigger_word_ending_a_place_name_is_no_happening(resolver):
    text = ("ضبطت دورية تابعة للمنطقة البحرية للحرس الوطني بقليبية ولاية نابل يوم أمس سيارة خفيفة على مستوى "
            "منطقة وادي الخطف بمعتمدية قليبية، كان على متنها 7 أشخاص كانوا بصدد التحضير لاجتياز الحدود البحرية "
            "خلسة باتجاه إيطاليا.")
    assert [e for e in _events(text, resolver, date(2017, 4, 9)) if e.sub_event_type != "Arrests"] == []


def test_a_cell_uncovered_and_people_stopped_are_arrests_at_kebili(resolver):
    text = ("وكان الناطق الرسمي باسم منطقة الحرس الوطني بقبلي قد أكد أمس أن فرقة التوقي من الإرهاب نجحت في "
            "إيقاف 8 أشخاص يشتبه في انتمائهم إلى تنظيم إرهابي.")
    evs = _events(text, resolver, date(2016, 7, 3))
    assert [(e.sub_event_type, e.location, e.in_libya) for e in evs] == [("Arrests", "Kebili", False)]
    evs = _events("أعلنت وزارة الداخلية اليوم الكشف عن خلية تكفيرية بقبلي تتكون من 7 عناصر.", resolver, date(2016, 7, 3))
    assert [(e.sub_event_type, e.location) for e in evs] == [("Arrests", "Kebili")]
    assert [m.resolution.place.id for m in resolver.find_places("اندلع نزاع قبلي في مدينة سبها")] == ["sabha"]
