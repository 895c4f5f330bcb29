"""Extraction on short Arabic and English reports, sentences, lexicons and edge cases."""
from __future__ import annotations

from datetime import date

import pytest

import geo
from events.errors import LexiconError, ReportError
from events.event_types import EVENT_TYPES, SUB_EVENT_TYPES, load_triggers, read_triggers_csv, TRIGGER_COLUMNS
from events.extract import extract, place_mentions
from events.records import Report, report_id
from events.sentences import split_sentences

DAY = date(2016, 6, 22)


@pytest.fixture(scope="module")
def resolver():
    return geo.Resolver(offline=True)


def report(text: str, published: date | None = DAY, precision: str = "day", lang: str | None = None) -> Report:
    if lang is None:
        lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    return Report(id=report_id(text), text=text, language=lang, published=published,
                  date_precision=precision if published else "unknown")


def one(text: str, resolver, **kw):
    got = extract(report(text, **kw), resolver)
    assert len(got) == 1, [e.to_dict() for e in got]
    return got[0]


# --- sentences ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("وأكد المسماري، خلال مؤتمر صحفي له اليوم الأحد، \nأن غارة أمريكية استهدفت مسلحي داعش.",
     ["وأكد المسماري، خلال مؤتمر صحفي له اليوم الأحد، \nأن غارة أمريكية استهدفت مسلحي داعش."]),
    ("قتل 3 في سرت؛ وجرح 5. هل انتهت المعارك؟ لا!", ["قتل 3 في سرت؛", "وجرح 5.", "هل انتهت المعارك؟", "لا!"]),
    ("Title line\n\nThe U.S. said 2.3 million fled. Mr. Smith left.",
     ["Title line", "The U.S. said 2.3 million fled.", "Mr. Smith left."]),
    ('He said "Stop. Now." Then he left.', ['He said "Stop. Now."', "Then he left."]),
    ("كهيئة استشارية.وقد عززت الميليشيات سلطتها", ["كهيئة استشارية.", "وقد عززت الميليشيات سلطتها"]),
    ("   \n\n  ", []),
])
def test_sentences(text, want):
    got = split_sentences(text)
    assert [s.text for s in got] == want
    for s in got:
        assert text[s.start:s.end] == s.text


def test_sentence_spans_on_every_seed_sentence():
    from tests.conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    got = split_sentences(text)
    assert len(got) > 15
    for s in got:
        assert text[s.start:s.end] == s.text and s.text == s.text.strip()


# --- lexicon of triggers --------------------------------------------------------------------

def test_acled_types_exactly():
    assert len(EVENT_TYPES) == 6 and len(SUB_EVENT_TYPES) == 25
    assert EVENT_TYPES["Explosions/Remote violence"][1] == "Air/drone strike"
    used = {t.sub_event_type for t in load_triggers().triggers if t.flag != "ignore"}
    assert used <= set(SUB_EVENT_TYPES)
    # Every sub-type but the rarest has trigger words in the lexicon.
    assert len(used) >= 24


def test_bad_trigger_lexicon_is_a_clear_error():
    header = ",".join(TRIGGER_COLUMNS)
    with pytest.raises(LexiconError, match="ACLED"):
        read_triggers_csv(header + "\nen,boom,Battles,Air/drone strike,50,0.5,,\n")
    with pytest.raises(LexiconError, match="priority"):
        read_triggers_csv(header + "\nen,boom,Battles,Armed clash,high,0.5,,\n")
    with pytest.raises(LexiconError, match="header"):
        read_triggers_csv("a,b\n1,2\n")


# --- English ------------------------------------------------------------------------------

def test_english_car_bomb(resolver):
    e = one("On 22 June, a car bomb exploded outside a mosque in Benghazi, killing five people.", resolver)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert e.place_id == "benghazi" and e.geo_precision == 1 and e.admin1 == "Benghazi"
    assert e.fatalities == 5 and e.event_date == DAY and e.date_precision == "day"


def test_english_clash_with_actors(resolver):
    e = one("Libyan National Army forces clashed with Islamic State militants in Sirte on 20 June, "
            "leaving 3 dead and 7 wounded.", resolver)
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")
    assert (e.actor1, e.actor2) == ("LNA", "ISIS")
    assert (e.fatalities, e.injuries) == (3, 7) and e.event_date == date(2016, 6, 20)
    assert e.place_id == "sirte"


def test_english_airstrike_relative_place(resolver):
    e = one("An airstrike hit a training camp 20 km south of Sirte on 21 June.", resolver)
    assert e.sub_event_type == "Air/drone strike"
    assert e.place_id == "sirte" and e.geo_precision == 2


def test_english_territory_by_state_and_non_state(resolver):
    e = one("The LNA said it took control of Ganfouda.", resolver)
    assert e.sub_event_type == "Government regains territory" and e.actor1 == "LNA"
    e = one("Islamic State fighters seized control of Sirte.", resolver)
    assert e.sub_event_type == "Non-state actor overtakes territory" and e.actor1 == "ISIS"


