"""dashboard.mapview: what the map carries (one packed layer), colours, vague-place circles,
escaping of report text, the legend, bounds and tiles."""
from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest

from dashboard import event_payload, mapview, offline
from dashboard.synthetic import synthetic_events

HOSTILE_EVIDENCE = 'قصف <script>window.__pwned=1</script> {{ 7*7 }} {% if 1 %}x{% endif %}'
HOSTILE_TITLE = '<img src=x onerror="window.__pwned=2">Report'


def hostile_frame() -> pd.DataFrame:
    df = synthetic_events(5, seed=11, unplaced_share=0.0)
    df.loc[0, "evidence"] = HOSTILE_EVIDENCE
    df.loc[0, "report_title"] = HOSTILE_TITLE
    df.loc[0, "report_url"] = "javascript:window.__pwned=3"
    df.loc[1, "location"] = "</script><script>window.__pwned=4</script>"
    return df


def embedded_payload(page: str) -> dict:
    """The events payload as the browser will parse it from the page."""
    match = re.search(r"var D = (\{.*?\});\n", page)
    assert match, "no events payload in the page"
    return json.loads(match.group(1))


def test_one_feature_per_row_with_coordinates():
    df = synthetic_events(800, seed=1, unplaced_share=0.1)
    placed = int((df["latitude"].notna() & df["longitude"].notna()).sum())
    assert placed < len(df)
    m = mapview.build_map(df)
    assert m.marsad_events.count == placed
    decoded = event_payload.decode_payload(m.marsad_events.data)
    assert len(decoded) == placed
    page = m.get_root().render()
    assert embedded_payload(page)["n"] == placed


def test_no_per_marker_python_objects():
    m = mapview.build_map(synthetic_events(3_000, seed=2))

    def walk(el):
        yield el
        for c in el._children.values():
            yield from walk(c)

    kinds = {type(e).__name__ for e in walk(m)}
    assert not kinds & {"Marker", "CircleMarker", "Circle", "Popup"}
    assert len(list(walk(m))) < 10


def test_coordinates_survive_packing():
    df = synthetic_events(500, seed=4, unplaced_share=0.0)
    decoded = event_payload.decode_payload(event_payload.events_payload(df))
    # ~25 m steps across Libya's box: well under a thousandth of a degree
    assert np.abs(decoded["longitude"].to_numpy() - df["longitude"].to_numpy()).max() < 1e-3
    assert np.abs(decoded["latitude"].to_numpy() - df["latitude"].to_numpy()).max() < 1e-3
    assert (decoded["event_type"].to_numpy() == df["event_type"].to_numpy()).all()
    assert (decoded["fatalities"].fillna(-1).to_numpy() == df["fatalities"].fillna(-1).to_numpy()).all()


def test_far_away_point_keeps_precision():
    df = synthetic_events(20, seed=5, unplaced_share=0.0)
    df.loc[0, ["latitude", "longitude"]] = [34.4367, 35.8497]  # Tripoli, Lebanon: a geocoding slip
    decoded = event_payload.decode_payload(event_payload.events_payload(df))
    assert abs(decoded.loc[0, "longitude"] - 35.8497) < 1e-4
    assert abs(decoded.loc[5, "latitude"] - df.loc[5, "latitude"]) < 1e-4


def test_colours_by_type():
    assert set(mapview.EVENT_TYPE_COLOURS) == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
        "Strategic developments"}
    assert len(set(mapview.EVENT_TYPE_COLOURS.values())) == 6
    df = synthetic_events(600, seed=6)
    decoded = event_payload.decode_payload(event_payload.events_payload(df))
    for t, colour in zip(decoded["event_type"], decoded["colour"]):
        assert colour == mapview.EVENT_TYPE_COLOURS[t]
    df.loc[df.index[0], "event_type"] = "Something new"
    decoded = event_payload.decode_payload(event_payload.events_payload(df))
    assert event_payload.OTHER_COLOUR in set(decoded["colour"])


def test_vague_places_get_area_circles():
    df = synthetic_events(400, seed=7, unplaced_share=0.0)
    payload = event_payload.events_payload(df)
    decoded = event_payload.decode_payload(payload)
    assert (decoded["geo_precision"].to_numpy() == df["geo_precision"].to_numpy()).all()
    assert {2, 3} <= set(decoded["geo_precision"])
    assert payload["areaRadius"]["2"] < payload["areaRadius"]["3"]
    # a ring is drawn only while it is a useful size: never at street zooms, region rings
    # (40 km) leave before near rings (8 km) do
    assert payload["areaMaxZoom"]["3"] < payload["areaMaxZoom"]["2"] <= 12
    page = mapview.build_map(df).get_root().render()
    assert "L.circle(" in page and "p.g !== 2 && p.g !== 3" in page and "D.areaMaxZoom" in page


