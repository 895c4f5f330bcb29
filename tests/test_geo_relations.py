"""Names that are not single places: a relation, a distance and bearing, two places."""
from __future__ import annotations

import pytest

from geo import PRECISION_NEAR, PRECISION_REGION, Resolver, load_gazetteer
from geo.gazetteer import haversine_km
from geo.relations import midpoint, offset_point, split_pair


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(gazetteer=load_gazetteer(), offline=True)


def test_offset_and_midpoint_geometry():
    lat, lon = offset_point(31.2, 16.6, 30, 270)
    assert haversine_km(31.2, 16.6, lat, lon) == pytest.approx(30, abs=0.05)
    assert lon < 16.6 and abs(lat - 31.2) < 0.01  # due west
    mid = midpoint((30.0, 20.0), (31.0, 20.0))
    assert mid == pytest.approx((30.5, 20.0), abs=1e-4)


@pytest.mark.parametrize("name, anchor, km_from_anchor, how", [
    ("30 km west of Sirte", "sirte", 30, "bearing 270"),
    ("على بعد 50 كم جنوب سبها", "sabha", 50, "bearing 180"),
    ("off the coast of Sirte", "sirte", 0, "no distance given"),
    ("قبالة سواحل زوارة", "zuwara", 0, "no distance given"),
    ("the outskirts of Gharyan", "gharyan", 0, "no distance given"),
    ("south of Tripoli", "tripoli", 0, "no distance given"),
])
def test_a_relation_gives_precision_2_and_says_how(resolver, name, anchor, km_from_anchor, how):
    res = resolver.resolve(name)
    assert res.place.id == anchor and res.precision == PRECISION_NEAR
    d = haversine_km(res.latitude, res.longitude, res.place.lat, res.place.lon)
    assert d == pytest.approx(km_from_anchor, abs=0.1)
    assert how in res.note
    assert res.to_dict()["latitude"] == res.latitude


@pytest.mark.parametrize("name, a, b, rel", [
    ("between Ajdabiya and Brega", "ajdabiya", "brega", "between"),
    ("بين أجدابيا والبريقة", "ajdabiya", "brega", "between"),
    ("the Tripoli–Misrata road", "tripoli", "misrata", "road between"),
    ("الطريق بين زليتن والخمس", "zliten", "khoms", "road between"),
])
def test_two_places_give_their_midpoint(resolver, name, a, b, rel):
    assert split_pair(name)[0] == rel
    res = resolver.resolve(name)
    pa, pb = (resolver.gazetteer.places[i] for i in (a, b))
    assert res.place.id == a and res.precision == PRECISION_NEAR
    assert (res.latitude, res.longitude) == pytest.approx(midpoint((pa.lat, pa.lon), (pb.lat, pb.lon)))
    assert "midpoint" in res.note


def test_a_road_the_table_has_wins_over_a_midpoint(resolver):
    res = resolver.resolve("طريق طرابلس مصراتة")
    assert res.place.kind == "road" and res.precision == PRECISION_NEAR


def test_regions_stay_precision_3_and_a_village_is_not_its_district(resolver):
    assert resolver.resolve("Jafara").precision == PRECISION_REGION
    village = resolver.resolve("تملوشايت")  # a Nalut village only OSM has
    district = resolver.gazetteer.places["admin1-nalut"]
    assert village.precision == 1 and village.place.admin1 == "Nalut"
    assert haversine_km(village.latitude, village.longitude, district.lat, district.lon) > 10


@pytest.mark.parametrize("name, pid, relation", [
    ("حي شيحا", "shiha-derna", None),  # a head word that names the place itself
    ("the town of Hun", "hun", None),
    ("المدخل الغربي لدرنة", "derna", "entrance of"),
    ("وسط درنة", "derna", "centre of"),
    ("As Sabiri al Gharbi", "sabri", "western part of"),
])
def test_a_part_of_a_known_place(resolver, name, pid, relation):
    res = resolver.resolve(name)
    assert res.place.id == pid
    assert (res.precision == PRECISION_NEAR) == (relation is not None)
    if relation:
        assert f"relation: {relation}" in res.note


def test_a_spot_the_table_lacks_lands_on_the_place_named_with_it(resolver):
    res = resolver.resolve("مسجد الصحابة، وسط درنة")
    assert res.place.id == "derna" and res.precision == PRECISION_NEAR
    assert "not in the gazetteer" in res.note
    assert resolver.resolve("Zzzqqq Xyz, Nowhere").place is None


@pytest.mark.parametrize("name, place_id", [
    ("Tripoli city", "tripoli"),  # UCDP GED writes "Tripoli city"; it was Tripoli's airport, 26 km off
    ("Al ‘Azīzīyah town", "aziziya"),
    ("Gharyān town", "gharyan"),
    ("town of Gharyan", "gharyan"),
    ("Ra’s Ajdīr town", "ras-ajdir"),  # "Ra’s" is no possessive
])
def test_a_settlement_word_after_the_name_means_the_settlement(resolver, name, place_id):
    got = resolver.resolve(name)
    assert got.place is not None and got.place.id == place_id, (name, got.place)


@pytest.mark.parametrize("name, place_id", [
    ("Qaryunus Tourist Village", "gar-younis"),
    ("Gharyan hospital", "gharyan"),
    ("Misrata roundabout", "misrata"),
])
def test_a_spot_named_after_its_place_lands_on_the_place_as_part_of_it(resolver, name, place_id):
    got = resolver.resolve(name)
    assert got.place is not None and got.place.id == place_id and got.precision == PRECISION_NEAR, (name, got)


def test_a_spot_word_after_an_unknown_name_finds_nothing(resolver):
    assert resolver.resolve("Zzqqx hotel").place is None
