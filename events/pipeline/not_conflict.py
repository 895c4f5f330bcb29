"""Trigger words that tell no conflict event (stage "triggers" asks these through
``NOT_HAPPENING``): migrants stopped at sea, a shipwreck's dead, an accident, a word that
only looks like a trigger, a case considered rather than told, a charge of using human
shields, a goal named, a politician's words "attacking" another, a festival called تظاهرة,
a police ambush that only made an arrest, a cyber attack, animals "arrested", a brawl."""
from __future__ import annotations

from events.event_types import TriggerMatch
from events.sentences import Token, clitic_forms, tokenize


def is_interception(tokens: list[Token], t: TriggerMatch) -> bool:
    """"مجموعة ثالثة شملت 490 مهاجرا قبض عليهم قبالة بلدة القرة بوللي", "migrants intercepted
    off Zuwara", "بعد أن أوقف خفر السواحل زورقه قبالة ساحل طرابلس": migrants or their boat
    stopped at sea, which ACLED does not code as a conflict event."""
    if t.trigger.sub_event_type != "Arrests":
        return False
    before = [tokens[k].key for k in range(max(0, t.first - 6), t.first)]
    after = [tokens[k].key for k in range(t.last + 1, min(len(tokens), t.last + 5))]
    return (any(k.lstrip("و").startswith(("مهاجر", "migrant")) for k in before)
            or any(k.removeprefix("ال").startswith(_BOATS) for k in after)) and any(k in ("قباله", "off") for k in after)


_BOATS = ("زورق", "قارب", "مركب", "boat")


def is_drowning(tokens: list[Token], t: TriggerMatch) -> bool:
    """"انتشال جثث خمسة مهاجرين ... بعد غرق قاربهم", "migrants drowned": a shipwreck's dead
    or bodies, no violence."""
    if t.trigger.event_type not in ("Violence against civilians", "Battles") or t.trigger.sub_event_type not in (
            "Attack", "Armed clash"):
        return False
    if not any("غرق" in k.key or "drown" in k.key for k in tokens):
        return False  # the common case, cheaply
    keys = [k.key.lstrip("وب").removeprefix("ال") for k in tokens]
    return any(k.startswith(("غرق", "drown")) for k in keys) and \
        any(k.startswith(("قارب", "مهاجر", "سفين", "boat", "migrant")) for k in keys)  # not "غرق البلاد في الفوضى"


def is_accident(tokens: list[Token], t: TriggerMatch) -> bool:
    """"انفجرت إحدى الألعاب النارية في وجهه", "قتل شخصان في انفجار أسطوانة غاز", "a gas
    cylinder exploded": a blast of fireworks or of a gas cylinder, and the deaths told with
    it, are an accident, no violence."""
    if t.trigger.event_type != "Explosions/Remote violence" and t.trigger.flag != "weak":
        return False
    if not any("ناري" in k.key or "غاز" in k.key or "firework" in k.key or k.key == "gas"
               or k.key.endswith(("محرك", "اطار")) for k in tokens):
        return False  # the common case, cheaply
    keys = [k.key.lstrip("وب").removeprefix("ال") for k in tokens]
    return any(k.startswith("firework")
               or (k.startswith(("العاب", "اسطوان")) and n.removeprefix("ال").startswith(("ناري", "غاز")))
               or (k == "gas" and n.startswith(("cylinder", "canister")))
               # "انفجار محرك طائرة", "جراء انفجار الاطار الامامي": a machine failed
               or (k.startswith("انفجار") and n.removeprefix("ال") in ("محرك", "اطار"))
               for k, n in zip(keys, [*keys[1:], ""]))


_BRAWL = frozenset(w.key for w in tokenize("شجار مشاجرة مشاجرات عراك الشجار المشاجرة شجارا brawl brawls"))
_MILITANT = frozenset(w.key for w in tokenize(
    "داعش تنظيم التنظيم مسلح مسلحين المسلحين مسلحة المسلحة ميليشيا مليشيا الميليشيات المليشيات كتيبة الكتيبة "
    "militia militiamen gunmen armed"))


