"""Starting the application: QApplication setup, fonts, build_main_window, run_gui."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coordinator_app import __version__
from coordinator_app.context import AppContext
from coordinator_app.views import app as app_module
from coordinator_app.views import main_window
from coordinator_app.views.app import (
    build_main_window,
    create_application,
    ensure_dutch_font,
    install_excepthook,
)
from coordinator_app.views.i18n import Translations
from coordinator_app.views.tasks import QtTaskRunner
from tests.gui.test_shell import double_factory
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def restore_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.fixture
def dutch_afterwards() -> Any:
    yield
    Translations.for_app().apply("nl")


def test_application_is_named_and_has_an_icon(qapp: Any) -> None:
    app = create_application()
    assert app is qapp
    assert app.applicationName() == "Coordinator"
    assert app.organizationName() == "Coordinator"
    assert app.applicationVersion() == __version__
    assert not app.windowIcon().isNull()


def test_a_font_without_dutch_letters_is_replaced(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = QApplication.font()
    real_check = app_module._has_dutch_letters
    # Pretend the system font lacks the letters, as on a machine without fonts.
    monkeypatch.setattr(
        app_module,
        "_has_dutch_letters",
        lambda font: font.family() != original.family() and real_check(font),
    )
    try:
        ensure_dutch_font(qapp)
        chosen = QApplication.font()
        assert chosen.family() != original.family()
        assert real_check(chosen)
    finally:
        QApplication.setFont(original)
    assert app_module._fallback_font_files()


def test_build_main_window_wires_the_view_context(sqlite_context: AppContext, qtbot: Any) -> None:
    dialogs = FakeDialogs()
    window = build_main_window(sqlite_context, dialogs, screen_factory=double_factory)
    qtbot.addWidget(window)
    assert window.ctx.app is sqlite_context
    assert window.ctx.dialogs is dialogs
    assert isinstance(window.ctx.tasks, QtTaskRunner)
    assert window.ctx.tasks.dialogs is dialogs
    assert window.ctx.undo_stack.parent() is window
    assert window.ctx.bus.parent() is window
    with qtbot.waitSignal(window.ctx.bus.changed):
        window.ctx.bus.notify("trainee", {1})


def test_excepthook_turns_a_bug_into_a_dutch_message(restore_excepthook: None) -> None:
    dialogs = FakeDialogs()
    install_excepthook(dialogs)
    try:
        raise KeyError("intern")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert dialogs.titles("error") == ["Onverwachte fout"]
    assert "KeyError" in dialogs.texts("error")[0]
    assert "coordinator.log" in dialogs.texts("error")[0]


def close_windows_soon() -> None:
    def close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if not windows:
            QTimer.singleShot(20, close)
            return
        for window in windows:
            window.close()

    QTimer.singleShot(50, close)


def test_run_gui_shows_the_window_and_ends_cleanly(
    tmp_path: Path,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    restore_excepthook: None,
    dutch_afterwards: None,
) -> None:
    database = tmp_path / "gui.sqlite3"
    AppContext.open(str(database), settings_path=tmp_path / "settings.json").close()
    monkeypatch.setattr(main_window, "default_screen_factory", double_factory)
    shown: list[str] = []
    original_show = main_window.MainWindow.show

    def show(self: main_window.MainWindow) -> None:
        shown.append(self.windowTitle())
        original_show(self)

    monkeypatch.setattr(main_window.MainWindow, "show", show)
    close_windows_soon()
    args = argparse.Namespace(db=str(database), lang="en", settings=tmp_path / "settings.json")
    assert app_module.run_gui(args) == 0
    assert shown == ["Coordinator – gui.sqlite3"]
    assert Translations.for_app().language == "en"


def test_run_gui_shows_the_window_before_it_opens_the_database(
    tmp_path: Path,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    restore_excepthook: None,
) -> None:
    """The window appears first (saying what it opens); the screens follow, then ready."""
    database = tmp_path / "eerst.sqlite3"
    AppContext.open(str(database), settings_path=tmp_path / "settings.json").close()
    monkeypatch.setattr(main_window, "default_screen_factory", double_factory)
    monkeypatch.setenv(app_module.EXIT_WHEN_READY_ENV, "1")  # quit once the data is shown
    seen: dict[str, Any] = {}
    original_show = main_window.MainWindow.show

    def show(self: main_window.MainWindow) -> None:
        seen["attached at show"] = self.attached
        seen["loading text"] = self.loading_page.label.text() if self.loading_page else ""
        seen["new enabled at show"] = self.new_action.isEnabled()
        self.ready.connect(lambda: seen.setdefault("ready with", self.current_key()))
        seen["window"] = self
        original_show(self)

    monkeypatch.setattr(main_window.MainWindow, "show", show)
    args = argparse.Namespace(db=str(database), lang="nl", settings=tmp_path / "settings.json")
    assert app_module.run_gui(args) == 0
    assert seen["attached at show"] is False
    assert seen["loading text"] == "Database eerst.sqlite3 wordt geopend…"
    assert seen["new enabled at show"] is False
    assert seen["ready with"] == "overzicht"
    window = seen["window"]
    assert window.attached
    assert window.loading_page is None
    assert window.open_database_action.isEnabled()
    window.close()
    window.deleteLater()


def test_the_window_shell_remembers_a_screen_chosen_before_the_database_is_open(
    sqlite_context: AppContext, qtbot: Any
) -> None:
    shell = app_module.build_window_shell(
        FakeDialogs(), screen_factory=double_factory, remember_state=False,
        database_name="x.sqlite3",
    )  # fmt: skip
    qtbot.addWidget(shell)
    assert shell.windowTitle() == "Coordinator – x.sqlite3"
    assert [shell.sidebar.item(i).text() for i in range(shell.sidebar.count())][:2] == [
        "Overzicht",
        "Trainees",
    ]
    shell.sidebar.setCurrentRow(1)  # the user clicks Trainees while the database opens
    assert shell.current_key() == "trainees"
    shell.attach(sqlite_context)
    assert shell.current_key() == "trainees"
    assert "refresh" in shell.screens["trainees"].calls
    assert shell.stack.currentWidget() is shell.screens["trainees"]


def test_a_question_left_open_at_start_is_asked_once(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch, restore_excepthook: None
) -> None:
    """The user may take their time over the first question: it must not appear twice."""
    from PySide6.QtCore import QEventLoop

    class SlowDialogs(FakeDialogs):
        def choose(self, parent: Any, title: str, text: str, choices: Any) -> str | None:
            loop = QEventLoop()  # a modal dialog runs its own event loop, as this one does
            QTimer.singleShot(1500, loop.quit)  # longer than the window's fallback timer
            loop.exec()
            return super().choose(parent, title, text, choices)

    dialogs = SlowDialogs(choice="quit")
    monkeypatch.setattr(app_module, "QtDialogService", lambda: dialogs)
    broken = tmp_path / "kapot.sqlite3"
    broken.write_text("geen database", encoding="utf-8")
    args = argparse.Namespace(db=str(broken), lang=None, settings=tmp_path / "settings.json")
    assert app_module.run_gui(args) == 0
    assert dialogs.titles("choose") == ["Database niet geopend"]


def test_run_gui_quits_when_the_database_cannot_be_opened(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch, restore_excepthook: None
) -> None:
    broken = tmp_path / "kapot.sqlite3"
    broken.write_text("geen database", encoding="utf-8")
    dialogs = FakeDialogs(choice="quit")
    monkeypatch.setattr(app_module, "QtDialogService", lambda: dialogs)
    args = argparse.Namespace(db=str(broken), lang=None, settings=tmp_path / "settings.json")
    assert app_module.run_gui(args) == 0
    assert dialogs.titles("choose") == ["Database niet geopend"]
    assert "geen Coordinator-database" in dialogs.texts("choose")[0]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_alive(qapp: Any) -> None:
    """PySide6 6.12.0 dropped a reference to None on every void call; the app then aborts."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
    assert sys.getrefcount(None) > before - 100


