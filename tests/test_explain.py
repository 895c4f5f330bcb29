"""`explain` / `marsad extract --explain`: why each event is what it is, and why sentences
with an event word gave none — one test per kind of explanation, on the seed report (a
real LNA briefing) and on sentences written in the shape of the ANT articles."""
from __future__ import annotations

from datetime import date

import pytest

import geo
from events.extract import explain, extract
from events.pipeline.explain import lines
from events.read import read_reports
from events.records import Report, report_id
from tests.conftest import SEED, shared_file


@pytest.fixture(scope="module")
def resolver():
    return geo.Resolver(offline=True)


@pytest.fixture(scope="module")
def seed(resolver):
    report = next(r for r in read_reports([SEED]) if isinstance(r, Report))
    events, trace = explain(report, resolver)
    return report, events, trace


def report(text: str, published: date | None = date(2019, 4, 7)) -> Report:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    return Report(id=report_id(text), text=text, language=lang, published=published,
                  date_precision="day" if published else "unknown")


def why(trace, event, aspect: str) -> list[str]:
    got = trace.why_of(event)
    assert got is not None, event
    return got.texts(aspect)


def at(events, location: str, sub: str | None = None):
    return next(e for e in events if e.location == location and (sub is None or e.sub_event_type == sub))


# --- why each event exists and is what it is ------------------------------------------------

def test_explain_gives_the_same_events_as_extract(seed, resolver):
    report, events, _trace = seed
    assert [e.to_dict() for e in events] == [e.to_dict() for e in extract(report, resolver)]


def test_why_it_exists_trigger_sentence_and_not_background(seed):
    _report, events, trace = seed
    e = at(events, "Murzuq")
    exists = why(trace, e, "exists")
    start = e.evidence.index("غارة") + e.evidence_start
    assert exists[0].startswith(f"trigger 'غارة' [{start}:{start + 4}] = lexicon row (ar, غارة): "
                                "Explosions/Remote violence / Air/drone strike")
    assert "same happening, lower priority: 'استهدفت'" in exists
    assert any(x.startswith("not background: does not open as background") for x in exists)
    assert trace.why_of(e).sentence.text == e.evidence


def test_why_the_place_candidates_and_the_list(seed):
    _report, events, trace = seed
    e = at(events, "Khallat al-Furjan")
    place = why(trace, e, "place")
    assert place[0].startswith("candidates (distance to the trigger")
    assert "صلاح الدين -> Salah al-Din (53)" in place[0] and "عين زارة -> Ain Zara (72)" in place[0]
    assert "nearest: صلاح الدين -> Salah al-Din (after the trigger first: X in PLACE)" in place
    assert "listed after it with and/comma: Khallat al-Furjan (one event per place)" in place
    assert place[-1] == "chosen: Khallat al-Furjan (own), geo precision 2"


def test_why_the_place_when_the_sentence_names_none(resolver):
    text = "اندلعت اشتباكات عنيفة في مدينة سبها يوم السبت. وتجددت الاشتباكات مساء الأحد بين قوات الجيش ومسلحين."
    events, trace = explain(report(text), resolver)
    second = events[-1]
    assert second.location == "Sabha"
    assert any("no place in the sentence: the report's main place Sabha" in x for x in why(trace, second, "place"))


def test_why_the_actors_candidates_roles_and_speaker(seed):
    _report, events, trace = seed
    actors = why(trace, at(events, "Murzuq"), "actors")
    assert any(x.startswith("actor names in the sentence:") and "أمريكية (US forces)" in x and "داعش (ISIS)" in x
               for x in actors)
    assert any(x.endswith("actor1 US forces, actor2 ISIS") for x in actors)
    # Nobody named struck Ain Zara: the briefing's speaker owns the strike.
    ain_zara = why(trace, at(events, "Ain Zara", "Air/drone strike"), "actors")
    assert "the report's speaker: LNA" in ain_zara
    assert "actor1 LNA: the report's speaker, whose side struck an armed enemy" in ain_zara


def test_why_the_date(seed):
    _report, events, trace = seed
    dates = why(trace, at(events, "Salah al-Din"), "date")
    assert dates[0] == "2019-09-23 (week): the date nearest the trigger"
    assert "'خلال الأيام الماضية' = 2019-09-23 (week)" in dates[1]
    told = why(trace, at(events, "Ain Zara", "Air/drone strike"), "date")
    assert told == ["2019-09-29 (day): no date in the sentence: the day its paragraph told before"]


def test_why_the_date_is_the_reports(resolver):
    events, trace = explain(report("Clashes erupted in Sirte between LNA forces and ISIS militants."), resolver)
    assert why(trace, events[0], "date") == ["2019-04-07 (day): no date in the sentence nor its paragraph: the report's date"]


def test_why_the_casualties_from_a_later_sentence(resolver):
    text = "Clashes erupted in Sirte on Sunday between LNA forces and ISIS militants. Five fighters were killed."
    events, trace = explain(report(text), resolver)
    assert len(events) == 1 and events[0].fatalities == 5
    cas = why(trace, events[0], "casualties")
    assert len(cas) == 1 and cas[0].startswith("killed 5 from a later sentence that tells only figures")


