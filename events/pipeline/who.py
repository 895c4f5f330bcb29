"""Stage "actors": the actors named in each sentence and whose briefing the report is
(an LNA spokesman's), and, per happening, actor1 / actor2 by ``events.actors.choose_roles``
around its main trigger. A sentence with a blame verb after the act ("قتلت ثلاث طفلات
جراء سقوط قذيفة، واتهمت حكومة الوفاق قوات حفتر بقصف الأحياء") names the one who did it;
the one blaming neither did it nor was hit."""
from __future__ import annotations

from dataclasses import replace

from events.actors import ActorMention, choose_roles, detect_speaker
from events.event_types import VIOLENT_TYPES, TriggerMatch
from events.pipeline.cues import cue
from events.pipeline.build import MUTUAL
from events.pipeline.doc import Clause, Doc, Happening
from events.sentences import Token

BLAME = cue("blame")
_LAUNCHED = cue("attack_launched")
_CLAIM = cue("claim")
_CLAIM_VERBS = frozenset(w for w in _CLAIM if w.startswith(("تبن", "يتبن")) or w in ("claimed", "claims", "claiming"))
_ATTACK = cue("attack_noun")
_DID = frozenset({"قام", "قامت", "قاموا", "يقوم", "تقوم"})


def actor_mentions(doc: Doc) -> None:
    for s, (a, b) in zip(doc.sentences, doc.sent_tokens):
        ms = doc.actors.find(doc.tokens[a:b], doc.text[s.start:s.end], s.start)
        if s.start < doc.dateline_end:
            ms = [m for m in ms if m.start >= doc.dateline_end]  # "دبي، الإمارات (CNN) –": where the wire wrote
        doc.sent_actor.append(ms)
        # built, not dataclasses.replace'd: replace reads the fields anew for every mention
        doc.all_mentions.extend(ActorMention(m.start, m.end, m.text, m.actor, m.first + a, m.last + a) for m in ms)
    doc.speaker = detect_speaker(doc.tokens, doc.all_mentions)


def blame_at(tokens: list[Token]) -> int | None:
    return next((k for k, tok in enumerate(tokens) if tok.key in BLAME), None)


def author(tokens: list[Token], mentions: list, t: TriggerMatch, speaker, lex):
    """Who did the attack a later sentence refers to: "X claimed the attack", "أعلن داعش
    مسؤوليته عن الهجوم"; with a blame verb the one blamed, not the one blaming ("The GNA
    blamed the attack on forces loyal to Haftar", "حملت الحكومة قوات حفتر مسؤولية الهجوم")."""
    from events.actors import Roles, resolve_generic

    blame = blame_at(tokens)
    if blame is not None:
        after = [m for m in mentions if m.first > blame and not m.actor.is_civilian]
        if tokens[blame].arabic:
            # A subject right before the verb ("الحكومة اتهمت قوات حفتر"); a name further
            # back belongs to another clause ("قتلت ثلاث طفلات ...، واتهمت الحكومة ...").
            before = [m for m in mentions if m.last < blame and blame - m.last <= 2 and not m.actor.is_civilian]
            pick = after[0] if before and after else (after[1] if len(after) > 1 else None)
        else:
            pick = after[0] if after else None
        return Roles(resolve_generic(pick.actor, speaker, lex) if pick else None, None)
    return choose_roles(tokens, mentions, (t.first, t.last), violent=True, speaker=speaker, lex=lex)


def roles_for(doc: Doc, c: Clause, h: Happening):
    """actor1 / actor2 / associated actors of a happening."""
    stoks, mentions = c.tokens, doc.sent_actor[c.index]
    main = h.main
    violent = main.trigger.event_type in VIOLENT_TYPES or main.trigger.sub_event_type in (
        "Arrests", "Abduction/forced disappearance", "Protest with intervention",
        "Excessive force against protesters")
    roles = choose_roles(stoks, mentions, (main.first, main.last), violent=violent,
                         speaker=doc.speaker, lex=doc.actors, territory=main.trigger.flag == "territory",
                         # one side's shooting ("a policeman was killed when gunmen opened
                         # fire") has a victim; in fighting both sides act
                         two_sided=main.trigger.event_type == "Battles" and main.trigger.phrase in MUTUAL)
    roles = _launcher_first(stoks, mentions, roles)
    if main.trigger.sub_event_type == "Arrests":
        roles = _arrested_group(mentions, roles, doc.speaker)
    if main.trigger.event_type in VIOLENT_TYPES:
        roles = _claimed_in_sentence(stoks, mentions, main, roles)
    blame = blame_at(stoks) if main.trigger.event_type in VIOLENT_TYPES else None
    if blame is not None and blame > main.last:
        # "قتلت ثلاث طفلات جراء سقوط قذيفة، واتهمت حكومة الوفاق قوات حفتر بقصف ...":
        # the one blamed did it; the one blaming neither did it nor was hit.
        r = author(stoks, mentions, main, doc.speaker, doc.actors)
        accusers = {m.actor.id for m in mentions if m.first > blame and m.actor != r.actor1}
        if r.actor1 is not None and not r.actor1.is_civilian and (
                roles.actor1 is None or roles.actor1.id in accusers):
            a2 = roles.actor2 if roles.actor2 is not None and roles.actor2.id not in accusers \
                and roles.actor2 != r.actor1 else None
            roles = replace(roles, actor1=r.actor1, actor2=a2)
    return roles


