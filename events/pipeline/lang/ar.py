"""Arabic rules of the trigger stages (words in ``events/lexicon/cues.csv``, lang ar)."""
from __future__ import annotations

from events.event_types import TriggerMatch
from events.pipeline.cues import cue
from events.sentences import Token, tokenize

_PURPOSE = cue("purpose", "ar")
_NEGATION = cue("negation", "ar")
_TO_FIGHT = cue("to_fight", "ar")
_PREVENT = cue("prevent", "ar")
_AIM_ON = cue("aim_on", "ar")
_ORDERED = frozenset({"امر", "قرر", "وجه", "اصدر"})
_SURVIVED = ("نجا", "نجت", "ينجو", "تنجو", "نجاه", "نجاته", "نجوا")
BATTLE_NOUNS = frozenset({"معركه", "معارك"})
_ROLE = frozenset(w.key for w in tokenize("أهمية أهميتها أهميته دور دورا دوره دورها الدور"))
_WHICH = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين"})
_PLAYED = ("لعب", "يلعب", "تلعب", "لعبت")
_ALLYING = ("تحالف", "حشد", "يحشد", "تحشد", "استعد", "يستعد", "تستعد", "يخطط", "خطط")


def is_purpose(tokens: list[Token], t: TriggerMatch) -> bool:
    """"لتحرير العاصمة", "حتى استعادة درنة": an aim, not a happening."""
    tok = tokens[t.first]
    prev = tokens[t.first - 1].key if t.first > 0 else ""
    suffered = ("تعرض", "يتعرض", "تتعرض", "معرض")
    if any(tokens[k].key.lstrip("و").startswith(suffered) for k in range(max(0, t.first - 3), t.first)):
        return False  # "تعرضه لهجوم صاروخي", "تعرض المجبري للاختطاف": it suffered the act
    if tok.key.startswith("ل") and any(tokens[k].key.lstrip("و").startswith(suffered)
                                      for k in range(max(0, t.first - 20), t.first)):
        return False  # "تعرض السويحلي الذي يشغل منصب ... والوفد المرافق له لكمين": the long subject between
    if prev in ("محاوله", "لمحاوله") and t.first > 1 and tokens[t.first - 2].key in ("من", "ومن") \
            and any(tokens[k].key.lstrip("و").startswith(_SURVIVED) for k in range(max(0, t.first - 20), t.first - 2)):
        return False  # "نجا مصطفى الدباشي، وزير داخلية ...، أمس، من محاولة اغتيال في تونس": it was made
    if prev in _PURPOSE:
        return True  # "سيقاتل حتى استعادة درنة", "بهدف السيطرة"
    if prev == "علي" and t.first > 1 and tokens[t.first - 2].key.lstrip("و") in _AIM_ON:
        return True  # "في إشارة إلى العمل على استعادة ميناء ومدينة الحديدة": worked at, not done
    if prev in ("لمعركه", "لعمليه", "لحمله"):
        return True  # "استدعت كل أفرادها لمعركة التحرير": the battle it is called up for
    if tok.key.startswith("و") and any(tokens[k].key in _PURPOSE for k in range(max(0, t.first - 5), t.first - 1)):
        return True  # "بذريعة محاربة تنظيم داعش، واستهداف قوات الجيش": the aim's second half
    back = [tokens[k].key for k in range(max(0, t.first - 7), t.first)]
    if len(back) >= 3 and back[-1] == "من" and back[-2] in ("المزيد", "مزيد") and back[-3].lstrip("و").startswith("ل"):
        return True  # "ضغوطا لتنفيذ المزيد من الضربات": more strikes to be made
    if "من" in back[-2:] and any(k in _PREVENT for k in back):
        return True  # "بهدف منع قوات الجيش من إعادة السيطرة على درنة": to be prevented
    if tok.key.startswith("ل") and any(tokens[k].key.lstrip("و") in ("المنطلق", "منطلق", "منطلقا")
                                      for k in range(max(0, t.first - 4), t.first)):
        return True  # "كانت المنطلق الرئيس للجماعات الإرهابية للهجوم على الموانئ": where attacks set out from
    if tok.key.startswith("ب") and any(tokens[k].key.lstrip("و").startswith(("سمح", "يسمح", "تسمح"))
                                      for k in range(max(0, t.first - 4), t.first)):
        return True  # "الحكومات المتعاقبة سمحت لجماعات مسلحة باعتقال معارضين": what was let be done
    if any(tokens[k].key.lstrip("و") == "سواء" for k in range(max(0, t.first - 4), t.first)):
        return True  # "سواء بقتلهم في الاشتباكات أو القبض عليهم": either of two outcomes, in general
    if tok.key.startswith("ب") and tokens and tokens[0].key.lstrip("و") in _ORDERED:
        return True  # "أمر القائد العام ... بتسليم الموانئ النفطية": an order, not its carrying out
    if tok.key.startswith("لل") and any(tokens[k].key.lstrip("و").startswith(_ALLYING)
                                       for k in range(max(0, t.first - 12), t.first)):
        return True  # "تحالف مع مرتزقة المعارضة التشادية وتنظيم القاعدة للهجوم على الهلال النفطي"
    if tok.key in _TO_FIGHT:
        return True  # "تصدير العناصر للقتال مع جبهة النصرة": "to fight", why someone went somewhere
    first_word = t.trigger.phrase.split()[0]
    if tok.key.startswith("لل") and t.trigger.flag == "territory":
        return True  # "سعت للسيطرة على الهلال النفطي": ground to be taken (not "تعرض للهجوم")
    return tok.key.startswith("ل") and not first_word.startswith("ل") and not tok.key.startswith("لل") or \
        tok.key.startswith("لل") and not first_word.startswith("ال")


