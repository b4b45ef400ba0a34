"""The main window: navigation, shortcuts, undo/redo, state, language, status bar.

The list screens are replaced by DoubleScreen, a small stand-in with the ListScreen
interface that records what the window asks of it, so these tests protect the
shell whatever the real screens do.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app import __version__
from coordinator_app.context import AppContext
from coordinator_app.views.app import build_main_window
from coordinator_app.views.i18n import Translations
from coordinator_app.views.main_window import MainWindow, window_state_file
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen limits

LIST_SCREENS = (
    ("trainees", "Trainees"),
    ("organisaties", "Organisaties"),
    ("opdrachten", "Opdrachten"),
    ("plaatsingen", "Plaatsingen"),
    ("bijeenkomsten", "Bijeenkomsten"),
)
DUTCH_SIDEBAR = [
    "Overzicht",
    "Trainees",
    "Organisaties",
    "Opdrachten",
    "Plaatsingen",
    "Bijeenkomsten",
]


class DoubleScreen(QWidget):
    """A list screen stand-in: a list to focus, a search field, and a call log."""

    selection_changed = Signal()
    status_message = Signal(str)
    counts_changed = Signal()

    def __init__(self, key: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.label = label
        self.calls: list[str] = []
        self.selection: list[int] = []
        self.counts = (0, 0)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(f"Zoeken in {label}")
        self.table = QListWidget(self)
        self.table.setAccessibleName(label)
        self.table.addItems(["eerste", "tweede"])
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def title(self) -> str:
        return self.label

    def refresh(self) -> None:
        self.calls.append("refresh")

    def retranslate(self) -> None:
        self.calls.append("retranslate")

    def new_record(self) -> None:
        self.calls.append("new_record")

    def open_selected(self) -> None:
        self.calls.append("open_selected")

    def delete_selected(self) -> None:
        self.calls.append("delete_selected")

    def export_selection(self) -> None:
        self.calls.append("export_selection")

    def focus_search(self) -> None:
        self.calls.append("focus_search")
        self.search.setFocus()

    def selected_ids(self) -> list[int]:
        return list(self.selection)

    def shown_and_total(self) -> tuple[int, int]:
        return self.counts

    def select(self, ids: list[int]) -> None:
        self.selection = ids
        self.selection_changed.emit()


def double_factory(ctx: Any, parent: QWidget | None) -> list[DoubleScreen]:
    return [DoubleScreen(key, label, parent) for key, label in LIST_SCREENS]


def make_window(
    context: AppContext, qtbot: Any, dialogs: FakeDialogs | None = None, **kwargs: Any
) -> MainWindow:
    window = build_main_window(
        context,
        dialogs if dialogs is not None else FakeDialogs(),
        screen_factory=double_factory,
        **kwargs,
    )
    qtbot.addWidget(window)
    return window


def activate(window: MainWindow, qtbot: Any) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def dutch() -> Iterator[Translations]:
    """The interface in Dutch before and after the test, whatever the test switched to."""
    translations = Translations.for_app()
    translations.apply("nl")
    yield translations
    translations.apply("nl")


def sidebar_texts(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_sidebar_lists_the_six_screens_in_dutch(sqlite_context: AppContext, qtbot: Any) -> None:
    window = make_window(sqlite_context, qtbot)
    assert sidebar_texts(window) == DUTCH_SIDEBAR
    assert window.current_key() == "overzicht"
    assert [m.title() for m in (window.file_menu, window.edit_menu, window.view_menu)] == [
        "&Bestand",
        "B&ewerken",
        "Bee&ld",
    ]


def test_ctrl_digits_switch_screens(sqlite_context: AppContext, qtbot: Any) -> None:
    window = make_window(sqlite_context, qtbot)
    activate(window, qtbot)
    keys = ["overzicht", *[key for key, _label in LIST_SCREENS]]
    for number, key in reversed(list(enumerate(keys, start=1))):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_key() == key
        assert window.stack.currentWidget() is window.screens[key]
        assert window.sidebar.currentRow() == number - 1
        assert window.view_actions[key].isChecked()


def test_sidebar_selection_switches_screen(sqlite_context: AppContext, qtbot: Any) -> None:
    window = make_window(sqlite_context, qtbot)
    activate(window, qtbot)
    window.sidebar.setFocus()
    window.sidebar.setCurrentRow(0)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_key() == "organisaties"


def test_shortcuts_go_to_the_current_screen(sqlite_context: AppContext, qtbot: Any) -> None:
    window = make_window(sqlite_context, qtbot)
    activate(window, qtbot)
    window.show_screen("opdrachten")
    screen = window.screens["opdrachten"]
    other = window.screens["trainees"]
    screen.select([7])
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(screen.table, Qt.Key.Key_N, ctrl)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    qtbot.keyClick(screen.table, Qt.Key.Key_Enter)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    qtbot.keyClick(screen.table, Qt.Key.Key_F, ctrl)
    assert [c for c in screen.calls if c != "refresh" and c != "retranslate"] == [
        "new_record",
        "open_selected",
        "open_selected",
        "delete_selected",
        "focus_search",
    ]
    assert screen.search.hasFocus()
    window.export_action.trigger()
    assert screen.calls[-1] == "export_selection"
    assert [c for c in other.calls if c not in ("refresh", "retranslate")] == []


def test_delete_and_enter_do_nothing_from_the_sidebar(
    sqlite_context: AppContext, qtbot: Any
) -> None:
    window = make_window(sqlite_context, qtbot)
    activate(window, qtbot)
    window.show_screen("trainees")
    screen = window.screens["trainees"]
    screen.select([1])
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Delete)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Return)
    assert "delete_selected" not in screen.calls
    assert "open_selected" not in screen.calls


def test_record_actions_disabled_on_overview_and_without_selection(
    sqlite_context: AppContext, qtbot: Any
) -> None:
    window = make_window(sqlite_context, qtbot)
    record_actions = [
        window.new_action,
        window.open_action,
        window.delete_action,
        window.export_action,
        window.search_action,
    ]
    assert not any(action.isEnabled() for action in record_actions)
    window.show_screen("plaatsingen")
    screen = window.screens["plaatsingen"]
    assert window.new_action.isEnabled()
    assert window.search_action.isEnabled()
    assert not window.delete_action.isEnabled()
    assert not window.open_action.isEnabled()
    assert not window.export_action.isEnabled()  # nothing shown, nothing to export
    screen.counts = (2, 2)
    screen.counts_changed.emit()
    qtbot.waitUntil(window.export_action.isEnabled)
    screen.select([3, 4])
    assert window.delete_action.isEnabled()
    assert window.open_action.isEnabled()
    assert window.export_action.isEnabled()
    window.show_screen("overzicht")
    assert not any(action.isEnabled() for action in record_actions)


class _Append(QUndoCommand):
    def __init__(self, target: list[str], value: str) -> None:
        super().__init__(f"{value} toevoegen")
        self.target = target
        self.value = value

    def redo(self) -> None:
        self.target.append(self.value)

    def undo(self) -> None:
        self.target.remove(self.value)


def test_undo_and_redo_actions_drive_the_stack(sqlite_context: AppContext, qtbot: Any) -> None:
    window = make_window(sqlite_context, qtbot)
    activate(window, qtbot)
    stack = window.ctx.undo_stack
    assert not window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()
    data: list[str] = []
    stack.push(_Append(data, "Anna"))
    assert data == ["Anna"]
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Ongedaan maken: Anna toevoegen"
    window.undo_action.trigger()
    assert data == []
    assert window.redo_action.isEnabled()
    assert window.redo_action.text() == "Opnieuw: Anna toevoegen"
    assert window.undo_action.text() == "Ongedaan maken"
    window.redo_action.trigger()
    assert data == ["Anna"]

    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    assert data == []
    qtbot.keyClick(window, Qt.Key.Key_Y, ctrl)
    assert data == ["Anna"]
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert data == ["Anna"]
    shortcuts = [s.toString() for s in window.redo_action.shortcuts()]
    assert "Ctrl+Y" in shortcuts
    assert "Ctrl+Shift+Z" in shortcuts


def test_window_state_is_remembered(sqlite_context: AppContext, qtbot: Any) -> None:
    first = make_window(sqlite_context, qtbot)
    first.show()
    qtbot.waitExposed(first)
    first.resize(730, 530)
    first.show_screen("bijeenkomsten")
    first.close()
    assert window_state_file().exists()

    second = make_window(sqlite_context, qtbot)
    assert second.current_key() == "bijeenkomsten"
    assert (second.width(), second.height()) == (730, 530)

    not_remembering = make_window(sqlite_context, qtbot, remember_state=False)
    assert not_remembering.current_key() == "overzicht"


def test_language_switch_goes_through_the_qm_files(
    sqlite_context: AppContext, qtbot: Any, dutch: Translations
) -> None:
    window = make_window(sqlite_context, qtbot, translations=dutch)
    assert window.file_menu.title() == "&Bestand"
    dutch.apply("en")
    assert any(path.name == "shell_en.qm" for path in dutch.loaded_files)
    QCoreApplication.processEvents()  # deliver the LanguageChange events
    assert window.file_menu.title() == "&File"
    assert window.edit_menu.title() == "&Edit"
    assert window.help_menu.title() == "&Help"
    assert sidebar_texts(window)[0] == "Overview"
    assert window.view_actions["overzicht"].text() == "Overview"
    assert window.overview.attention_title.text() == "Needs attention"
    assert all("retranslate" in window.screens[key].calls for key, _ in LIST_SCREENS)

    dutch.apply("nl")
    assert not any(path.name.startswith("shell_") for path in dutch.loaded_files)
    qt_dutch = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_nl.qm"
    assert (qt_dutch in dutch.loaded_files) == qt_dutch.exists()  # Qt's own buttons in Dutch
    QCoreApplication.processEvents()
    assert window.file_menu.title() == "&Bestand"
    assert sidebar_texts(window) == DUTCH_SIDEBAR
    assert window.overview.attention_title.text() == "Aandacht nodig"


def test_status_bar_shows_database_and_counts(sqlite_context: AppContext, qtbot: Any) -> None:
    window = make_window(sqlite_context, qtbot)
    window.show()
    assert window.database_label.text() == f"Database: {Path(str(sqlite_context.store.path)).name}"
    assert window.count_label.isHidden()
    screen = window.screens["organisaties"]
    screen.counts = (3, 10)
    window.show_screen("organisaties")
    assert window.count_label.text() == "3 van 10 getoond"
    screen.counts = (4, 11)
    window.ctx.bus.notify("organisation", {1})
    qtbot.waitUntil(lambda: window.count_label.text() == "4 van 11 getoond")
    screen.counts = (1, 11)
    screen.counts_changed.emit()  # e.g. after typing in the search field
    qtbot.waitUntil(lambda: window.count_label.text() == "1 van 11 getoond")
    screen.status_message.emit("Organisatie opgeslagen")
    assert window.statusBar().currentMessage() == "Organisatie opgeslagen"


def test_screens_are_refreshed_once_when_first_shown(
    sqlite_context: AppContext, qtbot: Any
) -> None:
    window = make_window(sqlite_context, qtbot)
    screen = window.screens["trainees"]
    assert "refresh" not in screen.calls
    window.show_screen("trainees")
    window.show_screen("overzicht")
    window.show_screen("trainees")
    window.ctx.bus.notify("trainee", {1})
    assert screen.calls.count("refresh") == 1


def test_every_interactive_widget_has_an_accessible_name(
    sqlite_context: AppContext, qtbot: Any
) -> None:
    window = make_window(sqlite_context, qtbot)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # the overview reads its figures right after the first paint
    interactive = (QAbstractButton, QAbstractItemView, QLineEdit, QComboBox, QAbstractSpinBox)
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, interactive)
        and w.isVisibleTo(window)
        and not w.accessibleName()
        and not isinstance(w.parent(), QAbstractItemView)  # editors inside item views
    ]
    assert nameless == []
    assert window.sidebar.accessibleName() == "Navigatie"
    assert window.overview.cards["trainees"].accessibleName().startswith("Trainees: ")


def test_sidebar_is_in_the_tab_chain(sqlite_context: AppContext, qtbot: Any) -> None:
    window = make_window(sqlite_context, qtbot)
    activate(window, qtbot)
    window.show_screen("trainees")
    screen = window.screens["trainees"]
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    for _ in range(12):
        if window.sidebar.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.sidebar.hasFocus()


def test_about_names_the_version(sqlite_context: AppContext, qtbot: Any) -> None:
    dialogs = FakeDialogs()
    window = make_window(sqlite_context, qtbot, dialogs)
    window.about_action.trigger()
    assert dialogs.titles("info") == ["Over Coordinator"]
    assert f"Coordinator {__version__}" in dialogs.texts("info")[0]


@pytest.mark.qt_log_ignore("This plugin does not support")  # raise() on offscreen
def test_f1_opens_the_user_guide(sqlite_context: AppContext, qtbot: Any) -> None:
    window = make_window(sqlite_context, qtbot)
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window._help is not None
    qtbot.addWidget(window._help)
    assert window._help.isVisible()
    assert "Sneltoetsen" in window._help.heading_texts()
    first = window._help
    window.help_action.trigger()
    assert window._help is first


def test_open_database_switches_to_the_chosen_file(
    sqlite_context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    other_file = tmp_path / "ander.sqlite3"
    AppContext.open(str(other_file), settings_path=tmp_path / "other-settings.json").close()
    dialogs = FakeDialogs(open_path=other_file)
    window = make_window(sqlite_context, qtbot, dialogs)
    window.show_screen("trainees")
    window.ctx.undo_stack.push(_Append([], "iets"))
    window.open_database_action.trigger()
    try:
        assert window.ctx.app.store.path == other_file
        assert window.ctx.undo_stack.count() == 0
        assert window.database_label.text() == "Database: ander.sqlite3"
        assert window.screens["trainees"].calls.count("refresh") == 2
        assert sqlite_context.settings.database == str(other_file)
    finally:
        window.ctx.app.close()


def test_open_database_reports_a_bad_file(
    sqlite_context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "notities.sqlite3"
    bad.write_text("geen database", encoding="utf-8")
    dialogs = FakeDialogs(open_path=bad)
    window = make_window(sqlite_context, qtbot, dialogs)
    window.open_database_action.trigger()
    assert dialogs.titles("error") == ["Database niet geopend"]
    assert "geen Coordinator-database" in dialogs.texts("error")[0]
    assert window.ctx.app is sqlite_context


def test_settings_open_from_the_menu(sqlite_context: AppContext, qtbot: Any) -> None:
    window = make_window(sqlite_context, qtbot)
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close_dialog)
            return
        seen.append(type(dialog).__name__)
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    window.settings_action.trigger()
    assert seen == ["SettingsDialog", "Instellingen"]


def test_the_real_list_screens_fit_the_window(
    sqlite_context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    """The contract with coordinator_app.views.screens, end to end."""
    screens_module = pytest.importorskip("coordinator_app.views.screens")
    if not hasattr(screens_module, "create_list_screens"):
        pytest.skip("the list screens are not there yet")
    from tests.helpers import factories

    with sqlite_context.transaction() as session:
        factories.trainee(session, "Anna", "Berg", "van der")
        factories.trainee(session, "Jan", "Vries", "de")
    dialogs = FakeDialogs(confirm=True)
    window = build_main_window(sqlite_context, dialogs)
    qtbot.addWidget(window)
    assert sidebar_texts(window) == DUTCH_SIDEBAR
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "trainees"
    qtbot.waitUntil(lambda: window.count_label.text() == "2 van 2 getoond")

    screen = window.screens["trainees"]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Vries")
    qtbot.waitUntil(lambda: window.count_label.text() == "1 van 2 getoond")

    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.waitUntil(window.delete_action.isEnabled)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert dialogs.methods()[-1] == "confirm"
    qtbot.waitUntil(lambda: window.count_label.text() == "0 van 1 getoond")
    assert window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.count_label.text() == "1 van 2 getoond")


def test_an_unknown_language_falls_back_to_dutch(dutch: Translations) -> None:
    dutch.apply("fr")
    assert dutch.language == "nl"
    assert not any(path.name.startswith("shell_") for path in dutch.loaded_files)
