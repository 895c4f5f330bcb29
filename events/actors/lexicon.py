"""The actor lexicon: ``events/lexicon/actors.csv`` read and checked, and the mentions of
its actors in text, with the merges that make a describing word and a name one mention
("ميليشيات الجضران", "Haftar's militias", "U.S. warplanes") and the rule that a bare
nationality adjective names a state only beside something military."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from events.actors.cues import (FORMER, FORMERLY, MADE_OF, MEMBER_NOUNS, MILITARY_NOUNS, NATIONALITY_ADJ, NOT_A_NAME,
                                 OWNED_BY, PERSON_NOUNS, PLANE_ADJ, SERVED)
from events.errors import LexiconError
from events.sentences import PhraseIndex, Token, clitic_forms, tokenize
from geo.text_cues import FOREIGN_FEMININE

ACTOR_COLUMNS = ("id", "name_en", "name_ar", "affiliation", "kind", "acled_name", "aliases_en",
                 "aliases_ar", "notes")
ACTOR_KINDS = ("state", "foreign-state", "foreign-group", "militia", "rebel", "mercenary", "communal", "civilians",
               "international", "political", "unidentified", "generic")
STATE_KINDS = frozenset({"state", "foreign-state"})
# Actors named by a describing word ("militias", "gunmen", "the army") that gives way to a
# name right after it.
DESCRIBING = frozenset({"tripoli-militias", "gunmen", "army", "air-force", "mercenaries", "civilians"})


def _served_once(tokens: list[Token], first: int) -> bool:
    """"who previously worked for the", "formerly served in": within four words before a
    name, a word of when and a word of serving."""
    before = [tokens[k].key for k in range(max(0, first - 4), first)]
    return any(w in FORMERLY for w in before) and any(w in SERVED for w in before)


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
        # Events carry an actor's name_en: the stages after the build look actors up by it
        self._by_name = {a.name_en: a for a in actors}
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

    def named(self, name_en: str | None) -> Actor | None:
        """The actor an event's actor1/actor2 names (its ``name_en``), if any."""
        return self._by_name.get(name_en) if name_en else None

    def find(self, tokens: list[Token], text: str | None = None, base: int = 0) -> list[ActorMention]:
        """Mentions in ``tokens``; ``text`` (starting at offset ``base``) gives their text."""
        out = []
        for m in self._index.find(tokens):
            if m.first > 0 and (tokens[m.first - 1].key, tokens[m.first].key) in NOT_A_NAME:
                continue  # "حالة القوة القاهرة" is force majeure, not Cairo's forces
            if m.payload.kind in ("state", "generic") and not tokens[m.first].arabic \
                    and any(tokens[k].key in FORMER for k in range(max(0, m.first - 2), m.first)) \
                    and (tokens[m.last].key in MEMBER_NOUNS
                         or m.last + 1 < len(tokens) and tokens[m.last + 1].key in MEMBER_NOUNS):
                continue  # "a former special forces officer": a civilian now, not the force
            if m.payload.kind in ("state", "generic") and not tokens[m.first].arabic and _served_once(tokens, m.first):
                continue  # "a pilot who previously worked for the Interior Ministry": not a side now
            if out and out[-1].actor is m.payload and out[-1].last + 1 == m.first and not tokens[m.first].arabic \
                    and m.payload.kind != "generic":
                # "Al-Saiqah Special Forces": two names of one force side by side are one mention
                last = out.pop()
                surface = text[last.start - base:m.end - base] if text is not None else ""
                out.append(ActorMention(last.start, m.end, surface, m.payload, last.first, m.last))
                continue
            surface = text[m.start - base:m.end - base] if text is not None else ""
            out.append(ActorMention(m.start, m.end, surface, m.payload, m.first, m.last))
        if text is not None and "aq" in self.actors:
            out = self._quoted_base(tokens, out, text, base)
        out = self._foreign_forces(tokens, out, text, base)
        # "ميليشيات الجضران", "مسلحو التبو": a describing word before a name is that name.
        merged: list[ActorMention] = []
        skip = False
        for k, m in enumerate(out):
            if skip:
                skip = False
                continue
            nxt = out[k + 1] if k + 1 < len(out) else None
            if m.actor.id in DESCRIBING and nxt is not None and (nxt.first == m.last + 2
                                                                 or nxt.first == m.last + 3
                                                                 and tokens[m.last + 2].key in _ARTICLE_OR_TRIBE) \
                    and nxt.actor.id != m.actor.id and not nxt.actor.is_civilian \
                    and (tokens[m.last + 1].key in OWNED_BY
                         or tokens[m.last + 1].key in PLANE_ADJ and nxt.actor.kind == "foreign-state"):
                # "سلاح الجو التابع لقوات الوفاق", "مسلحين من قبيلة أولاد سليمان", "militants
                # from the Tebu": the describing word is that side's.
                owner = nxt.actor
                if m.actor.id == "air-force":
                    owner = self.actors.get({"GNA": "gna-air", "LNA": "lna-air"}.get(owner.affiliation, ""), owner)
                surface = text[m.start - base:nxt.end - base] if text is not None else ""
                merged.append(ActorMention(m.start, nxt.end, surface, owner, m.first, nxt.last))
                skip = True
                continue
            if m.actor.id in DESCRIBING and nxt is not None and m.last + 1 < len(tokens) \
                    and (tokens[m.last + 1].key in MADE_OF or _led_by(tokens, m.last + 1)) and nxt.first - m.last <= 6 \
                    and nxt.actor.id not in DESCRIBING and not nxt.actor.is_civilian:
                # "الميليشيات، المكونة مما يعرف بـ"كتيبة ثوار طرابلس"", "الميليشيات الإرهابية التي
                # يقودها إبراهيم الجضران", "militias led by X": the militias are that group
                surface = text[m.start - base:nxt.end - base] if text is not None else ""
                merged.append(ActorMention(m.start, nxt.end, surface, nxt.actor, m.first, nxt.last))
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
        merged = self._coordinated(tokens, merged, text, base)
        return [m for m in merged if not _not_the_side(tokens, m)]

    def _foreign_forces(self, tokens: list[Token], found: list[ActorMention], text: str | None,
                        base: int) -> list[ActorMention]:
        """"الشرطة الهولندية", "قوات الأمن المصرية", "الجيش البريطاني": the police or army of
        another country, not Libya's. With a row for that country (Egypt, Tunisia, ...) the
        words are its forces; without one they name no side the lexicon knows, and are dropped
        rather than read as Libya's."""
        out = []
        skip = None
        for k, m in enumerate(found):
            if m is skip:
                continue
            nxt = found[k + 1] if k + 1 < len(found) else None
            adj = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
            if m.actor.id not in _UNATTRIBUTED_FORCES or adj is None or not adj.arabic \
                    or adj.key not in _FOREIGN_ADJECTIVES:
                out.append(m)
                continue
            if nxt is not None and nxt.first == m.last + 1 and nxt.actor.kind == "foreign-state":
                surface = text[m.start - base:nxt.end - base] if text is not None else ""
                out.append(ActorMention(m.start, nxt.end, surface, nxt.actor, m.first, nxt.last))
                skip = nxt
        return out

    def _quoted_base(self, tokens: list[Token], found: list[ActorMention], text: str,
                     base: int) -> list[ActorMention]:
        """"مواقع عمليات "القاعدة"": the base (القاعدة) in quotes is the organisation, which
        the bare word is not ("القاعدة الجوية")."""
        taken = {k for m in found for k in range(m.first, m.last + 1)}
        added = []
        for k, t in enumerate(tokens):
            # every form of a word ends as the word does: most words fail the first test
            if not t.key.endswith("قاعده") or k in taken or not t.arabic \
                    or clitic_forms(t.key)[-1] not in ("القاعده", "قاعده"):
                continue
            before = text[max(0, t.start - base - 1):t.start - base]
            after = text[t.end - base:t.end - base + 1]
            if before in _QUOTES and after in _QUOTES:
                added.append(ActorMention(t.start, t.end, t.orig, self.actors["aq"], k, k))
        return sorted(found + added, key=lambda m: m.first) if added else found

    def _coordinated(self, tokens: list[Token], found: list[ActorMention], text: str | None,
                     base: int) -> list[ActorMention]:
        """"between Zintan and Misratah militias": the group noun after the second name
        is the first's too (English only; Arabic repeats the noun)."""
        out = list(found)
        for m in found:
            k = m.first - 2
            if m.last == m.first or k < 0 or tokens[m.first].arabic or tokens[m.first - 1].key != "and" \
                    or any(o.first <= k <= o.last for o in found):
                continue
            noun = " ".join(tokens[j].orig for j in range(m.first + 1, m.last + 1))
            hits = [h for h in self._index.find(tokenize(f"{tokens[k].orig} {noun}")) if h.first == 0]
            if hits and hits[0].last == len(noun.split()):
                a = hits[0].payload
                surface = text[tokens[k].start - base:tokens[k].end - base] if text is not None else ""
                out.append(ActorMention(tokens[k].start, tokens[k].end, surface, a, k, k))
        return sorted(out, key=lambda o: o.first)

    def find_in(self, text: str) -> list[ActorMention]:
        return self.find(tokenize(text), text)