def is_negated(tokens: list[Token], t: TriggerMatch) -> bool:
    """"دون وقوع اشتباكات", "لم يقوموا بأي عملية مواجهة": nothing happened."""
    if t.first > 0 and tokens[t.first - 1].key in _NEGATION:
        return True
    any_ = next((k for k in range(max(0, t.first - 2), t.first) if tokens[k].key in _ANY), None)
    return any_ is not None and any(tokens[k].key.removeprefix("و") in _NEGATION for k in range(max(0, any_ - 3), any_))


_ANY = frozenset({"اي", "باي", "ايه", "بايه"})  # "not any": "لم تسجل أي اشتباكات"


def definite(t: Token) -> bool:
    """"الهجوم", "للهجوم": a happening already named."""
    key = t.key[1:] if t.key[:1] in ("و", "ف") and t.key[1:3] == "ال" else t.key
    return key.startswith("ال") or key.startswith("لل")


def definite_at(tokens: list[Token], i: int) -> bool:
    """"الهجوم"; "وهو أحدث هجوم يستهدف سفنا", "آخر هجوم": a noun after a superlative in
    construct is definite, the happening already named."""
    return definite(tokens[i]) or (i > 0 and tokens[i - 1].key.lstrip("و") in _LATEST)


_LATEST = frozenset({"احدث", "اخر"})


def definite_phrase(tokens: list[Token], t: TriggerMatch) -> bool:
    """"الاتفاق", "إغلاق الحقل": a noun before a definite one is definite."""
    return definite(tokens[t.first]) or (t.last > t.first and definite(tokens[t.first + 1]))


def is_role_in(tokens: list[Token], t: TriggerMatch) -> bool:
    """"وتكتسب مدينة درنة أهمية استراتيجية في معركة الجيش مع الإرهابيين", "دوره في
    المعارك", "الضربات ... كان لها دور": what a place, a side or its strikes mean in a war,
    not a fight told."""
    if any(tokens[k].key == "كان" and k + 2 < len(tokens) and tokens[k + 1].key in ("لها", "له", "لهم")
           and tokens[k + 2].key.lstrip("و") in _ROLE for k in range(t.last + 1, min(len(tokens) - 2, t.last + 9))):
        return True  # "ضربات طيران التحالف خصوصا في تعز كان لها دور ايجابي": what they did for a side
    if t.first == 0 or tokens[t.first - 1].key != "في":
        return False
    back = [tokens[k].key.lstrip("و") for k in range(max(0, t.first - 14), t.first - 1)]
    if tokens[t.first].key.startswith("ال") and any(k in _ROLE for k in back) and any(k.startswith(_PLAYED) for k in back):
        return True  # "الدور الذي لعبه المالكي في تسهيل المهمة على داعش في السيطرة على الموصل": a part played
    return tokens[t.first].key.lstrip("و").removeprefix("ال") in BATTLE_NOUNS and any(k in _ROLE for k in back[-3:])


def is_future_copula(tokens: list[Token], t: TriggerMatch) -> bool:
    """"أكبر معارك الجيش الليبي ستكون في الغرب": what a fight will be, not one told."""
    return any(tokens[k].key in ("ستكون", "سيكون") for k in range(t.last + 1, min(len(tokens), t.last + 5)))


