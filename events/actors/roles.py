"""Who acts and who is acted on around a trigger: actor1 / actor2 / associated actors
from the mentions of a sentence, the report's speaker, and an unattributed army or air
force given to the side that speaks. The words these rules look at are the cue words of
``events.actors.ar`` / ``en`` (``events.actors.cues``); the rules that depend on word order
(Arabic verb-subject order, English "X said it ...") test the token's script."""
from __future__ import annotations

from dataclasses import dataclass

from events.actors.cues import (AFTER, AGENT_BEFORE, AGENT_NOUNS, AND, ANNOUNCE, ASSOC_BEFORE,
                                AWAY_FROM, BETWEEN, BODY_WORDS, CONDEMN, CONTROL, DETERMINERS, ESCAPED, FIRED, FORCES, FROM_WORDS,
                                HARM, LINKERS, LOYAL, MASDARS, MEMBER_NOUNS, MEMBERS, NOT_TAKING, QUANTITY,
                                SPARED, SPEAKER_NOUNS, SUPPORTERS, NUMBER_WORDS, OWNER_WORDS, OWNING_PARTICIPLE, PASSIVE_AUX, SAID, SEIZED,
                                SOURCE_WORDS, SPEAKER_AFTER, TARGET_AFTER, SPEAKER_BEFORE, SPEAKER_TITLES,
                                SPOKESMAN_AFTER, SUFFERED_BEFORE, TARGET_BEFORE, WITH, SPEECH_VERBS,
                                COMPLEMENTISERS, MEMBERS_OF, FINDING, CLAUSE_LINK, RECIPIENT_BEFORE, TO_OWNER)
from events.actors.lexicon import Actor, ActorLexicon, ActorMention, load_actors
from events.sentences import Token, clitic_forms


_UNARMED = frozenset({"political", "international", "civilians"})


def _speech_frame_end(tokens: list[Token], tf: int) -> int | None:
    """Index of the complementiser that ends "قال X ... إن" before the trigger, if any."""
    for k in range(tf - 1, -1, -1):
        if tokens[k].key in COMPLEMENTISERS:
            if any(tokens[j].key.lstrip("و") in SPEECH_VERBS for j in range(k)):
                return k
            return None
    return None


def _is_masdar(t: Token) -> bool:
    return any(f in MASDARS for f in clitic_forms(t.key))


# The word for the people taken ("المختطفين", "مخطوف"), not for their takers ("مختطفوه", his
# kidnappers, ends in a pronoun)
_TAKEN = ("مختطف", "مخطوف")


def _names_the_taken(tokens: list[Token], i: int) -> bool:
    t = tokens[i]
    if t.key.endswith(("وه", "يه", "وها", "يها")):
        return False
    nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
    if nxt.startswith("ل") and nxt not in ("لدى", "لدي"):
        return False  # "المسلحين المختطفين للطبيب": the takers, their object after ل
    return any(f.startswith(_TAKEN) for f in clitic_forms(t.key))


def _partner(tokens: list[Token], mentions: list[ActorMention], m: ActorMention) -> ActorMention | None:
    """The mention joined to ``m`` by and / و ("X and Y", "X وY")."""
    for o in mentions:
        if o is m:
            continue
        a, b = (m, o) if m.last < o.first else (o, m)
        if b.first == a.last + 2 and tokens[a.last + 1].key in AND:
            return o
        if b.first == a.last + 1 and tokens[b.first].arabic and tokens[b.first].key.startswith("و"):
            return o
    return None


@dataclass(frozen=True)
class Roles:
    actor1: Actor | None
    actor2: Actor | None
    assoc: tuple[Actor, ...] = ()


def _next_past_members(tokens: list[Token], m: ActorMention) -> str:
    """The word after a name and its member nouns ("Special Forces elements found ...")."""
    k = m.last + 1
    while k < len(tokens) and tokens[k].key in MEMBER_NOUNS:
        k += 1
    return tokens[k].key if k < len(tokens) else ""


# "the soldiers killed in Sirte", "two guards wounded during the attack": past participles
# whose next word starts a place, a time or an agent, not an object
_REDUCED = frozenset({"killed", "wounded", "injured"})
_REDUCED_AFTER = frozenset({"in", "at", "on", "near", "during", "by", "when", "while", "outside", "inside"})


