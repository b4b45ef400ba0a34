"""The session views: the door (check-in), the attendance grid, forms, calendar, export."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from coordinator_app.models import (
    Attendance,
    AttendanceStatus,
    EducationLevel,
    Session,
    SessionSeries,
)
from coordinator_app.views.i18n import Translations
from coordinator_app.views.sessions import (
    ParticipationFigures,
    SessionCalendar,
    export_ics,
)
from coordinator_app.views.sessions.attendance_grid import STATUS, AttendanceDialog
from coordinator_app.views.sessions.checkin import CheckinWindow
from coordinator_app.views.sessions.common import to_qdate
from coordinator_app.views.sessions.series_dialog import SeriesDialog
from coordinator_app.views.sessions.session_form import SessionFormDialog
from coordinator_app.views.view_context import DataBus, ViewContext
from tests.helpers import factories as f
from tests.helpers.fake_dialogs import FakeDialogs
from tests.helpers.sessions import attend, meeting

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen limits

TODAY = dt.date(2025, 10, 3)
ARRIVAL = dt.datetime(2025, 10, 3, 9, 2)


class SyncTasks:
    """Runs the work at once on the calling thread."""

    def run(
        self, parent: QWidget | None, title: str, work: Any, on_done: Any, on_error: Any = None
    ) -> None:
        from coordinator_app.services.progress import Progress

        on_done(work(Progress()))


@pytest.fixture
def ctx(app_context, qtbot):
    app_context.today = TODAY
    return ViewContext(
        app=app_context,
        undo_stack=QUndoStack(),
        dialogs=FakeDialogs(),
        tasks=SyncTasks(),
        bus=DataBus(),
    )


@pytest.fixture
def workshop(ctx):
    """Today's intervision with Anna and Jan invited; Kevin is a trainee not invited."""
    with ctx.app.transaction() as db:
        where = meeting(db, TODAY, "Intervisie groep A", start=dt.time(10, 0), end=dt.time(12, 0))
        anna = f.trainee(db, "Anna", "Berg", "van der", EducationLevel.HBO)
        jan = f.trainee(db, "Jan", "Vries", "de", EducationLevel.WO)
        kevin = f.trainee(db, "Kevin", "Mulder", level=EducationLevel.MBO4)
        rows = [attend(db, where, anna).id, attend(db, where, jan).id]
        info = {
            "session": where.id,
            "rows": rows,
            "anna": anna.checkin_code,
            "jan": jan.checkin_code,
            "kevin": (kevin.id, kevin.checkin_code),
        }
    return info


def _statuses(ctx, session_id):
    with ctx.app.read_session() as db:
        return {
            row.trainee_id: (row.status, row.checked_in_at)
            for row in db.scalars(select(Attendance).where(Attendance.session_id == session_id))
        }


@pytest.fixture
def door(ctx, workshop, qtbot):
    window = CheckinWindow(ctx, workshop["session"], clock=lambda: ARRIVAL)
    qtbot.addWidget(window)
    window.show()
    return window


def _scan(qtbot, window, code):
    qtbot.keyClicks(window.code_edit, code)
    qtbot.keyClick(window.code_edit, Qt.Key.Key_Return)


def test_typing_a_code_and_enter_marks_present(ctx, workshop, door, qtbot):
    seen = []
    ctx.bus.changed.connect(lambda kind, ids: seen.append((kind, ids)))
    _scan(qtbot, door, workshop["anna"])
    statuses = _statuses(ctx, workshop["session"])
    assert (AttendanceStatus.PRESENT, ARRIVAL) in statuses.values()
    assert "Anna van der Berg" in door.message_label.text()
    assert "09:02" in door.message_label.text()
    assert door.message_label.property("state") == "ok"
    assert door.present_list.count() == 1
    assert door.code_edit.text() == ""
    assert ("attendance", {workshop["rows"][0]}) in seen


