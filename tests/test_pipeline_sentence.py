"""The sentence stages, each on sentences in the shape of the Arabic and English reports:
what it keeps, what it drops, and what it hands to the next stage."""
from __future__ import annotations

from datetime import date

import pytest

import geo
from events import pipeline
from events.extract import new_doc
from events.pipeline import background, figures, lang, triggers, where
from events.pipeline.explain import Trace
from events.records import Report, report_id
from events.event_types import load_triggers
from events.sentences import tokenize


@pytest.fixture(scope="module")
def resolver():
    return geo.Resolver(offline=True)


def report(text: str) -> Report:
    lang_ = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    return Report(id=report_id(text), text=text, language=lang_, published=date(2019, 4, 7), date_precision="day")


def upto(text: str, resolver, stage: str, si: int = -1):
    """(doc, clause, what the stage returned) for sentence ``si`` after the sentences before it
    went through every stage and this one through the stages up to ``stage``; None when an
    earlier stage stopped it."""
    doc = new_doc(report(text), resolver, Trace())  # a trace keeps every trigger matched
    for _n, fn in pipeline.REPORT_STAGES:
        fn(doc)
    si %= len(doc.sentences)
    for k in range(si):
        c = pipeline.clause(doc, k)
        for _n, fn in pipeline.SENTENCE_STAGES:
            if not fn(doc, c):
                break
    c = pipeline.clause(doc, si)
    for name, fn in pipeline.SENTENCE_STAGES:
        ok = fn(doc, c)
        if name == stage:
            return doc, c, ok
        if not ok:
            return doc, c, None
    raise AssertionError(f"no stage {stage}")


def phrases(c, ts) -> list[str]:
    return [triggers.phrase(c, t) for t in ts]


# --- triggers -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,rule", [
    ("وقال إن الجيش سيقاتل حتى استعادة درنة.", "purpose"),
    ("The LNA threatened to attack Misrata.", "purpose"),
    ("ومرت الليلة في المدينة دون اشتباكات.", "negated"),
    ("It is not known if there were any arrests in Sirte.", "negated"),
    ("GNA forces backed by US air strikes entered the city.", "support"),
    ("وتثير إيران المشاكل في المنطقة إلى جانب دعمها لميليشيات تقاتل في سوريا.", "support"),  # who it backs
    ("وأفرجت السلطات عن شخص متهم في عمليات اغتيال.", "accusation"),
    ("ودعا إلى التحقيق في دور دولة أجنبية في الاغتيالات.", "accusation"),  # a part in them, described
    ("وبعد استكمال تحرير بنغازي، توجهت القوات إلى الجنوب.", "a point in time"),
    ("وهي جماعة سعت في السابق للسيطرة على الهلال النفطي.", "purpose"),  # ground to be taken
    ("وتحدثت مصادر عن تنسيق مكثف بين الجانبين قبل انطلاق عملية درنة.", "a point in time"),
    ("ويواجه الرئيس ضغوطا داخلية لتنفيذ المزيد من الضربات على التنظيم في سرت.", "purpose"),  # more to be made
])
def test_triggers_that_report_no_happening(text, rule, resolver):
    doc, c, _ok = upto(text, resolver, "triggers")
    dropped = [t for t in c.matched if t not in c.found]
    assert dropped and all(triggers.why_not_happening(c.tokens, t).startswith(rule) for t in dropped)


@pytest.mark.parametrize("text", [
    "وقضت المحكمة بسجنه المؤبد بعد إدانته بالهجوم على نقطة تفتيش في الجفرة والذي أسفر عن مقتل 5 جنود.",
    "A court jailed him for life after convicting him of the attack on a checkpoint which killed five soldiers.",
    # round twenty-eight: the deaths follow the attack through a verb of consequence
    "وقالت الشرطة إن رجلا يشتبه بتواطئه في الاعتداء الذي استهدف سوقا في برلين وأسفر عن مقتل 12 شخصا.",
])
def test_the_deaths_of_an_attack_someone_is_convicted_of_are_no_news(text, resolver):
    _doc, c, ok = upto(text, resolver, "triggers")
    assert not ok and c.matched and not c.found, phrases(c, c.matched)