def _suffered(tokens: list[Token], m: ActorMention) -> bool:
    """English passive of harm after a name: "three LNA soldiers were killed (by a landmine)"
    names the victims, not who acted."""
    k = m.last + 1
    while k < len(tokens) and tokens[k].key in MEMBER_NOUNS:
        k += 1
    if k > m.last + 1 and k < len(tokens) and tokens[k].key in BODY_WORDS:
        k += 1
    if 0 < k < len(tokens) and tokens[k].start - tokens[k - 1].end >= 2 and tokens[k].orig[:1].isupper():
        # "An IS leader, Abdelhadi Zargoon, was killed": past a name in apposition (a comma
        # leaves a gap of two between words)
        close = next((j for j in range(k + 1, min(len(tokens), k + 6))
                      if tokens[j].start - tokens[j - 1].end >= 2), None)
        if close is not None:
            k = close
    if k < len(tokens) and tokens[k].key in ESCAPED:
        return True
    if k < len(tokens) and tokens[k].key == "and" and not tokens[k].arabic:
        # "17 soldiers and 1 civilian were killed": the victims listed together
        nxt = next((j for j in range(k + 1, min(len(tokens), k + 5)) if tokens[j].key in PASSIVE_AUX), None)
        if any(tokens[j].key in ESCAPED for j in range(k + 1, min(len(tokens), k + 5))):
            return True
        if nxt is not None and not any(tokens[j].key in ("and", "who", "which", "that") for j in range(k + 1, nxt)):
            k = nxt
    if k + 1 < len(tokens) and tokens[k].key in _REDUCED and tokens[k + 1].key in _REDUCED_AFTER \
            and not tokens[k].arabic:
        return True  # "the three soldiers killed in Sirte": a reduced passive, not "soldiers killed three"
    aux = 0
    while k < len(tokens) and tokens[k].key in PASSIVE_AUX and aux < 2:
        k, aux = k + 1, aux + 1
    if aux and k + 1 < len(tokens) and tokens[k].key.endswith("ly") and not tokens[k].arabic:
        k += 1  # "was apparently ambushed", "was seriously injured"
    return aux > 0 and k < len(tokens) and tokens[k].key in HARM


_AR_COUNTS = frozenset({"اثنين", "اثنان", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره",
                        "عشرات", "عدد", "احد", "احدي"})


# died, killed, wounded: before "N من X", X's men suffered it
_DIED = frozenset({"قتل", "استشهد", "مقتل", "مصرع", "اصيب", "اصابه", "جرح", "لقي"})


def _counted(w: str) -> bool:
    return w in QUANTITY or w in NUMBER_WORDS or w in _AR_COUNTS or w.isdigit()


# "مقتل القيادي البارز في تنظيم القاعدة": one of its leaders, killed
_LEADERS = frozenset({"القيادي", "قيادي", "القياديين", "قياديين", "البارز", "زعيم", "الزعيم", "امير", "الامير", "في"})


def _named_killed(wide: list[str]) -> bool:
    """Right after "مقتل"/"مصرع", past only how many of them ("مقتل اثنين من") or which of
    their leaders ("مقتل القيادي في")."""
    for k in range(len(wide) - 1, max(-1, len(wide) - 4), -1):
        if wide[k].lstrip("و") in ("مقتل", "مصرع"):
            return all(_counted(w) or w in _LEADERS or w == "من" for w in wide[k + 1:])
    return False


