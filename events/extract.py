"""From a report to its events: what happened, where, when, who, how many casualties,
each with the sentence that says so.

    extract(report, resolver=None) -> list[Event]
    place_mentions(report, resolver=None) -> list[dict]    # rows for `marsad places`

How a report is read:

1. Sentences (``events.sentences``); words folded once for the whole text.
2. Places: ``resolver.find_places`` over the whole text, so names are disambiguated
   jointly (a Tripoli report's صلاح الدين is the Tripoli district), then assigned to
   sentences by span. A "place" right after a speech verb or a rank (وأفاد المحجوب,
   العميد ...) is a person, and one right before Post/Herald/TV a newspaper: both dropped.
   So are places outside Libya (Berlin, Cairo: never an event's place) and a relation
   anchor that only says where the place before it lies ("Tarhuna, southeast of Tripoli",
   "Ajdabiya, 150 km south of Benghazi"). A wire dateline ("دبي، الإمارات (CNN) –",
   "TRIPOLI (Reuters) -") names no actor. A report whose places are all abroad and that
   names no Libyan armed group (a Gaza bombing) gives no events.
3. Dates: ``events.dates.find_dates`` over the whole text against the report's date (so
   "the same month" follows the month named before), assigned to sentences by span.
4. Per sentence, triggers (``events.event_types``). No trigger: no event — a sentence
   that only names places makes none. A trigger written as an aim ("لتحرير العاصمة",
   "حتى استعادة", "to seize"), an intention ("will", "threatened to"), under a negation
   ("no clashes", "دون") or restating what was told ("هذه الغارات"; "الهجوم" with no new
   place, day or figure) reports no new happening and is skipped: the figures and the
   author of "the attack" / "the second bomb" ("The GNA blamed the attack on Haftar's
   forces", "أعلن داعش مسؤوليته عن الهجوم") go to the telling before, and a telling with
   figures stays as one of the told type, so the tellings merge. So is a trigger told as
   support ("forces backed by US air strikes") or as what was to be avoided ("لتفادي
   الضربات"), and a background sentence with no day of its own ("يذكر أن ...", "وكانت
   القوات قد ..."). Ground taken with no
   ground named in the sentence ("استعادة جميع السودانيين") is no capture either; its
   figures join the event told just before in the paragraph.
5. Happenings: the triggers of a sentence are grouped; a trigger that has its own place
   (the nearest place after it, before the next trigger) or its own date (the dates
   nearest to it) starts a new happening when these differ from the previous one's
   ("استهداف مخزن ... لميليشيات طرابلس ... واستهداف عدد من المواقع في عين زارة" is two
   events; "blew up the home ... after January's suicide bombing" too). A happening's
   type is its highest-priority trigger's (an arrest told with fighting is the fighting:
   "4 killed in the exchange of fire, two others arrested"). A list of places joined by و/،/and after the
   trigger ("في محاور صلاح الدين والخلة وعين زارة") gives one event per place.
6. Where: the mention nearest the trigger (after it first: "X in PLACE"), or a finer
   place inside it named in the same stretch ("the south Tripoli district of Gasr Ben
   Ghashir"). Precision is the resolver's, raised to 2 (near / part of) when the text
   says "area of" (منطقة، محيط، near ...), when the place is located by a relation
   ("السدادة جنوب غربي مصراتة"), or when it is only the home of an actor ("مخزن تابع
   لميليشيات طرابلس"). A sentence with no place takes the report's main place (its most
   mentioned town) at precision 2 (3 when that is only a region) and lower confidence —
   unless it says the thing happened abroad ("في مصر", "in Cairo"): then no place; a
   sentence naming only Libya takes the main place at precision 3 (ACLED's practice for
   country-level events).
7. When: the most specific date near the trigger, else in the sentence; else the
   report's date, with precision "day" when the report's date is exact or an estimate (an
   estimate lowers confidence), "month"/"year" when that is all the report's date says; a
   report without a date gives event_date None and precision "unknown" — never today.
8. Who: ``events.actors.choose_roles`` around the main trigger, with the report's speaker
   (an LNA spokesman's briefing) owning unattributed "army" / "air force" strikes and,
   when nobody else is named, the strikes and battles it reports against an armed enemy.
   Violence against civilians always has civilians as actor2; protesters and rioters are
   actor1 of protests and riots (an armed side named with a peaceful protest is whom the
   crowd backs or opposes, not an actor).
9. Casualties: ``events.casualties.find_casualties`` on the sentence, given to the
   happening whose stretch holds the figures and to the first place of it only (a list
   of places does not multiply the dead). A sentence whose only trigger is a death word
   ("3 people killed.") adds its figures to the event just before it in the same
   paragraph instead of making a new event.
10. Confidence 0..1: trigger strength, how the place was found, actors found, date found;
    events recalled from more than a week before the report lose some.
11. One event per type, day, place and acting side (as ACLED codes them): the tellings of
    one strike are merged, the telling with the figures as evidence, distinct figures
    added up and repeated ones counted once; a telling that names no actor joins the
    one that names it.
12. Accusations and claims: a sentence with a blame verb about the violence just told
    ("The Tripoli government blamed the strike on UAE drones", "واتهمت حكومة الوفاق قوات
    حفتر بقصف المطار") names its author and is no new happening, even when it names the
    town again; inside one sentence the act named after the blame verb is the one told
    before it, and the accuser is neither actor1 nor actor2. A claim of responsibility
    ("أعلن داعش مسؤوليته عن الهجوم") outranks an actor1 guessed from word order, which
    then becomes actor2 ("تفجير ... استهدف مركز تدريب الشرطة").
13. ACLED's coding of what the report leaves unnamed (after the merge): an unclaimed bomb,
    suicide attack or grenade is an unidentified armed group's; a blast or shell that
    killed "people" / "أشخاص" / children with no armed side hit was against civilians. A
    peaceful protest and, the same day, its dispersal ("fired in the air to disperse the
    protesters", tear gas) are one protest with intervention at the protest's place.
Also: a place after "القادم من" / "coming from" is an actor's home, not where it happened;
two place names side by side with no "and" ("ميدان الشهداء وسط طرابلس") say where, and are
not a list of places; a trigger in a clause of circumstance after another ("..., as
rockets landed near homes", "وسط قصف") does not decide the type; when every sentence has
its own line (wire and Arabic news style), a sentence with no day of its own goes on with
the day the story told just before, as it would inside one paragraph.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from events.actors import Actor, ActorMention, choose_roles, detect_speaker, load_actors
from events.errors import ReportError
from events.event_types import (VIOLENT_TYPES, TriggerMatch, has_air_word, load_triggers,
                                territory_sub_type)
from events.records import Event, Report, event_id
from events.sentences import Sentence, Token, split_sentences, tokenize

__all__ = ["extract", "place_mentions", "ExtractedPlace"]

# Words that make the next "place" a person: speech verbs and ranks/titles.
_PERSON_BEFORE = frozenset(t.key for t in tokenize("""
    قال أكد أوضح أفاد أعلن ذكر صرح كشف أضاف تابع أشار نفى وأكد وأوضح وأفاد وقال وأعلن وذكر وكشف وأضاف وتابع
    العميد اللواء العقيد المقدم الرائد النقيب الملازم المشير الفريق العقيد الشيخ السيد الدكتور المستشار
    الوزير الرئيس المتحدث الناطق
    said told added according spokesman Brigadier General Colonel Major Captain Gen Col Mr Dr Sheikh
"""))
_AREA_BEFORE = frozenset(t.key for t in tokenize("""
    منطقة مناطق محيط ضواحي أطراف محور محاور قرب بالقرب جوار
    area areas outskirts vicinity near around district suburb
