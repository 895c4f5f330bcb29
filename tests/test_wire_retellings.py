"""Round thirty-one (benchmarks/gold/snn_tune_r31.jsonl): Libya-focused wire stories of July 2015.
The sentences are the team's own, in the shape of its articles:

- warplanes that "attacked" a ship (طائرات حربية ... هاجمت سفينة) struck it from the air, not a
  clash on the ground; gunmen who attack after the aircraft are named still fight one;
- "no independent confirmation of the attack near X, the latest attack targeting ships"
  (أحدث هجوم يستهدف سفنا) tells that attack again, not a second one placed at the report's town;
- "IS used a security vacuum (فراغا أمنيا) to spread, slaughter foreigners and kidnap others" is
  a wire's background, as "used the chaos" was (the ف of فراغا is no conjunction);
- a boat the coast guard stopped off the coast (أوقف خفر السواحل زورقه قبالة الساحل) is an
  interception at sea, no arrest;
- a feature's happening dated only "a month ago" (قبل شهر) is recalled in passing: context; the
  same sentence in a short dispatch stays its event.
"""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

PUBLISHED = date(2015, 7, 21)


def _events(text: str, resolver, published: date = PUBLISHED, context: bool = False):
    return extract(read_text(text, published=published), resolver, context=context)


def test_warplanes_that_attacked_a_ship_made_an_air_strike(resolver):
    text = "أعلن متحدث عسكري أمس أن طائرات حربية أغرقت سفينة وهاجمت سفينة ثانية قرب مدينة بنغازي."
    (e,) = _events(text, resolver)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert e.location == "Benghazi"


def test_gunmen_named_after_the_aircraft_still_fight(resolver):
    text = "حلقت طائرات فوق المدينة ثم هاجم مسلحون بوابة أمنية في مدينة بنغازي أمس."
    events = _events(text, resolver)
    assert events and all(e.event_type == "Battles" for e in events)


def test_the_latest_attack_targeting_ships_is_the_attack_told_before(resolver):
    text = ("قال متحدث عسكري إن طائرات حربية قصفت أمس سفينة قرب مدينة بنغازي.\n"
            "ولم يصدر تأكيد مستقل للهجوم الذي وقع قرب الميناء وهو أحدث هجوم يستهدف سفنا في ليبيا حيث "
            "تتنازع حكومتان على السلطة.\n"
            "ولا تزال العاصمة طرابلس بيد حكومة ثانية.")
    (e,) = _events(text, resolver)
    assert e.location == "Benghazi" and e.event_type == "Explosions/Remote violence"


def test_what_a_group_did_with_a_security_vacuum_is_background(resolver):
    text = ("واستغل تنظيم داعش فراغا أمنيا للتوسع في ليبيا وذبح أجانب وخطف آخرين في الوقت الذي هاجم فيه "
            "سفارات أجنبية في طرابلس.")
    assert _events(text, resolver) == []


def test_a_boat_stopped_off_the_coast_is_no_arrest(resolver):
    text = ("ويقيم الشاب في مركز الإيواء منذ أسبوعين، بعد أن أوقف خفر السواحل زورقه قبالة ساحل زوارة.")
    assert _events(text, resolver) == []


def test_an_arrest_off_the_coast_without_a_boat_or_migrants_stays(resolver):
    (e,) = _events("اعتقلت قوة أمنية أمس مطلوبا في مدينة زوارة.", resolver)
    assert e.sub_event_type == "Arrests"


_STRIKE = "وجاء ذلك بعد الغارة الأميركية على قيادي في تنظيم القاعدة جنوب مدينة إجدابيا قبل شهر."
_ANALYSIS = [
    "ويرى محللون أن التنظيم يسعى إلى بسط نفوذه على الموانئ النفطية في وسط البلاد وأن خطابه تغير كثيرا.",
    "ويقول نائب في البرلمان إن الانقسام السياسي يضعف قدرة السلطات على مراقبة السواحل والحدود الجنوبية.",
    "وتعتمد البلاد على صادرات النفط بشكل شبه كامل، وتملك شركات أجنبية حقوقا في حقول عدة منذ عقود.",
    "ويشير باحث في مركز للدراسات إلى أن قدرة التنظيم على بيع النفط محدودة لأن السواحل مكشوفة للمراقبة.",
    "ويضيف أن الشباب العاطلين عن العمل في المدن الساحلية هم الجمهور الذي يتوجه إليه هذا الخطاب الجديد.",
]


def test_a_feature_s_happening_dated_a_month_ago_is_context(resolver):
    paragraphs = [_ANALYSIS[k % len(_ANALYSIS)] for k in range(90)]
    paragraphs.insert(3, _STRIKE)
    text = "\n".join(paragraphs)
    assert len(text) > 8000  # recalled.FEATURE_CHARS: an analysis, not a dispatch
    assert _events(text, resolver) == []
    (e,) = _events(text, resolver, context=True)
    assert e.context and e.location == "Ajdabiya"


def test_a_dispatch_s_happening_dated_a_month_ago_stays(resolver):
    (e,) = _events(_STRIKE, resolver)
    assert not e.context and e.location == "Ajdabiya"
