"""Who acts and who is acted on: actor mentions from the team's bilingual lexicon
(``events/lexicon/actors.csv``) and the rules that pick actor1 / actor2 around a trigger.

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

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from events.errors import LexiconError
from events.sentences import PhraseIndex, Token, tokenize

ACTOR_COLUMNS = ("id", "name_en", "name_ar", "affiliation", "kind", "acled_name", "aliases_en",
                 "aliases_ar", "notes")
ACTOR_KINDS = ("state", "foreign-state", "militia", "rebel", "mercenary", "communal", "civilians",
               "international", "political", "unidentified", "generic")
STATE_KINDS = frozenset({"state", "foreign-state"})
# Actors named by a describing word ("militias", "gunmen", "the army") that gives way to a
# name right after it.
DESCRIBING = frozenset({"tripoli-militias", "gunmen", "army", "air-force", "mercenaries", "civilians"})


@dataclass(frozen=True)
class Actor:
    id: str
    name_en: str
    name_ar: str
    affiliation: str
    kind: str
    acled_name: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def is_state(self) -> bool:
        return self.kind in STATE_KINDS

    @property
    def is_civilian(self) -> bool:
        return self.kind == "civilians"


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    first: int  # token indexes [first, last] in the token list it was found in
    last: int


class ActorLexicon:
    def __init__(self, actors: list[Actor]) -> None:
        self.actors = {a.id: a for a in actors}
        self._index = PhraseIndex()
        for a in actors:
            for name in (a.name_ar, *a.aliases):
                self._index.add(name, a)
            # Short English canonical names ("LNA", "GNA forces") are names too; the long
            # ones with brackets are labels.
            if "(" not in a.name_en and a.kind != "generic":
                self._index.add(a.name_en, a)

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def find(self, tokens: list[Token], text: str | None = None, base: int = 0) -> list[ActorMention]:
        """Mentions in ``tokens``; ``text`` (starting at offset ``base``) gives their text."""
        out = []
        for m in self._index.find(tokens):
            if m.first > 0 and (tokens[m.first - 1].key, tokens[m.first].key) in _NOT_A_NAME:
                continue  # "حالة القوة القاهرة" is force majeure, not Cairo's forces
            surface = text[m.start - base:m.end - base] if text is not None else ""
            out.append(ActorMention(m.start, m.end, surface, m.payload, m.first, m.last))
        # "ميليشيات الجضران", "مسلحو التبو": a describing word before a name is that name.
        merged: list[ActorMention] = []
        skip = False
        for k, m in enumerate(out):
            if skip:
                skip = False
                continue
            nxt = out[k + 1] if k + 1 < len(out) else None
            if m.actor.id in DESCRIBING and nxt is not None and nxt.first == m.last + 2 \
                    and nxt.actor.id != m.actor.id and not nxt.actor.is_civilian \
                    and (tokens[m.last + 1].key in _OWNED_BY
                         or tokens[m.last + 1].key in _PLANE_ADJ and nxt.actor.kind == "foreign-state"):
                # "سلاح الجو التابع لقوات الوفاق", "مسلحين من قبيلة أولاد سليمان", "militants
                # from the Tebu": the describing word is that side's.
                owner = nxt.actor
                if m.actor.id == "air-force":
                    owner = self.actors.get({"GNA": "gna-air", "LNA": "lna-air"}.get(owner.affiliation, ""), owner)
                surface = text[m.start - base:nxt.end - base] if text is not None else ""
                merged.append(ActorMention(m.start, nxt.end, surface, owner, m.first, nxt.last))
                skip = True
                continue
            if m.actor.id in DESCRIBING and nxt is not None and nxt.first == m.last + 1 \
                    and nxt.actor.id != m.actor.id and not tokens[nxt.first].key.startswith("و"):
                surface = text[m.start - base:nxt.end - base] if text is not None else ""
                merged.append(ActorMention(m.start, nxt.end, surface, nxt.actor, m.first, nxt.last))
                skip = True
                continue
            if nxt is not None and nxt.first == m.last + 1 and not tokens[m.first].arabic \
                    and m.actor.id not in DESCRIBING and m.actor.kind not in ("civilians", "generic") \
                    and (nxt.actor.kind == "generic" and m.actor.kind == "foreign-state"
                         or nxt.actor.id in DESCRIBING and nxt.actor.kind != "civilians"
                         and tokens[nxt.first].orig[:1].islower()):
                # "U.S. warplanes", "Egyptian jets", "Haftar's militias", "ISIS gunmen": the
                # name says whose the planes or the fighters are.
                surface = text[m.start - base:nxt.end - base] if text is not None else ""
                merged.append(ActorMention(m.start, nxt.end, surface, m.actor, m.first, nxt.last))
                skip = True
                continue
            merged.append(m)
        return [m for m in merged if not _bare_adjective_off_duty(tokens, m)]

    def find_in(self, text: str) -> list[ActorMention]:
        return self.find(tokenize(text), text)


# A foreign state named only by its adjective ("الفرنسية", "Egyptian") is an actor when
# the adjective qualifies something military ("غارة أمريكية", "Turkish drones"), not
# a news agency, a court, a city or workers ("وكالة الأنباء الفرنسية", "القضاء الفرنسي",
# "الأسكندرية المصرية", "two Egyptian workers").
_PLANE_ADJ = frozenset(t.key for t in tokenize("المسير المسيرة الحربي الحربية الحربيه المسيره مسير مسيرة حربية"))
_NOT_A_NAME = frozenset((a.key, b.key) for a, b in (tokenize(x) for x in ("القوة القاهرة", "قوة قاهرة")))
_OWNED_BY = frozenset(t.key for t in tokenize("التابع التابعة التابعين تابع تابعة تابعين من الموالية الموالي from of"))
_MILITARY_NOUNS = frozenset(t.key for t in tokenize("""
    غارة غارات الغارة الغارات ضربة ضربات الضربة الضربات قصف القصف قوات القوات قوة جنود الجنود
    جندي طائرة طائرات الطائرة الطائرات مسيرة مسيرات المسيرة المسيرات الطيران طيران مقاتلات
    المقاتلات الحربية حربية عسكري عسكرية العسكري العسكرية بارجة البارجة بوارج سفينة سفن فرقاطة
    دعم الدعم تدخل التدخل وجود الوجود مستشارين المستشارين خبراء الخبراء ضباط الضباط مرتزقة
    المرتزقة صواريخ الصواريخ صاروخ مدفعية المدفعية قاعدة القاعدة عتاد أسلحة الأسلحة احتلال
    الاحتلال هجوم الهجوم عملية العملية رتل دوريات البحرية قيادة القيادة
    drone drones strike strikes airstrike airstrikes air forces troops military warplanes
    warplane jets jet aircraft planes plane soldiers soldier officers advisers advisors
    mercenaries fighters frigate frigates warship warships navy naval support backing
    intervention deployment special artillery missiles missile weapons arms army commandos
    operation operations raid raids bombing bombardment shelling attack attacks presence
