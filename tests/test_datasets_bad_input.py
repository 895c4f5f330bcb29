"""Bad dataset files and rows: one line each naming the file (and line), the rest goes in."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from events.datasets import DatasetError, DatasetRow, read_dataset

FIXTURES = Path(__file__).parent / "fixtures" / "datasets"
CURRENT = FIXTURES / "acled_current.csv"


def split(path: Path) -> tuple[list[DatasetRow], list[str]]:
    items = list(read_dataset(path))
    rows = [i for i in items if isinstance(i, DatasetRow)]
    errors = [str(i) for i in items if isinstance(i, DatasetError)]
    for e in errors:
        assert "\n" not in e and e.startswith(str(path))
    return rows, errors


def rewritten(tmp_path: Path, source: Path, name: str, *, delimiter: str = ",", encoding: str = "utf-8",
              edit=None) -> Path:
    """``source`` written again with another delimiter or encoding (and a cell edited)."""
    with source.open(encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    if edit:
        edit(table)
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(table)
    path = tmp_path / name
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def test_malformed_rows_one_line_each_rest_goes_in() -> None:
    path = FIXTURES / "acled_malformed.csv"
    rows, errors = split(path)
    assert [r.row_id for r in rows] == ["LBY90001", "LBY90004"]
    assert rows[1].line == 14  # after a row whose note runs over three lines
    said = [e.removeprefix(f"{path} ") for e in errors]
    assert said == [
        "line 3: latitude '32.8x' is not a number",
        "line 4: point 13.2347, 32.8125 is outside Libya (latitude and longitude swapped?)",
        "line 5: event_date '2019-02-30' is not a real date",
        "line 6: event_type 'Skirmish' is not one of ACLED's six types",
        "line 7: geo_precision '5' is not one of 1–3",
        "line 8: fatalities 'several' is not a number",
        "line 9: LBY90001 repeats the row of line 2; the first one is kept",
        "line 10: latitude 'north' is not a number",
        "line 13: latitude is empty",
        "line 15: 6 cells where the header has 31 (a stray delimiter or an unclosed quote?)",
    ]


def test_empty_and_header_only_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert split(empty) == ([], [f"{empty}: empty file; give an ACLED or UCDP GED export with its header row"])
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\r\n  \r\n")
    assert split(blank)[1] == [f"{blank}: empty file; give an ACLED or UCDP GED export with its header row"]
    header_only = tmp_path / "header.csv"
    header_only.write_text(CURRENT.read_text(encoding="utf-8").split("\n")[0] + "\n", encoding="utf-8")
    assert split(header_only) == ([], [])


def test_a_csv_of_neither_kind_names_the_missing_columns(tmp_path: Path) -> None:
    other = tmp_path / "budget.csv"
    other.write_text("year,item,amount\n2019,fuel,12\n", encoding="utf-8")
    rows, errors = split(other)
    assert rows == []
    assert errors == [f"{other}: not an ACLED or UCDP GED export: the header lacks ACLED columns event_id_cnty, "
                      f"event_date, event_type, actor1, actor2, location, latitude, longitude, geo_precision, "
                      f"fatalities (and more of the UCDP GED ones)"]
    # Nearly UCDP: the message names what the UCDP header lacks.
    ucdp = tmp_path / "ucdp_cut.csv"
    ucdp.write_text("id,year,type_of_violence,side_a,side_b,latitude,longitude,where_prec,date_start,best\n"
                    "1,2019,1,a,b,32,13,1,2019-04-07,1\n", encoding="utf-8")
    assert split(ucdp)[1] == [f"{ucdp}: not an ACLED or UCDP GED export: the header lacks UCDP GED columns date_end, "
                              f"date_prec (and more of the ACLED ones)"]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_delimited_exports_read_alike(tmp_path: Path, delimiter: str) -> None:
    def decimal_commas(table: list[list[str]]) -> None:
        # What a spreadsheet in a European locale writes: 32,8125 in a ;-separated file.
        lat, lon = table[0].index("latitude"), table[0].index("longitude")
        for row in table[1:]:
            row[lat], row[lon] = row[lat].replace(".", ","), row[lon].replace(".", ",")

    path = rewritten(tmp_path, CURRENT, "semi.csv", delimiter=delimiter,
                     edit=decimal_commas if delimiter == ";" else None)
    rows, errors = split(path)
    assert errors == []
    # The same events, quoted newlines in notes included (read back as "\n" whatever the file used).
    assert [r.event for r in rows] == [r.event for r in split(CURRENT)[0]]


def test_utf16_and_windows_1256_exports(tmp_path: Path) -> None:
    def arabic_note(table: list[list[str]]) -> None:
        table[1][table[0].index("notes")] = "اشتباكات عنيفة في منطقة عين زارة جنوب العاصمة طرابلس أسفرت عن مقتل خمسة من المقاتلين."
        table[1][table[0].index("location")] = "عين زارة"

    for name, encoding, delimiter in (("excel_unicode.csv", "utf-16", "\t"), ("arabic_windows.csv", "cp1256", ",")):
        path = rewritten(tmp_path, CURRENT, name, encoding=encoding, delimiter=delimiter, edit=arabic_note)
        rows, errors = split(path)
        assert errors == [] and len(rows) == 5, (name, errors)
        assert rows[0].event.location == "عين زارة"
        assert rows[0].report.text.startswith("اشتباكات عنيفة في منطقة عين زارة")
        assert rows[0].report.language == "ar" and rows[1].report.language == "en"


def test_binary_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    rows, errors = split(path)
    assert rows == [] and len(errors) == 1 and "not a text report" in errors[0]


def test_riots_protests_that_cannot_be_told_apart_is_a_row_error(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_text("event_id_cnty,event_date,event_type,actor1,actor2,inter1,location,latitude,longitude,"
                    "geo_precision,fatalities,notes\n"
                    "X1,2016-06-20,Riots/Protests,Civilians (Libya),,7,Tripoli,32.89,13.18,1,0,a crowd\n"
                    "X2,2016-06-21,Riots/Protests,Protesters (Libya),,6,Tripoli,32.89,13.18,1,0,a march\n",
                    encoding="utf-8")
    rows, errors = split(path)
    assert [(r.row_id, r.event.event_type) for r in rows] == [("X2", "Protests")]
    assert errors == [f"{path} line 2: event_type 'Riots/Protests' with inter1 '7': cannot tell a riot (5) from a "
                      f"protest (6)"]


def test_utf16_without_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "no_bom.csv"
    path.write_bytes(CURRENT.read_text(encoding="utf-8").encode("utf-16-le"))
    rows, errors = split(path)
    assert errors == [] and [r.event for r in rows] == [r.event for r in split(CURRENT)[0]]


def test_a_cell_too_long_to_be_a_note_is_one_row_error(tmp_path: Path) -> None:
    header, first, *rest = CURRENT.read_text(encoding="utf-8").split("\n")
    huge = first.replace("LBY90001", "LBY1").replace("Five fighters were killed.", "x" * 200_000)
    path = tmp_path / "huge.csv"
    path.write_text("\n".join([header, huge, first]) + "\n", encoding="utf-8")
    rows, errors = split(path)
    assert [r.row_id for r in rows] == ["LBY90001"]
    assert errors == [f"{path} line 2: cannot split this row (field larger than field limit (131072))"]
