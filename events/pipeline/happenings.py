"""Stage "happenings": the triggers of a sentence are grouped into happenings. A trigger
that has its own place (the nearest place after it, before the next trigger) or its own
date (the dates nearest to it) starts a new happening when these differ from the previous
one's ("استهداف مخزن ... لميليشيات طرابلس ... واستهداف عدد من المواقع في عين زارة" is two
events; "blew up the home ... after January's suicide bombing" too), and so do an air
strike and ground fighting told in clauses of their own, and a violent trigger after an
after-word ("captured the town after weeks of shelling") or in an English relative clause with
a date of its own ("..., who drove them out of the town in June"); a violent trigger told as the
means of the one before ("اغتالت ... بإطلاق نار") stays in it. A happening's type is its
highest-priority trigger's (an arrest told with fighting is the fighting: "4 killed in the
exchange of fire, two others arrested"), but for weapons told as how its fighting was fought
("clashes with heavy weaponry including tanks and missiles")."""
from __future__ import annotations

from events.event_types import VIOLENT_TYPES, TriggerMatch
from events.pipeline.crowd import CROWD_TYPES
from events.pipeline.cues import cue
from events.pipeline.doc import Clause, Doc, ExtractedPlace, Happening
from events.sentences import Sentence, Token

_AFTER_WORDS = cue("after")


def happenings(doc: Doc, c: Clause) -> bool:
    c.happenings = group(c.sentence, c.found, c.places, c.dates, c.tokens)
    if c.retold is not None:
        for h in c.happenings:
            tgt = c.retold.get((h.main.start, h.main.end))
            if tgt is not None and not h.dates:
                h.dates.extend(tgt.happening.dates)
    return True


def _after_word(tokens: list[Token], t: TriggerMatch, floor: int = 0) -> bool:
    """"... بعد أسابيع من الضربات": an after-word just before this trigger, and after the
    trigger before it (in "إثر هجوم انتحاري" the word goes with هجوم, not انتحاري)."""
    return any(tokens[k].key in _AFTER_WORDS for k in range(max(floor, t.first - 4), t.first))


def _instrument(tokens: list[Token] | None, t: TriggerMatch, prev: Happening) -> bool:
    """"اغتالت مجموعة مسلحة مدرب النادي ... بإطلاق نار على سيارته": the shooting is how the
    killing told before it was done (the ب of means), one happening."""
    if tokens is None:
        return False
    key = tokens[t.first].key
    return key.startswith("ب") and not t.trigger.phrase.startswith("ب") \
        and t.trigger.event_type in VIOLENT_TYPES and any(x.trigger.event_type in VIOLENT_TYPES for x in prev.triggers)


def _inside(tokens: list[Token] | None, t: TriggerMatch, own: list[ExtractedPlace], prev: Happening) -> bool:
    """"A French engineer was shot dead in Benghazi in an attack at Benghazi Medical Centre":
    "in an attack" at a spot inside the town the happening before was told at says how and
    where that happening was, not another one."""
    if tokens is None or t.first < 2 or not (tokens[t.first - 1].key == "in" or tokens[t.first - 2].key == "in"
                                             and tokens[t.first - 1].key in ("a", "an", "the")):
        return False
    towns = {p.place.id for p in prev.places}
    return all(p.place.parent in towns for p in own)


# "in protest at": the crowd's own word for why it gathered (a maṣdar, "احتجاجا على")
_IN_PROTEST = cue("protest_reason", "ar")


def _in_protest(tokens: list[Token] | None, t: TriggerMatch, prev: Happening) -> bool:
    """"تظاهر مئات في ميدان الشهداء احتجاجا على اغتيال ناشط في بنغازي", "protested in Tripoli in
    protest at": why the crowd told before gathered, not a second protest (where the protested
    killing was is not where the crowd was)."""
    if tokens is None or t.trigger.event_type not in CROWD_TYPES or not any(
            x.trigger.event_type in CROWD_TYPES for x in prev.triggers):
        return False
    key = tokens[t.first].key
    return key in _IN_PROTEST or (key == "protest" and t.first > 0 and tokens[t.first - 1].key == "in")