def test_deaths_told_after_a_charge_with_no_relative_link_stay(resolver):
    # the arrest of the accused and the clash that killed two are news of their own
    _doc, c, ok = upto("اعتقلت قوات الأمن متهما بالتفجير بعد اشتباك قتل فيه اثنان من أفرادها.", resolver, "triggers")
    assert ok and c.found, phrases(c, c.matched)


def test_a_trigger_told_as_it_happened_is_kept(resolver):
    _doc, c, ok = upto("LNA forces continued to attack Derna on Sunday.", resolver, "triggers")
    assert ok and phrases(c, c.found) == ["attack"]
    _doc, c, ok = upto("LNA forces moved in order to attack Derna on Sunday.", resolver, "triggers")
    assert not ok and phrases(c, c.matched) == ["attack"]
    # more strikes made, not to be made
    _doc, c, ok = upto("وشنت الطائرات المزيد من الغارات على مواقع التنظيم في سرت أمس.", resolver, "triggers")
    assert ok and phrases(c, c.found) == ["الغارات"]


def test_circumstance_does_not_decide_the_type(resolver):
    _doc, c, _ok = upto("Clashes between two armed groups killed five in Sabha, as rockets landed near homes.",
                        resolver, "circumstance")
    clash, rockets = c.found[0], c.found[-1]
    assert triggers.phrase(c, rockets).startswith("rocket")
    assert rockets.trigger.priority < clash.trigger.priority


def test_language_rules_are_picked_by_script():
    ar, en = tokenize("الهجوم")[0], tokenize("attack")[0]
    assert lang.for_token(ar) is lang.ar and lang.for_token(en) is lang.en
    assert lang.ar.definite(ar) and not lang.ar.definite(tokenize("هجوم")[0])
    toks = tokenize("the second bomb")
    assert lang.en.definite_at(toks, 2) and not lang.en.definite_at(tokenize("a bomb"), 1)


def test_a_language_is_a_module_of_rules(monkeypatch):
    # A Latin-script language of its own: "pour" before a trigger is an aim.
    class French:
        @staticmethod
        def is_purpose(tokens, t):
            return t.first > 0 and tokens[t.first - 1].key == "pour"

    monkeypatch.setitem(lang.RULES, "fr", French)
    toks = tokenize("pour attack")
    t = next(m for m in load_triggers().find(toks) if toks[m.first].orig == "attack")
    assert triggers.is_purpose(toks, t, "fr") and not triggers.is_purpose(toks, t, "en")
    assert lang.for_token(tokenize("هجوم")[0], "fr") is lang.ar


# --- background -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,how", [
    ("يذكر أن الغارات الأجنبية ليست جديدة على ليبيا.", "opens with 'يذكر'"),
    ("وكانت القوات قد سيطرت على المدينة.", "pluperfect 'وكانت ... قد'"),
    ("Previously, the LNA shelled the town.", "opens with 'previously'"),
    ("قصفت طائرات مواقع في سرت.", ""),
])
def test_opens_as_background(text, how):
    assert background.opens_as_background(tokenize(text)) == how


def test_background_with_a_day_of_its_own_is_news(resolver):
    _doc, c, ok = upto("وكانت القوات قد سيطرت على مدينة درنة يوم الجمعة.", resolver, "background")
    assert ok is True
    _doc, c, ok = upto("وكانت القوات قد سيطرت على مدينة درنة.", resolver, "background")
    assert ok is False


def test_weak_only_figures_join_the_event_told_before(resolver):
    doc, c, ok = upto("Clashes erupted in Sirte on Sunday between LNA forces and ISIS. Five fighters were killed.",
                      resolver, "weak_only")
    assert ok is False and doc.drafts[-1].fatalities == 5


def test_weak_only_with_no_figure_is_the_war_in_general(resolver):
    _doc, _c, ok = upto("وأكد أنه تم الوصول إلى مرحلة مهمة على طريق حسم المعركة ضد الميليشيات.", resolver, "weak_only")
    assert ok is False


