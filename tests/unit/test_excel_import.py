"""The import end to end: tolerant reading, every error named, all or nothing, idempotent."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import event, func, select

from coordinator_app.excel.error_report import SUMMARY_SHEET, write_error_report
from coordinator_app.excel.importer import ImportOptions, analyse_file, run_import
from coordinator_app.models import (
    Assignment,
    Attendance,
    AttendanceStatus,
    Cohort,
    ContactPerson,
    EducationLevel,
    GuestParticipant,
    Organisation,
    OrganisationType,
    Placement,
    Programme,
    Trainee,
)
from coordinator_app.models import Session as SessionRecord
from coordinator_app.services.codes import CHECKIN_ALPHABET
from coordinator_app.services.progress import Cancelled, Progress
from tests.helpers import factories
from tests.helpers.workbooks import TRAINEE_HEADERS, csv_file, trainee_rows, xlsx


def _import(ctx, path, kind="trainees", **kw):
    return run_import(ctx, path, ImportOptions(kind=kind), **kw)


def _count(ctx, model) -> int:
    with ctx.read_session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _trainee(ctx, email) -> Trainee:
    with ctx.read_session() as s:
        return s.scalars(select(Trainee).where(Trainee.email == email)).one()


def test_messy_trainee_list_is_read_as_people_write_it(app_context, tmp_path):
    rows = [
        [
            "  Naam  ",
            "E-mailadres",
            "Niveau",
            "Woonplaats",
            "Programma",
            "Lichting",
            "Start",
            None,
            "In dienst",
        ],
        [
            "Vries, Jan de",
            "  JAN.DEVRIES@Example.NL ",
            "MBO 4",
            "appingedam",
            "De Toekomst",
            "Lichting 2025",
            None,
            None,
            "1-9-2025",
        ],
        [None, None, None, None, None, None, None, None, None],
        [
            "Anna van der Berg",
            "anna@example.nl",
            "hbo-bachelor",
            "HAREN",
            "De Toekomst",
            "Lichting 2025",
            None,
            None,
            "1 september 2025",
        ],
        [
            "Berg, Piet",
            "piet@example.nl",
            "WO master",
            "Winschoten",
            "De Toekomst",
            "Lichting 2025",
            None,
            None,
            dt.datetime(2025, 9, 1),
        ],
        [
            "Kees Smit",
            "kees@example.nl",
            "Associate degree",
            "",
            "De Toekomst",
            "Lichting 2025",
            None,
            None,
            "2025-09-01",
        ],
        [
            "Sara Bakker",
            "sara@example.nl",
            "mbo niveau 3",
            "Groningen",
            "De Toekomst",
            "Lichting 2025",
            None,
            None,
            "01-09-2025",
        ],
    ]
    path = xlsx(
        tmp_path / "lijst.xlsx",
        rows,
        above=[["Trainees Toekomst 2025"], ["bijgewerkt door HR"], []],
        merge=["A1:F1"],
    )
    report = _import(app_context, path)
    assert report.errors == []
    assert report.created == 5 and report.committed
    jan = _trainee(app_context, "jan.devries@example.nl")
    assert (jan.given_name, jan.prefix, jan.surname) == ("Jan", "de", "Vries")
    assert jan.education_level is EducationLevel.MBO4
    assert jan.contract_start == dt.date(2025, 9, 1)
    anna = _trainee(app_context, "anna@example.nl")
    assert (anna.given_name, anna.prefix, anna.surname) == ("Anna", "van der", "Berg")
    with app_context.read_session() as s:
        places = {
            t.email: t.home_municipality.name if t.home_municipality else None
            for t in s.scalars(select(Trainee))
        }
    assert places["jan.devries@example.nl"] == "Eemsdelta"  # Appingedam, merged in 2021
    assert places["anna@example.nl"] == "Groningen"  # Haren, merged in 2019
    assert places["piet@example.nl"] == "Oldambt"  # Winschoten, merged in 2010
    assert places["kees@example.nl"] is None
    assert {r.describe().split(" ")[0] for r in report.new_references} == {"programma", "lichting"}
    assert _trainee(app_context, "piet@example.nl").education_level is EducationLevel.WO


def test_numbers_as_text_and_formulas_read_as_stored_values(app_context, tmp_path):
    session_rows = [
        ["Titel", "Soort", "Datum", "Begintijd", "Eindtijd", "Capaciteit", "Uitkomsten"],
        ["Intervisie", "intervisie", "12-9-2025", "9:30", "12.00", " 20 ", "=1+1"],
    ]
    path = xlsx(tmp_path / "s.xlsx", session_rows)
    book = load_workbook(path)
    book.active["F2"] = "=10*2"  # a formula without a stored value reads as empty...
    book.save(path)
    report = _import(app_context, path, "sessions")
    assert report.errors == [], report.errors
    with app_context.read_session() as s:
        record = s.scalars(select(SessionRecord)).one()
    assert record.capacity is None  # ... and is never evaluated
    assert record.start_time == dt.time(9, 30) and record.end_time == dt.time(12, 0)


def test_csv_with_semicolons_in_windows_1252(app_context, tmp_path):
    rows = [TRAINEE_HEADERS, ["José", "", "Müller", "jose@example.nl", "hbo"]]
    path = csv_file(tmp_path / "t.csv", rows, delimiter=";", encoding="cp1252")
    report = _import(app_context, path)
    assert report.errors == [] and report.created == 1
    assert _trainee(app_context, "jose@example.nl").surname == "Müller"


@pytest.mark.parametrize("bom", [True, False])
def test_csv_with_commas_in_utf8(app_context, tmp_path, bom):
    rows = [
        TRAINEE_HEADERS,
        ["Zoë", "", "Ōno", "zoe@example.nl", "wo"],
        ["A", "", "B, jr.", "ab@example.nl", "hbo"],
    ]
    path = csv_file(tmp_path / "t.csv", rows, delimiter=",", bom=bom)
    report = _import(app_context, path)
    assert report.errors == [] and report.created == 2
    assert _trainee(app_context, "zoe@example.nl").given_name == "Zoë"
    assert _trainee(app_context, "ab@example.nl").surname == "B, jr."


def test_a_file_with_bad_rows_is_refused_whole_and_every_bad_row_is_named(app_context, tmp_path):
    rows = [
        TRAINEE_HEADERS + ["Begin contract"],
        ["Goed", "", "Eén", "een@example.nl", "hbo", "1-9-2025"],
        ["Fout", "", "Twee", "twee@", "hbo", "1-9-2025"],
        ["Goed", "", "Drie", "drie@example.nl", "hbo", "1-9-2025"],
        ["Fout", "", "Vier", "vier@example.nl", "middelbaar", "1-9-2025"],
        ["Fout", "", "Vijf", "vijf@example.nl", "hbo", "31-02-2025"],
        ["Fout", "", "Zes", "een@example.nl", "wo", "1-9-2025"],
    ]
    path = xlsx(tmp_path / "fout.xlsx", rows, above=[["Titel"]])
    report = _import(app_context, path)
    assert not report.committed
    assert _count(app_context, Trainee) == 0
    named = {(p.row, p.column) for p in report.errors}
    assert named == {(4, "E-mail"), (6, "Opleidingsniveau"), (7, "Begin contract"), (8, "E-mail")}
    messages = {p.row: p for p in report.errors}
    assert messages[4].value == "twee@" and "e-mailadres" in messages[4].message
    assert "rij 3" in messages[8].message  # the duplicate names its first row
    assert all(p.sheet == "Blad1" for p in report.errors)
    as_json = report.as_dict()
    assert set(as_json) == {"created", "updated", "unchanged", "errors"}
    assert set(as_json["errors"][0]) == {"sheet", "row", "column", "value", "message"}


def test_rows_are_named_as_excel_shows_them_below_empty_rows_and_beside_empty_columns(
    app_context, tmp_path
):
    # Nothing at all in rows 1-2 and column A: the reader must still count from A1.
    rows = [
        [None, *TRAINEE_HEADERS],
        [None, "Goed", "", "Eén", "een@example.nl", "hbo"],
        [None, "Fout", "", "Twee", "twee@", "hbo"],
    ]
    path = xlsx(tmp_path / "leeg_boven.xlsx", rows, above=[[], [None]])
    report = _import(app_context, path)
    assert {(p.row, p.column) for p in report.errors} == {(5, "E-mail")}
    out = write_error_report(path, report.errors, tmp_path / "rapport.xlsx")
    assert "e-mailadres" in load_workbook(out)["Blad1"]["E5"].comment.text


def test_error_report_highlights_and_explains_each_bad_cell(app_context, tmp_path):
    rows = [TRAINEE_HEADERS, ["A", "", "B", "fout@", "hbo"], ["C", "", "D", "c@example.nl", "xyz"]]
    path = xlsx(tmp_path / "in.xlsx", rows)
    report = _import(app_context, path)
    out = write_error_report(path, report.errors, tmp_path / "rapport.xlsx")
    book = load_workbook(out)
    assert book.sheetnames[0] == SUMMARY_SHEET
    sheet = book["Blad1"]
    assert sheet["D2"].fill.fgColor.rgb.endswith("FFC7CE")
    assert "e-mailadres" in sheet["D2"].comment.text
    assert "opleidingsniveau" in sheet["E3"].comment.text.lower()
    assert sheet["A2"].comment is None
    summary = book[SUMMARY_SHEET]
    assert [c.value for c in summary[2]][:3] == ["Blad1", 2, "E-mail"]


def test_reimporting_the_same_file_changes_nothing(app_context, tmp_path):
    path = xlsx(
        tmp_path / "t.xlsx",
        [TRAINEE_HEADERS + ["Thema's"], *[r + ["energie; economie"] for r in trainee_rows(4)]],
    )
    first = _import(app_context, path)
    assert (first.created, first.updated, first.unchanged) == (4, 0, 0)
    before = _trainee(app_context, "trainee1@example.nl")
    second = _import(app_context, path)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 4)
    after = _trainee(app_context, "trainee1@example.nl")
    assert after.version == before.version and after.updated_at == before.updated_at


def test_upsert_by_email_updates_only_what_changed(app_context, tmp_path):
    _import(app_context, xlsx(tmp_path / "a.xlsx", [TRAINEE_HEADERS, *trainee_rows(2)]))
    changed = [
        TRAINEE_HEADERS + ["Telefoon"],
        ["Voornaam1", "", "Achternaam1", "TRAINEE1@example.nl", "wo", "0612345678"],
        ["Voornaam2", "", "Achternaam2", "trainee2@example.nl", "hbo", None],
        ["Nieuw", "", "Mens", "nieuw@example.nl", "mbo 2", None],
    ]
    report = _import(app_context, xlsx(tmp_path / "b.xlsx", changed))
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    one = _trainee(app_context, "trainee1@example.nl")
    assert (
        one.education_level is EducationLevel.WO and one.phone == "0612345678" and one.version == 2
    )
    assert _count(app_context, Trainee) == 3


def test_dry_run_writes_nothing(app_context, tmp_path):
    report = _import(
        app_context, xlsx(tmp_path / "t.xlsx", [TRAINEE_HEADERS, *trainee_rows(3)]), commit=False
    )
    assert report.created == 3 and not report.committed
    assert _count(app_context, Trainee) == 0


def test_cancel_leaves_the_database_unchanged(app_context, tmp_path):
    path = xlsx(tmp_path / "t.xlsx", [TRAINEE_HEADERS, *trainee_rows(3)])
    progress = Progress(
        listener=lambda done, total, text: progress.cancel() if text == "Opslaan…" else None
    )
    with pytest.raises(Cancelled):
        _import(app_context, path, progress=progress)
    assert _count(app_context, Trainee) == 0


def test_new_cohort_without_programme_is_an_error(app_context, tmp_path):
    rows = [TRAINEE_HEADERS + ["Lichting"], ["A", "", "B", "a@example.nl", "hbo", "Lichting X"]]
    report = _import(app_context, xlsx(tmp_path / "t.xlsx", rows))
    assert [p.column for p in report.errors] == ["Lichting"]
    assert "programma" in report.errors[0].message


def test_new_programmes_need_confirmation_when_asked(app_context, tmp_path):
    from coordinator_app.excel.errors import SpreadsheetError

    rows = [
        TRAINEE_HEADERS + ["Programma", "Lichting"],
        ["A", "", "B", "a@example.nl", "hbo", "Nieuw", "L1"],
    ]
    path = xlsx(tmp_path / "t.xlsx", rows)
    preview = _import(app_context, path, commit=False)
    assert [r.name for r in preview.new_references] == ["Nieuw", "L1"]
    with pytest.raises(SpreadsheetError, match="Bevestig"):
        run_import(app_context, path, ImportOptions(kind="trainees", create_new_references=False))
    assert _count(app_context, Programme) == 0
    run_import(app_context, path, ImportOptions(kind="trainees"))
    assert _count(app_context, Cohort) == 1


def test_organisations_with_contact_persons_over_several_rows(app_context, tmp_path):
    rows = [
        ["Organisatie", "Soort", "Gemeente", "Contactpersoon", "E-mail", "Begeleider"],
        [
            "Gemeente Eemsdelta",
            "gemeente",
            "Delfzijl",
            "Karin de Boer",
            "K.deBoer@eemsdelta.nl",
            "ja",
        ],
        [None, None, None, "Piet Post", "piet@eemsdelta.nl", "nee"],
        ["RDW", "Rijksoverheid", "Veendam", None, None, None],
    ]
    path = xlsx(tmp_path / "o.xlsx", rows, merge=["A2:A3", "B2:B3", "C2:C3"])
    report = _import(app_context, path, "organisations")
    assert report.errors == []
    with app_context.read_session() as s:
        eemsdelta = s.scalars(
            select(Organisation).where(Organisation.name == "Gemeente Eemsdelta")
        ).one()
        assert eemsdelta.municipality.name == "Eemsdelta"
        assert sorted(c.name for c in eemsdelta.contacts) == ["Karin de Boer", "Piet Post"]
        assert (
            s.scalar(select(ContactPerson.email).where(ContactPerson.name == "Karin de Boer"))
            == "k.deboer@eemsdelta.nl"
        )
        assert (
            s.scalar(select(Organisation.type).where(Organisation.name == "RDW"))
            is OrganisationType.NATIONAL_GOVERNMENT
        )
    assert _import(app_context, path, "organisations").unchanged == 4


def test_placements_breaking_hard_rules_name_their_rows(app_context, session, tmp_path):
    org = factories.organisation(session, "Provincie")
    factories.assignment(
        session, org, "Energie", start=dt.date(2025, 9, 1), end=dt.date(2026, 8, 31), places=1
    )
    factories.trainee(session, "Ann", "Een", email="ann@example.nl")
    factories.trainee(session, "Bob", "Twee", email="bob@example.nl")
    session.commit()
    rows = [
        ["E-mail trainee", "Opdracht", "Organisatie", "Rotatie", "Startdatum", "Einddatum"],
        ["ann@example.nl", "Energie", "Provincie", 1, "1-9-2025", "30-4-2026"],
        ["bob@example.nl", "Energie", "Provincie", 1, "1-10-2025", "30-4-2026"],
        ["bob@example.nl", "Onbekend", "Provincie", 2, "1-5-2026", "30-6-2026"],
    ]
    report = _import(app_context, xlsx(tmp_path / "p.xlsx", rows), "placements")
    assert [(p.row, p.column) for p in report.errors] == [(4, "Opdracht")]  # checked first
    rows.pop()
    report = _import(app_context, xlsx(tmp_path / "p2.xlsx", rows), "placements")
    assert not report.committed and _count(app_context, Placement) == 0
    assert {p.row for p in report.errors} == {2, 3}
    assert all("plaats" in p.message for p in report.errors)


def test_assignments_and_placements_in_one_workbook(app_context, session, tmp_path):
    factories.organisation(session, "Gemeente Groningen")
    factories.trainee(session, "Ann", "Een", email="ann@example.nl", level=EducationLevel.WO)
    session.commit()
    path = xlsx(
        tmp_path / "all.xlsx",
        [
            [
                "Titel",
                "Organisatie",
                "Startdatum",
                "Einddatum",
                "Niveaus",
                "Plaatsen",
                "Programma's",
            ],
            ["Data", "Gemeente Groningen", "1-9-2025", "31-8-2026", "hbo, wo", "2", "Toekomst"],
        ],
        sheet="Opdrachten",
        more={
            "Plaatsingen": [
                ["E-mail trainee", "Opdracht", "Rotatie", "Startdatum", "Einddatum", "Status"],
                ["ann@example.nl", "Data", "1", "1-9-2025", "30-4-2026", "bevestigd"],
            ]
        },
    )
    report = _import(app_context, path, "all")
    assert report.errors == [] and report.created == 2
    assert [r.name for r in report.new_references] == ["Toekomst"]
    with app_context.read_session() as s:
        placement = s.scalars(select(Placement)).one()
        assert s.get(Assignment, placement.assignment_id).title == "Data"


def test_attendance_one_session_per_sheet_and_many_in_one(app_context, session, tmp_path):
    factories.trainee(session, "Ann", "Een", email="ann@example.nl")
    for title, day in (("Intervisie", dt.date(2025, 9, 12)), ("Kick-off", dt.date(2025, 9, 1))):
        session.add(
            SessionRecord(
                type="intervisie",
                title=title,
                date=day,
                start_time=dt.time(9),
                end_time=dt.time(12),
            )
        )
    session.commit()
    per_sheet = [
        ["Naam", "E-mail", "Status", "Ingecheckt om"],
        ["Ann Een", "ann@example.nl", "aanwezig", "9:05"],
        ["Gerrit Gast", None, "afwezig met bericht", None],
    ]
    path = xlsx(
        tmp_path / "presentie.xlsx",
        per_sheet,
        sheet="12 sept",
        above=[["Presentielijst"], ["Bijeenkomst:", "Intervisie"], ["Datum:", "12-9-2025"], []],
        more={
            "Alles": [
                ["Bijeenkomst", "Datum", "Naam", "Status"],
                ["Kick-off", "1 september 2025", "Ann Een", "aanwezig"],
                ["Intervisie", "12-9-2025", "Ann Een", "aanwezig"],
            ]
        },
    )
    report = _import(app_context, path, "attendance")
    assert [p.row for p in report.errors] == [
        3
    ]  # Ann twice at the intervision: named on the second sheet
    assert report.errors[0].sheet == "Alles"
    with app_context.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0
    book = load_workbook(path)
    book["Alles"].delete_rows(3)
    book.save(path)
    report = _import(app_context, path, "attendance")
    assert report.errors == [] and report.created == 3
    with app_context.read_session() as s:
        guest = s.scalars(select(GuestParticipant)).one()
        assert guest.name == "Gerrit Gast"
        # a code like every other guest's: G and seven unambiguous characters
        assert guest.checkin_code[0] == "G" and len(guest.checkin_code) == 8
        assert set(guest.checkin_code[1:]) <= set(CHECKIN_ALPHABET)
        ann = s.scalars(
            select(Attendance).where(Attendance.trainee_id.is_not(None)).order_by(Attendance.id)
        ).all()
        assert {a.status for a in ann} == {AttendanceStatus.PRESENT}
        assert any(a.checked_in_at == dt.datetime(2025, 9, 12, 9, 5) for a in ann)


def test_analyse_proposes_kind_and_mapping(tmp_path):
    path = xlsx(
        tmp_path / "t.xlsx",
        [TRAINEE_HEADERS, *trainee_rows(2)],
        above=[["Titel"]],
        more={"Notities": [["los"], ["blad"]]},
    )
    analysis = analyse_file(path, "all")
    mapped = analysis.mapped()
    assert [p.sheet for p in mapped] == ["Blad1"]
    mapping = mapped[0].mapping
    assert mapping is not None and mapping.kind == "trainees" and mapping.header_index == 1
    assert mapping.columns == {
        0: "given_name",
        1: "prefix",
        2: "surname",
        3: "email",
        4: "education_level",
    }


def test_an_edited_mapping_is_used(app_context, tmp_path):
    path = xlsx(
        tmp_path / "t.xlsx", [["Wie", "Adres", "Niveau"], ["Jan Jansen", "jan@example.nl", "hbo"]]
    )
    mapping = analyse_file(path, "trainees").mapped()[0].mapping
    assert mapping is not None and 1 not in mapping.columns
    edited = mapping.copy_with({0: "full_name", 1: "email", 2: "education_level"})
    report = run_import(
        app_context, path, ImportOptions(kind="trainees", mappings={"Blad1": edited})
    )
    assert report.errors == [] and _trainee(app_context, "jan@example.nl").surname == "Jansen"


def test_upper_bound_on_rows_is_enforced_before_parsing(app_context, tmp_path):
    from coordinator_app.excel.errors import HostileFileError
    from coordinator_app.excel.limits import ReadLimits

    path = xlsx(tmp_path / "t.xlsx", [TRAINEE_HEADERS, *trainee_rows(30)])
    with pytest.raises(HostileFileError, match="rijen"):
        run_import(
            app_context, path, ImportOptions(kind="trainees", limits=ReadLimits(max_rows=10))
        )


def test_template_round_trip(app_context, tmp_path):
    from coordinator_app.excel.templates import INSTRUCTIONS_SHEET, write_template

    with app_context.read_session() as s:
        path = write_template(s, "trainees", tmp_path / "sjabloon.xlsx")
    book = load_workbook(path)
    assert book.sheetnames[:2] == ["Trainees", INSTRUCTIONS_SHEET]
    sheet = book["Trainees"]
    validations = {
        str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation
    }
    levels_column = next(c.column_letter for c in sheet[1] if c.value == "Opleidingsniveau")
    assert validations[f"{levels_column}2"].startswith("Lijsten!")
    assert "Voornaam" in [c.value for c in book[INSTRUCTIONS_SHEET]["A"]]
    report = _import(app_context, path)
    assert report.errors == [] and report.created == 1


def test_organisation_type_required_for_new(app_context, tmp_path):
    report = _import(
        app_context,
        xlsx(tmp_path / "o.xlsx", [["Naam", "Gemeente"], ["X", "Assen"]]),
        "organisations",
    )
    assert [(p.row, p.column) for p in report.errors] == [(2, "Soort")]


def test_unknown_municipality_is_named(app_context, tmp_path):
    rows = [TRAINEE_HEADERS + ["Gemeente"], ["A", "", "B", "a@example.nl", "hbo", "Atlantis"]]
    report = _import(app_context, xlsx(tmp_path / "t.xlsx", rows))
    assert report.errors[0].value == "Atlantis" and "Onbekende gemeente" in report.errors[0].message


def test_the_import_commit_leaves_the_wal_checkpoint_to_later(app_context, tmp_path):
    """The import's commit skips SQLite's checkpoint; its connection gets it back after."""
    engine = app_context.store.engine
    if engine.dialect.name != "sqlite":
        pytest.skip("a SQLite matter")
    settings_at_commit: list[int] = []

    def spy(connection):  # type: ignore[no-untyped-def]
        raw = connection.connection.dbapi_connection
        settings_at_commit.append(raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0])

    event.listen(engine, "commit", spy)
    try:
        path = xlsx(tmp_path / "t.xlsx", [TRAINEE_HEADERS, *trainee_rows(30)])
        assert _import(app_context, path).committed
        assert settings_at_commit[-1] == 0
        for _ in range(3):  # every pooled connection checkpoints again
            with engine.connect() as connection:
                setting = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
                assert setting == 1000
        settings_at_commit.clear()
        with app_context.transaction() as session:  # an ordinary save afterwards
            session.add(Programme(name="Later"))
        assert settings_at_commit == [1000]
    finally:
        event.remove(engine, "commit", spy)
