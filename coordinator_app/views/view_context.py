"""What every screen and dialog receives: the AppContext plus the GUI-wide services.

The dialog service and the task runner are named by Protocols so that tests can pass
fakes (no message box ever blocks a test) and screens never construct them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from coordinator_app.services.progress import Progress

if TYPE_CHECKING:  # the window is drawn before SQLAlchemy is imported
    from coordinator_app.context import AppContext

T = TypeVar("T")


class DialogService(Protocol):
    def info(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def error(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, destructive: bool = False
    ) -> bool: ...

    def ask_unsaved(self, parent: QWidget | None) -> Literal["save", "discard", "cancel"]: ...

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> Path | None: ...

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None: ...

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[Any]
    ) -> str | None:
        """One of a few choices (each with .key, .label, .description); None: cancelled."""
        ...


class TaskRunner(Protocol):
    def run(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` off the GUI thread with a progress dialog and a cancel button."""
        ...


class DataBus(QObject):
    """Tells every screen what changed, so each refreshes only what it shows.

    ``changed`` carries the kind of record ("trainee", "organisation", "assignment",
    "placement", "session", ...) and the ids that changed (empty: anything may have).
    """

    changed = Signal(str, object)

    def notify(self, kind: str, ids: set[int] | None = None) -> None:
        self.changed.emit(kind, set(ids or ()))


@dataclass
class ViewContext:
    app: AppContext
    undo_stack: QUndoStack
    dialogs: DialogService
    tasks: TaskRunner
    bus: DataBus

    @property
    def lang(self) -> str:
        return self.app.settings.language
