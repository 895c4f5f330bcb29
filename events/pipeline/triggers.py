"""Stage "triggers": the event words of a sentence (``events/lexicon/triggers.csv``), less
those that report no happening: a trigger written as an aim ("لتحرير العاصمة", "حتى
استعادة", "to seize"), an intention ("will", "threatened to"), under a negation ("no
clashes", "دون"), told as support ("forces backed by US air strikes") or as what someone
is charged with ("accused of involvement in kidnappings", "متهم في عمليات اغتيال").

Stage "circumstance": a trigger in a clause of circumstance after another ("..., as
rockets landed near homes", "وسط قصف") does not decide the type (its priority drops).
"""
from __future__ import annotations

from dataclasses import replace

from events.event_types import TriggerMatch
from events.pipeline import figures, lang
from events.pipeline.build import MUTUAL
from events.pipeline.cues import cue
from events.pipeline.doc import Clause, Doc
from events.pipeline.lang.ar import BATTLE_NOUNS as _BATTLE_NOUNS, is_fought_before, is_future_copula, is_role_in
from events.pipeline.lang.en import antecedents, is_answered, is_attributive_participle
from events.pipeline.not_conflict import (is_accident, is_animals, is_bare_raid, is_brawl, is_crash, is_cyber,
                                          is_drowning, is_festival, is_goal, is_habitual, is_human_shields,
                                          is_hypothetical, is_interception, is_match_play, is_place_name,
                                          is_possessive_look_alike, is_sting, is_verbal_attack)
from events.pipeline.who import blame_at
from events.sentences import Token, tokenize

_SUPPORT = cue("support")
_ACCUSED = cue("accused")
_WARRANT = frozenset({"توقيف", "اعتقال", "قبض", "القبض", "ايقاف", "جلب"})
_CAREER = cue("career")
_CIRCUMSTANCE = cue("circumstance")
_GENERIC_ATTACK = cue("generic_attack")
_RELEASE = cue("release")
_DURATION = cue("time_anchor")
_PARTICIPATION = cue("participation")
_POSSESSION = cue("possession")
_WEAPONS = cue("weapon_words")
_CLEARED_OF = cue("cleared_of")
_PROTEST_REASON = cue("protest_reason")
_PROTEST_CAUSED = cue("protest_caused")
_BREACH = cue("breach")
_BODIES = cue("bodies")
_HANDOVER = cue("handover")
_FIGHT_ZONE = cue("fight_zone")
# "Suspected militiamen beheaded a worker": who is suspected of the act told, not a charge
_SUSPECTED_WHO = frozenset({"militiamen", "gunmen", "militants", "islamists", "jihadists", "fighters", "members",
                            "assailants", "attackers", "men", "kidnappers", "smugglers"})
_ARMED_GROUPS = cue("armed_groups_named")
_RELATIVE = ("التي", "الذي", "الذين", "اللتين", "اللذين")
_CAMPAIGN_AIMS = frozenset({"القضاء", "تحرير", "تطهير", "استعاده"})
_FOUND = ("عثر", "ضبط", "صادر", "مصادره", "found", "seized", "discovered", "confiscated")
_CAMPAIGNS = frozenset({"التحرير", "الجنوب", "الغرب", "الشرق", "الشمال", "الساحل"})
_AGAINST = frozenset({"ضد", "علي", "مع", "against", "on"})
_TERRORISM = frozenset({"الارهاب", "terrorism", "terror"})
_COMPLETION = cue("completion")
_RELATIVE_RESULT = frozenset({"التي", "الذي", "which", "that"})
_TOLD_DAY = frozenset(w.key for w in tokenize("السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة أمس"))
_FLED = frozenset(w.key for w in tokenize("فر فروا فرت هرب هربوا هربت نزح نزحوا نزحت فرارا الفرار هربا النزوح "
                                          "نزوحا فارين الفارين فارون الهاربين النازحين نازحين"))
_CONSEQUENCE = frozenset(w.key for w in tokenize("أسفر وأسفر أسفرت وأسفرت خلف وخلف خلفت وخلفت أدى وأدى"))


