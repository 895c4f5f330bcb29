"""Stage "reported" (per sentence, right after "triggers"): event words that tell no
happening of the news, however the sentence is spoken.

Reported speech and announcements ("قال", "أكد", "كشف", "said") are kept when what they
report is a happening ("أكد الناطق مقتل ثلاثة في قصف"); a trigger is dropped when the
sentence tells it as

- a plan, threat or wish: a plan word shortly before it ("كشف مخططات ... لتفجير", "خطة منع
  ... السيارات المفخخة", "يريد قصف", "توعد بالهجوم", "سوف"), or the ب-object of a threat a
  few words on ("هدد التنظيم في بيان نشره اليوم بإعدام الرهائن");
- history: an anniversary ("احتفالا بالذكرى الرابعة لانطلاق معركة الكرامة"), what "had
  already" happened ("سبق أن", "سبق له"), or a tally since a year ("منذ عام 2014", "منذ
  سنوات") before it;
- a court case ("في قضية اغتيال", "محاكمة", "الدعوى") and its charges ("أصدرت محكمة ... حكما
  ... بتهم ... من بينها"، "وشملت وقائع القضية");
- a question ("هل سيصمد الاتفاق؟", or one that opens "وكيف" with no question mark): a
  question reports nothing;
- denied ("نفى مسؤول ... مقتل القيادي") or negated after a conjunction ("لم ولن تستهدف");
- a meeting, a reconciliation or a political accord ("اتفاق باريس", "اجتماع", "التقى"), and a
  ceasefire sought, demanded or welcomed, or its terms told ("محاولات للتوصل إلى هدنة", "أيد وقف
  إطلاق النار", "ينص وقف إطلاق النار على"):
  EVENT_CODING's "not an event" (a ceasefire reached, "وقف إطلاق النار", is found and kept as
  context by the stage "recalled");
- an option weighed ("يعد خيارا"), a bomb worn ("يرتدي حزاما ناسفا"), what a step or plan
  aims at ("في خطوة تستهدف بها الحكومة تصعيد النزاع"), a possible or expected one ("الهجوم
  المحتمل", "an imminent offensive"), weapons bought or sold ("تشتري ... الطائرات الحربية
  والصواريخ"), what a book, film or story tells ("في قصة بيرغمان عن اغتيال ...");
- the ongoing fighting named as the cause of damage ("جراء القتال الدائر");
- an arrest for a crime, not for politics: smuggling, migrants or drugs, with no armed group
  named ("أوقفت الشرطة خمسة أشخاص بتهمة تهريب المهاجرين");
- a description in a relative clause ("الذين يقاتلون في صفوف التنظيم", "التي كانت تستهدف").

Cue words: ``plan``, ``anniversary``, ``already``, ``since``, ``first``,
``total``, ``case``, ``denial``, ``negation``, ``politics``, ``truce``, ``agreement_sought``,
``agreement_terms``, ``option_after``, ``wearing``, ``aim_noun``, ``aim_object``,
``possible_after``, ``arms_trade``, ``weapon_noun``, ``story_about``, ``case_charges``,
``case_court``, ``crime``, ``militant_word``, ``cause_before``, ``ongoing_after`` and ``relative`` in
``events/lexicon/cues.csv`` (the spans of time in ``events/pipeline/spans.py``). Each drop is noted
for ``--explain``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from events.event_types import TriggerMatch
from events.pipeline.cues import cue, openings
from events.pipeline.negation import negated_occurrence, negation
from events.pipeline.doc import Clause, Doc
from events.pipeline.lang.ar import counted_munitions
from events.pipeline.supposed import why_supposed
from events.pipeline.spans import (
    BEFORE_CHRIST, FIRST_SINCE, LONG_SPAN, OVER_YEARS, bare_key as _bare, over_weeks, since_a_span, time_passed,
)
from events.pipeline.triggers import phrase, result_of
from events.sentences import Token, tokenize

_PLAN = cue("plan")
_PROTECT = cue("protect_from")
_FOILED = ("احباط", "احبط", "يحبط", "تحبط")  # keys of إحباط، أحبطت، يحبط
_ANNIVERSARY = cue("anniversary")
_ALREADY = cue("already")
_SINCE = cue("since")
_TOTAL = cue("total")
_CASE = cue("case")
_ACCORDING = cue("according")
_COURT = cue("court")
_ALREADY_EN = openings("already_phrase")
_FIRST = cue("first")
_VIEW = cue("view")
_KILL_WORDS = cue("toll_verb")
_HUNDREDS = cue("hundreds")
_DAY_TOLD = frozenset(w.key for w in tokenize("أمس امس البارحة yesterday"))
_LATELY = frozenset(w.key for w in tokenize("مؤخرا مؤخراً recently"))
_EARLIER = frozenset(w.key for w in tokenize("سابقة السابقة سابقا previous"))
_NEARING = frozenset(w.key for w in tokenize("اقتراب وشك قاب verge brink"))
_HEAD_CALL = frozenset(w.key for w in tokenize("طلب طالب دعا حث أمر ناشد"))
_AFTER_WORDS = frozenset(w.key for w in tokenize("بعد إثر اثر عقب بسبب جراء"))
_FIGHTS = frozenset(w.key for w in tokenize("معركة معارك اشتباكات مواجهات battles clashes fights"))
_DOZENS = _HUNDREDS | frozenset(w.key for w in tokenize("عشرات dozens scores"))
_DENIAL = cue("denial", "ar")  # "denies this version, saying ... were arrested" asserts the arrest
_POLITICS = cue("politics")
_RELATIVE = cue("relative")
_TRUCE = cue("truce")
_WAS = frozenset(w.key for w in tokenize("كان كانت كانوا"))
_UNABLE = cue("unable")
_AFTER = cue("after", "ar")
_OPTION = cue("option_after")
_WEARING = cue("wearing")
_AIM_NOUN = cue("aim_noun")
_AIM_OBJECT = cue("aim_object")
_EXECUTION = tokenize("إعدام")[0].key
_CHAOS = frozenset(t.key for t in tokenize("الفوضى فوضى الفراغ فراغا فراغ"))
_PROCESS = frozenset(w.key for w in tokenize("العملية المسار"))
_POSSIBLE = cue("possible_after")
_SUPPOSED = cue("possible_before")
SUPPOSED_REACH = 5  # "تحسبا لاحتمال أن تكون عملية اغتيال": the word of supposition a few words before
_UNCLEAR = cue("unclear_death")
_DIED = cue("died_word")
_HURT = cue("hurt")
_ARMS_TRADE = cue("arms_trade")
_STORY = cue("story_about")
_CRIME = cue("crime")
CRIME_ARREST = "an arrest for smuggling, migration or drugs, no armed group named: a crime, not political"
CRIME_AGAIN = "the arrest the sentence before told, for a crime, told again"
_CAUSE = cue("cause_before")
_ONGOING = cue("ongoing_after")
_MILITANT = cue("militant_word")
_CHARGES = cue("case_charges")
_CASE_COURT = cue("case_court")
_WEAPON = cue("weapon_noun")
_WEAPON_USE = cue("weapon_use")
_ASKING = frozenset(w.key for w in tokenize("كيف هل وهل فهل لماذا"))
_AIMS = frozenset(w.key for w in tokenize("يستهدف تستهدف"))
_SERVED = cue("aim_served")
_ABOUT = frozenset(w.key for w in tokenize("حوالي حوالى نحو قرابة أكثر من"))
_REPEATEDLY = cue("repeatedly")
_SOUGHT = cue("agreement_sought")
_TERMS = cue("agreement_terms")
OPTION_REACH = 8  # words after a trigger an option word governs ("تحرير العاصمة ... يعد خيارا")
_ANNOUNCEMENT = cue("announcement", "ar")
_FOLLOWED = frozenset(w.key for w in tokenize("أعقبت أعقب تلت تلا"))
_BREAK = re.compile(r"[،,;:؛]")
_CLAUSE_END = re.compile(r"[.;:؛!?؟]")
ANNOUNCED_REACH = 8  # "أعقبت إعلان قائد الجيش الليبي، خليفة حفتر، بدء عملية": the announcer's name between
ARMS_REACH = 12  # words before a weapon a deal governs ("تشتري الكثير من المعدات منا، والكثير من ... والصواريخ")
PLAN_REACH = 4  # words before a trigger a plan word governs ("خطة منع الإرهابيين والسيارات المفخخة")
SINCE_CLAUSE = 6  # words from "منذ أن" to a happening of its clause ("منذ أن بسطت جماعة منافسة سيطرتها")
EARLIER_REACH = 6  # words from "في السابق" to the happening it dates ("كما فعلوا في السابق عند اختطافهم")
# "توعد ... بشن هجوم": the act threatened, its ب on the verbal noun of doing before the trigger
_ONSET = frozenset(w.key for w in tokenize("اندلاع تجدد وقوع حدوث عودة تصاعد"))  # "من تجدد القصف"
_DO_WITH_B = frozenset({"بشن", "بتنفيذ", "بالقيام", "بعمليات", "بعمليه", "ب"})  # "توعد ... بعمليات ذبح", "بـ«الذبح»"
THREAT_REACH = 10  # "هدد تنظيم الدولة الإسلامية في أواخر يوليو/تموز الماضي بإعدام نساء"
_THREAT = frozenset({"هدد", "هددت", "يهدد", "تهدد", "هددوا", "توعد", "توعدت", "يتوعد", "تتوعد", "لوح", "لوحت", "يلوح"})
# ... and of a demand: "وطالبت المنظمة المدافعة عن حقوق الإنسان أيضًا بتوقيف الحراس"
_DEMAND = frozenset({"طالب", "طالبت", "يطالب", "تطالب", "طالبوا", "يطالبون", "ناشد", "ناشدت", "يناشد"})


THREATENED = "what was threatened or demanded"
# "وتتهم حكومة الوفاق قوات حفتر بقصف الأحياء السكنية": the present tense accuses as a rule (the
# past, "اتهمت ... بقصف المطار", tells of one strike)
_ACCUSES = frozenset({"تتهم", "يتهم", "يتهمون", "تتهمان", "يتهمان"})


@lru_cache(maxsize=None)
def _trigger_key(phrase: str) -> str:
    keys = [w.key for w in tokenize(phrase.replace("*", ""))]
    return keys[0] if len(keys) == 1 else ""


def _many(t: Token) -> bool:
    """Ten or more, or "عشرات" / "dozens": more fights than one report tells one by one."""
    return (t.key.isdigit() and int(t.key) >= 10) or _bare(t) in _DOZENS or t.key in _DOZENS


def _court_name(tokens: list[Token], k: int) -> bool:
    """"a member of Khom's Court of Appeal was seized", "the Appeals Court": the word of a
    plea in a court's name, which pleads for nothing."""
    court = ("court", "courts")
    return tokens[k].orig[:1].isupper() and (
        (k > 1 and tokens[k - 1].key == "of" and tokens[k - 2].key in court)
        or (k + 1 < len(tokens) and tokens[k + 1].key in court))


