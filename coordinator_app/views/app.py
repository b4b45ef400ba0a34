"""Starting the desktop application: QApplication, language, database, main window.

``run_gui`` is what `coordinator-app` (without a sub-command) runs;
``build_main_window`` is shared with the tests and the screenshot command so that
all three put the window together the same way.

``run_gui`` shows the window before it imports SQLAlchemy or opens the database:
the window appears at once and says which database it is opening; the screens
follow when the database is open. Nothing in this module's imports may pull in
SQLAlchemy (a test checks it).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from coordinator_app import APP_NAME, __version__
from coordinator_app.errors import CoordinatorError
from coordinator_app.logs import log_file
from coordinator_app.paths import default_database_path, resources_dir
from coordinator_app.settings import Settings, load_settings
from coordinator_app.views.dialogs import (
    Choice,
    ChoosingDialogService,
    QtDialogService,
    database_filter,
)
from coordinator_app.views.first_start import (
    FirstStart,
    first_start_path,
    named_database,
    open_app_context,
    remember_database,
)
from coordinator_app.views.i18n import Translations
from coordinator_app.views.icons import app_icon
from coordinator_app.views.main_window import MainWindow, ScreenFactory
from coordinator_app.views.tasks import QtTaskRunner
from coordinator_app.views.view_context import DialogService, TaskRunner

if TYPE_CHECKING:
    from coordinator_app.context import AppContext

_log = logging.getLogger(__name__)
# Set by the start-up benchmark: quit as soon as the main window is shown (painted),
# or as soon as the database is open and the first screen shows its data.
EXIT_WHEN_SHOWN_ENV = "COORDINATOR_EXIT_WHEN_SHOWN"
EXIT_WHEN_READY_ENV = "COORDINATOR_EXIT_WHEN_READY"
ORGANISATION = "Coordinator"
# Letters a Dutch interface cannot do without (trema and accents).
DUTCH_LETTERS = "éëèïöüóáàçÉËÏÖÜ€"


# -- the application object ----------------------------------------------------------


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with name, version and icon (the existing one, if any)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    ensure_dutch_font(app)
    return app


def _has_dutch_letters(font: QFont) -> bool:
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(letter)) for letter in DUTCH_LETTERS)


def _fallback_font_files() -> list[Path]:
    """Fonts we can rely on: our own resources/fonts, then the ones reportlab ships."""
    files = sorted((resources_dir() / "fonts").glob("*.ttf"))
    spec = importlib.util.find_spec("reportlab")
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
        files.extend(folder / name for name in ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf"))
    return [path for path in files if path.is_file()]


def ensure_dutch_font(app: QApplication) -> None:
    """Use a font with ë, é, ï and friends, even on a machine without fonts of its own."""
    if _has_dutch_letters(app.font()):
        return
    for path in _fallback_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            continue
        candidate = QFont(families[0], max(app.font().pointSize(), 10))
        if _has_dutch_letters(candidate):
            app.setFont(candidate)
            return
    _log.warning("no font with Dutch diacritics found")


# -- the window ------------------------------------------------------------------------


def build_main_window(
    app_context: AppContext,
    dialogs: DialogService | None = None,
    tasks: TaskRunner | None = None,
    *,
    translations: Translations | None = None,
    screen_factory: ScreenFactory | None = None,
    remember_state: bool = True,
) -> MainWindow:
    """The main window over an open database, with its ViewContext (undo stack,
    dialogs, tasks, data bus)."""
    window = build_window_shell(
        dialogs,
        tasks,
        translations=translations,
        screen_factory=screen_factory,
        remember_state=remember_state,
    )
    window.attach(app_context)
    return window


def build_window_shell(
    dialogs: DialogService | None = None,
    tasks: TaskRunner | None = None,
    *,
    translations: Translations | None = None,
    screen_factory: ScreenFactory | None = None,
    remember_state: bool = True,
    database_name: str = "",
) -> MainWindow:
    """The main window before a database is attached: navigation, menus, toolbar."""
    dialogs = dialogs if dialogs is not None else QtDialogService()
    tasks = tasks if tasks is not None else QtTaskRunner(dialogs)
    window = MainWindow(
        dialogs,
        tasks,
        translations=translations,
        screen_factory=screen_factory,
        remember_state=remember_state,
        database_name=database_name,
    )
    if isinstance(tasks, QtTaskRunner) and tasks.parent() is None:
        tasks.setParent(window)
    return window


# -- opening the database ------------------------------------------------------------------


def database_display_name(database: str | None, settings: Settings) -> str:
    """The file name of the database that is about to be opened, without opening it.

    For the window title while the database opens; a server URL shows no name (its
    name appears once it is open).
    """
    named = named_database(database, settings)
    if not named:
        return default_database_path().name
    if "://" in named:
        return ""
    return Path(named).name


def open_database(
    database: str | None,
    settings: Settings,
    settings_path: Path | None,
    dialogs: ChoosingDialogService,
    tasks: TaskRunner,
    parent: QWidget | None = None,
) -> AppContext | None:
    """Open the database, offering a way out of every failure; None: the user quits."""
    first = first_start_path(database, settings)
    if first is not None:
        return FirstStart(dialogs, tasks, settings, settings_path, parent).run(first)
    create = False
    while True:
        try:
            return open_app_context(database, settings, settings_path, create=create)
        except CoordinatorError as exc:
            message = exc.message
        create = False
        missing = _missing_file(database, settings)
        choices = [
            Choice(
                "other",
                QCoreApplication.translate("Application", "Ander bestand kiezen..."),
                QCoreApplication.translate("Application", "Een bestaande database openen."),
            )
        ]
        if missing is not None:
            choices.append(
                Choice(
                    "create",
                    QCoreApplication.translate("Application", "Nieuwe database maken"),
                    QCoreApplication.translate(
                        "Application", "Een lege database maken op {path}."
                    ).format(path=missing),
                )
            )
        choices.append(
            Choice(
                "quit",
                QCoreApplication.translate("Application", "Afsluiten"),
                QCoreApplication.translate("Application", "Coordinator afsluiten."),
            )
        )
        answer = dialogs.choose(
            parent,
            QCoreApplication.translate("Application", "Database niet geopend"),
            QCoreApplication.translate(
                "Application",
                "{message}\n\nKies een ander databasebestand of sluit Coordinator af.",
            ).format(message=message),
            choices,
        )
        if answer == "create" and missing is not None:
            database, create = str(missing), True
            continue
        if answer != "other":
            return None
        chosen = dialogs.open_file(
            parent, QCoreApplication.translate("Application", "Database openen"), database_filter()
        )
        if chosen is not None:
            try:
                context = open_app_context(str(chosen), settings, settings_path, create=False)
            except CoordinatorError as exc:
                dialogs.error(
                    parent,
                    QCoreApplication.translate("Application", "Database niet geopend"),
                    exc.message,
                )
                continue
            remember_database(settings, settings_path, chosen)
            return context


def _missing_file(database: str | None, settings: Settings) -> Path | None:
    """The SQLite file that was named but does not exist (in an existing folder)."""
    from coordinator_app.db.engine import resolve_database_url, sqlite_path

    try:
        path = sqlite_path(resolve_database_url(database or settings.database or None))
    except CoordinatorError:
        return None
    if path is None or path.exists() or not path.parent.is_dir():
        return None
    return path


# -- unexpected errors ----------------------------------------------------------------------


def install_excepthook(dialogs: DialogService) -> None:
    """A bug in a slot becomes a Dutch message and a log entry, never a console traceback."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        if isinstance(value, CoordinatorError):
            dialogs.error(None, APP_NAME, value.message)
            return
        _log.error("unexpected error", exc_info=(kind, value, tb))
        dialogs.error(
            None,
            QCoreApplication.translate("Application", "Onverwachte fout"),
            QCoreApplication.translate(
                "Application",
                "Er ging iets onverwachts mis ({kind}). De details staan in {log}.\n\n"
                "U kunt verder werken; start Coordinator opnieuw als er iets niet meer klopt.",
            ).format(kind=kind.__name__, log=log_file()),
        )

    sys.excepthook = hook