def _role_of(tokens: list[Token], m: ActorMention, first_limit: int, extra_target: frozenset = frozenset(),
             two_sided: bool = False) -> str:
    """What the words just before (and after) a mention make of it."""
    before = [tokens[k].key for k in range(max(first_limit, m.first - 2), m.first)]
    wide = [tokens[k].key for k in range(max(first_limit, m.first - 4), m.first)]
    if m.actor.is_civilian and any(w in SPARED for w in wide[-3:]):
        return "spared"  # "مع إصدارنا للتعليمات لتجنب إصابة المدنيين": not hit
    if any(w in LOYAL for w in wide[-3:]) and any(w in FORCES for w in wide):
        return "plain"  # "forces allied with the Tripoli government": that side's forces
    if not tokens[m.first].arabic and len(wide) >= 2 and (wide[-1].isdigit() or wide[-1] in NUMBER_WORDS) \
            and wide[-2] in HARM:
        return "target"  # "killing three soldiers": the soldiers are the victims
    # In a battle both sides act: "32 Misratan fighters were killed in clashes with ISIS".
    if not two_sided and not tokens[m.first].arabic and _suffered(tokens, m):
        return "target"
    if tokens[m.first].arabic and any(w.lstrip("و") in SUFFERED_BEFORE for w in wide):
        return "target"  # "تعرضت دورية تابعة لحرس السواحل لإطلاق نار": the patrol was fired on
    if tokens[m.first].arabic and _named_killed(wide):
        return "target"  # "أعلن الجيش الأمريكي مقتل اثنين من الإرهابيين في غارة": the killed
    if not tokens[m.first].arabic and (
            (len(before) >= 2 and before[-1] == "by" and before[-2] in FINDING)
            or _next_past_members(tokens, m) in FINDING):
        return "finder"  # "the body ... was found by police", "police discovered the body": not who killed
    if (tokens[m.first].arabic and any(w.lstrip("و") in CONDEMN for w in before)) or (
            not tokens[m.first].arabic and _next_past_members(tokens, m) in CONDEMN):
        return "told"  # "وأدان المجلس الرئاسي القصف", "X condemned the shelling": not who shelled
    if tokens[m.first].arabic and m.first > 0 and tokens[m.first - 1].key.lstrip("و") in FINDING:
        return "finder"  # "عثرت الأجهزة الأمنية على جثة": who found it
    if not tokens[m.first].arabic and len(wide) >= 2 and any(
            wide[i] in ("fell", "falls", "fallen", "over") and wide[i + 1] in ("to", "into") and
            all(w in ("the", "hands", "of") for w in wide[i + 2:]) for i in range(len(wide) - 1)):
        return "agent"  # "the camp fell to the LNA's 302 brigade", "handed over to the GNA": who took it
    if tokens[m.first].arabic and any(wide[i] in TARGET_BEFORE and wide[i - 1] in SEIZED
                                      for i in range(1, len(wide))):
        return "target"  # "القبض على الإرهابي المصري هشام عشماوي": the one seized
    if tokens[m.first].arabic and len(wide) >= 3 and wide[-1] in QUANTITY and any(
            wide[i] in AGENT_BEFORE and all(w in QUANTITY for w in wide[i + 1:]) for i in range(len(wide) - 1)):
        return "agent"  # "استهداف المؤسسة من قبل عدد من المسلحين": how many of them, still the agent
    if not tokens[m.first].arabic and _by_members_of(tokens, m):
        return "agent"  # "was beheaded by a supporter of the Islamic State": whose man did it
    if _fired_by(tokens, m):
        return "agent"  # "a mortar round fired from IS lines": whose lines it came from
    if before:
        prev = before[-1]
        if prev in ("مع", "with") and len(before) > 1 and before[-2] in ("بالتنسيق", "بالتعاون", "coordination",
                                                                      "cooperation"):
            return "assoc"  # "ضربت أهدافا ... بالتنسيق مع حكومة الوفاق": a partner, not the target
        if prev in RECIPIENT_BEFORE and (len(before) < 2 or before[-2] not in TO_OWNER):
            return "target"  # "a boat taking supplies to militants had been bombed": whom it was for, hit
        if prev in AGENT_BEFORE:
            if len(before) > 1 and before[-2] in ASSOC_BEFORE:
                return "assoc"  # "Libyan forces backed by US air strikes": an ally
            return "agent"
        # "من سيطرة X", "تحت سيطرة X": X holds or loses the ground; "سيطرة X على": X takes it.
        takes = prev in CONTROL and (len(before) < 2 or before[-2] not in NOT_TAKING)
        if prev in extra_target and not takes:
            return "target"
        if tokens[m.first].arabic and len(wide) >= 3 and wide[-3] in extra_target \
                and wide[-2].startswith(("تنظيم", "جماع", "ميليشي", "مليشي")):
            return "target"  # "تحرير بنغازي من تنظيمي القاعدة وداعش": the second of the groups it was taken from
        if prev in OWNER_WORDS and len(before) > 1 and before[-2].lstrip("و") in SPEAKER_NOUNS:
            return "speaker"  # "وقال مسؤول تابع للحكومة المؤقتة إن سيارة انفجرت": whom he speaks for
        if prev in OWNER_WORDS and len(before) > 1 and before[-2] in AGENT_NOUNS:
            return "plain"  # "طائرة مسيرة تابعة لقوات حفتر": Haftar's drone, not his target
        if not takes and (prev in TARGET_BEFORE or (len(before) > 1 and before[-2] in TARGET_BEFORE
                                                    and prev in LINKERS)):
            return "target"
        if prev in ("من", "في") and len(before) > 1 and before[-2] in MEMBERS:
            return "target"  # "قتل جنديان من الجيش الليبي", "اغتيل ضابط في الجيش": the army's dead
        if prev == "من" and len(before) > 1 and _counted(before[-2]) and any(w.lstrip("و") in _DIED for w in wide):
            return "target"  # "استشهد ثلاثة من عناصر الجيش في هجوم لداعش": how many of them died
        if prev.lstrip("و") in MEMBERS_OF and any("قتل" in w for w in wide[:-1]):
            return "target"  # "قام بقتل عدد من مقاتلي التنظيمات الإرهابية": whose fighters died
        if any(b in ASSOC_BEFORE for b in before):
            return "assoc"
        if any(b in SPEAKER_BEFORE for b in before):
            return "speaker"
    nxt = tokens[m.last + 1].key if m.last + 1 < len(tokens) else ""
    if not tokens[m.first].arabic and any(w in SEIZED for w in wide) and \
            any(w in DETERMINERS for w in wide):
        return "target"  # "arrested a senior Islamic State commander": the one seized, not who speaks
    if not tokens[m.first].arabic and nxt in TARGET_AFTER:
        return "target"  # "air attacks in Sirte, hitting Islamic State targets": what was hit
    if nxt in SPEAKER_AFTER:
        return "speaker"
    if (m.actor.is_civilian or not tokens[m.first].arabic) and \
            any(tokens[k].key in SAID for k in range(m.last + 1, min(len(tokens), m.last + 4))):
        return "speaker"  # "residents and officials said", "the GNA's health ministry said"
    return "plain"


