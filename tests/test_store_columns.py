"""Columns added after the first schema: events abroad keep in_libya = False through the store,
reports their filing time, and a store an older Marsad wrote is read as it is and upgraded when
opened for writing."""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from test_store import make_events, make_report

from events.store import SCHEMA_VERSION, Store


def test_in_libya_round_trips_with_unknown_kept_apart(tmp_path: Path) -> None:
    report = make_report()
    a, b, c = make_events(report, 3)
    events = [replace(a, in_libya=True), replace(b, in_libya=False), replace(c, in_libya=None)]
    with Store(tmp_path / "s.sqlite") as store:
        store.add(report, events)
        got = {e.id: e.in_libya for e in store.events()}
        frame = store.events_frame().set_index("id")["in_libya"]
    assert got == {a.id: True, b.id: False, c.id: None}
    assert str(frame.dtype) == "boolean"
    assert frame[a.id] is True or bool(frame[a.id]) is True
    assert bool(frame[b.id]) is False and frame.isna()[c.id]


def _downgrade_to_schema_1(path: Path) -> None:
    """The file as Marsad wrote it before in_libya and reports.filed existed."""
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE events DROP COLUMN in_libya")
    con.execute("ALTER TABLE reports DROP COLUMN filed")
    con.execute("UPDATE marsad_meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()


def test_older_store_is_read_as_is_then_upgraded_on_write(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    report = make_report()
    events = make_events(report, 2)
    with Store(path) as store:
        store.add(report, events)
    _downgrade_to_schema_1(path)

    with Store(path, readonly=True) as store:  # the dashboard's way in: nothing is changed
        frame = store.events_frame()
        assert len(frame) == 2 and frame["in_libya"].isna().all()
        assert all(e.in_libya is None for e in store.events())
        assert [r.filed for r in store.reports()] == [None] and store.report(report.id).filed is None
    con = sqlite3.connect(path)
    assert "in_libya" not in {r[1] for r in con.execute("PRAGMA table_info(events)")}
    assert "filed" not in {r[1] for r in con.execute("PRAGMA table_info(reports)")}
    con.close()

    with Store(path) as store:  # an ingest: the column is added, nothing stored is lost
        assert len(store.events()) == 2
        later = make_report("اشتباكات في غريان")
        store.add(replace(later, filed=datetime(2018, 5, 20, 1, 1, tzinfo=timezone.utc)),
                  [replace(make_events(later, 1)[0], in_libya=False)])
        assert sorted(str(e.in_libya) for e in store.events()) == ["False", "None", "None"]
        assert sorted(str(r.filed) for r in store.reports()) == ["2018-05-20 01:01:00+00:00", "None"]
    con = sqlite3.connect(path)
    version = con.execute("SELECT value FROM marsad_meta WHERE key = 'schema_version'").fetchone()[0]
    con.close()
    assert int(version) == SCHEMA_VERSION == 4
