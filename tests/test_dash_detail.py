"""Issue 10: the event detail panel — every field, each report's evidence marked in its text, how
the place was found (candidates and why), the precision circle — for the event in the link."""
from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import geo
from conftest import SEED
from dashboard.detail import fields_table, place_account
from events.ingest import ingest
from events.store import Store
from tests.test_app import APP, TIMEOUT


@pytest.fixture()
def db(tmp_path, monkeypatch):
    path = tmp_path / "marsad.sqlite"
    with Store(path) as s:
        assert ingest([SEED], s, progress=False).ok
    monkeypatch.setenv("MARSAD_DB", str(path))
    return path


def test_fields_and_the_place_account(db):
    with Store(db) as s:
        ev = s.events_frame().iloc[0]
    table = fields_table(ev)
    assert {"Event id", "Date", "Type", "Place", "Located by", "Killed"} <= set(table["Field"])
    account = place_account(geo.Resolver(offline=True), ev)
    assert account["candidates"] is not None and "✔" in set(account["candidates"][""])
    assert "looked up again in the gazetteer" in account["how"]
    moved = place_account(None, pd.Series({"geocoder": "manual"}))
    assert moved["candidates"] is None and "analyst" in moved["how"]


def test_the_panel_shows_the_linked_event(db):
    with Store(db) as s:
        ev = s.events_frame().iloc[0]
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params["event"] = ev["id"]
    at.run(timeout=TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    heads = [h.value for h in at.subheader]
    assert any(h.startswith(f"Event {ev['id']}") for h in heads), heads
    fields = next(d.value for d in at.dataframe if "Field" in d.value.columns)
    assert ev["id"] in set(fields["Value"])
    assert any("✔" in set(d.value.get("", [])) for d in at.dataframe if "Candidate" in d.value.columns)
    assert any("Precision:" in c.value for c in at.caption)
    # The evidence sentence marked in the report's text (an <mark> carrying the event's reading).
    assert any(ev["evidence"][:30] in h.proto.body and "<mark" in h.proto.body for h in at.get("html"))
