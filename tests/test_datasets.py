"""ACLED and UCDP GED exports read as event sources: schemas, coding kept, precisions mapped.

Reads the 54-row ACLED sample from ../shared/data (skipped without it) and the exports the team
wrote under tests/fixtures/datasets/ in the datasets' real schemas (rows of our own, pre-2020).
"""
from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from conftest import shared_file
from events.datasets import DatasetError, DatasetRow, is_dataset_file, read_dataset
from events.event_types import EVENT_TYPES

FIXTURES = Path(__file__).parent / "fixtures" / "datasets"


def good_rows(path: Path | str) -> list[DatasetRow]:
    items = list(read_dataset(path))
    errors = [str(i) for i in items if isinstance(i, DatasetError)]
    assert not errors, errors
    return items


def by_id(rows: list[DatasetRow]) -> dict[str, DatasetRow]:
    return {r.row_id: r for r in rows}


def test_acled_sample_oldest_schema_every_row_kept_as_coded() -> None:
    path = shared_file("acled_libya_2016_sample.csv")
    rows = good_rows(path)
    with path.open(encoding="utf-8", newline="") as fh:
        source = list(csv.DictReader(fh))
    assert len(rows) == len(source) == 54
    for row, raw in zip(rows, source):
        ev = row.event
        assert (row.dataset, row.row_id) == ("ACLED", raw["event_id_cnty"])
        assert ev.id == ev.report_id == row.report.id == f"acled:{raw['event_id_cnty']}"
        assert ev.event_date == date.fromisoformat(raw["event_date"])
        assert (ev.latitude, ev.longitude) == (float(raw["latitude"]), float(raw["longitude"]))
        assert ev.geo_precision == int(raw["geo_precision"]) and ev.geocoder == "acled"
        assert ev.fatalities == int(raw["fatalities"])
        assert ev.actor1 == raw["actor1"] and ev.actor2 == (raw["actor2"] or None)
        assert ev.location == raw["location"] and ev.admin1 == raw["admin1"]
        assert ev.event_type in EVENT_TYPES
        assert ev.sub_event_type == "" or ev.sub_event_type in EVENT_TYPES[ev.event_type]
        for ally in (raw["ally_actor_1"], raw["ally_actor_2"]):
            if ally:
                assert ally in ev.assoc_actors
        assert ev.evidence == row.report.text == raw["notes"].strip()
        assert row.report.source == "ACLED" and raw["source"] in row.report.title


def test_acled_old_types_become_the_six_with_derivable_sub_types() -> None:
    rows = good_rows(shared_file("acled_libya_2016_sample.csv"))
    pairs = Counter((r.event.event_type, r.event.sub_event_type) for r in rows)
    assert pairs[("Battles", "Government regains territory")] == 19
    assert pairs[("Battles", "Armed clash")] == 9  # "Battle-No change of territory"
    assert pairs[("Explosions/Remote violence", "")] == 13  # "Remote violence" names no weapon
    assert pairs[("Strategic developments", "Non-violent transfer of territory")] == 2
    # "Riots/Protests" is split by who acted (inter1 5 rioters, 6 protesters).
    assert pairs[("Riots", "")] + pairs[("Protests", "")] == 3
    for r in rows:
        if r.event.event_type == "Riots":
            assert r.event.actor1.startswith("Rioters")


def test_acled_current_schema() -> None:
    rows = by_id(good_rows(FIXTURES / "acled_current.csv"))
    assert len(rows) == 5
    clash = rows["LBY90001"]
    assert clash.line == 2
    ev = clash.event
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.assoc_actors == ("Tripoli Revolutionaries Brigade", "Nawasi Brigade")
    assert (ev.event_date, ev.date_precision, ev.geo_precision, ev.fatalities) == (date(2019, 4, 7), "day", 1, 5)
    # The Unix timestamp is the day ACLED last changed the row: the "report"'s publication.
    assert clash.report.published == date(2019, 4, 16) and clash.report.date_precision == "day"
    strike = rows["LBY90002"]
    assert strike.event.date_precision == "week" and strike.event.geo_precision == 2
    assert strike.event.evidence.count("\n") == 2  # a note over three lines stays whole
    assert strike.event.actor2 is None
    assert rows["LBY90003"].event.date_precision == "month"
    assert rows["LBY90003"].line == 6  # the three-line note of line 3 counted


def test_acled_2019_schema_without_disorder_type_and_day_first_dates() -> None:
    rows = by_id(good_rows(FIXTURES / "acled_2019.csv"))
    assert rows["LBY80001"].event.event_date == date(2019, 4, 5)
    assert rows["LBY80001"].event.sub_event_type == "Non-state actor overtakes territory"
    assert (rows["LBY80003"].event.event_type, rows["LBY80003"].event.sub_event_type) == (
        "Riots", "Violent demonstration")


def test_acled_realtime_files_of_2015() -> None:
    # ACLED's monthly "All Africa" files of 2015: Windows-1252, day-first dates, ADM_LEVEL_1
    # for admin1, "Remote Violence" capitalised and "Non-violent activity by a conflict
    # actor", which ACLED renamed "Strategic development" in 2016
    rows = by_id(good_rows(FIXTURES / "acled_realtime_2015.csv"))
    assert len(rows) == 3
    shell, defused, fight = rows["9001RTA"].event, rows["9002RTA"].event, rows["9003RTA"].event
    assert (shell.event_type, shell.admin1, shell.event_date) == ("Explosions/Remote violence", "Tarabulus",
                                                                  date(2015, 7, 4))
    assert "Tripoli’s old city" in shell.evidence
    assert (defused.event_type, defused.sub_event_type) == ("Strategic developments", "")
    assert (fight.event_type, fight.sub_event_type, fight.fatalities) == ("Battles", "Armed clash", 2)


