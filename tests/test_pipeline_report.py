"""The pipeline's lists of stages and its report stages: sentences, actors, places, dates."""
from __future__ import annotations

from datetime import date

import pytest

import geo
from events import pipeline
from events.errors import LexiconError
from events.extract import extract, new_doc
from events.pipeline import cues, dates, places, split
from events.records import Report, report_id


@pytest.fixture(scope="module")
def resolver():
    return geo.Resolver(offline=True)


def report(text: str, published: date | None = date(2019, 4, 7), precision: str = "day") -> Report:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    return Report(id=report_id(text), text=text, language=lang, published=published,
                  date_precision=precision if published else "unknown")


def read(text: str, resolver, **kw):
    """A doc after the report stages."""
    doc = new_doc(report(text, **kw), resolver)
    for _name, stage in pipeline.REPORT_STAGES:
        stage(doc)
    return doc


# --- the lists of stages --------------------------------------------------------------------

def test_stages_in_their_documented_order():
    assert [n for n, _ in pipeline.REPORT_STAGES] == ["sentences", "actors", "places", "dates", "almanac"]
    assert [n for n, _ in pipeline.SENTENCE_STAGES] == [
        "paragraph", "background", "almanac_line", "triggers", "mourned", "named_battle", "reported", "commentary", "blame", "circumstance", "fight_frame", "blamed_act",
        "restated",
        "retold_figures", "weak_only", "told_again", "no_ground", "happenings", "casualties", "drafts"]
    assert [n for n, _ in pipeline.EVENT_STAGES] == [
        "build", "told_kind", "recalled", "nowhere", "opinion", "story_day", "held", "merge", "condemned", "one_battle", "one_blast", "disrupted", "bare_death", "victims",
        "fallen", "riots", "crowd_sides", "forces_abroad", "two_sides", "unnamed_sides", "other_side",
        "region_told_once", "same_toll", "protest_told_once", "part_of_attack", "periods"]


def test_a_new_stage_is_added_without_touching_the_others(resolver):
    text = "LNA forces shelled Derna on Sunday. Clashes erupted in Sirte on Monday."
    assert [e.location for e in extract(report(text), resolver)] == ["Derna", "Sirte"]

    def not_sirte(doc, c):  # a stage of one's own: sentences naming Sirte give no event
        return "Sirte" not in c.text

    stages = list(pipeline.SENTENCE_STAGES)
    stages.insert(1, ("not_sirte", not_sirte))
    doc = pipeline.run(new_doc(report(text), resolver), sentence_stages=tuple(stages))
    assert [e.location for e in doc.events] == ["Derna"]


# --- sentences ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,end_at", [
    ("TRIPOLI (Reuters) - Clashes erupted in the capital.", "TRIPOLI (Reuters) -"),
    ("دبي، الإمارات العربية المتحدة (CNN) – قتل ثلاثة في طرابلس.", "دبي، الإمارات العربية المتحدة (CNN) –"),
    ("Clashes erupted in the capital.", ""),
])
def test_dateline(text, end_at):
    assert split.dateline_end(text) == len(end_at)


def test_sentence_token_ranges(resolver):
    doc = read("قصفت طائرات مواقع في سرت. Clashes in Derna.", resolver)
    assert [s.text for s in doc.sentences] == ["قصفت طائرات مواقع في سرت.", "Clashes in Derna."]
    for s, (a, b) in zip(doc.sentences, doc.sent_tokens):
        assert [t.orig for t in doc.tokens[a:b]] == [t.orig for t in doc.tokens if s.start <= t.start < s.end]


# --- actors ---------------------------------------------------------------------------------

def test_actors_per_sentence_and_the_speaker(resolver):
    doc = read("قال المتحدث باسم الجيش الوطني الليبي إن قوات الوفاق قصفت مواقع في غريان.", resolver)
    assert [m.actor.name_en for m in doc.sent_actor[0]] == ["LNA", "GNA forces"]
    assert doc.speaker.name_en == "LNA"
    # Report-wide token indexes: the mention's words are where the report's tokens say.
    m = doc.all_mentions[1]
    assert " ".join(t.orig for t in doc.tokens[m.first:m.last + 1]) == "قوات الوفاق"


def test_no_actor_in_a_dateline(resolver):
    doc = read("دبي، الإمارات العربية المتحدة (CNN) – قتل ثلاثة في طرابلس.", resolver)
    assert all(m.start >= doc.dateline_end for ms in doc.sent_actor for m in ms)


# --- places ---------------------------------------------------------------------------------

def test_places_drop_persons_abroad_anchors_and_newspapers(resolver):
    doc = read("وأفاد المحجوب بسقوط قذائف على ترهونة جنوب شرق طرابلس، وفق ما نقلت وكالة في برلين.", resolver)
    assert [p.place.name_en for p in doc.places] == ["Tarhuna"]
    doc = read("شن الجيش قصفا جويا في منطقة السدادة جنوب غربي مصراتة.", resolver)
    assert [(p.place.name_en, p.area) for p in doc.places] == [("Sdada", True)]  # known by where it lies
    doc = read("The Tripoli Post said clashes erupted in Sirte.", resolver)
    assert [p.place.name_en for p in doc.places] == ["Sirte"]


def test_a_place_in_an_actor_name_is_its_home(resolver):
    doc = read("استهداف مخزن للأسلحة تابع لميليشيات طرابلس في عين زارة.", resolver)
    got = {p.place.name_en: p.in_actor for p in doc.places}
    assert got == {"Tripoli": True, "Ain Zara": False}


def test_main_place_is_the_most_mentioned_town(resolver):
    doc = read("اشتباكات في بنغازي. قصف على سرت. سقوط قذائف في سرت.", resolver)
    assert doc.main_place.place.name_en == "Sirte"
    assert [p.place.name_en for p in places.sentence_places(doc, doc.sentences[1].start, doc.sentences[1].end)] == ["Sirte"]


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("precision,want", [
    ("day", (date(2019, 4, 7), "day", 0.05)), ("estimated", (date(2019, 4, 7), "day", 0.0)),
    ("month", (date(2019, 4, 7), "month", 0.0)), ("unknown", (date(2019, 4, 7), "day", 0.02)),
])
def test_what_an_undated_sentence_inherits(precision, want):
    assert dates.report_date(report("x", precision=precision)) == want
    assert dates.report_date(report("x", published=None)) == (None, "unknown", 0.0)


def test_a_paragraph_passes_on_its_day(resolver):
    text = "قصفت طائرات مواقع في سرت يوم الجمعة. وقتل ثلاثة.\n\nوفي بنغازي اشتباكات."
    doc = read(text, resolver)
    told = []
    for si in range(len(doc.sentences)):
        c = pipeline.clause(doc, si)
        dates.paragraph(doc, c)
        told.append((c.para_start, c.told_date))
    assert told == [(True, (None, "unknown")), (False, (date(2019, 4, 5), "day")), (True, (None, "unknown"))]


# --- cue words ------------------------------------------------------------------------------

def test_cues_per_language():
    assert "بهدف" in cues.cue("purpose", "ar") and "بهدف" not in cues.cue("purpose", "en")
    assert "order" in cues.cue("purpose", "en") and cues.cue("purpose") == cues.cue("purpose", "ar") | cues.cue("purpose", "en")
    assert "في" in cues.cue("in") and "in" in cues.cue("in")  # folded as the text is
    assert "it is worth noting" in cues.openings("background_opening")
    with pytest.raises(LexiconError, match="no cue 'nonesuch'"):
        cues.cue("nonesuch")