def is_brawl(tokens: list[Token], t: TriggerMatch) -> bool:
    """"أسفر شجار في حفل زفاف بمعتمدية قليبية عن مقتل شاب": a brawl's dead, a crime, not
    political violence, unless an armed group or armed men are named ("شجار بين عناصر
    كتيبتين تطور إلى اشتباكات مسلحة")."""
    if t.trigger.event_type not in ("Violence against civilians", "Battles") and t.trigger.flag != "weak":
        return False
    keys = [k.key.lstrip("و") for k in tokens]
    return any(k in _BRAWL for k in keys) and not any(k in _MILITANT or k.lstrip("ب") in _MILITANT for k in keys)


# the cheap look for a crash word; then whole Arabic words ("الانقلابية", putschist, is no
# overturned car) or English stems
_CRASH = ("تحطم", "انقلاب", "اصطدام", "تصادم", "حادث", "حوادث", "crash", "collision", "overturn", "accident")
_CRASH_AR = frozenset({"تحطم", "تحطمت", "انقلاب", "انقلبت", "اصطدام", "اصطدمت", "تصادم"})
_CRASH_EN = ("crash", "collision", "overturn", "accident")
# "حادث سير", "حادث مروري": a road's dead (حادث alone is any incident, "حادث إطلاق نار")
_ROAD_AR = frozenset({"سير", "مروري", "مرور"})
# what makes a crash the work of a side: "تحطم طائرة بعد إسقاطها بصاروخ"
_BROUGHT_DOWN = ("اسقاط", "اسقط", "استهداف", "استهدف", "صاروخ", "قصف", "هجوم", "رصاص", "نيران", "مضاد",
                 "shot", "downed", "missile", "attack", "fire")


def is_crash(tokens: list[Token], t: TriggerMatch) -> bool:
    """"قتل 3 أشخاص من جراء تحطم طائرة شحن عسكرية بعيد إقلاعها", "مقتل 4 أشخاص إثر انقلاب
    سيارة", "قتل شخصان في حادث سير", "killed in a traffic accident": the dead of a crash, no
    violence, unless the sentence says what brought it down."""
    if t.trigger.event_type not in ("Violence against civilians", "Battles") and t.trigger.flag != "weak":
        return False
    if not any(c in k.key for k in tokens for c in _CRASH):
        return False  # the common case, cheaply
    keys = [k.key.lstrip("وب").removeprefix("ال") for k in tokens]
    road = any(k in ("حادث", "حوادث") and n.removeprefix("ال") in _ROAD_AR for k, n in zip(keys, [*keys[1:], ""]))
    return (road or any(k in _CRASH_AR or k.startswith(_CRASH_EN) for k in keys)) \
        and not any(k.startswith(_BROUGHT_DOWN) for k in keys)


# "غالبا ما", "عادة ما", "كثيرا ما": what happens as a rule, no happening told
_AS_A_RULE = frozenset(w.key for w in tokenize("غالبا عادة كثيرا دائما وغالبا وعادة وكثيرا ودائما"))
_DAY_AFTER_DAY = frozenset(w.key for w in tokenize("يومي متكرر دوري مستمر"))  # after بشكل
DAILY_REACH = 16  # "بشكل يومي، جراء استهداف الأبراج والمحطات الكهربائية الرئيسية، بقذائف صاروخية"
HABIT_REACH = 10  # "وغالبا ما تشهد مدن في جنوبي ليبيا، خاصة سبها، مواجهات"


def is_habitual(tokens: list[Token], t: TriggerMatch) -> bool:
    """"وغالبا ما تشهد مدن في جنوبي ليبيا، خاصة سبها، مواجهات قبلية", "عادة ما تندلع اشتباكات",
    "انقطاع التيار بشكل يومي جراء استهداف الأبراج": what happens as a rule, or day after day,
    no happening told."""
    return any(tokens[k].key in _AS_A_RULE and tokens[k + 1].key == "ما"
               for k in range(max(0, t.first - HABIT_REACH), t.first - 1)) \
        or any(tokens[k].key == "بشكل" and tokens[k + 1].key in _DAY_AFTER_DAY  # or "لقصف بشكل متكرر"
               for k in (*range(max(0, t.first - DAILY_REACH), t.first - 1),
                         *range(t.last + 1, min(len(tokens) - 1, t.last + 4))))


