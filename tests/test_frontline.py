"""Issue 10: the front-line view — the last N days' events drawn bold over older ones, which fade
with age — in the page's URL, and drawn so in a real headless Chromium."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard import export
from dashboard.mapview import build_map, front_line
from dashboard.synthetic import synthetic_events


def events() -> pd.DataFrame:
    df = synthetic_events(60, seed=11)
    # Sixty days of events, one a day, ending 2019-06-30.
    df["event_date"] = pd.date_range(end="2019-06-30", periods=len(df), freq="D").astype("datetime64[ns]")
    return df


def test_the_clock_counts_back_from_the_last_day():
    fade = front_line(events(), 7)
    assert (fade["endIso"], fade["startIso"], fade["days"]) == ("2019-06-30", "2019-06-24", 7)
    assert front_line(events().assign(event_date=pd.NaT), 7) is None
    m = build_map(events(), view="frontline", days=7)
    assert m.marsad_events.data["fade"]["days"] == 7
    assert "fade" not in build_map(events()).marsad_events.data


@pytest.mark.browser
def test_recent_events_bold_older_ones_faded_in_chromium(chromium, tmp_path: Path):
    from tests import browser

    df = events()
    placed = df[df["latitude"].notna()]
    recent = int((placed["event_date"] >= pd.Timestamp("2019-06-24")).sum())
    page = tmp_path / "frontline.html"
    page.write_text(export.export_html(df, None, None, view="frontline", days=7), encoding="utf-8")
    with export.headless_chromium(1200, 800) as driver:
        driver.get(page.as_uri())
        counts = browser.wait_for(lambda: driver.execute_script("""
            const r = document.querySelectorAll('path.marsad-recent').length;
            const f = document.querySelectorAll('path.marsad-faded').length;
            return r + f > 0 ? [r, f] : null;"""), 30, "the front-line markers")
        note = driver.execute_script("return document.body.innerText")
        opacities = driver.execute_script("""
            const o = s => Array.from(document.querySelectorAll(s)).map(p => +p.getAttribute('fill-opacity'));
            return [Math.min(...o('path.marsad-recent')), Math.max(...o('path.marsad-faded'))];""")
    assert counts == [recent, len(placed) - recent]
    assert opacities[0] > opacities[1]  # every recent marker stronger than any older one
    assert "2019-06-24 – 2019-06-30" in note and "fade with age" in note


def test_the_view_and_its_days_are_in_the_link(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.browser import sample_store
    from tests.test_app import APP, TIMEOUT

    monkeypatch.setenv("MARSAD_DB", str(sample_store(tmp_path / "marsad.sqlite")))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update({"view": "frontline", "days": "3"})
    at.run(timeout=TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    assert at.radio(key="m_view").value == "frontline" and at.number_input(key="m_days").value == 3
    assert at.query_params["view"] in ("frontline", ["frontline"]) and at.query_params["days"] in ("3", ["3"])