"""))
_ADJ_EN = frozenset({"turkish", "russian", "egyptian", "italian", "french", "american",
                     "emirati", "tunisian", "algerian", "british", "qatari", "german"})


def _bare_adjective_off_duty(tokens: list[Token], m: ActorMention) -> bool:
    if m.actor.kind != "foreign-state" or m.last != m.first:
        return False
    t = tokens[m.first]
    if t.arabic:
        from events.sentences import clitic_forms

        core = clitic_forms(t.key)[-1]
        if not (len(core) >= 4 and core.endswith(("ي", "يه")) or core in ("امريكيا", "اميركيا")):
            return False  # a country's name ("تركيا", "مصر"), not its adjective
        prev = tokens[m.first - 1] if m.first > 0 else None
        prev2 = tokens[m.first - 2] if m.first > 1 else None
        return not any(p is not None and p.arabic and any(f in _MILITARY_NOUNS for f in clitic_forms(p.key))
                       for p in (prev, prev2))
    if t.key not in _ADJ_EN:
        return False
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    nxt2 = tokens[m.last + 2] if m.last + 2 < len(tokens) else None
    return not any(n is not None and n.key in _MILITARY_NOUNS for n in (nxt, nxt2))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split("|") if x.strip())


def read_actors_csv(text: str, where: str = "actors.csv") -> list[Actor]:
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != ACTOR_COLUMNS:
        raise LexiconError(f"{where}: header must be {','.join(ACTOR_COLUMNS)}")
    actors = []
    seen = set()
    for line, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise LexiconError(f"{where} line {line}: expected {len(ACTOR_COLUMNS)} columns")
        aid = row["id"].strip()
        if not aid or aid in seen:
            raise LexiconError(f"{where} line {line}: id {aid!r} is empty or repeated")
        if row["kind"] not in ACTOR_KINDS:
            raise LexiconError(f"{where} line {line}: kind {row['kind']!r} is not one of {', '.join(ACTOR_KINDS)}")
        seen.add(aid)
        actors.append(Actor(
            id=aid, name_en=row["name_en"].strip(), name_ar=row["name_ar"].strip(),
            affiliation=row["affiliation"].strip(), kind=row["kind"].strip(),
            acled_name=row["acled_name"].strip(),
            aliases=_split(row["aliases_en"]) + _split(row["aliases_ar"]),
        ))
    return actors


def lexicon_text(name: str, path: str | None = None) -> tuple[str, str]:
    """The text of a lexicon and where it came from: an analyst's own file at ``path``, else
    the packaged ``events/lexicon/<name>``."""
    if path is not None:
        try:
            return Path(path).read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"cannot read lexicon {path}: {exc}") from None
    try:
        res = resources.files("events.lexicon").joinpath(name)
        return res.read_text(encoding="utf-8"), str(res)
    except (FileNotFoundError, ModuleNotFoundError, OSError) as exc:
        raise LexiconError(f"the {name} lexicon is missing from events/lexicon ({exc})") from None


@lru_cache(maxsize=4)
def load_actors(path: str | None = None) -> ActorLexicon:
    """The actor lexicon (the packaged one by default), built once per path."""
    return ActorLexicon(read_actors_csv(*lexicon_text("actors.csv", path)))


def find_actors(text: str) -> list[ActorMention]:
    """Actor mentions in a piece of text (spans relative to it)."""
    return load_actors().find_in(text)


# --- roles -------------------------------------------------------------------------------

def _keys(words: str) -> frozenset[str]:
    return frozenset(t.key for t in tokenize(words))


# Words right before a name that make it the target (normalised Arabic keys, English).
TARGET_BEFORE = _keys("""
    ضد مواقع موقع مسلحي مسلحو عناصر صفوف معاقل معقل تمركزات تمركز تجمعات تجمع آليات رتل رتلا
    أرتال مخزن مخازن قادة قيادات مقر مقرات معسكر معسكرات تابع تابعة التابعة التابع تحركات
    دفاعات أهداف مخابئ قواعد قاعدة سيطرة على استهدف استهدفت استهداف يستهدف تستهدف استهدفوا
    against on targeting targeted target targets positions position with from at bases base
    camp strongholds stronghold over