# A word ending in ة is matched whether written with ة or ه (many reports write ه); some of
# those ه-forms are another word too: "مظاهره" is also "مظاهر" + "ه", its manifestations.
_POSSESSIVE_LOOK_ALIKES = frozenset({"مظاهره"})


def is_possessive_look_alike(tokens: list[Token], t: TriggerMatch) -> bool:
    """"ومن أبرز مظاهره انتشار السلاح": where the sentence writes ة elsewhere, a trigger
    written with ه is not that ة-word but a noun with "its" (مظاهر + ه), no demonstration."""
    if t.first != t.last or tokens[t.first].orig.lstrip("وبل") not in _POSSESSIVE_LOOK_ALIKES:
        return False
    return any(k.orig.endswith("ة") for k in tokens)


# a trigger word right after one of these is the rest of a place's name ("منطقة وادي الخطف")
_NAME_HEADS = frozenset({"وادي", "جبل", "بئر", "عين"})


def is_place_name(tokens: list[Token], t: TriggerMatch) -> bool:
    """"سيارة على مستوى منطقة وادي الخطف بمعتمدية قليبية": a valley, a mountain or a well
    named by a word that is also a trigger is a place, no kidnapping."""
    head = tokens[t.first - 1].key if t.first > 0 else ""
    return (head in _NAME_HEADS or head.lstrip("وب") in _NAME_HEADS) and tokens[t.first].key.startswith("ال")


_OCCURRENCE = frozenset({"وقوع", "ووقوع"})
_WOULD = frozenset(w.key for w in tokenize("يهدد تهدد سيؤدي ستؤدي سيدفع ستدفع سيجبر ستجبر سيسفر سيخلف ستخلف"))


def is_hypothetical(tokens: list[Token], t: TriggerMatch) -> bool:
    """"إن وقوع هجوم كبير في إدلب ... يهدد بإجبار 700 ألف سوري على النزوح": the occurrence of
    a happening that "threatens to" or "would" bring something about is a case considered, not
    news; so is one a speaker warns of ("حذر ترامب من أن هجوم الأسد على إدلب سيجعل الولايات
    المتحدة غاضبة")."""
    if t.first == 0:
        return False
    at = t.first - 1 if tokens[t.first - 1].key not in ("اي", "أي") or t.first < 2 else t.first - 2  # "أن أي هجوم"
    warned = tokens[at].key in ("ان", "أن") and any(
        tokens[k].key.lstrip("و").startswith(("حذر", "يحذر", "تحذر", "محذر")) for k in range(max(0, t.first - 8), t.first))
    if tokens[t.first - 1].key not in _OCCURRENCE and not warned:
        return False
    after = tokens[t.last + 1:t.last + 16]
    return any(k.key in _WOULD for k in after) or (warned and any(_future(k.key) for k in after))


# nouns that begin like a future verb ("سيطرة", "سيارة", "سيناء", "سياسة")
_NOT_FUTURE = ("سيطر", "سيار", "سينا", "سياس", "سيد", "سيول", "سير", "سيف", "ستار", "ستين", "سنو", "سنه", "سني")


def _future(key: str) -> bool:
    """"سيجعل", "ستؤدي", "سنرد": the future prefix on an imperfect verb."""
    return key[:1] == "س" and key[1:2] in ("ي", "ت", "ن") and len(key) > 4 and not key.startswith(_NOT_FUTURE)


_SHIELDS = frozenset({"دروعا", "دروع", "كدروع", "shields"})


def is_human_shields(tokens: list[Token], t: TriggerMatch) -> bool:
    """"الإرهابيين الذين يحاولون ... احتجاز المدنيين دروعا بشرية", "holding civilians as
    human shields": what a side is charged with, not an arrest or an abduction told."""
    return any(k.key in _SHIELDS for k in tokens[t.last + 1:t.last + 5])


