"""The districts view: Natural Earth's polygons built into the project by its own script, events
counted by where they are, classes and colours, and the choropleth in a real browser showing
the counts of the filtered events."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from dashboard import choropleth, districts, mapview
from tests import browser
from tests.conftest import shared_file

ISO_OF = {"Tripoli": "LY-TN", "Benghazi": "LY-BA", "Misrata": "LY-MI", "Murzuq": "LY-MQ", "Sirte": "LY-SR"}


def iso_at(lat: float, lon: float) -> str | None:
    i = int(districts.district_index(np.array([lat]), np.array([lon]))[0])
    return districts.load_districts()["features"][i]["properties"]["iso"] if i >= 0 else None


def test_the_shipped_file_is_what_the_script_builds_from_natural_earth():
    built = districts.build_districts(shared_file("naturalearth_admin1_libya.geojson"))
    shipped = json.loads(districts.DISTRICTS_PATH.read_text(encoding="utf-8"))
    assert built == shipped
    assert len(shipped["features"]) == 22 and "Natural Earth" in shipped["source"]
    assert all(not f["properties"]["name_ar"].startswith(districts.ARABIC_PREFIXES) for f in shipped["features"])


def test_each_of_the_gazetteers_22_districts_falls_in_exactly_one_polygon():
    data = districts.load_districts()
    named = [a for f in data["features"] for a in f["properties"]["admin1_in"]]
    assert len(named) == len(set(named)) == 22
    # The older layout's polygons that stand for a differently named district today.
    by_iso = {f["properties"]["iso"]: f["properties"]["admin1_in"] for f in data["features"]}
    assert by_iso["LY-TN"] == ["Tripoli"] and by_iso["LY-QB"] == ["Derna"] and by_iso["LY-AJ"] == ["Al Wahat"]


@pytest.mark.parametrize("name,lat,lon,iso", [
    ("Tripoli", 32.8872, 13.1913, "LY-TN"), ("Benghazi", 32.1167, 20.0667, "LY-BA"),
    ("Murzuq", 25.9155, 13.9184, "LY-MQ"), ("Kufra", 24.18, 23.29, "LY-KF"),
    # On the coast, just outside the coarse 1:10m shoreline: counted for the nearest district.
    ("Derna port", 32.7700, 22.6500, "LY-QB"), ("Ras Lanuf terminal", 30.5100, 18.5700, "LY-SR"),
    ("Rome", 41.9, 12.5, None), ("Tunis", 36.8, 10.18, None)])
def test_points_land_in_the_right_district(name, lat, lon, iso):
    assert iso_at(lat, lon) == iso, name


def test_counts_and_fatalities_per_district_and_those_outside():
    df = pd.DataFrame({"latitude": [32.8872, 32.89, 32.1167, 41.9, None],
                       "longitude": [13.1913, 13.20, 20.0667, 12.5, None],
                       "fatalities": [5, None, 2, 7, 1]})
    counts = districts.district_counts(df).set_index("iso")
    assert counts.loc["LY-TN", "events"] == 2 and counts.loc["LY-TN", "fatalities"] == 5
    assert counts.loc["LY-BA", "events"] == 1 and counts.loc["LY-BA", "fatalities"] == 2
    assert counts["events"].sum() == 3 and counts.attrs["outside"] == 1
    empty = districts.district_counts(df.iloc[0:0])
    assert len(empty) == 22 and empty["events"].sum() == 0


def test_classes_run_from_pale_to_dark_and_zero_stays_grey():
    values = [0, 1, 2, 3, 5, 8, 13, 40]
    breaks = districts.class_breaks(values)
    assert breaks == sorted(set(breaks)) and breaks[-1] == 40 and len(breaks) <= 5
    assert districts.class_colour(0, breaks) == districts.ZERO_COLOUR
    assert districts.class_colour(40, breaks) == districts.CLASS_COLOURS[-1]
    assert districts.class_colour(1, breaks) == districts.CLASS_COLOURS[0]
    assert districts.class_breaks([0, 0]) == []
    assert districts.class_colour(9, [9]) == districts.CLASS_COLOURS[-1]  # one class: the darkest


def test_the_districts_map_carries_counts_and_no_event_points():
    df = pd.DataFrame({"latitude": [32.8872, 32.1167], "longitude": [13.1913, 20.0667], "fatalities": [5, 0]})
    m = mapview.build_map(df, view="districts", metric="fatalities")
    assert m.marsad_events is None
    data = m.marsad_districts.data
    assert data["counts"]["LY-TN"] == {"events": 1, "fatalities": 5, "colour": districts.CLASS_COLOURS[-1]}
    assert data["counts"]["LY-BA"]["colour"] == districts.ZERO_COLOUR  # nobody killed there
    page = m.get_root().render()
    assert "MarsadEvents" not in page and "marsadDistricts" in page
    with pytest.raises(ValueError):
        choropleth.choropleth_payload(df, "wounded")


# ---------------------------------------------------------------- in the real browser

DISTRICTS_JS = """
const c = document.querySelector('.leaflet-container');
if (!c || !window.marsadDistricts) return null;
const fills = {};
for (const p of c.querySelectorAll('path.marsad-district')) {
  const iso = Array.from(p.classList).find(k => /^marsad-district-LY-/.test(k));
  fills[iso.replace('marsad-district-', '')] = p.getAttribute('fill');
}
return {view: c.getAttribute('data-marsad-view'), metric: c.getAttribute('data-marsad-metric'),
        counts: window.marsadDistricts, fills: fills, points: c.querySelectorAll('path.marsad-event').length};
