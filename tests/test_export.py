"""Exports of the current view: CSV, GeoJSON, standalone HTML and the PNG snapshot."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from dashboard import export
from tests.browser import XSS_TEXT, sample_store


@pytest.fixture(scope="module")
def frame(tmp_path_factory) -> pd.DataFrame:
    from events.store import Store

    path = sample_store(tmp_path_factory.mktemp("store") / "marsad.sqlite")
    with Store(path) as store:
        return store.events_frame()


def test_csv_has_one_row_per_event_with_the_export_columns(frame):
    data = export.export_csv(frame)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets then read the Arabic as UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(frame) == 5
    header = list(rows[0])
    assert header == [c for c in export.EXPORT_COLUMNS if c in frame.columns]
    assert {"event_date", "event_type", "latitude", "longitude", "fatalities", "evidence"} <= set(header)
    tripoli = next(r for r in rows if r["location"] == "Tripoli")
    assert tripoli["event_date"] == "2019-04-06"
    assert tripoli["location_ar"] == "طرابلس"
    assert float(tripoli["latitude"]) == pytest.approx(32.8872)
    assert tripoli["fatalities"] == "5"
    murzuq = next(r for r in rows if r["location"] == "Murzuq")
    assert murzuq["injuries"] == ""  # unknown stays empty, not 0


def test_csv_defuses_spreadsheet_formulas():
    df = pd.DataFrame({"id": ["a"], "evidence": ['=HYPERLINK("http://evil","x")'], "fatalities": [3]})
    rows = list(csv.DictReader(io.StringIO(export.export_csv(df).decode("utf-8-sig"))))
    assert rows[0]["evidence"].startswith("'=")
    assert rows[0]["fatalities"] == "3"


def test_csv_of_nothing_is_a_header():
    data = export.export_csv(pd.DataFrame(columns=["id", "event_date", "event_type"]))
    assert data.decode("utf-8-sig").strip() == "id,event_date,event_type"


def test_geojson_is_a_feature_collection_with_properties(frame):
    doc = json.loads(export.export_geojson(frame))
    assert doc["type"] == "FeatureCollection"
    assert len(doc["features"]) == len(frame)
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point"
        assert 9 < lon < 26 and 19 < lat < 34  # [lon, lat] order, inside Libya
        props = feature["properties"]
        assert {"event_date", "event_type", "actor1", "fatalities", "report_title"} <= set(props)
        assert "latitude" not in props and "longitude" not in props
        assert isinstance(props["assoc_actors"], list)
    sirte = next(f for f in doc["features"] if f["properties"]["location"] == "Sirte")
    assert sirte["properties"]["report_title"] == XSS_TEXT[:60]
    assert sirte["properties"]["injuries"] is None


def test_geojson_keeps_an_event_without_coordinates_with_null_geometry():
    df = pd.DataFrame({"id": ["x"], "event_type": ["Battles"], "latitude": [None], "longitude": [None],
                       "event_date": [pd.NaT]})
    doc = json.loads(export.export_geojson(df))
    assert doc["features"][0]["geometry"] is None
    assert doc["features"][0]["properties"]["event_date"] is None


def test_bounds_from_st_folium():
    value = {"_southWest": {"lat": 30.1, "lng": 12.0}, "_northEast": {"lat": 33.0, "lng": 16.5}}
    assert export.bounds_from_st_folium(value) == [[30.1, 12.0], [33.0, 16.5]]
    assert export.bounds_from_st_folium({"_southWest": {"lat": None, "lng": None},
                                         "_northEast": {"lat": None, "lng": None}}) is None
    assert export.bounds_from_st_folium(None) is None


def test_stamp_escapes_what_users_typed(frame):
    class Evil:
        date_from = date_to = None

        def describe(self) -> str:
            return 'text "<script>alert(1)</script>"'

    html = export.stamp_html(frame, Evil())
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "5 events" in html and export.TITLE in html
    tripoli_only = [[32.0, 12.5], [33.5, 14.0]]
    assert "1 in this view, of 5 events filtered" in export.stamp_html(frame, None, bounds=tripoli_only)


def test_html_export_is_standalone(frame):
    pytest.importorskip("dashboard.mapview")
    page = export.export_html(frame, None, export.data_bounds(frame))
    assert "leaflet" in page.lower()
    for cdn in ("cdn.jsdelivr.net", "code.jquery.com", "cdnjs.cloudflare.com", "unpkg.com"):
        assert cdn not in page, f"the standalone map still points at {cdn}"
    assert "marsad-stamp" in page


@pytest.mark.browser
def test_png_snapshot_is_a_stamped_map_with_its_legend(frame, chromium, tmp_path):
    pytest.importorskip("dashboard.mapview")
    from PIL import Image, ImageStat

    from dashboard.mapview import EVENT_TYPE_COLOURS

    png = export.export_png(frame, None, export.data_bounds(frame), width=1200, height=800)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    (tmp_path / "snapshot.png").write_bytes(png)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (1200, 800)
    # Not blank: a drawn map varies a lot from pixel to pixel.
    assert max(ImageStat.Stat(image).stddev) > 20
    # The legend (and markers) carry the event types' colours.
    colours = {c for _, c in image.getcolors(maxcolors=1_000_000)}
    for event_type in ("Battles", "Protests"):
        rgb = tuple(int(EVENT_TYPE_COLOURS[event_type].lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
        assert _near(rgb, colours), f"no pixel of {event_type}'s colour {rgb} in the snapshot"


def _near(rgb: tuple[int, int, int], colours: set, tolerance: int = 6) -> bool:
    return any(all(abs(a - b) <= tolerance for a, b in zip(rgb, c)) for c in colours)


def test_png_without_chromium_says_what_to_install(frame, monkeypatch):
    monkeypatch.setattr(export, "CHROMIUM", Path("/nonexistent/chromium"))
    with pytest.raises(export.ExportError, match="chromium"):
        export.export_png(frame, None, None)


def test_stamp_text_is_not_a_template(monkeypatch):
    # The stamp carries user text (the URL's free-text filter); even if it reached the page
    # unaltered, "{{ ... }}" must come out as typed, not be evaluated on the server.
    from dashboard import export
    from dashboard.synthetic import synthetic_events

    monkeypatch.setattr(export, "stamp_html", lambda *a, **k: "<p id=trap>{{ 7*7 }}|{% if true %}RAN{% endif %}</p>")
    html = export.export_html(synthetic_events(5), None, None)
    assert "<p id=trap>{{ 7*7 }}|{% if true %}RAN{% endif %}</p>" in html


def test_the_districts_view_exports_as_a_standalone_map_with_its_own_legend():
    from dashboard.synthetic import synthetic_events

    df = synthetic_events(200, seed=5)
    page = export.export_html(df, None, None, view="districts", metric="fatalities")
    assert "marsadDistricts" in page and "People killed per district" in page
    assert "marsad-legend\" style=\"position:fixed" not in page  # no second, points legend
    assert "cdn." not in page and "unpkg" not in page  # every script inlined
