"""Towns beside facilities are separate places: the words choose, a bare name is the town."""
from __future__ import annotations

import pytest

from geo import Resolver, load_gazetteer
from geo.explain import explain


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(gazetteer=load_gazetteer(), offline=True)


@pytest.mark.parametrize("name, kind", [
    ("Hun", "town"), ("هون", "town"), ("قاعدة الجفرة", "air base"), ("Jufra air base", "air base"),
    ("سوق الجمعة", "district"), ("مطار معيتيقة", "airport"),
    ("Brega", "town"), ("Brega oil terminal", "oil terminal"),
    ("Benina", "town"), ("مطار بنينا", "air base"),
    ("Tamanhint", "village"), ("قاعدة تمنهنت", "air base"),
    # OSM's village and the team's airstrip share the bare name
    ("واو الكبير", "village"), ("مطار واو الكبير", "airport"),
])
def test_the_words_choose_between_a_town_and_its_facility(resolver, name, kind):
    assert resolver.resolve(name).place.kind == kind


def test_the_explanation_names_the_rule(resolver):
    why = explain(resolver, "Waw al Kabir")["why"]
    assert "a facility where a town of the name exists" in why