def _launcher_first(tokens: list[Token], mentions: list, roles):
    """"صد الجيش الوطني هجوما شنته ما تسمى بـ"سرايا الدفاع عن بنغازي"", "خاض الجيش مواجهات مع
    متشددين شنوا هجوما", "قام رتل من تنظيم داعش بالهجوم": the side that launched the attack is actor1, the one that repelled or
    met it actor2 (ACLED's initiator first), whatever the word order made of them."""
    launcher = None
    for k, tok in enumerate(tokens):
        if tok.key.lstrip("و") not in _LAUNCHED:
            continue
        if k > 0 and tokens[k - 1].key in _ATTACK:  # "هجوما شنته ما تسمى بـX": X within four words after
            launcher = next((m for m in mentions if k < m.first <= k + 4), None)
        elif k + 1 < len(tokens) and tokens[k + 1].key in _ATTACK:  # "X شنوا هجوما"
            launcher = next((m for m in mentions if m.last == k - 1), None)
        if launcher is not None:
            break
    for k, tok in enumerate(tokens if launcher is None else ()):
        if tok.key.lstrip("و") not in _DID:
            continue
        # "عندما قام رتل من تنظيم داعش بالهجوم على بوابة 200": who did the attack
        m = next((m for m in mentions if k < m.first <= k + 3), None)
        if m is not None and any(t.key[:1] == "ب" and t.key[1:] in _ATTACK for t in tokens[m.last + 1:m.last + 3]):
            launcher = m
            break
    if launcher is None or launcher.actor.is_civilian or launcher.actor == roles.actor1:
        return roles
    if roles.actor1 is None:  # the launcher read as the one hit, or not at all
        return replace(roles, actor1=launcher.actor, actor2=None if roles.actor2 == launcher.actor else roles.actor2)
    if roles.actor2 not in (None, launcher.actor):
        return roles
    return replace(roles, actor1=launcher.actor, actor2=roles.actor1)


def _claimed_in_sentence(tokens: list[Token], mentions: list, main, roles):
    """"تفجيرا وقع عند بوابة الستين ... وأعلن تنظيم داعش مسؤوليته عنه", "... and IS claimed
    it": the group that claims the act the sentence tells did it, when the roles named no
    one or an unidentified group."""
    if roles.actor1 is not None and roles.actor1.kind != "unidentified":
        return roles
    for k in range(main.last + 1, len(tokens)):
        key = tokens[k].key.lstrip("و")
        if key not in _CLAIM:
            continue
        if key in _CLAIM_VERBS:  # "تبنى تنظيم داعش الهجوم", "IS claimed"
            m = next((m for m in mentions if m.first == k + 1 or m.last == k - 1 and not tokens[k].arabic), None)
        else:  # "وأعلن تنظيم داعش مسؤوليته"
            m = next((m for m in mentions if m.first > main.last and 0 < k - m.last <= 1), None)
        if m is not None and not m.actor.is_civilian and not m.actor.is_state:
            a2 = None if roles.actor2 == m.actor else roles.actor2
            return replace(roles, actor1=m.actor, actor2=a2)
    return roles


_ARRESTED_KINDS = frozenset({"rebel", "foreign-group"})


def _arrested_group(mentions: list, roles, speaker):
    """"أعلن المتحدث باسم الجيش الوطني أن عشماوي ... اُعتقل في درنة": a jihadist group does
    not arrest; named with an arrest it is the one taken, and the arrest is the state force's
    the sentence names (else the report's speaker's)."""
    a1 = roles.actor1
    if a1 is None or a1.kind not in _ARRESTED_KINDS or roles.actor2 is not None and roles.actor2.is_state:
        return roles
    force = next((m.actor for m in mentions if m.actor.kind == "state"), None) \
        or (speaker if speaker is not None and speaker.is_state else None) \
        or next((m.actor for m in mentions if m.actor.kind == "foreign-state"), None)
    if force is None:
        return roles
    return replace(roles, actor1=force, actor2=a1)