def is_fought_before(tokens: list[Token], t: TriggerMatch) -> bool:
    """"مستفيدا من المعارك التي خاضها في مناطق الهلال النفطي والجفرة وبنغازي ودرنة": the
    battles a side has fought, summed up in a relative clause: its record, not a happening."""
    k = t.last + 1
    return k + 1 < len(tokens) and tokens[k].key in _WHICH and tokens[k + 1].key.lstrip("و").startswith("خاض")


_ON_THEM = frozenset({"عليه", "عليها", "عليهما", "عليهم", "عليهن"})
SHOOTING = frozenset({"إطلاق النار", "إطلاق نار", "إطلاق الرصاص", "أطلق* ... النار"})
_FORCE_WORDS = frozenset(w.key.removeprefix("ال") for w in tokenize(
    "دورية دوريات قوة قوات عناصر نقطة حاجز كمين جنود جندي شرطي شرطة أمنية أمني عسكرية عسكري الأمن الجيش "
    "كتيبة رتل آلية آليات"))


def is_shot_at_someone(tokens: list[Token], t: TriggerMatch) -> bool:
    """"جراء اطلاق نار عليهما ... من قبل وحدات عسكرية", "تعرض بشير صالح إلى إطلاق نار من قبل
    مجهول": shots fired at someone (a pronoun right after, or someone "subjected to" them),
    not an exchange of fire."""
    after = [x.key for x in tokens[t.last + 1:t.last + 3]]
    before = [x.key.lstrip("و").lstrip("ل").removeprefix("ال") for x in tokens[max(0, t.first - 4):t.first]]
    if any(k in _FORCE_WORDS for k in before):
        return False  # "تعرضت دورية أمنية لإطلاق نار": a force fired on, a fight
    return any(k in _ON_THEM for k in after) or any(k.startswith("تعرض") for k in before)


# Narrower than event_types.AIR_WORDS: its adjectives (حربية، جوية) and مقاتلة/مسيرة (a
# fighter, a march) name no subject that attacks
_AIRCRAFT = ("طائرات", "طائره", "مقاتلات", "طيران", "مروحيات", "مروحيه")
_GROUND = ("مسلح", "قوات", "عناصر", "مقاتلين", "مقاتلون", "مجموعه", "كتيبه")
AIRCRAFT_REACH = 10  # "أن طائرات حربية أغرقت أول من أمس سفينة وهاجمت سفينة أخرى"


def is_attack_by_aircraft(tokens: list[Token], first: int) -> bool:
    """"طائرات تابعة للجيش هاجمت سفينة", "أن طائرات حربية أغرقت ... سفينة وهاجمت سفينة
    أخرى": aircraft that attack strike from the air; no ground force named between them
    and the verb, nor right after it, which would be the attacker ("طائرات ... ثم هاجم مسلحون")."""
    if first + 1 < len(tokens) and tokens[first + 1].key.lstrip("و").removeprefix("ال").startswith(_GROUND):
        return False
    for k in range(first - 1, max(-1, first - 1 - AIRCRAFT_REACH), -1):
        key = tokens[k].key.lstrip("و").removeprefix("ال")
        if key.startswith(_GROUND):
            return False
        if key in _AIRCRAFT:
            return True
    return False


COUNT_REACH = 8  # "عدد البراميل والصواريخ والقذائف التي ألقيت": the counted things named before the verb


def counted_munitions(tokens: list[Token], first: int) -> bool:
    """"وثقت عدد البراميل والصواريخ والقذائف التي ألقيت ... خلال 16 يوما": the verb of a relative
    clause on what a number ("عدد", not "عدد من", several) counts, or a munition so counted
    ("عدد البراميل ... 650 برميلا ... 1500 صاروخ غراد"): a tally, not a strike told."""
    counts = [k for k in range(first) if tokens[k].key.lstrip("وب") == "عدد" and k + 1 < len(tokens)
              and tokens[k + 1].key != "من"]
    if any(tokens[k + 1].key.removeprefix("ال").startswith(_MUNITIONS) for k in counts):
        return True
    return first >= 2 and tokens[first - 1].key in _WHICH and any(first - 1 - COUNT_REACH <= k for k in counts)


_MUNITIONS = ("براميل", "صواريخ", "قذائف", "غارات", "ضربات")