def test_no_ground_no_capture(resolver):
    _doc, c, ok = upto("أعلن الجهاز استعادته 10 سودانيين من صفوف تنظيم داعش.", resolver, "no_ground")
    assert ok is False and c.found == []
    _doc, c, ok = upto("أعلن الجيش استعادته مدينة درنة.", resolver, "no_ground")
    assert ok is True and phrases(c, c.found) == ["استعادته"]


# --- told again -----------------------------------------------------------------------------

def test_restated_strikes_give_their_dead_to_the_strikes_told(resolver):
    text = "شنت طائرات حربية غارات على مواقع في درنة يوم الأحد. وقتل أكثر من 80 متشددا في تلك الغارات."
    doc, c, ok = upto(text, resolver, "retold_figures")
    assert phrases(c, c.restated) == ["الغارات"]
    assert ok is False and (doc.drafts[-1].fatalities, doc.drafts[-1].fatalities_lb) == (80, True)


def test_a_blame_sentence_names_the_author_and_makes_no_event(resolver):
    text = ("Three people were killed in an air strike on Tajoura on Sunday. "
            "The Tripoli government blamed the strike on forces loyal to Haftar.")
    doc, c, _ok = upto(text, resolver, "blame")
    assert c.found == [] and doc.drafts[0].roles.actor1.name_en == "LNA"


def test_the_attack_told_again_gives_its_author(resolver):
    text = ("قتل ثلاثة أشخاص في هجوم انتحاري على مركز للشرطة في مدينة زليتن يوم الأحد. "
            "وأعلن تنظيم داعش مسؤوليته عن الهجوم.")
    doc, c, ok = upto(text, resolver, "told_again")
    assert ok is False and doc.drafts[0].roles.actor1.name_en == "ISIS"


# --- happenings, casualties, drafts ---------------------------------------------------------

def test_two_targets_in_two_places_are_two_happenings(resolver):
    text = "وأفاد المحجوب باستهداف مخزن للأسلحة تابع لميليشيات طرابلس، مشيرا إلى إصابة رتل للميليشيات واستهداف عدد من المواقع في عين زارة."
    _doc, c, _ok = upto(text, resolver, "happenings")
    assert [phrases(c, h.triggers) for h in c.happenings] == [["باستهداف"], ["واستهداف"]]
    assert [[p.place.name_en for p in h.places] for h in c.happenings] == [["Tripoli"], ["Ain Zara"]]


def test_figures_go_to_the_happening_that_holds_them(resolver):
    text = ("اندلعت اشتباكات في مدينة سبها أسفرت عن مقتل 4 أشخاص، وقصفت طائرات مواقع في مدينة مرزق "
            "ما أدى إلى إصابة 7 آخرين.")
    _doc, c, _ok = upto(text, resolver, "casualties")
    assert len(c.happenings) == 2
    assert [(x.killed, x.wounded) for x in c.casualties] == [(4, None), (None, 7)]


def test_a_list_of_places_gives_a_draft_per_place_and_splits_the_dead(resolver):
    # the dead are counted once, split between the places as ACLED splits them (its notes:
    # "Fatalities split between events"), the remainder to the first places
    text = "حرر الجيش الوطني مناطق عدة في محاور صلاح الدين والخلة وعين زارة، ومقتل 5 من المسلحين."
    doc, _c, _ok = upto(text, resolver, "drafts")
    assert [d.place.place.name_en for d in doc.drafts] == ["Salah al-Din", "Khallat al-Furjan", "Ain Zara"]
    assert [d.fatalities for d in doc.drafts] == [2, 2, 1]


def test_where_abroad_gives_no_place():
    assert where.happens_abroad(tokenize("وقع انفجار في القاهرة أمس"))
    assert where.happens_abroad(tokenize("explosion in Cairo"))
    assert not where.happens_abroad(tokenize("وفد من القاهرة زار طرابلس"))


def test_figures_last_told_is_the_first_place_of_a_list(resolver):
    doc, _c, _ok = upto("سيطر الجيش على مدينتي سبها ومرزق يوم الأحد.", resolver, "drafts")
    assert len(doc.drafts) == 2 and figures.last_told(doc.drafts) is doc.drafts[0]
