"""The main window: navigation, menus, toolbar, shortcuts and the status bar.

The window knows nothing about trainees or placements: it hosts the overview and
the list screens (coordinator_app.views.screens) and dispatches the generic
commands (new, open, delete, export, search) to whichever list screen is current.
It refreshes a screen the first time it is shown and after another database was
opened; otherwise screens keep themselves up to date through the DataBus.

The window is built in two steps so that it appears at once: the constructor draws
the navigation, menus, toolbar and status bar (nothing of it needs the database or
SQLAlchemy), and :meth:`MainWindow.attach` adds the screens once the database is
open. Until then the screen area says which database is being opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coordinator_app import __version__
from coordinator_app.errors import CoordinatorError
from coordinator_app.paths import user_config_dir
from coordinator_app.views.dialogs import database_filter
from coordinator_app.views.first_start import open_app_context, remember_database
from coordinator_app.views.help import HelpDialog, show_help
from coordinator_app.views.i18n import Translations
from coordinator_app.views.icons import SCREEN_ICONS, app_icon, icon
from coordinator_app.views.navigation import OVERVIEW_KEY, SCREEN_KEYS, screen_title
from coordinator_app.views.view_context import DataBus, DialogService, TaskRunner, ViewContext

if TYPE_CHECKING:  # imported when the database is opened, after the window is shown
    from coordinator_app.context import AppContext
    from coordinator_app.views.overview import OverviewScreen

_STATE_GROUP = "mainWindow"
_SIDEBAR_STYLE = """
QListWidget#sidebar {
    border: none; background: palette(window); padding-top: 8px; outline: 0;
}
QListWidget#sidebar::item {
    padding: 7px 10px; margin: 1px 8px; border-radius: 6px; border-left: 3px solid transparent;
}
QListWidget#sidebar::item:hover { background: rgba(31, 95, 139, 0.08); }
QListWidget#sidebar::item:selected {
    background: rgba(31, 95, 139, 0.16); color: palette(text); border-left: 3px solid #1f5f8b;
}
QListWidget#sidebar::item:selected:focus {
    background: rgba(31, 95, 139, 0.28); border: 1px dotted #1f5f8b; border-left: 3px solid #1f5f8b;
}
"""


ScreenFactory = Callable[[ViewContext, QWidget | None], Sequence[Any]]


def default_screen_factory(ctx: ViewContext, parent: QWidget | None) -> Sequence[Any]:
    """The real list screens, imported when a window is built (they import much)."""
    from coordinator_app.views.screens import create_list_screens

    return create_list_screens(ctx, parent)


TEMPLATE_KINDS = (
    "trainees",
    "organisations",
    "assignments",
    "placements",
    "sessions",
    "attendance",
)


def window_state_file() -> Path:
    return user_config_dir() / "window.ini"


def window_settings() -> QSettings:
    """Window geometry and last screen, in an ini file next to settings.json.

    An explicit file (not the platform registry) keeps the state with the other
    settings and lets tests redirect it through XDG_CONFIG_HOME.
    """
    return QSettings(str(window_state_file()), QSettings.Format.IniFormat)


def _plain(text: str) -> str:
    """An action text without its mnemonic ampersand and ellipsis, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class LoadingPage(QWidget):
    """What the screen area shows while the database is being opened.

    ``painted`` fires after its first paint: the moment the window is on screen,
    which is when the application starts opening the database.
    """

    painted = Signal()

    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadingPage")
        self.database_name = database_name
        self._painted = False
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("loadingLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        if self.database_name:
            text = self.tr("Database {name} wordt geopend…").format(name=self.database_name)
        else:
            text = self.tr("Database wordt geopend…")
        self.label.setText(text)
        self.label.setAccessibleName(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    # The database is open and the screen in front shows its data (once).
    ready = Signal()

    ctx: ViewContext  # set by attach()

    def __init__(
        self,
        dialogs: DialogService,
        tasks: TaskRunner,
        *,
        translations: Translations | None = None,
        screen_factory: ScreenFactory | None = None,
        state: QSettings | None = None,
        remember_state: bool = True,
        database_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.tasks = tasks
        self.undo_stack = QUndoStack(self)
        self.bus = DataBus(self)
        self.translations = translations
        self.remember_state = remember_state
        self.database_name = database_name
        self._state = state
        self._screen_factory = screen_factory or default_screen_factory
        self._help: HelpDialog | None = None
        self._refreshed: set[str] = set()
        self._ready_sent = False
        self.overview: OverviewScreen | None = None
        self.list_screens: list[Any] = []
        self.screens: dict[str, QWidget] = {}
        self.screen_order: list[str] = list(SCREEN_KEYS)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(640, 480))

        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._fill_navigation()
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(0)
        self._status_timer.timeout.connect(self._update_status)
        self.bus.changed.connect(self._on_data_changed)
        self.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._update_undo_texts)
        runner_messages = getattr(tasks, "status_message", None)
        if runner_messages is not None:
            runner_messages.connect(self.show_status_message)
        self.retranslate()
        self.resize(1200, 780)
        self._start_key = OVERVIEW_KEY
        if remember_state:
            self._start_key = self._restore_state() or OVERVIEW_KEY
        self._select_navigation(self._start_key)
        self._update_actions()

    @property
    def attached(self) -> bool:
        """Whether the database is open and the screens are there."""
        return self.overview is not None

    # -- construction --------------------------------------------------------------

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(200)
        self.sidebar.setStyleSheet(_SIDEBAR_STYLE)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.sidebar)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.loading_page: LoadingPage | None = LoadingPage(self.database_name, self.stack)
        self.stack.addWidget(self.loading_page)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)

    def attach(self, app: AppContext) -> None:
        """Add the screens over an opened database and show the remembered screen."""
        from coordinator_app.views.overview import OverviewScreen

        self.ctx = ViewContext(
            app=app, undo_stack=self.undo_stack, dialogs=self.dialogs, tasks=self.tasks,
            bus=self.bus,
        )  # fmt: skip
        overview = OverviewScreen(self.ctx, self.stack)
        overview.navigate_requested.connect(self.show_screen)
        overview.list_requested.connect(self.show_list)
        overview.status_message.connect(self.show_status_message)
        overview.refreshed.connect(self._on_overview_refreshed)
        self.list_screens = list(self._screen_factory(self.ctx, self.stack))
        self.screens = {OVERVIEW_KEY: overview}
        for screen in self.list_screens:
            self.screens[screen.key] = screen
        for screen in [overview, *self.list_screens]:
            self.stack.addWidget(screen)
        for screen in self.list_screens:
            screen.selection_changed.connect(self._on_selection_changed)
            screen.status_message.connect(self.show_status_message)
            counts_changed = getattr(screen, "counts_changed", None)
            if counts_changed is not None:
                counts_changed.connect(self._schedule_status_update)
        self.overview = overview
        order = [OVERVIEW_KEY, *(screen.key for screen in self.list_screens)]
        if order != self.screen_order:
            self.screen_order = order
            self._fill_navigation()
        for action in self._database_actions:
            action.setEnabled(True)
        self.retranslate()
        start = self._start_key if self._start_key in self.screens else OVERVIEW_KEY
        self.show_screen(start)
        if self.loading_page is not None:
            self.stack.removeWidget(self.loading_page)
            self.loading_page.deleteLater()
            self.loading_page = None
        if start != OVERVIEW_KEY:
            self._send_ready()

    def _on_overview_refreshed(self) -> None:
        self._send_ready()

    def _send_ready(self) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def _action(
        self,
        name: str,
        slot: Callable[[], Any],
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys.extend(QKeySequence.keyBindings(shortcut))
            else:
                keys.append(QKeySequence(shortcut))
        unique: list[QKeySequence] = []
        for key in keys:
            if not key.isEmpty() and key not in unique:
                unique.append(key)
        if unique:
            action.setShortcuts(unique)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("newAction", self._dispatch("new_record"), ["Ctrl+N"], "new")
        self.open_database_action = self._action(
            "openDatabaseAction", self.open_database, [QKeySequence.StandardKey.Open], "database"
        )
        self.export_action = self._action(
            "exportAction", self._dispatch("export_selection"), (), "export"
        )
        self.settings_action = self._action(
            "settingsAction", self.open_settings, [QKeySequence.StandardKey.Preferences], "settings"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.import_action = self._action("importAction", self.open_import, ["Ctrl+I"], "import")
        self.export_all_action = self._action("exportAllAction", self.export_all)
        self.template_actions = {
            kind: self._action(f"template_{kind}", lambda kind=kind: self.save_template(kind))
            for kind in TEMPLATE_KINDS
        }
        self.print_action = self._action(
            "printAction",
            self._printing("print_selection", with_screen=True),
            [QKeySequence.StandardKey.Print, "Ctrl+P"],
            "print",
        )
        self.document_actions = {
            "certificate": self._action(
                "doc_certificate", self._printing("certificate", with_screen=True)
            ),
            "signin": self._action("doc_signin", self._printing("signin_sheet", with_screen=True)),
            "badges": self._action("doc_badges", self._printing("badges", with_screen=True)),
            "cohort": self._action("doc_cohort", self._printing("cohort_report")),
            "outcomes": self._action("doc_outcomes", self._printing("outcomes_report")),
        }
        self.backup_action = self._action("backupAction", self.make_backup)
        self.restore_action = self._action("restoreAction", self.restore_backup)
        self.check_action = self._action("checkAction", self.check_database)
        self.retention_action = self._action("retentionAction", self.show_retention)
        self.quit_action = self._action("quitAction", self.close, ["Ctrl+Q"])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Ongedaan maken"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = stack.createRedoAction(self, self.tr("Opnieuw"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setIcon(icon("redo"))
        redo_keys = [QKeySequence("Ctrl+Y")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo_keys:
                redo_keys.append(key)
        self.redo_action.setShortcuts(redo_keys)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        # Enter and Delete act on the record list only while the focus is in the screen
        # area, so they never fire from the navigation or the menu bar.
        self.open_action = self._action(
            "openAction", self._dispatch("open_selected"), ["Return", "Enter"], "open"
        )
        self.delete_action = self._action(
            "deleteAction", self._dispatch("delete_selected"), ["Del"], "delete"
        )
        for action in (self.open_action, self.delete_action):
            self.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.stack.addAction(action)
        self.search_action = self._action(
            "searchAction", self._dispatch("focus_search"), ["Ctrl+F"], "search"
        )

        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)
        self.view_actions: dict[str, QAction] = {}

        self.help_action = self._action(
            "helpAction", self.show_help, [QKeySequence.StandardKey.HelpContents, "F1"], "help"
        )
        self.about_action = self._action("aboutAction", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        # Everything that needs the database: off until attach().
        self._database_actions = [
            self.new_action, self.open_database_action, self.export_action,
            self.settings_action, self.import_action, self.export_all_action,
            *self.template_actions.values(), self.print_action,
            *self.document_actions.values(), self.backup_action, self.restore_action,
            self.check_action, self.retention_action, self.open_action, self.delete_action,
            self.search_action,
        ]  # fmt: skip
        for action in self._database_actions:
            action.setEnabled(False)

    def _fill_navigation(self) -> None:
        """The sidebar items and the View menu's screen actions, in screen order."""
        for action in self.view_actions.values():
            self.view_group.removeAction(action)
            self.view_menu.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self.view_actions.clear()
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for number, key in enumerate(self.screen_order, start=1):
            action = self._action(
                f"view_{key}",
                lambda key=key: self.show_screen(key),
                [f"Ctrl+{number}"] if number <= 9 else (),
                SCREEN_ICONS.get(key),
            )
            action.setCheckable(True)
            self.view_group.addAction(action)
            self.view_actions[key] = action
            self.view_menu.addAction(action)
            item = QListWidgetItem(icon(SCREEN_ICONS.get(key, "overview")), self.screen_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.blockSignals(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(bar)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_database_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.template_menu = self.file_menu.addMenu("")
        for action in self.template_actions.values():
            self.template_menu.addAction(action)
        self.file_menu.addAction(self.export_all_action)
        self.file_menu.addSeparator()
        self.database_menu = self.file_menu.addMenu("")
        self.database_menu.addAction(self.backup_action)
        self.database_menu.addAction(self.restore_action)
        self.database_menu.addAction(self.check_action)
        self.database_menu.addAction(self.retention_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = QMenu(bar)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.open_action)
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self.documents_menu = QMenu(bar)
        self.documents_menu.addAction(self.print_action)
        self.documents_menu.addSeparator()
        for action in self.document_actions.values():
            self.documents_menu.addAction(action)
        self.view_menu = QMenu(bar)
        self.help_menu = QMenu(bar)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        for menu in (
            self.file_menu, self.edit_menu, self.documents_menu, self.view_menu, self.help_menu
        ):  # fmt: skip
            bar.addMenu(menu)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar_actions = [
            self.new_action,
            self.open_action,
            self.delete_action,
            self.export_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.search_action,
        ]
        for action in self.toolbar_actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel(bar)
        self.count_label.setObjectName("countLabel")
        self.database_label = QLabel(bar)
        self.database_label.setObjectName("databaseLabel")
        for label in (self.count_label, self.database_label):
            label.setContentsMargins(10, 0, 10, 0)
            bar.addPermanentWidget(label)

    # -- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text of the window; also runs after a language switch."""
        texts = {
            self.new_action: (self.tr("&Nieuw"), self.tr("Nieuw record in de huidige lijst")),
            self.open_database_action: (
                self.tr("Database &openen…"),
                self.tr("Een ander databasebestand openen"),
            ),
            self.export_action: (
                self.tr("&Exporteren selectie…"),
                self.tr("De geselecteerde records exporteren"),
            ),
            self.settings_action: (self.tr("&Instellingen…"), self.tr("Instellingen")),
            self.import_action: (
                self.tr("&Importeren…"),
                self.tr("Trainees, organisaties, opdrachten … uit Excel of CSV inlezen"),
            ),
            self.export_all_action: (
                self.tr("Alles e&xporteren…"),
                self.tr("Alle gegevens naar één Excel-werkmap, een werkblad per soort"),
            ),
            self.print_action: (
                self.tr("PDF &maken"),
                self.tr("Het document van het geselecteerde record als PDF (Ctrl+P)"),
            ),
            self.document_actions["certificate"]: (
                self.tr("&Bewijs van deelname…"),
                self.tr("Bewijs van deelname voor de geselecteerde trainee"),
            ),
            self.document_actions["signin"]: (
                self.tr("&Presentielijst…"),
                self.tr("Presentielijst met QR-codes voor de geselecteerde bijeenkomst"),
            ),
            self.document_actions["badges"]: (
                self.tr("&Naamkaartjes…"),
                self.tr("Naamkaartjes voor een bijeenkomst of een lichting"),
            ),
            self.document_actions["cohort"]: (
                self.tr("&Voortgangsrapportage lichting…"),
                self.tr("Kerncijfers, plaatsingen, deelname en aandachtspunten van een lichting"),
            ),
            self.document_actions["outcomes"]: (
                self.tr("&Opbrengsten van bijeenkomsten…"),
                self.tr("Thema's en actiepunten van de bijeenkomsten in een periode"),
            ),
            self.backup_action: (
                self.tr("Back-up &maken"),
                self.tr("Nu een back-up van de database maken"),
            ),
            self.restore_action: (
                self.tr("Back-up &terugzetten…"),
                self.tr("Een eerdere back-up terugzetten"),
            ),
            self.check_action: (
                self.tr("Database &controleren"),
                self.tr("Integriteit, verwijzingen en de harde regels controleren"),
            ),
            self.retention_action: (
                self.tr("&Bewaartermijn…"),
                self.tr("Trainees die langer dan de bewaartermijn geleden stopten (AVG)"),
            ),
            self.quit_action: (self.tr("&Afsluiten"), self.tr("Coordinator afsluiten")),
            self.open_action: (self.tr("&Openen"), self.tr("Het geselecteerde record openen")),
            self.delete_action: (
                self.tr("&Verwijderen"),
                self.tr("De geselecteerde records verwijderen"),
            ),
            self.search_action: (self.tr("&Zoeken"), self.tr("Naar het zoekveld")),
            self.help_action: (
                self.tr("&Gebruikershandleiding"),
                self.tr("De gebruikershandleiding openen"),
            ),
            self.about_action: (self.tr("&Over Coordinator"), self.tr("Over Coordinator")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.export_action.setIconText(self.tr("Exporteren"))
        for key in self.screen_order:
            title = self.screen_title(key)
            self.view_actions[key].setText(title)
            self.view_actions[key].setToolTip(title)
        self._update_undo_texts()
        self.file_menu.setTitle(self.tr("&Bestand"))
        self.template_menu.setTitle(self.tr("&Sjabloon downloaden"))
        self.documents_menu.setTitle(self.tr("&Documenten"))
        self.database_menu.setTitle(self.tr("&Database"))
        template_names = {
            "trainees": self.tr("Trainees"),
            "organisations": self.tr("Organisaties"),
            "assignments": self.tr("Opdrachten"),
            "placements": self.tr("Plaatsingen"),
            "sessions": self.tr("Bijeenkomsten"),
            "attendance": self.tr("Aanwezigheid"),
        }
        for kind, action in self.template_actions.items():
            action.setText(template_names[kind] + "…")
        self.edit_menu.setTitle(self.tr("B&ewerken"))
        self.view_menu.setTitle(self.tr("Bee&ld"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.menuBar().setAccessibleName(self.tr("Menubalk"))
        self.toolbar.setWindowTitle(self.tr("Werkbalk"))
        self.toolbar.setAccessibleName(self.tr("Werkbalk"))
        for action in self.toolbar_actions:
            if action is not None:
                button = self.toolbar.widgetForAction(action)
                if button is not None:
                    button.setAccessibleName(_plain(action.iconText()))
        self.sidebar.setAccessibleName(self.tr("Navigatie"))
        self.sidebar.setAccessibleDescription(
            self.tr("Kies een scherm met de pijltjestoetsen of met Ctrl+1 tot en met Ctrl+6")
        )
        self.stack.setAccessibleName(self.tr("Scherm"))
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            item.setText(self.screen_title(str(item.data(Qt.ItemDataRole.UserRole))))
        self.count_label.setAccessibleName(self.tr("Aantal getoonde records"))
        self.database_label.setAccessibleName(self.tr("Geopende database"))
        for screen in self.list_screens:
            screen.retranslate()
        self._update_status()

    def _update_undo_texts(self, _text: str = "") -> None:
        """Undo/redo texts in the current language (QUndoStack only prefixes them)."""
        stack = self.undo_stack
        for action, base, command in (
            (self.undo_action, self.tr("Ongedaan maken"), stack.undoText()),
            (self.redo_action, self.tr("Opnieuw"), stack.redoText()),
        ):
            action.setText(
                self.tr("{action}: {command}").format(action=base, command=command)
                if command
                else base
            )
            action.setIconText(base)
            action.setToolTip(action.text())
            button = self.toolbar.widgetForAction(action) if hasattr(self, "toolbar") else None
            if button is not None:
                button.setAccessibleName(base)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- screens -------------------------------------------------------------------

    def screen_title(self, key: str) -> str:
        screen = self.screens.get(key)
        return screen.title() if screen is not None else screen_title(key)

    def current_key(self) -> str:
        if not self.attached:
            return self._start_key
        widget = self.stack.currentWidget()
        return str(getattr(widget, "key", OVERVIEW_KEY))

    def current_list_screen(self) -> Any | None:
        """The list screen in front, or None on the overview."""
        widget = self.stack.currentWidget()
        return widget if widget in self.list_screens else None

    def show_screen(self, key: str) -> None:
        if not self.attached and key in self.screen_order:
            self._start_key = key  # shown as soon as the database is open
            self._select_navigation(key)
            return
        if key not in self.screens:
            return
        screen = self.screens[key]
        if screen in self.list_screens and key not in self._refreshed:
            self._refreshed.add(key)
            screen.refresh()
        self.stack.setCurrentWidget(screen)
        self._select_navigation(key)
        self._update_actions()
        self._update_status()

    def _select_navigation(self, key: str) -> None:
        if key not in self.screen_order:
            return
        row = self.screen_order.index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        self.view_actions[key].setChecked(True)

    def show_list(self, request: Any) -> None:
        """Show a list screen with only the given filters and, if asked, one record selected.

        ``request`` is an overview ListRequest (key, filters, select). A filter the
        screen does not have, or a value it does not offer, is left out.
        """
        screen = self.screens.get(request.key)
        if screen is None or screen not in self.list_screens:
            return
        self.show_screen(request.key)
        screen.clear_filters()
        for name, value in request.filters:
            if name in screen.filter_combos:
                screen.set_filter_value(name, value)
        if request.select is not None:
            screen.select_ids([request.select])
        screen.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_sidebar_row(self, row: int) -> None:
        if 0 <= row < len(self.screen_order):
            self.show_screen(self.screen_order[row])

    def _dispatch(self, method: str) -> Callable[[], None]:
        def run() -> None:
            screen = self.current_list_screen()
            if screen is not None:
                getattr(screen, method)()

        return run

    def _update_actions(self) -> None:
        if not self.attached:
            return
        screen = self.current_list_screen()
        selected = bool(screen.selected_ids()) if screen is not None else False
        shown = screen.shown_and_total()[0] if screen is not None else 0
        self.new_action.setEnabled(screen is not None)
        self.search_action.setEnabled(screen is not None)
        self.open_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        # Without a selection a screen exports what it shows.
        self.export_action.setEnabled(selected or shown > 0)

    def _on_selection_changed(self) -> None:
        if self.sender() is self.stack.currentWidget():
            self._update_actions()
            self._update_status()

    # -- status bar ----------------------------------------------------------------

    def _on_data_changed(self, _kind: str, _ids: object) -> None:
        self._schedule_status_update()

    def _schedule_status_update(self, *_args: object) -> None:
        self._status_timer.start()

    def _update_status(self) -> None:
        if self.attached:
            store = self.ctx.app.store
            path = store.path
            name = path.name if path is not None else store.display_name
            full_name = store.display_name
        else:
            name = full_name = self.database_name
        if name:
            self.database_label.setText(self.tr("Database: {name}").format(name=name))
            self.database_label.setToolTip(full_name)
            self.setWindowTitle(self.tr("Coordinator – {name}").format(name=name))
        else:
            self.database_label.clear()
            self.setWindowTitle("Coordinator")
        screen = self.current_list_screen()
        if screen is None:
            self.count_label.clear()
            self.count_label.hide()
            return
        shown, total = screen.shown_and_total()
        self.count_label.setText(
            self.tr("{shown} van {total} getoond").format(shown=shown, total=total)
        )
        self.count_label.show()
        self._update_actions()

    def show_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # -- commands ------------------------------------------------------------------

    def open_database(self) -> None:
        """Switch to another database file; the undo history belongs to the old one."""
        path = self.ctx.dialogs.open_file(self, self.tr("Database openen"), database_filter())
        if path is None:
            return
        old = self.ctx.app
        if old.store.path is not None and path.resolve() == old.store.path.resolve():
            self.show_status_message(self.tr("Deze database is al geopend."))
            return
        try:
            new = open_app_context(str(path), old.settings, old.settings_path, create=False)
        except CoordinatorError as exc:
            self.ctx.dialogs.error(self, self.tr("Database niet geopend"), exc.message)
            return
        old.close()
        remember_database(new.settings, new.settings_path, path)
        self._use_context(new)
        self.show_status_message(self.tr("Database geopend: {name}").format(name=path.name))

    def reopen_database(self, make: Callable[[], AppContext]) -> bool:
        """Close the database, let ``make`` change the file and open it again (restore)."""
        old = self.ctx.app
        old.close()
        try:
            new = make()
            new.claim_exclusive()
        except CoordinatorError as exc:
            self.ctx.dialogs.error(self, self.tr("Database niet geopend"), exc.message)
            new = open_app_context(
                str(old.store.path or old.store.url), old.settings, old.settings_path,
                create=False,
            )  # fmt: skip
            self._use_context(new)
            return False
        self._use_context(new)
        return True

    def _use_context(self, new: AppContext) -> None:
        self.ctx.app = new
        self.ctx.undo_stack.clear()
        self._refreshed.clear()
        current = self.current_list_screen()
        if current is not None:
            self._refreshed.add(current.key)
            current.refresh()
        if self.overview is not None:
            self.overview.mark_stale()
            if self.overview.isVisible():
                self.overview.refresh()
        self._update_status()

    def _printing(self, name: str, *, with_screen: bool = False) -> Callable[[], None]:
        def run() -> None:
            from coordinator_app.views import printing

            function = getattr(printing, name)
            if with_screen:
                function(self.ctx, self, self.current_list_screen())
            else:
                function(self.ctx, self)

        return run

    def open_import(self) -> None:
        from coordinator_app.views.importing import open_import_wizard

        open_import_wizard(self.ctx, self)

    def save_template(self, kind: str) -> None:
        from coordinator_app.views.importing import save_template

        save_template(self.ctx, self, kind)

    def export_all(self) -> None:
        from coordinator_app.views.maintenance import export_everything

        export_everything(self.ctx, self, self.show_status_message)

    def make_backup(self) -> None:
        from coordinator_app.views.maintenance import make_backup

        make_backup(self.ctx, self, self.show_status_message)

    def restore_backup(self) -> None:
        from coordinator_app.views.maintenance import restore_from_backup

        restore_from_backup(self.ctx, self, self.reopen_database)

    def check_database(self) -> None:
        from coordinator_app.views.maintenance import check_database_gui

        check_database_gui(self.ctx, self)

    def show_retention(self) -> None:
        from coordinator_app.views.privacy import open_retention_dialog

        self.retention_dialog = open_retention_dialog(self.ctx, self)

    def open_settings(self) -> None:
        from coordinator_app.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.translations or Translations.for_app(), self)
        dialog.exec()
        dialog.deleteLater()

    def show_help(self) -> None:
        self._help = show_help(self, self._help)

    def show_about(self) -> None:
        self.dialogs.info(
            self,
            self.tr("Over Coordinator"),
            self.tr(
                "Coordinator {version}\n\n"
                "Traineeships plannen en volgen in Groningen en Drenthe: trainees, "
                "organisaties, opdrachten, plaatsingen en bijeenkomsten.\n\n"
                "Database: {database}\nLicentie: EUPL-1.2"
            ).format(
                version=__version__,
                database=self.ctx.app.store.display_name if self.attached else "–",
            ),
        )

    # -- window state --------------------------------------------------------------

    def _settings_store(self) -> QSettings:
        if self._state is None:
            self._state = window_settings()
        return self._state

    def _restore_state(self) -> str | None:
        store = self._settings_store()
        store.beginGroup(_STATE_GROUP)
        geometry = store.value("geometry")
        state = store.value("state")
        screen = store.value("screen")
        store.endGroup()
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        return str(screen) if screen else None

    def save_window_state(self) -> None:
        store = self._settings_store()
        store.beginGroup(_STATE_GROUP)
        store.setValue("geometry", self.saveGeometry())
        store.setValue("state", self.saveState())
        store.setValue("screen", self.current_key())
        store.endGroup()
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_state:
            self.save_window_state()
        if self._help is not None:
            self._help.close()
        super().closeEvent(event)
