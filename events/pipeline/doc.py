"""The record that passes from stage to stage: one ``Doc`` per report, one ``Clause`` per
sentence being read, one ``Draft`` per event in the making. Stages fill these in; none
of them keeps state of its own between reports."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from events.event_types import VIOLENT_TYPES, TriggerMatch
from events.records import Event, Report
from events.sentences import Sentence, Token


class Lazy:
    """A value computed on first use (most reports never need it)."""

    def __init__(self, fn) -> None:
        self._fn, self._done, self._value = fn, False, None

    def __call__(self):
        if not self._done:
            self._value, self._done = self._fn(), True
        return self._value


@dataclass(frozen=True)
class ExtractedPlace:
    """A usable place mention of the report (after dropping persons)."""

    start: int
    end: int
    text: str
    mention: Any  # geo.PlaceMention
    in_actor: bool = False
    area: bool = False  # "area of", "near", or located by a relation after it

    @property
    def place(self):
        return self.mention.resolution.place

    @property
    def country_level(self) -> bool:
        return self.place is not None and self.place.kind == "country"


# Blast words that name no weapon (as written in events/lexicon/triggers.csv)
BARE_BLASTS = frozenset({"انفجار*", "انفجرت", "explosion*", "blast", "blasts", "exploded"})


@dataclass
class Happening:
    triggers: list[TriggerMatch]
    places: list[ExtractedPlace] = field(default_factory=list)
    seg_start: int = 0
    seg_end: int = 0
    dates: list = field(default_factory=list)  # date mentions nearest its triggers
    means: set = field(default_factory=set)  # (start, end) of weapons told as how its fight was fought

    @property
    def main(self) -> TriggerMatch:
        # An arrest told with fighting ("4 killed in the exchange of fire and two others
        # arrested") is part of the fighting, which carries the dead; a truce named with it
        # ("clashes ... after fragile ceasefire", "kill 2 men in failed prisoner exchange")
        # is its setting.
        violent = [t for t in self.triggers if t.trigger.event_type in VIOLENT_TYPES and t.trigger.flag != "weak"
                   and t.trigger.priority >= 70]
        pool = [t for t in self.triggers if not (violent and t.trigger.sub_event_type in ("Arrests", "Agreement"))]
        # "heaviest clashes ... when the LNA launched a fierce offensive on Ansar al-Sharia":
        # the offensive told is the fighting, not an announcement of one
        pool = [t for t in pool if not (violent and t.trigger.phrase.startswith("launched ")
                                        and t.trigger.sub_event_type == "Change to group/activity")]
        # "fierce clashes ..., with heavy weaponry including tanks and missiles": the fight
        pool = [t for t in pool if (t.start, t.end) not in self.means] or pool
        if any(t.trigger.event_type in VIOLENT_TYPES and t.trigger.flag != "weak" for t in pool):
            # "اقتحموا مقر المؤسسة فقتلوا 11 شخصا وأضرموا النيران في المبنى": the fire is part of the attack
            pool = [t for t in pool if t.trigger.sub_event_type != "Looting/property destruction"] or pool
        if any(t.trigger.phrase in BARE_BLASTS for t in pool):
            # "سُمع دوي انفجارات ... الجهة التي أطلقت الصواريخ": the weapon named says what
            # blew up; a bare blast word is a bomb only when nothing else is named
            weapons = [t for t in pool if t.trigger.event_type == "Explosions/Remote violence" and t.trigger.flag != "remote"
                       and t.trigger.phrase not in BARE_BLASTS]
            if weapons:
                pool = weapons
        return max(pool, key=lambda t: (t.trigger.priority, -t.start))


@dataclass
class Draft:
    sentence: Sentence
    paragraph_start: bool
    happening: Happening
    place: ExtractedPlace | None
    place_how: str  # own / actor / inherited / country / abroad / none
    trigger: TriggerMatch
    roles: Any
    first_of_sentence: bool
    tokens: list[Token] = field(default_factory=list)
    dates: list = field(default_factory=list)  # the sentence's date mentions
    told_date: tuple = (None, "unknown")  # the day told earlier in the same paragraph
    fatalities: int | None = None
    fatalities_lb: bool = False
    injuries: int | None = None
    injuries_lb: bool = False
    why: Any = None  # an explain.EventWhy when the report is read with --explain
    retells: Any = None  # the Draft this one tells again with its figures (retelling.told_again)


@dataclass
class Doc:
    """A report being read. The report stages fill in the first block; the sentence
    stages add drafts; the event stages turn the drafts into ``events``."""

    report: Report
    text: str
    lang: str
    resolver: Any
    actors: Any  # events.actors.ActorLexicon
    triggers: Any  # events.event_types.TriggerLexicon
    trace: Any = None  # an explain.Trace, or None (nothing recorded, nothing slowed)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # token starts, for bisect
    dateline_end: int = 0
    almanac: str = ""  # why the report is a chronicle of past days, or ''
    sent_tokens: list[tuple[int, int]] = field(default_factory=list)  # token range per sentence
    sent_actor: list[list] = field(default_factory=list)  # actor mentions per sentence
    all_mentions: list = field(default_factory=list)  # actor mentions, report token indexes
    speaker: Any = None
    raw_places: list = field(default_factory=list)
    places: list[ExtractedPlace] = field(default_factory=list)
    place_starts: list[int] = field(default_factory=list)
    main_place: ExtractedPlace | None = None
    report_air: Any = None  # Lazy: does the report talk of air strikes
    dates: list = field(default_factory=list)
    date_starts: list[int] = field(default_factory=list)
    fallback_date: tuple = (None, "unknown", 0.0)  # what an undated sentence inherits
    para_date: tuple = (None, "unknown")
    para_points: list = field(default_factory=list)  # (lat, lon) of the places where para_date was told
    last_date: tuple = (None, "unknown")  # the latest date any sentence before told
    prev_date: tuple = (None, "unknown")  # the date the sentence just before told, if any
    story_day: tuple = (None, "unknown")  # the latest day (day precision) any sentence before told
    prev_end: int = 0
    crime_arrest: int = -1  # the clause whose arrest the stage 'reported' found a crime
    drafts: list[Draft] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    bare_deaths: set[str] = field(default_factory=set)  # ids of events told only by a death word
    talks: set[str] = field(default_factory=set)  # ids of events told by a call, meeting or visit
    condemned: set[str] = field(default_factory=set)  # ids of events told as what someone condemned
    undated: set[str] = field(default_factory=set)  # ids of events dated only by the report's date
    carried: set[str] = field(default_factory=set)  # ids of events dated only by the day their paragraph told


@dataclass
class Clause:
    """One sentence on its way through the sentence stages."""

    index: int
    sentence: Sentence
    tokens: list[Token]
    para_start: bool = False
    told_date: tuple = (None, "unknown")  # the day the paragraph told before this sentence
    found: list[TriggerMatch] = field(default_factory=list)
    restated: list[TriggerMatch] = field(default_factory=list)
    strong: list[TriggerMatch] = field(default_factory=list)
    retold: dict | None = None  # trigger span -> the draft it tells again
    places: list[ExtractedPlace] = field(default_factory=list)
    dates: list = field(default_factory=list)
    happenings: list[Happening] = field(default_factory=list)
    casualties: list = field(default_factory=list)  # per happening
    matched: list[TriggerMatch] = field(default_factory=list)  # every trigger, for --explain
    background_note: str = ""  # why it is not background, for --explain

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def opening_place_start(self) -> int:
        """Where the word after an opening "في"/"وفي"/"In" starts ("وفي الزبداني، ...": the
        sentence opens with where it happened), or -1."""
        if len(self.tokens) > 1 and self.tokens[0].key in ("في", "وفي", "in"):
            return self.tokens[1].start
        return -1