def test_report_text_is_never_markup(tmp_path):
    df = hostile_frame()
    m = mapview.build_map(df)
    pages = {"figure": m.get_root().render(), "standalone": offline.standalone_html(mapview.build_map(df))}
    for name, page in pages.items():
        for raw in ("<script>window.__pwned", "<img src=x", "</script><script>", "onerror=\"window"):
            assert raw not in page, f"{raw!r} unescaped in the {name} page"
        assert "49" not in re.findall(r"\d+", HOSTILE_EVIDENCE)  # sanity of the next check
        payload = embedded_payload(page)
        # Jinja never evaluated the report text: it arrives exactly as written
        assert payload["evidence"][0] == HOSTILE_EVIDENCE
        assert payload["reports"][0][0] == HOSTILE_TITLE or HOSTILE_TITLE in [r[0] for r in payload["reports"]]
    # the popup is built with textContent, and only http(s) URLs become links
    assert "innerHTML = legendHtml" in pages["figure"]
    assert ".innerHTML" not in pages["figure"].split("function popupFor")[1].split("// ---- the features")[0]
    assert "/^https?:\\/\\//i.test(url)" in pages["figure"]


def test_st_folium_script_is_escaped_too():
    import streamlit_folium as sf

    m = mapview.build_map(hostile_frame())
    offline.localise(m, copy=False)
    m.get_root().render()
    script = sf._get_map_string(m)
    assert "<script>window.__pwned" not in script and "<img src=x" not in script
    assert HOSTILE_EVIDENCE in json.dumps(embedded_payload(script + "\n"), ensure_ascii=False) or \
        embedded_payload(script + "\n")["evidence"][0] == HOSTILE_EVIDENCE


def test_legend():
    html = mapview.legend_html()
    for t in mapview.EVENT_TYPE_COLOURS:
        assert t.replace("/", "/") in html
    for c in mapview.EVENT_TYPE_COLOURS.values():
        assert c in html
    assert "position:fixed" in html and "position:fixed" not in mapview.legend_html(fixed=False)
    page = mapview.build_map(synthetic_events(10, seed=1)).get_root().render()
    assert "marsad-legend" in page and "Violence against civilians" in page


def test_detail_budget():
    small = event_payload.events_payload(synthetic_events(50, seed=1))
    assert small["detail"] == "full" and len(small["evidence"]) == small["n"] and len(small["ids"]) == small["n"]
    big = event_payload.events_payload(synthetic_events(event_payload.FULL_DETAIL_MAX + 500, seed=1))
    assert big["detail"] == "lite" and "evidence" not in big and "ids" not in big
    forced = event_payload.events_payload(synthetic_events(50, seed=1), detail="lite")
    assert "evidence" not in forced
    with pytest.raises(ValueError):
        event_payload.events_payload(synthetic_events(5), detail="everything")
    df = synthetic_events(10, seed=1)
    df.loc[0, "evidence"] = "x" * 5000
    assert len(event_payload.events_payload(df)["evidence"][0]) <= event_payload.EVIDENCE_CHARS


def test_bounds_and_tiles():
    page = mapview.build_map(synthetic_events(5), bounds=[[32.0, 12.0], [33.0, 14.0]]).get_root().render()
    assert re.search(r"fitBounds\(\s*\[\[32\.0,\s*12\.0\],\s*\[33\.0,\s*14\.0\]\]", page)
    page = mapview.build_map(synthetic_events(5), bounds=[["a", None], [1]]).get_root().render()
    assert re.search(r"fitBounds\(\s*\[\[19\.4,\s*9\.3\],\s*\[33\.3,\s*25\.2\]\]", page)  # Libya
    assert "tile.openstreetmap.org" not in page
    page = mapview.build_map(synthetic_events(5), tiles=True).get_root().render()
    assert "tile.openstreetmap.org" in page


def test_empty_and_odd_frames():
    empty = synthetic_events(0)
    m = mapview.build_map(empty)
    assert m.marsad_events.count == 0
    assert "var D = " in m.get_root().render()
    df = synthetic_events(30, seed=2)
    df["latitude"] = np.nan  # nothing placed
    assert mapview.build_map(df).marsad_events.count == 0
    odd = synthetic_events(30, seed=3).drop(columns=["assoc_actors", "report_url", "injuries"])
    odd["event_date"] = odd["event_date"].dt.strftime("%Y-%m-%d")  # text dates
    assert mapview.build_map(odd).marsad_events.count == int(odd["latitude"].notna().sum())


def test_a_chosen_event_is_found_by_id_and_an_unknown_one_is_ignored():
    df = synthetic_events(50, seed=3)
    layer = mapview.build_map(df, selected=str(df["id"].iloc[7]), event_links=True).marsad_events
    assert layer.data["ids"][layer.selected] == str(df["id"].iloc[7])
    assert layer.links == "true"
    assert mapview.build_map(df, selected="no-such-event").marsad_events.selected == -1
    assert mapview.build_map(df).marsad_events.links == "false"  # exports: no links to a page