def triggers(doc: Doc, c: Clause) -> bool:
    every = doc.triggers.find(c.tokens)
    found = [t for t in every if t.trigger.flag != "ignore"]
    if doc.trace is not None:
        c.matched = list(found)
        for t in found:
            rule = why_not_happening(c.tokens, t, doc.lang)
            if rule:
                doc.trace.note(c, "triggers", f"'{phrase(c, t)}' dropped: {rule}")
    c.found = [t for t in found if not why_not_happening(c.tokens, t, doc.lang)]
    for t in antecedents(c.tokens, c.found, doc.text) if doc.lang == "en" else ():
        c.found.remove(t)  # "Following bombings in Tobruk, the army struck Darna"
        if doc.trace is not None:
            doc.trace.note(c, "triggers", f"'{phrase(c, t)}' dropped: what the news that follows the comma followed")
    armed = [t for t in c.found if _weapon_of_dropped(c.tokens, [d for d in found if d not in c.found], t)]
    aims = [d for d in found if d not in c.found and is_purpose(c.tokens, d, doc.lang)]
    aimed = [t for t in c.found if t not in armed and _aim_of_dropped(c.tokens, aims, t)]
    for t in armed + aimed:
        # "هجوم محتمل بأسلحة كيماوية": the weapons of a possible attack are no attack of their
        # own; "إحباط محاولة اغتيال كانت تستهدف الوزير": nor is what a foiled attack was aimed at
        c.found.remove(t)
        if doc.trace is not None:
            doc.trace.note(c, "triggers", f"'{phrase(c, t)}' dropped: the " + ("weapon" if t in armed else "aim")
                           + " of a trigger dropped just before it")
    charged = [t for t in found if t not in c.found and is_accusation(c.tokens, t)] + [
        t for t in every if t.trigger.flag == "ignore" and c.tokens[t.first].key in _ACCUSED]  # "إدانته ... بالهجوم"
    if charged:
        # "إدانته بالهجوم على كمين ... والذي أسفر عن قتل 30 جنديا": the deaths of the attack
        # someone is charged with are that attack's, no more news than it
        results = [t for t in c.found if t.trigger.flag == "weak" and result_of(c.tokens, charged, t)]
        for t in results:
            c.found.remove(t)
            if doc.trace is not None:
                doc.trace.note(c, "triggers", f"'{phrase(c, t)}' dropped: the result of a happening someone is "
                                              "charged with")
    crowd = [t for t in c.found if t.trigger.event_type in ("Protests", "Riots")]
    if crowd:
        # "The abduction of a Sufi imam sparked angry protests", "احتجاجا على اختطاف": the
        # violence the crowd protested is its reason, told as news elsewhere if at all
        reasons = [t for t in c.found if t.trigger.event_type in _VIOLENT_NOT_CROWD and _protest_reason(c.tokens, t, crowd)]
        # "احتجاجا على قتل ... للعقيد ... بإطلاق النار عليه": how the protested killing was done
        reasons += [t for t in c.found if t not in reasons and t.trigger.event_type in _VIOLENT_NOT_CROWD
                    and c.tokens[t.first].orig.startswith("ب") and any(r.last < t.first for r in reasons)]
        for t in reasons:
            c.found.remove(t)
            if doc.trace is not None:
                doc.trace.note(c, "triggers", f"'{phrase(c, t)}' dropped: what the protest told beside it was about")
    # A blame sentence with no trigger left still names the author of the violence told.
    if c.found or blame_at(c.tokens) is not None:
        return True
    figures.figures_only(doc, c)
    return False


def _weapon_of_dropped(tokens: list[Token], dropped: list[TriggerMatch], t: TriggerMatch) -> bool:
    """Whether ``t`` is written as the instrument ("ب...") of a trigger dropped at most one
    word before it ("هجوم محتمل بأسلحة كيماوية", "قصف مرتقب بالصواريخ")."""
    return tokens[t.first].orig.startswith("ب") and any(d.last < t.first <= d.last + 2 for d in dropped)


_AIMED = frozenset({"كانت", "كان", "التي", "الذي", "that", "was", "which"})


def _aim_of_dropped(tokens: list[Token], aims: list[TriggerMatch], t: TriggerMatch) -> bool:
    """Whether ``t`` says what a trigger dropped as an aim just before it was to hit."""
    return any(d.last + 1 < t.first <= d.last + 3 and all(tokens[k].key in _AIMED for k in range(d.last + 1, t.first))
               for d in aims)


def result_of(tokens: list[Token], charged: list[TriggerMatch], t: TriggerMatch) -> bool:
    """Whether the death ``t`` follows one of ``charged`` through a relative clause or a
    verb of consequence ("الاعتداء الذي استهدف سوقا ... وأسفر عن مقتل 12 شخصا")."""
    return any(c.last < t.first and any(tokens[k].key.lstrip("و") in _RELATIVE_RESULT
                                        or tokens[k].key in _CONSEQUENCE
                                        for k in range(c.last + 1, t.first)) for c in charged)