"""))
_PURPOSE_AR = frozenset(t.key for t in tokenize(
    "حتى بهدف لأجل أجل بغية سعيا قصد لغرض بقصد محاولة لتفادي تفادي لتجنب تجنب لمنع منع لتجنيب تجنيب"))
_PURPOSE_EN = frozenset({"bid", "aim", "aimed", "aiming", "order", "attempt", "effort", "plan",
                         "prevent", "preventing", "avoid", "avoiding", "thwart", "deter"})
_INTENT_EN = frozenset({"will", "would", "could", "might", "plans", "planned", "planning",
                        "threatened", "threatens", "threaten", "vowed", "vows", "intends", "intend"})
_DEMONSTRATIVE = frozenset(t.key for t in tokenize("هذه هذا تلك ذلك هاته these those this that same"))
# Countries and places abroad that Libyan news names: a sentence about them with no Libyan
# place is not given the report's Libyan main place.
_ABROAD = frozenset(t.key for t in tokenize("""
    مصر القاهرة سيناء العريش تونس الجزائر السودان الخرطوم دارفور تشاد النيجر مالي سوريا العراق
    اليمن أفغانستان الصومال لبنان فرنسا باريس إيطاليا روما تركيا أنقرة إسطنبول روسيا موسكو
    أوروبا بريطانيا لندن ألمانيا برلين واشنطن أمريكا أميركا المغرب الرباط الأردن قطر الدوحة
    الإمارات السعودية الرياض جنيف باليرمو الصخيرات أبوظبي برلين غزة فلسطين إسرائيل القدس
    كوريا بيونغيانغ سنغافورة إيران طهران الكويت البحرين عمان مسقط الصين بكين صقلية تراباني مالطا
    Egypt Cairo Sinai Tunisia Tunis Algeria Algiers Sudan Khartoum Darfur Chad Niger Mali Syria
    Iraq Yemen Afghanistan Somalia Lebanon France Paris Italy Rome Turkey Ankara Istanbul Russia
    Moscow Europe Britain London Germany Berlin Washington America Morocco Jordan Qatar Emirates
    Geneva Palermo Skhirat Gaza Israel Palestine Jerusalem Korea Iran Tehran China Beijing Malta
    Sicily Lampedusa
