"""Who acts and who is acted on: actor mentions from the team's bilingual lexicon
(``events/lexicon/actors.csv``) and the rules that pick actor1 / actor2 around a trigger.

Where things are: ``lexicon`` (the CSV, mentions in text), ``roles`` (actor1 / actor2 /
associated actors, the speaker), ``ar`` and ``en`` (each language's cue words: what makes a
name the agent, the target, an ally or the speaker), ``cues`` (those words folded, over all
languages). A new language is one cue module and its names' aliases in actors.csv.

Matching is on folded words (``events.sentences.tokenize``): Arabic through
``geo.normalise_ar`` with the proclitics و ف ب ل ك ال stripped from the first word of a
name (لميليشيات طرابلس, بالمشير خليفة حفتر), Latin lower-cased, and short acronyms (IS, US,
UN) matched as written so the verb "is" is not the Islamic State.

Roles, in order of trust:
- a name after "by" / "من قبل" is actor1;
- Arabic: an agent adjective or a name inside the trigger ("غارة أمريكية", "وجود قوات
  تركية"), then a subject just before the verb ("سلاح الجو استهدف"), then a subject just
  after it (verb-subject order: "حرر الجيش الوطني"); after a verbal noun the next name is
  what it acts on ("استهداف مواقع الميليشيات", "استعادة الموانئ من ...");
- English: a name right before the trigger or inside it ("US air strike"), else the
  nearest before it, else the speaker ("The LNA said it shot down a Turkish drone": the
  drone's side is acted on), else one after it;
- a name after a target word (ضد، مواقع، مسلحي، صفوف، على، من سيطرة; against, on, with,
  targeting, positions of; for captures also من / from) is actor2; else the partner of
  actor1 in "X and Y" / "بين X وY"; else, for violence, the next name of another side,
  else the civilians named;
- names after "إلى جانب / alongside / backed by" are associated actors;
- civilians are never actor1 of violence: they are its victims;
- a describing word before a name is that name ("ميليشيات الجضران" is the PFG), and in
  English a name before a describing word owns it ("Haftar's militias", "U.S. warplanes");
- a bare nationality adjective is an actor only beside something military ("غارة
  أمريكية", "Turkish drones"; not "وكالة الأنباء الفرنسية", "two Egyptian workers");
- "forces allied with / loyal to X" are X's forces; "backed by X" makes X an ally, not the
  agent; "by X" far from the trigger belongs to another verb; "killing three soldiers":
  the soldiers are acted on; witnesses ("residents said") are no victims;
- unattributed "army" / "air force" (الجيش، سلاح الجو) belong to whoever speaks in the
  report (an LNA spokesman's briefing: the LNA; a GNA statement: the GNA); with no
  speaker, to the LNA, the side Arabic news of 2014-2020 means by a bare "الجيش".
"""

from __future__ import annotations

from events.actors.cues import (AGENT_BEFORE, ASSOC_BEFORE, FROM_WORDS, SPEAKER_AFTER,
                                SPEAKER_BEFORE, TARGET_BEFORE)
from events.actors.lexicon import (ACTOR_COLUMNS, ACTOR_KINDS, DESCRIBING, STATE_KINDS, Actor,
                                   ActorLexicon, ActorMention, find_actors, lexicon_text,
                                   load_actors, read_actors_csv)
from events.actors.roles import Roles, choose_roles, detect_speaker, resolve_generic

__all__ = ["ACTOR_COLUMNS", "ACTOR_KINDS", "STATE_KINDS", "DESCRIBING", "Actor", "ActorMention",
           "ActorLexicon", "read_actors_csv", "lexicon_text", "load_actors", "find_actors",
           "Roles", "choose_roles", "detect_speaker", "resolve_generic", "TARGET_BEFORE",
           "AGENT_BEFORE", "ASSOC_BEFORE", "SPEAKER_BEFORE", "SPEAKER_AFTER", "FROM_WORDS"]
