"""Builders of the spreadsheets people send: tidy ones, messy ones and broken ones."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

TRAINEE_HEADERS = ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail", "Opleidingsniveau"]


def xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    sheet: str = "Blad1",
    above: Sequence[Sequence[Any]] = (),
    merge: Iterable[str] = (),
    more: dict[str, Sequence[Sequence[Any]]] | None = None,
    epoch_1904: bool = False,
    number_formats: dict[str, str] | None = None,
) -> Path:
    """A workbook with ``above`` (title lines) followed by ``rows`` (header first)."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    for line in [*above, *rows]:
        ws.append(list(line))
    for cells in merge:
        ws.merge_cells(cells)
    for coordinate, fmt in (number_formats or {}).items():
        ws[coordinate].number_format = fmt
    for name, extra in (more or {}).items():
        other = book.create_sheet(name)
        for line in extra:
            other.append(list(line))
    if epoch_1904:
        book.epoch = CALENDAR_MAC_1904
    book.save(path)
    return path


def csv_file(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    lines = []
    for row in rows:
        cells = []
        for value in row:
            text = "" if value is None else str(value)
            if delimiter in text or '"' in text or "\n" in text:
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(delimiter.join(cells))
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def trainee_rows(count: int, *, start: int = 1, level: str = "hbo") -> list[list[Any]]:
    return [
        [f"Voornaam{i}", "", f"Achternaam{i}", f"trainee{i}@example.nl", level]
        for i in range(start, start + count)
    ]


def raw_xlsx(path: Path, sheet_xml: str, *, workbook_extra: str = "") -> Path:
    """A minimal hand-written workbook package with the given worksheet XML."""
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f"{workbook_extra}"
            '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def sheet_xml(cells: str, *, dimension: str = "A1:B2", prolog: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"{prolog}"
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{cells}</sheetData></worksheet>'
    )


def inline_row(number: int, values: Sequence[str]) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
        for i, v in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


def bomb_xlsx(path: Path, *, megabytes: int) -> Path:
    """A small file whose worksheet inflates to ``megabytes`` of (valid) XML."""
    buffer = io.BytesIO()
    padding = b" " * (1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        raw_xlsx(path, sheet_xml(inline_row(1, ["Naam", "E-mail"])))
        with zipfile.ZipFile(path) as source:
            for item in source.infolist():
                if item.filename != "xl/worksheets/sheet1.xml":
                    archive.writestr(item, source.read(item))
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as sink:
            sink.write(
                b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            )
            for _ in range(megabytes):
                sink.write(padding)
            sink.write(b"</sheetData></worksheet>")
    path.write_bytes(buffer.getvalue())
    return path


def today() -> dt.date:
    return dt.date.today()