def test_merged_tellings_are_listed(seed):
    _report, events, trace = seed
    e = at(events, "Tripoli", "Air/drone strike")
    w = trace.why_of(e)
    assert len(w.tellings) == 2
    assert ("merge", next(x for x in w.texts("exists") if "3 tellings of one air/drone strike" in x)) in w.notes["exists"]
    assert why(trace, e, "casualties") == ["killed 90+ from its own sentence", "wounded 150 from its own sentence"]


def test_a_changed_type_says_which_rule(resolver):
    text = "هاجم مسلحون المدنيين في مدينة الزاوية يوم الأحد."
    events, trace = explain(report(text), resolver)
    assert events[0].event_type == "Violence against civilians"
    assert "fighting whose other side is civilians: violence against civilians" in why(trace, events[0], "exists")


# --- why sentences with an event word gave none --------------------------------------------

def dropped(trace, fragment: str):
    return next(d for d in trace.dropped if fragment in d.sentence.text)


def test_dropped_as_background(seed):
    d = dropped(seed[2], "ويأتي ذلك")
    assert d.stage == "background" and d.triggers == ["تستهدف"]
    assert d.notes == [("background", "background: opens with 'ويأتي', and no day of its own")]


def test_dropped_pluperfect_background(resolver):
    text = "قصفت طائرات حربية مواقع في سرت أمس. وكانت القوات قد سيطرت على مدينة درنة."
    _events, trace = explain(report(text), resolver)
    d = dropped(trace, "وكانت القوات")
    assert d.stage == "background" and "pluperfect" in d.notes[0][1]


def test_dropped_as_an_aim_and_war_in_general(seed):
    d = dropped(seed[2], "حسم المعركة")
    assert d.stage == "weak_only"
    assert ("triggers", "'لتحرير' dropped: purpose (an aim or intention, not a happening)") in d.notes
    assert "the war in general" in d.notes[-1][1]


def test_dropped_intention_and_negation(resolver):
    text = "LNA forces shelled Derna on Sunday. The army will attack Benghazi. There were no clashes in Sirte."
    _events, trace = explain(report(text), resolver)
    will = dropped(trace, "will attack")
    assert will.stage == "triggers" and "purpose" in will.notes[0][1]
    no = dropped(trace, "no clashes")
    assert no.stage == "triggers" and "negated" in no.notes[0][1]


def test_dropped_as_told_again(resolver):
    text = ("قتل ثلاثة أشخاص في هجوم انتحاري على مركز للشرطة في مدينة زليتن يوم الأحد. "
            "وأعلن تنظيم داعش مسؤوليته عن الهجوم.")
    events, trace = explain(report(text), resolver)
    assert len(events) == 1
    d = dropped(trace, "مسؤوليته")
    assert d.stage == "told_again" and "with no new place, day or figure" in d.notes[-1][1]
    assert any("named as its author by a later sentence" in x for x in why(trace, events[0], "actors"))


def test_dropped_ground_taken_with_no_ground(resolver):
    text = "أعلن جهاز الأمن والمخابرات السوداني، استعادته 10 سودانين من صفوف تنظيم داعش الإرهابي في ليبيا."
    events, trace = explain(report(text), resolver)
    assert events == []
    d = dropped(trace, "استعادته")
    assert d.stage == "no_ground" and d.notes == [("no_ground", "'استعادته': ground taken with no ground named")]


def test_every_event_of_the_real_articles_is_explained(resolver):
    path = shared_file("ant_libya_arabic_news.jsonl")
    reports = [r for r in read_reports([path]) if isinstance(r, Report)][:60]
    for r in reports:
        events, trace = explain(r, resolver)
        assert [e.to_dict() for e in events] == [e.to_dict() for e in extract(r, resolver)]
        for e in events:
            w = trace.why_of(e)
            assert w is not None and all(w.notes[k] for k in ("exists", "place", "actors", "date"))
        for d in trace.dropped:
            assert d.triggers and d.notes and d.stage


def test_explain_lines_and_cli(seed, capsys):
    _report, events, trace = seed
    text = "\n".join(lines(events, trace, "seed"))
    assert text.startswith("== seed\nevent 1: Explosions/Remote violence / Air/drone strike")
    assert "dropped sentence [1462:1556] (triggers: 'تستهدف'), stopped by stage 'background'" in text
    from events.cli import main

    assert main(["extract", "--offline", "--explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("== الجيش الوطني الليبي") and "  place: [build] chosen: Murzuq (own), geo precision 1" in out


def test_each_reason_names_the_stage_that_gave_it(seed):
    _report, events, trace = seed
    notes = trace.why_of(at(events, "Ain Zara", "Air/drone strike")).notes
    assert [stage for stage, _ in notes["exists"]] == ["triggers", "happenings", "background", "build"]
    assert {stage for stage, _ in notes["place"]} == {"drafts", "build"}
    assert [stage for stage, _ in notes["actors"]] == ["actors", "actors", "drafts", "build"]
    assert [stage for stage, _ in notes["date"]] == ["build"]