"""))
_LIBYAN = frozenset(t.key for t in tokenize("ليبي ليبية الليبي الليبية ليبيون الليبيون ليبيين الليبيين libyan libya"))
_MEDIA_AFTER = frozenset({"post", "herald", "observer", "times", "tv", "radio", "channel",
                          "today", "express", "tribune", "gazette", "review"})
_GOES_ON = frozenset({"continued", "continue", "continues", "began", "begun", "started", "start",
                      "starts", "kept", "went", "managed", "tried", "attempted", "used"})
_SETTLEMENT = frozenset(t.key for t in tokenize("مدينة بلدة قرية منطقة حي city town village the"))
_LIST_GAP = re.compile(r"^[\s،,]*(?:و|and|as well as|or|,|،)?[\s،,]*$")
_POINT_KINDS = frozenset({"city", "town", "village", "hamlet", "neighbourhood", "district",
                          "airport", "air base", "military camp", "port", "oil field",
                          "oil terminal", "refinery", "border crossing", "road", "landmark"})
_REGION_KINDS = frozenset({"region", "admin1", "wadi", "country"})


class _Lazy:
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


@dataclass
class _Happening:
    triggers: list[TriggerMatch]
    places: list[ExtractedPlace] = field(default_factory=list)
    seg_start: int = 0
    seg_end: int = 0
    dates: list = field(default_factory=list)  # date mentions nearest its triggers

    @property
    def main(self) -> TriggerMatch:
        # An arrest told with fighting ("4 killed in the exchange of fire and two others
        # arrested") is part of the fighting, which carries the dead.
        violent = [t for t in self.triggers if t.trigger.event_type in VIOLENT_TYPES and t.trigger.flag != "weak"
                   and t.trigger.priority >= 70]
        pool = [t for t in self.triggers if not (violent and t.trigger.sub_event_type == "Arrests")]
        return max(pool, key=lambda t: (t.trigger.priority, -t.start))


def _language(report: Report) -> str:
    if report.language in ("ar", "en"):
        return report.language
    from geo.normalise import has_arabic

    return "ar" if has_arabic(report.text[:2000]) else "en"


def _resolver(resolver):
    if resolver is not None:
        return resolver
    import geo

    return geo.default_resolver()


def _find_place_mentions(text: str, resolver) -> list:
    from geo.errors import GeoError

    try:
        return resolver.find_places(text)
    except GeoError as exc:
        raise ReportError(f"cannot look for places in this report: {exc}") from None


def _usable_places(text: str, tokens: list[Token], starts: list[int], raw: list,
                   actor_spans: list[tuple[int, int]], for_events: bool = True) -> list[ExtractedPlace]:
    """The place mentions that can be where something happened. ``for_events=False`` (the
    rows of `marsad places`) keeps places abroad and relation anchors: they are mentions."""
    out = []
    actor_spans = sorted(actor_spans)
    actor_starts = [s for s, _e in actor_spans]
    for k, m in enumerate(raw):
        if m.resolution.place is None:
            continue
        if for_events and not _in_libya(m.resolution.place):
            continue  # "the ceasefire agreed in Berlin": not where a Libyan event happened
        if for_events and m.relation and k > 0 and raw[k - 1].resolution.place is not None \
                and _locates(text[raw[k - 1].end:m.start], m.relation) and _in_libya(raw[k - 1].resolution.place):
            continue  # "Tarhuna, southeast of Tripoli": Tripoli only says where Tarhuna lies
        i = bisect.bisect_left(starts, m.start)
        prev = tokens[i - 1] if i > 0 else None
        if prev is not None and m.start - prev.end <= 2:
            if prev.key in _PERSON_BEFORE or prev.orig in _PERSON_BEFORE:
                if m.resolution.place.kind not in ("city", "country", "admin1"):
                    continue  # "وأفاد المحجوب": a person, not Zawiyat al-Mahjoub
        area = bool(m.relation) or (prev is not None and m.start - prev.end <= 2 and prev.key in _AREA_BEFORE)
        if not area and prev is not None and prev.key in _SETTLEMENT and i > 1 and tokens[i - 2].key in _AREA_BEFORE:
            area = True  # "في محيط مدينة غريان"
        if not area and k + 1 < len(raw):
            nxt = raw[k + 1]
            if nxt.relation and nxt.start - m.end <= 3:
                area = True  # "السدادة جنوب غربي مصراتة": known by where it lies
        j = bisect.bisect_left(starts, m.end)
        if j < len(tokens) and tokens[j].key in _MEDIA_AFTER and tokens[j].start - m.end <= 1 \
                and tokens[j].orig[:1].isupper():
            continue  # "The Tripoli Post", "Libya Herald": a newspaper, not a place ("Sirte today" is)
        # actor_spans are sorted and do not overlap: only the last one starting at or
        # before the mention can hold it.
        a = bisect.bisect_right(actor_starts, m.start) - 1
        in_actor = a >= 0 and m.end <= actor_spans[a][1]
        if not in_actor and _of_an_institution(tokens, i):
            in_actor = True  # "المجلس البلدي لمدينة ترهونة", "Misrata's municipal council": who speaks
        if not in_actor and any(tokens[k].key.lstrip("و") in _SOURCE_NOUN for k in range(max(0, i - 3), i)) \
                and m.resolution.place is not None and m.resolution.place.kind not in ("city", "town", "country", "admin1", "region"):
            in_actor = True  # "وقال مصدر طبي بمركز بنغازي الطبي", "a source at Zliten hospital": who tells
        if not in_actor and i > 1 and tokens[i - 1].key in ("من", "from") and tokens[i - 2].key in _ORIGIN:
            in_actor = True  # "اللواء السابع القادم من ترهونة", "fighters coming from Misrata": a home
        out.append(ExtractedPlace(m.start, m.end, m.text, m, in_actor, area))
    return out


_DISTANCE = re.compile(r"(?:about|some|around|roughly|نحو|حوالي|حوالى|على بعد|على مسافة)?\s*"
                       r"\d+\s*(?:km|kilometres|kilometers|miles|كلم|كم|كيلومترا|كيلومتر|كيلو مترا)?",
                       re.IGNORECASE)


_BEARING = re.compile(
    r"(?:\b|(?<=\s))(?:[وب]?(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط|قرب|محيط|جنوبي|شمالي|شرقي|غربي)(?:ي|ا)?|بالقرب|"
    r"north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west|central|near|outside)(?:\b|(?=\s)|$)", re.IGNORECASE)


def _locates(gap: str, relation: str | None) -> bool:
    """Whether only a relation lies between a place and the next ("Tarhuna, southeast of
    Tripoli", "Ajdabiya, 150 km south of Benghazi", "السدادة جنوب غربي مصراتة")."""
    if len(gap) > 40:
        return False
    rest = gap
    if relation:
        rest = re.sub(re.escape(relation), " ", rest, flags=re.IGNORECASE)
    rest = _DISTANCE.sub(" ", rest)
    rest = _BEARING.sub(" ", rest)
    rest = re.sub(r"\b(?:of|the|from)\b|\bمن\b|[\s,،()\-–]", "", rest, flags=re.IGNORECASE)
    return rest == ""


def _in_libya(place) -> bool:
    # The gazetteer says which country a place is in; a bounding box would take Tunisia,
    # Ben Guerdane or Sallum, which lie inside Libya's box, for Libyan places.
    country = getattr(place, "country", None)
    if country:
        return country == "LY"
    lat, lon = place.lat, place.lon
    if lat is None or lon is None:
        return True
    return 19.0 <= lat <= 34.5 and 9.0 <= lon <= 25.5


_SOURCE_NOUN = frozenset(t.key for t in tokenize("مصدر مصادر مسؤول source sources official officials spokesman"))
_ORIGIN = frozenset(t.key for t in tokenize(
    "القادم القادمة القادمين القادمون المنحدر المنحدرين المنحدرون coming hailing originating"))
_INSTITUTION = frozenset(t.key for t in tokenize("البلدي البلديه بلديه لبلديه عميد council municipal mayor"))


def _of_an_institution(tokens: list[Token], i: int) -> bool:
    """Whether the place starting at token ``i`` names an institution's seat (the
    municipal council of X, the mayor of X), not where something happened."""
    back = [tokens[k].key for k in range(max(0, i - 3), i)]
    if any(k in ("في", "in", "at") for k in back[-1:]):
        return False
    if back and back[-1] in ("لمدينه", "مدينه", "of", "لبلديه", "بلديه"):
        back = back[:-1]
    return bool(back) and back[-1] in _INSTITUTION or (len(back) > 1 and back[-2] in _INSTITUTION and back[-1] in ("of", "ل"))


def _main_place(places: list[ExtractedPlace]) -> ExtractedPlace | None:
    """The report's main place: its most mentioned town (first mentioned among equals)."""
    counts: Counter[str] = Counter()
    first: dict[str, ExtractedPlace] = {}
    for p in places:
        if p.country_level:
            continue
        pid = p.place.id
        counts[pid] += 1 if p.place.kind in _POINT_KINDS else 0.5
        first.setdefault(pid, p)
    if not counts:
        return None
    best = max(counts, key=lambda pid: (counts[pid], -first[pid].start))
    return first[best]


_SUPPORT = frozenset(t.key for t in tokenize("""
    backed supported aided covered بدعم بغطاء بإسناد بمساندة مدعومة مدعوما مدعومين المدعومة المدعومين
"""))


_BACKGROUND_AR = frozenset(t.key for t in tokenize("يذكر ويذكر يشار ويشار الجدير وتجدر تجدر ويأتي يأتي"))
_BACKGROUND_EN = ("previously", "in the past", "it is worth noting", "notably", "background")


def _background(tokens: list[Token]) -> bool:
    """A sentence that opens as background ("يذكر أن", "يشار إلى أن", "الجدير بالذكر",
    "وكانت ... قد", "Previously,")."""
    if not tokens:
        return False
    first = tokens[0]
    if first.arabic:
        if first.key in _BACKGROUND_AR:
            return True
        # "وكانت القوات قد سيطرت": the pluperfect tells what had happened before the news.
        return first.key in ("وكان", "وكانت", "كان", "كانت") and any(t.key == "قد" for t in tokens[1:6])
    head = " ".join(t.key for t in tokens[:5])
    return head.startswith(_BACKGROUND_EN)


_DATELINE = re.compile(
    r"\A\W{0,3}[^\n()]{2,60}?\s*\((?:CNN|AFP|Reuters|AP|Xinhua|Anadolu|رويترز|أ ف ب|ا ف ب|أ ش أ|د ب أ|"
    r"الأناضول|وام|سكاي نيوز عربية|العربية\.نت)\)\s*[-–—:]+"
    r"|\A\W{0,3}[A-Z][A-Z .,'-]{2,40}\s*(?:\([^)\n]{1,30}\))?\s*[-–—]+\s")


def _dateline_end(text: str) -> int:
    """End of a wire dateline ("دبي، الإمارات العربية المتحدة (CNN) –", "TRIPOLI (Reuters) -"):
    where the report was written, which names no actor."""
    m = _DATELINE.match(text[:120])
    return m.end() if m else 0


_ACCUSED = frozenset(t.key for t in tokenize("suspected بتهمة بتهم متهم المتهم متهمين المتهمين المشتبه يشتبه"))


def _is_accusation(tokens: list[Token], t: TriggerMatch) -> bool:
    """"two men accused of involvement in kidnappings", "متهم في عمليات اغتيال", "suspected
    of working for the LNA": what someone is charged with, not a happening told."""
    lo = max(0, t.first - 8)
    keys = [tokens[k].key for k in range(lo, t.first)]
    if any(k in _ACCUSED for k in keys):
        return True
    return any(keys[i] == "accused" and keys[i + 1] == "of" and keys[i + 2] in ("involvement", "involved", "being")
               for i in range(len(keys) - 2))


_CIRCUMSTANCE = frozenset(t.key for t in tokenize("as while amid amidst وسط"))


def _one_sentence_paragraphs(sentences: list, text: str, si: int) -> bool:
    """Wire and Arabic news often give every sentence its own line: then the paragraph
    before this one was a single sentence, and a sentence with no day of its own goes on
    with the day the story told just before (the lead's "أمس الأحد"), as it would in one
    paragraph. A paragraph of several sentences ends its story with it."""
    if si == 0:
        return False
    k = si - 1
    while k > 0 and "\n" not in text[sentences[k - 1].end:sentences[k].start]:
        k -= 1
    return k == si - 1


def _circumstances_last(tokens: list[Token], found: list[TriggerMatch]) -> list[TriggerMatch]:
    """"Clashes between X and Y killed five, as rockets landed near homes", "اشتباكات وسط
    قصف مدفعي": a trigger in a clause of circumstance after another trigger tells how the
    first went; it does not decide the type (the fighting is the event)."""
    out = []
    for i, t in enumerate(found):
        if i and any(f.trigger.flag != "weak" for f in found[:i]) and any(
                tokens[k].key in _CIRCUMSTANCE for k in range(max(found[i - 1].last + 1, t.first - 3), t.first)):
            t = replace(t, trigger=replace(t.trigger, priority=max(1, t.trigger.priority - 60)))
        out.append(t)
    return out


def _is_support(tokens: list[Token], t: TriggerMatch) -> bool:
    """"forces backed by US air strikes", "بإسناد من الطائرات": the support of another
    happening, told as a description."""
    return any(tokens[k].key in _SUPPORT for k in range(max(0, t.first - 3), t.first))


def _is_purpose(tokens: list[Token], t: TriggerMatch) -> bool:
    """"لتحرير العاصمة" / "to seize": an aim, not a happening."""
    tok = tokens[t.first]
    prev = tokens[t.first - 1].key if t.first > 0 else ""
    if tok.arabic:
        if prev.lstrip("و").startswith(("تعرض", "يتعرض", "تتعرض", "معرض")):
            return False  # "تعرضه لهجوم صاروخي": it suffered the attack
        if prev in _PURPOSE_AR:
            return True  # "سيقاتل حتى استعادة درنة", "بهدف السيطرة"
        first_word = t.trigger.phrase.split()[0]
        return tok.key.startswith("ل") and not first_word.startswith("ل") and not tok.key.startswith("لل") or \
            tok.key.startswith("لل") and not first_word.startswith("ال")
    if prev in _PURPOSE_EN:
        return True
    if any(tokens[k].key in _INTENT_EN for k in range(max(0, t.first - 3), t.first)):
        return True  # "will retake", "threatened to attack"
    if t.first > 0 and tokens[t.first - 1].key == "to":
        # "continued to target", "began to shell" report the act; "in order to seize" does not.
        return not (t.first > 1 and tokens[t.first - 2].key in _GOES_ON)
    return False


_NEGATION_EN = frozenset({"not", "no", "never", "without", "nor", "denied"})
_NEGATION_AR = frozenset(t.key for t in tokenize("عدم دون بدون لا لم لن نفى ينفي"))


def _is_negated(tokens: list[Token], t: TriggerMatch) -> bool:
    """"It is not known if there were any arrests", "دون وقوع اشتباكات": nothing happened."""
    if tokens[t.first].arabic:
        return t.first > 0 and tokens[t.first - 1].key in _NEGATION_AR
    return any(tokens[k].key in _NEGATION_EN and not tokens[k + 1].key.isdigit()  # "No. 1"
               for k in range(max(0, t.first - 6), t.first))


def _forms(t: Token) -> tuple[str, ...]:
    if not t.arabic:
        return (t.key,)
    from events.sentences import clitic_forms

    return clitic_forms(t.key)


_IN = frozenset(t.key for t in tokenize("في داخل شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط in inside at"))


def _happens_abroad(tokens: list[Token]) -> bool:
    """A place abroad given as where something is ("في مصر", "بالقاهرة", "in Cairo")."""
    for i, t in enumerate(tokens):
        forms = _forms(t)
        hit = next((f for f in forms if f in _ABROAD), None)
        if hit is None:
            continue
        if (i > 0 and tokens[i - 1].key in _IN) or (t.arabic and t.key != hit and t.key.lstrip("وف").startswith("ب")):
            return True
    return False


def _definite(t: Token, prev: Token | None = None) -> bool:
    """"الهجوم", "the attack": a happening already named."""
    if not t.arabic:
        return prev is not None and prev.key in ("the", "this", "that")
    key = t.key[1:] if t.key[:1] in ("و", "ف") and t.key[1:3] == "ال" else t.key
    return key.startswith("ال") or key.startswith("لل")


def _definite_phrase(tokens: list[Token], t: TriggerMatch) -> bool:
    """"الاتفاق", "إغلاق الحقل" (a noun before a definite one is definite), "the agreement"."""
    if not tokens[t.first].arabic:
        return _definite_en(tokens, t.first)
    return _definite(tokens[t.first]) or (t.last > t.first and _definite(tokens[t.first + 1]))


def _definite_en(tokens: list[Token], i: int) -> bool:
    """"the attack", "the second bomb", "the first major Islamic State attack"."""
    for k in range(i - 1, max(-1, i - 6), -1):
        key = tokens[k].key
        if key in ("the", "this", "that", "these", "those"):
            return True
        if key in _EN_BREAK or key.isdigit():
            return False
    return False


_EN_BREAK = frozenset({"of", "in", "on", "at", "and", "or", "a", "an", "by", "with", "to", "for", "from",
                       "was", "were", "is", "are", "had", "has", "have", "said", "after", "before"})


_GENERIC_ATTACK = frozenset(t.key for t in tokenize("هجوم الهجوم اعتداء الاعتداء attack assault incident"))


def _generic_attack(t: TriggerMatch) -> bool:
    """"الهجوم", "the attack": a word that names whatever violence was told before."""
    keys = [w.key for w in tokenize(t.trigger.phrase.replace("*", ""))]
    return len(keys) == 1 and keys[0] in _GENERIC_ATTACK


_BLAME = frozenset(t.key for t in tokenize("""
    blamed blames blame accused accuses accusing held holds حمل حملت يحمل تحمل اتهم اتهمت يتهم تتهم
    وحمل وحملت واتهم واتهمت
"""))


_BLAMED_ACT = frozenset(t.key for t in tokenize("""
    strike strikes airstrike airstrikes attack attacks bombing bombings shelling raid raids killings
"""))
_CLAIM = frozenset(t.key for t in tokenize("""
    مسؤوليته مسؤوليتها مسؤولية المسؤولية تبنى تبنت تبنيه يتبنى claimed claims claiming responsibility
"""))


def _author(tokens: list[Token], mentions: list, t: TriggerMatch, speaker, lex):
    """Who did the attack a later sentence refers to: "X claimed the attack", "أعلن داعش
    مسؤوليته عن الهجوم"; with a blame verb the one blamed, not the one blaming ("The GNA
    blamed the attack on forces loyal to Haftar", "حملت الحكومة قوات حفتر مسؤولية الهجوم")."""
    from events.actors import Roles, resolve_generic

    blame = next((i for i, tok in enumerate(tokens) if tok.key in _BLAME), None)
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


def _told_before(drafts: list, t: TriggerMatch):
    """The latest telling the definite "الهجوم" / "the attack" refers back to."""
    for d in reversed(drafts[-50:]):
        tt = d.trigger.trigger
        if tt.event_type == t.trigger.event_type or (_generic_attack(t) and tt.event_type in VIOLENT_TYPES):
            return d
    return None


def _restates(tokens: list[Token], t: TriggerMatch, drafts: list) -> bool:
    """"هذه الغارات" / "these strikes" after strikes were reported: the same happening."""
    if t.first == 0 or tokens[t.first - 1].key not in _DEMONSTRATIVE:
        return False
    return any(d.trigger.trigger.event_type == t.trigger.event_type for d in drafts[-50:])


def _distance(p: ExtractedPlace, t: TriggerMatch) -> float:
    d = p.start - t.end if p.start >= t.end else (t.start - p.end) * 1.5 + 15.5
    return d + (400 if p.in_actor else 0) + (800 if p.country_level else 0)


_AFTER_WORDS = frozenset(t.key for t in tokenize("بعد اثر إثر عقب اعقاب أعقاب following after"))


def _after_word(tokens: list[Token], t: TriggerMatch, floor: int = 0) -> bool:
    """"... بعد أسابيع من الضربات": an after-word just before this trigger, and after the
    trigger before it (in "إثر هجوم انتحاري" the word goes with هجوم, not انتحاري)."""
    return any(tokens[k].key in _AFTER_WORDS for k in range(max(floor, t.first - 4), t.first))


def _group(sentence: Sentence, triggers: list[TriggerMatch], places: list[ExtractedPlace],
           dates: list, sentence_tokens: list[Token] | None = None) -> list[_Happening]:
    """Triggers -> happenings (see the module doc, step 5). A trigger whose stretch of the
    sentence names a date other than the one before it is another happening too ("blew up
    the home ... following January's suicide bombing which killed 60")."""
    # A date belongs to the trigger nearest to it ("on 25 June" to "blew up", "January's"
    # to "suicide bombing").
    mine: list[list] = [[] for _ in triggers]
    for m in dates:
        if m.value is None:
            continue
        k = min(range(len(triggers)), key=lambda k: max(triggers[k].start - m.end, m.start - triggers[k].end, 0))
        mine[k].append(m)
    segs = []
    for k, t in enumerate(triggers):
        end = triggers[k + 1].start if k + 1 < len(triggers) else sentence.end
        own = [p for p in places if t.start <= p.start < end and not p.country_level]
        when = {(m.value, m.precision) for m in mine[k]}
        segs.append((t, own, end, when, mine[k]))
    out: list[_Happening] = []
    prev_when: set = set()
    for t, own, end, when, ms in segs:
        own_ids = {p.place.id for p in own}
        prev = out[-1] if out else None
        other_date = bool(when) and bool(prev_when) and not (when & prev_when)
        # "سيطرتها على قاعدة الوطية بعد أسابيع من الضربات الجوية", "captured the town after
        # weeks of shelling": what came before is another happening.
        earlier = prev is not None and sentence_tokens is not None \
            and _after_word(sentence_tokens, t, prev.triggers[-1].last + 1) \
            and t.trigger.event_type in VIOLENT_TYPES \
            and all(x.trigger.event_type != t.trigger.event_type for x in prev.triggers)
        if prev is None:
            out.append(_Happening([t], seg_start=sentence.start, seg_end=end))
        elif not other_date and not earlier and (not own or not prev.places or own_ids & {p.place.id for p in prev.places}
                                 or (all(p.in_actor for p in own) and not all(p.in_actor for p in prev.places))):
            prev.triggers.append(t)
            prev.seg_end = end
        else:
            out.append(_Happening([t], seg_start=t.start, seg_end=end))
        out[-1].places.extend(own)
        out[-1].dates.extend(ms)
        if when:
            prev_when = when
    return out


def _places_for(text: str, h: _Happening, places: list[ExtractedPlace]) -> list[ExtractedPlace]:
    """The happening's place(s): the nearest to its main trigger, plus a list joined to it."""
    main = h.main
    cands = [p for p in places if not p.country_level]
    if not cands:
        return []
    # Prefer the happening's own segment; fall back to the whole sentence.
    inside = [p for p in cands if h.seg_start <= p.start < h.seg_end] or cands
    best = min(inside, key=lambda p: _distance(p, main))
    # "the same west Tripoli suburb" of Janzour: a place inside the chosen one, named in the
    # same stretch, is the more precise answer.
    children = [p for p in inside if p is not best and not p.country_level and _within(p.place, best.place)
                and not _listed(text, best, p)]
    if children:
        best = min(children, key=lambda p: _distance(p, main))
    chosen = [best]
    k = cands.index(best)
    text_end = best.end
    for p in cands[k + 1:]:
        gap = text[text_end:p.start] if 0 <= p.start - text_end <= 20 else None
        if gap is None or not _LIST_GAP.match(gap) or p.in_actor != best.in_actor:
            break
        conj = p.text.startswith("و") and not any(  # the و of وسط طرابلس is no "and"
            n.startswith("و") for n in (p.place.name_ar or "", *p.place.aliases))
        if not gap.strip() and not conj and not gap.endswith("و"):
            break  # "ميدان الشهداء وسط طرابلس": two names side by side say where, not a list
        if best.place.parent == p.place.id or (p.place.kind in _REGION_KINDS and best.place.kind not in _REGION_KINDS):
            break  # "درنة شرق ليبيا", "Ganfouda, western Benghazi": where it lies, not a second place
        if p.place.id not in {c.place.id for c in chosen}:
            chosen.append(replace(p, area=p.area or best.area))  # "near A and B": both near
        text_end = p.end
    return chosen


def _listed(text: str, a: ExtractedPlace, b: ExtractedPlace) -> bool:
    """"Sabratha and Surman", "صبراتة وصرمان": two places of a list, not one inside the other."""
    x, y = (a, b) if a.end <= b.start else (b, a)
    gap = text[x.end:y.start]
    return len(gap) <= 20 and bool(_LIST_GAP.match(gap)) and (
        bool(re.search(r"(?:\band\b|\bor\b|,|،)", gap)) or text[y.start:y.start + 1] == "و" or gap.endswith("و"))


_KIND_RANK = {"country": 5, "region": 4, "admin1": 4, "wadi": 4, "city": 3, "town": 2,
              "village": 1, "hamlet": 1, "district": 1}  # anything else (a camp, a port): 0


def _within(child, parent) -> bool:
    """Whether ``child`` is a finer place inside ``parent`` ("the south Tripoli district of
    Gasr Ben Ghashir", "the west Tripoli suburb" of Janzour)."""
    if _KIND_RANK.get(child.kind, 0) >= _KIND_RANK.get(parent.kind, 0):
        return False
    if child.parent == parent.id:
        return True
    if parent.kind == "admin1":
        return bool(child.admin1) and child.admin1 == parent.admin1
    if parent.kind in ("city", "town"):
        if child.parent and child.parent != parent.id:
            return False  # Souq al-Juma is Tripoli's, not Janzour's, though near both
        from geo.gazetteer import haversine_km

        return haversine_km(child.lat, child.lon, parent.lat, parent.lon) <= 30
    return False




def _report_date(report: Report) -> tuple[date | None, str, float]:
    """(date, precision, confidence bonus) an undated sentence inherits."""
    if report.published is None:
        return None, "unknown", 0.0
    dp = report.date_precision
    if dp == "day":
        return report.published, "day", 0.05
    if dp == "estimated":
        return report.published, "day", 0.0
    if dp in ("month", "year"):
        return report.published, dp, 0.0
    return report.published, "day", 0.02


def _casualties(text: str, lang: str):
    try:
        from events.casualties import find_casualties
    except ImportError:  # built by another part of the team; no casualties until then
        return None
    return find_casualties(text, lang)


def _date_mentions(report: Report, lang: str) -> list:
    try:
        from events.dates import find_dates
    except ImportError:
        return []
    return find_dates(report.text, report.published, lang)


def _date_in(mentions: list, start: int, end: int) -> tuple[date | None, str]:
    from events.dates import date_for_span

    return date_for_span(mentions, start, end)


@dataclass
class _Draft:
    sentence: Sentence
    paragraph_start: bool
    happening: _Happening
    place: ExtractedPlace | None
    place_how: str  # own / actor / inherited / country / none
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


def extract(report: Report, resolver=None) -> list[Event]:
    """The events a report tells of, in text order (see the module doc for how)."""
    if not isinstance(report, Report):
        raise ReportError(f"extract needs a Report, not {type(report).__name__}")
    text = report.text or ""
    if not text.strip():
        return []
    lang = _language(report)
    resolver = _resolver(resolver)
    actors = load_actors()
    triggers_lex = load_triggers()

    sentences = split_sentences(text)
    tokens = tokenize(text)
    dateline_end = _dateline_end(text)
    starts = [t.start for t in tokens]
    sent_tokens: list[tuple[int, int]] = []
    all_mentions: list[ActorMention] = []
    sent_actor: list[list[ActorMention]] = []
    for s in sentences:
        a = bisect.bisect_left(starts, s.start)
        b = bisect.bisect_left(starts, s.end)
        sent_tokens.append((a, b))
        ms = actors.find(tokens[a:b], text[s.start:s.end], s.start)
        if s.start < dateline_end:
            ms = [m for m in ms if m.start >= dateline_end]  # "دبي، الإمارات (CNN) –": where the wire wrote
        sent_actor.append(ms)
        all_mentions.extend(replace(m, first=m.first + a, last=m.last + a) for m in ms)
    speaker = detect_speaker(tokens, all_mentions)
    actor_spans = [(m.start, m.end) for m in all_mentions]

    raw_places = _find_place_mentions(text, resolver)
    places = _usable_places(text, tokens, starts, raw_places, actor_spans)
    place_starts = [p.start for p in places]
    main_place = _main_place(places)
    report_air = _Lazy(lambda: has_air_word(tokens))
    dates = _date_mentions(report, lang)
    date_starts = [m.start for m in dates]
    fallback_date, fallback_prec, fallback_bonus = _report_date(report)

    drafts: list[_Draft] = []
    prev_end = 0
    para_date: tuple = (None, "unknown")
    for si, s in enumerate(sentences):
        a, b = sent_tokens[si]
        stoks = tokens[a:b]
        para_start = si == 0 or "\n" in text[prev_end:s.start]
        prev_end = s.end
        if para_start and not _one_sentence_paragraphs(sentences, text, si):
            para_date = (None, "unknown")
        told_date = para_date  # the day the paragraph told before this sentence
        own = dates[bisect.bisect_left(date_starts, s.start):bisect.bisect_left(date_starts, s.end)]
        own_day = _date_in(own, s.start, s.end) if own else (None, "unknown")
        if own_day[0] is not None and own_day[1] == "day":
            para_date = own_day
        if not stoks:
            continue
        if _background(stoks) and not any(m.value is not None for m in
                                          dates[bisect.bisect_left(date_starts, s.start):bisect.bisect_left(date_starts, s.end)]):
            continue  # "يذكر أن الغارات الأجنبية ليست جديدة": background with no day of its own
        found = [t for t in triggers_lex.find(stoks) if t.trigger.flag != "ignore"
                 and not _is_purpose(stoks, t) and not _is_negated(stoks, t) and not _is_support(stoks, t)
                 and not _is_accusation(stoks, t)]
        if drafts and any(tok.key in _BLAME for tok in stoks):
            # "The GNA blamed the strike on UAE drones", "واتهمت حكومة الوفاق قوات حفتر
            # بقصف المطار": an accusation about the attack just told names its author and
            # is no new happening, even when it names the town again.
            told = next((t for t in triggers_lex.find(stoks) if t.trigger.flag != "ignore"
                         and (t.trigger.event_type in VIOLENT_TYPES or _generic_attack(t))), None)
            target = _told_before(drafts, told) if told is not None else None
            if told is None and any(tok.key in _BLAMED_ACT for tok in stoks):
                # "blamed the strike on UAE drones": "strike" alone is no trigger (a labour
                # strike), but after a blame verb it is the violence just told.
                target = next((d for d in reversed(drafts[-50:]) if d.trigger.trigger.event_type in VIOLENT_TYPES), None)
            if target is not None:
                if target.roles.actor1 is None:
                    r = _author(stoks, sent_actor[si], told, speaker, actors)
                    if r.actor1 is not None and not r.actor1.is_civilian:
                        a2 = target.roles.actor2 if target.roles.actor2 != r.actor1 else None
                        target.roles = replace(target.roles, actor1=r.actor1, actor2=a2)
                found = [t for t in found if t.trigger.event_type not in VIOLENT_TYPES and not _generic_attack(t)]
        found = _circumstances_last(stoks, found)
        blame_at = next((k for k, tok in enumerate(stoks) if tok.key in _BLAME), None)
        if blame_at is not None and any(t.last < blame_at for t in found):
            # "قتلت ثلاث طفلات جراء سقوط قذيفة، واتهمت حكومة الوفاق قوات حفتر بقصف الأحياء": the
            # act named in the accusation is the one just told.
            found = [t for t in found if t.first < blame_at or t.trigger.event_type not in VIOLENT_TYPES]
        restated = [t for t in found if _restates(stoks, t, drafts)]
        found = [t for t in found if t not in restated]
        if not found:
            continue
        strong = [t for t in found if t.trigger.flag != "weak"]
        retold = None
        if restated and not strong:
            # "مقتل أكثر من 80 متشددا في تلك الغارات": the dead of the strikes told before.
            target = _told_before(drafts, restated[0])
            if target is not None:
                _add_casualties(target, s.text, lang, merge=True)
                continue
        pa = bisect.bisect_left(place_starts, s.start)
        pb = bisect.bisect_left(place_starts, s.end)
        splaces = places[pa:pb]
        sent_dates = dates[bisect.bisect_left(date_starts, s.start):bisect.bisect_left(date_starts, s.end)]
        if not strong:
            own = [p for p in splaces if not p.country_level and not p.in_actor]
            if not own and drafts and not para_start and drafts[-1].sentence is sentences[si - 1]:
                _add_casualties(_last_told(drafts), s.text, lang, merge=True)
                continue
            c = _casualties(s.text, lang)
            if c is None or (c.killed is None and c.wounded is None):
                continue  # "the battle" with nobody hurt: the war in general, not a happening
            found = found[:1]
        else:
            found = strong
            if drafts and not any(m.value is not None for m in sent_dates):
                # "وينص الاتفاق على ... إعادة فتح مطار معيتيقة", "إغلاق الحقل سيؤدي إلى": the
                # agreement or shutdown just told, whatever places its terms name.
                subs = {d.trigger.trigger.sub_event_type for d in drafts[-50:]
                        if d.trigger.trigger.event_type == "Strategic developments"}
                found = [t for t in found if not (t.trigger.sub_event_type in subs and t.trigger.sub_event_type
                                                  in ("Agreement", "Other") and _definite_phrase(stoks, t))]
                if not found:
                    continue
            told_places = {d.place.place.id for d in drafts[-50:] if d.place is not None}
            if drafts and not any(m.value is not None for m in sent_dates) and \
                    not any(not p.country_level and not p.in_actor and p.place.id not in told_places for p in splaces):
                told = {d.trigger.trigger.event_type for d in drafts[-50:]}
                violent_told = bool(told & VIOLENT_TYPES)
                again = [t for t in found
                         if (_definite(stoks[t.first]) or (not stoks[t.first].arabic and _definite_en(stoks, t.first)))
                         and (t.trigger.event_type in told
                              or (violent_told and _generic_attack(t)))]
                if again:
                    # "أن المسؤول عن الهجوم هو تنظيم داعش", "three staff were killed in the
                    # attack", "The GNA blamed the LNA for the attack": the attack told
                    # before, with no new place or day, is not another happening; its
                    # figures and its author go to that telling.
                    t0 = again[0]
                    target = _told_before(drafts, t0)
                    claim = any(tok.key.lstrip("و") in _CLAIM for tok in stoks)
                    if target is not None and (target.roles.actor1 is None or claim):
                        # A claim of responsibility outranks a guess from word order
                        # ("تفجير ... استهدف مركز تدريب الشرطة" then "أعلن داعش مسؤوليته"):
                        # the side first taken as actor1 is then what was hit.
                        r = _author(stoks, sent_actor[si], t0, speaker, actors)
                        if r.actor1 is not None and not r.actor1.is_civilian:
                            old1 = target.roles.actor1
                            a2 = target.roles.actor2
                            if a2 is None and old1 is not None and old1.affiliation != r.actor1.affiliation:
                                a2 = old1
                            a2 = a2 if a2 != r.actor1 else None
                            target.roles = replace(target.roles, actor1=r.actor1, actor2=a2)
                    c = _casualties(s.text, lang)
                    if c is not None and (c.killed is not None or c.wounded is not None):
                        # The telling with the figures stays (it stands for the event when
                        # the tellings merge); "killed in the attack" is the attack told
                        # before, of its type.
                        if target is not None:
                            found = [replace(t, trigger=target.trigger.trigger) if t in again and _generic_attack(t)
                                     else t for t in found]
                            # Told again with its dead ("مقتل 6 ... في الغارات"): the same
                            # place and day as the first telling, so the two merge.
                            retold = {(t.start, t.end): target for t in found if t.start in {a.start for a in again}}
                    else:
                        found = [t for t in found if t not in again]
                        if not found:
                            continue
        if not any(not p.country_level and not p.in_actor for p in splaces):
            # Ground taken with no ground named ("استعادة جميع السودانيين"): no capture. Its
            # figures, if any, belong to the event told just before in the paragraph.
            found = [t for t in found if t.trigger.flag != "territory"
                     and t.trigger.sub_event_type != "Non-violent transfer of territory"]
            if not found:
                if drafts and not para_start and drafts[-1].sentence is sentences[si - 1]:
                    _add_casualties(_last_told(drafts), s.text, lang, merge=True)
                continue
        happenings = _group(s, found, splaces, sent_dates, stoks)
        if retold is not None:
            for h in happenings:
                tgt = retold.get((h.main.start, h.main.end))
                if tgt is not None and not h.dates:
                    h.dates.extend(tgt.happening.dates)
        cas = _casualties_by_happening(s, happenings, lang)
        first = True
        for hi, h in enumerate(happenings):
            chosen = _places_for(text, h, splaces)
            main = h.main
            violent = main.trigger.event_type in VIOLENT_TYPES or main.trigger.sub_event_type in (
                "Arrests", "Abduction/forced disappearance", "Protest with intervention",
                "Excessive force against protesters")
            roles = choose_roles(stoks, sent_actor[si], (main.first, main.last), violent=violent,
                                 speaker=speaker, lex=actors, territory=main.trigger.flag == "territory")
            blame = next((k for k, tok in enumerate(stoks) if tok.key in _BLAME), None) \
                if main.trigger.event_type in VIOLENT_TYPES else None
            if blame is not None and blame > main.last:
                # "قتلت ثلاث طفلات جراء سقوط قذيفة، واتهمت حكومة الوفاق قوات حفتر بقصف ...":
                # the one blamed did it; the one blaming neither did it nor was hit.
                r = _author(stoks, sent_actor[si], main, speaker, actors)
                accusers = {m.actor.id for m in sent_actor[si] if m.first > blame and m.actor != r.actor1}
                if r.actor1 is not None and not r.actor1.is_civilian and (
                        roles.actor1 is None or roles.actor1.id in accusers):
                    a2 = roles.actor2 if roles.actor2 is not None and roles.actor2.id not in accusers \
                        and roles.actor2 != r.actor1 else None
                    roles = replace(roles, actor1=r.actor1, actor2=a2)
            if chosen:
                how = ["actor" if p.in_actor else "own" for p in chosen]
                pairs = list(zip(chosen, how))
            elif _happens_abroad(stoks):
                pairs = [(None, "none")]  # "in Egypt", "بالقاهرة": not our main place
            elif any(p.country_level for p in splaces) and main_place is not None:
                pairs = [(main_place, "country")]
            elif main_place is not None:
                pairs = [(main_place, "inherited")]
            elif any(p.country_level for p in splaces):
                pairs = [(next(p for p in splaces if p.country_level), "country")]
            else:
                pairs = [(None, "none")]
            tgt = retold.get((main.start, main.end)) if retold is not None else None
            if tgt is not None and tgt.place is not None and not chosen:
                pairs = [(tgt.place, tgt.place_how)]
            for k, (p, how) in enumerate(pairs):
                d = _Draft(s, para_start, h, p, how, main, roles, first and k == 0, stoks, sent_dates,
                           told_date=told_date)
                if k == 0 and cas[hi] is not None:
                    _set_casualties(d, cas[hi], merge=False)
                drafts.append(d)
            first = False

    events = _merge([_event(report, d, speaker, report_air, fallback_date, fallback_prec,
                            fallback_bonus) for d in drafts])
    events = _part_of_attack(_protest_told_once([_unnamed_sides(e, actors) for e in events]))
    libyan_actor = any(m.actor.kind not in ("foreign-state", "generic", "civilians", "international",
                                            "unidentified") for m in all_mentions)
    libyan_actor = libyan_actor or any(t.key.lstrip("و") in _LIBYAN for t in tokens)
    if not places and not libyan_actor and (
            any(m.resolution.place is not None for m in raw_places)
            or any(f in _ABROAD for t in tokens if t.arabic or t.orig[:1].isupper() for f in _forms(t))):
        # Every place the report names is abroad (a Gaza bombing, a Paris trial): nothing
        # here happened in Libya.
        events = [e for e in events if e.place_id is not None]
    return events


_PLANTED = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_PERSONS = frozenset(t.key for t in tokenize("""
    شخص شخصا شخصاً أشخاص اشخاص مدني مدنيا مدنيين مدنيون مواطن مواطنا مواطنين مواطنون طفل أطفال
    طفلان طفلين طفلة طفلات طفلتين نساء امرأة شاب شابان شابين شبان people persons civilians civilian residents passers-by
    worshippers children men boys women girls
"""))


def _unnamed_sides(e: Event, lex) -> Event:
    """ACLED's coding of a bombing whose sides the report leaves unnamed: a bomb nobody
    claimed is an unidentified armed group's, and a blast that killed "people" /
    "أشخاص" with no armed side hit was against civilians. (After the merge: a telling
    that names nobody must first join the one that names the bomber.)"""
    if e.event_type != "Explosions/Remote violence":
        return e
    a1, a2 = e.actor1, e.actor2
    if a1 is None and e.sub_event_type in _PLANTED:
        a1 = lex.get("gunmen").name_en
    if a2 is None and e.sub_event_type in _PLANTED | {"Shelling/artillery/missile attack", "Air/drone strike"} \
            and any(t.key.lstrip("و") in _PERSONS for t in tokenize(e.evidence)):
        a2 = lex.get("civilians").name_en
    if (a1, a2) == (e.actor1, e.actor2) or a1 == a2:
        return e
    return replace(e, actor1=a1, actor2=a2)


def _part_of_attack(events: list[Event]) -> list[Event]:
    """"اقتحما المقر وفجرا نفسيهما بعد إضرام النار فيه": a fire set or property wrecked on
    the day and at the place of an attack told before is part of that attack (ACLED codes
    the attack), not a separate looting event."""
    out: list[Event] = []
    for e in events:
        if e.sub_event_type == "Looting/property destruction" and not e.actor1 and any(
                o.event_type in VIOLENT_TYPES and o.event_date == e.event_date and o.place_id == e.place_id
                for o in out):
            continue
        out.append(e)
    return out


def _protest_told_once(events: list[Event]) -> list[Event]:
    """"Hundreds protested in Martyrs' Square on Sunday." then "Gunmen fired in the air to
    disperse the protesters.": one protest with intervention, as ACLED codes it, at the
    protest's place, not a peaceful protest and another event beside it."""
    forced = [e for e in events if e.event_type == "Protests" and e.sub_event_type != "Peaceful protest"]
    if not forced:
        return events
    drop: set[int] = set()
    out = []
    for e in events:
        if e.event_type == "Protests" and e.sub_event_type == "Peaceful protest":
            f = next((f for f in forced if f.event_date == e.event_date
                      and (f.admin1 is None or e.admin1 is None or f.admin1 == e.admin1)), None)
            if f is not None:
                dead, dead_lb = _sum_distinct([(e.fatalities, e.fatalities_lower_bound), (f.fatalities, f.fatalities_lower_bound)])
                hurt, hurt_lb = _sum_distinct([(e.injuries, e.injuries_lower_bound), (f.injuries, f.injuries_lower_bound)])
                e = replace(e, sub_event_type=f.sub_event_type, actor2=e.actor2 or f.actor2,
                            fatalities=dead, fatalities_lower_bound=dead_lb, injuries=hurt, injuries_lower_bound=hurt_lb,
                            confidence=max(e.confidence, f.confidence))
                drop.add(id(f))
        out.append(e)
    return [e for e in out if id(e) not in drop]


def _merge(events: list[Event]) -> list[Event]:
    """One event per type, day, place and acting side, as ACLED codes them: a report that
    tells of the same strike on Tripoli three times gives one event. The most confident
    telling that gives casualty figures (else the most confident) stands for it, its
    sentence the evidence, with the most exact geo precision. Casualty figures of the
    tellings are added up when they differ ("36 soldiers killed ... dozens of IS dead", as
    ACLED sums the sides) and counted once when they repeat (a restatement)."""
    groups: dict[tuple, list[Event]] = {}
    order: list[tuple] = []
    for e in events:
        base = (e.event_type, e.sub_event_type, e.event_date, e.date_precision, e.place_id)
        side = _side(e.actor1)
        key = base + (side,)
        if key not in groups:
            # A telling that names nobody is the same happening as one that names its
            # author ("قتل 12 في هجوم انتحاري" then "فجر انتحاري نفسه"); one that names
            # an author joins the telling that named nobody if that is the only one.
            if not side:
                key = next((k for k in order if k[:5] == base), key)
            else:
                blank = base + ("",)
                if blank in groups and not any(k[:5] == base and k[5] for k in order):
                    groups[key] = groups.pop(blank)
                    order[order.index(blank)] = key
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(e)
    out = []
    for key in order:
        group = groups[key]
        best = max(group, key=lambda e: (e.fatalities is not None or e.injuries is not None,
                                         e.confidence, -e.evidence_start))
        dead, dead_lb = _sum_distinct([(e.fatalities, e.fatalities_lower_bound) for e in group])
        hurt, hurt_lb = _sum_distinct([(e.injuries, e.injuries_lower_bound) for e in group])
        best = replace(best, fatalities=dead, fatalities_lower_bound=dead_lb,
                       injuries=hurt, injuries_lower_bound=hurt_lb,
                       actor1=best.actor1 or next((e.actor1 for e in group if e.actor1), None),
                       actor2=best.actor2 or next((e.actor2 for e in group if e.actor2 and e.actor2 != (best.actor1 or e.actor1)), None),
                       geo_precision=min((e.geo_precision for e in group if e.geo_precision), default=None),
                       confidence=max(e.confidence for e in group))
        out.append(best)
    out.sort(key=lambda e: (e.evidence_start, e.id))
    return out


def _sum_distinct(figures: list[tuple[int | None, bool]]) -> tuple[int | None, bool]:
    seen: dict[int, bool] = {}
    for n, lb in figures:
        if n is not None:
            seen[n] = seen.get(n, False) or lb
    if not seen:
        return None, False
    return sum(seen), any(seen.values())


def _side(actor_name: str | None) -> str:
    if actor_name is None:
        return ""
    lex = load_actors()
    for a in lex.actors.values():
        if a.name_en == actor_name:
            return a.affiliation or a.id
    return actor_name


def _casualties_by_happening(s: Sentence, happenings: list[_Happening], lang: str) -> list:
    """The sentence's casualties, given to the happening whose stretch holds the figures
    (each figure to one happening only)."""
    out: list = [None] * len(happenings)
    c = _casualties(s.text, lang)
    if c is None or (c.killed is None and c.wounded is None):
        return out
    if len(happenings) == 1:
        out[0] = c
        return out
    owners = set()
    for a, _b in c.spans:
        pos = s.start + a
        for hi, h in enumerate(happenings):
            if h.seg_start <= pos < h.seg_end:
                owners.add(hi)
    if len(owners) <= 1:
        out[min(owners) if owners else 0] = c
        return out
    for hi in sorted(owners):
        h = happenings[hi]
        out[hi] = _casualties(s.text[h.seg_start - s.start:h.seg_end - s.start], lang)
    return out


def _last_told(drafts: list) -> "_Draft":
    """The event a figures-only sentence belongs to: the last happening told, at the first
    place of its list ("seized Es Sider and Ras Lanuf ... Nine soldiers were killed")."""
    last = drafts[-1]
    for d in reversed(drafts):
        if d.sentence is not last.sentence or d.happening is not last.happening:
            break
        last = d
    return last


def _add_casualties(d: _Draft, sentence_text: str, lang: str, merge: bool) -> None:
    c = _casualties(sentence_text, lang)
    if c is not None:
        _set_casualties(d, c, merge)


def _set_casualties(d: _Draft, c, merge: bool) -> None:
    if c.killed is not None and (not merge or d.fatalities is None):
        d.fatalities, d.fatalities_lb = c.killed, bool(c.killed_lower_bound)
    if c.wounded is not None and (not merge or d.injuries is None):
        d.injuries, d.injuries_lb = c.wounded, bool(c.wounded_lower_bound)


def _event(report: Report, d: _Draft, speaker: Actor | None, report_air: "_Lazy",
           fallback_date, fallback_prec, fallback_bonus) -> Event:
    trig = d.trigger.trigger
    event_type, sub = trig.event_type, trig.sub_event_type
    stoks = d.tokens
    roles = d.roles
    a1, a2 = roles.actor1, roles.actor2
    from_speaker = False
    if a1 is None and speaker is not None and event_type in ("Battles", "Explosions/Remote violence") \
            and a2 is not None and not a2.is_civilian and a2.affiliation != speaker.affiliation:
        # The speaker's side struck its enemy; shells falling on civilians are not the
        # speaker's by default.
        a1, from_speaker = speaker, True
    if trig.flag == "remote":
        if has_air_word(stoks) or (trig.phrase.startswith(("استهدف", "استهداف", "يستهدف", "تستهدف", "targeted", "ضربات", "الضربات", "توجيه")) and report_air()):
            sub = "Air/drone strike"
    if trig.flag == "territory":
        sub = territory_sub_type(a1.is_state if a1 is not None else (speaker.is_state if speaker else None))
    if event_type == "Battles" and sub == "Armed clash" and a2 is not None and a2.is_civilian \
            and (a1 is None or not a1.is_civilian):
        event_type, sub = "Violence against civilians", "Attack"
    if trig.flag == "weak" and event_type == "Battles" and (a2 is not None and a2.is_civilian):
        event_type, sub = "Violence against civilians", "Attack"
    if event_type == "Protests" and any(t.trigger.event_type in ("Battles", "Explosions/Remote violence", "Riots")
                                        or t.trigger.sub_event_type == "Looting/property destruction"
                                        for t in d.happening.triggers):
        # "Protesters stormed the parliament and set it on fire": a protest turned violent.
        event_type, sub = "Riots", "Violent demonstration"
    crowd = {x.id for x in (a1, a2) if x is not None} & {"protesters", "rioters"}
    if crowd and (event_type == "Battles" or sub == "Looting/property destruction"):
        event_type, sub = "Riots", "Violent demonstration"  # "اقتحم محتجون مقر الحكومة"
        if a1 is not None and a1.id in crowd:
            a1 = None
    if event_type == "Protests" and a1 is not None and not a1.is_civilian and a1.kind != "political":
        # "supporters of the LNA rallied", "protested against Haftar's offensive": the crowd
        # protests; an armed side named is whom it backs or opposes, or who dispersed it.
        if sub != "Peaceful protest" and (a2 is None or a2.id in ("protesters", "rioters")):
            a2 = a1
        a1 = None
    if event_type == "Protests" and sub == "Peaceful protest" and a2 is not None and not a2.is_civilian:
        a2 = None
    if event_type == "Protests" and (a1 is None or a1.is_civilian):
        a1 = load_actors().get("protesters")  # residents who protest are protesters
    if event_type == "Riots" and a1 is not None and a1.kind == "political":
        # "stormed the headquarters of the interim government": the seat is the target.
        a2, a1 = (a2 or a1), None
    if event_type == "Riots" and (a1 is None or a1.is_civilian):
        a1 = load_actors().get("rioters")
    if event_type == "Violence against civilians" and a2 is None:
        a2 = load_actors().get("civilians")  # ACLED: the target of such violence is civilians
    if event_type in ("Protests", "Riots") and a2 is not None and a2.id in ("protesters", "rioters"):
        a2 = None
    if a2 is not None and a1 is not None and a2.id == a1.id:
        a2 = None

    value, prec = _date_in(d.happening.dates, 0, 1 << 62) if d.happening.dates else (None, "unknown")
    if value is None:
        value, prec = _date_in(d.dates, d.sentence.start, d.sentence.end) if d.dates else (None, "unknown")
    date_bonus = 0.05
    if value is None and d.told_date[0] is not None:
        # "On 28 February, LNA forces shelled Abu Salim. GNA forces responded by shelling
        # ...": a sentence with no day of its own goes on with the day its paragraph told.
        value, prec = d.told_date
        date_bonus = 0.03
    if value is None:
        value, prec, date_bonus = fallback_date, fallback_prec, fallback_bonus

    p = d.place
    place = p.place if p is not None else None
    precision = None
    if place is not None:
        precision = p.mention.resolution.precision or 1
        if d.place_how in ("own", "actor") and (p.area or d.place_how == "actor"):
            precision = max(precision, 2)
        elif d.place_how == "inherited":
            precision = 3 if place.kind in _REGION_KINDS else max(precision, 2)
        elif d.place_how == "country":
            precision = 3
    place_part = {"own": 0.25, "actor": 0.14, "inherited": 0.08, "country": 0.06, "none": 0.0}[d.place_how]
    actor_part = (0.08 if from_speaker else 0.15) if a1 is not None else 0.0
    actor_part += 0.05 if a2 is not None else 0.0
    conf = 0.12 + 0.38 * trig.strength + place_part + actor_part + date_bonus
    if value is not None and report.published is not None and (report.published - value).days > 7:
        conf -= 0.15  # recalled background ("the offensive launched in April"): not the news
    if trig.flag == "weak":
        conf *= 0.8
    conf = round(max(0.05, min(0.99, conf)), 3)

    pid = place.id if place is not None else None
    s = d.sentence
    return Event(
        id=event_id(report.id, s.start, event_type, sub, pid),
        report_id=report.id,
        event_date=value,
        date_precision=prec if value is not None else "unknown",
        event_type=event_type,
        sub_event_type=sub,
        actor1=a1.name_en if a1 else None,
        actor2=a2.name_en if a2 else None,
        assoc_actors=tuple(x.name_en for x in roles.assoc if x not in (a1, a2)),
        location=place.name_en if place else None,
        location_ar=place.name_ar if place else None,
        place_id=pid,
        admin1=place.admin1 if place else None,
        latitude=place.lat if place else None,
        longitude=place.lon if place else None,
        geo_precision=precision,
        geocoder=(p.mention.resolution.method or "gazetteer") if place is not None else None,
        fatalities=d.fatalities,
        fatalities_lower_bound=d.fatalities_lb,
        injuries=d.injuries,
        injuries_lower_bound=d.injuries_lb,
        evidence=s.text,
        evidence_start=s.start,
        evidence_end=s.end,
        confidence=conf,
    )


_ADJECTIVE_ENDINGS_AR = ("ي", "يه", "ية", "يون", "يين", "يان")
_ADJECTIVE_ENDINGS_EN = ("an", "ans", "ese", "ish", "i", "is")


def _country_adjective(mention) -> bool:
    """A nationality adjective (الليبية, Libyan, التونسي) that resolved to its country. The
    extractor uses it as a hint that a report is about Libya; as a place mention it is noise."""
    from geo.normalise import has_arabic, normalise_ar

    place = mention.resolution.place
    if place is None or place.kind != "country" or not mention.text.split():
        return False
    word = mention.text.split()[-1]
    if has_arabic(word):
        return normalise_ar(word) != normalise_ar(place.name_ar) and word.endswith(_ADJECTIVE_ENDINGS_AR)
    return word.lower() != place.name_en.lower() and word.lower().endswith(_ADJECTIVE_ENDINGS_EN)


def place_mentions(report: Report, resolver=None) -> list[dict]:
    """Every place mention of a report, resolved or not (rows for `marsad places`):
    report_id, start, end, text, the resolver's fields (name_en, name_ar, latitude,
    longitude, kind, admin1, precision, method, confidence), relation and place_id.
    Words taken for persons (a name after a speech verb or a rank) are left out."""
    if not isinstance(report, Report):
        raise ReportError(f"place_mentions needs a Report, not {type(report).__name__}")
    text = report.text or ""
    if not text.strip():
        return []
    resolver = _resolver(resolver)
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    raw = _find_place_mentions(text, resolver)
    kept = {(p.start, p.end) for p in _usable_places(text, tokens, starts, raw, [], for_events=False)}
    rows = []
    for m in raw:
        if m.resolution.place is not None and (m.start, m.end) not in kept:
            continue
        if _country_adjective(m):
            continue  # "الجيش الوطني الليبي", "the Libyan army": who, not where
        row = {"report_id": report.id, "start": m.start, "end": m.end, "text": m.text}
        d = m.resolution.to_dict()
        d.pop("query", None)
        row.update(d)
        row["relation"] = m.relation
        row["place_id"] = m.resolution.place.id if m.resolution.place else None
        rows.append(row)
    return rows
