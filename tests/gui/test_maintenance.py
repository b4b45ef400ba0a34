"""Database care from the GUI: history panel, backup, restore with preview, check, lock."""

from __future__ import annotations

import pytest

from coordinator_app.context import AppContext
from coordinator_app.db.backup import list_backups
from coordinator_app.errors import DatabaseInUse
from coordinator_app.views.app import build_main_window
from tests.helpers import factories as f
from tests.helpers.fake_dialogs import FakeDialogs


class _InlineTasks:
    """Runs work at once on the calling thread (the real runner is tested elsewhere)."""

    def run(self, parent, title, work, on_done, on_error=None, **_kw):  # noqa: ANN001
        from coordinator_app.services.progress import Progress

        try:
            result = work(Progress())
        except BaseException as exc:  # noqa: BLE001
            if on_error is None:
                raise
            on_error(exc)
            return
        on_done(result)


@pytest.fixture
def window(qtbot, sqlite_context):
    dialogs = FakeDialogs(confirm=True)
    win = build_main_window(sqlite_context, dialogs, _InlineTasks(), remember_state=False)
    qtbot.addWidget(win)
    win.dialogs_for_test = dialogs
    return win


def test_history_panel_shows_the_edit(window, qtbot):
    from coordinator_app.models import Trainee

    ctx = window.ctx
    with ctx.app.transaction() as s:
        trainee_id = f.trainee(s, given="Zoë", surname="Bakker").id
    with ctx.app.transaction() as s:
        s.get(Trainee, trainee_id).phone = "0612345678"
    window.show_screen("trainees")
    screen = window.screens["trainees"]
    screen.refresh()
    screen.select_ids([trainee_id])
    screen.show_history()
    dialog = screen.current_dialog
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 2).text() == "gewijzigd"
    assert "phone: — → 0612345678" in dialog.table.item(0, 3).text()
    assert "Bakker" in dialog.windowTitle()


def test_backup_and_restore_from_the_menu(window, sqlite_context, db_path):
    ctx = window.ctx
    with ctx.app.transaction() as s:
        f.trainee(s, given="Eerste")
    window.make_backup()
    backup = [b for b in list_backups(db_path) if b.reason == "handmatig"][0]
    with ctx.app.transaction() as s:
        f.trainee(s, given="Tweede")
    dialogs = window.dialogs_for_test
    dialogs.open_path = backup.path
    window.restore_backup()
    confirm = [c for c in dialogs.calls if c[0] == "confirm"][-1]
    assert "1 trainees" in confirm[2]
    from coordinator_app.services.stats import entity_counts

    with window.ctx.app.read_session() as s:
        assert entity_counts(s)["trainees"] == 1
    assert window.ctx.app is not sqlite_context  # reopened


def test_check_database_reports_all_well(window):
    window.check_database()
    info = [c for c in window.dialogs_for_test.calls if c[0] == "info"][-1]
    assert "Alles in orde" in info[2]


def test_second_window_on_the_same_file_is_refused(sqlite_context, db_path, tmp_path):
    sqlite_context.claim_exclusive()
    other = AppContext.open(str(db_path), settings_path=tmp_path / "s.json")
    with pytest.raises(DatabaseInUse, match="al geopend in een ander Coordinator-venster"):
        other.claim_exclusive()
    other.close()