_GOALS = frozenset({"اهداف", "واهداف"})
_OWN_GOALS = frozenset({"اهدافه", "اهدافها", "اهدافهم", "هدفه", "هدفها", "هدفهم"})


def is_goal(tokens: list[Token], t: TriggerMatch) -> bool:
    """"من أهداف المجلس العسكري تحرير مدينة تعز", "هدفها تحرير العاصمة": a goal named, not
    a happening told."""
    before = [tokens[k].key for k in range(max(0, t.first - 4), t.first)]
    return any(k in _OWN_GOALS for k in before) or any(
        a == "من" and b in _GOALS for a, b in zip(before, before[1:]))


# words of a match being played: a sentence with one tells football, not war
_MATCH = frozenset(tokenize(p + w)[0].key for w in """
    مباراة مباراته المباراة مباريات المباريات الدوري المنتخب منتخب الشوط تعادل تعادلا التعادل
    الجزاء جزاء تمريرة المرمى الكلاسيكو لاعب لاعبي اللاعب اللاعبين لاعبتين لاعبا تأهل تأهله
    اللعب المدرب مدرب الحكم هدفا هدفين تسديدة التسديدة ضيفه مضيفه الهداف هداف لهدافه الشباك
    القائم العارضة ركنية التسجيل
    """.split() for p in ("", "و", "ب", "ل"))
# the trigger words a match report borrows ("خط هجوم ريال مدريد", "خطف هدف الفوز", "معركة بين
# لاعبتين", "الرغبة في القتال", "أوقف الحكم اللعب")
_BORROWED = ("هجوم", "الهجوم", "هاجم", "خطف", "يخطف", "ضرب", "الضرب", "معرك", "المعرك", "قتال",
             "القتال", "مواجه", "المواجه", "اقتحام", "اقتحم", "سيطر", "السيطر", "غزو", "اوقف", "انتصار")


def is_match_play(tokens: list[Token], t: TriggerMatch) -> bool:
    """A battle's word in a sentence that tells a match ("خطف إنبي تعادلا من مضيفه", "افتتح
    التسجيل في الدقيقة 29 بعدما تسلم تمريرة"): football, no conflict event."""
    key = tokens[t.first].key.lstrip("وفب")
    cues = {tok.key.lstrip("وبل") for tok in tokens if tok.key in _MATCH}
    if key.startswith(_BORROWED):
        return bool(cues)
    # with two words of play any trigger is the game's ("تعرض لاعب وسط ليفربول للإصابة", "تسلم
    # تمريرة"), but for deaths and riots ("مقتل مشجعين في أعمال شغب بعد المباراة")
    return len(cues) >= 2 and not key.startswith(_STILL_TOLD)


_STILL_TOLD = ("قتل", "مقتل", "مصرع", "وفاه", "شغب", "اشتباك", "انفجار", "تفجير")


# Offices whose holders attack with words: "هاجم رئيس مجلس النواب حكومة الوفاق", "The foreign
# minister attacked the decision". (Not commanders: "آمر الكتيبة" leads real attacks.)
_OFFICES = frozenset(w.key for w in tokenize(
    "رئيس الرئيس نائب النائب النائبة النائبه وزير الوزير وزيرة الوزيرة المتحدث الناطق متحدث ناطق السفير سفير "
    "عضو العضو الأمين المبعوث مبعوث المستشار السياسي الكاتب الإعلامي الصحفي المرشح البرلمان البرلماني "
    "minister president spokesman spokeswoman mp lawmaker speaker politician ambassador envoy senator"))
