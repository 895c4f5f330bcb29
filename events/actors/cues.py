"""The cue words of every actor language, folded into the keys tokens carry.

A new language is one module beside ``ar.py`` and ``en.py`` with its ``CUES`` (the same
names; a language may leave a cue out) and ``NOT_A_NAME``, added to ``LANGUAGES`` here."""
from __future__ import annotations

from events.actors import ar, en
from events.sentences import tokenize

LANGUAGES = (ar, en)
_READ: set[str] = set()


def cue(name: str) -> frozenset[str]:
    """The folded keys of cue ``name`` over all languages."""
    _READ.add(name)
    return frozenset(t.key for lang in LANGUAGES for t in tokenize(lang.CUES.get(name, "")))


TARGET_BEFORE = cue("target_before")
TARGET_AFTER = cue("target_after")
SUFFERED_BEFORE = cue("suffered_before")
AGENT_BEFORE = cue("agent_before")
ASSOC_BEFORE = cue("assoc_before")
SPEAKER_BEFORE = cue("speaker_before")
SPEAKER_AFTER = cue("speaker_after")
ANNOUNCE = cue("announce")
SPEAKER_TITLES = cue("speaker_titles")
SPOKESMAN_AFTER = cue("spokesman_after")
FROM_WORDS = cue("from_words")
OWNER_WORDS = cue("owner_words")
AGENT_NOUNS = cue("agent_nouns")
AFTER = cue("after")
SOURCE_WORDS = cue("source_words")
SAID = cue("said")
LOYAL = cue("loyal")
FORCES = cue("forces")
MEMBERS = cue("members")
OWNING_PARTICIPLE = cue("owning_participle")
FIRED = cue("fired")
SUPPORTERS = cue("supporters")
WITH = cue("with_words")
SEIZED = cue("seized")
HARM = cue("harm")
ESCAPED = cue("escaped")
BODY_WORDS = cue("body_words")
PASSIVE_AUX = cue("passive_aux")
MEMBER_NOUNS = cue("member_nouns")
NUMBER_WORDS = cue("number_words")
MASDARS = cue("masdars")
AND = cue("and_words")
BETWEEN = cue("between")
LINKERS = cue("linkers")
CONTROL = cue("control")
NOT_TAKING = cue("not_taking")
AWAY_FROM = cue("away_from")
DETERMINERS = cue("determiners")
PLANE_ADJ = cue("plane_adj")
OWNED_BY = cue("owned_by")
MILITARY_NOUNS = cue("military_nouns")
NATIONALITY_ADJ = cue("nationality_adjectives")
SPEECH_VERBS = cue("speech_verbs")
COMPLEMENTISERS = cue("complementisers")
MADE_OF = cue("made_of")
MEMBERS_OF = cue("members_of")
FINDING = cue("finding")
CONDEMN = cue("condemn")
CLAUSE_LINK = cue("clause_link")
RECIPIENT_BEFORE = cue("recipient_before")
TO_OWNER = cue("to_owner")
FORMER = cue("former")
FORMERLY = cue("formerly")
SERVED = cue("served")
QUANTITY = cue("quantity")
PERSON_NOUNS = cue("person_nouns")
SPARED = cue("spared")
SPEAKER_NOUNS = cue("speaker_nouns")
NOT_A_NAME = frozenset((a.key, b.key) for lang in LANGUAGES for a, b in
                       (tokenize(x) for x in lang.NOT_A_NAME))
# Every cue name the rules read: a language's cue outside it would silently do nothing.
KNOWN = frozenset(_READ)
