"""English rules of the trigger stages (words in ``events/lexicon/cues.csv``, lang en)."""
from __future__ import annotations

from events.event_types import TriggerMatch
from events.pipeline.cues import cue
from events.sentences import Token

_PURPOSE = cue("purpose", "en")
_PREVENT = cue("prevent", "en")
_INTENT = cue("intent")
_GOES_ON = cue("goes_on")
_NEGATION = cue("negation", "en")
_ATTEMPTED_ON_LIFE = ("assassinat", "kill", "kidnap", "abduct")
_BREAK = cue("phrase_break")


_JOINING = frozenset({"reinforce", "join", "support", "bolster", "back"})


def is_purpose(tokens: list[Token], t: TriggerMatch) -> bool:
    """"to seize", "in a bid to", "will retake": an aim, not a happening."""
    prev = tokens[t.first - 1].key if t.first > 0 else ""
    if prev == "to" and t.first > 1 and tokens[t.first - 2].key in ("attempt", "attempts") \
            and tokens[t.first].key.startswith(_ATTEMPTED_ON_LIFE):
        return False  # "in a failed attempt to assassinate him": an attack made, if it failed
    if prev in _PURPOSE:
        return True
    if tokens[t.first].key == "control" and prev in ("for", "the") and (prev == "for" or (
            t.first > 1 and tokens[t.first - 2].key == "for")):
        return True  # "the battle ... for control of the western coastal road": what is fought for
    joined = next((k for k in range(max(0, t.first - 9), t.first - 1)
                   if tokens[k].key == "to" and tokens[k + 1].key in _JOINING), None)
    if joined is not None and "in" in (tokens[k].key for k in range(joined + 2, t.first)) \
            and "and" not in (tokens[k].key for k in range(joined + 2, t.first)):
        return True  # "arrived in Sabratha to reinforce Libya Dawn in the crucial battle": the battle joined
    back = [tokens[k].key for k in range(max(0, t.first - 7), t.first)]
    if "from" in back[-2:] and any(k in _PREVENT for k in back):
        return True  # "to prevent the army from retaking Derna": to be prevented
    if any(tokens[k].key in _INTENT for k in range(max(0, t.first - 3), t.first)):
        return True  # "will retake", "threatened to attack"
    if t.first > 0 and tokens[t.first - 1].key == "to":
        # "continued to target", "began to shell" report the act; "in order to seize" does not.
        return not (t.first > 1 and tokens[t.first - 2].key in _GOES_ON)
    return False


def is_negated(tokens: list[Token], t: TriggerMatch) -> bool:
    """"It is not known if there were any arrests": nothing happened."""
    return any(tokens[k].key in _NEGATION and not tokens[k + 1].key.isdigit()  # "No. 1"
               for k in range(max(0, t.first - 6), t.first))


def definite_at(tokens: list[Token], i: int) -> bool:
    """"the attack", "the second bomb", "the first major Islamic State attack"."""
    for k in range(i - 1, max(-1, i - 6), -1):
        key = tokens[k].key
        if key in ("the", "this", "that", "these", "those"):
            return True
        if key in _BREAK or key.isdigit():
            return False
    return False


def definite_phrase(tokens: list[Token], t: TriggerMatch) -> bool:
    return definite_at(tokens, t.first)


_ATTRIBUTIVE_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her", "our"})
_TOLD_BY_PARTICIPLE = frozenset({"Abduction/forced disappearance", "Arrests", "Government regains territory",
                                 "Non-state actor overtakes territory"})


def is_attributive_participle(tokens: list[Token], t: TriggerMatch) -> bool:
    """"released photos of the captured Egyptians", "the kidnapped workers": a participle
    that describes people or ground by a seizure told elsewhere, not a seizure told here."""
    if t.first != t.last or t.first == 0 or t.last + 1 >= len(tokens) \
            or t.trigger.sub_event_type not in _TOLD_BY_PARTICIPLE:
        return False
    word, nxt = tokens[t.first], tokens[t.last + 1]
    return word.key.endswith("ed") and tokens[t.first - 1].key in _ATTRIBUTIVE_DETERMINERS \
        and nxt.orig[:1].isalpha()


