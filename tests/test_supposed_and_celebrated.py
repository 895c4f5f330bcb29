"""Issue 16, sentences that suppose a fight rather than tell one, in shapes written for these
tests (Arabic and English):

- any one, none in particular: "مستعدة لصد أي هجوم", "أي هجوم على طرابلس سيواجه بحزم", "ready
  to repel any attack";
- what may follow: "قد يؤدي استمرار التوتر إلى اندلاع مواجهات", "وربما تشهد مدينة بنغازي
  مواجهات", "could lead to clashes";
- what is to be prevented: "سبل منع تجدد الاشتباكات", "to prevent renewed clashes";
- a habit: "بين الحين والآخر", "من حين لآخر", "from time to time", and its adverbs before the
  verb, "كثيرا ما تشهد الزاوية اشتباكات", "have often clashed";
- a fear told in a clause after أن: "تخشى الأسر في بنغازي أن تطال القذائف منازلها";
- gunfire in celebration, told with the verb: "أطلق مواطنون الرصاص في الهواء ابتهاجا".

The guards keep what is told beside such words: "لم تعلن أي جهة مسؤوليتها" after the fight,
"وقد يرتفع العدد" after the toll, a habit in another clause than the death, "who could not
be identified", the month May."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def extracted(text: str, resolver, language: str) -> list:
    return extract(read_text(text, language=language, published=date(2019, 6, 10), date_precision="day"), resolver)


@pytest.mark.parametrize("text,language", [
    ("وأكد الناطق أن قوات الجيش مستعدة لصد أي هجوم على قاعدة الجفرة.", "ar"),
    ("وقال إن أي هجوم على طرابلس سيواجه بحزم.", "ar"),
    ("وقد يؤدي استمرار التوتر إلى اندلاع مواجهات مسلحة في مدينة سبها.", "ar"),
    ("وربما تشهد مدينة بنغازي مواجهات عنيفة خلال الأيام المقبلة.", "ar"),
    ("وناقش الاجتماع سبل منع تجدد الاشتباكات في مدينة الزاوية.", "ar"),
    ("وتشهد مدينة سبها بين الحين والآخر اشتباكات بين قبيلتي أولاد سليمان والتبو.", "ar"),
    ("وتشهد العاصمة طرابلس من حين لآخر اشتباكات بين الميليشيات المسلحة.", "ar"),
    ("وكثيرا ما تشهد مدينة الزاوية اشتباكات بين الميليشيات.", "ar"),
    ("وتخشى الأسر في بنغازي أن تطال القذائف منازلها مجددا.", "ar"),
    ("وأطلق مواطنون الرصاص في الهواء ابتهاجا بفوز المنتخب في طرابلس.", "ar"),
    ("The army said it was ready to repel any attack on the Jufra air base.", "en"),
    ("Tensions in Sabha could lead to clashes between Tebu and Awlad Suleiman.", "en"),  # so before
    ("Clashes break out in Sabha from time to time between the Tebu and Awlad Suleiman.", "en"),
    ("Militias in Tripoli have often clashed over control of banks.", "en"),
    ("Elders met in Zawiya to discuss ways to prevent renewed clashes.", "en"),
])
def test_a_supposed_fight_is_no_event(resolver, text, language):
    got = extracted(text, resolver, language)
    assert got == [], [e.to_dict() for e in got]


@pytest.mark.parametrize("text,language,place", [
    ("قتل ثلاثة أشخاص في اشتباكات اندلعت أمس في طرابلس ولم تعلن أي جهة مسؤوليتها.", "ar", "Tripoli"),
    ("وقال مصدر طبي إن الهجوم على بوابة في سبها أسفر عن مقتل ثلاثة جنود وقد يرتفع العدد.", "ar", "Sabha"),
    ("وتتعرض منطقة عين زارة لقصف بين الحين والآخر، وقتل أمس طفل بقذيفة سقطت على منزله.", "ar", "Ain Zara"),
    ("وقال شهود إن قذائف سقطت على حي سكني في منطقة أبوسليم بطرابلس.", "ar", "Abu Salim"),
    ("وأكد المتحدث أن الاشتباكات اندلعت صباح اليوم في منطقة عين زارة.", "ar", "Ain Zara"),
    ("Gunmen, who could not be identified, attacked a checkpoint in Sabha on Monday, killing two soldiers.",
     "en", "Sabha"),
    ("وأطلق مسلحون النار على متظاهرين في بنغازي.", "ar", "Benghazi"),
    ("وأفاد المصدر أن السيارة المفخخة انفجرت قرب فندق تيبستي في بنغازي في شارع غالبا ما يكون مكتظا.", "ar",
     "Tibesti hotel"),  # the habit is the street's
    ("Fighting broke out in Tripoli on Monday between militias that frequently clash.", "en", "Tripoli"),
    ("On 5 June, clashes broke out in Ain Zara, south of Tripoli.", "en", "Ain Zara"),
])
def test_a_fight_told_beside_such_words_stays(resolver, text, language, place):  # guards
    got = extracted(text, resolver, language)
    assert place in [e.location for e in got], [e.to_dict() for e in got]