# -- the entry point --------------------------------------------------------------------------


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    settings_path: Path | None = getattr(args, "settings", None)
    settings = load_settings(settings_path)
    if getattr(args, "lang", None):
        settings.language = args.lang  # for this session; saved only through the settings
    translations = Translations.for_app(app)
    translations.apply(settings.language)
    dialogs = QtDialogService()
    tasks = QtTaskRunner(dialogs)
    install_excepthook(dialogs)
    database = getattr(args, "db", None)
    window = build_window_shell(
        dialogs,
        tasks,
        translations=translations,
        database_name=database_display_name(database, settings),
    )
    exit_when_shown = bool(os.environ.get(EXIT_WHEN_SHOWN_ENV))
    exit_when_ready = bool(os.environ.get(EXIT_WHEN_READY_ENV))

    started = False

    def open_and_attach() -> None:
        nonlocal started
        if started or not window.isVisible():
            return  # already under way (its dialogs run their own event loop), or closed
        started = True
        context = open_database(database, settings, settings_path, dialogs, tasks, window)
        if context is None:  # the user chose to quit
            window.remember_state = False  # nothing was shown worth remembering
            window.close()
            app.quit()
            return
        _expire_backups_quietly(context)
        window.attach(context)
        gc.freeze()  # the objects made at start-up live as long as the app; skip them in GC
        if not (exit_when_shown or exit_when_ready):
            _backup_in_background(context, "start")

    if exit_when_ready:
        window.ready.connect(app.quit)
    loading = window.loading_page
    if loading is not None:
        if exit_when_shown:
            # The start-up benchmark: process start to a painted main window.
            loading.painted.connect(app.quit)
        else:
            # Open the database once the window is on screen; the timer is for a
            # window that is never painted (started minimised, say).
            loading.painted.connect(open_and_attach)
            QTimer.singleShot(1000, window, open_and_attach)
    window.show()
    try:
        code = int(app.exec())
    finally:
        tasks.cancel_all()
        tasks.wait(10_000)
        if window.attached:
            if not (exit_when_shown or exit_when_ready):
                _backup_quietly(window.ctx.app, "afsluiten")
            window.ctx.app.close()
    return code


def _backup_quietly(context: AppContext, reason: str) -> None:
    try:
        context.backup(reason)
    except (OSError, sqlite3.Error) as exc:
        _log.warning("automatic backup (%s) failed: %s", reason, type(exc).__name__)


def _expire_backups_quietly(context: AppContext) -> None:
    """Backups older than the retention period go at start: they hold personal data."""
    from coordinator_app.services.backups import expire_old_backups

    try:
        expired = expire_old_backups(
            context.store.path, context.settings.retention_months, context.today
        )
    except OSError as exc:
        _log.warning("removing expired backups failed: %s", type(exc).__name__)
        return
    if expired:
        _log.info("%d backups older than the retention period removed", len(expired))


def _backup_in_background(context: AppContext, reason: str) -> None:
    """Back up without holding up the window (SQLite's backup API reads a snapshot)."""
    threading.Thread(
        target=_backup_quietly, args=(context, reason), name="backup", daemon=True
    ).start()
