"""A copy of the imported workbook with every bad cell highlighted and explained.

The coordinator opens it next to the original, fixes the cells with a red fill
(each carries a comment with the Dutch message), and imports again. A first sheet
"Foutenoverzicht" lists all problems with a link to each cell. A CSV file comes
back as a workbook with the same rows.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from coordinator_app.excel.limits import DEFAULT_LIMITS, ReadLimits
from coordinator_app.excel.model import Problem
from coordinator_app.excel.reader import read_csv
from coordinator_app.excel.safety import check_xml_hardening, inspect_package, sniff_format
from coordinator_app.paths import make_private

BAD_FILL = PatternFill("solid", fgColor="FFC7CE")
ROW_FILL = PatternFill("solid", fgColor="FFF2CC")
SUMMARY_SHEET = "Foutenoverzicht"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _clean(value: object) -> object:
    if isinstance(value, str) and _ILLEGAL.search(value):
        return _ILLEGAL.sub("\ufffd", value)
    return value


def _load(source: Path, limits: ReadLimits) -> Workbook:
    kind = sniff_format(source, limits)
    if kind == "csv":
        data = read_csv(source, limits)
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = data.name
        for row in data.rows:
            sheet.append([_clean(v) for v in row])
        return book
    inspect_package(source, limits)
    check_xml_hardening()
    return load_workbook(source, keep_vba=source.suffix.lower() == ".xlsm")


def write_error_report(
    source: Path | str,
    problems: Iterable[Problem],
    out: Path | str,
    *,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Path:
    """Write the annotated copy of ``source`` to ``out`` and return its path."""
    source, out = Path(source), Path(out)
    book = _load(source, limits)
    ordered = sorted(problems, key=lambda p: (p.sheet, p.row or 0, p.column_index or 0))
    by_cell: dict[tuple[str, int, int], list[Problem]] = defaultdict(list)
    for problem in ordered:
        if problem.sheet in book.sheetnames and problem.row is not None:
            column = problem.column_index if problem.column_index is not None else 0
            by_cell[(problem.sheet, problem.row, column)].append(problem)
    for (sheet_name, row, column), found in by_cell.items():
        sheet = book[sheet_name]
        cell = sheet.cell(row=row, column=column + 1)
        cell.value = _clean(cell.value)  # type: ignore[assignment]
        cell.fill = BAD_FILL
        text = "\n".join(f"• {p.message}" for p in found)
        comment = Comment(text[:30_000], "Coordinator")
        comment.width, comment.height = 320, min(60 + 40 * len(found), 400)
        cell.comment = comment
    _summary(book, ordered)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.part")
    try:
        make_private(partial)
        book.save(partial)
        os.replace(partial, out)
    finally:
        if partial.exists():
            partial.unlink()
    return out


def _summary(book: Workbook, problems: list[Problem]) -> None:
    name = SUMMARY_SHEET
    number = 2
    while name in book.sheetnames:
        name = f"{SUMMARY_SHEET} {number}"
        number += 1
    sheet: Worksheet = book.create_sheet(name, 0)
    sheet.append(["Blad", "Rij", "Kolom", "Waarde", "Melding"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for problem in problems:
        sheet.append(
            [
                problem.sheet,
                problem.row,
                problem.column,
                _clean(problem.value),
                _clean(problem.message),
            ]
        )
        if problem.sheet in book.sheetnames and problem.row is not None:
            column = get_column_letter((problem.column_index or 0) + 1)
            link = sheet.cell(row=sheet.max_row, column=2)
            link.hyperlink = f"#{quote_sheetname(problem.sheet)}!{column}{problem.row}"
            link.font = Font(color="0563C1", underline="single")
    for letter, width in zip("ABCDE", (18, 8, 24, 30, 90), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    book.active = 0
    for other in book.worksheets[1:]:
        other.sheet_view.tabSelected = False
