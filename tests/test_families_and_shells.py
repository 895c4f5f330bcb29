"""Issue 16, tolls and strikes told in common shapes, written for these tests:

- a family's number is its dead ("killing a family of four", "مقتل عائلة من أربعة أفراد",
  "مقتل أسرة مكونة من خمسة أشخاص"), and kin in the plural with theirs ("قتل أب وأطفاله
  الثلاثة": four);
- "a father of four" killed is one civilian, and so is "a patient"; "the driver", "the three
  soldiers" after the harm are counted as "a driver", "three soldiers" were;
- bodies with their number after them ("عثر على جثث ثلاثة أشخاص") as those with it before;
- the one a pronoun names as hurt ("ما أدى إلى مقتله", "أسفر الانفجار عن إصابته", "لمقتلهما":
  two; "وأصيبت والدته");
- "قضى ثلاثة مدنيين نحبهم" are three dead, "وأصاب خمسة آخرين" five wounded;
- "وأصيب آخران" after the dead are two wounded, never two more dead (a harm verb is no
  subject of "قتل");
- one shell told by what it did ("A shell hit a house", "A shell fell on", "a stray shell") is
  shelling, not an attack by hand, while a bare "Shell" (the oil company) is nothing."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text

PUBLISHED = date(2015, 8, 17)


def extracted(text: str, resolver, language: str) -> list:
    return extract(read_text(text, language=language, published=PUBLISHED, date_precision="day"), resolver)


@pytest.mark.parametrize("text,language,dead", [
    ("An airstrike hit a farm near Derna, killing a family of four.", "en", 4),
    ("A family of five were killed when rockets hit their home in Benghazi.", "en", 5),  # a guard: counted before
    ("سقطت قذيفة على منزل في بنغازي ما أدى إلى مقتل عائلة من أربعة أفراد.", "ar", 4),
    ("أسفر القصف عن مقتل أسرة مكونة من خمسة أشخاص في منطقة عين زارة.", "ar", 5),
    ("قضت عائلة مكونة من خمسة أفراد جراء سقوط قذيفة على منزلها في منطقة قصر بن غشير.", "ar", 5),
    ("لقيت أسرة من أربعة أشخاص حتفها في قصف على حي الهضبة.", "ar", 4),
])
def test_a_familys_number_is_its_dead(resolver, text, language, dead):
    got = extracted(text, resolver, language)
    assert [(e.fatalities, e.actor2) for e in got] == [(dead, "Civilians")], [e.to_dict() for e in got]


def test_a_whole_family_with_no_number_is_no_count(resolver):  # a guard
    got = extracted("أسفر القصف عن مقتل أسرة كاملة في منطقة عين زارة.", resolver, "ar")
    assert [e.fatalities for e in got] == [None], [e.to_dict() for e in got]


def test_a_father_of_four_is_one_civilian(resolver):
    got = extracted("Rockets hit a house in Benghazi, killing a father of four.", resolver, "en")
    assert [(e.fatalities, e.actor2) for e in got] == [(1, "Civilians")], [e.to_dict() for e in got]


@pytest.mark.parametrize("text", [
    "A shell hit a house in Benghazi, killing a man.",
    "A shell fell on a house in Benghazi, killing a man.",
    "A stray shell killed a man in Benghazi's Laithi district.",
])
def test_one_shell_told_by_what_it_did_is_shelling(resolver, text):
    got = extracted(text, resolver, "en")
    assert [(e.sub_event_type, e.fatalities) for e in got] == [("Shelling/artillery/missile attack", 1)], \
        [e.to_dict() for e in got]


def test_the_oil_company_is_no_shell(resolver):  # a guard
    assert extracted("Royal Dutch Shell said it would resume work near Benghazi.", resolver, "en") == []


@pytest.mark.parametrize("text,dead", [
    ("قتل أب وأطفاله الثلاثة في قصف على منزلهم في طرابلس.", 4),
    ("مقتل امرأة وأبنائها الأربعة في قصف على منزلهم في طرابلس.", 5),
    ("قتل رجل وابنه في قصف على منزلهما في طرابلس.", 2),  # counted before; "a man" as civilians is new
])
def test_kin_in_the_plural_with_their_number_are_counted(resolver, text, dead):
    got = extracted(text, resolver, "ar")
    assert [(e.fatalities, e.actor2) for e in got] == [(dead, "Civilians")], [e.to_dict() for e in got]


@pytest.mark.parametrize("text,killed,wounded", [
    ("An explosive device went off under a car in Benghazi's Fuwayhat district, wounding the driver.", None, 1),
    ("A car bomb exploded in Benghazi, killing the three soldiers inside.", 3, None),
    ("Gunmen stormed a hospital in Sabha and shot dead a patient.", 1, None),
])
def test_the_one_or_the_three_named_after_the_harm_are_counted(resolver, text, killed, wounded):
    got = extracted(text, resolver, "en")
    assert [(e.fatalities, e.injuries) for e in got] == [(killed, wounded)], [e.to_dict() for e in got]


def test_a_year_after_the_is_no_count(resolver):  # a guard
    got = extracted("A car bomb exploded in Benghazi, killing the 2011 revolution's hero.", resolver, "en")
    assert [e.fatalities for e in got] == [None], [e.to_dict() for e in got]


@pytest.mark.parametrize("text,dead", [
    ("عثر على جثث ثلاثة أشخاص مجهولي الهوية في منطقة الهواري ببنغازي وعليها آثار تعذيب.", 3),
    ("عثرت الأجهزة الأمنية على جثث عدة أشخاص في منطقة الهواري ببنغازي وعليها آثار تعذيب.", None),  # a guard: some
])
def test_bodies_found_with_their_number_after_them_are_counted(resolver, text, dead):
    got = extracted(text, resolver, "ar")
    assert [e.fatalities for e in got] == [dead], [e.to_dict() for e in got]


@pytest.mark.parametrize("text,killed,wounded", [
    ("أطلق مجهولون النار على مدير أمن سرت ما أدى إلى مقتله.", 1, None),
    ("أطلق مجهولون النار على سيارة شقيقين في سبها ما أدى لمقتلهما.", 2, None),
    ("انفجرت عبوة ناسفة بسيارة ضابط في بنغازي وأسفر الانفجار عن إصابته.", None, 1),
    ("قتل طفل وأصيبت والدته بجروح إثر سقوط قذيفة على منزلهما في منطقة السواني جنوب طرابلس.", 1, 1),
])
def test_the_one_a_pronoun_names_as_hurt_is_counted(resolver, text, killed, wounded):
    got = extracted(text, resolver, "ar")
    assert [(e.fatalities, e.injuries) for e in got] == [(killed, wounded)], [e.to_dict() for e in got]


@pytest.mark.parametrize("text,killed,wounded", [
    ("قتل مدني وأصيب آخران جراء قصف عشوائي استهدف منطقة أبوسليم جنوب طرابلس.", 1, 2),
    ("قتل جنديان وأصيب آخران في هجوم على بوابة قرب سبها.", 2, 2),
    ("قتل مدني وأصيب جنديان في قصف على منطقة أبوسليم جنوب طرابلس.", 1, 2),
])
def test_two_others_hurt_after_the_dead_are_the_wounded(resolver, text, killed, wounded):
    got = extracted(text, resolver, "ar")
    assert [(e.fatalities, e.injuries) for e in got] == [(killed, wounded)], [e.to_dict() for e in got]


@pytest.mark.parametrize("text,killed,wounded", [
    ("قضى ثلاثة مدنيين نحبهم جراء سقوط قذيفة على منزلهم في منطقة الهضبة.", 3, None),
    ("أودى القصف بحياة طفلين وأصاب خمسة آخرين في منطقة الفرناج.", 2, 5),
    ("أصابت قذيفة منزلا في منطقة الفرناج.", None, None),  # a guard: a house is no one
])
def test_those_who_died_and_those_the_strike_wounded_are_counted(resolver, text, killed, wounded):
    got = extracted(text, resolver, "ar")
    assert [(e.fatalities, e.injuries) for e in got] == [(killed, wounded)], [e.to_dict() for e in got]
