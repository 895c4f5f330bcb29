"""A storming told plainly: a body that never names its town while the headline does ("...
بطرابلس"), a fight given as a verb ("تبادلوا إطلاق النار مع حراسها"), the arms the attack
told before was made with ("أن الهجوم جرى بأسلحة خفيفة وقنابل يدوية"), one dead given as a
bare noun ("سقوط قتيل"). Read on a Sky News Arabia brief of a storming in Tripoli (a tuning
round); these sentences are the team's own, in that shape."""
from __future__ import annotations

from datetime import date

from events.casualties import find_casualties
from events.extract import extract
from events.read import read_text

_BODY = ("أعلنت قوة أمنية، الاثنين، أنها استعادت مبنى الهيئة العامة للمياه بعد احتلاله من قبل مسلحين. "
         "وأشارت الأنباء إلى سقوط قتيل وعدة جرحى خلال عملية الاقتحام والقتال مع المجموعة المسلحة. "
         "وأوضحت المصادر أن المسلحين تحصنوا داخل المبنى، مشيرة إلى أن الهجوم جرى بشكل مباغت بأسلحة خفيفة وقنابل يدوية. "
         "وقال موظف إن مسلحين ملثمين هاجموا مقر الهيئة، بعدما تبادلوا إطلاق النار مع حراسها.")


def _events(resolver, title: str, body: str = _BODY, context: bool = False):
    return extract(read_text(body, title=title, published=date(2018, 9, 10)), resolver, context=context)


def test_a_body_that_names_no_town_takes_the_headlines(resolver):
    found = _events(resolver, "انتهاء أزمة الهيئة العامة للمياه بطرابلس")
    assert [(e.event_type, e.place_id, e.fatalities) for e in found] == [("Battles", "tripoli", 1)]


def test_without_a_headline_town_the_storming_stays_unplaced_context(resolver):
    assert _events(resolver, "انتهاء أزمة الهيئة العامة للمياه") == []
    assert _events(resolver, "") == []
    context = _events(resolver, "", context=True)
    assert context and all(e.place_id is None for e in context)


def test_a_headline_abroad_lends_no_libyan_town(resolver):
    # a headline naming a place abroad beside the Libyan one says the report may be set there
    assert _events(resolver, "القاهرة تتابع أزمة الهيئة العامة للمياه بطرابلس") == []


def test_a_body_with_a_town_of_its_own_keeps_it(resolver):
    body = _BODY.replace("مبنى الهيئة العامة للمياه", "مبنى الهيئة العامة للمياه في مصراتة")
    found = _events(resolver, "انتهاء أزمة الهيئة العامة للمياه بطرابلس", body)
    assert {e.place_id for e in found} == {"misrata"}


def test_the_arms_of_the_attack_told_before_are_no_blast_of_their_own(resolver):
    body = _BODY.replace("مبنى الهيئة العامة للمياه", "مبنى الهيئة العامة للمياه في طرابلس")
    found = _events(resolver, "", body)
    assert [(e.event_type, e.place_id) for e in found] == [("Battles", "tripoli")]


def test_grenades_thrown_as_a_happening_of_their_own_stay(resolver):
    body = ("هاجم مسلحون مقر الهيئة العامة للمياه في طرابلس صباح اليوم. "
            "وفي مصراتة ألقى مجهولون قنابل يدوية على مركز للشرطة مساء اليوم.")
    found = _events(resolver, "", body)
    assert ("Explosions/Remote violence", "misrata") in {(e.event_type, e.place_id) for e in found}


def test_an_exchange_of_fire_given_as_a_verb_is_a_fight(resolver):
    body = "وقال شاهد إن مسلحين هاجموا مقر الشركة العامة للكهرباء في طرابلس بعدما تبادلوا إطلاق النار مع حراسها."
    found = _events(resolver, "", body)
    assert [e.event_type for e in found] == ["Battles"]
    # without the exchange, the seat of an institution attacked at work is its staff attacked
    alone = _events(resolver, "", "وقال شاهد إن مسلحين هاجموا مقر الشركة العامة للكهرباء في طرابلس صباح اليوم.")
    assert [e.event_type for e in alone] == ["Violence against civilians"]


def test_one_dead_or_wounded_given_as_a_bare_noun():
    assert find_casualties("أسفر الهجوم عن سقوط قتيل وعدة جرحى", "ar").killed == 1
    assert find_casualties("الانفجار خلف جريحا", "ar").wounded == 1
    one = find_casualties("سقوط قتيل و3 جرحى", "ar")
    assert (one.killed, one.wounded) == (1, 3)
    assert find_casualties("أسفرت الاشتباكات عن سقوط قتيلين", "ar").killed == 2
    # the plural with no figure is no count
    none = find_casualties("سقوط قتلى وجرحى", "ar")
    assert (none.killed, none.wounded) == (None, None)


def test_an_institutions_seat_stormed_is_its_staff_attacked(resolver):
    stormed = _events(resolver, "", "كما اقتحمت مجموعة مسلحة مقر المؤسسة الوطنية للنفط في طرابلس أمس.")
    assert [(e.event_type, e.actor2) for e in stormed] == [("Violence against civilians", "Civilians")]
    # a mosque stormed with nobody hurt is property attacked
    mosque = _events(resolver, "", "اقتحم مسلحون مسجدا في طرابلس أمس وحطموا الأضرحة.")
    assert [e.sub_event_type for e in mosque] == ["Looting/property destruction"]
