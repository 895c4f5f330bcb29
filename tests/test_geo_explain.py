"""`marsad geocode --explain` and geo.explain: candidates, their sources, why one won."""
from __future__ import annotations

import json

import pytest

from dashboard.cli import main
from geo import Context, Resolver, load_gazetteer
from geo.explain import explain


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(gazetteer=load_gazetteer(), offline=True)


def test_explain_lists_candidates_with_sources_and_why(resolver):
    e = explain(resolver, "مرزق")
    assert e["chosen"] == "murzuq"
    assert [c["id"] for c in e["candidates"]][:2] == ["murzuq", "admin1-murzuq"]
    assert all(c["source"] and c["score_parts"] for c in e["candidates"])
    assert "a region where a town of the name exists" in e["why"]
    assert e["candidates"][0]["score"] > e["candidates"][1]["score"]


def test_explain_shows_the_context_that_chose(resolver):
    e = explain(resolver, "المنصورة", Context(parent="Tripoli"))
    best = e["candidates"][0]
    assert best["admin1"] == "Tripoli" and "given with Tripoli" in best["score_parts"]
    assert any(c["source"].startswith("OpenStreetMap") for c in e["candidates"])


def test_geocode_explain_on_the_command_line(capsys, monkeypatch):
    monkeypatch.setenv("MARSAD_OFFLINE", "1")
    assert main(["geocode", "--offline", "--explain", "مرزق", "30 km west of Sirte"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["explain"]["chosen"] == "murzuq"
    assert "bearing 270" in rows[1]["explain"]["note"] and rows[1]["precision"] == 2
    assert main(["geocode", "--offline", "--explain", "--format", "table", "Hun"]) == 0
    out = capsys.readouterr().out
    assert "Hun: the only candidate" in out and "[hun, town, Jufra]" in out
