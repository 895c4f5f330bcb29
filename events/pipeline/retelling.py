"""Stages that find a happening told again, which is no new event:

- "blame": a sentence with a blame verb about the violence just told ("The Tripoli
  government blamed the strike on UAE drones", "واتهمت حكومة الوفاق قوات حفتر بقصف
  المطار") names its author; inside one sentence the act named after the blame verb is the
  one told before it ("blamed_act").
- "restated": "هذه الغارات" / "these strikes" after strikes were told; with figures only,
  they are the dead of the strikes told before ("retold_figures").
- "told_again" (for sentences with no day of their own): the agreement or shutdown just
  told, whatever places its terms name; "الهجوم" / "the attack" with no new place or day:
  its figures and its author go to the telling before, and a telling with figures stays
  as one of the told type, so that the tellings merge. A claim of responsibility ("أعلن
  داعش مسؤوليته عن الهجوم") outranks an actor1 guessed from word order, which then
  becomes actor2.
- "told_kind" (an event stage, right after "build"): a telling with figures keeps the
  sub-event type of the telling before ("A warplane bombed a tanker off Derna. The bombing
  caused two deaths": one air strike with its dead, not an air strike and a shelling).
"""
from __future__ import annotations

import re
from dataclasses import replace

from events.event_types import VIOLENT_TYPES, TriggerMatch
from events.pipeline import figures
from events.pipeline.abroad import foreign_places
from events.pipeline.cues import cue
from events.pipeline.doc import Clause, Doc, Draft
from events.pipeline.places import REGION_KINDS
from events.pipeline.triggers import definite_at, definite_phrase, generic_attack, phrase
from events.pipeline.who import BLAME, author, blame_at
from events.sentences import Token
from geo.gazetteer import haversine_km

_DEMONSTRATIVE = cue("demonstrative")
_BLAMED_ACT = cue("blamed_act")
_CLAIM = cue("claim")
_NO_COMMENT = cue("no_comment")
_MEANS = cue("means_of_attack")
_THE_ATTACKERS = frozenset({"المهاجمين", "المهاجمون", "attackers", "assailants"})
_AMID = frozenset({"وسط", "ووسط", "خضم", "وخضم", "amid", "amidst"})
_COMES = frozenset({"تزامن", "يتزامن", "جاء", "ياتي", "تاتي", "جاءت"})


def told_before(drafts: list[Draft], t: TriggerMatch) -> Draft | None:
    """The latest telling the definite "الهجوم" / "the attack" refers back to."""
    for d in reversed(drafts[-50:]):
        tt = d.trigger.trigger
        if tt.event_type == t.trigger.event_type or (generic_attack(t) and tt.event_type in VIOLENT_TYPES):
            return d
        # "اشتباكات ... وتفجيرين انتحاريين" told as a bombing: "الاشتباكات" later is its too
        if any(m.trigger.event_type == t.trigger.event_type for m in d.happening.triggers):
            return d
    return None


# words after which English "that" opens a clause ("said that", "and that"), not "that fight"
_THAT_CLAUSE = frozenset("""
    said says say claimed claims claim reported reports added adds stated states confirmed confirms
    announced announces denied denies indicated indicates noted notes alleged alleges believed
    believe warned warns showed shows suggested suggests revealed reveals explained explains
    acknowledged admitted insisted told and but so such
    """.split())


def _restates(tokens: list[Token], t: TriggerMatch, drafts: list[Draft]) -> bool:
    """"هذه الغارات" / "these strikes" after strikes were reported, "وهذا الهجوم" after any
    violence: the same happening."""
    if t.first > 0 and tokens[t.first - 1].key.removeprefix("و") in _COMES and generic_attack(t) \
            and definite_at(tokens, t.first, "ar"):
        # "وتزامن الهجوم مع استعدادات الجيش", "جاء الهجوم في سرت ... بعد هجوم": when or how
        # the attack told before came, not another one
        return any(d.trigger.trigger.event_type in VIOLENT_TYPES for d in drafts[-50:])
    k = t.last + 1
    if generic_attack(t) and k + 1 < len(tokens) and tokens[k].key in ("الذي", "التي") \
            and tokens[k + 1].key.removeprefix("و") in _COMES and definite_at(tokens, t.first, "ar"):
        # "فقدا خلال الهجوم الذي تزامن مع اقتراب الجيش من درنة": the attack told before
        return any(d.trigger.trigger.event_type in VIOLENT_TYPES for d in drafts[-50:])
    if t.first == 0 or tokens[t.first - 1].key.removeprefix("و") not in _DEMONSTRATIVE:
        return False
    if tokens[t.first].arabic and not definite_at(tokens, t.first, "ar"):
        return False  # "لتندلع إثر ذلك مواجهات عنيفة": "ذلك" closes "after that"; new clashes follow
    if tokens[t.first - 1].key == "that" and t.first > 1 and tokens[t.first - 2].key in _THAT_CLAUSE:
        return False  # "claimed ... and that fighting was taking place near Ajilat": a clause, not "that fight"
    # "تلك الغارات" points back, also to strikes the report only recalled (no telling kept)
    return True


