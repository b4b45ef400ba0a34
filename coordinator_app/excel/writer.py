"""Writing tables to .xlsx that look made with care, fast and in constant memory.

xlsxwriter in constant-memory mode streams each row to disk as it is written, so an
export of 100,000 rows never holds them all. Every cell keeps its type: dates are
real dates shown as dd-mm-jjjj, numbers are numbers, and text is always a text
cell. Text that a spreadsheet could take for a formula (starting with =, +, -, @, a
tab or a carriage return) is written as a text cell with Excel's "quote prefix"
style, so it stays text even when someone edits the cell later — the value itself
is not changed, so it imports back exactly.

The header is bold and frozen, has an autofilter, and the columns are as wide as
their contents (measured on the rows as they pass).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import xlsxwriter

from coordinator_app.paths import make_private
from coordinator_app.services.progress import NO_PROGRESS, Progress

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60
MIN_WIDTH = 6
_FORBIDDEN_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
EXCEL_TEXT_LIMIT = 32_767


def safe_sheet_name(name: str, taken: Iterable[str] = ()) -> str:
    """A sheet name Excel accepts (no []:*?/\\, at most 31 characters) and not yet used."""
    cleaned = (_FORBIDDEN_IN_SHEET_NAME.sub(" ", name).strip().strip("'") or "Blad")[:31]
    used = {t.casefold() for t in taken}
    candidate, number = cleaned, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = cleaned[: 31 - len(suffix)] + suffix
        number += 1
    return candidate


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


class TableWorkbook:
    """One .xlsx file with one or more tables, written to a temporary name and renamed."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._partial = self.path.with_name(f".{self.path.name}.part")
        self.book = xlsxwriter.Workbook(
            str(self._partial),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
                "default_date_format": "dd-mm-yyyy",
            },
        )
        self.book.set_properties(
            {"title": "Coordinator-export", "comments": "Gemaakt door Coordinator"}
        )
        self.header = self.book.add_format(
            {"bold": True, "bg_color": "#DDE6F0", "bottom": 1, "valign": "vcenter"}
        )
        self.date = self.book.add_format({"num_format": "dd-mm-yyyy"})
        self.datetime = self.book.add_format({"num_format": "dd-mm-yyyy hh:mm"})
        self.time = self.book.add_format({"num_format": "hh:mm"})
        self.quoted = self.book.add_format({"quote_prefix": True})
        self.decimal = self.book.add_format({"num_format": "0.##"})
        self._names: list[str] = []
        self._closed = False

    def __enter__(self) -> TableWorkbook:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()

    def add_table(
        self,
        sheet_name: str,
        headers: Sequence[str],
        rows: Iterable[Sequence[Any]],
        *,
        total: int | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> int:
        """Write one table on a new sheet; returns the number of data rows written."""
        name = safe_sheet_name(sheet_name, self._names)
        self._names.append(name)
        sheet = self.book.add_worksheet(name)
        widths = [len(h) + 3 for h in headers]  # room for the filter button
        header_format = self.header
        for col, heading in enumerate(headers):
            sheet.write_string(0, col, heading, header_format)
        date_fmt, datetime_fmt, time_fmt, quoted = self.date, self.datetime, self.time, self.quoted
        write_string, write_number, write_datetime = (
            sheet.write_string,
            sheet.write_number,
            sheet.write_datetime,
        )
        decimal_fmt = self.decimal
        count = 0
        row_index = 0
        for row_index, values in enumerate(rows, start=1):  # noqa: B007 - used after the loop
            for col, value in enumerate(values):
                if value is None:
                    continue
                kind = type(value)
                if kind is str:
                    if not value:
                        continue
                    if len(value) > EXCEL_TEXT_LIMIT or _ILLEGAL_XML.search(value):
                        value = _ILLEGAL_XML.sub("", value)[:EXCEL_TEXT_LIMIT]
                    if value[0] in "=+-@\t\r":
                        write_string(row_index, col, value, quoted)
                    else:
                        write_string(row_index, col, value)
                    length = len(value)
                    if "\n" in value:
                        length = max(len(line) for line in value.splitlines())
                elif kind is int:
                    write_number(row_index, col, value)
                    length = len(str(value))
                elif kind is float:
                    write_number(row_index, col, value, decimal_fmt)
                    length = len(f"{value:.2f}")
                elif kind is dt.date:
                    write_datetime(row_index, col, value, date_fmt)
                    length = 10
                elif kind is dt.datetime:
                    write_datetime(row_index, col, value, datetime_fmt)
                    length = 16
                elif kind is dt.time:
                    write_datetime(row_index, col, value, time_fmt)
                    length = 5
                elif kind is bool:
                    write_string(row_index, col, "ja" if value else "nee")
                    length = 3
                else:
                    text = str(value)
                    if is_formula_like(text):
                        write_string(row_index, col, text, quoted)
                    else:
                        write_string(row_index, col, text)
                    length = len(text)
                if length > widths[col]:
                    widths[col] = length
            count = row_index
            if row_index % 5000 == 0:
                progress.report(row_index, total, "")
        for col, width in enumerate(widths):
            sheet.set_column(col, col, min(MAX_WIDTH, max(MIN_WIDTH, width + 1)))
        sheet.freeze_panes(1, 0)
        if headers:
            sheet.autofilter(0, 0, max(count, 1), len(headers) - 1)
        progress.report(count, total, "")
        return count

    def close(self) -> Path:
        if not self._closed:
            self._closed = True
            if not self._names:
                self.book.add_worksheet("Blad1")
            make_private(self._partial)
            self.book.close()
            os.replace(self._partial, self.path)
        return self.path

    def discard(self) -> None:
        """Throw the half-written file away (after an error or a cancel)."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(Exception):  # the file is deleted anyway
            self.book.close()
        if self._partial.exists():
            self._partial.unlink()


def write_table(
    path: Path | str,
    sheet_name: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    total: int | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """One table in one workbook: what a list screen's "export" needs."""
    with TableWorkbook(path) as book:
        book.add_table(sheet_name, headers, rows, total=total, progress=progress)
    return Path(path)
