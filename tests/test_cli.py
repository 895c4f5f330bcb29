"""The `marsad` command as a user runs it: real subprocesses (and main() in-process where that is
enough), real files, a real SQLite store. Always offline: no test may wait on Nominatim."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from events.cli import EXTRACT_FIELDS, GEOCODE_FIELDS, PLACES_FIELDS

MARSAD = [sys.executable, "-c", "from dashboard.cli import main; raise SystemExit(main())"]
ARABIC_TODAY = ("قصفت طائرات الجيش الوطني الليبي اليوم مواقع للميليشيات في منطقة عين زارة جنوب طرابلس، "
                "ما أسفر عن مقتل 5 مسلحين وإصابة 7 آخرين.")
ENGLISH = "LNA warplanes struck militia positions in Ain Zara, south of Tripoli, killing 3 fighters."


def run(*args: str, stdin: str | bytes | None = None, env: dict | None = None,
        cwd: Path = ROOT) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), MARSAD_OFFLINE="1")
    full_env.pop("MARSAD_DB", None)
    full_env.update(env or {})
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run([*MARSAD, *args], input=data, capture_output=True, env=full_env, cwd=cwd,
                          timeout=300)
    proc.out = proc.stdout.decode("utf-8")  # type: ignore[attr-defined]
    proc.err = proc.stderr.decode("utf-8")  # type: ignore[attr-defined]
    return proc


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def assert_no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.err, proc.err


# -- geocode ---------------------------------------------------------------------------------

def test_geocode_jsonl_fields_and_nulls() -> None:
    proc = run("geocode", "طرابلس", "Ain Zara", "Qxzqwv Zzyx", "")
    assert_no_traceback(proc)
    rows = jsonl(proc.out)
    assert [r["query"] for r in rows] == ["طرابلس", "Ain Zara", "Qxzqwv Zzyx", ""]
    for row in rows:
        assert tuple(row) == GEOCODE_FIELDS
    assert rows[0]["name_en"] == "Tripoli" and rows[0]["name_ar"] == "طرابلس"
    assert abs(rows[0]["latitude"] - 32.89) < 0.1 and rows[0]["method"] == "gazetteer"
    assert rows[1]["admin1"] == "Tripoli"
    assert all(rows[2][k] is None for k in GEOCODE_FIELDS[1:])  # not found: nulls, still a row
    assert all(rows[3][k] is None for k in GEOCODE_FIELDS[1:])  # bad name: null row + error
    assert proc.returncode == 1
    assert len(proc.err.strip().splitlines()) == 1 and proc.err.startswith("marsad: error: ")
    assert "طرابلس" in proc.stdout.decode("utf-8")  # Arabic as is, not \u escapes


def test_geocode_table_and_utf8_under_an_ascii_locale() -> None:
    proc = run("geocode", "--format", "table", "مرزق", "Misrata",
               env={"LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": "ascii", "PYTHONUTF8": "0"})
    assert proc.returncode == 0, proc.err
    lines = proc.out.splitlines()
    assert lines[0].split()[:3] == ["query", "name_en", "name_ar"]
    assert any(line.startswith("مرزق") and "Murzuq" in line for line in lines)


# -- ingest ----------------------------------------------------------------------------------

def test_ingest_seed_then_again_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite"
    first = run("ingest", str(SEED), "--db", str(db))
    assert first.returncode == 0, first.err
    assert_no_traceback(first)
    line = first.out.splitlines()[0]
    assert line.startswith(f"seeds/{SEED.name}: ") and "new)" in line and "unresolved" in line
    assert first.out.splitlines()[-1].startswith("total: 1 report read")
    with sqlite3.connect(db) as con:
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert events > 0
    assert f"{events} events ({events} new)" in line

    second = run("ingest", str(SEED), "--db", str(db))
    assert second.returncode == 0
    assert f"{events} events (0 new: already stored)" in second.out
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == events


def test_ingest_default_db_from_env_then_cwd(tmp_path: Path) -> None:
    env_db = tmp_path / "env.sqlite"
    proc = run("ingest", "-q", str(SEED), env={"MARSAD_DB": str(env_db)}, cwd=tmp_path)
    assert proc.returncode == 0 and env_db.exists()
    assert proc.out.splitlines() == [proc.out.splitlines()[-1]]  # -q: only the total
    proc = run("ingest", "-q", str(SEED), cwd=tmp_path)
    assert proc.returncode == 0 and (tmp_path / "marsad.sqlite").exists()


def test_ingest_mixed_folder(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite"
    assert run("ingest", str(SEED), "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as con:
        before = con.execute("SELECT report_id, count(*) FROM events GROUP BY report_id").fetchall()

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(ARABIC_TODAY, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "arabic1256.txt").write_bytes(ARABIC_TODAY.replace("5", "9").encode("cp1256"))
    (folder / "page.html").write_text(
        "<html><head><script>alert('x')</script></head><body><script>document.write('غارة')</script>"
        f"<p>{ENGLISH}</p></body></html>", encoding="utf-8")
    (folder / "broken.jsonl").write_text(
        json.dumps({"id": "1", "text": "Clashes in Sirte killed 2.", "date": "2016-06-20"}) + "\n{oops\n",
        encoding="utf-8")
    loose = tmp_path / "x.bin"
    loose.write_bytes(b"\x00\x01\x02\xff" * 1000)

    proc = run("ingest", str(folder), str(loose), "--db", str(db))
    assert_no_traceback(proc)
    assert proc.returncode == 1
    errors = proc.err.strip().splitlines()
    named = {name: [l for l in errors if name in l] for name in ("empty.txt", "binary.txt", "broken.jsonl", "x.bin")}
    for name, lines in named.items():
        assert len(lines) == 1, (name, errors)
        assert ": error: " in lines[0]
    assert len(errors) == 4
    assert "line 2" in named["broken.jsonl"][0]
    ok_lines = proc.out.splitlines()
    for name in ("good.txt", "arabic1256.txt", "page.html", "broken.jsonl:1"):
        assert any(l.startswith(f"{name}: ") or f"/{name}: " in l for l in ok_lines), (name, ok_lines)
    assert ok_lines[-1].startswith("total: ") and "4 failed" in ok_lines[-1]
    with sqlite3.connect(db) as con:
        texts = [r[0] for r in con.execute("SELECT text FROM reports")]
        after = dict(con.execute("SELECT report_id, count(*) FROM events GROUP BY report_id").fetchall())
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert ARABIC_TODAY.replace("5", "9") in texts  # Windows-1256 decoded right
    assert not any("alert(" in t or "document.write" in t for t in texts)
    assert len(texts) == 1 + 4  # the seed + good, arabic1256, page, one jsonl line
    for report, n in before:
        assert after[report] == n


def test_bad_store_is_one_line_error(tmp_path: Path) -> None:
    proc = run("ingest", str(SEED), "--db", str(tmp_path / "no" / "such" / "m.sqlite"))
    assert proc.returncode == 1
    assert proc.err.strip().count("\n") == 0 and proc.err.startswith("marsad: error: cannot open store")
    notdb = tmp_path / "notes.txt"
    notdb.write_text("hello\n" * 100)
    proc = run("ingest", str(SEED), "--db", str(notdb))
    assert proc.returncode == 1 and "not an SQLite database" in proc.err
    assert notdb.read_text() == "hello\n" * 100


@pytest.mark.parametrize("args", [
    (),
    ("frobnicate",),
    ("extract",),
    ("extract", "--date", "2019-13-45", "x.txt"),
    ("geocode", "--format", "xml", "Tripoli"),
])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    proc = run(*args)
    assert proc.returncode == 2, proc.err
    assert_no_traceback(proc)
    assert "usage:" in proc.err


# -- extract ---------------------------------------------------------------------------------

def test_extract_from_stdin_with_and_without_date() -> None:
    proc = run("extract", "-", "--date", "2019-09-29", stdin=ARABIC_TODAY)
    assert proc.returncode == 0, proc.err
    rows = jsonl(proc.out)
    assert rows, "no event extracted"
    for row in rows:
        assert tuple(row)[: len(EXTRACT_FIELDS)] == EXTRACT_FIELDS
    assert any(r["event_date"] == "2019-09-29" and r["date_precision"] == "day" for r in rows)
    assert any(r["location"] == "Ain Zara" for r in rows)

    undated = jsonl(run("extract", "-", stdin=ARABIC_TODAY).out)
    assert undated and all(r["event_date"] != date.today().isoformat() for r in undated)
    assert all(r["date_precision"] == "unknown" for r in undated)


def test_extract_jsonl_of_reports_and_date_applies_only_to_undated(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "dated", "text": ARABIC_TODAY, "date": "2019-06-01"},
        {"id": "undated", "text": ARABIC_TODAY.replace("5", "4")},
    ]) + "\n", encoding="utf-8")
    proc = run("extract", str(path), "--date", "2019-09-29")
    assert proc.returncode == 0, proc.err
    rows = jsonl(proc.out)
    by_report: dict[str, set] = {}
    for r in rows:
        by_report.setdefault(r["report_id"], set()).add(r["event_date"])
    assert len(by_report) == 2
    assert {"2019-06-01", "2019-09-29"} <= set().union(*by_report.values())
    assert all(len(dates) == 1 for dates in by_report.values())


def test_extract_seed_table_format() -> None:
    proc = run("extract", str(SEED), "--format", "table")
    assert proc.returncode == 0, proc.err
    lines = proc.out.splitlines()
    assert lines[0].split()[:3] == ["event_date", "date_precision", "event_type"]
    assert len(lines) > 3


def test_extract_reports_a_bad_file_and_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = tmp_path / "good.txt"
    good.write_text(ARABIC_TODAY, encoding="utf-8")
    proc = run("extract", str(empty), str(good), "--date", "2019-09-29")
    assert proc.returncode == 1
    assert len(proc.err.strip().splitlines()) == 1 and "empty.txt: error:" in proc.err
    assert jsonl(proc.out)


# -- places ----------------------------------------------------------------------------------

def test_places_spans_point_into_the_text(tmp_path: Path) -> None:
    text = "اشتباكات عنيفة في عين زارة وصلاح الدين بطرابلس، وغارة جنوب غربي مصراتة، ومكان اسمه زقزوقستان."
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = run("places", str(path))
    assert proc.returncode == 0, proc.err
    rows = jsonl(proc.out)
    assert rows
    for row in rows:
        assert tuple(row)[: len(PLACES_FIELDS)] == PLACES_FIELDS
        assert text[row["start"]:row["end"]] == row["text"]
    names = {r["name_en"] for r in rows}
    assert {"Ain Zara", "Tripoli", "Misrata"} <= names
    stdin_rows = jsonl(run("places", "-", stdin=text).out)
    assert [(r["start"], r["end"]) for r in stdin_rows] == [(r["start"], r["end"]) for r in rows]


# -- dashboard / demo --------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["dashboard", "demo", "ingest", "extract", "places", "geocode"])
def test_help_of_every_command(command: str) -> None:
    proc = run(command, "--help")
    assert proc.returncode == 0, proc.err
    assert proc.out.startswith(f"usage: marsad {command}")
    assert "MARSAD_DB" in proc.out


def test_top_level_help_lists_all_commands() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("geocode", "ingest", "extract", "places", "dashboard", "demo"):
        assert command in proc.out


def test_prepare_demo_db_builds_a_fresh_store(tmp_path: Path, monkeypatch) -> None:
    from dashboard.cli import default_demo_db, prepare_demo_db
    from events.errors import StoreError
    from events.store import Store

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_demo_db() == tmp_path / "xdg" / "marsad" / "demo.sqlite"
    path = prepare_demo_db(quiet=True)
    assert path == default_demo_db()
    with Store(path) as s:
        counts = s.counts()
    assert counts["reports"] >= 1 and counts["events"] > 0
    assert prepare_demo_db(quiet=True) == path  # recreated, same content
    with Store(path) as s:
        assert s.counts() == counts

    real = tmp_path / "real.sqlite"
    shutil.copy(path, real)
    with sqlite3.connect(real) as con:
        con.execute("DELETE FROM marsad_meta WHERE key = 'made_by'")
    with pytest.raises(StoreError, match="not made by `marsad demo`"):
        prepare_demo_db(real, quiet=True)
    assert real.exists()


def test_demo_prepare_only_subprocess(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    proc = run("demo", "--db", str(db), "--prepare-only")
    assert proc.returncode == 0, proc.err
    assert proc.out.strip() == str(db)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_streamlit_command_line(tmp_path: Path) -> None:
    from dashboard.cli import APP, streamlit_command

    cmd = streamlit_command(tmp_path / "x.sqlite", port=8765, host="127.0.0.1", headless=True)
    assert cmd[:5] == [sys.executable, "-m", "streamlit", "run", str(APP)]
    assert cmd[cmd.index("--server.port") + 1] == "8765"
    assert cmd[cmd.index("--server.enableStaticServing") + 1] == "true"
    assert cmd[cmd.index("--server.headless") + 1] == "true"
    assert cmd[-3:] == ["--", "--db", str(tmp_path / "x.sqlite")]
    assert "--server.headless" not in streamlit_command("x.sqlite")


def test_dashboard_refuses_a_non_store_before_starting(tmp_path: Path) -> None:
    notdb = tmp_path / "notes.txt"
    notdb.write_text("not a database\n" * 20)
    proc = run("dashboard", "--db", str(notdb), "--headless")
    assert proc.returncode == 1 and proc.err.startswith("marsad: error: cannot open store")


# -- main() in-process: exit codes of the error paths -----------------------------------------

def _parser_with(handler):
    from events import cli

    def extend(sub):
        sub.add_parser("boom").set_defaults(func=handler)

    return cli.build_parser(extend=extend)


def test_ctrl_c_exits_130(capsys) -> None:
    from events import cli

    def interrupted(args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    assert cli.main(["boom"], parser=_parser_with(interrupted)) == 130
    assert "interrupted" in capsys.readouterr().err


def test_marsad_error_is_one_line(capsys) -> None:
    from events import cli
    from events.errors import StoreError

    def broken(args: argparse.Namespace) -> int:
        raise StoreError("cannot open store x: disk on fire")

    assert cli.main(["boom"], parser=_parser_with(broken)) == 1
    assert capsys.readouterr().err == "marsad: error: cannot open store x: disk on fire\n"


def test_concurrent_ingests_into_one_store(tmp_path: Path) -> None:
    """Two `marsad ingest` runs at once (WAL, a busy timeout, ON CONFLICT DO NOTHING): no
    'database is locked', and together they store exactly what one run stores."""
    from conftest import shared_file

    ant = shared_file("ant_libya_arabic_news.jsonl")
    env = dict(os.environ, PYTHONPATH=str(ROOT), MARSAD_OFFLINE="1")
    db = tmp_path / "both.sqlite"
    procs = [subprocess.Popen([*MARSAD, "ingest", "-q", str(ant), "--db", str(db)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in results]
    new = [int(out.split(" new,")[0].rsplit(" ", 1)[1]) for out, _ in results]
    single = tmp_path / "one.sqlite"
    assert run("ingest", "-q", str(ant), "--db", str(single)).returncode == 0
    with sqlite3.connect(db) as a, sqlite3.connect(single) as b:
        both = a.execute("SELECT count(*) FROM events").fetchone()[0]
        assert a.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reports_both = {r[0] for r in a.execute("SELECT id FROM reports")}
        reports_one = {r[0] for r in b.execute("SELECT id FROM reports")}
    assert sum(new) == both  # nothing counted twice, nothing lost
    assert reports_both == reports_one


def test_dashboard_on_a_busy_port_is_one_line_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = run("dashboard", "--db", str(tmp_path / "d.sqlite"), "--port", str(port), "--headless")
    assert proc.returncode == 1
    assert proc.err.strip().splitlines() == [
        f"marsad: error: port {port} on 127.0.0.1 is in use (another dashboard?): pass --port with a free one"]


def test_extract_and_places_keep_the_ids_a_jsonl_gives(tmp_path: Path) -> None:
    # A caller's own report ids come back as report_id; reports without one get the content hash.
    from events.records import report_id

    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "art-17", "text": ARABIC_TODAY, "date": "2019-06-01"},
        {"text": "غارة جوية على سرت أمس", "date": "2019-06-01"},
    ]) + "\n", encoding="utf-8")
    for command in ("extract", "places"):
        proc = run(command, str(path))
        assert proc.returncode == 0, proc.err
        ids = {r["report_id"] for r in jsonl(proc.out)}
        assert ids == {"art-17", report_id("غارة جوية على سرت أمس")}, (command, ids)


@pytest.mark.parametrize("day", ["0001-01-01", "1850-06-01", "2999-01-01"])
def test_an_implausible_publication_date_is_refused_in_one_line(day: str) -> None:
    proc = run("extract", "--offline", "--date", day, "-", stdin="اشتباكات في طرابلس أمس.")
    assert proc.returncode == 2 and "not a plausible publication date" in proc.err
    assert_no_traceback(proc)
