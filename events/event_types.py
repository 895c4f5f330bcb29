"""ACLED's event types and sub-event types, and the trigger words that signal them
(``events/lexicon/triggers.csv``, Arabic and English, written by the team).

A trigger row: ``lang, phrase, event_type, sub_event_type, priority, strength, flag``.
``phrase`` is one or more words; a word ending in ``*`` matches any word it begins
(``غارة*`` → غارات، الغارة، غارتين; ``clash*`` → clashes, clashed). ``priority`` decides
between triggers of one sentence (an air strike beats the fighting it ended); ``strength``
(0..1) is how sure the word alone makes us. Flags:

- ``territory``: the sub-type follows who acts — state forces (the LNA and the GNA both
  count: ACLED codes each as "Military Forces of Libya") regain territory, anyone else
  is a "Non-state actor overtakes territory";
- ``remote``: a strike word that names no weapon (قصف، استهدف، targeted, bombed) is an
  "Air/drone strike" when an air word (طيران، سلاح الجو، جوية، warplanes, jets, MiG) is in
  the sentence or the report talks of air strikes, else "Shelling/artillery/missile attack";
- ``weak``: a death with no stated cause (مقتل، killed): an event only when the sentence
  holds no other trigger and gives a figure;
- ``ignore``: a phrase that contains a trigger and is not one ("رئيس تحرير" is an
  editor-in-chief, not a liberation); being longer, it wins the overlap and is dropped.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache

from events.errors import LexiconError
from events.sentences import PhraseIndex, Token, tokenize

# ACLED's 6 event types and 25 sub-event types, spelled as ACLED spells them.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
SUB_EVENT_TYPES: dict[str, str] = {sub: t for t, subs in EVENT_TYPES.items() for sub in subs}
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
TRIGGER_COLUMNS = ("lang", "phrase", "event_type", "sub_event_type", "priority", "strength", "flag", "notes")
FLAGS = ("", "territory", "remote", "weak", "ignore", "talk")

AIR_WORDS = frozenset(t.key for t in tokenize("""
    طيران الطيران سلاح الجو جوي جوية جويا الجوية الجوي طائرات الطائرات طائرة مقاتلات المقاتلات
    الحربية حربية حربيتان حربيتين طائرتان طائرتين مقاتلة مقاتلتان مقاتلتين ميغ سوخوي مسيرة المسيرة
    مسيرات المسيرات
    air aircraft warplane warplanes jets jet mig migs fighter-jets drone drones planes airstrike
    airstrikes helicopter helicopters
"""))


@dataclass(frozen=True)
class Trigger:
    lang: str
    phrase: str
    event_type: str
    sub_event_type: str
    priority: int
    strength: float
    flag: str = ""


@dataclass(frozen=True)
class TriggerMatch:
    start: int
    end: int
    first: int  # token indexes [first, last]
    last: int
    trigger: Trigger


class TriggerLexicon:
    def __init__(self, triggers: list[Trigger]) -> None:
        self.triggers = triggers
        self._index = PhraseIndex()
        for t in triggers:
            self._index.add(t.phrase, t)

    def find(self, tokens: list[Token]) -> list[TriggerMatch]:
        """Non-overlapping triggers in text order: where two overlap, the longer wins, then
        a whole-word one over a stem (``*``) one, then the higher priority."""
        cands = self._index.find_all(tokens)
        cands.sort(key=lambda m: (-(m.last - m.first), m.prefix, -m.payload.priority, m.first))
        taken: list = []
        used: set[int] = set()
        for m in cands:
            span = range(m.first, m.last + 1)
            if any(k in used for k in span):
                continue
            used.update(span)
            taken.append(m)
        taken.sort(key=lambda m: m.first)
        return [TriggerMatch(m.start, m.end, m.first, m.last, m.payload) for m in taken]


def read_triggers_csv(text: str, where: str = "triggers.csv") -> list[Trigger]:
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != TRIGGER_COLUMNS:
        raise LexiconError(f"{where}: header must be {','.join(TRIGGER_COLUMNS)}")
    out = []
    for line, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise LexiconError(f"{where} line {line}: expected {len(TRIGGER_COLUMNS)} columns")
        et, sub = row["event_type"].strip(), row["sub_event_type"].strip()
        if row["flag"] == "ignore":
            et = sub = ""  # a phrase that looks like a trigger and is not one
        elif SUB_EVENT_TYPES.get(sub) != et:
            raise LexiconError(f"{where} line {line}: {et!r} / {sub!r} is not an ACLED type / sub-type pair")
        if row["flag"] not in FLAGS:
            raise LexiconError(f"{where} line {line}: flag {row['flag']!r} is not one of {FLAGS}")
        try:
            priority, strength = int(row["priority"]), float(row["strength"])
        except ValueError:
            raise LexiconError(f"{where} line {line}: priority must be an integer, strength a number") from None
        if not 0 < strength <= 1 or not row["phrase"].strip():
            raise LexiconError(f"{where} line {line}: empty phrase or strength outside (0, 1]")
        out.append(Trigger(row["lang"].strip(), row["phrase"].strip(), et, sub, priority, strength, row["flag"]))
    return out


@lru_cache(maxsize=4)
def load_triggers(path: str | None = None) -> TriggerLexicon:
    from events.actors import lexicon_text

    return TriggerLexicon(read_triggers_csv(*lexicon_text("triggers.csv", path)))


def find_triggers(text: str) -> list[TriggerMatch]:
    return load_triggers().find(tokenize(text))


def has_air_word(tokens: list[Token]) -> bool:
    return any(t.key in AIR_WORDS for t in tokens)


def territory_sub_type(actor1_is_state: bool | None) -> str:
    """ACLED's territory sub-type from who took it (unknown: read as state forces, whose
    claims are what Libyan reports of captured ground mostly are)."""
    return "Non-state actor overtakes territory" if actor1_is_state is False else "Government regains territory"
