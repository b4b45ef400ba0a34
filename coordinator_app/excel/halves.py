"""Reading one large worksheet as two halves at once, one per processor core.

calamine parses a worksheet's XML without holding Python's interpreter lock, but
one sheet is one job for one core. A list of 20,000 trainees spends most of its
reading time there, so for a large sheet the XML (already unpacked by the safety
scan) is cut at a row boundary near the middle, each half is put in a small
uncompressed copy of the package, and both copies are parsed at the same time.

The result is the same rows, cell for cell, as one read of the whole sheet; a
property test holds the two side by side. Whenever the sheet does not lend itself
to cutting (no plain ``<sheetData>`` and ``<row`` elements, or a cut that falls
inside a comment, which leaves a half unterminated) or a half cannot be read,
:func:`read_in_halves` returns None and the caller reads the sheet whole, which
then gives the usual messages for a damaged file.
"""

from __future__ import annotations

import io
import threading
import zipfile
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring

# Below this a sheet is read whole: starting a thread and copying the package would
# cost more than the second core gains.
PARALLEL_MIN_BYTES = 4 * 1024 * 1024
# At most this much unpacked XML is kept for all sheets of a workbook together (a larger
# sheet is read whole), so it and the two copies never crowd calamine's cells.
PARALLEL_MAX_BYTES = 48 * 1024 * 1024

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_EMPTY_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<sheetData/></worksheet>"
)


@dataclass
class Half:
    """One half as calamine read it: the rows of its used area (from ``start``, zero-based
    row and column, to ``end``; no rows when the half has no cells) and the sheet's
    merged ranges."""

    rows: list[list[Any]]
    start: tuple[int, int]
    end: tuple[int, int]
    merged: list[Any]


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the package part that holds its cells (``xl/worksheets/...``)."""
    book = fromstring(archive.read("xl/workbook.xml"))
    rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{{{_RELS}}}Relationship")}
    parts: dict[str, str] = {}
    sheets: Element | None = book.find(f"{{{_MAIN}}}sheets")
    for sheet in sheets if sheets is not None else ():
        target = targets.get(sheet.get(f"{{{_DOC_RELS}}}id"), "")
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        parts[sheet.get("name", "")] = part
    return parts


def cut(xml: bytes) -> tuple[list[memoryview], list[memoryview]] | None:
    """The sheet's XML as two complete documents, each with about half the rows.

    Each document is given as pieces of ``xml`` (nothing is copied). A cut that
    falls inside a comment or CDATA section leaves the first half unterminated;
    calamine refuses it and the sheet is read whole.
    """
    opening = xml.find(b"<sheetData>")
    closing = xml.rfind(b"</sheetData>")
    if opening < 0 or closing < opening:
        return None
    body_start = opening + len(b"<sheetData>")
    middle = xml.find(b"<row ", body_start + (closing - body_start) // 2, closing)
    if middle <= body_start:
        return None
    view = memoryview(xml)
    return [view[:middle], view[closing:]], [view[:body_start], view[middle:]]


def read_in_halves(
    archive: zipfile.ZipFile, sheet_name: str, part: str, xml: bytes
) -> tuple[list[list[Any]], list[Any]] | None:
    """Read ``sheet_name`` (whose unpacked XML is ``xml``) on two cores.

    Returns the rows exactly as one read of the whole sheet would give them
    (``rows[i]`` is Excel row ``i + 1``, leading empty columns as None) and the
    merged ranges; None when the sheet is better read whole.
    """
    halves = cut(xml)
    if halves is None:
        return None
    try:
        others = _other_parts(archive, part)
    except (KeyError, OSError, RuntimeError, zipfile.BadZipFile):
        return None
    found: list[Half | BaseException | None] = [None, None]

    def read(index: int) -> None:
        try:
            package = _package(others, part, halves[index])
            found[index] = _read(package, sheet_name)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, who reads whole
            found[index] = exc

    helper = threading.Thread(target=read, args=(1,), name="sheet-half", daemon=True)
    helper.start()
    read(0)
    helper.join()
    first, second = found
    if not isinstance(first, Half) or not isinstance(second, Half):
        return None
    return join(first, second), first.merged


def _other_parts(archive: zipfile.ZipFile, part: str) -> list[tuple[str, bytes]]:
    """Every part of the package but ``part``, other worksheets left empty."""
    others = []
    for item in archive.infolist():
        name = item.filename
        if item.is_dir() or name == part:
            continue
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            others.append((name, _EMPTY_SHEET))
        else:
            others.append((name, archive.read(item)))
    return others


def _package(others: list[tuple[str, bytes]], part: str, pieces: list[memoryview]) -> bytes:
    """An uncompressed package of ``others`` with ``pieces`` joined as ``part``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as copy:
        for name, data in others:
            copy.writestr(name, data)
        entry = zipfile.ZipInfo(part)
        entry.file_size = sum(len(piece) for piece in pieces)
        with copy.open(entry, "w") as handle:
            for piece in pieces:
                handle.write(piece)
    return buffer.getvalue()


def _read(package: bytes, sheet_name: str) -> Half:
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_filelike(io.BytesIO(package)) as book:
        sheet = book.get_sheet_by_name(sheet_name)
        merged = sheet.merged_cell_ranges or []
        if sheet.start is None or sheet.end is None:
            return Half([], (0, 0), (0, 0), merged)
        return Half(sheet.to_python(skip_empty_area=True), sheet.start, sheet.end, merged)


def join(first: Half, second: Half) -> list[list[Any]]:
    """The rows of both halves as one read of the whole sheet gives them: from row 1,
    every row as wide as the used area, empty cells "" and empty leading columns None."""
    present = [h for h in (first, second) if h.rows]
    if not present:
        return []
    left = min(h.start[1] for h in present)
    right = max(h.end[1] for h in present)
    width = right - left + 1
    rows: list[list[Any]] = []
    for half in present:
        top = half.start[0]
        if top > len(rows):
            rows.extend([""] * width for _ in range(top - len(rows)))
        before = half.start[1] - left
        after = right - half.end[1]
        if before or after:
            rows.extend([""] * before + row + [""] * after for row in half.rows)
        else:
            rows.extend(half.rows)
    if left:
        lead = [None] * left
        rows = [lead + row for row in rows]
    return rows