# "هجوما حادا", "هجوما لاذعا", "هجوم كلامي": sharp words, whoever says them
_SHARP = frozenset(w.key for w in tokenize("حادا حاد الحاد لاذعا لاذع اللاذع كلاميا كلامي الكلامي شديد اللهجة"))
_LAUNCHED = frozenset(w.key for w in tokenize("شن شنت وشن وشنت"))
_POLITICS = frozenset(w.key for w in tokenize("حكومة الحكومة قرار القرار قرارات سياسة سياسات تصريحات موقف مواقف"))
# what a government word may follow when the attack is real: its forces, seat or posts
_HELD = frozenset(w.key for w in tokenize(
    "قوات القوات مقر مقار مبنى مباني مواقع تمركزات دورية دوريات بوابة معسكر كتائب عناصر ميليشيات رئيس"))


def is_verbal_attack(tokens: list[Token], t: TriggerMatch) -> bool:
    """"هاجم رئيس مجلس النواب عقيلة صالح حكومة الوفاق واتهمها بالفشل", "شن وزير الداخلية هجوما
    حادا على الميليشيات خلال كلمته", "The foreign minister attacked the UN envoy's plan": an
    office holder attacking with words is a statement, no armed attack."""
    keys = [tokens[k].key.lstrip("و") for k in range(t.first, t.last + 1)]
    if not any(k.startswith(("هاجم", "هجوم", "attack")) for k in keys):
        return False
    head = keys[0]
    after = [tokens[k].key for k in range(t.last + 1, min(len(tokens), t.last + 3))]
    if any(k in _SHARP for k in after):
        return True
    if head.startswith("هاجم"):
        if after and after[0] in _OFFICES:  # the subject after the verb
            return True
        # "وهاجم بالحاج كل من حكومة الوفاق": a government or its decision attacked, not its
        # forces ("قوات حكومة الوفاق") nor its seat ("مقر الحكومة")
        near = range(t.last + 1, min(len(tokens), t.last + 5))
        return any(tokens[k].key.lstrip("و") in _POLITICS and tokens[k - 1].key.lstrip("و") not in _HELD for k in near)
    if head in _LAUNCHED:  # "شن وزير الداخلية هجوما", told as one phrase
        return any(k in _OFFICES for k in keys[1:-1])
    if head.startswith("هجوم"):  # the same, the verb before the phrase
        start = next((k for k in range(t.first - 1, max(-1, t.first - 6), -1) if tokens[k].key in _LAUNCHED), None)
        return start is not None and any(tokens[k].key in _OFFICES for k in range(start + 1, t.first))
    # "The minister attacked ...", not "the minister's convoy was attacked" (the victim)
    return head == "attacked" and t.first > 0 and tokens[t.first - 1].key not in _PASSIVE \
        and any(tokens[k].key in _OFFICES for k in range(max(0, t.first - 3), t.first))


_PASSIVE = frozenset({"was", "were", "been", "is", "are", "being", "be", "got"})


# Tunisian and Maghrebi usage: "تظاهرة" is any public event, a festival or a fair ("تظاهرة صفاقس
# عاصمة للثقافة العربية", "افتتاح تظاهرة شواطئ باريس"); told with its staging and no protest word,
# it is no demonstration.
_STAGING = tuple(w.key for w in tokenize(
    "مهرجان الدورة دورة افتتاح اختتام عروض فني فنية فنان فنانين ثقاف للثقافة رياضي رياضة للرياضة سياح "
    "مسرح سينما موسيق معرض تحتفي أشرف اشرف تقييم تأمين احتضان النسخة جائزة جوائز تحسيسي توعوي"))
_PROTESTING = tuple(w.key for w in tokenize(
    "احتج للاحتجاج الاحتجاج مطالب للمطالبة تنديد للتنديد رفضا هتاف هتف متظاهر غاضب قمع تفريق ضد مسيرة "
    "حاشد مواجهات اشتباكات"))


def _starts(tokens, prefixes: tuple[str, ...]) -> bool:
    """Whether a token, as written or without its proclitics (و ب ل ال ...), begins with one of
    the prefixes."""
    return any(f.startswith(prefixes) for k in tokens for f in clitic_forms(k.key))