def why_not_happening(tokens: list[Token], t: TriggerMatch, report_lang: str = "en") -> str:
    """The rule that says a trigger reports no happening, or '' (the rules in order:
    ``NOT_HAPPENING`` at the end of this module)."""
    for rule, why in NOT_HAPPENING:
        if rule(tokens, t, report_lang):
            return why
    return ""


def phrase(c: Clause, t: TriggerMatch) -> str:
    return c.sentence.text[t.start - c.sentence.start:t.end - c.sentence.start]


def is_purpose(tokens: list[Token], t: TriggerMatch, report_lang: str = "en") -> bool:
    """"لتحرير العاصمة" / "to seize": an aim, not a happening."""
    return lang.for_token(tokens[t.first], report_lang).is_purpose(tokens, t)


def is_negated(tokens: list[Token], t: TriggerMatch, report_lang: str = "en") -> bool:
    """"It is not known if there were any arrests", "دون وقوع اشتباكات": nothing happened."""
    return lang.for_token(tokens[t.first], report_lang).is_negated(tokens, t)


def is_support(tokens: list[Token], t: TriggerMatch) -> bool:
    """"forces backed by US air strikes", "بإسناد من الطائرات": the support of another
    happening, told as a description."""
    # "400 من الانفصاليين مدعومين بدبابات هاجموا القوات": the tanks are the support, and the
    # verb after them is the happening
    return any(tokens[k].key in _SUPPORT and not any(tokens[j].orig.startswith("ب") for j in range(k + 1, t.first))
               for k in range(max(0, t.first - 3), t.first))


# a verb of accusing right before ب and the charge: "اتهموا بتهريب", "يتهمهم بالقتل"
_ACCUSING = frozenset(w.key for w in tokenize("اتهم اتهموا اتهمت اتهما يتهم تتهم يتهمون يتهمهم اتهمهم اتهمتهم"))


def is_accusation(tokens: list[Token], t: TriggerMatch) -> bool:
    """"two men accused of involvement in kidnappings", "متهم في عمليات اغتيال", "suspected
    of working for the LNA", "سجله الإجرامي": what someone is charged with or a career,
    not a happening told."""
    keys = [tokens[k].key for k in range(max(0, t.first - 8), t.first)]
    if any(keys[i] in _PARTICIPATION and "في" in keys[i + 1:i + 4] or keys[i] in _PARTICIPATION and keys[i + 1] == "in"
           for i in range(max(0, len(keys) - 5), len(keys) - 1)):
        # "القيادات التي تم رصد مشاركتها في المواجهات", "دور قطر في الاغتيالات", "ساهم في اعتقال
        # الزوجين": a part in a happening, described (a possessor may stand between)
        return True
    if any(tokens[k].key.lstrip("و") in ("تتراوح", "يتراوح", "تراوحت", "تراوح") and tokens[k + 1].key == "بين"
           for k in range(max(0, t.first - 4), t.first - 1)):
        return True  # "تجاوزات خطيرة من عصابات التهريب، تتراوح بين الاعتقال والضرب": kinds of abuse
    if t.trigger.sub_event_type == "Arrests":
        return False  # "two men suspected of beheading a worker were arrested": the arrest is news
    if any(keys[i].lstrip("و") in _ACCUSING and keys[i + 1].startswith("ب") for i in range(len(keys) - 1)):
        return True  # "مذكرات توقيف بحق 205 أشخاص اتهموا بتهريب المهاجرين ... والقتل والاغتصاب"
    if any(tokens[k].key in ("جرائم", "الجرائم") and tokens[k + 1].key in ("تشمل", "مثل", "منها")
           for k in range(max(0, t.first - 4), t.first - 1)):
        return True  # "إجراء محاكمات في جرائم تشمل التعذيب والخطف والإعدام": kinds of crime
    if t.first and tokens[t.first - 1].key.lstrip("و") == "جرائم":
        return True  # "يستثنى منه جرائم الاغتصاب": a kind of crime
    if any(tokens[k].key.lstrip("وب") in ("مذكره", "مذكرات") and tokens[k + 1].key in _WARRANT
           or tokens[k].key in ("warrant", "warrants") for k in range(t.first)):
        return True  # "لدينا 205 مذكرة توقيف ضد أشخاص متورطين في ... وحالات تعذيب وقتل واغتصاب": the charges
    if any(tokens[k].key in _CAREER for k in range(t.first)):
        return True  # "ثمن جرائمه، إذ ساهم ... في قتل مئات الليبيين ... أو في قتال الجيش"
    if any(keys[i] in ("هي", "هو", "هم") and keys[i + 1] == "من" and keys[i + 2] in ("تقوم", "يقوم", "يقومون")
           for i in range(max(0, len(keys) - 5), len(keys) - 2)):
        return True  # "الجماعات الإرهابية هي من تقوم بتفجير ...": whom a side blames, in general
    if any(k in _ACCUSED and not (i + 1 < len(keys) and keys[i + 1] in _SUSPECTED_WHO)
           for i, k in enumerate(keys)):
        # "هوية المشتبه به بتنفيذ هجوم الطعن في محطة القطارات ... الجمعة": a suspect of an
        # attack the sentence dates to a day of the week is named after news, which stays
        return not any(tokens[k].key.lstrip("و") in _TOLD_DAY
                       for k in range(t.last + 1, min(len(tokens), t.last + 14)))
    if keys[-2:] == ["accused", "of"] or keys[-3:-1] == ["accused", "of"]:
        return True  # "two men accused of kidnappings", "accused of the killing"
    return any(keys[i] == "accused" and keys[i + 1] == "of" and keys[i + 2] in ("involvement", "involved", "being")
               for i in range(len(keys) - 2))


