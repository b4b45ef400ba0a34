"""Import templates: the right headings, drop-down lists, a Dutch explanation, one example row.

A coordinator who starts from the template cannot misspell a level or a status, and
sees on the "Toelichting" sheet what each column means and which ones are required.
The lists (levels, municipalities, statuses) live on a hidden sheet so that a
drop-down can hold more than Excel's 255 characters of inline choices.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.excel.errors import SpreadsheetError
from coordinator_app.excel.export import EXPORT_FIELDS
from coordinator_app.excel.fields import CLI_KINDS, SPECS, FieldSpec
from coordinator_app.models import (
    AssignmentStatus,
    AttendanceStatus,
    EducationLevel,
    Municipality,
    OrganisationType,
    PlacementStatus,
    SessionType,
    TraineeStatus,
)
from coordinator_app.paths import make_private
from coordinator_app.services.labels import label

LISTS_SHEET = "Lijsten"
INSTRUCTIONS_SHEET = "Toelichting"
TEMPLATE_ROWS = 1000
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_EXAMPLE_FONT = Font(italic=True, color="808080")

_ENUM_LISTS = {
    "levels": EducationLevel,
    "trainee_status": TraineeStatus,
    "organisation_type": OrganisationType,
    "assignment_status": AssignmentStatus,
    "placement_status": PlacementStatus,
    "session_type": SessionType,
    "attendance_status": AttendanceStatus,
}


def template_fields(kind: str) -> list[FieldSpec]:
    """The columns of a template: those of an export, without the ID columns of one."""
    spec = SPECS[kind]
    return [spec.field(key) for key in EXPORT_FIELDS[kind] if spec.field(key).type != "id"]


def template_name(kind: str) -> str:
    return f"Sjabloon {SPECS[kind].sheet.lower()}.xlsx"


def write_template(session: Session, kind: str, path: Path | str) -> Path:
    """Write the import template for ``kind`` to ``path``."""
    if kind not in CLI_KINDS:
        raise SpreadsheetError(f"Geen sjabloon voor '{kind}'.")
    spec = SPECS[kind]
    fields = template_fields(kind)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = spec.sheet
    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    list_ranges = _write_lists(session, lists)
    for column, field in enumerate(fields, start=1):
        cell = sheet.cell(row=1, column=column, value=field.header)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        example = sheet.cell(row=2, column=column, value=_example(field))
        example.font = _EXAMPLE_FONT
        sheet.column_dimensions[get_column_letter(column)].width = max(12, len(field.header) + 4)
        if field.choices in list_ranges:
            validation = DataValidation(
                type="list",
                formula1=list_ranges[field.choices],
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Ongeldige keuze",
                error=f"Kies een waarde uit de lijst voor '{field.header}'.",
            )
            sheet.add_data_validation(validation)
            letter = get_column_letter(column)
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS}")
    sheet.freeze_panes = "A2"
    _write_instructions(book, kind, fields)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    try:
        make_private(partial)
        book.save(partial)
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()
    return path


def _example(field: FieldSpec) -> object:
    return field.example if field.example not in (None, "") else None


def _write_lists(session: Session, sheet: object) -> dict[str, str]:
    """Write each choice list in its own column; return list name -> range formula."""
    ranges: dict[str, str] = {}
    columns: dict[str, list[str]] = {
        name: [label(member) for member in enum_cls] for name, enum_cls in _ENUM_LISTS.items()
    }
    columns["municipalities"] = list(
        session.scalars(select(Municipality.name).order_by(Municipality.name))
    )
    for index, (name, items) in enumerate(columns.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index, value=name)  # type: ignore[attr-defined]
        for row, item in enumerate(items, start=2):
            sheet.cell(row=row, column=index, value=item)  # type: ignore[attr-defined]
        ranges[name] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(items) + 1}"
    return ranges


def _write_instructions(book: Workbook, kind: str, fields: list[FieldSpec]) -> None:
    spec = SPECS[kind]
    sheet = book.create_sheet(INSTRUCTIONS_SHEET, 1)
    lines = [
        [f"Sjabloon voor het importeren van {spec.label}"],
        [],
        ["Zo werkt het"],
        [f"1. Vul op het blad '{spec.sheet}' één rij per record in; de grijze voorbeeldrij "
         "mag u overschrijven of verwijderen."],
        ["2. Laat de kolomkoppen staan. Kolommen die u niet nodig hebt, mag u leeg laten of "
         "verwijderen; de volgorde maakt niet uit."],
        ["3. Datums mogen als datum of als tekst (1-9-2025, 2025-09-01, 1 september 2025)."],
        ["4. Importeer het bestand in Coordinator via Bestand > Importeren. Eerst ziet u een "
         "voorvertoning; er wordt pas iets opgeslagen als het hele bestand klopt."],
        ["5. Een bestaand record wordt herkend en bijgewerkt; hetzelfde bestand twee keer "
         "importeren verandert niets."],
        [],
        ["Kolom", "Verplicht", "Uitleg"],
    ]  # fmt: skip
    for line in lines:
        sheet.append(line)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for field in fields:
        required = "ja (voor nieuwe records)" if field.required else ""
        sheet.append([field.header, required, field.help])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A3"].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 24
    sheet.column_dimensions["C"].width = 100
    for row in sheet.iter_rows(min_row=header_row + 1):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
