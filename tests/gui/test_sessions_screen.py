"""The Bijeenkomsten screen opens the session dialogs and deletes with undo."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.models import Attendance, AttendanceStatus, Session, SessionType
from coordinator_app.views.app import build_main_window
from tests.helpers import factories as f
from tests.helpers.fake_dialogs import FakeDialogs


@pytest.fixture
def window(qtbot, sqlite_context):
    with sqlite_context.transaction() as s:
        meeting = Session(
            type=SessionType.TRAINING, title="Trainingsdag Energie", date=dt.date(2026, 11, 20),
            start_time=dt.time(9, 30), end_time=dt.time(15, 30),
        )  # fmt: skip
        s.add(meeting)
        s.flush()
        s.add(Attendance(session=meeting, trainee=f.trainee(s), status=AttendanceStatus.PRESENT))
        s.add(Attendance(session=meeting, trainee=f.trainee(s), status=AttendanceStatus.INVITED))
    win = build_main_window(sqlite_context, FakeDialogs(confirm=True), remember_state=False)
    qtbot.addWidget(win)
    win.show_screen("bijeenkomsten")
    return win


def _count(ctx, model) -> int:
    from sqlalchemy import func, select

    with ctx.read_session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_delete_says_what_goes_and_undo_brings_it_back(window):
    screen = window.screens["bijeenkomsten"]
    screen.refresh()
    screen.table.selectRow(0)
    screen.delete_selected()
    confirm = [c for c in window.ctx.dialogs.calls if c[0] == "confirm"][-1]
    assert "Trainingsdag Energie" in confirm[2]
    assert "2 aanwezigheidsregistraties" in confirm[2]
    assert _count(window.ctx.app, Session) == 0
    window.ctx.undo_stack.undo()
    assert _count(window.ctx.app, Session) == 1
    assert _count(window.ctx.app, Attendance) == 2


def test_session_actions_are_offered(window, qtbot, monkeypatch):
    screen = window.screens["bijeenkomsten"]
    screen.refresh()
    screen.table.selectRow(0)
    opened = []
    import coordinator_app.views.sessions as sessions_views

    monkeypatch.setattr(
        sessions_views, "open_attendance", lambda ctx, p, i: opened.append(("a", i))
    )
    monkeypatch.setattr(sessions_views, "open_outcomes", lambda ctx, p, i: opened.append(("o", i)))
    screen.attendance_action.trigger()
    screen.outcomes_action.trigger()
    assert [kind for kind, _ in opened] == ["a", "o"]
    texts = [a.text() for a in screen.build_context_menu().actions() if a.text()]
    assert "Aanmelden bij de deur…" in texts


def test_calendar_view_toggles(window):
    screen = window.screens["bijeenkomsten"]
    screen.calendar_button.setChecked(True)
    assert screen.calendar is not None
    assert not screen.table.isVisibleTo(screen)
    screen.calendar_button.setChecked(False)
    assert screen.table.isVisibleTo(screen)


def test_open_action_points_and_figures_are_reachable(window):
    screen = window.screens["bijeenkomsten"]
    screen.action_points_action.trigger()
    assert screen.current_dialog.windowTitle() == "Open actiepunten"
    screen.figures_action.trigger()
    assert screen.current_dialog.windowTitle() == "Deelnamecijfers"
