"""From a mapped sheet to parsed rows: every cell parsed, every failure kept with its place."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import repeat
from operator import itemgetter
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


class SheetRows:
    """The parsed rows of one mapped sheet, parsed a block at a time when asked for.

    ``rows`` gives them all (parsing what is left); ``blocks`` gives them a block at
    a time, parsing each block only when the one before has been handled, so that
    an import can start writing before the whole sheet is parsed.
    """

    def __init__(
        self,
        mapping: SheetMapping,
        rows: list[ParsedRow],
        sheet: SheetData,
        more: Iterator[list[ParsedRow]] | None = None,
        problems: list[Problem] | None = None,
    ) -> None:
        self.mapping = mapping
        self.sheet = sheet
        self.context: dict[str, Any] = {}
        # where the problems of its cells go, as its blocks are parsed
        self.problems: list[Problem] = [] if problems is None else problems
        self._rows = rows
        self._more = more

    @property
    def rows(self) -> list[ParsedRow]:
        if self._more is not None:
            for block in self._more:
                self._rows.extend(block)
            self._more = None
        return self._rows

    def blocks(self) -> Iterator[list[ParsedRow]]:
        """Every row once, in order: those parsed already, then block after block."""
        done = 0
        while True:
            if done < len(self._rows):
                block = self._rows[done:]
                done = len(self._rows)
                yield block
                continue
            more = next(self._more, None) if self._more is not None else None
            if more is None:
                self._more = None
                return
            self._rows.extend(more)


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
    block_rows: int | None = None,
) -> SheetRows:
    """Parse every row below the header; blank rows are skipped, bad cells reported.

    The work goes column by column (a column's cells share one parser, and clean
    text is checked for the whole column at once); the problems are reported row
    by row, left to right, as a reader goes through the sheet. With ``block_rows``
    the sheet is parsed that many rows at a time, as the rows are asked for.
    """
    mapped = sorted(mapping.columns.items())
    if not mapped:
        return SheetRows(mapping, [], sheet, problems=problems)
    start = mapping.header_index + 1
    data = sheet.rows[start:]
    size = block_rows or max(1, len(data))
    blocks = _parse_blocks(sheet, mapping, mapped, data, size, problems, date1904, progress)
    rows = SheetRows(mapping, [], sheet, blocks, problems)
    if block_rows is None:
        rows.rows  # noqa: B018 - parsed now
    return rows


def _parse_blocks(
    sheet: SheetData,
    mapping: SheetMapping,
    mapped: list[tuple[int, str]],
    data: list[list[Any]],
    size: int,
    problems: list[Problem],
    date1904: bool,
    progress: Progress,
) -> Iterator[list[ParsedRow]]:
    spec = SPECS[mapping.kind]
    indexes = [index for index, _key in mapped]
    keys = [key for _index, key in mapped]
    parsers = [spec.field(key).column_parser(date1904) for key in keys]
    header = sheet.rows[mapping.header_index]
    header_values = {index: header[index] for index in mapping.columns if index < len(header)}
    header_first = header_values.get(indexes[0])
    header_cells = tuple(header_values.get(index) for index in indexes)
    first_row = sheet.first_row + mapping.header_index + 1
    for begin, end in _block_bounds(len(data), size):
        rows = _parse_block(
            sheet, mapping, mapped, keys, parsers, data[begin:end], first_row + begin, problems,
            (header_first, header_cells),
        )  # fmt: skip
        progress.report(end, len(data), "")
        yield rows


_SMALLEST_BLOCK = 256


def _block_bounds(total: int, size: int) -> Iterator[tuple[int, int]]:
    """(begin, end) of each block: ``size`` rows, and after the first block the last
    ``size`` rows halved again and again, so that what is done with the last block
    takes little time. A sheet of at most ``size`` rows is one block."""
    begin = 0
    while begin < total:
        left = total - begin
        if left > size or begin == 0:
            step = min(left, size)
        else:
            step = max(left // 2, min(left, _SMALLEST_BLOCK))
        yield begin, begin + step
        begin += step


def _parse_block(
    sheet: SheetData,
    mapping: SheetMapping,
    mapped: list[tuple[int, str]],
    keys: list[str],
    parsers: list[Any],
    data: list[list[Any]],
    first_row: int,
    problems: list[Problem],
    header: tuple[Any, tuple[Any, ...]],
) -> list[ParsedRow]:
    indexes = [index for index, _key in mapped]
    picked = _pick(data, indexes)
    kept = [
        index
        for index, filled in enumerate(map(any, picked))
        if filled or not _blank(picked[index])
    ]
    header_first, header_cells = header
    if header_first is not None:
        kept = [
            index
            for index in kept
            if not (picked[index][0] == header_first and _normal(picked[index]) == header_cells)
        ]  # the header pasted again further down
    if not kept:
        return []
    columns = list(zip(*(picked[index] for index in kept), strict=True))
    parsed_columns: list[list[Any]] = []
    refused: list[tuple[int, int, CellProblem]] = []  # (position, column order, problem)
    for order, (column, parser) in enumerate(zip(columns, parsers, strict=True)):
        results, failures = parser(column)
        parsed_columns.append(results)
        refused.extend((position, order, exc) for position, exc in failures)
    rows = list(
        map(
            ParsedRow,
            repeat(mapping),
            [first_row + index for index in kept],
            map(dict, map(zip, repeat(keys), zip(*parsed_columns, strict=True))),
            [data[index] for index in kept],
        )
    )
    for position, order, exc in sorted(refused, key=lambda item: (item[0], item[1])):
        row = rows[position]
        index, key = mapped[order]
        row.failed.add(key)
        row.has_error = True
        problems.append(
            Problem(
                sheet.name,
                row.excel_row,
                mapping.headers.get(index, key),
                shown(columns[order][position]),
                exc.message,
                index,
            )
        )
    return rows


def _pick(rows: list[Any], indexes: list[int]) -> list[tuple[Any, ...]]:
    """The cells at ``indexes`` of every row (None beyond a short row's end)."""
    if min(map(len, rows), default=0) > max(indexes):
        getter = itemgetter(*indexes)
        if len(indexes) == 1:
            return [(value,) for value in map(getter, rows)]
        return list(map(getter, rows))
    return [tuple(row[i] if i < len(row) else None for i in indexes) for row in rows]


def _blank(cells: tuple[Any, ...]) -> bool:
    return all(value is None or value == "" for value in cells)


def _normal(cells: tuple[Any, ...]) -> tuple[Any, ...]:
    """Blank cells as None, as a parsed row holds them."""
    return tuple(None if value is None or value == "" else value for value in cells)
