"""Issue 9 in a real headless Chromium: a correction made on the page is still there after the
report is ingested again (--replace, in another process) and the page is reloaded."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests import browser
from tests.browser import app, driver  # noqa: F401 - the page served on this module's `store`

pytestmark = pytest.mark.browser
SEED_DIR = browser.ROOT / "seeds"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    from events.ingest import ingest
    from events.store import Store

    path = tmp_path_factory.mktemp("corrections") / "marsad.sqlite"
    with Store(path) as s:
        assert ingest([SEED_DIR], s, progress=False).ok
    return path


def frame(store: Path):
    from events.store import Store

    with Store(store, readonly=True) as s:
        return s.events_frame()


def field(driver, label: str):
    from selenium.webdriver.common.by import By

    return browser.wait_for(lambda: driver.find_element(By.CSS_SELECTOR, f"input[aria-label='{label}']"), 30,
                            f"the field {label!r}")


def test_a_correction_on_the_page_survives_reingest_and_reload(app, driver, store):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    df = frame(store)
    target = df[df["fatalities"].isna()].iloc[0]
    eid = target["id"]
    browser.open_page(driver, f"{app.url}?event={eid}")
    # The link's event is open in the form (the expander opens for it).
    browser.wait_for(lambda: eid in driver.find_element(By.CSS_SELECTOR, "[data-testid=stMain]").text, 30,
                     "the linked event in the correction form")
    killed = field(driver, "Killed")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", killed)
    killed.send_keys(Keys.CONTROL, "a")
    killed.send_keys("42")
    actor2 = field(driver, "Actor 2")
    actor2.send_keys(Keys.CONTROL, "a")
    actor2.send_keys("Chadian rebels")
    browser.click_button(driver, "Save the correction")
    browser.wait_for(lambda: "Saved 2 correction(s)" in driver.find_element(By.CSS_SELECTOR, "[data-testid=stMain]").text,
                     60, "the page to confirm the correction")
    row = frame(store).set_index("id").loc[eid]
    assert (row["fatalities"], row["actor2"], bool(row["corrected"])) == (42, "Chadian rebels", True)

    # The report read again from its file by `marsad ingest --replace` in another process.
    done = subprocess.run([sys.executable, "-m", "events.cli", "ingest", str(SEED_DIR), "--replace", "-q",
                           "--offline", "--db", str(store)], capture_output=True, text=True, cwd=browser.ROOT,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    row = frame(store).set_index("id").loc[eid]
    assert (row["fatalities"], row["actor2"]) == (42, "Chadian rebels")

    browser.open_page(driver, f"{app.url}?event={eid}")
    assert field(driver, "Killed").get_attribute("value") == "42"
    assert field(driver, "Actor 2").get_attribute("value") == "Chadian rebels"
    main = driver.find_element(By.CSS_SELECTOR, "[data-testid=stMain]").text
    # Streamlit's markdown draws "->" as an arrow.
    assert re.search(r"fatalities unknown (->|→) 42 \(active\)", main), main[main.find("Corrections"):][:600]

    # Undo from the page gives back what extraction said.
    browser.click_button(driver, "Undo")
    browser.wait_for(lambda: "(undone" in driver.find_element(By.CSS_SELECTOR, "[data-testid=stMain]").text, 60,
                     "the undone correction")
    row = frame(store).set_index("id").loc[eid]
    assert row["actor2"] == "Chadian rebels" and row["fatalities"] is not None and str(row["fatalities"]) == "<NA>"
    assert browser.console_errors(driver) == []