def _note(doc: Doc, c: Clause, stage: str, text: str) -> None:
    if doc.trace is not None:
        doc.trace.note(c, stage, text)


def _give_author(doc: Doc, c: Clause, target: Draft, t: TriggerMatch | None, outranks: bool, stage: str) -> None:
    """``outranks``: the author named now replaces an actor1 guessed from word order, which
    becomes actor2 (what was hit)."""
    r = author(c.tokens, doc.sent_actor[c.index], t, doc.speaker, doc.actors)
    if r.actor1 is None or r.actor1.is_civilian:
        return
    old1, a2 = target.roles.actor1, target.roles.actor2
    if outranks and a2 is None and old1 is not None and old1.affiliation != r.actor1.affiliation:
        a2 = old1
    a2 = a2 if a2 != r.actor1 else None
    target.roles = replace(target.roles, actor1=r.actor1, actor2=a2)
    if target.why is not None:
        target.why.say("actors", f"actor1 {r.actor1.name_en}: named as its author by a later sentence: "
                                 f"{c.text[:120]!r}", stage)


def blame(doc: Doc, c: Clause) -> bool:
    stoks, drafts = c.tokens, doc.drafts
    if drafts and any(tok.key in BLAME for tok in stoks):
        # "The GNA blamed the strike on UAE drones", "واتهمت حكومة الوفاق قوات حفتر
        # بقصف المطار": an accusation about the attack just told names its author and
        # is no new happening, even when it names the town again.
        told = next((t for t in doc.triggers.find(stoks) if t.trigger.flag != "ignore"
                     and (t.trigger.event_type in VIOLENT_TYPES or generic_attack(t))), None)
        target = told_before(drafts, told) if told is not None else None
        if told is None and any(tok.key in _BLAMED_ACT for tok in stoks):
            # "blamed the strike on UAE drones": "strike" alone is no trigger (a labour
            # strike), but after a blame verb it is the violence just told.
            target = next((d for d in reversed(drafts[-50:]) if d.trigger.trigger.event_type in VIOLENT_TYPES), None)
        if target is not None:
            if target.roles.actor1 is None:
                _give_author(doc, c, target, told, outranks=False, stage="blame")
            kept = [t for t in c.found if t.trigger.event_type not in VIOLENT_TYPES and not generic_attack(t)]
            for t in c.found:
                if t not in kept:
                    _note(doc, c, "blame", f"'{phrase(c, t)}' dropped: an accusation about the violence "
                                           f"told before ({target.sentence.text[:80]!r}), no new happening")
            c.found = kept
    return True


def blamed_act(doc: Doc, c: Clause) -> bool:
    at = blame_at(c.tokens)
    if at is not None and any(t.last < at for t in c.found):
        # "قتلت ثلاث طفلات جراء سقوط قذيفة، واتهمت حكومة الوفاق قوات حفتر بقصف الأحياء": the
        # act named in the accusation is the one just told.
        kept = [t for t in c.found if t.first < at or t.trigger.event_type not in VIOLENT_TYPES]
        for t in c.found:
            if t not in kept:
                _note(doc, c, "blamed_act", f"'{phrase(c, t)}' dropped: the act named in the accusation "
                                            "is the one told before the blame verb")
        c.found = kept
    return True


def _taken_before(tokens: list[Token], t: TriggerMatch, drafts: list[Draft]) -> Draft | None:
    """"لطرد الميليشيات من منشآت الهلال النفطي، التي سيطرت عليها الخميس الماضي": a place
    described by its taking, after that taking was told: the same happening (that telling)."""
    k = t.last + 1
    if t.trigger.flag != "territory" or t.first == 0 or tokens[t.first - 1].key not in ("التي", "الذي") \
            or k >= len(tokens) or tokens[k].key not in ("عليها", "عليه"):
        return None
    return next((d for d in reversed(drafts[-50:]) if d.trigger.trigger.flag == "territory"), None)


