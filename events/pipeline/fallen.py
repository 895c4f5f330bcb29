"""Stage "fallen" (an event stage, after "victims"): soldiers or policemen the sentence
names as the ones hurt are the side hit. "قتل 7 جنود ليبيين عندما اقتحم متشددون من تنظيم
داعش نقطة تفتيش", "راح ضحيتها اثنان من الجنود": the attackers are named, the force whose
men fell is not, and ACLED codes that force as actor2 (the army, "Military Forces of
Libya"; the police), not an unidentified armed group.

Only when actor2 is unnamed (or an unidentified group, or civilians, that the earlier stages
put in for want of better: "قتل ثلاثة من رجال الأمن في هجوم على مركز" is no attack on
civilians unless the sentence names some) and actor1 is no state force (a state force's report of its own dead names its
foe elsewhere); a soldier of another country ("جنود مصريين") is not Libya's. The army is
read as the "army" of the actor rules: the side that speaks in the report, else the LNA;
the "periods" stage then names it as it was on the event's day.
"""
from __future__ import annotations

from dataclasses import replace

from events.actors import resolve_generic
from events.actors.cues import MEMBERS_OF
from events.pipeline.cues import cue
from events.pipeline.doc import Doc
from events.sentences import tokenize

_SOLDIER = cue("soldier")
_POLICE = cue("police_member")
# "لقي جنديان مصرعهما": the death that "لقي" meets (kept out of the cue "hurt", which
# "reported" reads too, where "لقي حتفه في ظروف غامضة" is a death, not a killing)
_HURT = cue("hurt") | frozenset(t.key for t in tokenize("مصرعه مصرعها مصرعهما مصرعهم حتفه حتفها حتفهما حتفهم"))
_FORMER = cue("former")
_CIVILIAN = cue("civilian_person") | cue("persons")
_FOREIGN_END = ("يين", "يون")  # "جنود مصريين": a people's plural adjective after the soldiers
_KINDS = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def fallen(doc: Doc) -> None:
    lex = doc.actors
    unknown, civilians = lex.get("gunmen").name_en, lex.get("civilians").name_en
    out = []
    for e in doc.events:
        new = e
        a1 = lex.named(e.actor1)
        if not e.context and e.in_libya is not False and e.event_type in _KINDS \
                and e.actor2 in (None, unknown, civilians) and (a1 is None or a1.kind not in ("state", "foreign-state", "generic")):
            force = _force_hit(e.evidence or "", civilians_told=e.actor2 == civilians)
            if force is not None:
                hit = resolve_generic(lex.get("army"), doc.speaker, lex) if force == "army" else lex.get("police")
                if hit is not None and hit.name_en != e.actor1:
                    new = replace(e, actor2=hit.name_en)
                    if e.event_type == "Violence against civilians":
                        # an attack on a member of a force is a fight with it (see "build")
                        new = replace(new, event_type="Battles", sub_event_type="Armed clash")
        if new is not e and doc.trace is not None:
            doc.trace.carry([e], new, "fallen", "actors", f"actor2 {new.actor2}: its soldiers or policemen are "
                                                          "named as the ones hurt")
        out.append(new)
    doc.events = out


def _force_hit(text: str, civilians_told: bool = False) -> str | None:
    """"army" or "police" when a soldier or policeman stands within four words after a word of
    harm ("مقتل خمسة جنود", "ضحيتها اثنان من الجنود") or two before it ("جنديان قتلا")."""
    keys = [t.key.lstrip("و") for t in tokenize(text)]
    if civilians_told and any(w in _CIVILIAN for w in keys):
        return None  # civilians hurt beside them: the victims a stage before named stay
    # "فقتلوا خمسة جنود": a harm verb behind the particle ف
    hurt = [k for k, w in enumerate(keys) if w in _HURT or w[:1] == "ف" and w[1:] in _HURT]
    for k, w in enumerate(keys):
        police = w in _POLICE and (w not in ("امن", "الامن") or k > 0 and keys[k - 1] in MEMBERS_OF)
        if not (w in _SOLDIER or police):
            continue
        if any(x in _FORMER for x in keys[k + 1:k + 3]) or k + 1 < len(keys) and keys[k + 1].endswith(_FOREIGN_END) \
                and not keys[k + 1].startswith(("ليبي", "الليبي")):
            continue  # "جندي سابق": no longer serving; "جنود مصريين": another country's
        if any(0 < k - h <= 4 or 0 < h - k <= 2 for h in hurt):
            return "army" if w in _SOLDIER else "police"
    return None