# A foreign state named only by its adjective ("الفرنسية", "Egyptian") is an actor when
# the adjective qualifies something military ("غارة أمريكية", "Turkish drones"), not
# a news agency, a court, a city or workers ("وكالة الأنباء الفرنسية", "القضاء الفرنسي",
# "الأسكندرية المصرية", "two Egyptian workers").

_QUOTES = frozenset('"«»“”')
# Words for a force that say whose only by what follows them ("الشرطة" of the lexicon is
# Libya's unless a country's adjective follows)
_UNATTRIBUTED_FORCES = frozenset({"police", "army", "air-force"})
_FOREIGN_ADJECTIVES = FOREIGN_FEMININE | frozenset(w[:-1] for w in FOREIGN_FEMININE if w.endswith("ه"))


def _led_by(tokens: list[Token], k: int) -> bool:
    keys = [t.key for t in tokens[k:k + 2]]
    return keys[:1] == ["بقياده"] or keys[:2] == ["led", "by"] or len(keys) == 2 and keys[0] in ("التي", "الذي") \
        and keys[1].startswith(("يقود", "تقود"))


# "militants from the Tebu", "مسلحين من قبيلتي التبو والطوارق": a word between "from" and the name
_ARTICLE_OR_TRIBE = frozenset({"the", "a", "an", "قبيله", "قبيلتي", "قبيلتين", "قبيلتا", "قبائل", "عشيره"})
_LOCATIVE = frozenset({"في", "in"})
_SECURITY = frozenset({"الامنيه", "الامني"})
_AUTHORITIES = frozenset({"السلطات", "الاجهزه", "القوات", "الوحدات", "المصالح"})
_FOLLOWERS = frozenset({"supporters", "sympathisers", "sympathizers"})
_COMING = frozenset({"قادمه", "القادمه", "قادم", "القادم", "قادمين", "القادمين", "قادمون", "عائده", "عائدا",
                     "عائدين", "coming", "arriving", "returning"})


