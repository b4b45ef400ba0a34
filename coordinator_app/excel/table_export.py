"""Write the rows a list screen shows to an .xlsx workbook a coordinator can work with.

Cells keep their type (numbers stay numbers, dates are real dates shown as
dd-mm-jjjj), the header is bold and frozen with an autofilter, and columns are as
wide as their contents. Text is never written as something a spreadsheet would run:
a value that starts like a formula (=, +, -, @) or with a tab or carriage return is
stored as a plain string cell marked "quote prefix", which keeps it text even when
someone edits the cell later (CWE-1236, formula injection).

Qt-free: the GUI runs :func:`write_table` in a worker, the command line can call it too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from coordinator_app.paths import make_private
from coordinator_app.services.progress import NO_PROGRESS, Progress

DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
TIME_FORMAT = "hh:mm"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60
MIN_WIDTH = 6
SHEET_NAME_LIMIT = 31
_FORBIDDEN_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
# Control characters that XML 1.0 (and so .xlsx) cannot hold; tab, LF and CR can stay.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | None


def safe_sheet_name(name: str) -> str:
    """A sheet name Excel accepts: no []:*?/\\, at most 31 characters, not empty."""
    cleaned = _FORBIDDEN_IN_SHEET_NAME.sub(" ", name).strip().strip("'")
    return (cleaned or "Blad1")[:SHEET_NAME_LIMIT]


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def _display_length(value: CellValue) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, dt.time):
        return 5
    if isinstance(value, bool):
        return 5
    if isinstance(value, float):
        return len(f"{value:.2f}")
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[CellValue]]) -> list[float]:
    """Widths (in Excel's character units) that fit header and contents, within limits."""
    widths = [len(h) + 4 for h in headers]  # room for the autofilter button
    for row in rows:
        for i, value in enumerate(row[: len(widths)]):
            length = _display_length(value)
            if length > widths[i]:
                widths[i] = length
    return [float(min(MAX_WIDTH, max(MIN_WIDTH, w + 2))) for w in widths]


def _cell(sheet: WriteOnlyWorksheet, value: CellValue) -> WriteOnlyCell | CellValue:
    if isinstance(value, str):
        # XML turns a bare carriage return into a line feed anyway; say so up front.
        text = _ILLEGAL.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
        if is_formula_like(value) or is_formula_like(text):
            cell = WriteOnlyCell(sheet, value=text)
            cell.data_type = "s"  # a string, never a formula
            cell.quotePrefix = True
            return cell
        return text
    if isinstance(value, dt.datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, dt.time):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = TIME_FORMAT
        return cell
    return value


def _fill(
    sheet: WriteOnlyWorksheet,
    headers: Sequence[str],
    rows: Sequence[Sequence[CellValue]],
    progress: Progress,
) -> None:
    widths = column_widths(headers, rows)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last_column = get_column_letter(max(1, len(headers)))
    sheet.auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6F0")
    align = Alignment(vertical="center")
    header_cells = []
    for title in headers:
        cell = WriteOnlyCell(sheet, value=_ILLEGAL.sub("", title))
        if is_formula_like(title):
            cell.data_type = "s"
            cell.quotePrefix = True
        cell.font = bold
        cell.fill = fill
        cell.alignment = align
        header_cells.append(cell)
    sheet.append(header_cells)
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        sheet.append([_cell(sheet, value) for value in row])
        if done % 500 == 0:
            progress.report(done, total)
    progress.report(total, total)


def write_table(
    path: Path,
    sheet_name: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[CellValue]],
    *,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """Write ``headers`` and ``rows`` to ``path`` (replaced atomically) and return it.

    ``progress`` is told every few hundred rows and may cancel; a cancelled export
    leaves no file behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(safe_sheet_name(sheet_name))
    partial = path.with_name(f".{path.name}.part")
    try:
        _fill(sheet, headers, rows, progress)
        make_private(partial)
        workbook.save(partial)
        os.replace(partial, path)
    except BaseException:
        if not sheet.closed:
            with contextlib.suppress(Exception):
                sheet.close()  # finish the temporary file so nothing is left half-written
        raise
    finally:
        if partial.exists():
            partial.unlink()
    return path