""")
# Words before a name that make it the agent (passive "by", Arabic "من قبل").
AGENT_BEFORE = _keys("by قبل")
# Words before a name that make it an ally of actor1.
ASSOC_BEFORE = _keys("جانب بدعم مدعومة المدعومة بمساندة alongside backed supported allied")
# Words before a name that make it the speaker or a person's title, not a party.
SPEAKER_BEFORE = _keys("""
    باسم المتحدث الناطق المعنوي قال أكد أوضح أفاد أعلن ذكر صرح كشف أضاف وأضاف تابع أشار
    لـ وفقا وفقاً بحسب حسب لمصادر مصادر according spokesman spokesperson
""")
SPEAKER_AFTER = _keys("""
    said says reported announced claimed stated spokesman spokesperson sources commander
    قال أعلن أكد
""")
_ANNOUNCE = _keys("أعلن أعلنت وأعلن وأعلنت قال قالت وقال وقالت أكد أكدت said announced claimed says")
# Report-level speaker: "المتحدث باسم X", "X spokesman".
_SPEAKER_TITLES = _keys("باسم المتحدث الناطق المعنوي الإعلامي spokesman spokesperson")


FROM_WORDS = _keys("من يد قبضة سيطرة from")
_OWNER_WORDS = _keys("تابع تابعة التابعة التابع")
_AGENT_NOUNS = _keys("""
    طائرة طائرات الطائرة الطائرات مسيرة مسيرات المسيرة المسيرات الحربية حربية قوات القوات قوة
    القوة وحدات الوحدات كتيبة الكتيبة مجموعة المجموعة الجو الطيران مقاتلات المقاتلات دورية
    الدورية رتل الرتل سرية السرية لواء اللواء
