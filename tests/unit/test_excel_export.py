"""The export: typed cells, a careful layout, no formula injection, and an exact round trip."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from coordinator_app.context import AppContext
from coordinator_app.excel.export import export_kind, headers
from coordinator_app.excel.importer import ImportOptions, run_import
from coordinator_app.excel.writer import write_table
from coordinator_app.models import (
    Attendance,
    AttendanceStatus,
    ContactPerson,
    EducationLevel,
    GuestParticipant,
    LevelCategory,
    PlacementStatus,
    SessionType,
    Theme,
)
from coordinator_app.models import Session as SessionRecord
from tests.helpers import factories


def _fill(ctx: AppContext) -> None:
    with ctx.transaction() as s:
        programme = factories.programme(s, "De Toekomst van Groningen", rotation_months=8)
        cohort = factories.cohort(s, programme, "Lichting 2025")
        org = factories.organisation(
            s, "Gemeente Eemsdelta", municipality=factories.municipality(s, "Eemsdelta")
        )
        other = factories.organisation(s, '=HYPERLINK("http://x")', notes="+31 6 1234")
        s.add(
            ContactPerson(
                organisation=org, name="Karin de Boer", email="k@eemsdelta.nl", is_supervisor=True
            )
        )
        s.flush()
        anna = factories.trainee(
            s,
            "Anna",
            "Berg",
            prefix="van der",
            coh=cohort,
            email="anna@example.nl",
            contract_start=dt.date(2025, 9, 1),
            contract_end=dt.date(2027, 8, 31),
            notes="-geen opmerking",
            level=EducationLevel.WO,
        )
        anna.themes = [Theme(name="energie"), Theme(name="data")]
        jan = factories.trainee(
            s,
            "Jan",
            "Vries",
            prefix="de",
            coh=cohort,
            email="jan@example.nl",
            level=EducationLevel.MBO4,
        )
        first = factories.assignment(
            s,
            org,
            "Communicatie",
            places=2,
            levels={LevelCategory.HBO, LevelCategory.WO},
            hours_per_week=32.5,
            description="@team\tnieuw",
        )
        first.programmes = [programme]
        second = factories.assignment(s, other, "Data", levels={LevelCategory.MBO})
        factories.placement(s, anna, first, dt.date(2025, 9, 1), dt.date(2026, 4, 30))
        factories.placement(
            s,
            jan,
            second,
            dt.date(2025, 9, 1),
            dt.date(2026, 4, 30),
            status=PlacementStatus.RUNNING,
        )
        meeting = SessionRecord(
            type=SessionType.INTERVISION,
            title="Intervisie",
            date=dt.date(2025, 9, 12),
            start_time=dt.time(9, 30),
            end_time=dt.time(12),
            capacity=12,
            invited_cohorts=[cohort],
            outcome_notes="=SUM(A1:A3)",
        )
        s.add(meeting)
        guest = GuestParticipant(
            name="Gerrit Gast",
            organisation_name="Noorderpoort",
            education_level=EducationLevel.MBO3,
            checkin_code="G1",
        )
        s.add_all(
            [
                Attendance(
                    session=meeting,
                    trainee=anna,
                    status=AttendanceStatus.PRESENT,
                    checked_in_at=dt.datetime(2025, 9, 12, 9, 25),
                    feedback_score=4,
                ),
                Attendance(
                    session=meeting, trainee=jan, status=AttendanceStatus.EXCUSED, note="ziek"
                ),
                Attendance(session=meeting, guest=guest, status=AttendanceStatus.PRESENT),
            ]
        )


def _cells(path: Path) -> dict[str, list[list[object]]]:
    with CalamineWorkbook.from_path(str(path)) as book:
        return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def test_export_all_round_trips_through_an_empty_database(app_context, tmp_path):
    _fill(app_context)
    first = export_kind(app_context, "all", tmp_path / "een.xlsx")
    assert first == {
        "Programma's": 1,
        "Organisaties": 2,
        "Trainees": 2,
        "Opdrachten": 2,
        "Plaatsingen": 2,
        "Bijeenkomsten": 1,
        "Aanwezigheid": 3,
    }
    empty = AppContext.open(str(tmp_path / "leeg.sqlite3"), settings_path=tmp_path / "s.json")
    try:
        report = run_import(empty, tmp_path / "een.xlsx", ImportOptions(kind="all"))
        assert report.errors == [] and report.committed
        export_kind(empty, "all", tmp_path / "twee.xlsx")
        again = run_import(empty, tmp_path / "een.xlsx", ImportOptions(kind="all"))
        assert (again.created, again.updated) == (0, 0)
    finally:
        empty.close()
    one, two = _cells(tmp_path / "een.xlsx"), _cells(tmp_path / "twee.xlsx")
    assert list(one) == list(two)
    for sheet in one:
        assert one[sheet] == two[sheet], sheet


def test_cells_are_typed_and_the_layout_is_careful(app_context, tmp_path):
    _fill(app_context)
    path = tmp_path / "trainees.xlsx"
    export_kind(app_context, "trainees", path)
    book = load_workbook(path)
    assert book.sheetnames == ["Trainees"]
    sheet = book["Trainees"]
    assert [c.value for c in sheet[1]] == headers("trainees")
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers('trainees'))).column_letter}3"
    start = sheet.cell(2, headers("trainees").index("Begin contract") + 1)
    assert start.is_date and start.number_format == "dd-mm-yyyy"
    assert sheet.cell(2, 1).data_type == "n"  # the ID is a number
    email_column = headers("trainees").index("E-mail") + 1
    width = sheet.column_dimensions[sheet.cell(1, email_column).column_letter].width
    assert width >= len("anna@example.nl")


def test_formula_like_text_is_never_executed(app_context, tmp_path):
    _fill(app_context)
    path = tmp_path / "alles.xlsx"
    export_kind(app_context, "all", path)
    with zipfile.ZipFile(path) as archive:
        xml = b"".join(
            archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")
        )
    assert b"<f>" not in xml  # no formula cell anywhere
    book = load_workbook(path)
    seen = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@"):
                    seen[cell.value] = (cell.data_type, cell.quotePrefix)
    assert seen['=HYPERLINK("http://x")'] == ("s", True)
    assert seen["=SUM(A1:A3)"] == ("s", True)
    assert seen["+31 6 1234"] == ("s", True)
    assert seen["-geen opmerking"] == ("s", True)
    assert seen["@team\tnieuw"] == ("s", True)


def test_write_table_for_a_list_screen(tmp_path):
    rows = [
        ["Jansen", dt.date(2025, 1, 2), 3, 2.5, None, "=1+2"],
        ["Berg", None, 10, 1.0, True, "x"],
    ]
    path = write_table(
        tmp_path / "scherm.xlsx",
        "Trainees: actief?",
        ["Naam", "Datum", "N", "Uren", "Vast", "Tekst"],
        rows,
    )
    book = load_workbook(path)
    assert book.sheetnames == ["Trainees  actief"]
    sheet = book.active
    assert sheet["B2"].is_date and sheet["C2"].value == 3 and sheet["D2"].value == 2.5
    assert sheet["E3"].value == "ja" and sheet["F2"].quotePrefix
    assert not list(tmp_path.glob(".*part"))
