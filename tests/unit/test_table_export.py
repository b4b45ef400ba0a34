"""Export of a list's rows to .xlsx: typed cells, Dutch dates, a usable header, and text
that no spreadsheet will ever run as a formula."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator_app.excel.table_export import (
    column_widths,
    is_formula_like,
    safe_sheet_name,
    write_table,
)
from coordinator_app.services.progress import Cancelled, Progress

HEADERS = ["Naam", "Aantal", "Uren", "Datum", "Aangemeld", "Tijd", "Actief", "Leeg"]


def _write(tmp_path: Path, rows: list[list[object]], sheet: str = "Trainees") -> Path:
    return write_table(tmp_path / "export.xlsx", sheet, HEADERS, rows)


def test_cells_keep_their_type_and_dates_read_as_dutch_dates(tmp_path):
    path = _write(
        tmp_path,
        [["Anna van der Berg", 3, 32.5, dt.date(2026, 11, 22), dt.datetime(2026, 11, 22, 9, 5),
          dt.time(14, 30), True, None]],
    )  # fmt: skip
    sheet = load_workbook(path).active
    assert sheet.title == "Trainees"
    name, count, hours, day, stamp, time, active, empty = sheet[2]
    assert name.value == "Anna van der Berg"
    assert count.value == 3
    assert count.data_type == "n"
    assert hours.value == 32.5
    assert day.is_date
    assert day.value == dt.datetime(2026, 11, 22)
    assert day.number_format == "dd-mm-yyyy"
    assert stamp.number_format == "dd-mm-yyyy hh:mm"
    assert time.number_format == "hh:mm"
    assert active.value is True
    assert empty.value is None


def test_header_is_bold_frozen_and_filtered(tmp_path):
    path = _write(tmp_path, [["a", 1, 1.0, None, None, None, False, None]] * 3)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == HEADERS
    assert all(c.font.b for c in sheet[1])
    assert not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H4"


def test_columns_are_as_wide_as_their_contents(tmp_path):
    long_name = "Gemeente Midden-Groningen, team Ruimtelijke Ontwikkeling"
    path = _write(tmp_path, [[long_name, 1, 1.0, dt.date(2026, 1, 1), None, None, True, None]])
    widths = load_workbook(path).active.column_dimensions
    assert widths["A"].width >= len(long_name)
    assert widths["B"].width < widths["A"].width
    assert widths["D"].width >= 10  # a date in dd-mm-jjjj
    assert column_widths(["x"], [["y" * 500]]) == [60.0]  # capped


@pytest.mark.parametrize(
    "text",
    ["=HYPERLINK(\"http://evil\",\"klik\")", "+31 6 1234", "-2+3", "@SUM(A1)", "\tverborgen",
     "\r=1+1"],
)  # fmt: skip
def test_formula_like_text_stays_text(tmp_path, text):
    assert is_formula_like(text)
    path = _write(tmp_path, [[text, None, None, None, None, None, None, None]])
    cell = load_workbook(path).active["A2"]
    assert cell.value == text.replace("\r", "\n")  # XML keeps line feeds only
    assert cell.data_type == "s"  # a string cell, never a formula
    assert cell.quotePrefix  # stays text when someone edits the cell in Excel
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml


def test_ordinary_text_is_not_marked(tmp_path):
    path = _write(tmp_path, [["Jan de Vries", None, None, None, None, None, None, None]])
    cell = load_workbook(path).active["A2"]
    assert not cell.quotePrefix
    assert not is_formula_like("Jan de Vries")


def test_control_characters_are_dropped(tmp_path):
    path = _write(tmp_path, [["Anna\x00\x07 Berg", None, None, None, None, None, None, None]])
    assert load_workbook(path).active["A2"].value == "Anna Berg"


def test_sheet_names_excel_accepts():
    assert safe_sheet_name("Opdrachten") == "Opdrachten"
    assert safe_sheet_name("Trainees [2026]: 1/2") == "Trainees  2026   1 2"
    assert len(safe_sheet_name("x" * 40)) == 31
    assert safe_sheet_name("") == "Blad1"


def test_progress_is_reported_and_cancel_leaves_no_file(tmp_path):
    seen: list[tuple[int, int | None]] = []
    rows = [[f"r{i}", i, None, None, None, None, None, None] for i in range(1200)]
    write_table(tmp_path / "ok.xlsx", "Lijst", HEADERS, rows,
                progress=Progress(lambda done, total, _text: seen.append((done, total))))  # fmt: skip
    assert seen[-1] == (1200, 1200)
    assert (500, 1200) in seen
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        write_table(tmp_path / "cancelled.xlsx", "Lijst", HEADERS, rows, progress=progress)
    assert not (tmp_path / "cancelled.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["ok.xlsx"]


def test_an_existing_file_is_replaced(tmp_path):
    target = tmp_path / "export.xlsx"
    target.write_text("oud")
    _write(tmp_path, [["nieuw", 1, None, None, None, None, None, None]])
    assert load_workbook(target).active["A2"].value == "nieuw"