def court_attribution(tokens: list[Token], bare: list[str] | None = None) -> str:
    """"وفقا للدعوى", "طبقا لأوراق المحكمة", "according to the lawsuit": the sentence tells what a
    court case alleges (a charge sheet narrates past acts), or ''. ``bare``: the ``_bare``
    of every token, when the caller has them."""
    if bare is None:
        bare = [_bare(x) for x in tokens]
    for k, tok in enumerate(tokens[:-1]):
        if tok.key in _ACCORDING or bare[k] in _ACCORDING:
            nxt = [w.lstrip("ل") for w in bare[k + 1:k + 4]]
            if any(w in _CASE or f"ال{w}" in _CASE or w in _COURT for w in nxt):
                return " ".join(x.orig for x in tokens[k:k + 3])
    return ""


def why_not_news(tokens: list[Token], t: TriggerMatch, question: bool, text: str = "", offset: int = 0) -> str:
    """The rule that says a trigger tells no happening of the news, or ''. ``text`` (the
    sentence, starting at ``offset`` in the report) lets a plan word stop at a comma."""
    if question:
        return "a question reports nothing"
    if _trigger_key(t.trigger.phrase) in _POLITICS and t.trigger.lang == "ar" and not any(
            x.key.lstrip("ل") in _TRUCE for x in tokens[t.last + 1:t.last + 3]):  # "اتفاقا لوقف إطلاق النار"
        return "a meeting, reconciliation or political accord (EVENT_CODING: not an event)"
    lead = t.first - 1
    if lead > 0 and tokens[lead].key in _WAS:
        lead -= 1  # "التي كانت تستهدف مصر": what the plans were aimed at
    if lead >= 0 and tokens[lead].key in _RELATIVE and tokens[t.first].arabic \
            and tokens[t.first].key[:1] in ("ي", "ت"):
        return f"a description ('{tokens[t.first - 1].orig} {tokens[t.first].orig}': what someone does), not a happening"
    before = tokens[:t.first]
    neg = negated_occurrence(tokens, t.first)
    if neg is not None:  # "لم ولن تستهدف", "لم تشهد مدينة سبها أي اشتباكات", "ولم تقع اشتباكات"
        return f"negated ('{tokens[neg].orig}'): nothing happened"
    guess = why_supposed(tokens, t.first, t.last, text, offset)
    if guess:  # "لصد أي هجوم", "قد يؤدي إلى اندلاع مواجهات", "بين الحين والآخر"
        return guess
    # The rules below read most words without و/ف, many of them again for every rule.
    bare = [_bare(x) for x in tokens]
    negated = next((k for k in range(1, t.first - 1) if bare[k] == bare[t.first]
                    and negation(tokens[k - 1])), None)
    if negated is not None and any(x.key in ("بل", "وانما", "انما") for x in tokens[negated + 1:t.first]):
        # "الذي لا يستهدف الجيش المصري فحسب، بل يستهدف كل المنطقة، ويستهدف كل الإسلام المعتدل":
        # the "but also" of an act negated before describes, as the negated one does
        return "the 'but also' of the same act negated before ('بل'): a description"
    told = next((k for k in range(max(1, t.first - ANNOUNCED_REACH), t.first)
                 if bare[k] in _ANNOUNCEMENT
                 and (bare[k - 1] in _AFTER or tokens[k - 1].key in _FOLLOWED)), None) \
        if t.trigger.event_type == "Strategic developments" else None
    if told is not None:  # "الأيام التي أعقبت إعلان حفتر بدء عملية": the launch came before
        return f"what was announced before ('{tokens[told - 1].orig} {tokens[told].orig}'): background"
    unable = next((k for k in range(max(1, t.first - 2), t.first) if bare[k] in _UNABLE
                   and negation(tokens[k - 1])), None)
    if unable is not None:  # "لم يتمكن من تفجيره": the belt never went off
        return f"could not ('{tokens[unable - 1].orig} {tokens[unable].orig}'): nothing happened"
    if t.trigger.sub_event_type == "Agreement":
        sought = next((k for k in range(max(0, t.first - PLAN_REACH), t.first)
                       if bare[k] in _SOUGHT or tokens[k].key in _SOUGHT), None)
        if sought is not None:
            return f"sought, demanded or welcomed ('{tokens[sought].orig}' before it): no agreement made there"
        if any(w in _TERMS for w in bare[max(0, t.first - 1):t.first] + bare[t.last + 1:t.last + 3]):
            return "its terms ('ينص'): the agreement told again"
    ahead = [x.key for x in tokens[t.last + 1:t.last + 12]]
    if any(ahead[i:i + 2] in (["لا", "يمكن"], ["cannot", "be"]) for i in range(min(len(ahead), 8))):
        # "الاعتقال التعسفي للمهاجرين لا يمكن أن يكون الحل": what something cannot be, a view
        return "a view of it ('لا يمكن'): what it cannot be, not a happening"
    near = tokens[max(0, t.first - 2):t.first] + tokens[t.last + 1:t.last + 7]
    again = next((x for x in near if _bare(x) in _REPEATEDLY or x.key in _REPEATEDLY), None)
    if again is None:  # "أكثر من مرة", "more than once"
        again = next((tokens[t.last + 1 + i] for i in range(len(ahead) - 2)
                      if ahead[i:i + 3] in (["اكثر", "من", "مره"], ["more", "than", "once"])), None)
    if again is not None:
        return f"done again and again ('{again.orig}'): many happenings summed, not one"
    if tokens and bare[0] in _HEAD_CALL and not any(
            w in _AFTER_WORDS for w in bare[max(0, t.first - 3):t.first]):
        # "وطلب من الجيش الانتشار الواسع داخل درنة، وبسط السيطرة عليها": all it asks for
        return f"what a call or order asks for ('{tokens[0].orig}' opens the sentence)"
    lately = next((k for k in range(t.last + 1, min(len(tokens), t.last + 6)) if bare[k] in _LATELY), None)
    if lately is not None:  # "في موقعين استهدفتهما ضربات جوية أمريكية مؤخرا": no day of its own
        return f"'recently' ('{tokens[lately].orig}' after it): recalled with no day, not told"
    earlier = next((k for k in range(t.last + 1, min(len(tokens), t.last + 4)) if bare[k] in _EARLIER), None)
    if earlier is not None:  # "كما شن الأفريكوم غارات مماثلة سابقة": earlier ones, no day
        return f"earlier ones ('{tokens[earlier].orig}' after it): recalled, not told"
    nearing = next((k for k in range(max(0, t.first - 6), t.first) if bare[k] in _NEARING), None)
    if nearing is not None:  # "تزامن مع اقتراب الجيش الليبي من بسط سيطرته على مدينة درنة"
        return f"nearly, not yet ('{tokens[nearing].orig}' before it)"
    if t.first > 0 and bare[t.first].removeprefix("ال") in _FIGHTS and _many(tokens[t.first - 1]):
        # "تجاوزنا أكثر من 200 معركة", "dozens of battles": a record of fights, not one
        return f"a count of fights ('{tokens[t.first - 1].orig} {tokens[t.first].orig}'): a record, not one happening"
    worn = next((k for k in range(max(0, t.first - 2), t.first) if bare[k] in _WEARING), None)
    if worn is not None:  # "وعشماوي كان يرتدي حزاما ناسفا ولم يستطع تفجيره"
        return f"worn ('{tokens[worn].orig}'): a bomb carried, not set off"
    about = next((k for k in range(max(0, t.first - 3), t.first) if tokens[k].key in ("عن", "about", "of")), None)
    story = next((k for k in range(max(0, (about or 0) - 2), about) if bare[k] in _STORY), None) \
        if about is not None else None
    if story is not None:  # "في قصة بيرغمان عن اغتيال المسؤول العسكري لحزب الله عماد مغنية في دمشق"
        return f"what a book, film or story tells ('{tokens[story].orig} ... {tokens[about].orig}')"
    charge = next((k for k in range(t.first) if bare[k] in _CHARGES or tokens[k].key in _CHARGES), None)
    if charge is not None and any(bare[k] in _CASE_COURT for k in range(min(t.first, charge + 4))):
        # "أصدرت محكمة ... حكما بالسجن ... بتهم ذات صلة بنشاطات إرهابية، من بينها ... تفجير"
        return f"the charges of a court case ('{tokens[charge].orig}' before it)"
    if 0 < t.first and t.last + 1 < len(tokens) and bare[t.first - 1] in _CAUSE and tokens[t.last + 1].key in _ONGOING:
        # "بعد الأضرار التي لحقت بشبكة الطاقة الكهربائية جراء القتال الدائر": the war as a cause
        return f"the ongoing fighting named as a cause ('{tokens[t.first - 1].orig} ... {tokens[t.last + 1].orig}')"
    if t.trigger.sub_event_type == "Arrests" and any(b in _CRIME for b in bare) \
            and not any(b in _MILITANT or x.key in _MILITANT for b, x in zip(bare, tokens)):
        # "أوقفت الشرطة الإيطالية خمسة أشخاص بتهمة تهريب المهاجرين", "توقيف ثلاث سيارات
        # محملة بمهاجرين": ACLED codes political arrests, not those for a crime
        return CRIME_ARREST
    if tokens[t.first].key in _WEAPON or bare[t.first] in _WEAPON:
        deal = next((k for k in range(max(0, t.first - ARMS_REACH), t.first) if bare[k] in _ARMS_TRADE), None)
        if deal is not None:  # "تشتري الكثير من المعدات منا ... والطائرات الحربية والصواريخ"
            return f"arms bought or sold ('{tokens[deal].orig}' before it), not fired"
    possible = next((k for k in range(t.last + 1, min(len(tokens), t.last + 3)) if bare[k] in _POSSIBLE), None)
    if t.first > 0 and not tokens[t.first].arabic and tokens[t.first - 1].key in _POSSIBLE:
        possible = t.first - 1  # "an imminent attack": the English adjective comes first
    if possible is not None and text and text[max(0, tokens[possible].start - offset - 1):][:1] in ('"', "«", "“"):
        possible = None  # 'إبلاغه باختطاف "محتمل" لطائرة': an official's hedge on one under way
    if possible is not None and (possible in (t.first - 1, t.last + 1) or tokens[t.last + 1].key.startswith("ال")):
        # "طرح المخاوف المتعلقة بالهجوم المحتمل", "الحملة العسكرية الوشيكة": expected, not told
        return f"possible or expected ('{tokens[possible].orig}'): not a happening"
    supposed = next((k for k in range(max(0, t.first - SUPPOSED_REACH), t.first)
                     if bare[k] in _SUPPOSED or tokens[k].key in _SUPPOSED), None)
    if supposed is not None:  # "بدأت الشرطة التحقيق تحسبا لاحتمال أن تكون عملية اغتيال مدبرة"
        return f"supposed ('{tokens[supposed].orig}' before it): a possibility, not a happening told"
    def says(words: frozenset) -> bool:
        return any(b in words or x.key in words for b, x in zip(bare, tokens))

    if ("جث" in t.trigger.phrase or "body" in t.trigger.phrase) and says(_UNCLEAR) and says(_DIED) \
            and not says(_HURT):
        # "عثرت الشرطة على جثة رجل ... بعد أن توفي في ظروف غامضة": a death, not told as a killing
        return "a body of one who died in unclear circumstances: a death not told as a killing"
    # the plan before 'targets' or, its subject after the verb, right after it ("ويستهدف هذا
    # المشروع", "تستهدف الحملة")
    aim = next((k for k in (*range(max(0, t.first - 2), t.first), *range(t.last + 1, min(len(tokens), t.last + 3)))
                if bare[k] in _AIM_NOUN), None) if bare[t.first] in _AIMS else None
    served = t.last + 1
    while served < len(tokens) - 1 and (bare[served] in _ABOUT or tokens[served].key[:1].isdigit()):
        served += 1  # "تستهدف حوالي 5050 عائلة": the figure is no object
    if aim is None and bare[t.first] in _AIMS and served < len(tokens) and bare[served] in _SERVED:
        aim = served  # "تستهدف 5050 عائلة سورية", "وتستهدف المتسوقين": whom a programme serves
    obj = t.last + 1
    if obj + 1 < len(tokens) and bare[obj] in _PROCESS:
        obj += 1  # "استهداف العملية الديمقراطية": the kind of process decides
    if aim is None and (bare[t.first] in _AIMS or t.trigger.phrase in ("استهدف*", "استهداف")) and obj < len(tokens) \
            and bare[obj] in _AIM_OBJECT:
        # "تستهدف إعلاء قيم السلوك", "واستهدفت إنقاذ 112 مهاجرا": what a measure or a
        # rescue aimed at, in either tense; "استهداف العملية الديمقراطية": a threat to a state
        aim = obj
    if aim is not None:  # "في خطوة تستهدف بها الحكومة تصعيد النزاع": a present-tense 'targets' is 'aims at'
        return f"what a step or plan aims at ('{tokens[aim].orig}' with '{tokens[t.first].orig}'): not a strike"
    execution = t.trigger.phrase == "إعدام" or (t.trigger.phrase == "رميا بالرصاص" and _EXECUTION in bare[:t.first])
    if execution and any(w in _COURT for w in bare[:t.first]) \
            and not any(w in _MILITANT or x.key in _MILITANT for w, x in zip(bare, tokens)):
        # "وقرر قاضي المحكمة ... إعدام سيف الإسلام ... رمياً بالرصاص": a sentence passed, however
        # far the verb (not an armed group's "court" that announces one has killed)
        return "a court's death sentence: a verdict, no killing"
    if t.trigger.sub_event_type == "Chemical weapon" and not tokens[t.first].key.startswith("ب") \
            and not any(w in _WEAPON_USE or x.key in _WEAPON_USE for w, x in zip(bare, tokens)):
        return "chemical weapons named, not used: stocks or their transfer, no attack"
    denial = next((x for x, w in zip(before, bare) if w in _DENIAL or x.key in _DENIAL), None)
    if denial is not None:
        return f"denied ('{denial.orig}'): told as not having happened"
    listed = next((k for k in range(2, t.first) if tokens[k].key == "يلي" and tokens[k - 1].key == "ما"
                   and any(bare[j].startswith(_FOILED) for j in range(max(0, k - 4), k - 1))), None)
    if listed is not None:  # "ومن العمليات التي تم إحباطها ما يلي:- 1- عملية انتحارية ... تستهدف"
        return f"an item of a list of foiled plots ('{tokens[listed - 2].orig} ما يلي'): not a happening"
    # "حذر المجلس الرئاسي من اندلاع اشتباكات", "يخشى سكان بنغازي من تجدد القصف": what a warning
    # or a fear is of stands after من, however long its subject
    of = t.first - (2 if t.first > 1 and tokens[t.first - 1].key in _ONSET else 1)
    # ... and so does a clause after أن ("تخشى الأسر في بنغازي أن تطال القذائف منازلها")
    reach = 2 * PLAN_REACH if of >= 0 and (tokens[of].key == "من" or any(
        x.key == "ان" for x in tokens[max(0, t.first - 2):t.first])) else PLAN_REACH
    for k in range(max(0, t.first - reach), t.first):
        if text and _BREAK.search(text[tokens[k].end - offset:tokens[t.first].start - offset]):
            continue  # "أعلن خطة لتأمين المدينة، اندلعت اشتباكات": another clause
        if (bare[k] in _PLAN or tokens[k].key in _PLAN) and not _court_name(tokens, k):
            return f"a plan, threat, wish or concern ('{tokens[k].orig}' before it)"
        if (bare[k] in _PROTECT or tokens[k].key in _PROTECT) and tokens[t.first - 1].key == "من":
            return f"what is guarded against ('{tokens[k].orig} ... من'): not a happening"
        if bare[k] in _CASE:
            return f"a court case ('{tokens[k].orig}' before it)"
    if tokens[t.first].arabic and not t.trigger.phrase.startswith("ب") and (
            tokens[t.first].key.startswith("ب") or (t.first > 0 and tokens[t.first - 1].key in _DO_WITH_B)):
        # the ب-object of a threat or a demand, however far its subject and date put it: "هدد ... بإعدام"
        threat = next((k for k in range(max(0, t.first - THREAT_REACH), t.first)
                       if bare[k] in _THREAT or bare[k] in _DEMAND or bare[k] in _ACCUSES), None)
        if threat is None and t.first > 0 and tokens[t.first - 1].key in _DO_WITH_B:
            # "توعد تنظيم داعش مجلس النواب والقائد العام للجيش، خليفة حفتر، بعمليات ذبح":
            # whom a threat names, commas and all, stands before its ب-object
            threat = next((k for k in range(max(0, t.first - 2 * THREAT_REACH), t.first) if bare[k] in _THREAT), None)
            if threat is not None and text and _CLAUSE_END.search(text[tokens[threat].end - offset:
                                                                      tokens[t.first].start - offset]):
                threat = None
        elif threat is not None and text and _BREAK.search(
                text[tokens[threat].end - offset:tokens[t.first].start - offset]):
            threat = None
        if threat is not None:
            what = "what one side accuses the other of, as a rule" if bare[threat] in _ACCUSES else THREATENED
            return f"{what} ('{tokens[threat].orig} ... {tokens[t.first].orig}'): not a happening"
    if not tokens[t.first].arabic and t.first >= 2:
        near = [x.key for x in tokens[max(0, t.first - 3):t.first]]
        if "end" in near and "to" in near[near.index("end"):]:
            return "an end called for or put to it ('an end to the fighting'): not a happening"
        if tokens[t.first - 1].key == "of" and any(x.key in ("accuses", "accuse")
                                                   for x in tokens[max(0, t.first - 8):t.first]):
            return "what one side accuses the other of, as a rule ('accuses ... of shelling'): not a happening"
    option = next((k for k in range(t.last + 1, min(len(tokens), t.last + 1 + OPTION_REACH))
                   if bare[k] in _OPTION or tokens[k].key in _OPTION), None)
    if option is not None and not (text and _BREAK.search(
            text[tokens[t.last].end - offset:tokens[option].start - offset])):
        return f"an option ('{tokens[option].orig}' after it): weighed, not a happening"
    said = court_attribution(tokens, bare)
    if said:
        return f"what a court case alleges ('{said}'): not a happening told as news"
    for k, tok in enumerate(before):
        key = bare[k]
        if key in _ANNIVERSARY or tok.key in _ANNIVERSARY:
            return f"an anniversary ('{tok.orig}'): history"
        if key in _ALREADY and k + 1 < len(tokens) and tokens[k + 1].key in ("أن", "ان", "له", "لها", "لهم"):
            return f"what had already happened ('{tok.orig} {tokens[k + 1].orig}'): background"
    total = next((x for x, w in zip(before, bare) if w in _TOTAL), None)
    if total is not None and "الان" in bare:  # a key الان is its own bare form
        return f"a running total ('{total.orig}'): background"  # "ويناهز مجموع التونسيين المختطفين"
    if counted_munitions(tokens, t.first):  # "وثقت عدد البراميل والصواريخ التي ألقيت على مدينة الزبداني"
        return "a count of what was dropped or fired: a tally of many happenings"
    since = next((k for k in range(max(0, t.first - SINCE_CLAUSE), t.first - 1)
                  if bare[k] in _SINCE and tokens[k + 1].key in ("أن", "ان")
                  and not (text and _BREAK.search(text[tokens[k].end - offset:tokens[t.first].start - offset]))), None)
    if since is not None:  # "منذ أن بسطت جماعة منافسة سيطرتها على العاصمة": what began it all
        return f"what a state dates from ('{tokens[since].orig} {tokens[since + 1].orig}'): background"
    used = next((k for k in range(0, min(t.first, 3)) if bare[k].startswith("استغل")
                 and any(w in _CHAOS or x.key in _CHAOS  # "فراغا": its ف is no conjunction
                         for w, x in zip(bare[k + 1:k + 5], tokens[k + 1:k + 5]))), None)
    if used is not None:  # "واستغل تنظيم داعش الفوضى بأن سيطر على بضع بلدات وأعدم أجانب": a wire's background
        return f"what a group did with the chaos ('{tokens[used].orig}'): a summary of years, background"
    era = next((k for k in range(max(0, t.first - 2), t.first) if tokens[k].key in ("ابان", "وابان")), None)
    if era is not None:  # "خصوصًا إبان معارك كوباني", "إبان غزو العراق": a time named by it, history
        return f"a time named by it ('{tokens[era].orig} {tokens[t.first].orig}'): history"
    if text and BEFORE_CHRIST.search(text):  # "لانتصاره في معركة رفح ... عام 217 قبل الميلاد"
        return f"an age before Christ ('{BEFORE_CHRIST.search(text).group()}'): history"
    earlier = next((k for k in range(max(0, t.first - EARLIER_REACH), t.first - 1)
                    if tokens[k].key == "في" and bare[k + 1] == "السابق"), None)
    if earlier is not None:  # "كما فعلوا في السابق عند اختطافهم للسفير الأردني": before, as a habit
        return "what happened before ('في السابق'): background"
    long_span = (LONG_SPAN.search(text) or OVER_YEARS.search(text)) if text else None
    if long_span and not FIRST_SINCE.search(text, 0, long_span.start()):
        # "ويخوض التبو والطوارق معارك ... منذ أكثر من عام ونصف" (not "the first since")
        return f"a state over a year or more ('{long_span.group().strip()}'): not one happening"
    for k, tok in enumerate(tokens):
        # "قتل أكثر من ألف شخص منذ عام 2014": a tally (not "the first attack since 2014").
        if bare[k] in _SINCE and since_a_span(tokens, k, bare) and not any(
                w in _FIRST for w in bare[max(0, k - 6):k]):
            return f"a tally or state since long ago ('{tok.orig} {tokens[k + 1].orig}'): background"
    many = next((k for k in range(len(tokens) - 1) if bare[k] in _KILL_WORDS
                 and bare[k + 1] in _HUNDREDS), None)
    if many is not None and not any(w in _DAY_TOLD for w in bare):
        # "وقُتل المئات من أفراد الجيش في هجمات": a toll of many attacks ("آخرها أمس في قاعدة
        # العند ... بعد مواجهات أسفرت عن مقتل مئات" is a day's battle, its toll only vague)
        return f"a toll in hundreds or thousands ('{tokens[many].orig} {tokens[many + 1].orig}'): a tally"
    view = next((k for k in range(max(0, t.first - 8), t.first - 1) if bare[k] in _VIEW
                 and tokens[k + 1].key in ("ان", "أن")), None)
    if view is not None:  # "ويروا أن قتال الشرطة والجيش واجب": what someone thinks
        return f"a view ('{tokens[view].orig} {tokens[view + 1].orig}'): not a happening told"
    passed = time_passed(tokens, t.first, bare)
    if passed:
        return f"the time passed since it ('{passed}'): history"
    span = over_weeks(tokens, bare)
    if span:
        return f"a tally over a span ('{span}'): not one happening"
    head = " ".join(x.key for x in before)
    hit = next((p for p in _ALREADY_EN if p in head), "")
    if hit:
        return f"what had already happened ('{hit}'): background"
    return ""


