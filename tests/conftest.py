"""Shared test fixtures: the repo on sys.path, and where the reference data lives."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

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
