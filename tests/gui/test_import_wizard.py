"""The import wizard: file -> sheets -> columns -> preview -> import, with fakes for dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from coordinator_app.models import Cohort, Trainee
from coordinator_app.views.importing import ImportWizard, save_template
from tests.gui.screens_fixtures import make_view_context
from tests.helpers.fake_dialogs import FakeDialogs
from tests.helpers.workbooks import TRAINEE_HEADERS, trainee_rows, xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen limits

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _trainees(app_context) -> int:
    with app_context.read_session() as s:
        return s.scalar(select(func.count()).select_from(Trainee))


@pytest.fixture
def wizard(qtbot, app_context):
    dialogs = FakeDialogs()
    ctx = make_view_context(app_context, dialogs)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard: ImportWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_full_run_with_a_new_cohort(wizard, app_context, tmp_path):
    rows = [["Naam", "Bereikbaar via", "Niveau", "Programma", "Lichting"]]
    rows += [
        [f"Jansen{i}, Jan", f"jan{i}@example.nl", "MBO 4", "Toekomst", "Lichting 2025"]
        for i in range(3)
    ]
    path = xlsx(tmp_path / "lijst.xlsx", rows, above=[["Deelnemers 2025"]], sheet="Deelnemers")
    wizard.ctx.dialogs.open_path = path
    wizard.file_page._browse()
    wizard.file_page.set_kind("trainees")
    _next(wizard)
    assert wizard.currentPage() is wizard.sheet_page
    assert wizard.sheet_page.chosen() == {"Deelnemers": "trainees"}
    _next(wizard)
    assert wizard.currentPage() is wizard.mapping_page
    combos = wizard.mapping_page.field_combos
    assert combos[1].currentData() is None  # "Bereikbaar via" is not a known heading
    combos[1].setCurrentIndex(combos[1].findData("email"))
    assert wizard.mappings["Deelnemers"].columns[1] == "email"
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "import_wizard_mapping.png"))
    _next(wizard)
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.report is not None and wizard.report.created == 3
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not wizard.preview_page.isComplete()  # new programme and cohort not yet confirmed
    wizard.preview_page.confirm_new.setChecked(True)
    assert wizard.preview_page.isComplete()
    assert _trainees(app_context) == 0  # the preview kept nothing
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "import_wizard_preview.png"))
    finish.click()
    assert _trainees(app_context) == 3
    with app_context.read_session() as s:
        assert s.scalar(select(Cohort.name)) == "Lichting 2025"
    assert wizard.ctx.dialogs.titles("info") == ["Geïmporteerd"]


def test_errors_are_listed_and_the_error_report_is_saved(wizard, app_context, tmp_path):
    rows = [TRAINEE_HEADERS, *trainee_rows(2), ["A", "", "B", "fout@", "hbo"]]
    path = xlsx(tmp_path / "fout.xlsx", rows)
    wizard.file_page.set_path(path)
    wizard.file_page.set_kind("trainees")
    for _ in range(3):
        _next(wizard)
    page = wizard.preview_page
    assert wizard.currentPage() is page
    assert page.errors.rowCount() == 1
    assert [page.errors.item(0, c).text() for c in range(3)] == ["Blad1", "4", "E-mail"]
    assert not page.isComplete()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "import_wizard_errors.png"))
    target = tmp_path / "rapport.xlsx"
    wizard.ctx.dialogs.save_path = target
    page.save_report.click()
    assert load_workbook(target)["Blad1"]["D4"].comment is not None
    assert _trainees(app_context) == 0


def test_an_unreadable_file_shows_its_message(wizard, tmp_path):
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    wizard.file_page.set_path(path)
    _next(wizard)
    assert wizard.currentPage() is wizard.file_page
    assert "Opslaan als" in wizard.ctx.dialogs.texts("error")[0]


def test_save_template(qtbot, app_context, tmp_path):
    dialogs = FakeDialogs(save_path=tmp_path / "sjabloon.xlsx")
    ctx = make_view_context(app_context, dialogs)
    assert save_template(ctx, None, "sessions") == tmp_path / "sjabloon.xlsx"
    assert load_workbook(tmp_path / "sjabloon.xlsx").sheetnames[0] == "Bijeenkomsten"
    assert dialogs.titles("info") == ["Sjabloon opslaan"]