def _crime_told_again(doc: Doc, c: Clause, t: TriggerMatch) -> bool:
    """"ألقت القبض على ثلاثة ليبيين ... بالاتجار بالبشر. واعتقل الخمسة في باليرمو": an arrest
    right after one found a crime, with no armed group of its own, is that arrest again."""
    return t.trigger.sub_event_type == "Arrests" and 0 <= doc.crime_arrest == c.index - 1 and not any(
        _bare(x) in _MILITANT or x.key in _MILITANT for x in c.tokens)


def reported(doc: Doc, c: Clause) -> bool:
    if not c.found:
        return True  # a blame sentence with no trigger (see "triggers") goes on
    question = c.text.rstrip().rstrip("»\"'”)").endswith(("؟", "?")) or bool(
        c.tokens and c.tokens[0].arabic and _bare(c.tokens[0]) in _ASKING)  # a column's "وكيف سيتعايش ... بعد"
    kept, threatened = [], []
    for t in c.found:
        why = why_not_news(c.tokens, t, question, c.text, c.sentence.start)
        if not why and _crime_told_again(doc, c, t):
            why = CRIME_AGAIN
        if why in (CRIME_ARREST, CRIME_AGAIN):
            doc.crime_arrest = c.index
        if why.startswith(THREATENED):
            threatened.append(t)
        if not why:
            kept.append(t)
        elif doc.trace is not None:
            doc.trace.note(c, "reported", f"'{phrase(c, t)}' dropped: {why}")
    gone = [t for t in c.found if t not in kept]
    for t in [t for t in kept if any(0 < t.first - g.last <= 2 for g in threatened)]:
        kept.remove(t)  # "هدد التنظيم بإعدام نساء خطفهن": the women threatened, by what was done to them
        if doc.trace is not None:
            doc.trace.note(c, "reported", f"'{phrase(c, t)}' dropped: it describes whom a threat names")
    for t in [t for t in kept if t.trigger.flag == "weak" and result_of(c.tokens, gone, t)]:
        # "أعربت عن قلقها إزاء تجدد الاشتباكات ... ما أدى إلى مقتل أكثر من 60": the toll of
        # what was dropped goes with it
        kept.remove(t)
        if doc.trace is not None:
            doc.trace.note(c, "reported", f"'{phrase(c, t)}' dropped: the toll of a happening dropped before it")
    c.found = kept
    return bool(kept)
