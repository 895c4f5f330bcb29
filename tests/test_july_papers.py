"""SaudiNewsNet round eighteen (July 2015, benchmarks/gold/snn_tune_r18.jsonl): wire copy that
gives every sentence its own line and quotes its commanders, a minister's visit abroad, a
plot foiled, an arrest by a neighbour's police. The sentences are the team's own, in the shape
of those articles:

- a "today" in a quote goes with the day the story told (the commander said it on the
  day of the fighting), and the quotes after it go on with that day;
- what an air force "blew up" it struck from the air;
- an attempt "during a visit to Tunisia" happened in Tunisia;
- what a foiled attack "was aimed at" is no strike of its own;
- "the Tunisian security authorities" are Tunisia's forces, and an arrest told with them and
  no place is in Tunisia;
- "a Libyan citizen" is a person's nationality, not where it happened;
- a plot "to assassinate" someone kills nobody."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

FRIDAY = date(2015, 7, 24)


def _events(text: str, resolver, context: bool = False, published: date = FRIDAY):
    return extract(read_text(text, published=published), resolver, context=context)


WIRE = ("قالت مصادر طبية إن ثلاثة جنود قتلوا يوم الأربعاء في اشتباكات في حي الليثي ببنغازي.\n"
        "وقال مسؤولون عسكريون إن الجيش شن هجوما جديدا على المسلحين يوم الأربعاء.\n"
        "والحي محاصر منذ الشتاء الماضي. وتقول السلطات إنها ستواصل عملياتها.\n"
        "وقال قائد ميداني: «قواتنا اليوم تقدمت في حي الليثي واستخدمنا الأسلحة الثقيلة».\n"
        "وقال متحدث باسم القوات الجوية: «سلاح الجو قصف تمركزات المسلحين في حي الليثي».\n")


def test_a_quotes_today_is_the_day_its_story_told(resolver):
    evs = _events(WIRE, resolver)
    assert evs
    assert {e.event_date for e in evs} == {date(2015, 7, 22)}
    assert any(e.sub_event_type == "Air/drone strike" for e in evs)


def test_a_quotes_today_with_no_day_told_before_is_the_reports(resolver):
    text = "وقال قائد ميداني: «قواتنا اليوم تقدمت في حي الليثي ببنغازي بعد اشتباكات عنيفة مع المسلحين»."
    evs = _events(text, resolver)
    assert evs and {e.event_date for e in evs} == {FRIDAY}


def test_what_an_air_force_blew_up_it_struck_from_the_air(resolver):
    evs = _events("وقال المتحدث: «قام سلاح الجو أمس بتفجير مخزن ذخيرة للمجموعات الإرهابية في حي الليثي ببنغازي».",
                  resolver)
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Explosions/Remote violence", "Air/drone strike")]
    assert "air force" in (evs[0].actor1 or "")


def test_a_car_bomb_with_a_force_named_still_hit_the_force(resolver):
    evs = _events("انفجرت سيارة مفخخة أمس أمام مقر للجيش في بنغازي وقتلت جنديين.", resolver)
    assert evs and evs[0].sub_event_type != "Air/drone strike"


def test_an_attempt_during_a_visit_abroad_happened_there(resolver):
    text = "تعرض وزير الداخلية الليبي لمحاولة اغتيال خلال زيارة خاصة إلى تونس."
    assert _events(text, resolver) == []
    told = _events(text, resolver, context=True)
    assert told and all(e.in_libya is False for e in told)
    assert {e.location for e in told} == {"Tunisia"}


def test_what_a_foiled_attack_was_aimed_at_is_no_strike(resolver):
    assert _events("أحبطت الأجهزة الأمنية أمس محاولة تفجير كانت تستهدف مقر مديرية الأمن في بنغازي.", resolver) == []


def test_an_attack_that_was_aimed_at_a_gate_and_killed_stays(resolver):
    evs = _events("قالت مصادر إن هجوما كان يستهدف بوابة للجيش في سرت أمس أسفر عن مقتل جنديين.", resolver)
    assert [e.location for e in evs] == ["Sirte"]
    assert evs[0].fatalities == 2


def test_a_neighbours_security_authorities_are_its_forces_and_arrest_at_home(resolver):
    text = ("اشتباكات عنيفة في طرابلس أمس بين كتيبتين.\n"
            "وقال الوزير إن شخصا تم اعتقاله بعدما أرشد عنه مواطن، وتم ذلك بالتنسيق مع السلطات الأمنية التونسية.")
    evs = _events(text, resolver)
    assert [e.event_type for e in evs] == ["Battles"]
    told = _events(text, resolver, context=True)
    arrests = [e for e in told if e.sub_event_type == "Arrests"]
    assert arrests and all(e.in_libya is False and e.location is None for e in arrests)
    assert any("Tunisian" in (e.actor1 or "") + (e.actor2 or "") for e in arrests)


def test_a_libyan_citizen_is_no_place(resolver):
    evs = _events("اعتقلت قوات الأمن مواطنا ليبيا أمس في مدينة مدنين.", resolver)
    assert [(e.location, e.in_libya) for e in evs] == [("Medenine", False)]


def test_a_plot_to_assassinate_kills_nobody(resolver):
    text = ("وشكرت الوزارة السلطات التونسية على إحباط المخطط الإرهابي الجبان لاغتيال الوزير، "
            "وذلك بالقبض على الإرهابي في تونس أمس.")
    told = _events(text, resolver, context=True)
    assert told and all(not e.fatalities for e in told)
