"""Marsad installed the ways people install it (a wheel, an editable checkout), then run from
another working directory: `marsad demo --prepare-only` and `marsad extract seeds/`.

How the temp environments are made, and why this is a real install of Marsad:
- Each is a fresh venv without system site-packages. Marsad goes in with pip as a user would:
  the wheel is built by `pip wheel` and the editable install by `pip install -e`, both with
  pip's build isolation (setuptools from the index, as on a user's machine), so packaging
  mistakes (a package or data file left out, a namespace package read the wrong way, an
  entry point) show here and not in the checkout.
- Only the third-party dependencies are borrowed: a .pth file adds the site-packages of the
  environment running the tests, seen through a folder of links that leaves out Marsad's own
  packages (CI installs the checkout there to run the tests, and an editable install's finder
  comes after sys.path, so a borrowed copy would be imported instead of the one under test). Installing streamlit, pandas and the rest from PyPI twice per
  run would take minutes of network on every run and test PyPI rather than Marsad. `pip check`
  in each venv then proves that the dependencies Marsad's metadata declares are all satisfied
  there, so a dependency missing from pyproject.toml still fails.
- The commands run with the checkout nowhere on sys.path (no PYTHONPATH, cwd elsewhere), and
  the test asserts where `dashboard` is imported from: the venv for a wheel, the checkout for
  an editable install, never the environment running the tests.
"""
from __future__ import annotations

import json
import os
import shutil
import site
import sqlite3
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import ROOT

SEED_EVENTS = 9  # what the seed report gives (tests/test_seed_events.py checks what they are); its
# launch of 4 April, call of 15 April and Turkish entry of late April are recalled context, not counted


def _run(cmd: list[str], *, cwd: Path, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, cmd))} exited {done.returncode}:\n"
                             f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done


def _clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "MARSAD_DB", "PYTHONSTARTUP")}
    env.update(XDG_DATA_HOME=str(tmp / "xdg"), MARSAD_CACHE_DIR=str(tmp / "cache"),
               MARSAD_GEOCODE_CACHE=str(tmp / "geocode.sqlite"), MARSAD_OFFLINE="1",
               PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONNOUSERSITE="1")
    return env


def _dependency_dirs() -> list[str]:
    """Site-packages of the interpreter running the tests (where the dependencies are)."""
    dirs = list(site.getsitepackages()) + [sysconfig.get_paths()["purelib"]]
    return list(dict.fromkeys(d for d in dirs if Path(d).is_dir()))


OWN_PACKAGES = frozenset({"dashboard", "events", "geo", "gazetteer", "seeds"})
OWN_RECORDS = ("marsad-", "__editable__.marsad-", "__editable___marsad_")


def _without_marsad(site_dir: str, dest: Path) -> Path:
    """``site_dir`` as links, Marsad's own packages and install records left out."""
    dest.mkdir(parents=True)
    for entry in Path(site_dir).iterdir():
        if entry.name not in OWN_PACKAGES and not entry.name.startswith(OWN_RECORDS):
            (dest / entry.name).symlink_to(entry)
    return dest


def _venv(path: Path, env: dict[str, str]) -> Path:
    _run([sys.executable, "-m", "venv", "--without-pip", str(path)], cwd=path.parent, env=env)
    python = path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                   cwd=path.parent, env=env).stdout.strip()
    borrowed = [_without_marsad(d, path.parent / f"borrowed-{n}") for n, d in enumerate(_dependency_dirs())]
    # Named to sort after the editable install's own .pth, so Marsad's finder is installed first.
    lines = [f"import site; site.addsitedir({str(d)!r})" for d in borrowed]
    (Path(purelib) / "zz_marsad_test_dependencies.pth").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return python


def _pip(python: Path, *args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return _run([sys.executable, "-m", "pip", "--python", str(python), *args], cwd=cwd, env=env)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    # Built from a copy: a build in the checkout would leave build/ and *.egg-info there.
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "__pycache__", "*.egg-info", "build", "dist", ".pytest_cache", "*.sqlite*"))
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp / "dist"), str(src)],
         cwd=tmp, env=_clean_env(tmp))
    (built,) = (tmp / "dist").glob("marsad-*.whl")
    return built


def _check_installed(python: Path, tmp: Path, env: dict[str, str], expect_code_under: Path) -> None:
    bin_dir = python.parent
    marsad = bin_dir / ("marsad.exe" if os.name == "nt" else "marsad")
    assert marsad.exists(), f"pip did not create the marsad command in {bin_dir}"
    _pip(python, "check", cwd=tmp, env=env)

    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    where = _run([str(python), "-c", "import dashboard.cli; print(dashboard.cli.__file__)"],
                 cwd=elsewhere, env=env).stdout.strip()
    assert Path(where).resolve().is_relative_to(expect_code_under.resolve()), where
    assert not any(Path(where).resolve().is_relative_to(Path(d).resolve()) for d in _dependency_dirs()), where

    demo = _run([str(marsad), "demo", "--prepare-only"], cwd=elsewhere, env=env)
    db = Path(demo.stdout.strip().splitlines()[-1])
    assert db == tmp / "xdg" / "marsad" / "demo.sqlite" and db.is_file(), demo.stdout
    assert f"1 report, {SEED_EVENTS} events" in demo.stderr, demo.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("select count(*) from events").fetchone()[0] == SEED_EVENTS

    # A user's own folder called seeds/ in the working directory: read as input, and it must
    # not be mistaken for the packaged seeds (`seeds` is a namespace package).
    shutil.copytree(ROOT / "seeds", elsewhere / "seeds")
    out = _run([str(marsad), "extract", "seeds/"], cwd=elsewhere, env=env)
    events = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(events) == SEED_EVENTS
    assert {e["event_type"] for e in events} >= {"Battles"}
    assert all(e["latitude"] is not None for e in events)


def test_wheel_install_runs_demo_and_extract_from_anywhere(wheel: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    python = _venv(tmp_path / "venv", env)
    # --ignore-installed: the borrowed site-packages may already hold a marsad (CI installs the
    # checkout to run the tests), and pip would then call it satisfied and install nothing here.
    _pip(python, "install", "-q", "--no-deps", "--ignore-installed", str(wheel), cwd=tmp_path, env=env)
    _check_installed(python, tmp_path, env, expect_code_under=tmp_path / "venv")


def test_editable_install_runs_demo_and_extract_from_anywhere(tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    python = _venv(tmp_path / "venv", env)
    # Editable means the checkout itself; setuptools writes marsad.egg-info into it, which is
    # what a developer's own `pip install -e .` does too (ignored by git).
    _pip(python, "install", "-q", "--no-deps", "-e", str(ROOT), cwd=tmp_path, env=env)
    _check_installed(python, tmp_path, env, expect_code_under=ROOT)
