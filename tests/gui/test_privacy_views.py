"""Privacy in the GUI: inzage export, anonymise and delete from the Trainees screen, the
retention list with a bulk anonymise, and old backups expiring when the app starts."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from sqlalchemy import select

from coordinator_app.context import AppContext
from coordinator_app.db.backup import list_backups, timestamped_backup
from coordinator_app.models import Attendance, Placement, Trainee, TraineeStatus
from coordinator_app.services.privacy import ANONYMOUS_GIVEN_NAME
from coordinator_app.views import app as app_module
from coordinator_app.views import main_window
from coordinator_app.views.app import build_main_window
from coordinator_app.views.privacy import PrivacyDialog, RetentionDialog, open_retention_dialog
from coordinator_app.views.screens import create_list_screens
from tests.gui.screens_fixtures import D, World, build_world, make_view_context
from tests.gui.test_app import close_windows_soon
from tests.gui.test_shell import double_factory
from tests.helpers import factories as f
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs(confirm=True)


@pytest.fixture
def world(app_context) -> World:  # type: ignore[no-untyped-def]
    return build_world(app_context)


@pytest.fixture
def view_context(app_context, qtbot, dialogs):  # type: ignore[no-untyped-def]
    return make_view_context(app_context, dialogs)


@pytest.fixture
def changes(view_context) -> list[tuple[str, set[int]]]:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, set[int]]] = []
    view_context.bus.changed.connect(lambda kind, ids: seen.append((kind, set(ids))))
    return seen


def _privacy_dialog(view_context, qtbot, trainee_id: int) -> PrivacyDialog:  # type: ignore[no-untyped-def]
    screens = create_list_screens(view_context)
    for screen in screens:
        qtbot.addWidget(screen)
    trainees = next(s for s in screens if s.key == "trainees")
    trainees.refresh()
    trainees.select_ids([trainee_id])
    menu = trainees.build_context_menu()
    action = next(a for a in menu.actions() if a.text() == "Privacy…")
    assert action.isEnabled()
    action.trigger()
    dialog = trainees.current_dialog
    assert isinstance(dialog, PrivacyDialog)
    return dialog


def test_the_menu_entry_needs_exactly_one_trainee(view_context, qtbot, world):
    screens = create_list_screens(view_context)
    for screen in screens:
        qtbot.addWidget(screen)
    trainees = next(s for s in screens if s.key == "trainees")
    trainees.refresh()
    trainees.select_ids([world.anna, world.jan])
    action = next(a for a in trainees.build_context_menu().actions() if a.text() == "Privacy…")
    assert not action.isEnabled()


def test_the_dialog_says_what_is_stored(view_context, qtbot, world):
    dialog = _privacy_dialog(view_context, qtbot, world.anna)
    assert dialog.windowTitle() == "Privacy: Anna van der Berg"
    text = dialog.summary.text()
    assert "anna@example.nl" in text
    assert "2 plaatsing(en)" in text
    assert "1 aanwezigheidsregistratie(s)" in text


@posix_only
def test_inzage_as_excel_and_pdf_readable_by_the_owner_only(
    view_context, qtbot, world, dialogs, tmp_path
):
    dialog = _privacy_dialog(view_context, qtbot, world.anna)
    dialogs.save_path = [tmp_path / "inzage-anna", tmp_path / "inzage-anna.pdf"]
    qtbot.mouseClick(dialog.excel_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    excel, pdf = tmp_path / "inzage-anna.xlsx", tmp_path / "inzage-anna.pdf"
    assert dialogs.texts("save_file") == [
        "Inzage Anna van der Berg.xlsx",
        "Inzage Anna van der Berg.pdf",
    ]
    for path in (excel, pdf):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    book = load_workbook(excel, read_only=True)
    assert book.sheetnames[1:] == [
        "Persoonsgegevens",
        "Voorkeuren",
        "Plaatsingen",
        "Evaluaties",
        "Aanwezigheid",
        "Wijzigingsgeschiedenis",
    ]
    particulars = list(book["Persoonsgegevens"].iter_rows(values_only=True))
    assert particulars[1][particulars[0].index("E-mail")] == "anna@example.nl"
    placements = list(book["Plaatsingen"].iter_rows(values_only=True))
    assert len(placements) == 3  # header and Anna's two placements
    book.close()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert dialogs.titles("info") == ["Inzage exporteren", "Inzage exporteren"]


def test_anonymise_asks_first_then_forgets_and_empties_undo(
    view_context, qtbot, world, dialogs, changes, app_context
):
    view_context.undo_stack.push(QUndoCommand("een eerdere bewerking"))
    dialog = _privacy_dialog(view_context, qtbot, world.anna)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    (call,) = [c for c in dialogs.calls if c[0] == "confirm"]
    detail = dialogs.details[dialogs.calls.index(call)]
    assert detail["destructive"] is True
    assert call[1] == "Anonimiseren"
    assert "Anna van der Berg wordt geanonimiseerd" in call[2]
    assert "2 plaatsing(en) en 1 aanwezigheidsregistratie(s)" in call[2]
    assert "niet ongedaan" in call[2]
    with app_context.read_session() as s:
        anna = s.get(Trainee, world.anna)
        assert anna.given_name == ANONYMOUS_GIVEN_NAME
        assert "Berg" not in anna.full_name
        assert (
            len(s.scalars(select(Placement).where(Placement.trainee_id == world.anna)).all()) == 2
        )
    assert ("trainee", {world.anna}) in changes
    assert view_context.undo_stack.count() == 0
    assert dialog.isVisible()  # the dialog stays, now saying so
    assert "al geanonimiseerd" in dialog.summary.text()
    assert not dialog.anonymise_button.isEnabled()


def test_delete_names_exactly_what_goes_and_leaves_nothing(
    view_context, qtbot, world, dialogs, changes, app_context
):
    dialog = _privacy_dialog(view_context, qtbot, world.anna)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    (title, text) = [(c[1], c[2]) for c in dialogs.calls if c[0] == "confirm"][0]
    assert title == "Alles verwijderen"
    assert "Anna van der Berg wordt verwijderd" in text
    assert "• 2 plaatsing(en), met hun evaluaties" in text
    assert "• 1 aanwezigheidsregistratie(s)" in text
    assert "• 0 voorkeur(en)" in text
    assert "niet ongedaan" in text
    with app_context.read_session() as s:
        assert s.get(Trainee, world.anna) is None
        assert s.scalars(select(Attendance).where(Attendance.trainee_id == world.anna)).all() == []
    assert ("trainee", {world.anna}) in changes
    assert not dialog.isVisible()


def test_nothing_happens_without_confirmation(view_context, qtbot, world, dialogs, app_context):
    dialogs.confirm_answer = False
    dialog = _privacy_dialog(view_context, qtbot, world.jan)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    with app_context.read_session() as s:
        assert s.get(Trainee, world.jan).given_name == "Jan"


def _stopped(app_context, given: str, end: dt.date) -> int:  # type: ignore[no-untyped-def]
    with app_context.transaction() as s:
        return f.trainee(
            s,
            given=given,
            surname="Oudgediende",
            status=TraineeStatus.FINISHED,
            contract_start=end.replace(year=end.year - 2),
            contract_end=end,
        ).id


def test_retention_lists_who_is_due_and_anonymises_the_checked_ones(
    view_context, qtbot, dialogs, changes, app_context
):
    first = _stopped(app_context, "Eerste", D(2022, 8, 31))
    second = _stopped(app_context, "Tweede", D(2023, 6, 30))
    recent = _stopped(app_context, "Recent", D(2025, 6, 30))
    dialog = open_retention_dialog(view_context, None)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, RetentionDialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["Eerste Oudgediende", "Tweede Oudgediende"]
    assert dialog.table.item(0, 1).text() == "31-08-2022"
    assert "24 maanden" in dialog.intro.text()
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.anonymise_button.text() == "1 anonimiseren…"
    qtbot.mouseClick(dialog.anonymise_button, Qt.MouseButton.LeftButton)
    (text,) = dialogs.texts("confirm")
    assert "• Eerste Oudgediende" in text
    assert "Tweede" not in text
    with app_context.read_session() as s:
        assert s.get(Trainee, first).given_name == ANONYMOUS_GIVEN_NAME
        assert s.get(Trainee, second).given_name == "Tweede"
        assert s.get(Trainee, recent).given_name == "Recent"
    assert ("trainee", {first}) in changes
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "Tweede Oudgediende"
    ]
    assert dialog.status.text() == "1 trainee(s) geanonimiseerd."


def test_retention_with_nobody_due_says_so(view_context, qtbot):
    dialog = open_retention_dialog(view_context, None)
    qtbot.addWidget(dialog)
    assert "Niemand is aan de beurt" in dialog.intro.text()
    assert not dialog.anonymise_button.isEnabled()


def test_the_database_menu_opens_the_retention_list(sqlite_context, qtbot):
    window = build_main_window(
        sqlite_context, FakeDialogs(), screen_factory=double_factory, remember_state=False
    )
    qtbot.addWidget(window)
    assert window.retention_action in window.database_menu.actions()
    assert window.retention_action.text() == "&Bewaartermijn…"
    window.retention_action.trigger()
    assert isinstance(window.retention_dialog, RetentionDialog)


def _age(backup: Path, made_at: dt.datetime) -> Path:
    """Rename a backup as if it had been made at ``made_at`` (the name carries the moment)."""
    database_stem = backup.name.split("-", 1)[0]
    reason = backup.stem.rsplit("-", 1)[-1]
    older = backup.with_name(f"{database_stem}-{made_at:%Y%m%d-%H%M%S-%f}-{reason}{backup.suffix}")
    backup.rename(older)
    return older


def test_starting_the_app_removes_backups_older_than_the_retention_period(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "gui.sqlite3"
    settings = tmp_path / "settings.json"
    AppContext.open(str(database), settings_path=settings).close()
    now = dt.datetime.now()
    ancient = _age(timestamped_backup(database, "oud"), now - dt.timedelta(days=800))
    recent = _age(timestamped_backup(database, "recent"), now - dt.timedelta(days=300))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(main_window, "default_screen_factory", double_factory)
    close_windows_soon()
    args = argparse.Namespace(db=str(database), lang="nl", settings=settings)
    assert app_module.run_gui(args) == 0
    left = {b.path for b in list_backups(database)}
    assert ancient not in left  # 800 days: older than the default 24 months
    assert recent in left


def test_the_dialogs_speak_english_when_asked(view_context, qtbot, world):
    from coordinator_app.views.i18n import Translations

    translations = Translations.for_app()
    translations.apply("en")
    try:
        dialog = _privacy_dialog(view_context, qtbot, world.jan)
        assert dialog.excel_button.text() == "Export as Excel…"
        assert dialog.summary.text().startswith("Stored about Jan de Vries")
        retention = open_retention_dialog(view_context, None)
        qtbot.addWidget(retention)
        assert retention.windowTitle() == "Retention period"
    finally:
        translations.apply("nl")