def restated(doc: Doc, c: Clause) -> bool:
    c.restated = [t for t in c.found if _restates(c.tokens, t, doc.drafts)]
    taken = [(t, target) for t in c.found if t not in c.restated
             and (target := _taken_before(c.tokens, t, doc.drafts)) is not None]
    c.found = [t for t in c.found if t not in c.restated and all(t is not x for x, _ in taken)]
    for t in c.restated:
        _note(doc, c, "restated", f"'{phrase(c, t)}' after a demonstrative: the happening told before")
    for t, target in taken:
        when = [m for m in c.dates if m.value is not None]
        if when and not target.happening.dates:
            target.happening.dates.extend(when)  # the taking told before gets the day told here
        _note(doc, c, "restated", f"'{phrase(c, t)}' describes a place by the taking told before"
                                  + (", and dates it" if when else ""))
    if not c.found:
        return False
    c.strong = [t for t in c.found if t.trigger.flag != "weak"]
    return True


def retold_figures(doc: Doc, c: Clause) -> bool:
    if c.restated and not c.strong:
        # "مقتل أكثر من 80 متشددا في تلك الغارات": the dead of the strikes told before.
        target = told_before(doc.drafts, c.restated[0])
        if target is not None:
            figures.add_to(target, c.sentence, doc.lang, merge=True, stage="retold_figures")
            _note(doc, c, "retold_figures", f"its figures go to the event told in {target.sentence.text[:80]!r}")
        else:
            _note(doc, c, "retold_figures", "its figures are of a happening the report did not tell as news")
        return False
    return True


def _new_place(doc: Doc, c: Clause) -> bool:
    told_places = {d.place.place.id for d in doc.drafts[-50:] if d.place is not None}
    # a town abroad that opens the sentence ("وفي الزبداني ... استمرت الاشتباكات" after
    # Daraya's) is a new place too; one named further on is as often who acts ("وسعت
    # واشنطن"), where someone lives or speaks ("المقيم في العاصمة القطرية")
    own = [*c.places, *(p for p in foreign_places(doc, c)
                        if p.place.kind not in REGION_KINDS and (p.start == c.opening_place_start or _in_quarter(doc, p)))]
    return any(not p.country_level and not p.in_actor and p.place.id not in told_places for p in own)


# "حققوا تقدما في حي النشوة جنوبي مدينة الحسكة خلال المعارك الحالية": a town abroad a
# quarter or village of it is placed in is where the fighting now told is
_QUARTER = re.compile(r"في\s+(?:حي|قرية|بلدة|منطقة)\s+\S+(?:\s+\S+)?\s+(?:جنوبي?|شمالي?|شرقي?|غربي?|وسط)\s+(?:مدينة\s+)?$")


def _in_quarter(doc: Doc, p) -> bool:
    return _QUARTER.search(doc.text[max(0, p.start - 60):p.start]) is not None


def _dated_again(doc: Doc, c: Clause) -> bool:
    """"حول المطار مسار الرحلات بعد تعرضه لهجوم صاروخي" then "بعد الهجوم الذي وقع مساء
    الثلاثاء": "the attack", at no new place, after an attack told with no day of its own is
    that attack, and gives it its day. False when the sentence is that telling."""
    told = {d.trigger.trigger.phrase for d in doc.drafts[-50:]}
    # "الهجوم", or the same word again ("غارة ... في ليبيا", then "شنت الغارة في أوباري")
    again = [t for t in c.strong if definite_at(c.tokens, t.first, doc.lang)
             and (generic_attack(t) or t.trigger.phrase in told)]
    if not again or len(again) < len(c.strong) or _new_place(doc, c):
        return True
    target = told_before(doc.drafts, again[0])
    if target is None or any(m.value is not None for m in target.happening.dates) \
            or any(m.value is not None for m in target.dates):
        return True
    target.happening.dates.extend(m for m in c.dates if m.value is not None)
    own = [p for p in c.places if not p.country_level and not p.in_actor]
    if target.place_how in ("country", "inherited", "none") and len(own) == 1:
        target.place, target.place_how = own[0], "own"  # "شنت الغارة في منطقة أوباري": where it was
    figures.add_to(target, c.sentence, doc.lang, merge=True, stage="told_again")
    _note(doc, c, "told_again", f"'{phrase(c, again[0])}' is the attack told with no day in "
                                f"{target.sentence.text[:80]!r}: it gives that event its day")
    return False


