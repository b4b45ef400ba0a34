"""Undoable session and attendance changes: QUndoCommands over Qt-free services.

As in the list screens, the view calls :meth:`SessionCommand.perform` first, inside
its own transaction; only a change that succeeded is pushed on the undo stack, and
the stack's first ``redo()`` is skipped because the work is already done. A later
undo or redo that the database refuses (a record deleted meanwhile) is reported and
the command marks itself obsolete so the stack never lies about the data.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session as DbSession

from coordinator_app.models import AttendanceStatus
from coordinator_app.services import attendance, sessions
from coordinator_app.services.attendance import AttendanceState
from coordinator_app.services.concurrency import EditConflict
from coordinator_app.services.labels import label
from coordinator_app.services.sessions import SessionData
from coordinator_app.views.sessions.common import EXPECTED_ERRORS, report_error
from coordinator_app.views.view_context import ViewContext

_log = logging.getLogger(__name__)


class SessionCommand(QUndoCommand):
    kind = "session"

    def __init__(self, ctx: ViewContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._skip_next_redo = False
        self.ids: set[int] = set()

    def perform(self) -> None:
        """Do the change now; raises the service's error when it is refused."""
        self._run(self._first)
        self._skip_next_redo = True

    def push(self) -> None:
        """Perform and, when that worked, put the command on the undo stack."""
        self.perform()
        self.ctx.undo_stack.push(self)

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._guarded(
            self._redo, QCoreApplication.translate("SessionCommand", "Opnieuw uitvoeren mislukt")
        )

    def undo(self) -> None:
        self._guarded(
            self._undo, QCoreApplication.translate("SessionCommand", "Ongedaan maken mislukt")
        )

    def _first(self, db: DbSession) -> None:
        self._redo(db)

    def _redo(self, db: DbSession) -> None:
        raise NotImplementedError

    def _undo(self, db: DbSession) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[DbSession], None]) -> None:
        with self.ctx.app.transaction() as db:
            work(db)
        self.ctx.bus.notify(self.kind, set(self.ids))

    def _guarded(self, work: Callable[[DbSession], None], title: str) -> None:
        try:
            self._run(work)
        except EXPECTED_ERRORS as exc:
            self.setObsolete(True)
            report_error(self.ctx, None, title, exc)


class EditSessionCommand(SessionCommand):
    """Save a session's fields: only this one, or this and the rest of its series."""

    def __init__(
        self,
        ctx: ViewContext,
        session_id: int,
        data: SessionData,
        *,
        rest_of_series: bool = False,
        seen_version: int | None = None,
    ) -> None:
        text = (
            QCoreApplication.translate("SessionCommand", "Reeks vanaf '{title}' wijzigen")
            if rest_of_series
            else QCoreApplication.translate("SessionCommand", "Bijeenkomst '{title}' wijzigen")
        )
        super().__init__(ctx, text.format(title=data.title))
        self.session_id = session_id
        self.data = data
        self.rest_of_series = rest_of_series
        self.seen_version = seen_version
        self.before: dict[int, SessionData] = {}
        self.after: dict[int, SessionData] = {}

    def _first(self, db: DbSession) -> None:
        targets = (
            sessions.rest_of_series(db, self.session_id)
            if self.rest_of_series
            else [self.session_id]
        )
        self.before = sessions.snapshot_sessions(db, targets)
        if self.seen_version is not None:
            _data, version = sessions.load_session(db, self.session_id)
            if version != self.seen_version:
                raise EditConflict("Session", self.session_id, self.seen_version, version)
        if self.rest_of_series:
            sessions.update_rest_of_series(db, self.session_id, self.data)
        else:
            sessions.update_session(db, self.session_id, self.data)
        self.after = sessions.snapshot_sessions(db, targets)
        self.ids = set(targets)

    def _redo(self, db: DbSession) -> None:
        sessions.restore_sessions(db, self.after)

    def _undo(self, db: DbSession) -> None:
        sessions.restore_sessions(db, self.before)


class AttendanceCommand(SessionCommand):
    """Any change to attendance rows; undo puts the rows back as they were exactly."""

    kind = "attendance"

    def __init__(
        self,
        ctx: ViewContext,
        text: str,
        attendance_ids: Sequence[int],
        change: Callable[[DbSession], object],
    ) -> None:
        super().__init__(ctx, text)
        self.attendance_ids = list(dict.fromkeys(attendance_ids))
        self.change = change
        self.before: list[AttendanceState] = []
        self.after: list[AttendanceState] = []
        self.ids = set(self.attendance_ids)

    def _first(self, db: DbSession) -> None:
        self.before = attendance.current_states(db, self.attendance_ids)
        self.change(db)
        self.after = attendance.current_states(db, self.attendance_ids)

    def _redo(self, db: DbSession) -> None:
        attendance.restore_states(db, self.after)

    def _undo(self, db: DbSession) -> None:
        attendance.restore_states(db, self.before)


def set_status_command(
    ctx: ViewContext,
    attendance_ids: Sequence[int],
    status: AttendanceStatus,
    now: dt.datetime | None = None,
) -> AttendanceCommand:
    count = len(set(attendance_ids))
    if count == 1:
        text = QCoreApplication.translate("SessionCommand", "Aanwezigheid: {status}")
    else:
        text = QCoreApplication.translate("SessionCommand", "Aanwezigheid van {count}: {status}")
    return AttendanceCommand(
        ctx,
        text.format(status=label(status, ctx.lang), count=count),
        attendance_ids,
        lambda db: attendance.set_status(db, attendance_ids, status, now),
    )


def set_note_command(ctx: ViewContext, attendance_id: int, note: str) -> AttendanceCommand:
    return AttendanceCommand(
        ctx,
        QCoreApplication.translate("SessionCommand", "Notitie bij aanwezigheid"),
        [attendance_id],
        lambda db: attendance.set_note(db, attendance_id, note),
    )