def is_release(tokens: list[Token], t: TriggerMatch) -> bool:
    """"الإفراج عن 13 مصريا كانوا مختطفين", "أحد المختطفين بعد الإفراج عنه": the kidnapped
    named as such in a release, or "the kidnapping" named in it; no kidnapping told."""
    key = tokens[t.first].key
    if t.first != t.last or not (key.removeprefix("ال").startswith("مختطف") or key in ("الاختطاف", "الخطف")):
        return False  # "دون ذكر تفاصيل عن عملية الاختطاف" in a release: the kidnapping named, not told
    return any(tokens[k].key in _RELEASE for k in range(len(tokens)))


def is_cause(tokens: list[Token], t: TriggerMatch, report_lang: str = "en") -> bool:
    """"1800 أسرة نزحت بسبب الاشتباكات", "the port closed because of the fighting": the
    fighting is named, definite, as why something else happened; told as news it has a
    sentence of its own (and "بسبب اشتباكات اندلعت أمس", indefinite, stays an event)."""
    if not tokens[t.first].arabic and is_answered(tokens, t):
        return True  # "in retaliation for an earlier bombing in Zintan"
    if tokens[t.first].key.startswith("ب") and any(tokens[k].key.lstrip("ول").startswith("انشغال")
                                                  for k in range(max(0, t.first - 4), t.first)):
        return True  # "لكن انشغال قوات الجيش بمعركة درنة لم يمنعها من شن هجوم": what kept a side busy
    if t.first > 0 and t.trigger.phrase in MUTUAL and tokens[t.first - 1].key in ("اعقاب", "عقب") \
            and tokens[0].key in ("وكان", "وكانت", "كان", "كانت"):
        return True  # "وكان المطار قد استأنف عمله يوم الجمعة في أعقاب اشتباكات": the day is the reopening's
    if 0 < t.first and tokens[t.first - 1].key.lstrip("و") == "بفضل" and t.trigger.phrase in MUTUAL \
            and t.last + 1 < len(tokens) and tokens[t.last + 1].key.startswith("ال"):
        return True  # "ستتحرر بفضل معارك الجيش الليبي": what will free a town, named, not told
    if t.first == 0 or t.trigger.phrase not in MUTUAL or not definite_at(tokens, t.first, report_lang):
        return False  # "closed due to the kidnapping of its staff": a kidnapping named so is news
    prev = tokens[t.first - 1].key
    if prev in ("بسبب", "وبسبب"):
        return True
    if prev == "من" and t.first > 1 and tokens[t.first - 2].key.lstrip("و") in _FLED:
        return True  # "فروا من المعارك الجارية هناك": what people fled, named
    return prev == "the" and t.first >= 3 and (
        tokens[t.first - 2].key in ("of", "to") and tokens[t.first - 3].key in ("because", "due", "owing"))


def is_relative(tokens: list[Token], t: TriggerMatch) -> bool:
    """"وتتمركز المجموعات التي أطلقت النار على مشارف المطار", "المليشيات التي سيطرت على
    العاصمة": a verb in a relative clause on an armed group says which group is meant; the
    shooting itself is told where it is news. (On a person, "عشماوي الذي اعتقلته السلطات",
    the clause may be the news: left alone.)"""
    return t.first > 1 and tokens[t.first].arabic and tokens[t.first - 1].key in _RELATIVE \
        and tokens[t.first - 2].key.lstrip("و") in _ARMED_GROUPS and not definite_at(tokens, t.first, "ar")


