"""The first start: no database yet, so ask how the user wants to begin.

Only when nothing names a database (no --db, no $COORDINATOR_DB, nothing in the
settings) and the default file does not exist. The user can open a demo database
(written in the background with a progress dialog), start with an empty one, or
pick an existing file. Every failure leads back to the same question; closing the
question quits.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from coordinator_app.errors import CoordinatorError
from coordinator_app.paths import DATABASE_ENV_VAR, default_database_path
from coordinator_app.services.progress import Cancelled, Progress
from coordinator_app.settings import Settings, save_settings
from coordinator_app.views.dialogs import Choice, ChoosingDialogService, database_filter
from coordinator_app.views.view_context import TaskRunner

if TYPE_CHECKING:  # SQLAlchemy is imported only when a database is opened
    from coordinator_app.context import AppContext

_log = logging.getLogger(__name__)
DEMO = "demo"
EMPTY = "empty"
OTHER = "other"


def named_database(database_arg: str | None, settings: Settings) -> str:
    """The database asked for (--db, then $COORDINATOR_DB, then the settings); "" for none."""
    return database_arg or os.environ.get(DATABASE_ENV_VAR) or settings.database or ""


def first_start_path(database_arg: str | None, settings: Settings) -> Path | None:
    """The default database file when it is still missing and nothing else was named."""
    if named_database(database_arg, settings):
        return None
    path = default_database_path()
    return None if path.exists() else path


def open_app_context(
    database: str | None,
    settings: Settings,
    settings_path: Path | None,
    *,
    create: bool,
) -> AppContext:
    """AppContext.open, with a database that is busy or unreachable as a CoordinatorError."""
    from sqlalchemy.exc import OperationalError

    from coordinator_app.context import AppContext
    from coordinator_app.db.engine import resolve_database_url, translate_operational_error

    try:
        context = AppContext.open(
            database, settings=settings, settings_path=settings_path, create=create
        )
    except OperationalError as exc:
        raise translate_operational_error(exc, resolve_database_url(database)) from exc
    try:
        context.claim_exclusive()  # one window per database file
    except CoordinatorError:
        context.close()
        raise
    return context


def remember_database(settings: Settings, settings_path: Path | None, path: Path) -> None:
    """Open this file again at the next start (a failure to store it is not fatal)."""
    settings.database = str(path)
    try:
        save_settings(settings, settings_path)
    except OSError as exc:
        _log.warning("could not store the chosen database in the settings: %s", exc.strerror)


class _WasCancelled:
    """What the demo work returns when the user cancelled it."""


class FirstStart:
    def __init__(
        self,
        dialogs: ChoosingDialogService,
        tasks: TaskRunner,
        settings: Settings,
        settings_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.dialogs = dialogs
        self.tasks = tasks
        self.settings = settings
        self.settings_path = settings_path
        self.parent = parent

    def choices(self) -> list[Choice]:
        return [
            Choice(
                DEMO,
                QCoreApplication.translate("FirstStart", "Demodatabase openen"),
                QCoreApplication.translate(
                    "FirstStart",
                    "Een kleine database met verzonnen gegevens om rond te kijken en te oefenen.",
                ),
            ),
            Choice(
                EMPTY,
                QCoreApplication.translate("FirstStart", "Leeg beginnen"),
                QCoreApplication.translate(
                    "FirstStart", "Een nieuwe, lege database waarin u zelf uw gegevens invoert."
                ),
            ),
            Choice(
                OTHER,
                QCoreApplication.translate("FirstStart", "Ander bestand kiezen..."),
                QCoreApplication.translate(
                    "FirstStart",
                    "Een bestaande Coordinator-database openen, bijvoorbeeld van een collega.",
                ),
            ),
        ]

    def run(self, path: Path) -> AppContext | None:
        """Ask until a database is open; None when the user chose to quit."""
        text = QCoreApplication.translate(
            "FirstStart",
            "Welkom! Er is nog geen database op de standaardlocatie:\n{path}\n\n"
            "Hoe wilt u beginnen? Sluit dit venster om Coordinator af te sluiten.",
        ).format(path=path)
        while True:
            choice = self.dialogs.choose(
                self.parent,
                QCoreApplication.translate("FirstStart", "Welkom bij Coordinator"),
                text,
                self.choices(),
            )
            if choice is None:
                return None
            context = self._act(choice, path)
            if context is not None:
                return context

    def _act(self, choice: str, path: Path) -> AppContext | None:
        try:
            if choice == DEMO:
                return self._open_demo(path)
            if choice == EMPTY:
                path.parent.mkdir(parents=True, exist_ok=True)
                return open_app_context(str(path), self.settings, self.settings_path, create=True)
            if choice == OTHER:
                chosen = self.dialogs.open_file(
                    self.parent,
                    QCoreApplication.translate("FirstStart", "Database openen"),
                    database_filter(),
                )
                if chosen is None:
                    return None
                context = open_app_context(
                    str(chosen), self.settings, self.settings_path, create=False
                )
                remember_database(self.settings, self.settings_path, chosen)
                return context
        except CoordinatorError as exc:
            self.dialogs.error(
                self.parent,
                QCoreApplication.translate("FirstStart", "Database niet geopend"),
                exc.message,
            )
        except OSError as exc:
            self.dialogs.error(
                self.parent,
                QCoreApplication.translate("FirstStart", "Database niet geopend"),
                QCoreApplication.translate(
                    "FirstStart", "De map {folder} kan niet worden gemaakt: {reason}"
                ).format(folder=path.parent, reason=exc.strerror or exc),
            )
        return None

    def _open_demo(self, path: Path) -> AppContext | None:
        try:
            from coordinator_app.services.demo import write_demo_database
        except ImportError:
            self.dialogs.error(
                self.parent,
                QCoreApplication.translate("FirstStart", "Demodatabase"),
                QCoreApplication.translate(
                    "FirstStart", "Deze versie van Coordinator bevat geen demodatabase."
                ),
            )
            return None
        path.parent.mkdir(parents=True, exist_ok=True)

        def work(progress: Progress) -> Any:
            try:
                return write_demo_database(str(path), size="small", progress=progress)
            except Cancelled:
                return _WasCancelled()

        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def done(result: Any) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        self.tasks.run(
            self.parent,
            QCoreApplication.translate("FirstStart", "Demodatabase maken"),
            work,
            done,
            failed,
        )
        if not outcome:
            loop.exec()
        if "error" in outcome or isinstance(outcome.get("result"), _WasCancelled):
            _remove_partial(path)
            error = outcome.get("error")
            if error is not None:
                message = (
                    error.message
                    if isinstance(error, CoordinatorError)
                    else QCoreApplication.translate(
                        "FirstStart", "Er ging iets onverwachts mis ({kind})."
                    ).format(kind=type(error).__name__)
                )
                if not isinstance(error, CoordinatorError):
                    _log.error("writing the demo database failed", exc_info=error)
                self.dialogs.error(
                    self.parent,
                    QCoreApplication.translate("FirstStart", "Demodatabase maken"),
                    message,
                )
            return None
        return open_app_context(str(path), self.settings, self.settings_path, create=False)


def _remove_partial(path: Path) -> None:
    """A demo file that was cut short is useless; the place was empty before."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            candidate.unlink(missing_ok=True)
        except OSError as exc:
            _log.warning("could not remove %s: %s", candidate.name, exc.strerror)