def test_unknown_code_shows_message_and_changes_nothing(ctx, workshop, door, qtbot):
    before = _statuses(ctx, workshop["session"])
    _scan(qtbot, door, "ONBEKEND9")
    assert "onbekend" in door.message_label.text()
    assert door.message_label.property("state") == "error"
    assert _statuses(ctx, workshop["session"]) == before
    assert door.present_list.count() == 0
    assert door.code_edit.text() == ""
    assert ctx.dialogs.calls == []  # the answer is on the screen, not in a pop-up


def test_second_scan_says_when(ctx, workshop, door, qtbot):
    _scan(qtbot, door, workshop["jan"])
    _scan(qtbot, door, workshop["jan"].lower())
    assert "al aangemeld om 09:02" in door.message_label.text()
    assert door.message_label.property("state") == "notice"
    assert door.present_list.count() == 1


def test_the_door_speaks_english_when_the_interface_does(ctx, workshop, door, qtbot):
    translations = Translations.for_app()
    translations.apply("en")
    try:
        _scan(qtbot, door, workshop["anna"])
        assert door.message_label.text() == "Welcome, Anna van der Berg! Checked in at 09:02."
        _scan(qtbot, door, workshop["anna"])
        assert door.message_label.text() == "Anna van der Berg already checked in at 09:02."
        _scan(qtbot, door, "ONBEKEND9")
        assert door.message_label.text() == (
            "Code ONBEKEND9 is unknown. Look up your name or ask the organisers."
        )
    finally:
        translations.apply("nl")


def test_pick_a_name_and_walk_in_by_code(ctx, workshop, door, qtbot):
    qtbot.keyClicks(door.search_edit, "vries")
    assert door.candidate_list.count() == 1
    qtbot.keyClick(door.search_edit, Qt.Key.Key_Return)
    assert "Jan de Vries" in door.message_label.text()
    kevin_id, kevin_code = workshop["kevin"]
    _scan(qtbot, door, kevin_code)
    assert "inloper" in door.message_label.text()
    statuses = _statuses(ctx, workshop["session"])
    assert statuses[kevin_id][0] is AttendanceStatus.PRESENT
    assert door.present_label.text() == "Aanwezig: 2 van 3"


def test_escape_leaves_full_screen(door, qtbot):
    door.showFullScreen()
    qtbot.waitUntil(door.isFullScreen, timeout=1000)
    qtbot.keyClick(door, Qt.Key.Key_Escape)
    assert not door.isFullScreen()
    assert door.isVisible()


def test_every_interactive_widget_has_an_accessible_name(door):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget

    for kind in (QAbstractButton, QLineEdit, QListWidget):
        for widget in door.findChildren(kind):
            if isinstance(widget.parent(), QLineEdit):
                continue  # Qt's own clear button inside a search field
            assert widget.accessibleName(), widget