""")
_AFTER = _keys("بعد following")  # "captured the base after weeks of Turkish strikes": another act
_SOURCE_WORDS = _keys("""
    وفق وفقا بحسب حسب حسبما وفقاً نقلا according said says
    أعلنته أعلنت أعلن قالت قال ذكرت ذكر أفادت أفاد أكدت أكد
""")
_SAID = _keys("said say says told reported قالوا أفادوا ذكروا")
_LOYAL = _keys("allied aligned loyal affiliated الموالية الموالي الموالين")
_FORCES = _keys("forces troops fighters units militias قوات القوات")
_MEMBERS = _keys("""جندي جنديا جنديان جنديين جنود الجنود أفراد افراد مقاتل مقاتلا مقاتلين مقاتلي
    منتسبي منتسبين ضابط ضابطا ضباط عسكري عسكريا عسكريين شرطي شرطيا شرطيين""")
_OWNING_PARTICIPLE = _keys("operated owned belonging flown piloted manned")
_WITH = _keys("مع with against ضد")
_SEIZED_EN = _keys("arrested detained captured kidnapped abducted seized apprehended killed")
_HARM_EN = _keys("killing killed wounding wounded injuring injured kill wound injure leaving left")
_NUMBER_WORDS_EN = _keys("""two three four five six seven eight nine ten eleven twelve dozens
    several many scores hundreds some at least""")
# Verbal nouns among the trigger words (forms VIII / X / II masdars).
_MASDARS = _keys("""
    استعادة استهداف تحرير اعتقال اختطاف اغتيال تفجير إعدام احتجاز توقيف تصفية اقتحام استرجاع
    استرداد مهاجمة ملاحقة مطاردة