def resolve_generic(actor: Actor, speaker: Actor | None, lex: ActorLexicon | None = None) -> Actor:
    """An unattributed army / air force as the speaker's (else the LNA's)."""
    if actor.kind != "generic":
        return actor
    lex = lex or load_actors()
    side = speaker.affiliation if speaker is not None else ""
    if actor.id == "air-force":
        target = "gna-air" if side == "GNA" else "lna-air"
    else:
        target = "gna" if side == "GNA" else "lna"
    return lex.get(target) or actor


def detect_speaker(tokens: list[Token], mentions: list[ActorMention]) -> Actor | None:
    """Whose briefing a report is: the first actor named as a spokesman's principal
    ("المتحدث باسم الجيش الوطني الليبي", "LNA spokesman", "مدير التوجيه المعنوي في الجيش")."""
    for m in mentions:
        before = {tokens[k].key for k in range(max(0, m.first - 3), m.first)}
        after = tokens[m.last + 1].key if m.last + 1 < len(tokens) else ""
        if before & SPEAKER_TITLES or after in SPOKESMAN_AFTER:
            return resolve_generic(m.actor, None)
    # Else a Libyan side that announces ("أعلنت عملية بركان الغضب", "The LNA said").
    for m in mentions:
        prev = tokens[m.first - 1].key if m.first > 0 else ""
        after = tokens[m.last + 1].key if m.last + 1 < len(tokens) else ""
        if prev in ANNOUNCE or after in ANNOUNCE:
            a = resolve_generic(m.actor, None)
            if a.affiliation in ("LNA", "GNA"):
                return a
    return None


_PRONOUN_OBJECT = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
_RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين"})


def _by_members_of(tokens: list[Token], m: ActorMention) -> bool:
    """"by a supporter of the Islamic State", "by members of the Nawasi Brigade": "by", then
    only who of the group (a member noun, a count) and "of" or "from", then its name."""
    words = [tokens[k].key for k in range(max(0, m.first - 6), m.first)]
    if "by" not in words:
        return False
    between = words[len(words) - words[::-1].index("by"):]
    return len(between) >= 2 and between[-1] in ("of", "from", "the") and any(
        w in MEMBER_NOUNS or w in SUPPORTERS for w in between) and all(
        w in MEMBER_NOUNS or w in SUPPORTERS or w in DETERMINERS or w in ("of", "from") for w in between)


