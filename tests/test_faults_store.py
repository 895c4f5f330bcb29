"""Faults injected into `marsad ingest` as a real process: kill -9 at random moments, and a
disk that fills up. The store stays sound, keeps whole reports only, and a re-run ends with
exactly what an uninterrupted run stores."""
from __future__ import annotations

import random
import resource
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import ROOT
from faults import ant_corpus, assert_whole_reports, child_env, clean_run, ingest_command, run_ingest, stored

KILLS = 20


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    return clean_run(tmp_path_factory.mktemp("clean"))


def test_kill_9_at_twenty_random_moments(clean, tmp_path: Path) -> None:
    _, reference = clean
    db = tmp_path / "killed.sqlite"
    rng = random.Random(7)
    killed_mid_run = 0
    for _ in range(KILLS):
        done = len(stored(db))
        proc = subprocess.Popen(ingest_command(db, ant_corpus()), stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=child_env(), cwd=ROOT)
        try:
            # A random moment: the reports stored before pass quickly (one line each), then
            # 1-12 new ones go in, and the kill lands a little way into the next one.
            for _ in range(done + rng.randint(1, 12)):
                if not proc.stdout.readline():
                    break
            time.sleep(rng.uniform(0, 0.01))
            if proc.poll() is None:
                killed_mid_run += 1
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            proc.stdout.close()
        assert_whole_reports(db, reference)
    assert killed_mid_run >= KILLS // 2, "most kills should land while the ingest runs"
    assert len(reference) // 3 < len(stored(db)) < len(reference), "the kills should spread over the corpus"
    finished = run_ingest(db, ant_corpus())
    assert finished.returncode == 0, finished.stderr
    assert assert_whole_reports(db, reference) == reference


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_disk_full_is_one_line_and_the_next_run_completes(clean, tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes every file of the child stop growing at 400 kB, as a full disk
    would (the write fails with EFBIG; Python ignores SIGXFSZ)."""
    _, reference = clean
    db = tmp_path / "full.sqlite"
    full = run_ingest(db, ant_corpus(), preexec_fn=_limit_file_size(400_000))
    assert full.returncode == 1
    lines = full.stderr.strip().splitlines()
    assert "Traceback" not in full.stderr and len(lines) == 1, full.stderr
    assert "full" in lines[0] and "already stored are kept" in lines[0], lines[0]
    partial = assert_whole_reports(db, reference)
    assert 0 < len(partial) < len(reference)
    again = run_ingest(db, ant_corpus())
    assert again.returncode == 0, again.stderr
    assert assert_whole_reports(db, reference) == reference


def _mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)


def test_a_real_full_disk_on_a_tiny_tmpfs(clean, tmp_path: Path) -> None:
    """The disk itself runs out (ENOSPC on a 600 kB tmpfs, where mounting is allowed): one
    line, the store sound, and once there is room the same command completes."""
    import os
    import shutil

    _, reference = clean
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount") or _mount("-t", "tmpfs", "-o", "size=600k", "tmpfs",
                                                               str(disk)).returncode != 0:
        pytest.skip("mounting a tmpfs needs root here; the RLIMIT_FSIZE test covers a full disk")
    try:
        db = disk / "store.sqlite"
        full = run_ingest(db, ant_corpus())
        assert full.returncode == 1 and "Traceback" not in full.stderr
        [line] = full.stderr.strip().splitlines()
        assert "database or disk is full" in line and "already stored are kept" in line, line
        partial = assert_whole_reports(db, reference)
        assert 0 < len(partial) < len(reference)
        assert _mount("-o", "remount,size=20m", str(disk)).returncode == 0
        again = run_ingest(db, ant_corpus())
        assert again.returncode == 0, again.stderr
        assert assert_whole_reports(db, reference) == reference
    finally:
        if subprocess.run(["umount", str(disk)], capture_output=True, timeout=30).returncode != 0:
            subprocess.run(["umount", "--lazy", str(disk)], capture_output=True, timeout=30)