def test_first_start_then_the_main_window_stays_open(
    tmp_path: Path,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    restore_excepthook: None,
) -> None:
    """Closing the real welcome dialog must not end the application before it starts."""
    from coordinator_app.paths import default_database_path
    from coordinator_app.views.dialogs import QtDialogService

    class ClickingDialogs(QtDialogService):
        def choose(self, parent: Any, title: str, text: str, choices: Any) -> str | None:
            def click() -> None:
                dialog = QApplication.activeModalWidget()
                if dialog is None:
                    QTimer.singleShot(10, click)
                    return
                dialog.buttons["empty"].click()

            QTimer.singleShot(0, click)
            return super().choose(parent, title, text, choices)

    monkeypatch.setattr(app_module, "QtDialogService", ClickingDialogs)
    monkeypatch.setattr(main_window, "default_screen_factory", double_factory)
    events: list[str] = []

    def close_later() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, main_window.MainWindow) and w.isVisible()
        ]
        if not windows:
            QTimer.singleShot(20, close_later)
            return
        events.append("window shown")
        QTimer.singleShot(300, lambda: (events.append("closed by test"), windows[0].close()))

    QTimer.singleShot(0, close_later)
    args = argparse.Namespace(db=None, lang="nl", settings=tmp_path / "settings.json")
    assert app_module.run_gui(args) == 0
    assert events == ["window shown", "closed by test"]
    assert default_database_path().exists()
