"""What a report names that is not its news: a precedent recalled ("وليست هذه المرة الأولى
...، فقبل أسابيع قُتل 14 شخصا"), mines cleared ("بإزالة الألغام"), the charges of arrest
warrants ("205 مذكرة توقيف ضد أشخاص متورطين في ... وقتل واغتصاب"), and a Libyan town an
Algerian story recalls under an Algerian dateline ("الجزائر : ..."), force majeure lifted. And
what is news though it reads like an aim or a bare death: an assassination attempt survived
("نجا ... من محاولة اغتيال"), a death whose killers follow the verb ("وقتل مسلحون الحارس"). Read
on the articles that name Libya and belong to no coded set; these sentences are the team's own,
in their shape, and the true events beside them stay."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def _events(text: str, resolver, title: str = "", lang: str | None = None):
    return extract(read_text(text, title=title, published=date(2017, 1, 10), language=lang), resolver)


def _in_libya(text: str, resolver, title: str = "", lang: str | None = None) -> list:
    return [e for e in _events(text, resolver, title, lang) if e.in_libya]


@pytest.mark.parametrize("text, lang", [
    ("وليست هذه المرة الأولى التي يتسبب فيها خلاف على أرض بعراك، فقبل أسابيع قتل 14 شخصا على الأقل "
     "في اشتباكات قبلية في مدينة سبها.", "ar"),
    ("ولم تكن المرة الأولى التي تشهد فيها مدينة سبها اشتباكات قبلية أوقعت 14 قتيلا.", "ar"),
    ("It is not the first time that tribal clashes killed people in Sabha: 14 died in December.", "en"),
])
def test_a_precedent_recalled_is_no_event(text, lang, resolver):
    assert _in_libya(text, resolver, lang=lang) == []


def test_a_precedent_dated_this_week_is_news(resolver):
    text = "وليست هذه المرة الأولى التي تشهد فيها سبها اشتباكات، إذ قتل أمس 3 أشخاص في اشتباكات قبلية في المدينة."
    assert {e.place_id for e in _in_libya(text, resolver)} == {"sabha"}


def test_demining_is_no_blast_and_a_mine_that_kills_deminers_is_one(resolver):
    assert _in_libya("ويأمل السكان في بنغازي أن يأتي يوم لا يقوم فيه محمود بإزالة الألغام من المنازل.", resolver) == []
    assert _in_libya("وتواصل فرق نزع الألغام عملها في أحياء سرت.", resolver) == []
    assert _in_libya("Demining teams continued clearing mines in Sirte.", resolver, lang="en") == []
    blast = _in_libya("قتل اثنان من فريق نزع الألغام في انفجار لغم في بنغازي أمس.", resolver)
    assert [(e.event_type, e.place_id, e.fatalities) for e in blast] == [
        ("Explosions/Remote violence", "benghazi", 2)]


def test_the_charges_of_arrest_warrants_are_no_happening(resolver):
    text = ('وقال رئيس لجنة التحقيقات في طرابلس "لدينا 205 مذكرة توقيف ضد أشخاص متورطين في تنظيم عمليات '
            'هجرة والاتجار بالبشر وحالات تعذيب وقتل واغتصاب".')
    assert _in_libya(text, resolver) == []
    assert _in_libya("An arrest warrant was issued in Tripoli for a man over the killing of a journalist.",
                     resolver, lang="en") == []


_ALGERIA = ("تسبب خلاف بين جارين في شجار وصل حد إطلاق النار بين عائلتين شرق الجزائر، إذ أصيب خمسة أشخاص. "
            "وحسب صحيفة محلية، فإن أحد الجارين أطلق النار على الآخر الاثنين فأصاب أربعة. "
            "وليست هذه المرة الأولى التي يتسبب فيها خلاف بعراك، فقبل أسابيع قتل 14 شخصا في اشتباكات قبلية في مدينة "
            "سبها جنوب ليبيا.")


def test_a_dateline_abroad_lends_no_libyan_town_to_the_story(resolver):
    assert _in_libya(_ALGERIA, resolver, title="الجزائر : جرحى بالرصاص في شجار بين جارين") == []


def test_a_country_in_a_headline_as_a_side_sets_nothing_abroad(resolver):
    text = ("قال مسؤول عسكري إن مسلحين شنوا هجوما مباغتا على بوابة أمنية في أجدابيا أمس. "
            "وأضاف أن الاشتباكات استمرت ساعتين.")
    found = _in_libya(text, resolver, title="حفتر يتهم تركيا مجددا بدعم الإرهاب")
    assert found and {e.place_id for e in found} == {"ajdabiya"}


def test_force_majeure_lifted_is_no_shutdown(resolver):
    text = ("وقالت المؤسسة الوطنية للنفط، في بيان الأربعاء، إنه تم رفع حالة القوة القاهرة عن موانئ راس لانوف "
            "والسدرة والزويتينة والحريقة.")
    assert _in_libya(text, resolver) == []
    declared = _in_libya("أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة في ميناء الزويتينة الاثنين.", resolver)
    assert [e.event_type for e in declared] == ["Strategic developments"]


def test_an_arrest_told_abroad_keeps_abroad_beside_a_libyan_town_in_a_name(resolver):
    # "برلمان طبرق" names a parliament, not where the arrest was
    text = ('وأكد المكتب الإعلامي لفجر ليبيا أن "من قام باعتقال قائدهم في تونس هم بقايا النظام، بعد تلقي '
            'تعليمات من خونة برلمان طبرق".')
    assert _in_libya(text, resolver) == []


def test_an_attempt_survived_is_an_attack_and_an_aim_is_not(resolver):
    survived = _in_libya("نجا وزير الداخلية، مصطفى الدباشي، أمس، من محاولة اغتيال في طرابلس.", resolver)
    assert [(e.event_type, e.place_id) for e in survived] == [("Violence against civilians", "tripoli")]
    # "in an attempt to seize" stays an aim
    assert _in_libya("وتحشد القوات في محاولة للسيطرة على مطار طرابلس.", resolver) == []


def test_killers_named_right_after_the_verb_make_a_death_an_attack(resolver):
    found = _in_libya("وقتل مسلحون الحارس الشخصي للوزير في طرابلس أمس.", resolver)
    assert [e.place_id for e in found] == ["tripoli"]
