"""From a mapped sheet to parsed rows: every cell parsed, every failure kept with its place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from coordinator_app.excel.fields import SPECS
from coordinator_app.excel.mapping import SheetMapping
from coordinator_app.excel.model import Problem
from coordinator_app.excel.reader import SheetData
from coordinator_app.excel.values import CellProblem, shown
from coordinator_app.services.progress import NO_PROGRESS, Progress


class ParsedRow:
    """One data row: the parsed value of every mapped field (None for an empty cell)."""

    __slots__ = ("mapping", "excel_row", "values", "cells", "failed", "has_error")

    def __init__(
        self, mapping: SheetMapping, excel_row: int, values: dict[str, Any], cells: list[Any]
    ) -> None:
        self.mapping = mapping
        self.excel_row = excel_row
        self.values = values
        self.cells = cells
        self.failed: set[str] = set()
        self.has_error = False

    @property
    def sheet(self) -> str:
        return self.mapping.sheet

    def raw_value(self, key: str) -> Any:
        """The cell as it was in the file (for messages)."""
        column = self.mapping.column_of(key)
        if column is None or column >= len(self.cells):
            return None
        value = self.cells[column]
        return None if value == "" else value

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def has(self, key: str) -> bool:
        """Whether the file carries this field (a mapped column whose cell parsed)."""
        return key in self.values and key not in self.failed

    def given(self, key: str) -> bool:
        return self.values.get(key) is not None and key not in self.failed


@dataclass
class SheetRows:
    mapping: SheetMapping
    rows: list[ParsedRow]
    sheet: SheetData
    context: dict[str, Any] = field(default_factory=dict)


def problem_at(row: ParsedRow, key: str, message: str, value: Any = None) -> Problem:
    column = row.mapping.column_of(key)
    shown_value = shown(row.raw_value(key) if value is None else value)
    return Problem(
        row.sheet, row.excel_row, row.mapping.heading_of(key), shown_value, message, column
    )


def parse_sheet(
    sheet: SheetData,
    mapping: SheetMapping,
    problems: list[Problem],
    *,
    date1904: bool = False,
    progress: Progress = NO_PROGRESS,
) -> SheetRows:
    """Parse every row below the header; blank rows are skipped, bad cells reported."""
    spec = SPECS[mapping.kind]
    parsers: list[tuple[int, str, Callable[[Any], Any]]] = [
        (index, key, spec.field(key).parser(date1904))
        for index, key in sorted(mapping.columns.items())
    ]
    header_values = {
        index: sheet.rows[mapping.header_index][index]
        for index in mapping.columns
        if index < len(sheet.rows[mapping.header_index])
    }
    first_row = sheet.first_row
    rows: list[ParsedRow] = []
    total = len(sheet.rows)
    start = mapping.header_index + 1
    first_col, first_key, _first = parsers[0] if parsers else (0, "", None)
    header_first = header_values.get(first_col)
    for index in range(start, total):
        cells = sheet.rows[index]
        width = len(cells)
        parsed: dict[str, Any] = {}
        blank = True
        for col, key, _parse in parsers:
            value = cells[col] if col < width else None
            if value is None or value == "":
                parsed[key] = None
            else:
                parsed[key] = value
                blank = False
        if blank:
            continue
        if (
            header_first is not None
            and parsed.get(first_key) == header_first
            and all(parsed[key] == header_values.get(col) for col, key, _p in parsers)
        ):
            continue  # the header pasted again further down
        row = ParsedRow(mapping, first_row + index, parsed, cells)
        for col, key, parse in parsers:
            value = parsed[key]
            if value is None:
                continue
            try:
                parsed[key] = parse(value)
            except CellProblem as exc:
                parsed[key] = None
                row.failed.add(key)
                row.has_error = True
                problems.append(
                    Problem(
                        sheet.name,
                        row.excel_row,
                        mapping.headers.get(col, key),
                        shown(value),
                        exc.message,
                        col,
                    )
                )
        rows.append(row)
        if index % 5000 == 0:
            progress.report(index, total, "")
    return SheetRows(mapping, rows, sheet)