def _placed_again(doc: Doc, c: Clause) -> bool:
    """"شنت غارة ... جنوبي ليبيا" then "ونفذت القوات الأميركية الغارة قرب مدينة أوباري": the
    same word named again, with no day of its own, at the town of a strike told before at a
    region only, is that strike, and places it. False when the sentence is that telling."""
    told = {d.trigger.trigger.phrase for d in doc.drafts[-50:]}
    again = [t for t in c.strong if definite_at(c.tokens, t.first, doc.lang) and t.trigger.phrase in told]
    own = [p for p in c.places if not p.country_level and not p.in_actor and p.place.kind not in REGION_KINDS]
    # "إن الغارة استهدفت المعسكر": the word named again, and any other of its type
    if not again or not own or any(t.trigger.event_type != again[0].trigger.event_type for t in c.strong):
        return True
    # the place nearest after the word ("الغارة قرب مدينة أوباري ... الحكومة في طرابلس")
    own = [min(own, key=lambda p: (p.start < again[0].end, abs(p.start - again[0].end)))]
    target = next((d for d in reversed(doc.drafts[-50:]) if d.trigger.trigger.phrase == again[0].trigger.phrase), None)
    if target is None or not _vaguely_placed(target, own[0]):
        return True
    target.place, target.place_how = own[0], "own"
    figures.add_to(target, c.sentence, doc.lang, merge=True, stage="told_again")
    _note(doc, c, "told_again", f"'{phrase(c, again[0])}' is the one told at a region in "
                                f"{target.sentence.text[:80]!r}: it places it at {own[0].place.name_en}")
    return False


def _vaguely_placed(target: Draft, spot) -> bool:
    """Told at no place, the country, a region, or an area by a town ("شرقي بلدة بني وليد")
    within 100 km of the spot named now."""
    p = target.place
    if p is None or target.place_how in ("country", "inherited", "none") or p.country_level \
            or p.place.kind in REGION_KINDS:
        return True
    return p.area and haversine_km(p.place.lat, p.place.lon, spot.place.lat, spot.place.lon) <= 100


def _by_the_attackers(doc: Doc, c: Clause) -> Draft | None:
    """The violent telling before, when "the attackers" act in this sentence before its
    first trigger."""
    first = min(t.first for t in c.strong)
    toks = c.tokens
    if not any(toks[k].key.lstrip("و") in _THE_ATTACKERS and (toks[k].arabic or k and toks[k - 1].key == "the")
               for k in range(first)):
        return None
    target = next((d for d in reversed(doc.drafts[-50:]) if d.trigger.trigger.event_type in VIOLENT_TYPES), None)
    told = target.trigger.trigger if target is not None else None
    # shooting or storming is how the attack went; a kidnapping by the attackers is an act of its own
    main = min(c.strong, key=lambda t: t.first)
    if told is None or main.trigger.sub_event_type not in ("Armed clash", told.sub_event_type):
        return None
    return target


def _amid_the_fighting(doc: Doc, c: Clause) -> None:
    """"الذين حوصروا وسط القتال", "trapped amid the fighting": the fighting told before, as
    the setting of something else, whatever day or place that other thing has."""
    if not any(d.trigger.trigger.event_type == "Battles" for d in doc.drafts[-50:]):
        return
    amid = [t for t in c.strong if t.trigger.event_type == "Battles" and t.first > 0
            and c.tokens[t.first - 1].key in _AMID and definite_at(c.tokens, t.first, doc.lang)]
    for t in amid:
        _note(doc, c, "told_again", f"'{phrase(c, t)}' is the fighting told before, as the setting of what this sentence tells")
    if amid:
        c.found = [t for t in c.found if t not in amid]
        c.strong = [t for t in c.strong if t not in amid]


def _by_means(stoks: list[Token], t: TriggerMatch) -> bool:
    """Arms after ب ("بأسلحة خفيفة وقنابل يدوية") at or up to three words before the trigger."""
    for tok in stoks[max(0, t.first - 3):t.first + 1]:
        key = tok.key.lstrip("و")
        if key.startswith("ب") and (key[1:] in _MEANS or key[1:].removeprefix("ال") in _MEANS):
            return True
    return False


def _describes(stoks: list[Token], a: TriggerMatch, t: TriggerMatch) -> bool:
    """``t`` is the verb right after the noun ``a`` (or after its الذي/التي): what it targeted."""
    return t.trigger.flag == "remote" and 0 < t.first - a.last <= 2 and all(
        stoks[k].key in ("الذي", "التي") for k in range(a.last + 1, t.first))


