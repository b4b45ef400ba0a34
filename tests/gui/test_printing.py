"""Ctrl+P makes the document that belongs to the selection of the current screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coordinator_app.views.app import build_main_window
from tests.helpers import factories as f
from tests.helpers.fake_dialogs import FakeDialogs


@pytest.fixture
def made(monkeypatch):
    calls: list[tuple[str, dict]] = []
    import coordinator_app.views.reporting as reporting

    monkeypatch.setattr(
        reporting, "make_pdf", lambda ctx, parent, kind, **target: calls.append((kind, target))
    )
    return calls


@pytest.fixture
def window(qtbot, sqlite_context):
    with sqlite_context.transaction() as s:
        prog = f.programme(s, "De Toekomst van Groningen")
        f.cohort(s, prog, "TvG 2025")
        f.trainee(s, given="Anna", surname="Berg", prefix="van der")
        f.assignment(s, title="Lobbystrategie")
    dialogs = FakeDialogs(choice=None)
    win = build_main_window(sqlite_context, dialogs, remember_state=False)
    qtbot.addWidget(win)
    win.show()
    return win


def test_ctrl_p_makes_the_trajectory_of_the_selected_trainee(window, qtbot, made):
    window.show_screen("trainees")
    screen = window.screens["trainees"]
    screen.refresh()
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert made == [("trajectory", {"trainee_id": screen.selected_ids()[0]})]


def test_without_a_selection_the_user_is_told(window, made):
    window.show_screen("opdrachten")
    screen = window.screens["opdrachten"]
    screen.refresh()
    messages: list[str] = []
    screen.status_message.connect(messages.append)
    window.print_action.trigger()
    assert made == []
    assert messages == ["Kies eerst één opdracht."]


def test_cohort_report_asks_which_cohort(window, made):
    window.ctx.dialogs.choice = None  # the user cancels
    window.document_actions["cohort"].trigger()
    assert made == []
    cohort_choice = window.ctx.dialogs.details[-1]["choices"][0]
    window.ctx.dialogs.choice = cohort_choice.key
    window.document_actions["cohort"].trigger()
    assert made == [("cohort", {"cohort_id": int(cohort_choice.key)})]