_IN_RETURN = frozenset({("response", "to"), ("retaliation", "for"), ("revenge", "for"), ("reprisal", "for"),
                        ("reprisals", "for"), ("answer", "to")})


def is_answered(tokens: list[Token], t: TriggerMatch) -> bool:
    """"attacked Mitiga airport in retaliation for an earlier bombing in Zintan", "in
    response to the Egyptian airstrikes on Derna": the happening answered is the reason of
    the one told, itself told (and dated) where it was news."""
    return any((tokens[k].key, tokens[k + 1].key) in _IN_RETURN for k in range(max(0, t.first - 6), t.first - 1))


def antecedents(tokens: list[Token], found: list[TriggerMatch], text: str) -> list[TriggerMatch]:
    """"Following bombings in Tobruk and Al Abraq, the army launched airstrikes on Darna": the
    happening a sentence opens on, before its comma, is what the news followed (told where it
    was news); the clause after the comma tells this one."""
    if len(found) < 2 or not tokens or tokens[0].key not in ("following", "after"):
        return []
    first = [t for t in found if t.first <= 6]
    later = [t for t in found if t.first > 6]
    if not first or not later:
        return []
    comma = text.find(",", max(t.end for t in first), min(t.start for t in later))
    return first if comma != -1 else []


_AIRCRAFT = frozenset({"plane", "planes", "warplane", "warplanes", "jet", "jets", "aircraft", "helicopter",
                       "helicopters", "drone", "drones", "gunship", "gunships", "mig", "migs"})
_ON_THE_GROUND = frozenset({"troops", "forces", "fighters", "gunmen", "militants", "militiamen", "soldiers", "and"})
# where the subject of the verb ends, looking back: a clause of its own, or the aircraft as
# what was attacked ("a helicopter was attacked")
_SUBJECT_ENDS = frozenset({"was", "were", "been", "who", "which", "that", "after", "when", "while", "as", "but"})


def attacked_from_air(tokens: list[Token], first: int) -> bool:
    """"LNA planes attacked Misrata", "a helicopter attacked the boat", "a warplane from the
    government's air force on Thursday attacked Mitiga airport", "fighter jets carried out
    numerous raids": aircraft (or an air force) that attack strike from the air; no ground
    force (nor a second subject after "and") named between them and the verb."""
    for k in range(first - 1, max(-1, first - 11), -1):
        key = tokens[k].key
        if key in _ON_THE_GROUND or key in _SUBJECT_ENDS:
            return False
        if key in _AIRCRAFT or key == "force" and k > 0 and tokens[k - 1].key == "air":
            return True
    return False


_PEOPLE = cue("persons", "en") | cue("civilian_person", "en")
_TAKEN_PEOPLE_REACH = 5  # words after "captured" (or before "were captured") where the people taken are


def people_captured(tokens: list[Token], first: int, last: int) -> bool:
    """"A number of young men were captured from Tajoura by Libya Dawn forces", "captured two
    journalists": people taken, not ground; an abduction (or an arrest), never a town won."""
    after = [t.key for t in tokens[last + 1:last + 1 + _TAKEN_PEOPLE_REACH]]
    if after and after[0] in ("control", "the", "a") and any(w in ("control", "town", "city", "area") for w in after):
        return False
    if after and after[0] not in ("in", "from", "of") and any(_person(w) for w in after):
        return True
    if first >= 2 and tokens[first - 1].key in ("were", "was"):
        return any(_person(t.key) for t in tokens[max(0, first - 1 - _TAKEN_PEOPLE_REACH):first - 1])
    return False


def _person(word: str) -> bool:
    return word in _PEOPLE or (word.endswith("s") and word[:-1] in _PEOPLE)
