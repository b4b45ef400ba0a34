"""Reading a spreadsheet's cells: .xlsx/.xlsm through calamine, .csv through the csv module.

The fast reader (calamine, written in Rust) returns each cell's stored value —
formulas are never evaluated, their last computed value is read — and handles
both date systems (1900 and 1904). Before it is handed a file, :mod:`safety`
has checked that expanding it stays within the limits.

Rows keep their place: ``SheetData.first_row`` is the Excel row number of the first
row read, so every message can name the row as Excel shows it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coordinator_app.excel.errors import DamagedFileError, HostileFileError, ProtectedFileError
from coordinator_app.excel.halves import (
    PARALLEL_MAX_BYTES,
    PARALLEL_MIN_BYTES,
    read_in_halves,
    sheet_parts,
)
from coordinator_app.excel.limits import DEFAULT_LIMITS, ReadLimits
from coordinator_app.excel.safety import dutch_number, inspect_package, sniff_format

Row = list[Any]


@dataclass
class SheetData:
    """The cells of one sheet: ``rows[i][j]`` is Excel row ``first_row + i``, column ``j + 1``."""

    name: str
    rows: list[Row]
    first_row: int = 1
    hidden: bool = False

    def excel_row(self, index: int) -> int:
        return self.first_row + index

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class WorkbookData:
    path: Path
    format: str  # "xlsx" or "csv"
    sheet_names: list[str]
    hidden: set[str] = field(default_factory=set)
    date1904: bool = False
    _loaded: dict[str, SheetData] = field(default_factory=dict)
    _limits: ReadLimits = DEFAULT_LIMITS
    _calamine: Any = None
    # Unpacked XML of large worksheets, by package part, until their sheet is read.
    _sheet_xml: dict[str, bytes] = field(default_factory=dict)

    def sheet(self, name: str) -> SheetData:
        if name not in self._loaded:
            self._loaded[name] = _load_xlsx_sheet(self, name)
        return self._loaded[name]

    def close(self) -> None:
        """Release the file; sheets already read stay available."""
        if self._calamine is not None:
            self._calamine.close()
            self._calamine = None
        self._sheet_xml.clear()

    def __enter__(self) -> WorkbookData:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def sheets(self) -> Iterator[SheetData]:
        for name in self.sheet_names:
            yield self.sheet(name)


def open_workbook(path: Path | str, limits: ReadLimits = DEFAULT_LIMITS) -> WorkbookData:
    """Check and open a spreadsheet; sheets are read on first use."""
    path = Path(path)
    kind = sniff_format(path, limits)
    if kind == "csv":
        sheet = read_csv(path, limits)
        book = WorkbookData(path, "csv", [sheet.name], _limits=limits)
        book._loaded[sheet.name] = sheet
        return book
    package = inspect_package(path, limits, keep=(PARALLEL_MIN_BYTES, PARALLEL_MAX_BYTES))
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        calamine = CalamineWorkbook.from_path(str(path))
    except PasswordError as exc:
        raise ProtectedFileError(f"{path.name} is beveiligd met een wachtwoord.") from exc
    except CalamineError as exc:
        raise DamagedFileError(_damaged(path, exc)) from exc
    names: list[str] = []
    hidden: set[str] = set()
    for meta in calamine.sheets_metadata:
        if str(meta.typ).endswith("WorkSheet"):
            names.append(meta.name)
            if not str(meta.visible).endswith(".Visible"):
                hidden.add(meta.name)
    if not names:
        calamine.close()
        raise DamagedFileError(f"{path.name} bevat geen werkbladen met gegevens.")
    book = WorkbookData(
        path,
        "xlsx",
        names,
        hidden=hidden,
        _limits=limits,
        _calamine=calamine,
        _sheet_xml=package.sheet_xml,
    )
    book.date1904 = _uses_1904(path)
    return book


def _damaged(path: Path, exc: Exception) -> str:
    detail = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
    return (
        f"{path.name} kan niet worden gelezen; het is beschadigd of geen echte werkmap "
        f"({detail}). Open het in Excel en sla het opnieuw op als 'Excel-werkmap (*.xlsx)'."
    )


def _uses_1904(path: Path) -> bool:
    """Whether the workbook counts dates from 1904 (old Mac Excel); affects bare serials."""
    import zipfile

    with zipfile.ZipFile(path) as archive, archive.open("xl/workbook.xml") as handle:
        head = handle.read(64 * 1024)
    return b'date1904="1"' in head or b'date1904="true"' in head


def _load_xlsx_sheet(book: WorkbookData, name: str) -> SheetData:
    from python_calamine import CalamineError, CalamineWorkbook

    if book._sheet_xml:
        halves = _read_large_sheet(book, name)
        if halves is not None:
            rows, merged = halves
            _check_height(book, name, rows)
            data = SheetData(name, rows, first_row=1, hidden=name in book.hidden)
            _fill_merged_down(data, merged)
            return data
    try:
        if book._calamine is None:
            book._calamine = CalamineWorkbook.from_path(str(book.path))
        sheet = book._calamine.get_sheet_by_name(name)
        start = sheet.start or (0, 0)
        lead: Row = [None] * start[1]
        # Empty cells stay "" (calamine's empty value): every consumer treats "" as blank,
        # and not rewriting 20,000 rows keeps reading close to calamine's own speed.
        rows: list[Row] = (
            list(sheet.iter_rows()) if not lead else [lead + r for r in sheet.iter_rows()]
        )
        _check_height(book, name, rows)
        merged = sheet.merged_cell_ranges or []
    except CalamineError as exc:
        raise DamagedFileError(_damaged(book.path, exc)) from exc
    data = SheetData(name, rows, first_row=_first_row(sheet.end, rows), hidden=name in book.hidden)
    _fill_merged_down(data, merged)
    return data


def _read_large_sheet(book: WorkbookData, name: str) -> tuple[list[Row], list[Any]] | None:
    """A large sheet read on two cores (see :mod:`halves`); None to read it whole."""
    import zipfile

    try:
        with zipfile.ZipFile(book.path) as archive:
            part = sheet_parts(archive).get(name)
            xml = book._sheet_xml.pop(part, None) if part else None
            if part is None or xml is None:
                return None
            return read_in_halves(archive, name, part, xml)
    except (KeyError, ValueError, SyntaxError, OSError, zipfile.BadZipFile):
        return None  # an unusual package: calamine reads the sheet whole and says what is wrong


def _check_height(book: WorkbookData, name: str, rows: list[Row]) -> None:
    if len(rows) > book._limits.max_rows:
        raise HostileFileError(
            f"Werkblad '{name}' heeft meer dan {dutch_number(book._limits.max_rows)} "
            "rijen; splits het bestand."
        )


def _first_row(end: tuple[int, int] | None, rows: list[Row]) -> int:
    """The Excel row number of ``rows[0]``, counted back from the sheet's last row.

    calamine's row iterator starts at the sheet's first row (1) even when the used
    area starts lower, so ``sheet.start`` is not where the rows begin; the last row
    is the same for both.
    """
    return end[0] + 2 - len(rows) if end and rows else 1


def _fill_merged_down(
    data: SheetData, merged: list[tuple[tuple[int, int], tuple[int, int]]]
) -> None:
    """A value merged over several rows (one organisation for three contacts) applies to each."""
    offset = data.first_row - 1
    for (top, left), (bottom, _right) in merged:
        if bottom <= top:
            continue
        first = top - offset
        if not 0 <= first < len(data.rows):
            continue
        source = data.rows[first]
        value = source[left] if left < len(source) else None
        if value is None or value == "":
            continue
        for index in range(first + 1, min(bottom - offset + 1, len(data.rows))):
            row = data.rows[index]
            if left >= len(row):
                row.extend([None] * (left + 1 - len(row)))
            if row[left] is None or row[left] == "":
                row[left] = value


# --- CSV ---------------------------------------------------------------------------------


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 — what Excel on Windows writes."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def detect_delimiter(sample: str) -> str:
    """The separator that splits the sample's lines into the most consistent columns."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    best, best_score = ";", -1
    for candidate in (";", ",", "\t"):
        counts = [len(r) for r in csv.reader(lines, delimiter=candidate)]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        if common < 2:
            continue
        score = counts.count(common) * common
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_csv(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> SheetData:
    content = decode_text(path.read_bytes())
    if not content.strip():
        raise DamagedFileError(f"{path.name} bevat geen gegevens.")
    delimiter = detect_delimiter(content[: 64 * 1024])
    rows: list[Row] = []
    for record in csv.reader(io.StringIO(content, newline=""), delimiter=delimiter):
        rows.append([value if value.strip() else None for value in record])
        if len(rows) > limits.max_rows:
            raise HostileFileError(
                f"{path.name} heeft meer dan {dutch_number(limits.max_rows)} "
                "regels; splits het bestand."
            )
    return SheetData(path.stem[:31] or "CSV", rows, first_row=1)