def test_attendance_grid_bulk_set_and_undo(ctx, workshop, qtbot):
    dialog = AttendanceDialog(ctx, workshop["session"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2
    assert not dialog.bulk_button.isEnabled()
    dialog.table.selectAll()
    assert dialog.bulk_button.isEnabled()
    dialog.bulk_combo.setCurrentIndex(dialog.bulk_combo.findData(AttendanceStatus.EXCUSED.value))
    qtbot.mouseClick(dialog.bulk_button, Qt.MouseButton.LeftButton)
    statuses = _statuses(ctx, workshop["session"])
    assert {status for status, _ in statuses.values()} == {AttendanceStatus.EXCUSED}
    assert ctx.undo_stack.count() == 1
    assert "afwezig met bericht: 2" in dialog.counts_label.text()
    ctx.undo_stack.undo()
    statuses = _statuses(ctx, workshop["session"])
    assert {status for status, _ in statuses.values()} == {AttendanceStatus.INVITED}
    assert "uitgenodigd: 2" in dialog.counts_label.text()


def test_attendance_grid_status_cell_edit(ctx, workshop, qtbot):
    dialog = AttendanceDialog(ctx, workshop["session"])
    qtbot.addWidget(dialog)
    index = dialog.proxy.index(0, STATUS)  # sorted by surname: Anna van der Berg first
    assert dialog.proxy.setData(index, AttendanceStatus.PRESENT)
    with ctx.app.read_session() as db:
        row = db.get(Attendance, workshop["rows"][0])
        assert row.status is AttendanceStatus.PRESENT
        assert row.checked_in_at is not None  # the session is today: the time is known


def test_session_form_creates_and_invites(ctx, qtbot):
    with ctx.app.transaction() as db:
        cohort = f.cohort(db, name="Toekomst 2025")
        for _ in range(3):
            f.trainee(db, coh=cohort)
        cohort_id = cohort.id
    form = SessionFormDialog(ctx)
    qtbot.addWidget(form)
    form.fields.title_edit.setText("Kick-off")
    for row in range(form.picker.cohort_list.count()):
        item = form.picker.cohort_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) == cohort_id:
            item.setCheckState(Qt.CheckState.Checked)
    assert "3 trainee(s)" in form.picker.preview_label.text()
    assert form.save()
    with ctx.app.read_session() as db:
        record = db.get(Session, form.saved_id)
        assert record.title == "Kick-off"
        assert len(record.attendances) == 3


def test_session_form_refuses_bad_times(ctx, qtbot):
    form = SessionFormDialog(ctx)
    qtbot.addWidget(form)
    form.fields.title_edit.setText("Verkeerd om")
    form.fields.start_edit.setTime(form.fields.end_edit.time().addSecs(3600))
    assert not form.save()
    assert "eindtijd" in form.problem_label.text()


def test_series_dialog_and_edit_rest_from_the_form(ctx, qtbot):
    dialog = SeriesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.series_title_edit.setText("Vrijdagprogramma")
    dialog.first_edit.setDate(to_qdate(dt.date(2025, 9, 5)))
    dialog.last_edit.setDate(to_qdate(dt.date(2025, 11, 28)))
    dialog.add_skipped(dt.date(2025, 10, 24))
    assert dialog.preview_list.count() == 12
    assert dialog.save()
    assert len(dialog.session_ids) == 12

    form = SessionFormDialog(ctx, None, dialog.session_ids[6])
    qtbot.addWidget(form)
    assert form.rest_of_series.isVisibleTo(form)
    form.fields.location_edit.setText("Forum Groningen")
    form.rest_of_series.setChecked(True)
    assert form.save()
    with ctx.app.read_session() as db:
        locations = [db.get(Session, i).location for i in dialog.session_ids]
        assert db.get(SessionSeries, dialog.series_id).title == "Vrijdagprogramma"
    assert locations == [None] * 6 + ["Forum Groningen"] * 6
    ctx.undo_stack.undo()
    with ctx.app.read_session() as db:
        assert {db.get(Session, i).location for i in dialog.session_ids} == {None}


def test_calendar_shows_and_activates_sessions(ctx, workshop, qtbot):
    calendar = SessionCalendar(ctx)
    qtbot.addWidget(calendar)
    cell = next(c for c in calendar.cells if c.day == TODAY)
    assert cell.list.count() == 1
    with qtbot.waitSignal(calendar.session_activated) as signal:
        cell.list.itemActivated.emit(cell.list.item(0))
    assert signal.args == [workshop["session"]]
    calendar.set_mode("week")
    assert sum(c.isVisibleTo(calendar) for c in calendar.cells) == 7
    assert "Week 40" in calendar.title_label.text()


def test_export_ics_writes_the_chosen_file(ctx, workshop, tmp_path):
    target = tmp_path / "intervisie"
    ctx.dialogs.save_path = target
    export_ics(ctx, None, [workshop["session"]])
    written = target.with_suffix(".ics").read_bytes()
    assert written.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"SUMMARY:Intervisie groep A" in written
    assert ctx.dialogs.methods() == ["save_file", "info"]


def test_figures_warn_below_threshold(ctx, workshop, qtbot):
    with ctx.app.transaction() as db:
        for row_id in workshop["rows"]:
            db.get(Attendance, row_id).status = AttendanceStatus.ABSENT
    figures = ParticipationFigures(ctx)
    qtbot.addWidget(figures)
    assert figures.warning_table.rowCount() == 2
    assert "0%" in figures.overall_label.text()
