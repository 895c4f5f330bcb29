"""Round thirty-three (benchmarks/gold/snn_tune_r33.jsonl): a page of Syria's fronts of July
2015. The sentences are the team's own, in the shape of its articles:

- the day a battle began ("المعركة التي بدأت في 4 يوليو") is no day the next paragraphs go on
  with, as the day a state began ("منذ 25 يونيو") was not;
- "in the countryside of" or "the governorate of" (ريف درعا، محافظة السويداء) is a cue for a
  name that is also a word (درعا: a shield; السويداء);
- fighting "now" in a quarter of a town abroad (في حي النشوة جنوبي مدينة الحسكة خلال المعارك
  الحالية) is fighting at a new place, not the battle told before;
- the number of barrels and rockets dropped on a town over sixteen days (وثقت عدد البراميل
  والصواريخ) is a tally;
- Hasakah, Suwayda, al-Tha'la airbase, al-Bab (as a city), Jabal al-Turkman are places abroad;
- the women a threat names by what was done to them ("بإعدام نساء خطفهن") are no abduction told.
"""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

PUBLISHED = date(2015, 7, 21)


def _events(text: str, resolver, published: date = PUBLISHED, context: bool = False):
    return extract(read_text(text, published=published), resolver, context=context)


def test_the_day_a_battle_began_is_no_day_of_the_next_paragraph(resolver):
    text = ("بعد ثلاثة أسابيع من حصار مدينة الزبداني، بدلت القوات خطة المعركة التي بدأت في 4 يوليو الحالي.\n"
            "وفي موازاة ذلك انفجرت سيارة مفخخة في باب الجابية بوسط العاصمة دمشق ما أدى إلى إصابة كثيرين.")
    events = _events(text, resolver)
    assert [e.location for e in events] == ["Damascus"]
    assert events[0].event_date == PUBLISHED and not events[0].context


def test_the_countryside_of_daraa_is_daraa(resolver):
    (e,) = _events("قصف لواء من المعارضة أمس بقذائف الهاون تلة يسيطر عليها النظام في ريف درعا.", resolver)
    assert e.location == "Daraa" and e.in_libya is False


def test_a_shield_is_no_daraa(resolver):
    events = _events("واستخدم المسلحون المدنيين درعا بشريا في الاشتباكات في مدينة سرت أمس.", resolver, context=True)
    assert events and all(e.location != "Daraa" for e in events)


def test_fighting_now_in_a_quarter_of_a_town_abroad_is_a_new_place(resolver):
    text = ("قصف الطيران الحربي أمس مناطق في ريف حلب.\n"
            "وقالت المصادر إن مقاتلي التنظيم حققوا تقدما في حي النشوة جنوبي مدينة الحسكة خلال المعارك الحالية "
            "مع قوات النظام.")
    assert "Hasakah" in [e.location for e in _events(text, resolver)]


def test_barrels_and_rockets_counted_over_days_are_a_tally(resolver):
    text = ("وأعلنت تنسيقيات المعارضة أنها وثقت عدد البراميل والصواريخ والقذائف التي ألقيت على مدينة الزبداني "
            "خلال 16 يوما، وهي 650 برميلا وأكثر من 1500 صاروخ غراد.")
    assert _events(text, resolver) == []


def test_a_strike_told_with_its_day_stays(resolver):
    (e,) = _events("قصف الطيران الحربي أمس مدينة الزبداني بعشرات البراميل المتفجرة.", resolver)
    assert e.location == "Zabadani" and e.event_type == "Explosions/Remote violence"


def test_the_airbase_and_the_city_of_al_bab(resolver):
    (e,) = _events("تجددت الاشتباكات أمس بين قوات النظام والفصائل المعارضة في محيط مطار الثعلة.", resolver)
    assert e.location == "Al-Tha'la airbase"
    (e,) = _events("استهدف الطيران الحربي أمس قرية في ريف مدينة الباب شرقي حلب.", resolver)
    assert e.location == "Al-Bab"


def test_whom_a_threat_names_is_no_abduction_told(resolver):
    text = ("هدد تنظيم داعش في أواخر يوليو الماضي بإعدام نساء خطفهن من محافظة السويداء جنوبي سوريا.")
    assert _events(text, resolver, date(2018, 8, 3)) == []
