"""Who may see the page: loopback by default, a warning when served wider with no password, and
a password that keeps every byte of data out of a browser that has not given it (checked in a
real headless Chromium)."""
from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dashboard import access
from tests import browser

PASSWORD = "wadi-kaam-2019"  # a test value, not a secret


@pytest.mark.parametrize("host,loopback", [
    ("127.0.0.1", True), ("127.8.0.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("marsad.example.org", False)])
def test_which_addresses_are_this_machine_only(host, loopback):
    assert access.is_loopback(host) is loopback


def test_password_from_the_environment_then_from_streamlit_secrets(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert access.configured_password({}, cwd=tmp_path) is None
    secrets = tmp_path / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir()
    secrets.write_text(f'{access.PASSWORD_KEY} = "{PASSWORD}"\n', encoding="utf-8")
    assert access.configured_password({}, cwd=tmp_path) == PASSWORD
    assert access.configured_password({access.PASSWORD_KEY: "from-env"}, cwd=tmp_path) == "from-env"
    secrets.write_text("this is [not toml", encoding="utf-8")
    assert access.configured_password({}, cwd=tmp_path) is None


def test_warning_only_when_served_beyond_this_machine_without_a_password(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert access.exposure_warning("127.0.0.1", {}, cwd=tmp_path) is None
    assert access.exposure_warning("0.0.0.0", {access.PASSWORD_KEY: PASSWORD}, cwd=tmp_path) is None
    warning = access.exposure_warning("0.0.0.0", {}, cwd=tmp_path)
    assert warning and "no password" in warning and access.PASSWORD_KEY in warning and "\n" not in warning


def _first_stderr_lines(cmd: list[str], env: dict[str, str], until: str, timeout: float = 60.0) -> str:
    """Run `cmd` in its own process group, read stderr until a line contains `until`, then stop
    the group (the CLI and the Streamlit server it started)."""
    proc = subprocess.Popen(cmd, cwd=browser.ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    seen = []
    try:
        sel = selectors.DefaultSelector()
        sel.register(proc.stderr, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not any(until in line for line in seen):
            if sel.select(timeout=1) and (line := proc.stderr.readline()):
                seen.append(line)
            elif proc.poll() is not None:
                break
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    return "".join(seen)


@pytest.mark.parametrize("password", [None, PASSWORD])
def test_marsad_dashboard_on_all_interfaces_warns_unless_a_password_is_set(tmp_path, password):
    db = browser.sample_store(tmp_path / "marsad.sqlite")
    env = {k: v for k, v in os.environ.items() if k != access.PASSWORD_KEY}
    env.update(HOME=str(tmp_path), PYTHONPATH=str(browser.ROOT))
    if password:
        env[access.PASSWORD_KEY] = password
    cmd = [sys.executable, "-m", "dashboard.cli", "dashboard", "--db", str(db), "--host", "0.0.0.0",
           "--port", str(browser.free_port()), "--headless"]
    err = _first_stderr_lines(cmd, env, until="marsad: dashboard on")
    assert "marsad: dashboard on http://0.0.0.0:" in err, err
    assert ("no password" in err) is (password is None), err


# ---------------------------------------------------------------- in the real browser

@pytest.mark.browser
def test_in_the_browser_no_data_before_the_password_and_the_map_after(tmp_path, chromium, monkeypatch):
    from selenium.webdriver.common.by import By

    db = browser.sample_store(tmp_path / "marsad.sqlite")
    monkeypatch.setenv(access.PASSWORD_KEY, PASSWORD)  # the server inherits the environment
    with browser.AppServer(db) as app, browser.chromium_browser(1400, 1000) as driver:
        browser.open_page(driver, app.url + "?type=Battles")
        field = browser.wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "input[type=password]"), 30,
                                 "the password field")
        # Nothing of the data is in the page: no map frame, no table, no report, no event text.
        page = driver.page_source
        assert not driver.find_elements(By.CSS_SELECTOR, browser.MAP_FRAME)
        assert not driver.find_elements(By.CSS_SELECTOR, "[data-testid=stDataFrame]")
        for report, events in browser.sample_reports():
            assert events[0].location not in page and report.title not in page
        assert "Showing" not in page

        field.send_keys("not the password")
        browser.click_button(driver, "Open the dashboard")
        browser.wait_for(lambda: "Wrong password." in driver.page_source, 30, "the wrong-password message")
        assert not driver.find_elements(By.CSS_SELECTOR, browser.MAP_FRAME)

        # The form empties itself after each try, so the next one starts from a blank field.
        field = driver.find_element(By.CSS_SELECTOR, "input[type=password]")
        browser.wait_for(lambda: field.get_attribute("value") == "", 10, "the emptied field")
        field.send_keys(PASSWORD)
        browser.click_button(driver, "Open the dashboard")
        browser.wait_idle(driver)
        battles = sum(e.event_type == "Battles" for _, evs in browser.sample_reports() for e in evs)
        # The link's filter survived the sign-in.
        assert browser.events_drawn(driver, expected=battles) == battles
        assert "Showing" in browser.status_line(driver)
