"""Find the header row and match its headings to fields, the way a person would read the sheet.

Title rows, logos and merged captions above the table are skipped: the header row
is the row among the first ones whose cells name the most known fields. The
detected mapping is a proposal; the wizard lets the user change any column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coordinator_app.excel.errors import MappingError
from coordinator_app.excel.fields import SPECS, KindSpec
from coordinator_app.excel.reader import SheetData
from coordinator_app.excel.values import shown

HEADER_SCAN_ROWS = 30


@dataclass
class SheetMapping:
    """Which column holds which field, for one sheet read as one kind."""

    sheet: str
    kind: str
    header_index: int  # index into SheetData.rows
    headers: dict[int, str]  # column index -> heading as written
    columns: dict[int, str] = field(default_factory=dict)  # column index -> field key

    def column_of(self, key: str) -> int | None:
        for index, name in self.columns.items():
            if name == key:
                return index
        return None

    def heading_of(self, key: str) -> str:
        index = self.column_of(key)
        if index is not None:
            return self.headers.get(index, "")
        return SPECS[self.kind].header_of(key)

    @property
    def mapped(self) -> set[str]:
        return set(self.columns.values())

    def copy_with(self, columns: dict[int, str]) -> SheetMapping:
        return SheetMapping(self.sheet, self.kind, self.header_index, dict(self.headers), columns)


def _row_score(spec: KindSpec, row: list[Any]) -> int:
    return len({key for cell in row if (key := spec.match(cell)) is not None})


def find_header(spec: KindSpec, sheet: SheetData) -> tuple[int, int]:
    """(row index, number of fields named) of the most likely header row."""
    best_index, best_score = -1, 0
    for index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        score = _row_score(spec, row)
        if score > best_score:
            best_index, best_score = index, score
    return best_index, best_score


def propose_mapping(
    spec: KindSpec, sheet: SheetData, header_index: int | None = None
) -> SheetMapping:
    if header_index is None:
        header_index, score = find_header(spec, sheet)
        if score == 0:
            raise MappingError(
                f"Werkblad '{sheet.name}': geen kopregel met bekende kolomnamen voor "
                f"{spec.label} gevonden in de eerste {HEADER_SCAN_ROWS} rijen "
                f"(verwacht bijvoorbeeld {', '.join(f.header for f in spec.fields[:5])})."
            )
    row = sheet.rows[header_index] if 0 <= header_index < len(sheet.rows) else []
    headers = {i: shown(cell).strip() for i, cell in enumerate(row) if shown(cell).strip()}
    columns: dict[int, str] = {}
    taken: set[str] = set()
    for index, heading in headers.items():
        key = spec.match(heading)
        if key is not None and key not in taken and not spec.field(key).export_only:
            columns[index] = key
            taken.add(key)
    return SheetMapping(sheet.name, spec.key, header_index, headers, columns)


def detect_kind(sheet: SheetData, allowed: tuple[str, ...] | None = None) -> tuple[str | None, int]:
    """The kind a sheet most likely holds (by its name first, then by its headings)."""
    candidates = [SPECS[k] for k in (allowed or tuple(SPECS))]
    for spec in candidates:
        if spec.matches_sheet_name(sheet.name):
            _index, score = find_header(spec, sheet)
            if score:
                return spec.key, score
    best: str | None = None
    best_score = 1  # one matching heading is not enough to guess a kind
    for spec in candidates:
        _index, score = find_header(spec, sheet)
        if score > best_score:
            best, best_score = spec.key, score
    return best, best_score if best else 0