def _fired_by(tokens: list[Token], m: ActorMention) -> bool:
    """"A mortar round believed to have been fired by ISIS militants": the weapon's user."""
    return not tokens[m.first].arabic and m.first >= 2 and tokens[m.first - 2].key in FIRED \
        and tokens[m.first - 1].key in ("by", "from")


def _one_victim(roles: list[tuple[ActorMention, str]], tf: int) -> list[tuple[ActorMention, str]]:
    """"A Libyan military intelligence officer was shot dead", "a soldier from the Libyan
    Army was shot": the side named twice in one victim's description is the victim both
    times, not the one who shot him."""
    hit = [m for m, r in roles if r == "target" and m.last < tf]
    return [(m, "target" if r == "plain" and m.last < tf and any(
        h.actor.id == m.actor.id and 0 < h.first - m.last <= 4 for h in hit) else r) for m, r in roles]


def _other_side(a: Actor, a1: Actor) -> bool:
    """Not the side of ``a1``: another affiliation, or, where neither has one (gunmen, the
    police of no named government), another actor."""
    return a.affiliation != a1.affiliation or (not a1.affiliation and a.id != a1.id)


# after a comma, an -ing word before these is a noun with its own sides ("..., fighting between")
_ING_NOUN = frozenset("between erupted broke continued raged resumed was were has had is are in on".split())