"""


@pytest.mark.browser
def test_in_the_browser_the_choropleth_shows_the_filtered_counts(tmp_path, chromium):
    from dashboard.filters import Filters
    from events.store import Store

    db = browser.sample_store(tmp_path / "marsad.sqlite")
    with Store(db) as s:
        everything = s.events_frame()
    with browser.AppServer(db) as app, browser.chromium_browser(1400, 1000) as driver:
        for query, filters, metric in (("?view=districts&type=Battles", Filters(event_types=("Battles",)), "events"),
                                       ("?view=districts&shade=fatalities", Filters(), "fatalities")):
            expected = districts.district_counts(filters.apply(everything)).set_index("iso")
            breaks = districts.class_breaks(expected[metric].to_numpy())
            browser.open_page(driver, app.url + query)
            with browser.in_map_frame(driver):
                shown = browser.wait_for(lambda: driver.execute_script(DISTRICTS_JS), 60, "the districts")
            assert shown["view"] == "districts" and shown["metric"] == metric and shown["points"] == 0
            assert len(shown["fills"]) == 22
            for iso, row in expected.iterrows():
                assert shown["counts"][iso]["events"] == row["events"], iso
                assert shown["counts"][iso]["fatalities"] == row["fatalities"], iso
                assert shown["fills"][iso] == districts.class_colour(row[metric], breaks), iso
            assert expected["events"].sum() > 0
        # The same filtered state as points: the choropleth is gone, the markers are back.
        browser.open_page(driver, app.url + "?type=Battles")
        assert browser.events_drawn(driver) == int(Filters(event_types=("Battles",)).apply(everything)
                                                   ["latitude"].notna().sum())


@pytest.mark.browser
def test_a_snapshot_png_of_the_districts_view_shows_the_shading(chromium):
    import io

    from PIL import Image

    from dashboard import export

    df = pd.DataFrame({"latitude": [32.8872] * 9 + [32.1167], "longitude": [13.1913] * 9 + [20.0667],
                       "fatalities": [1] * 10, "event_date": ["2019-04-06"] * 10})
    png = export.export_png(df, None, None, width=900, height=700, view="districts")
    image = Image.open(io.BytesIO(png)).convert("RGB")
    darkest = tuple(int(districts.CLASS_COLOURS[-1][i:i + 2], 16) for i in (1, 3, 5))
    # Tripoli's district (9 events) in the darkest class, blended a little by the fill opacity.
    near = int((np.abs(np.asarray(image, dtype=int) - np.array(darkest)).max(axis=2) < 40).sum())
    assert near > 50
