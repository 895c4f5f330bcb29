"""Issue 16: what a report says of a happening that is not one — an option weighed, a
ceasefire sought or welcomed, a launch announced (kept as context), what was done again and
again, what something cannot be. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.records import Report, report_id

PUBLISHED = date(2018, 5, 17)


def report(text: str, lang: str = "ar") -> Report:
    return Report(id=report_id(text), text=text, language=lang, published=PUBLISHED, date_precision="day")


@pytest.mark.parametrize("text", [
    "وقال قائد الجيش إن تحرير مدينة سرت وفق خطة مدروسة يعد خيارا لا رجعة عنه.",
    "The commander said an assault on Sirte was an option the army would weigh.",
])
def test_an_option_weighed_has_not_happened(resolver, text):
    assert extract(report(text), resolver) == []


@pytest.mark.parametrize("text", [
    "ولم تنجح محاولات متتالية للتوصل إلى هدنة في طرابلس خلال الأسبوع الماضي.",
    "ونشرت الجماعة المسلحة في طرابلس بيانا قالت فيه إن قائدها أيد وقف إطلاق النار.",
    "وأعلن المجلس في طرابلس سلسلة من المطالب من بينها وقف إطلاق النار.",
    "كما ينص وقف إطلاق النار على إعادة فتح مطار معيتيقة في طرابلس.",
])
def test_a_ceasefire_sought_welcomed_or_its_terms_is_no_agreement_made(resolver, text):
    assert extract(report(text), resolver) == []


def test_a_ceasefire_reached_stays_as_context(resolver):
    got = extract(report("وأعلنت الأمم المتحدة أمس التوصل إلى اتفاق لوقف إطلاق النار في طرابلس."), resolver,
                  context=True)
    assert [(e.sub_event_type, e.context) for e in got] == [("Agreement", True)], got


def test_a_launch_announced_is_kept_as_context_and_the_fighting_told_stays(resolver):
    text = ("أعلن القائد العام للقوات المسلحة المشير خليفة حفتر، الاثنين، بدء عملية عسكرية لتحرير درنة.\n"
            "وقال إن القوات تدك الآن معاقل الإرهابيين في درنة.")
    got = extract(report(text), resolver, context=True)
    assert [(e.sub_event_type, e.context) for e in got] == [
        ("Change to group/activity", True), ("Shelling/artillery/missile attack", False)], got


def test_a_launch_told_with_no_announcing_stays(resolver):
    got = extract(report("وأطلق الجيش الوطني الليبي أمس عملية عسكرية في درنة."), resolver)
    assert [e.sub_event_type for e in got] == ["Change to group/activity"], got


@pytest.mark.parametrize("text", [
    'وقالت الخزانة الأمريكية إن الجضران "هاجم مرارا وتكرارا منشآت نفطية ليبية" في الهلال النفطي.',
    "وهاجمت ميليشيات الجضران موانئ المنطقة النفطية في راس لانوف أكثر من مرة.",
    "Gunmen have repeatedly attacked the oil terminals at Es Sider.",
])
def test_what_was_done_again_and_again_is_a_tally(resolver, text):
    assert extract(report(text), resolver) == []


def test_what_something_cannot_be_is_a_view(resolver):
    assert extract(report('وشدد على أن "الاعتقال التعسفي للمهاجرين في طرابلس لا يمكن أن يكون الحل".'), resolver) == []


def test_a_man_shot_several_times_is_one_shooting(resolver):
    got = extract(report("A Saiqa Special Forces member died outside a hospital in Benghazi after he was shot "
                         "several times by unknown gunmen."), resolver)
    assert len(got) == 1, got


def test_the_but_also_of_an_act_negated_before_is_a_description(resolver):
    text = ('وقال المتحدث إن الجيش حطم "هذا المشروع" في درنة، الذي لا يستهدف الجيش المصري فحسب، بل يستهدف '
            'كل المنطقة العربية، ويستهدف كل الإسلام المعتدل.')
    assert [e for e in extract(report(text), resolver) if e.event_type == "Explosions/Remote violence"] == []


@pytest.mark.parametrize("text", [
    # a government's step in a business dispute (round twenty-seven: CNN's economy page)
    "قررت الحكومة تأميم حصة شركتين في ميناء بنغازي، في خطوة تستهدف بها الحكومة تصعيد النزاع مع الشركة.",
    # sanctions under a programme, and a plan with its adjective between
    "وقالت الوزارة إن العقوبات تأتي بموجب برنامج يستهدف من يدعمون الإرهاب في طرابلس.",
    "وأعلنت الحكومة في طرابلس سياسة نقدية تستهدف امتصاص السيولة الزائدة.",
])
def test_what_a_step_or_plan_aims_at_is_no_strike(resolver, text):
    assert extract(report(text), resolver) == []


def test_aircraft_that_target_positions_still_strike(resolver):
    got = extract(report("وقال مصدر عسكري إن طائرات حربية تستهدف مواقع التنظيم في سرت اليوم."), resolver)
    assert [e.event_type for e in got] == ["Explosions/Remote violence"], got


@pytest.mark.parametrize("text", [
    # round twenty-eight: a warrant issued abroad for a man who may be in Libya
    "أصدرت برلين مذكرة توقيف بحق رجل تونسي يشتبه بتواطئه في الاعتداء، وقد يكون حاليا في طرابلس.",
    "وأصدرت النيابة العامة في طرابلس اليوم مذكرات اعتقال بحق 20 شخصا.",
    "A court in Tripoli issued an arrest warrant for the militia leader on Monday.",
])
def test_an_arrest_warrant_is_a_court_step_not_an_arrest(resolver, text):
    assert extract(report(text, "en" if text.isascii() else "ar"), resolver) == []


def test_an_arrest_under_a_warrant_is_still_an_arrest(resolver):
    text = "وأوقفته الشرطة في مطار معيتيقة بطرابلس أمس بموجب مذكرة توقيف صدرت بحقه."
    assert [e.sub_event_type for e in extract(report(text), resolver)] == ["Arrests"]


@pytest.mark.parametrize("text", [
    # round twenty-eight: an opinion column's rhetorical question, no question mark
    "وكيف سيتعايش الناس في طرابلس بعد نهر الاغتيالات المستمر في التدفق.",
    "وهل قتل ثلاثة في اشتباكات في سبها أمس كما قيل",
])
def test_a_question_with_no_question_mark_reports_nothing(resolver, text):
    assert extract(report(text), resolver) == []


def test_disengagement_is_a_policy_not_a_clash(resolver):
    # round twenty-nine: an essay on US policy ("فك ارتباط لا فض اشتباك فقط")
    assert extract(report("وأعلن الرئيس في طرابلس فك ارتباط لا فض اشتباك فقط مع عملية السلام."), resolver) == []
    # clashes told beside their end are still clashes
    got = extract(report("وتم فض الاشتباك بين الطرفين في طرابلس أمس بعد اشتباكات عنيفة."), resolver)
    assert [e.event_type for e in got] == ["Battles"], got


@pytest.mark.parametrize("text", [
    # round thirty: what a standard aims at, a plan of two, a threat's condition
    "أعلن الوزير في طرابلس إعداد مواصفة قياسية لمكافحة الفساد والرشوة تستهدف اعلاء قيم السلوك الوظيفي.",
    "وأكد المتحدث أن الشابين كانا يخططان للقيام بهجوم في طرابلس.",
    "قال الوزير إنه سيكون مضطراً إلى إغلاق موانئ طرابلس في حال لم يتم السماح لهم.",
])
def test_aims_plans_and_conditions_are_no_happenings(resolver, text):
    assert extract(report(text), resolver) == []


@pytest.mark.parametrize("text, lang", [
    # round thirty-one: a possible attack raised at a meeting, one to avert, an imminent one
    ("وطرح المبعوث في طرابلس المخاوف المتعلقة بالهجوم المحتمل خلال اجتماعه.", "ar"),
    ("ويسعى المبعوث إلى اتفاق يسمح بتفادي هجوم على مدينة سرت.", "ar"),
    ("Officials warned of an imminent attack on Sirte.", "en"),
])
def test_a_possible_or_averted_attack_has_not_happened(resolver, text, lang):
    assert extract(report(text, lang), resolver) == []


def test_an_officials_quoted_hedge_on_a_hijacking_under_way_keeps_it(resolver):
    # round twenty-six's Malta hijacking: "possible" in quotes hedges what is happening
    text = 'وقال رئيس الوزراء في طرابلس اليوم إنه تم إبلاغه باختطاف "محتمل" لطائرة ليبية في مطار معيتيقة.'
    assert [e.sub_event_type for e in extract(report(text), resolver)] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("text, lang", [
    # round thirty-two: missiles bought, not fired
    ('ونوه الرئيس إلى أن قطر "تشتري الكثير من المعدات منا، والكثير من الطائرات الحربية والصواريخ" في طرابلس.', "ar"),
    ("The government in Tripoli bought dozens of missiles and drones last year.", "en"),
])
def test_weapons_bought_or_sold_are_not_fired(resolver, text, lang):
    assert extract(report(text, lang), resolver) == []


def test_rockets_fired_after_a_deal_are_still_fired(resolver):
    got = extract(report("وأطلقت الميليشيات صواريخ غراد على مطار معيتيقة بعد صفقة فاشلة أمس."), resolver)
    assert [e.event_type for e in got] == ["Explosions/Remote violence"], got


@pytest.mark.parametrize("text", [
    # round thirty-three: a mayor's "political battles", Egypt's statistics agency
    "وشاركت رئيسة بلدية طرابلس الجديدة في معارك سياسية وإيديولوجية خلال دراستها.",
    "ووفقا لبيانات الجهاز المركزي للتعبئة العامة والإحصاء، ارتفع التضخم في طرابلس الشهر الماضي.",
])
def test_battles_and_mobilisation_in_name_only(resolver, text):
    assert extract(report(text), resolver) == []


@pytest.mark.parametrize("text", [
    # round thirty-five: a sentence's charges ("بتهم ... من بينها"), a case's facts, its indictment
    "أصدرت محكمة في طرابلس الجمعة حكما بالسجن لمدى الحياة بحق الناشط في صفوف تنظيم القاعدة، إبراهيم هارون، بتهم "
    "ذات صلة بنشاطات إرهابية، من بينها الهجمات المميتة ضد القوات في سرت، وتقديم الدعم المادي للقاعدة، ومحاولة تفجير "
    "مقر في طرابلس، وفقاً لما أدين به في مارس الماضي.",
    "وشملت وقائع القضية ارتكاب المتهمين جريمة قتل نائب مأمور قسم شرطة في طرابلس، واستهداف سيارات الجيش في مدينة "
    "سرت، واستهداف خط الغاز في مدينة البريقة.",
    "ووجهت النيابة للمتهمين اتهامات الالتحاق بجماعة إرهابية، ووضع عبوة ناسفة بجوار مقر في طرابلس.",
    # fighters back from "the battlefields there"
    "وقال المسؤول إن تعقب المسلحين العائدين من ميادين القتال في سرت لا يزال الشاغل الرئيسي.",
])
def test_charges_of_a_case_and_battlefields_are_no_happenings(resolver, text):
    assert extract(report(text), resolver) == []


def test_a_prosecutors_news_of_an_attack_yesterday_stays(resolver):
    got = extract(report("وقالت النيابة إن مسلحين شنوا هجوما على بوابة في سرت أمس."), resolver)
    assert [e.location for e in got] == ["Sirte"], got


@pytest.mark.parametrize("text, lang", [
    # round thirty-six: a book's account of an assassination, and a film's
    ("وتكرر الأمر نفسه في قصة بيرغمان عن اغتيال المسؤول عماد مغنية في طرابلس.", "ar"),
    ("The film about the attack on Sirte won a prize on Monday.", "en"),
])
def test_what_a_book_or_film_tells_is_no_happening(resolver, text, lang):
    assert extract(report(text, lang), resolver) == []


def test_an_attack_whose_suspect_is_named_is_still_news(resolver):
    # round thirty-six: "the suspect of the stabbing at the station ... on Friday"
    text = "كشفت الشرطة هوية المشتبه به بتنفيذ هجوم الطعن في محطة القطارات بطرابلس، الجمعة، قائلة إنه يبلغ 19 عاما."
    assert [e.sub_event_type for e in extract(report(text), resolver)] == ["Attack"]
    # attacks someone is charged with, told with no day, stay charges: only the arrest is news
    got = extract(report("اعتقلت الشرطة رجلين متهمين بتنفيذ هجمات ضد الجيش في سرت."), resolver)
    assert [e.sub_event_type for e in got] == ["Arrests"], got
