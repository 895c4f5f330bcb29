"""Issue 10: time playback — frames of a day or a week, their events on the map, the frame in the
link, Play advancing on its own, and a snapshot of a frame stamped with the frame's dates."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard import playback
from tests import browser
from tests.browser import app, driver  # noqa: F401 - the page served on this module's `store`


def dates(*days: str) -> pd.Series:
    return pd.Series(pd.to_datetime(list(days)))


def test_frames_windows_and_selection():
    d = dates("2019-04-06", "2019-04-06", "2019-05-20", "2019-06-01", "2019-09-19")
    weeks = playback.frames(d, "week")
    assert weeks[0] == date(2019, 4, 1) and weeks[-1] == date(2019, 9, 16) and len(weeks) == 25
    assert playback.window(weeks, 1, "week", upto=False) == (date(2019, 4, 8), date(2019, 4, 14))
    assert playback.window(weeks, 1, "week", upto=True) == (date(2019, 4, 1), date(2019, 4, 14))
    assert playback.window(weeks, 99, "week", upto=False)[1] == date(2019, 9, 22)  # clamped to the last
    days = playback.frames(d, "day")
    assert days[0] == date(2019, 4, 6) and len(days) == (date(2019, 9, 19) - date(2019, 4, 6)).days + 1
    df = pd.DataFrame({"event_date": d, "id": list("abcde")})
    assert list(playback.select(df, date(2019, 4, 1), date(2019, 5, 31))["id"]) == ["a", "b", "c"]
    assert playback.frames(pd.Series([None, None]), "day") == []


def test_the_link_keeps_the_frame():
    ss: dict = {}
    playback.seed({"frame": "2019-05-22", "step": "week", "upto": "1"}, ss)
    assert ss[playback.K_ON] and ss[playback.K_STEP] == "week" and ss[playback.K_UPTO]
    ss[playback.K_FRAME] = 7
    weeks = playback.frames(dates("2019-04-06", "2019-09-19"), "week")
    assert playback.query_params(ss, weeks) == {"frame": "2019-05-20", "step": "week", "upto": "1"}
    playback.seed({"frame": "junk"}, ss)
    assert not ss[playback.K_ON]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return browser.sample_store(tmp_path_factory.mktemp("playback") / "marsad.sqlite")


def caption(driver) -> str:
    from selenium.webdriver.common.by import By

    text = driver.find_element(By.CSS_SELECTOR, "[data-testid=stMain]").text
    m = re.search(r"Playback: (\S+) – (\S+) · (\d+) event", text)
    return m and m.group(0)


@pytest.mark.browser
def test_playback_steps_plays_and_stamps_its_frame(app, driver):
    from selenium.webdriver.common.by import By

    browser.open_page(driver, f"{app.url}?frame=2019-04-06&step=week")
    assert browser.wait_for(lambda: caption(driver), 30, "the playback bar") == \
        "Playback: 2019-04-01 – 2019-04-07 · 2 event"
    assert browser.events_drawn(driver, 2) == 2
    browser.click_button(driver, "Step ▶")
    browser.wait_for(lambda: caption(driver) == "Playback: 2019-04-08 – 2019-04-14 · 0 event", 30, "the next frame")
    assert "frame=2019-04-08" in driver.current_url and "step=week" in driver.current_url

    browser.open_page(driver, f"{app.url}?frame=2019-05-20&step=week")
    browser.wait_for(lambda: caption(driver) == "Playback: 2019-05-20 – 2019-05-26 · 1 event", 30, "the May frame")
    browser.click_button(driver, "▶ Play")
    # It moves on by itself (a frame a second at normal speed) to the week of 1 June.
    browser.wait_for(lambda: caption(driver) == "Playback: 2019-05-27 – 2019-06-02 · 1 event", 30,
                     "playback to advance on its own")
    browser.click_button(driver, "⏸ Pause")
    browser.wait_idle(driver)
    shown = caption(driver)
    lo, hi = re.search(r"(\S+) – (\S+)", shown).groups()
    n = int(re.search(r"(\d+) event", shown).group(1))
    assert browser.events_drawn(driver, n) == n
    browser.click_button(driver, "Snapshot PNG of this view")
    stamp = browser.wait_for(lambda: next((e.text for e in driver.find_elements(By.CSS_SELECTOR, "[data-testid=stImage]")
                                           if "Snapshot" in e.text), None), 120, "the snapshot")
    assert f"dates {lo} – {hi}" in stamp