def choose_roles(tokens: list[Token], mentions: list[ActorMention], trigger: tuple[int, int],
                 *, violent: bool, speaker: Actor | None = None,
                 lex: ActorLexicon | None = None, territory: bool = False, two_sided: bool = False) -> Roles:
    """actor1 / actor2 / associated actors for the trigger at token indexes ``trigger``
    (first, last) among ``mentions`` found in the same ``tokens``. ``territory``: ground
    changing hands, where "from X" (من، من يد، من قبضة، from) names the loser. ``two_sided``:
    a battle, where the side that suffers still fought."""
    lex = lex or load_actors()
    tf, tl = trigger
    arabic = tokens[tf].arabic if tokens else False
    extra = FROM_WORDS if territory else frozenset()
    roles = [(m, _role_of(tokens, m, 0, extra, two_sided)) for m in mentions]
    if not arabic:
        roles = _one_victim(roles, tf)
        # "pushed IS out of Fatayah", "set the house ... on fire": inside an English verb's gap, its object
        roles = [(m, "target" if r == "plain" and tf < m.first and m.last < tl else r) for m, r in roles]
    frame = _speech_frame_end(tokens, tf) if arabic and violent else None
    if frame is not None:
        roles = [(m, "speaker" if r == "plain" and m.last < frame and m.actor.kind in _UNARMED else r)
                 for m, r in roles]
    if arabic and _is_masdar(tokens[tf]):
        # A verbal noun's next noun is what it acts on: "استعادة الموانئ من الميليشيات",
        # "استهداف مواقع", not its subject.
        # "إسقاط طائرة حربية تابعة لقوات حفتر": a name inside a longer trigger, after the noun, too
        roles = [(m, "target" if r == "plain" and m.first > tf and m.first - tl <= 3 else r) for m, r in roles]

    if arabic and _names_the_taken(tokens, tf):
        # "أعلنت الحكومة أنها بدأت البحث عن المواطنين الإيطاليين الأربعة المختطفين": those
        # named with the word were taken, and a side named before them only tells of it; the
        # takers, if named, come after ("من قبل")
        roles = [(m, ("target" if tf - m.last <= 4 else "told") if r == "plain" and m.last < tf else r)
                 for m, r in roles]
    if arabic and tf >= 2 and tokens[tf - 1].key.lstrip("و") in _RELATIVE_PRONOUNS \
            and tokens[tf].key.endswith(("ه", "ها", "هم")):
        # "الإرهابي هشام عشماوي الذي اعتقلته السلطات": the one the relative clause is about,
        # its pronoun the act's object, was acted on
        head = [m for m, r in roles if r == "plain" and m.last == tf - 2]
        roles = [(m, "target" if head and m is head[0] else r) for m, r in roles]
    if arabic and tl + 1 < len(tokens) and tokens[tl + 1].key in _PRONOUN_OBJECT:
        # "صورة العشماوي بعد إلقاء القبض عليه": the pronoun is the man named last before
        # the act, who was taken, not who took him
        before = [m for m, r in roles if r == "plain" and m.last < tf]
        if before:
            last = max(before, key=lambda m: m.last)
            roles = [(m, "target" if m is last else r) for m, r in roles]

    def dist(m: ActorMention) -> int:
        return m.first - tl if m.first > tl else (tf - m.last if m.last < tf else 0)

    def ok1(m: ActorMention) -> bool:
        return not (violent and m.actor.is_civilian)

    actor1 = None
    after_comma = 0 < tf and tokens[tf].start - tokens[tf - 1].end > 1 and tf + 1 < len(tokens) \
        and tokens[tf + 1].key not in _ING_NOUN
    if not arabic and 0 < tf and tokens[tf].key.endswith("ing") and (tokens[tf - 1].key in CLAUSE_LINK or after_comma):
        # "Three government troops were killed in clashes with IS, after taking control of the
        # city center", "Libya Dawn attacked the Wershefana area, shelling several villages":
        # the -ing clause's subject is the sentence's, named first (not "..., fighting between")
        subject = [m for m, r in roles if r in ("plain", "target") and m.last < tf and ok1(m)]
        if subject:
            actor1 = min(subject, key=lambda m: m.first)
    # "by X" far from the trigger names the agent of another verb ("استعادة ... منشأتين
    # تعرضتا لهجوم منذ أسبوع من قبل مجموعات مسلحة").
    # "shot down a drone operated by Wagner": after the act, "by" after an owning
    # participle names whose thing was acted on.
    roles = [(m, "target" if r == "agent" and m.first > tl and m.first >= 2
              and tokens[m.first - 2].key in OWNING_PARTICIPLE else r) for m, r in roles]
    agents = [m for m, r in roles if r == "agent" and ok1(m) and (dist(m) <= 7 or _fired_by(tokens, m))]
    plain = [m for m, r in roles if r == "plain" and ok1(m)]
    if agents and actor1 is None:
        actor1 = min(agents, key=dist)
    if actor1 is None:
        # Overlapping the trigger ("وجود قوات تركية") or right beside it.
        if arabic:
            # An agent adjective or a name inside the trigger ("غارة أمريكية", "وجود قوات
            # تركية"), then a subject right before a verb ("سلاح الجو استهدف"), then
            # verb-subject order ("حرر الجيش الوطني").
            near = [m for m in plain if m.first >= tf and m.first - tl <= 1]
            if not near:
                near = [m for m in plain if m.last < tf and tf - m.last <= 2]
            if not near:
                # "سيطر الجيش على المواقع بعد معارك عنيفة مع الحوثيين": whom the fight was
                # with is the other side, not a subject after its verb; a side named before
                # the trigger did it
                near = [m for m in plain if m.first >= tf and m.first - tl <= 3 and not (
                    any(tokens[k].key in WITH for k in range(max(tl + 1, m.first - 1), m.first))
                    and any(b.last < tf for b in plain))]
        else:
            near = [m for m in plain if (m.last < tf and tf - m.last <= 2) or (m.first <= tl and m.last >= tf)]
        if near:
            actor1 = min(near, key=dist)
    if actor1 is None:
        # "اشتباكات ... بين مسلحين من أولاد سليمان وآخرين من التبو", "clashes ... between X and Y"
        between = [m for m in plain if m.first > tl and any(
            tokens[k].key in BETWEEN for k in range(max(tl + 1, m.first - 2), m.first))]
        if between:
            actor1 = min(between, key=dist)
    if actor1 is None:
        before = [m for m in plain if m.last < tf]
        if before:
            actor1 = max(before, key=lambda m: m.last)
    speakers = [m for m, r in roles if r == "speaker" and ok1(m)]
    if actor1 is None and not arabic and any(m.last < tf for m in speakers):
        # English puts the object after the verb: "The LNA said it shot down a Turkish
        # drone" — the speaker did it, the drone's side is acted on. One named after the
        # act (", the GNA's health ministry said") only tells of it.
        actor1 = min((m for m in speakers if m.last < tf), key=dist)
    if actor1 is None:
        # After the verb, a name far off or after "من" ("لتطهير المدينة من الجماعات") is what
        # the act is done to or from, not who does it.
        after = [m for m in plain if m.first > tl and not (arabic and (
            m.first - tl > 6 or (m.first > 0 and tokens[m.first - 1].key in AWAY_FROM)))]
        if after:
            actor1 = min(after, key=dist)
    between_others = any(tokens[k].key in BETWEEN for k in range(tl + 1, min(len(tokens), tl + 4)))
    if actor1 is None and arabic and not between_others:
        # a side that tells of its own act did it; a government or a party that tells of a
        # blast did not set it off; nor is the police that tells of "اشتباكات عنيفة بين جماعات
        # مسلحة" (a fight between others) a side of it
        armed = [m for m in speakers if not (violent and m.actor.kind in _UNARMED)]
        if armed:
            actor1 = min(armed, key=dist)
    a1 = resolve_generic(actor1.actor, speaker, lex) if actor1 else None
    # "GNA and LNA delegations signed", "اشتباكات بين التبو والطوارق": the other of a pair.
    partner = _partner(tokens, mentions, actor1) if actor1 is not None else None

    targets = [m for m, r in roles if r == "target" and m is not actor1]
    victims = [m for m, r in roles if r == "plain" and m is not actor1 and m.actor.is_civilian] if violent else []
    actor2 = None
    if targets:
        # "17 soldiers and 1 civilian were killed by militants": the force was attacked, the
        # civilian died in it (ACLED codes the armed side)
        armed = [m for m in targets if not m.actor.is_civilian] if violent else []
        actor2 = min(armed or targets, key=lambda m: (dist(m) + (0 if m.first > tl else 3)))
    elif partner is not None and not (violent and partner.actor.is_civilian):
        actor2 = partner
    else:
        reach = len(tokens) if violent else tl + 10
        # "..., وفق ما أعلنته وزارة الصحة بحكومة الوفاق", "..., the GNA health ministry said":
        # who tells it is not who it was done to.
        src = next((k for k in range(tl + 1, len(tokens)) if tokens[k].key in SOURCE_WORDS
                    or tokens[k].key in AFTER), None)
        if src is not None:
            reach = min(reach, src)
        others = [m for m, r in roles if r == "plain" and m is not actor1 and tl < m.first <= reach
                  and not m.actor.is_civilian
                  and (a1 is None or _other_side(resolve_generic(m.actor, speaker, lex), a1))]
        if others:
            actor2 = min(others, key=dist)
        elif victims:
            actor2 = min(victims, key=dist)
    if actor2 is None and territory and a1 is not None:
        # "سيطرتها على غريان بعد معارك عنيفة مع قوات حفتر", "took the town after fighting
        # with X": whom the fight was with lost the ground.
        fought = [m for m, r in roles if m is not actor1 and m.first > tl and not m.actor.is_civilian
                  and any(tokens[k].key in WITH for k in range(max(0, m.first - 2), m.first))
                  and resolve_generic(m.actor, speaker, lex).affiliation != a1.affiliation]
        if fought:
            actor2 = min(fought, key=dist)
    a2 = resolve_generic(actor2.actor, speaker, lex) if actor2 else None
    if a1 is None and not arabic and a2 is not None and not a2.is_civilian:
        # "Drone strikes targeted GNA positions, the LNA's media office said": a side that
        # tells of striking its enemy claims the strike.
        tellers = [resolve_generic(m.actor, speaker, lex) for m in speakers if m.first > tl]
        tellers = [t for t in tellers if t.affiliation and t.affiliation != a2.affiliation
                   and t.kind in ("state", "militia", "rebel", "foreign-state", "foreign-group", "mercenary")]
        if tellers:
            a1 = tellers[0]
    if a2 is not None and a1 is not None and (a2.id == a1.id or (
            a1.kind == a2.kind == "state" and a1.affiliation and a1.affiliation == a2.affiliation)):
        a2 = None  # "LNA" against "LNA air force": one side named twice, not a fight between them
    assoc = []
    for m, r in roles:
        if r == "assoc":
            a = resolve_generic(m.actor, speaker, lex)
            if a not in assoc and a != a1 and a != a2:
                assoc.append(a)
    return Roles(a1, a2, tuple(assoc))