# ground fighting, and the words that tell what it was fought with
_FIGHTS = frozenset({"clash*", "fighting", "fought", "battle*", "firefight*", "exchange of fire", "exchanged fire",
                     "skirmish*"})
_MEANS_WORDS = frozenset({"with", "including", "using"})


def _means_of_fight(tokens: list[Token] | None, t: TriggerMatch, h: Happening) -> bool:
    """"fierce clashes ..., with heavy weaponry including tanks and missiles being used",
    "fighting ... including airstrikes and artillery shelling", "clashes with RPGs", "heavy
    fighting, with the camp sustaining heavy shelling": weapons named after ground fighting,
    by "with" or "including", are how it was fought. ACLED codes the battle, and so does
    EVENT_CODING (one event, typed by the fighting); a strike told in a clause of its own
    ("clashes ... while warplanes struck") is another happening (``_other_kind``). Told at
    the town whose districts the fighting was in ("including ... shelling of west
    Benghazi"), they stay with it."""
    if tokens is None or t.trigger.event_type != "Explosions/Remote violence" or t.trigger.sub_event_type == "Suicide bomb":
        return False
    fights = [x for x in h.triggers if x.trigger.phrase in _FIGHTS and x.last < t.first]
    return bool(fights) and any(tokens[k].key in _MEANS_WORDS for k in range(fights[-1].last + 1, t.first))


_CLAUSE_OPENERS = frozenset({"كما", "وكما", "فيما", "بينما", "وبينما", "حين", "and", "while", "as", "meanwhile"})
# the verbs a strike or a fight is told with: "و" + one of them opens a clause of its own
_TELLING_VERBS = frozenset({"شنت", "شن", "قصفت", "قصف", "استهدفت", "استهدف", "هاجمت", "هاجم", "اندلعت", "اندلع",
                            "دارت", "دار", "استمرت", "تواصلت", "نفذت", "نفذ", "القت", "القي", "اشتبكت", "اشتبك"})


def _other_kind(tokens: list[Token] | None, t: TriggerMatch, prev: Happening) -> bool:
    """"واندلع القتال في أجدابيا ... وهاجمت طائرة حربية مواقع للمسلحين", "clashes continued
    ... while warplanes struck": an air strike told in a clause of its own beside ground
    fighting (or fighting beside an air strike) is another event (ACLED codes both, and so do
    EVENT_CODING's coders); "clashes backed by air strikes", one clause, stays one."""
    if tokens is None:
        return False
    air = t.trigger.sub_event_type == "Air/drone strike"
    before = {x.trigger.sub_event_type for x in prev.triggers}
    if not ((air and before == {"Armed clash"}) or (t.trigger.event_type == "Battles" and before == {"Air/drone strike"})):
        return False
    between = [tokens[k].key for k in range(prev.triggers[-1].last + 1, t.first + 1)]
    return any(w in _CLAUSE_OPENERS or w.startswith("و") and w[1:] in _TELLING_VERBS for w in between) \
        or "في حين" in " ".join(between) or (t.trigger.phrase[:1] != "و" and tokens[t.first].key.startswith("و"))


# the words a shooting is told with
_SHOTS = frozenset({"أطلق* ... النار", "أطلق* ... الرصاص", "إطلاق النار", "opened fire", "fired at", "fired on",
                    "shot at", "shooting", "shot", "gunfire"})


def _shots_of(t: TriggerMatch, prev: Happening) -> bool:
    """"نجا من محاولة اغتيال بعد أن أطلق مسلحون النار على سيارته", "was assassinated after
    gunmen opened fire on her car": the shots fired just before are how the attack on a person
    told before was made, not an earlier happening."""
    return t.trigger.phrase in _SHOTS and any(x.trigger.event_type == "Violence against civilians"
                                               for x in prev.triggers)