def is_described_since(tokens: list[Token], t: TriggerMatch) -> bool:
    """"في المدينة، التي تشهد معارك منذ أسابيع", "the city, which has seen fighting since
    May", "القتال التي لا تتوقف": a relative clause that describes a place by its weeks of war; the day's happening
    is told by the main clause."""
    after = [tokens[k].key for k in range(t.last + 1, min(len(tokens), t.last + 3))]
    before = [tokens[k].key for k in range(max(0, t.first - 3), t.first)]
    if len(after) == 2 and after[0] in _RELATIVE and after[1] == "لا" and t.last + 3 < len(tokens) \
            and tokens[t.last + 3].key.startswith(("تتوقف", "يتوقف", "تهدا", "يهدا", "تنتهي", "ينتهي")):
        return True  # "عمليات القتال التي لا تتوقف في هذا البلد": a war described as endless
    return "منذ" in after[:2] and any(k in _RELATIVE for k in before) or \
        "since" in after[:2] and "which" in before


def is_campaign_name(tokens: list[Token], t: TriggerMatch) -> bool:
    """"يراهن على الجيش في معركة التحرير", "استبعد مشاركة المجلس في معارك التحرير", "وتلي
    معركة الجنوب معركة الساحل الغربي": "the battle(s) of liberation" or of a quarter of the
    country is the campaign as a whole, not a fight told; so is the battle against
    terrorism ("والمعركة ضد الإرهاب معركة واحدة"): terrorism is no side that fights."""
    def battle_noun(k: int) -> bool:
        return tokens[k].key.lstrip("و").removeprefix("ال") in _BATTLE_NOUNS

    nxt = t.last + 1
    if nxt + 1 < len(tokens) and tokens[nxt].key in _AGAINST and tokens[nxt + 1].key in _TERRORISM:
        return True
    if t.first > 1 and tokens[t.first - 2].key in _AGAINST and tokens[t.first - 1].key in _TERRORISM \
            and battle_noun(t.first):
        return True  # "... ضد الإرهاب معركة واحدة": what that battle is
    return (battle_noun(t.last) and nxt < len(tokens) and tokens[nxt].key in _CAMPAIGNS
            or tokens[t.last].key in _CAMPAIGNS and t.last > 0 and battle_noun(t.last - 1))


def is_time_anchor(tokens: list[Token], t: TriggerMatch) -> bool:
    """"قبل 5 أيام من الهجوم", "two days before the attack", "بعد استكمال تحرير بنغازي": the
    happening dates what the sentence tells; where it is news, another sentence tells it. ("بعد يوم من اختطافه", a
    day after it, is left alone: what follows a happening often is how it is told; not "وذلك بعد يوم من".)"""
    keys = [tokens[k].key for k in range(max(0, t.first - 4), t.first)]
    if len(keys) >= 3 and keys[-1] == "من" and any(k in _DURATION for k in keys[-3:-1]) \
            and ("قبل" in keys[:-2] or keys[0].lstrip("و") == "ذلك"):
        return True  # "وذلك بعد يوم من اعتقال الجيش ... أحد أبرز الإرهابيين": what it followed
    if keys and keys[-1].lstrip("و") in ("اثناء", "خلال", "طيله") and tokens[t.first].key.endswith(("ه", "ها", "هم")) \
            and t.trigger.sub_event_type in ("Arrests", "Abduction/forced disappearance"):
        return True  # "استجوبته أثناء اعتقاله": during someone's detention, a time
    if keys and keys[-1].lstrip("و") in ("قبل", "بعد", "عقب", "منذ") \
            and t.trigger.sub_event_type == "Change to group/activity":
        return True  # "قبل انطلاق عملية درنة": a launch named as a point in time
    if len(keys) >= 2 and keys[-1] in _COMPLETION and keys[-2].lstrip("و") in ("بعد", "عقب", "اثر"):
        return True  # "وبعد استكمال تحرير بنغازي، كان من واجب ...": the end of a happening dates what follows
    if keys and keys[-1].lstrip("و") in ("بعد", "عقب") and tokens[t.first].key.removeprefix("ال") == "معركه" \
            and t.last + 1 < len(tokens) and tokens[t.last + 1].key in _CAMPAIGN_AIMS:
        return True  # "وبعد معركة القضاء على آخر جيوب الإرهابيين، تتجه أنظار الجيش": a campaign's end
    return len(keys) >= 3 and keys[-1] == "the" and keys[-2] == "before" and keys[-3] in _DURATION