def told_again(doc: Doc, c: Clause) -> bool:
    drafts, stoks = doc.drafts, c.tokens
    _amid_the_fighting(doc, c)
    if not c.found:
        return False
    if c.strong and drafts and any(m.value is not None for m in c.dates):
        return _dated_again(doc, c)
    if not c.strong or not drafts:
        return True
    # "وينص الاتفاق على ... إعادة فتح مطار معيتيقة", "إغلاق الحقل سيؤدي إلى": the
    # agreement or shutdown just told, whatever places its terms name.
    subs = {d.trigger.trigger.sub_event_type for d in drafts[-50:]
            if d.trigger.trigger.event_type == "Strategic developments"}
    found = [t for t in c.found if not (t.trigger.sub_event_type in subs and t.trigger.sub_event_type
                                        in ("Agreement", "Other") and definite_phrase(stoks, t, doc.lang))]
    for t in c.found:
        if t not in found:
            _note(doc, c, "told_again", f"'{phrase(c, t)}' is the {t.trigger.event_type.lower()} ({t.trigger.sub_event_type.lower()}) told before")
    c.found = found
    if not found:
        return False
    if _new_place(doc, c):
        return _placed_again(doc, c)
    target = _by_the_attackers(doc, c)
    if target is not None:
        # "أوضح أن المهاجمين أطلقوا النار على البوابة ... ثم اقتحموا المقر": how the attack
        # told before went, by "the attackers" of it
        figures.add_to(target, c.sentence, doc.lang, merge=True, stage="told_again")
        _note(doc, c, "told_again", "'the attackers' (المهاجمين) of the attack told in "
                                    f"{target.sentence.text[:80]!r}: how it went, no new happening")
        return False
    told = {d.trigger.trigger.event_type for d in drafts[-50:]}
    violent_told = bool(told & VIOLENT_TYPES)
    again = [t for t in found if definite_at(stoks, t.first, doc.lang)
             and (t.trigger.event_type in told or (violent_told and generic_attack(t)))]
    if not again:
        return True
    # "أن المسؤول عن الهجوم هو تنظيم داعش", "three staff were killed in the attack", "The
    # GNA blamed the LNA for the attack": the attack told before, with no new place or
    # day, is not another happening; its figures and its author go to that telling.
    t0 = again[0]
    target = told_before(drafts, t0)
    claim = any(tok.key.lstrip("و") in _CLAIM for tok in stoks)
    # "وامتنع الجيش الليبي عن التعليق على الغارة": who declines to comment is no author
    no_comment = not claim and any(tok.key.lstrip("و") in _NO_COMMENT for tok in stoks)
    if target is not None and (target.roles.actor1 is None or claim) and not no_comment:
        _give_author(doc, c, target, t0, outranks=True, stage="told_again")
    cas = figures.find(c.text, doc.lang)
    if cas is not None and (cas.killed is not None or cas.wounded is not None):
        # The telling with the figures stays (it stands for the event when the tellings
        # merge); "killed in the attack" is the attack told before, of its type.
        if target is not None:
            c.found = [replace(t, trigger=target.trigger.trigger) if t in again and generic_attack(t)
                       else t for t in found]
            # Told again with its dead ("مقتل 6 ... في الغارات"): the same place and day
            # as the first telling, so the two merge.
            starts = {a.start for a in again}
            c.retold = {(t.start, t.end): target for t in c.found if t.start in starts}
            _note(doc, c, "told_again", f"'{phrase(c, t0)}' tells again, with figures, the event of "
                                        f"{target.sentence.text[:80]!r}: it takes that event's place and day")
        return True
    # "أن الهجوم جرى بشكل مباغت بأسلحة خفيفة وقنابل يدوية": the arms the attack told before
    # was made with
    again += [t for t in found if t not in again and t.start > t0.end and _by_means(stoks, t)]
    # "وهو أحدث هجوم يستهدف سفنا", "الهجوم الذي استهدف": what the attack told again struck
    again += [t for t in found if t not in again and any(_describes(stoks, a, t) for a in again)]
    c.found = [t for t in found if t not in again]
    for t in again:
        _note(doc, c, "told_again", f"'{phrase(c, t)}' names the {t.trigger.event_type.lower()} told before, "
                                    "with no new place, day or figure")
    return bool(c.found)


def told_kind(doc: Doc) -> None:
    """The second telling's own words may lack what made the first's sub-event type (the
    warplane); it is the happening told before, so it takes that type, and the two merge.
    Runs while ``doc.events`` still stand one for one with ``doc.drafts``."""
    built = {id(d): e for d, e in zip(doc.drafts, doc.events)}
    for k, d in enumerate(doc.drafts):
        first = built.get(id(d.retells)) if d.retells is not None else None
        e = doc.events[k]
        if first is None or first.event_type != e.event_type or first.sub_event_type == e.sub_event_type:
            continue
        doc.events[k] = replace(e, sub_event_type=first.sub_event_type)
        if doc.trace is not None:
            doc.trace.carry([e], doc.events[k], "told_kind", "exists",
                            f"tells again the {first.sub_event_type.lower()} of {d.retells.sentence.text[:60]!r}: of its kind")