def test_english_civilians_abducted(resolver):
    e = one("Gunmen abducted a student in Tripoli.", resolver)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")
    assert e.actor2 == "Civilians"


def test_english_protest(resolver):
    e = one("Hundreds of residents held a protest in Misrata against power cuts.", resolver)
    assert e.event_type == "Protests" and e.actor1 == "Protesters"


def test_negated_intended_and_purpose_triggers_make_no_event(resolver):
    assert extract(report("It is not known if there were any arrests in Sabha."), resolver) == []
    assert extract(report("The LNA threatened to attack Derna."), resolver) == []
    assert extract(report("They fought in a bid to seize Sirte.", published=DAY), resolver)[0].sub_event_type == "Armed clash"


def test_casualty_only_sentence_joins_the_event_before_it(resolver):
    got = extract(report("Several air strikes targeted militants near Ajdabiya. 3 people killed."), resolver)
    assert len(got) == 1
    assert got[0].sub_event_type == "Air/drone strike" and got[0].fatalities == 3
    assert got[0].place_id == "ajdabiya" and got[0].geo_precision == 2  # "near"


# --- Arabic -------------------------------------------------------------------------------

def test_arabic_air_strike_on_isis(resolver):
    e = one("قصفت طائرات حربية مواقع لتنظيم داعش في سرت أمس.", resolver)
    assert e.sub_event_type == "Air/drone strike"  # قصف + an air word
    assert e.actor2 == "ISIS" and e.place_id == "sirte"
    assert e.event_date == date(2016, 6, 21)


def test_arabic_shelling_and_casualties(resolver):
    e = one("سقطت قذائف هاون على حي سكني في بنغازي، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين.", resolver)
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert (e.fatalities, e.injuries) == (3, 5)
    assert e.actor2 == "Civilians"


def test_arabic_arrests_and_relative_place(resolver):
    e = one("اعتقلت قوة الردع ثلاثة أشخاص شرق طرابلس.", resolver)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Arrests")
    assert e.actor1 == "Rada Special Deterrence Force"
    assert e.place_id == "tripoli" and e.geo_precision == 2


def test_arabic_purpose_is_not_a_happening(resolver):
    e = one("أطلق الجيش الوطني الليبي عملية عسكرية لتحرير مدينة درنة.", resolver)
    assert e.sub_event_type == "Change to group/activity" and e.actor1 == "LNA"


def test_sentence_without_place_inherits_the_main_place(resolver):
    got = extract(report("اشتباكات عنيفة في مدينة سبها.\nوتجددت الاشتباكات مساء اليوم بالأسلحة الثقيلة بين قبيلتين."), resolver)
    assert len(got) == 1  # the same clash, same day, same place: one event
    got = extract(report("اشتباكات عنيفة في مدينة سبها.\nوفي اليوم التالي أسقطت قوات مجهولة طائرة."), resolver)
    inherited = [e for e in got if e.sub_event_type == "Disrupted weapons use"]
    assert inherited and inherited[0].place_id == "sabha" and inherited[0].geo_precision == 2
    assert inherited[0].confidence < got[0].confidence


# --- dates --------------------------------------------------------------------------------

def test_report_without_date_gives_unknown_precision(resolver):
    got = extract(report("Clashes erupted in Sirte.", published=None), resolver)
    assert len(got) == 1
    assert got[0].event_date is None and got[0].date_precision == "unknown"


def test_report_date_precision_is_carried(resolver):
    e = one("Clashes erupted in Sirte.", resolver, published=date(2016, 6, 1), precision="month")
    assert e.event_date == date(2016, 6, 1) and e.date_precision == "month"
    exact = one("Clashes erupted in Sirte.", resolver)
    estimated = one("Clashes erupted in Sirte.", resolver, precision="estimated")
    assert estimated.date_precision == "day" and estimated.confidence < exact.confidence


def test_absolute_date_without_report_date(resolver):
    e = one("Clashes erupted in Sirte on 4 April 2019.", resolver, published=None)
    assert e.event_date == date(2019, 4, 4) and e.date_precision == "day"


# --- edge cases ---------------------------------------------------------------------------

def test_no_trigger_no_event(resolver):
    assert extract(report("Tripoli, Benghazi and Misrata are the largest cities of Libya."), resolver) == []
    assert extract(report("طرابلس وبنغازي ومصراتة أكبر مدن ليبيا."), resolver) == []


def test_empty_and_bad_input(resolver):
    assert extract(report("   \n "), resolver) == []
    with pytest.raises(ReportError, match="needs a Report"):
        extract("Clashes in Sirte", resolver)
    with pytest.raises(ReportError, match="needs a Report"):
        place_mentions(None, resolver)


def test_event_without_any_place(resolver):
    e = one("Clashes erupted at dawn.", resolver)
    assert e.location is None and e.latitude is None and e.geo_precision is None and e.geocoder is None


