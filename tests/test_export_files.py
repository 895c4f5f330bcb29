"""The large-store page's export files: kept while fresh, swept after a day, never left
half-written (a million-event export is hundreds of MB in the temporary directory)."""
from __future__ import annotations

import os
import time

import pytest

from dashboard import export_files


def test_a_new_export_sweeps_the_day_old_ones_and_keeps_the_fresh(tmp_path):
    old = tmp_path / f"{export_files.PREFIX}old.csv"
    fresh = tmp_path / f"{export_files.PREFIX}fresh.geojson"
    other = tmp_path / "someone-elses.csv"
    for p in (old, fresh, other):
        p.write_text("x")
    day_ago = time.time() - 25 * 3600
    os.utime(old, (day_ago, day_ago))
    os.utime(other, (day_ago, day_ago))
    with export_files.new_file(".csv", folder=tmp_path, encoding="utf-8") as (path, out):
        out.write("id\n1\n")
    assert not old.exists() and fresh.exists() and other.exists()
    with open(path, encoding="utf-8") as fh:
        assert fh.read() == "id\n1\n"


def test_an_export_that_fails_half_way_leaves_no_file(tmp_path):
    with pytest.raises(RuntimeError):
        with export_files.new_file(".csv", folder=tmp_path, encoding="utf-8") as (path, out):
            out.write("id\n")
            raise RuntimeError("the database went away")
    assert list(tmp_path.iterdir()) == []


def test_the_export_directory_is_the_users_own():
    d = export_files.export_dir()
    assert d.name.startswith("marsad-exports-") and d.parent.exists()