def test_ucdp_ged_real_schema() -> None:
    items = list(read_dataset(FIXTURES / "ucdp_ged_libya.csv"))
    rows = by_id([i for i in items if isinstance(i, DatasetRow)])
    errors = [str(i) for i in items if isinstance(i, DatasetError)]
    # The Tunisian row is not Libya's: one line for the file, not an event.
    assert errors == [f"{FIXTURES / 'ucdp_ged_libya.csv'}: 1 row of other countries (Tunisia) not imported: "
                      f"Marsad maps events in Libya"]
    assert len(rows) == 7 and "910007" not in rows
    first = rows["910001"]
    ev = first.event
    assert first.dataset == "UCDP GED" and first.report.source == "UCDP GED" and ev.id == "ucdp:910001"
    assert (ev.event_type, ev.sub_event_type) == ("State-based conflict", "")
    assert (ev.actor1, ev.actor2) == ("Government of Libya", "Forces of Khalifa al-Haftar")
    assert (ev.fatalities, ev.latitude, ev.longitude, ev.geo_precision) == (5, 32.8125, 13.2347, 1)
    assert ev.location == "Ayn Zarah town" and ev.admin1 == "Tripoli district"
    assert first.report.published == date(2019, 4, 7)
    assert "Fighting reaches southern suburbs" in ev.evidence
    assert rows["910003"].event.event_type == "One-sided violence"
    assert rows["910004"].event.event_type == "Non-state conflict"
    # date_prec 2 (2-6 days) and 3 (a week) are weeks, 4 a month, 5 a year; dated by date_start.
    assert (rows["910002"].event.event_date, rows["910002"].event.date_precision) == (date(2019, 4, 18), "week")
    assert rows["910008"].event.date_precision == "week"
    assert (rows["910004"].event.event_date, rows["910004"].event.date_precision) == (date(2018, 2, 1), "month")
    assert rows["910005"].event.date_precision == "year"
    # where_prec 2 near, 3/4 a division; 6 (country only) gives no point rather than a centroid.
    assert rows["910002"].event.geo_precision == 2
    assert rows["910004"].event.geo_precision == 3 and rows["910008"].event.geo_precision == 3
    country = rows["910005"].event
    assert (country.latitude, country.longitude, country.geo_precision, country.geocoder) == (None, None, None, None)
    assert "\n" in rows["910004"].event.evidence  # a quoted newline in source_article


def test_detects_by_header_not_by_name(tmp_path: Path) -> None:
    renamed = tmp_path / "export.csv"
    renamed.write_bytes((FIXTURES / "ucdp_ged_libya.csv").read_bytes())
    assert {r.dataset for r in read_dataset(renamed) if isinstance(r, DatasetRow)} == {"UCDP GED"}
    assert is_dataset_file("x.CSV") and is_dataset_file("x.tsv") and not is_dataset_file("x.jsonl")


def test_upper_case_columns_of_old_spreadsheets(tmp_path: Path) -> None:
    text = (FIXTURES / "acled_2019.csv").read_text(encoding="utf-8")
    header, rest = text.split("\n", 1)
    path = tmp_path / "upper.csv"
    path.write_text(header.upper() + "\n" + rest, encoding="utf-8")
    assert len(good_rows(path)) == 3


def test_gazetteer_place_only_within_reach_of_the_dataset_point() -> None:
    import dataclasses

    from events.datasets.places import place_name, with_gazetteer_place
    from geo.resolve import Resolver

    resolver = Resolver(offline=True)
    row = by_id(good_rows(FIXTURES / "acled_current.csv"))["LBY90001"]
    linked = with_gazetteer_place(row.event, resolver)
    assert (linked.place_id, linked.location_ar) == ("ain-zara", "عين زارة")
    assert (linked.latitude, linked.longitude, linked.geocoder) == (row.event.latitude, row.event.longitude, "acled")
    # The same name with a point in Benghazi is not Ain Zara: nothing is adopted.
    far = dataclasses.replace(row.event, latitude=32.1167, longitude=20.0667)
    assert with_gazetteer_place(far, resolver) == far
    unknown = dataclasses.replace(row.event, location="Qaryat al-Nakhil al-Mansiya")
    assert with_gazetteer_place(unknown, resolver) == unknown
    assert place_name("Tripoli town") == "Tripoli" and place_name("Sabha district") == "Sabha"


def test_the_datasets_own_coding_is_kept_beside_marsads_fields() -> None:
    import json

    ucdp = {i.event.id: json.loads(i.event.source_coding) for i in read_dataset(FIXTURES / "ucdp_ged_libya.csv")
            if not isinstance(i, DatasetError)}
    second = ucdp["ucdp:910002"]
    assert (second["best"], second["low"], second["high"]) == ("8", "6", "12")
    assert second["type_of_violence"] == "1" and second["date_end"].startswith("2019-04-21")
    acled = [i for i in read_dataset(shared_file("acled_libya_2016_sample.csv")) if not isinstance(i, DatasetError)]
    coded = json.loads(acled[0].event.source_coding)
    assert {"inter1", "event_type", "event_id_cnty"} <= set(coded)
