"""benchmarks/acled_exports.py rebuilds the 2015 and January-May 2016 ACLED sets from clones
pinned by commit. Here two throwaway git repositories stand in for the clones, holding
files in the realtime files' shape (Windows-1252 and Mac Roman, day-first dates); the rows are
the team's own."""
from __future__ import annotations

import csv
import io
import subprocess
import zipfile
from pathlib import Path

import pytest

from benchmarks import acled_exports as ax

HEADER = ("GWNO,EVENT_ID_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,"
          "ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADM_LEVEL_1,ADM_LEVEL_2,ADM_LEVEL_3,LOCATION,LATITUDE,"
          "LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES")


def _row(eid: str, day: str, note: str, country: str = "Libya") -> str:
    return (f"620,{eid},{day},{day[-4:]},1,Remote Violence,Unidentified Armed Group (Libya),,3,,,0,30,{country},"
            f"Tarabulus,,,Tripoli,32.89,13.18,1,Wire service A,\"{note}\",0")


def _repo(tmp: Path, files: dict[str, bytes]) -> tuple[Path, str]:
    tmp.mkdir()
    for path, data in files.items():
        (tmp / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp / path).write_bytes(data)
    git = ["git", "-C", str(tmp), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(git[:3] + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["commit", "-qm", "files"], check=True)
    return tmp, subprocess.run(git[:3] + ["rev-parse", "HEAD"], check=True, capture_output=True,
                               text=True).stdout.strip()


@pytest.fixture
def clones(tmp_path, monkeypatch):
    jan = "\r\n".join([HEADER, _row("1RTA", "03/01/2015", "A shell fell near the port\u2019s gate."),
                       _row("2RTA", "04/01/2015", "A march.", "Tunisia")]).encode("cp1252")
    whole = "\r\n".join([HEADER, _row("1RTA", "03/01/2015", "A shell fell near the port\u2019s gate."),
                         _row("7RTA", "20/12/2014", "A late row of 2014."),
                         _row("9RTA", "02/03/2015", "Caf\u00e9 hit by a rocket.")]).encode("mac_roman")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("file.csv", "\r\n".join([HEADER, _row("3RTA", "05/01/2016", "A car bomb."),
                                            _row("4RTA", "30/11/2015", "Coded late.")]).encode("cp1252"))
    c_dir, c_commit = _repo(tmp_path / "clairvaux", {"jan.csv": jan, "whole.csv": whole})
    h_dir, h_commit = _repo(tmp_path / "hdx", {"f/fixture.zip": buf.getvalue()})
    monkeypatch.setattr(ax, "CLAIRVAUX", c_commit)
    monkeypatch.setattr(ax, "CLAIRVAUX_FILES", [("jan.csv", "cp1252"), ("whole.csv", "mac_roman")])
    monkeypatch.setattr(ax, "HDX", h_commit)
    monkeypatch.setattr(ax, "HDX_FILE", ("f/fixture.zip", "cp1252"))
    return c_dir, h_dir, tmp_path / "out"


def test_two_sets_libyan_rows_once_the_2014_ones_left_out(clones):
    c_dir, h_dir, out = clones
    assert ax.build(c_dir, h_dir, out) == {"acled_libya_2015.csv": 2, "acled_libya_2016_heldout.csv": 2}
    tune = list(csv.DictReader((out / "acled_libya_2015.csv").open(encoding="utf-8")))
    assert [(r["event_id_cnty"], r["event_date"]) for r in tune] == [("1RTA", "2015-01-03"), ("9RTA", "2015-03-02")]
    assert tune[0]["notes"] == "A shell fell near the port\u2019s gate." and tune[0]["admin1"] == "Tarabulus"
    assert tune[1]["notes"] == "Caf\u00e9 hit by a rocket."  # the Mac file read as Mac Roman
    held = list(csv.DictReader((out / "acled_libya_2016_heldout.csv").open(encoding="utf-8")))
    assert [r["event_date"] for r in held] == ["2015-11-30", "2016-01-05"]  # a late-coded 2015 event stays


def test_a_clone_without_the_pinned_commit_is_one_clear_error(clones, tmp_path):
    _c_dir, h_dir, out = clones
    empty, _ = _repo(tmp_path / "other", {"x.txt": b"x"})
    with pytest.raises(SystemExit, match="cannot read jan.csv at"):
        ax.build(empty, h_dir, out)