def test_event_ids_are_stable_and_records_serialise(resolver):
    text = "On 22 June, a car bomb exploded in Benghazi. Clashes erupted in Sirte."
    a = [e.to_dict() for e in extract(report(text), resolver)]
    b = [e.to_dict() for e in extract(report(text), resolver)]
    assert a == b and len({d["id"] for d in a}) == 2
    import json

    json.dumps(a)


def test_default_resolver_is_used_when_none_given():
    got = extract(report("Clashes erupted in Sirte."))
    assert got and got[0].place_id == "sirte"


# --- place mentions -----------------------------------------------------------------------

def test_place_mentions_rows(resolver):
    text = "وأفاد المحجوب باستهداف مخزن للأسلحة في طرابلس وعين زارة"
    rep = report(text)
    rows = place_mentions(rep, resolver)
    keys = {"report_id", "start", "end", "text", "name_en", "name_ar", "latitude", "longitude", "kind",
            "admin1", "precision", "method", "confidence"}
    assert rows and all(keys <= set(r) for r in rows)
    assert "query" not in rows[0]
    for r in rows:
        assert r["report_id"] == rep.id and text[r["start"]:r["end"]] == r["text"]
    names = [r["name_en"] for r in rows]
    assert "Tripoli" in names and "Ain Zara" in names
    assert not any(r["text"] == "المحجوب" for r in rows)  # a person, after a speech verb


def test_words_that_look_like_triggers(resolver):
    # "رئيس تحرير" is an editor-in-chief, not a liberation; a war of words is no battle.
    assert extract(report("قال رئيس تحرير صحيفة برنيق في بنغازي إن الوضع هادئ."), resolver) == []
    assert extract(report("وصل حفتر إلى بنغازي بعد معركة إعلامية شرسة."), resolver) == []
    e = one("أوقفت القوات المسلحة إطلاق النار في درنة.", resolver)
    assert e.sub_event_type == "Agreement"


def test_these_strikes_are_the_strikes_told_before(resolver):
    got = extract(report("نفذ سلاح الجو غارات على مواقع في سبها.\nوهدفت هذه الغارات إلى استعادة الأمن."), resolver)
    assert len(got) == 1 and got[0].place_id == "sabha"


def test_an_event_abroad_does_not_take_the_libyan_main_place(resolver):
    text = "اشتباكات في مدينة سبها.\nوفي مصر، قتل 10 مسلحين في مداهمة أمنية بالعريش."
    got = extract(report(text), resolver)
    abroad = [e for e in got if "مصر" in e.evidence]
    assert abroad and all(e.place_id != "sabha" for e in abroad)


def test_restated_attack_adds_no_event(resolver):
    text = ("قتل شخصان في هجوم شنه مسلحون على مبنى المؤسسة الوطنية للنفط في طرابلس.\n"
            "ولاحقا، أعلنت حكومة الوفاق أن المسؤول عن الهجوم هو تنظيم داعش.")
    got = extract(report(text), resolver)
    assert len(got) == 1 and got[0].fatalities == 2


def test_gna_briefing_gives_the_air_force_to_the_gna(resolver):
    text = ("قال المتحدث باسم قوات حكومة الوفاق إن سلاح الجو استهدف رتلا لميليشيات حفتر جنوب غريان، "
            "ما أسفر عن مقتل 12 من عناصرها.")
    e = one(text, resolver)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Air/drone strike", "GNA air force", "LNA")
    assert e.place_id == "gharyan" and e.geo_precision == 2 and e.fatalities == 12


@pytest.mark.parametrize("text", [
    "Protesters stormed the parliament building in Tobruk and set it on fire.",
    "اقتحم محتجون غاضبون مقر الحكومة في البيضاء وأضرموا النار فيه",
])
def test_a_protest_turned_violent_is_a_riot(resolver, text):
    e = one(text, resolver)
    assert (e.event_type, e.sub_event_type, e.actor1) == ("Riots", "Violent demonstration", "Rioters")


def test_english_object_after_the_verb_is_acted_on(resolver):
    e = one("The LNA announced that it had shot down a Turkish drone near Tarhuna.", resolver)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Disrupted weapons use", "LNA", "Turkish forces")
    e = one("GNA and LNA delegations signed a ceasefire agreement in Geneva.", resolver)
    assert e.sub_event_type == "Agreement" and {e.actor1, e.actor2} == {"GNA forces", "LNA"}
    assert e.location is None  # Geneva is abroad: no Libyan place is made up


def test_a_capture_needs_ground(resolver):
    assert extract(report("تلقى الجهاز توجيها باستعادة جميع السودانيين من مناطق النزاعات."), resolver) == []
    got = extract(report("The LNA took control of a camp in Ganfouda on 24 June. "
                         "Army battalion 302 took over the camp and killed all those inside, 10 fighters."), resolver)
    assert len(got) == 1 and got[0].place_id == "ganfouda" and got[0].fatalities == 10