def is_possession(tokens: list[Token], t: TriggerMatch) -> bool:
    """"مفاعل ديمونة الذي فيه صواريخ نووية", "a militia that possesses drones": a weapon
    word after a word of having names what is held, not a strike."""
    return t.first == t.last and t.first > 0 and tokens[t.first - 1].key.lstrip("و") in _POSSESSION \
        and tokens[t.first].key.lstrip("و") in _WEAPONS


def is_found(tokens: list[Token], t: TriggerMatch) -> bool:
    """"وعثرت أيضا على بعض أدوات التفجير والألغام", "seized explosives and mines", "عثرت قوات
    الجيش على مخزن أسلحة يحتوي على صواريخ", "كشفت السلطات عن صواريخ": weapons found or seized,
    no blast."""
    word = tokens[t.first].key.lstrip("و")
    return t.trigger.event_type == "Explosions/Remote violence" \
        and (_mine_word(word) or "لغام" in word or word in _WEAPONS
             or word.removeprefix("ال").startswith(("تفجير", "متفجر", "explosive"))) \
        and (any(tokens[k].key.lstrip("و").startswith(_FOUND) for k in range(max(0, t.first - FOUND_REACH), t.first))
             or t.first > 0 and tokens[t.first - 1].key == "عن" and any(  # "كشفت السلطات، كما تقول، عن صواريخ"
                 tokens[k].key.lstrip("و").startswith(("كشف", "الكشف")) for k in range(max(0, t.first - FOUND_REACH), t.first))
             or word in _WEAPONS and any(tokens[k].key.lstrip("و").removeprefix("ال") in _CACHE
                                         for k in range(max(0, t.first - 4), t.first)))


# "عثرت قوات عملية البنيان المرصوص على 20 صاروخ طيران": the finders' name between
FOUND_REACH = 8
_CACHE = frozenset({"مخزن", "مخازن", "مستودع", "مستودعات", "ترسانه", "cache", "depot", "stockpile"})


_VIOLENT_NOT_CROWD = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _protest_reason(tokens: list[Token], t: TriggerMatch, crowd: list[TriggerMatch] = ()) -> bool:
    """A word of protest just before the trigger ("protesting the abduction of", "احتجاجا على
    اختطاف") or up to ten words before it after a crowd's trigger ("demonstrations, demanding
    punishment to those who took part in the assault"); a causing word after ("sparked")."""
    before = range(max(0, t.first - 4), t.first)
    after = range(t.last + 1, min(len(tokens), t.last + 12))
    return any(tokens[k].key.lstrip("و") in _PROTEST_REASON for k in before) or \
        any(tokens[k].key in _PROTEST_CAUSED for k in after) or \
        any(p.last < k and tokens[k].key in _PROTEST_REASON for p in crowd for k in range(max(0, t.first - 10), t.first))


def is_cleared_of(tokens: list[Token], t: TriggerMatch) -> bool:
    """"بعد تأمينه من الألغام والمفخخات", "the road was cleared of mines": ground made safe
    from explosives, no blast told."""
    if t.trigger.flag == "territory" and tokens[t.last].key in _CLEARED_OF and t.last + 2 < len(tokens) \
            and tokens[t.last + 1].key in ("من", "of") and _mine_word(tokens[t.last + 2].key):
        return True  # "cleared of landmines", "تطهير من الألغام": not ground taken
    if t.trigger.sub_event_type != "Remote explosive/landmine/IED" or t.first < 2:
        return False
    if tokens[t.first - 1].key not in ("من", "of"):
        return False
    return tokens[t.first - 2].key in _CLEARED_OF or (t.first >= 3 and tokens[t.first - 3].key in _CLEARED_OF)


def _mine_word(key: str) -> bool:
    key = key.lstrip("و").removeprefix("ال")
    return "mine" in key or "لغام" in key or "لغم" in key or key in _WEAPONS


def is_breach(tokens: list[Token], t: TriggerMatch) -> bool:
    """"انتهك الهدنة", "violated the ceasefire": a truce broken; no agreement is made (the
    fighting that broke it is told as fighting)."""
    return t.trigger.sub_event_type == "Agreement" and t.first > 0 and (
        tokens[t.first - 1].key.lstrip("و") in _BREACH
        or (t.first > 1 and tokens[t.first - 1].key == "the" and tokens[t.first - 2].key in _BREACH))