""")


def _is_masdar(t: Token) -> bool:
    from events.sentences import clitic_forms

    return any(f in _MASDARS for f in clitic_forms(t.key))


_AND = _keys("and و")


def _partner(tokens: list[Token], mentions: list[ActorMention], m: ActorMention) -> ActorMention | None:
    """The mention joined to ``m`` by and / و ("X and Y", "X وY")."""
    for o in mentions:
        if o is m:
            continue
        a, b = (m, o) if m.last < o.first else (o, m)
        if b.first == a.last + 2 and tokens[a.last + 1].key in _AND:
            return o
        if b.first == a.last + 1 and tokens[b.first].arabic and tokens[b.first].key.startswith("و"):
            return o
    return None


@dataclass(frozen=True)
class Roles:
    actor1: Actor | None
    actor2: Actor | None
    assoc: tuple[Actor, ...] = ()


def _role_of(tokens: list[Token], m: ActorMention, first_limit: int, extra_target: frozenset = frozenset()) -> str:
    """What the words just before (and after) a mention make of it."""
    before = [tokens[k].key for k in range(max(first_limit, m.first - 2), m.first)]
    wide = [tokens[k].key for k in range(max(first_limit, m.first - 4), m.first)]
    if any(w in _LOYAL for w in wide[-3:]) and any(w in _FORCES for w in wide):
        return "plain"  # "forces allied with the Tripoli government": that side's forces
    if not tokens[m.first].arabic and len(wide) >= 2 and (wide[-1].isdigit() or wide[-1] in _NUMBER_WORDS_EN) \
            and wide[-2] in _HARM_EN:
        return "target"  # "killing three soldiers": the soldiers are the victims
    if before:
        prev = before[-1]
        if prev in AGENT_BEFORE:
            if len(before) > 1 and before[-2] in ASSOC_BEFORE:
                return "assoc"  # "Libyan forces backed by US air strikes": an ally
            return "agent"
        # "من سيطرة X", "تحت سيطرة X": X holds or loses the ground; "سيطرة X على": X takes it.
        takes = prev == "سيطره" and (len(before) < 2 or before[-2] not in ("من", "عن", "تحت", "خارج"))
        if prev in extra_target and not takes:
            return "target"
        if prev in _OWNER_WORDS and len(before) > 1 and before[-2] in _AGENT_NOUNS:
            return "plain"  # "طائرة مسيرة تابعة لقوات حفتر": Haftar's drone, not his target
        if not takes and (prev in TARGET_BEFORE or (len(before) > 1 and before[-2] in TARGET_BEFORE
                                                    and prev in {"ل", "من", "of", "the", "a", "an"})):
            return "target"
        if prev == "من" and len(before) > 1 and before[-2] in _MEMBERS:
            return "target"  # "قتل جنديان من الجيش الليبي": the army's dead, not its act
        if any(b in ASSOC_BEFORE for b in before):
            return "assoc"
        if any(b in SPEAKER_BEFORE for b in before):
            return "speaker"
    nxt = tokens[m.last + 1].key if m.last + 1 < len(tokens) else ""
    if not tokens[m.first].arabic and any(w in _SEIZED_EN for w in wide) and \
            any(w in ("a", "an", "the", "two", "three", "four", "five", "several") for w in wide):
        return "target"  # "arrested a senior Islamic State commander": the one seized, not who speaks
    if nxt in SPEAKER_AFTER:
        return "speaker"
    if (m.actor.is_civilian or not tokens[m.first].arabic) and \
            any(tokens[k].key in _SAID for k in range(m.last + 1, min(len(tokens), m.last + 4))):
        return "speaker"  # "residents and officials said", "the GNA's health ministry said"
    return "plain"


def resolve_generic(actor: Actor, speaker: Actor | None, lex: ActorLexicon | None = None) -> Actor:
    """An unattributed army / air force as the speaker's (else the LNA's)."""
    if actor.kind != "generic":
        return actor
    lex = lex or load_actors()
    side = speaker.affiliation if speaker is not None else ""
    if actor.id == "air-force":
        target = "gna-air" if side == "GNA" else "lna-air"
    else:
        target = "gna" if side == "GNA" else "lna"
    return lex.get(target) or actor


def detect_speaker(tokens: list[Token], mentions: list[ActorMention]) -> Actor | None:
    """Whose briefing a report is: the first actor named as a spokesman's principal
    ("المتحدث باسم الجيش الوطني الليبي", "LNA spokesman", "مدير التوجيه المعنوي في الجيش")."""
    for m in mentions:
        before = {tokens[k].key for k in range(max(0, m.first - 3), m.first)}
        after = tokens[m.last + 1].key if m.last + 1 < len(tokens) else ""
        if before & _SPEAKER_TITLES or after in {"spokesman", "spokesperson"}:
            return resolve_generic(m.actor, None)
    # Else a Libyan side that announces ("أعلنت عملية بركان الغضب", "The LNA said").
    for m in mentions:
        prev = tokens[m.first - 1].key if m.first > 0 else ""
        after = tokens[m.last + 1].key if m.last + 1 < len(tokens) else ""
        if prev in _ANNOUNCE or after in _ANNOUNCE:
            a = resolve_generic(m.actor, None)
            if a.affiliation in ("LNA", "GNA"):
                return a
    return None


def choose_roles(tokens: list[Token], mentions: list[ActorMention], trigger: tuple[int, int],
                 *, violent: bool, speaker: Actor | None = None,
                 lex: ActorLexicon | None = None, territory: bool = False) -> Roles:
    """actor1 / actor2 / associated actors for the trigger at token indexes ``trigger``
    (first, last) among ``mentions`` found in the same ``tokens``. ``territory``: ground
    changing hands, where "from X" (من، من يد، من قبضة، from) names the loser."""
    lex = lex or load_actors()
    tf, tl = trigger
    arabic = tokens[tf].arabic if tokens else False
    extra = FROM_WORDS if territory else frozenset()
    roles = [(m, _role_of(tokens, m, 0, extra)) for m in mentions]
    if arabic and _is_masdar(tokens[tf]):
        # A verbal noun's next noun is what it acts on: "استعادة الموانئ من الميليشيات",
        # "استهداف مواقع", not its subject.
        roles = [(m, "target" if r == "plain" and 0 < m.first - tl <= 2 else r) for m, r in roles]

    def dist(m: ActorMention) -> int:
        return m.first - tl if m.first > tl else (tf - m.last if m.last < tf else 0)

    def ok1(m: ActorMention) -> bool:
        return not (violent and m.actor.is_civilian)

    actor1 = None
    # "by X" far from the trigger names the agent of another verb ("استعادة ... منشأتين
    # تعرضتا لهجوم منذ أسبوع من قبل مجموعات مسلحة").
    # "shot down a drone operated by Wagner": after the act, "by" after an owning
    # participle names whose thing was acted on.
    roles = [(m, "target" if r == "agent" and m.first > tl and m.first >= 2
              and tokens[m.first - 2].key in _OWNING_PARTICIPLE else r) for m, r in roles]
    agents = [m for m, r in roles if r == "agent" and ok1(m) and dist(m) <= 7]
    plain = [m for m, r in roles if r == "plain" and ok1(m)]
    if agents:
        actor1 = min(agents, key=dist)
    if actor1 is None:
        # Overlapping the trigger ("وجود قوات تركية") or right beside it.
        if arabic:
            # An agent adjective or a name inside the trigger ("غارة أمريكية", "وجود قوات
            # تركية"), then a subject right before a verb ("سلاح الجو استهدف"), then
            # verb-subject order ("حرر الجيش الوطني").
            near = [m for m in plain if m.first >= tf and m.first - tl <= 1]
            if not near:
                near = [m for m in plain if m.last < tf and tf - m.last <= 2]
            if not near:
                near = [m for m in plain if m.first >= tf and m.first - tl <= 3]
        else:
            near = [m for m in plain if (m.last < tf and tf - m.last <= 2) or (m.first <= tl and m.last >= tf)]
        if near:
            actor1 = min(near, key=dist)
    if actor1 is None:
        # "اشتباكات ... بين مسلحين من أولاد سليمان وآخرين من التبو", "clashes ... between X and Y"
        between = [m for m in plain if m.first > tl and any(
            tokens[k].key in ("بين", "between") for k in range(max(tl + 1, m.first - 2), m.first))]
        if between:
            actor1 = min(between, key=dist)
    if actor1 is None:
        before = [m for m in plain if m.last < tf]
        if before:
            actor1 = max(before, key=lambda m: m.last)
    speakers = [m for m, r in roles if r == "speaker" and ok1(m)]
    if actor1 is None and not arabic and any(m.last < tf for m in speakers):
        # English puts the object after the verb: "The LNA said it shot down a Turkish
        # drone" — the speaker did it, the drone's side is acted on. One named after the
        # act (", the GNA's health ministry said") only tells of it.
        actor1 = min((m for m in speakers if m.last < tf), key=dist)
    if actor1 is None:
        # After the verb, a name far off or after "من" ("لتطهير المدينة من الجماعات") is what
        # the act is done to or from, not who does it.
        after = [m for m in plain if m.first > tl and not (arabic and (
            m.first - tl > 6 or (m.first > 0 and tokens[m.first - 1].key in ("من", "عن"))))]
        if after:
            actor1 = min(after, key=dist)
    if actor1 is None and (arabic and speakers):
        actor1 = min(speakers, key=dist)
    a1 = resolve_generic(actor1.actor, speaker, lex) if actor1 else None
    # "GNA and LNA delegations signed", "اشتباكات بين التبو والطوارق": the other of a pair.
    partner = _partner(tokens, mentions, actor1) if actor1 is not None else None

    targets = [m for m, r in roles if r == "target" and m is not actor1]
    victims = [m for m, r in roles if r == "plain" and m is not actor1 and m.actor.is_civilian] if violent else []
    actor2 = None
    if targets:
        actor2 = min(targets, key=lambda m: (dist(m) + (0 if m.first > tl else 3)))
    elif partner is not None and not (violent and partner.actor.is_civilian):
        actor2 = partner
    else:
        reach = len(tokens) if violent else tl + 10
        # "..., وفق ما أعلنته وزارة الصحة بحكومة الوفاق", "..., the GNA health ministry said":
        # who tells it is not who it was done to.
        src = next((k for k in range(tl + 1, len(tokens)) if tokens[k].key in _SOURCE_WORDS
                    or tokens[k].key in _AFTER), None)
        if src is not None:
            reach = min(reach, src)
        others = [m for m, r in roles if r == "plain" and m is not actor1 and tl < m.first <= reach
                  and not m.actor.is_civilian
                  and (a1 is None or resolve_generic(m.actor, speaker, lex).affiliation != a1.affiliation)]
        if others:
            actor2 = min(others, key=dist)
        elif victims:
            actor2 = min(victims, key=dist)
    if actor2 is None and territory and a1 is not None:
        # "سيطرتها على غريان بعد معارك عنيفة مع قوات حفتر", "took the town after fighting
        # with X": whom the fight was with lost the ground.
        fought = [m for m, r in roles if m is not actor1 and m.first > tl and not m.actor.is_civilian
                  and any(tokens[k].key in _WITH for k in range(max(0, m.first - 2), m.first))
                  and resolve_generic(m.actor, speaker, lex).affiliation != a1.affiliation]
        if fought:
            actor2 = min(fought, key=dist)
    a2 = resolve_generic(actor2.actor, speaker, lex) if actor2 else None
    if a1 is None and not arabic and a2 is not None and not a2.is_civilian:
        # "Drone strikes targeted GNA positions, the LNA's media office said": a side that
        # tells of striking its enemy claims the strike.
        tellers = [resolve_generic(m.actor, speaker, lex) for m in speakers if m.first > tl]
        tellers = [t for t in tellers if t.affiliation and t.affiliation != a2.affiliation
                   and t.kind in ("state", "militia", "rebel", "foreign-state", "mercenary")]
        if tellers:
            a1 = tellers[0]
    if a2 is not None and a1 is not None and a2.id == a1.id:
        a2 = None
    assoc = []
    for m, r in roles:
        if r == "assoc":
            a = resolve_generic(m.actor, speaker, lex)
            if a not in assoc and a != a1 and a != a2:
                assoc.append(a)
    return Roles(a1, a2, tuple(assoc))