def group(sentence: Sentence, triggers: list[TriggerMatch], places: list[ExtractedPlace],
           dates: list, sentence_tokens: list[Token] | None = None) -> list[Happening]:
    """Triggers -> happenings (see the module doc, step 5). A trigger whose stretch of the
    sentence names a date other than the one before it is another happening too ("blew up
    the home ... following January's suicide bombing which killed 60")."""
    # A date belongs to the trigger nearest to it ("on 25 June" to "blew up", "January's"
    # to "suicide bombing").
    mine: list[list] = [[] for _ in triggers]

    def gap(t: TriggerMatch, m) -> int:
        # a comma between them ("اشتباكات ... في أواخر أغسطس، كما اقتحم مسلحون") puts the
        # date with the clause it closes
        a, b = sorted((t.end, m.start)) if t.end <= m.start else sorted((m.end, t.start))
        between = sentence.text[a - sentence.start:b - sentence.start]
        return max(t.start - m.end, m.start - t.end, 0) + (1000 if "،" in between or "," in between else 0)

    for m in dates:
        if m.value is None:
            continue
        k = min(range(len(triggers)), key=lambda k: gap(triggers[k], m))
        mine[k].append(m)
    segs = []
    for k, t in enumerate(triggers):
        end = triggers[k + 1].start if k + 1 < len(triggers) else sentence.end
        own = [p for p in places if t.start <= p.start < end and not p.country_level]
        when = {(m.value, m.precision) for m in mine[k]}
        segs.append((t, own, end, when, mine[k]))
    out: list[Happening] = []
    prev_when: set = set()
    for t, own, end, when, ms in segs:
        own_ids = {p.place.id for p in own}
        prev = out[-1] if out else None
        prev_ids = {p.place.id for p in prev.places} if prev else set()
        other_date = bool(when) and bool(prev_when) and not (when & prev_when)
        # "سيطرتها على قاعدة الوطية بعد أسابيع من الضربات الجوية", "captured the town after
        # weeks of shelling": what came before is another happening.
        earlier = prev is not None and sentence_tokens is not None \
            and _after_word(sentence_tokens, t, prev.triggers[-1].last + 1) \
            and t.trigger.event_type in VIOLENT_TYPES \
            and all(x.trigger.event_type != t.trigger.event_type for x in prev.triggers) \
            and not _shots_of(t, prev)
        # "fighting continued between IS and the council, who drove them out of the town in
        # June": an English relative clause's act, dated apart, is another happening
        relative = prev is not None and bool(when) and sentence_tokens is not None \
            and not sentence_tokens[t.first].arabic \
            and any(sentence_tokens[k].key in ("who", "which") for k in range(prev.triggers[-1].last + 1, t.first))
        if prev is None:
            out.append(Happening([t], seg_start=sentence.start, seg_end=end))
        elif not other_date and not earlier and not relative and (
                (means := _means_of_fight(sentence_tokens, t, prev))
                and own_ids <= prev_ids | {q.place.parent for q in prev.places}
                or not _other_kind(sentence_tokens, t, prev) and (
                    not own or not prev.places or own_ids & prev_ids
                    or (all(p.in_actor for p in own) and not all(p.in_actor for p in prev.places))
                    or _inside(sentence_tokens, t, own, prev)
                    or _instrument(sentence_tokens, t, prev)
                    or _in_protest(sentence_tokens, t, prev))):
            if means:
                prev.means.add((t.start, t.end))
            prev.triggers.append(t)
            prev.seg_end = end
        else:
            out.append(Happening([t], seg_start=t.start, seg_end=end))
        out[-1].places.extend(own)
        out[-1].dates.extend(ms)
        if when:
            prev_when = when
    return out