def is_bodies_handed_over(tokens: list[Token], t: TriggerMatch) -> bool:
    """"استلم الهلال الأحمر جثامين أربعة من قتلى التنظيم", "the Red Crescent recovered the
    bodies of ten fighters killed": bodies handed over or recovered name the dead of a fight
    told elsewhere, not a happening."""
    if t.trigger.flag != "weak":
        return False
    back = [tokens[k].key.lstrip("و") for k in range(max(0, t.first - 5), t.first)]
    return any(k in _BODIES for k in back) and any(tokens[k].key.lstrip("و") in _HANDOVER
                                                    for k in range(max(0, t.first - 15), t.first))


def is_fight_zone(tokens: list[Token], t: TriggerMatch, report_lang: str = "en") -> bool:
    """"السودانيين من مناطق النزاعات والقتال في سوريا وليبيا", "civilians fled the combat
    zones": a definite fighting word after a word for areas names where fighting is, not a
    fight told (up to three words back, through "X و")."""
    if t.trigger.phrase not in MUTUAL or not definite_at(tokens, t.first, report_lang):
        return False
    keys = [tokens[k].key for k in range(max(0, t.first - 3), t.first)]
    if not keys:
        return False
    if keys[-1] in _FIGHT_ZONE:
        return True
    # "مناطق النزاعات والقتال": the area word, one more noun, then و joined to the trigger
    return tokens[t.first].key.startswith("و") and len(keys) >= 2 and keys[-2] in _FIGHT_ZONE


def circumstance(doc: Doc, c: Clause) -> bool:
    """"Clashes between X and Y killed five, as rockets landed near homes", "اشتباكات وسط
    قصف مدفعي": a trigger in a clause of circumstance after another trigger tells how the
    first went; it does not decide the type (the fighting is the event)."""
    tokens, found = c.tokens, c.found
    out = []
    for i, t in enumerate(found):
        if i and any(f.trigger.flag != "weak" for f in found[:i]) and any(
                tokens[k].key in _CIRCUMSTANCE for k in range(max(found[i - 1].last + 1, t.first - 3), t.first)):
            t = replace(t, trigger=replace(t.trigger, priority=max(1, t.trigger.priority - 60)))
            if doc.trace is not None:
                doc.trace.note(c, "circumstance", f"'{phrase(c, t)}' tells how the happening before it went: "
                                                  "it does not decide the type")
        out.append(t)
    c.found = out
    return True


def definite_at(tokens: list[Token], i: int, report_lang: str = "en") -> bool:
    """"الهجوم", "the attack", "the second bomb": a happening already named."""
    return lang.for_token(tokens[i], report_lang).definite_at(tokens, i)


def definite_phrase(tokens: list[Token], t: TriggerMatch, report_lang: str = "en") -> bool:
    """"الاتفاق", "إغلاق الحقل" (a noun before a definite one is definite), "the agreement"."""
    return lang.for_token(tokens[t.first], report_lang).definite_phrase(tokens, t)


def generic_attack(t: TriggerMatch) -> bool:
    """"الهجوم", "the attack": a word that names whatever violence was told before."""
    keys = [w.key for w in tokenize(t.trigger.phrase.replace("*", ""))]
    return len(keys) == 1 and keys[0] in _GENERIC_ATTACK