def is_festival(tokens: list[Token], t: TriggerMatch) -> bool:
    """"كما سيحضر المنتدى العديد من الشخصيات الفنية في إطار تظاهرة صفاقس عاصمة للثقافة العربية",
    "أشرف الوزير على إطلاق تظاهرة الكاف عاصمة للرياضة المدرسية": a public event staged, not a
    demonstration."""
    if t.trigger.event_type != "Protests" or not _starts(tokens[t.first:t.first + 1], ("تظاهره", "تظاهرات")):
        return False
    return _starts(tokens[max(0, t.first - 6):t.last + 7], _STAGING) and not _starts(tokens, _PROTESTING)


# "بعد نصب كمين محكم، من إلقاء القبض على مروج مخدرات": the police's ambush is how they caught
# someone (the arrest is the event, if any); an ambush with shots, blood or dead stays a fight.
_CAUGHT = tuple(w.key for w in tokenize(
    "القبض قبض إيقاف ايقاف توقيف حجز ضبط تفكيك الإطاحة إحباط احباط اعتقال"))
_FIGHT = tuple(w.key for w in tokenize(
    "اشتباك تبادل النار نار قتل مقتل القضاء قضت إصابة اصابة جرح جرحى تفجير مسلح مسلحون مسلحين هجوم استهدف"))


def is_sting(tokens: list[Token], t: TriggerMatch) -> bool:
    """"تمكنت فرقة الحرس الوطني بالقصرين، وبعد كمين محكم من القبض على مروج مخدرات": an
    ambush set to arrest, with no fighting told, is no armed clash."""
    return _starts(tokens[t.first:t.first + 1], ("كمين",)) and _starts(tokens, _CAUGHT) \
        and not _starts(tokens, _FIGHT)


_CYBER = ("الكترون", "سيبران", "cyber", "electronic")


def is_cyber(tokens: list[Token], t: TriggerMatch) -> bool:
    """"هجوم إلكتروني استهدف وزارته", "تعرض الموقع لهجوم إلكتروني", "a cyber attack on the
    ministry": no violence, nor is what it "targeted"."""
    for k in range(max(0, t.first - 4), min(len(tokens), t.last + 3)):
        key = tokens[k].key
        if not any(c in key for c in _CYBER):
            continue  # the common case, cheaply
        if _starts(tokens[k:k + 1], _CYBER) and not (k > 0 and _starts(tokens[k - 1:k], _MEDIUM)):
            return True
    return False


# "نشرت على موقعها الإلكتروني خبر استشهاد ...": a website, not an attack
_MEDIUM = ("موقع", "صفح", "بريد", "منص", "مجل", "صحيف", "بوابه", "website", "site", "mail", "edition")


_ANIMALS = frozenset(w.key for w in tokenize(
    "كلب كلاب الكلاب كلبا قطط القطط حيوانات الحيوانات أغنام اغنام الأغنام ماشية الماشية إبل ابل الإبل "
    "جمال خيول الخيول أبقار ابقار dogs dog cats animals livestock sheep camels"))


def is_animals(tokens: list[Token], t: TriggerMatch) -> bool:
    """"تم القبض على 3 كلاب سائبة", "stray dogs were caught": animals rounded up, no arrest."""
    return t.trigger.sub_event_type == "Arrests" and any(
        tokens[k].key.lstrip("و") in _ANIMALS for k in range(max(0, t.first - 3), min(len(tokens), t.last + 5)))


_RAIDS = frozenset({"مداهمه", "مداهمات", "المداهمه", "المداهمات"})
_HURT = ("مقتل", "قتل", "قتلي", "اصابه", "جرح", "اشتباك", "تبادل")  # folded keys: ة is ه, ى is ي


def is_bare_raid(tokens: list[Token], t: TriggerMatch) -> bool:
    """"وأسفرت عمليات المداهمة عن حجز كميات كبيرة من السجائر": a raid is a fight only when
    its sentence tells a death, a wound or an exchange of fire; otherwise a search."""
    if tokens[t.first].key.lstrip("وب").removeprefix("ل") not in _RAIDS:
        return False
    return not any(k.key.lstrip("وب").removeprefix("ال").startswith(_HURT) for k in tokens)
