"""Shared test fixtures: the repo on sys.path, and where the reference data lives."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest_plugins = ["pg"]  # the throwaway PostgreSQL cluster (tests/pg.py)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED_DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "seeds" / "000_b4384da33049ec36.txt"


def shared_file(name: str) -> Path:
    """A reference file from ../shared/data, or skip the test saying what is missing."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"reference data {path} is absent (CI keeps ../shared beside the checkout)")
    return path


@pytest.fixture(scope="session")
def resolver():
    """One offline resolver (no geopy fallback) for the tests that extract events; a test
    module may define its own."""
    import geo

    return geo.Resolver(offline=True)


CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture(scope="session")
def chromium() -> tuple[Path, Path]:
    """Debian's chromium and chromedriver; skipped on a dev machine without them, failed in CI
    (where .ci/run installs them), so the browser tests can never pass by being skipped there."""
    import os

    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        message = f"headless Chromium missing ({', '.join(missing)}): apt-get install -y chromium chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM, CHROMEDRIVER