# (rule(tokens, trigger, report language), why), tried in order by ``why_not_happening``
NOT_HAPPENING = (
    (is_purpose, "purpose (an aim or intention, not a happening)"),
    (is_negated, "negated (nothing happened)"),
    (lambda tokens, t, _lang: is_support(tokens, t), "support (describes what backed another happening)"),
    (lambda tokens, t, _lang: is_accusation(tokens, t), "accusation (what someone is charged with)"),
    (lambda tokens, t, _lang: is_release(tokens, t), "release (the kidnapped freed; no kidnapping told here)"),
    (is_cause, "a known happening named as the cause of another ('نزحت بسبب الاشتباكات'), not told"),
    (lambda tokens, t, _lang: is_relative(tokens, t),
     "a relative clause naming who did it ('المجموعات التي أطلقت النار'), not a telling"),
    (lambda tokens, t, _lang: is_described_since(tokens, t),
     "a place or war described by what it has seen since, or without end ('المدينة التي تشهد معارك منذ أسابيع')"),
    (lambda tokens, t, _lang: is_future_copula(tokens, t), "a fight that will be ('ستكون في الغرب'), not told"),
    (lambda tokens, t, _lang: is_fought_before(tokens, t), "battles a side has fought, summed up ('المعارك التي خاضها')"),
    (lambda tokens, t, _lang: is_campaign_name(tokens, t), "the campaign as a whole ('معركة التحرير'), no fight told"),
    (lambda tokens, t, _lang: is_role_in(tokens, t), "what a place or side means in a war ('أهمية في معركة'), no fight told"),
    (lambda tokens, t, _lang: is_drowning(tokens, t), "a shipwreck's dead ('بعد غرق قاربهم'), no violence"),
    (lambda tokens, t, _lang: is_interception(tokens, t), "migrants stopped at sea ('قبالة'), no conflict event"),
    (lambda tokens, t, _lang: is_bare_raid(tokens, t), "a raid with no death, wound or fire told: a search"),
    (lambda tokens, t, _lang: is_accident(tokens, t), "fireworks, a gas cylinder, an engine or a tyre exploded, an accident"),
    (lambda tokens, t, _lang: is_brawl(tokens, t), "a brawl's dead ('أسفر شجار عن مقتل'), no armed side named: a crime"),
    (lambda tokens, t, _lang: is_crash(tokens, t), "the dead of a crash ('جراء تحطم طائرة'), an accident, no violence"),
    (lambda tokens, t, _lang: is_habitual(tokens, t), "what happens as a rule ('غالبا ما تشهد ... مواجهات'), no happening"),
    (lambda tokens, t, _lang: is_time_anchor(tokens, t), "a point in time ('five days before the attack'), not a telling"),
    (lambda tokens, t, _lang: is_goal(tokens, t), "a goal named ('من أهداف المجلس تحرير'), not a happening"),
    (lambda tokens, t, _lang: is_match_play(tokens, t), "a battle's word in a match told ('خطف تعادلا'), football"),
    (lambda tokens, t, _lang: is_human_shields(tokens, t),
     "civilians held as human shields ('احتجاز المدنيين دروعا بشرية'): a charge, no arrest told"),
    (lambda tokens, t, _lang: is_hypothetical(tokens, t),
     "a case considered ('وقوع هجوم ... يهدد بإجبار') or warned of ('حذر من أن هجوم ... سيجعل'), not a happening"),
    (lambda tokens, t, _lang: is_possessive_look_alike(tokens, t),
     "a look-alike of the ة-word ('أبرز مظاهره': its manifestations), no demonstration"),
    (lambda tokens, t, _lang: is_place_name(tokens, t), "the rest of a place's name ('منطقة وادي الخطف'), no happening"),
    (lambda tokens, t, _lang: is_possession(tokens, t), "weapons held ('فيه صواريخ'), no strike told"),
    (lambda tokens, t, _lang: is_found(tokens, t), "weapons found or seized ('عثرت على ... الألغام'), no blast"),
    (lambda tokens, t, _lang: is_cleared_of(tokens, t), "ground cleared of mines ('تأمينه من الألغام'), no blast told"),
    (lambda tokens, t, _lang: is_breach(tokens, t), "a truce broken ('انتهك الهدنة'), no agreement made"),
    (lambda tokens, t, _lang: is_bodies_handed_over(tokens, t),
     "bodies handed over ('استلم ... جثامين أربعة من قتلى التنظيم'): the dead of a fight told elsewhere"),
    (is_fight_zone, "a place described by its fighting ('مناطق النزاعات والقتال'), not a fight told"),
    (lambda tokens, t, _lang: is_failed_agreement(tokens, t), "an agreement that failed ('in failed prisoner exchange'), none made"),
    (lambda tokens, t, _lang: is_verbal_attack(tokens, t), "an office holder's words ('هاجم رئيس مجلس النواب'), no armed attack"),
    (lambda tokens, t, _lang: is_festival(tokens, t), "a public event staged ('تظاهرة صفاقس عاصمة للثقافة'), no demonstration"),
    (lambda tokens, t, _lang: is_sting(tokens, t), "an ambush set to arrest ('بعد كمين محكم من القبض'), no fight"),
    (lambda tokens, t, _lang: is_cyber(tokens, t), "a cyber attack ('هجوم إلكتروني'), no violence"),
    (lambda tokens, t, _lang: is_animals(tokens, t), "animals rounded up ('القبض على 3 كلاب سائبة'), no arrest"),
    (lambda tokens, t, _lang: is_attributive_participle(tokens, t),
     "people or ground described by a seizure told elsewhere ('the captured Egyptians'), not told here"),
)


def is_failed_agreement(tokens: list[Token], t: TriggerMatch) -> bool:
    return t.trigger.sub_event_type == "Agreement" and any(
        tokens[k].key in _FAILED for k in range(max(0, t.first - 2), t.first))


_FAILED = frozenset({"failed", "collapsed", "stalled", "aborted", "الفاشل", "الفاشله", "فشل", "انهيار"})
