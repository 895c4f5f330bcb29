"""SaudiNewsNet round twenty-three (July 2015, benchmarks/gold/snn_tune_r23.jsonl): articles
that name Libya once or twice and tell another country's war at length. The sentences are the
team's own, in the shape of those articles:

- whom a fight was "with" ("بعد معارك عنيفة مع الحوثيين") is the other side, not a subject
  after the fight's noun: the side named before it, which took the ground, is actor1;
- mines laid ("تشريكها بالألغام", "زرع الألغام"), their fields and their sweepers are no
  blast; a mine that went off, or killed, still is."""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text

FRIDAY = date(2015, 7, 31)


def _events(text: str, resolver, context: bool = False, published: date = FRIDAY):
    return extract(read_text(text, published=published), resolver, context=context)


def test_whom_a_fight_was_with_is_the_other_side(resolver):
    evs = _events("دخل الجيش الوطني الليبي حي الصابري في بنغازي بعد معارك مع مجلس شورى ثوار بنغازي.", resolver)
    assert [(e.actor1, e.actor2) for e in evs] == [("LNA", "Benghazi Revolutionaries Shura Council")]


def test_abroad_the_national_army_that_took_ground_after_a_fight_is_that_countrys(resolver):
    # "العلم" is no place the gazetteer knows, so the fight's noun is the trigger
    evs = _events("في غضون ذلك، سيطر الجيش الوطني على منطقة العلم شرق عدن بعد معارك عنيفة مع "
                  "المليشيات الحوثية والقوات الموالية لها.", resolver)
    assert [(e.actor1, e.actor2, e.in_libya) for e in evs] == [("Yemeni forces", "Houthis", False)]


def test_a_side_named_only_after_with_is_still_a_side(resolver):
    evs = _events("اندلعت معارك عنيفة مع مجلس شورى ثوار بنغازي في حي الصابري ببنغازي.", resolver)
    assert evs and "Benghazi Revolutionaries Shura Council" in {evs[0].actor1, evs[0].actor2}


def test_mines_laid_are_no_blast(resolver):
    for text in ("وأرجع أسباب تأخر تطهير المزارع في عدن إلى تشريكها بالألغام والمتفجرات، مبينا أن هناك خسائر "
                 "بالأرواح في صفوف المقاومة.",
                 "وقال إن المسلحين قاموا بزرع الألغام في أحياء سرت قبل انسحابهم.",
                 "وتنتشر حقول ألغام في محيط مدينة سرت، وتعمل كاسحات الألغام في المنطقة."):
        assert _events(text, resolver) == [], text


def test_a_mine_that_went_off_or_killed_is_still_a_blast(resolver):
    for text in ("وقتل ثلاثة جنود في انفجار لغم أرضي جنوب بنغازي أمس.", "وقتل طفل بلغم أرضي في حي الليثي ببنغازي."):
        evs = _events(text, resolver)
        assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"], text