def _not_the_side(tokens: list[Token], m: ActorMention) -> bool:
    """A name that does not stand for the side: its supporters, a country's adjective or
    name off duty (a resident's nationality, where a flight came from)."""
    if m.last + 1 < len(tokens) and tokens[m.last + 1].key in _FOLLOWERS and not tokens[m.first].arabic:
        return True  # "four family members who were Ansar al-Shariah supporters": civilians who back it
    if tokens[m.first].arabic and m.actor.kind in ("state", "foreign-state") and any(
            tokens[k].key in ("سابق", "السابق") and all(tokens[j + 1].start - tokens[j].end < 2 for j in range(k, m.first))
            for k in range(max(0, m.first - 4), m.first)):
        # "عشماوي، وهو ضابط سابق بقوات الصاعقة بالجيش المصري": a force he no longer serves; not
        # past a comma ("ويضاف هذا الإنجاز إلى آخر سابق، إذ اعتقل الجيش": a former feat)
        return True
    if m.actor.kind != "foreign-state" or m.last != m.first:
        return False
    t = tokens[m.first]
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if m.first > 0 and tokens[m.first - 1].key in _LOCATIVE and (
            nxt is None or not any(f in MILITARY_NOUNS for f in clitic_forms(nxt.key))):
        return True  # "هجوما بالسكين في باريس", "in Cairo": where it happened, not who did it
    if m.first > 1 and tokens[m.first - 1].key in ("من", "from") and tokens[m.first - 2].key.lstrip("و") in _COMING:
        return True  # "رحلة ليبية قادمة من مصر", "a flight arriving from Egypt": where it came from
    if t.arabic and m.first > 0 and tokens[m.first - 1].key.lstrip("و") in PERSON_NOUNS:
        return True  # "اختطف مسلحون مقيما تركيا": a Turkish resident, not Turkey's forces
    if t.arabic:
        core = clitic_forms(t.key)[-1]
        if not (len(core) >= 4 and core.endswith(("ي", "يه")) or core in ("امريكيا", "اميركيا")):
            return False  # a country's name ("تركيا", "مصر"), not its adjective
        prev = tokens[m.first - 1] if m.first > 0 else None
        prev2 = tokens[m.first - 2] if m.first > 1 else None
        if prev is not None and prev2 is not None and prev.key in _SECURITY \
                and any(f in _AUTHORITIES for f in clitic_forms(prev2.key)):
            return False  # "للسلطات الأمنية التونسية": a country's security authorities act
        return not any(p is not None and p.arabic and any(f in MILITARY_NOUNS for f in clitic_forms(p.key))
                       for p in (prev, prev2))
    if t.key not in NATIONALITY_ADJ:
        return False
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    nxt2 = tokens[m.last + 2] if m.last + 2 < len(tokens) else None
    return not any(n is not None and n.key in MILITARY_NOUNS for n in (nxt, nxt2))


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


