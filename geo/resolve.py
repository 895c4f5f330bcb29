"""Resolving a place name to a Place, the way a reader of a Libyan report would.

Order of attempts for ``Resolver.resolve(name, context)``:
1. the gazetteer's exact key (with Arabic clitics stripped when needed) -> method "gazetteer";
2. its loose key (transliteration folded) -> method "gazetteer";
3. rapidfuzz on loose keys, cutoff 90 and a gap between the two best -> method "fuzzy";
4. the geopy fallback (unless offline) -> method "geopy".
"X's Y" is Y inside X ("Zawiya's al-Harsha"), or the facility "X Y" when the table has it
("Tripoli's seaport"). Homonyms are ranked by: the report's country (Tripoli, Libya before Tripoli, Lebanon), a
parent named with the place, places already named in the report (``context.nearby``),
curated rows before package rows, then kind and population.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterable, Sequence


from .errors import BadPlaceName
from .foreign import FOREIGN_SOURCE
from .fuzzy import FUZZY_CUTOFF, FuzzyIndex, _fuzzy_target  # noqa: F401 (were defined here)
from .gazetteer import Gazetteer, haversine_km, load_gazetteer
from .normalise import ar_clitic_forms, has_arabic, loose_key, normalise, settlement_name, without_head
from .place import AREA_KINDS, REGION_KINDS, Context, Place, Resolution, precision_for  # noqa: F401
from .service import TRANSIENT_NOTE, offline_from_env  # noqa: F401 (were defined here)
from .variants import arabic_variants, quick_variants
from .relations import midpoint, relation_point, split_pair, split_part, split_relation

if TYPE_CHECKING:
    from .fallback import Fallback
    from .mentions import PlaceMention

MAX_NAME_CHARS = 300
TOWN_KINDS = frozenset({"city", "town", "village", "hamlet"})
BESIDE_TOWN_KINDS = frozenset({"airport", "air base", "port", "oil terminal"})
BESIDE_KM = 25.0  # a town this close to a facility of its name is the town beside it
FUZZY_GAP = 3.0  # two different places this close in score: too ambiguous for fuzzy
DEFAULT_CONTEXT = Context()

KIND_WEIGHT = {
    "city": 10, "town": 8, "country": 7, "district": 7, "neighbourhood": 6, "airport": 6,
    "air base": 6, "oil terminal": 6, "oil field": 6, "refinery": 5, "port": 5,
    "border crossing": 5, "military camp": 5, "village": 5, "admin1": 5, "region": 4,
    "wadi": 4, "road": 4, "landmark": 4, "hamlet": 3,
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")
_COMMA = re.compile(r"\s*[،,]\s*")
# "Tripoli's seaport", "Zawiya's al-Harsha": a place named with the place that holds it
_POSSESSIVE = re.compile(r"^(?P<owner>[^\W\d_][\w\s\-]*?)['’]s\s+(?P<part>.+)$")
# Leftovers that are words of grammar, not names: a lone clitic or article.
_NOT_NAMES = frozenset({"و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "كال",
                        "al", "el", "the", "of", "in", "at"})


def check_name(name: object) -> str:
    """The name as text, or BadPlaceName for what is not a place name at all."""
    if isinstance(name, (bytes, bytearray, memoryview)):
        raise BadPlaceName("place name must be text, not bytes: decode it (e.g. as UTF-8) first")
    if not isinstance(name, str):
        raise BadPlaceName(f"place name must be text, not {type(name).__name__}")
    if len(name) > MAX_NAME_CHARS:
        raise BadPlaceName(
            f"place name is {len(name)} characters long; place names have at most "
            f"{MAX_NAME_CHARS} (was a whole text passed? use find_places for text)"
        )
    if not name.strip():
        raise BadPlaceName("empty place name: give a name such as 'Tripoli' or 'طرابلس'")
    return name


class Resolver:
    """Place names to Places. Thread-compatible for reads; memoises answers per name."""

    def __init__(self, gazetteer: Gazetteer | None = None, fallback: Fallback | None = None,
                 offline: bool = False, *, memo_size: int = 200_000,
                 find_abroad: bool | None = None) -> None:
        self._gaz = gazetteer
        # find_places also reports places abroad (Tunis, Geneva, مصر) with their country;
        # None: geo.mentions.FIND_ABROAD decides (on)
        self.find_abroad = find_abroad
        self._fallback = fallback
        self.offline = offline
        self._memo: dict = {}
        self._memo_size = memo_size
        self._fuzzy: FuzzyIndex | None = None
        self._scanner = None  # geo.mentions._Scanner, built on the first find_places

    def over(self, gazetteer: Gazetteer) -> Resolver:
        """A resolver like this one (fallback, offline, abroad setting) over another gazetteer
        (the same places with an analyst's aliases added: geo.user_aliases)."""
        return Resolver(gazetteer, self._fallback, self.offline, memo_size=self._memo_size,
                        find_abroad=self.find_abroad)

    # -- parts, built lazily -----------------------------------------------------------

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_gazetteer()
        return self._gaz

    @property
    def fuzzy(self) -> FuzzyIndex:
        if self._fuzzy is None:
            gaz = self.gazetteer
            # one per gazetteer, shared by every resolver over it
            index = gaz.__dict__.get("_fuzzy_index")
            if index is None:
                index = gaz.__dict__["_fuzzy_index"] = FuzzyIndex(gaz)
            self._fuzzy = index
        return self._fuzzy

    def _fallback_for(self, offline: bool) -> Fallback | None:
        if self._fallback is None:
            if offline:
                return None  # don't even open a cache file for a resolver that stays local
            from .fallback import Fallback

            self._fallback = Fallback()
        return self._fallback

    # -- resolve -----------------------------------------------------------------------

    def resolve(self, name: str, context: Context | None = None, *,
                offline: bool | None = None) -> Resolution:
        """The best place for ``name``; unresolved (place None, with a note) when none.

        Raises BadPlaceName for non-text, empty or over-long names."""
        memo_key = (name, context, offline)
        try:
            hit = self._memo.get(memo_key)
        except TypeError:  # unhashable (a list for a name, nearby as a list): no memo
            hit, memo_key = None, None
        if hit is not None:
            return hit
        off = self.offline if offline is None else offline
        res = self._resolve(check_name(name), context or DEFAULT_CONTEXT, off)
        # A service that failed may answer later: only lasting answers are memoised.
        if memo_key is not None and not res.note.startswith(TRANSIENT_NOTE):
            if len(self._memo) >= self._memo_size:
                self._memo.clear()
            self._memo[memo_key] = res
        return res

    def _resolve(self, name: str, context: Context, offline: bool) -> Resolution:
        text = _CONTROL.sub("", name).strip()
        if not _LETTER.search(text):
            return Resolution(query=name, place=None, note="no letters in the name")
        # A name that merely starts like a relation ("غرب ليبيا" is Tripolitania) is a name.
        key = normalise(text)
        relation = None
        if key not in self.gazetteer.exact:
            pair = split_pair(text)
            if pair:
                return self._resolve_pair(name, pair, context)
            relation, rest = split_relation(text)
            if relation:
                text, key = rest, normalise(rest)
        asked = text  # what a geocoding service gets: the name with its parent, if any
        parent_part = None
        pos = _POSSESSIVE.match(text) if context.parent is None else None
        if pos and not self._local_ids(key, fuzzy=False)[0]:  # "Ra's Ajdir town" is no possessive
            joined = f"{pos['owner']} {pos['part']}"
            if self._local_ids(normalise(joined))[1] == "gazetteer":
                text = joined  # "Tripoli international airport" is in the table
            else:
                text, parent_part = pos["part"], pos["owner"]
            key = normalise(text)
        if ("," in text or "،" in text) and context.parent is None and parent_part is None:
            parts = _COMMA.split(text)
            if len(parts) >= 2 and all(parts[:2]):
                text, parent_part = parts[0], parts[1]
                key = normalise(text)
        if not key or key in _NOT_NAMES or len(key.replace(" ", "")) < 2:
            return Resolution(query=name, place=None, note="too short to be a place name")
        parent = None
        if parent_part:
            parent = self.resolve_local(parent_part, context)
            if parent is not None:
                context = replace(context, parent=parent.id)
        ids, method, score = self._local_ids(key, fuzzy=False)
        if not ids:
            # "حي شيحا", "المدخل الغربي لدرنة", "As Sabiri al Gharbi": a head word, an
            # entrance or a side of a place the table has, before any fuzzy guess
            part = split_part(text)
            if part is not None:
                ids, method, score = self._local_ids(normalise(part[1]), fuzzy=False)
                if ids:
                    relation = part[0] or relation
        if not ids:
            lkey = loose_key(key)  # the stages before fuzzy found nothing: only fuzzy is left
            if len(lkey) >= 3 and len(lkey) >= 0.6 * len(key.replace(" ", "")):
                ids, method, score = self._fuzzy_ids(lkey)
        if ids:
            return self._choose(name, ids, context, method, score, relation)
        if parent is not None:
            # "مسجد الصحابة، وسط درنة": a spot the table lacks, in a place it has
            return Resolution(query=name, place=parent, candidates=(parent,),
                              precision=precision_for(parent, "part of"), method="gazetteer",
                              confidence=0.5, note=f"relation: part of; {text!r} is not in the "
                              f"gazetteer: the point of {parent.name_en}, which the name gives")
        fb = self._fallback_for(offline)
        if fb is None:
            return Resolution(query=name, place=None,
                              note="not in the gazetteer (offline: no geocoding service asked)")
        res = fb.geocode(asked, offline=offline)
        if res.place is not None:
            prec = precision_for(res.place, relation)
            res = replace(res, query=name, precision=prec)
        else:
            res = replace(res, query=name)
        return res

    def resolve_local(self, name: str, context: Context | None = None) -> Place | None:
        """The best gazetteer place for ``name`` or None; never asks the fallback."""
        key = normalise(name)
        ids = self._local_ids(key)[0] if key else ()
        if not ids:
            part = split_part(name)  # "وسط درنة" given as the parent of a spot
            ids = self._local_ids(normalise(part[1]), fuzzy=False)[0] if part else ()
        if not ids:
            return None
        return self.rank(ids, context or DEFAULT_CONTEXT)[0][1]

    def _local_ids(self, key: str, fuzzy: bool = True) -> tuple[tuple[str, ...], str, float]:
        gaz = self.gazetteer
        ids = gaz.exact.get(key)
        if ids:
            return ids, "gazetteer", 100.0
        if has_arabic(key):
            words = key.split(" ")
            for form, _ in ar_clitic_forms(words[0])[1:]:
                ids = gaz.exact.get(" ".join([form, *words[1:]]))
                if ids:
                    return ids, "gazetteer", 99.0
        town = settlement_name(key)
        if town:  # "Tripoli city" is Tripoli, never "Tripoli <facility>" of the bare-name table
            ids, method, score = self._local_ids(town, fuzzy)
            if ids:
                return ids, method, score - 1
        lkey = loose_key(key)
        # folding must not shrink a name to nothing ("Zzzqqq" folds to "zk")
        plausible = len(lkey) >= 3 and len(lkey) >= 0.6 * len(key.replace(" ", ""))
        ids = gaz.loose.get(lkey) if plausible else None
        if ids:
            return ids, "gazetteer", 97.0
        ids = self._variant_ids(key, lkey) if plausible else ()
        if ids:
            return ids, "gazetteer", 96.0
        # "الشرارة" for "حقل الشرارة", "Benina" for "Benina airport" (only when the
        # name itself is unknown, so طرابلس never becomes Tripoli's airport)
        ids = gaz.bare.get(key) or gaz.bare.get(without_head(key) or "\0")
        if ids:
            return ids, "gazetteer", 95.0
        if not (plausible and fuzzy):
            return (), "", 0.0
        return self._fuzzy_ids(lkey)

    def _fuzzy_ids(self, lkey: str) -> tuple[tuple[str, ...], str, float]:
        """The misspelt-name stage alone (rapidfuzz on the loose key)."""
        gaz = self.gazetteer
        matches = self.fuzzy.matches(lkey)
        if not matches:
            return (), "", 0.0
        best_key, best = matches[0]
        best_ids = tuple(i for i in gaz.loose[best_key] if _fuzzy_target(gaz.places[i]))
        out = list(best_ids)
        for k, s in matches[1:]:
            if best - s > FUZZY_GAP:
                break
            other = [i for i in gaz.loose[k] if i not in out and _fuzzy_target(gaz.places[i])]
            if other and not self._same_place(best_ids, other):
                # Two different places about equally close: keep both and let the
                # context decide, at a lower confidence.
                out.extend(other)
                best -= 5
        return tuple(out), "fuzzy", best

    def _variant_ids(self, key: str, lkey: str) -> tuple[str, ...]:
        """Places one of whose generated spellings (geo/variants.py) this name is."""
        gaz = self.gazetteer
        variant = getattr(gaz, "variant", {})
        if has_arabic(key):
            for v in arabic_variants(key):
                if v in gaz.exact:
                    return gaz.exact[v]
            return ()
        ids = variant.get(lkey)
        if ids:
            return ids
        for lk in quick_variants(lkey):  # on the loose key: plain string edits, no regex
            ids = gaz.loose.get(lk) or variant.get(lk)
            if ids:
                return ids
        return ()

    def _same_place(self, a: Iterable[str], b: Iterable[str]) -> bool:
        places = self.gazetteer.places
        pa = [places[i] for i in a]
        return all(any(haversine_km(p.lat, p.lon, q.lat, q.lon) < 15 for p in pa)
                   for q in (places[i] for i in b))

    # -- ranking -----------------------------------------------------------------------

    def rank(self, ids: Sequence[str], context: Context) -> list[tuple[float, Place]]:
        """Candidates best first, each with a score (higher is better)."""
        gaz = self.gazetteer
        places = gaz.places
        if len(ids) == 1:  # nothing to choose between (most names): skip the scoring
            return [(0.0, places[ids[0]])]
        scored = [(sum(v for _, v in parts), p) for p, parts in self.score_parts(ids, context)]
        scored.sort(key=lambda sp: -sp[0])
        return scored

    def score_parts(self, ids: Sequence[str], context: Context) -> list[tuple[Place, list[tuple[str, float]]]]:
        """Each candidate with the parts of its score, named (what ``rank`` adds up and
        ``marsad geocode --explain`` shows)."""
        gaz = self.gazetteer
        places = gaz.places
        parent = self._parent_place(context)
        nearby = [places[i] for i in context.nearby if i in places]
        # A district or region named like a town among the candidates: the reader means
        # the town (مرزق is Murzuq the town before Murzuq the shabiyah).
        has_point = any(places[i].kind not in REGION_KINDS for i in ids)
        # A town and a facility beside it share a bare name (Waw al Kabir and its
        # airstrip): the bare name is the town; "مطار"/"airport" in the name finds the
        # facility by its own name, where the town is no candidate.
        towns = [places[i] for i in ids if places[i].kind in TOWN_KINDS]
        out = []
        for pid in ids:
            p = places[pid]
            parts = [("kind " + p.kind, float(KIND_WEIGHT.get(p.kind, 4)))]
            if p.country == context.country:
                parts.append((f"in {context.country}", 100.0))
            if pid in gaz.curated or p.source == FOREIGN_SOURCE:
                parts.append(("the team's own row", 15.0))
            if p.population:
                parts.append((f"population {p.population:,}", min(math.log10(p.population), 7.0)))
            if has_point and p.kind in REGION_KINDS:
                parts.append(("a region where a town of the name exists", -20.0))
            if p.kind in BESIDE_TOWN_KINDS and any(
                    haversine_km(p.lat, p.lon, t.lat, t.lon) <= BESIDE_KM for t in towns):
                parts.append(("a facility where a town of the name exists", -20.0))
            if parent is not None:
                parts.append((f"given with {parent.name_en}", self._parent_bonus(p, parent)))
            if nearby:
                parts.append(("near places named in the report", self._nearby_bonus(p, nearby)))
            out.append((p, [(k, v) for k, v in parts if v]))
        return out

    def _parent_place(self, context: Context) -> Place | None:
        if not context.parent:
            return None
        p = self.gazetteer.places.get(context.parent)
        if p is not None:
            return p
        key = normalise(context.parent)
        ids, _, _ = self._local_ids(key) if key else ((), "", 0.0)
        if not ids:
            return None
        return self.rank(ids, replace(context, parent=None))[0][1]

    def _ancestors(self, p: Place) -> list[str]:
        out, seen = [], set()
        places = self.gazetteer.places
        while p.parent and p.parent not in seen and len(out) < 6:
            out.append(p.parent)
            seen.add(p.parent)
            nxt = places.get(p.parent)
            if nxt is None:
                break
            p = nxt
        return out

    def _parent_bonus(self, p: Place, parent: Place) -> float:
        if parent.kind == "country":
            return 120 if p.country == parent.country else -50
        if p.id == parent.id:
            return -20  # "Tripoli, Tripoli" names something inside Tripoli, not itself
        if parent.id in self._ancestors(p):
            return 60
        if p.admin1 and (p.admin1 == parent.admin1 or
                         (parent.kind == "admin1" and p.admin1 == parent.name_en)):
            return 40
        d = haversine_km(p.lat, p.lon, parent.lat, parent.lon)
        return 30 * max(0.0, 1 - d / 60)

    def _nearby_bonus(self, p: Place, nearby: list[Place]) -> float:
        best = 0.0
        ancestors = self._ancestors(p)
        for q in nearby:
            if q.id == p.id:
                # named before in the report, unmistakably ("ميناء السدرة", then "السدرة")
                best = max(best, 40.0)
                continue
            if q.kind == "country":
                continue
            if q.id in ancestors or p.id in self._ancestors(q):
                best = max(best, 40.0)
                continue
            if q.kind in REGION_KINDS or p.kind in REGION_KINDS:
                # a country or district centre says nothing by distance, only by membership
                if q.kind == "admin1" and p.admin1 and p.admin1 == q.name_en:
                    best = max(best, 25.0)
                elif p.kind == "admin1" and q.admin1 == p.name_en:
                    best = max(best, 25.0)
                continue
            d = haversine_km(p.lat, p.lon, q.lat, q.lon)
            best = max(best, 35 * max(0.0, 1 - d / 150))
        return best

    def margin(self, ranked: list[tuple[float, Place]]) -> float:
        """How far the best candidate leads the first one that is a different place (not
        the same town as a district of its name, nor a point within 15 km)."""
        if not ranked:
            return 0.0
        top, best = ranked[0]
        for s, p in ranked[1:]:
            # Candidates come from one name lookup, so they share a name already.
            if (p.kind in REGION_KINDS) != (best.kind in REGION_KINDS):
                continue  # Murzuq the town and Murzuq the district: one answer, two scales
            if haversine_km(p.lat, p.lon, best.lat, best.lon) < 15 and p.kind not in REGION_KINDS:
                continue
            return top - s
        return 100.0

    def _choose(self, query: str, ids: tuple[str, ...], context: Context, method: str,
                match_score: float, relation: str | None) -> Resolution:
        ranked = self.rank(ids, context)
        top_score, best = ranked[0]
        base = 0.95 if best.id in self.gazetteer.curated else 0.85
        if method == "fuzzy":
            base *= match_score / 100 * 0.9
        elif match_score < 100:
            base *= 0.95
        margin = self.margin(ranked)
        if margin < 40:
            base *= 0.55 + 0.45 * margin / 40
        note, lat, lon = "", None, None
        if relation:
            lat, lon, how = relation_point(relation, best.lat, best.lon, best.name_en)
            note = f"relation: {relation}; point: {how}"
            if (lat, lon) == (best.lat, best.lon):
                lat = lon = None
        return Resolution(
            query=query, place=best, candidates=tuple(p for _, p in ranked),
            precision=precision_for(best, relation), method=method,
            confidence=round(min(base, 0.99), 3), note=note, lat=lat, lon=lon,
        )

    def _resolve_pair(self, query: str, pair: tuple[str, str, str], context: Context) -> Resolution:
        """"between Ajdabiya and Brega", "the Tripoli–Misrata road": the midpoint of the two
        places (on the straight line between them), precision 2, anchored on the first."""
        relation, a_name, b_name = pair
        a = self.resolve_local(a_name, context)
        b = self.resolve_local(b_name, replace(context, nearby=(a.id,)) if a else context)
        if a is None and b is None:
            return Resolution(query=query, place=None, note=f"{relation}: neither {a_name!r} nor {b_name!r} is known")
        if a is None or b is None:
            known = a or b
            return Resolution(query=query, place=known, candidates=(known,),
                              precision=precision_for(known, relation), method="gazetteer",
                              confidence=0.5, note=f"{relation}: only {known.name_en} is known; its point")
        lat, lon = midpoint((a.lat, a.lon), (b.lat, b.lon))
        what = "the road" if relation == "road between" else "the stretch"
        return Resolution(
            query=query, place=a, candidates=(a, b), precision=precision_for(a, relation),
            method="gazetteer", confidence=0.7, lat=lat, lon=lon,
            note=(f"relation: {relation} {a.name_en} and {b.name_en}; point: midpoint of "
                  f"{what} between them ({haversine_km(a.lat, a.lon, b.lat, b.lon):.0f} km apart)"),
        )

    # -- running text ------------------------------------------------------------------

    def find_places(self, text: str, context: Context | None = None) -> list[PlaceMention]:
        """Place mentions in a report's text, resolved jointly (see geo.mentions)."""
        from .mentions import find_places

        return find_places(self, text, context or DEFAULT_CONTEXT)


_DEFAULT: Resolver | None = None


def default_resolver() -> Resolver:
    """The process-wide resolver: the installed gazetteer, Nominatim as fallback, offline
    when MARSAD_OFFLINE=1."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Resolver(offline=offline_from_env())
    return _DEFAULT


def resolve(name: str, context: Context | None = None, *, offline: bool | None = None) -> Resolution:
    """Resolve one place name with the default resolver (see Resolver.resolve)."""
    return default_resolver().resolve(name, context, offline=offline)
