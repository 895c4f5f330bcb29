"""The shipped place tables: ``gazetteer/places.csv`` (curated by the team) and
``gazetteer/open_places.csv`` (built from open data by ``gazetteer/build.py``). Both share
the curated columns; the open table adds ``same_as`` (the curated id a row repeats, whose
spellings it adds), ``name_sources`` and ``point_source`` (where its names and its point
came from)."""
from __future__ import annotations

import csv
import io
from importlib import resources
from pathlib import Path

from .errors import GazetteerError
from .place import KINDS, Place

CSV_HEADER = (
    "id", "name_en", "name_ar", "aliases_en", "aliases_ar", "kind", "lat", "lon",
    "admin1", "parent", "population", "source", "notes",
)
CURATED_FILE = "places.csv"
# The open table's sources (gazetteer/build.py writes them in its ``source`` column)
OSM_SOURCE = "OpenStreetMap (ODbL)"
OURAIRPORTS_SOURCE = "OurAirports (public domain)"
NE_SOURCE = "Natural Earth (public domain)"
OCHA_SOURCE = "OCHA P-codes"
OPEN_SOURCES = frozenset({OSM_SOURCE, OURAIRPORTS_SOURCE, NE_SOURCE, OCHA_SOURCE})
OPEN_FILE = "open_places.csv"


def _table_resource(name: str):
    """Where a table of the `gazetteer` package lives (a Path, or a Traversable in a zip).

    `gazetteer` holds no Python, so it is a namespace package: in an editable install its
    __path__ also holds setuptools' placeholder entry, which is no directory, and
    importlib.resources.files() raises NotADirectoryError. The table beside this code's own
    packages is then the one that ships with it (and when another `gazetteer` on the path lacks
    the file)."""
    try:
        res = resources.files("gazetteer").joinpath(name)
        if res.is_file():
            return res
    except (ModuleNotFoundError, NotADirectoryError, TypeError, ValueError):
        pass
    return Path(__file__).resolve().parent.parent / "gazetteer" / name


def table_text(name: str = CURATED_FILE) -> tuple[str, str]:
    """(CSV text, where it came from). Works from a checkout and when installed."""
    res = _table_resource(name)
    try:
        return res.read_text(encoding="utf-8"), str(res)
    except FileNotFoundError:
        raise GazetteerError(
            f"gazetteer/{name} not found: reinstall marsad or pass a path to load_gazetteer"
        ) from None


def table_stamp(name: str = CURATED_FILE) -> str:
    """Path, size and modification time of a table: the key that keeps a cache honest."""
    try:
        with resources.as_file(_table_resource(name)) as p:
            st = Path(p).stat()
            return f"{p}:{st.st_size}:{st.st_mtime_ns}"
    except Exception:  # noqa: BLE001 - no stamp means no cache, never a failure
        return ""


def _split(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split("|") if a.strip())


def read_places_csv(text: str, where: str = "places.csv") -> list[Place]:
    """Parse the curated table; a malformed row raises GazetteerError naming its line."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = next(reader)
    except StopIteration:
        raise GazetteerError(f"{where} is empty: it needs the header {','.join(CSV_HEADER)}") from None
    header = [h.strip() for h in header]
    missing = [h for h in CSV_HEADER if h not in header]
    if missing:
        raise GazetteerError(f"{where}: header lacks {', '.join(missing)}")
    col = {h: i for i, h in enumerate(header)}
    places: list[Place] = []
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) < len(header):
            row = row + [""] * (len(header) - len(row))
        get = lambda h: row[col[h]].strip()  # noqa: E731
        pid = get("id")
        if not pid:
            raise GazetteerError(f"{where} line {line}: empty id")
        if pid in seen:
            raise GazetteerError(f"{where} line {line}: duplicate id {pid!r}")
        seen.add(pid)
        kind = get("kind")
        if kind not in KINDS:
            raise GazetteerError(f"{where} line {line}: kind {kind!r} is not one of geo.place.KINDS")
        try:
            lat, lon = float(get("lat")), float(get("lon"))
        except ValueError:
            raise GazetteerError(
                f"{where} line {line}: lat/lon {get('lat')!r},{get('lon')!r} are not numbers"
            ) from None
        pop_cell = get("population").replace(",", "").replace("_", "")
        try:
            population = int(float(pop_cell)) if pop_cell else None
        except ValueError:
            raise GazetteerError(f"{where} line {line}: population {pop_cell!r} is not a number") from None
        places.append(Place(
            id=pid, name_en=get("name_en"), name_ar=get("name_ar"), kind=kind, lat=lat, lon=lon,
            aliases=_split(get("aliases_en")) + _split(get("aliases_ar")),
            admin1=get("admin1") or None, parent=get("parent") or None,
            population=population, country="LY", source=get("source") or "curated",
        ))
    return places



def read_open_csv(text: str, where: str = OPEN_FILE) -> list[tuple[Place, str]]:
    """The open table as (place, same_as) pairs: same_as is the curated id the row repeats."""
    places = read_places_csv(text, where)
    rows = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if "same_as" not in (rows.fieldnames or ()):
        raise GazetteerError(f"{where}: header lacks same_as (rebuild it: python -m gazetteer.build)")
    return [(p, (r.get("same_as") or "").strip()) for p, r in zip(places, rows)]
