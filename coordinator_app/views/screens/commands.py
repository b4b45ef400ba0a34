"""Undo and redo of record changes: QUndoCommands over Qt-free record services.

Each command does its work through coordinator_app.services.records in a fresh
transaction and then tells the DataBus what changed. The work itself never happens
inside ``QUndoStack.push``: the form or screen calls :meth:`RecordCommand.perform`
first, so a refused save (a hard rule, a duplicate e-mail address) is reported where
the user is and nothing lands on the stack. Only a successful change is pushed; the
stack's first ``redo()`` is then skipped because the work is already done.

When an undo or redo is refused later (another change got in the way, e.g. the last
place of an assignment was taken meanwhile), the user is told why and the command
marks itself obsolete, so Qt drops it from the stack instead of leaving an entry
that would lie about the state of the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coordinator_app.errors import CoordinatorError
from coordinator_app.services import records
from coordinator_app.services.records import RecordData, Snapshot
from coordinator_app.services.rules import HardRuleViolation
from coordinator_app.views.view_context import ViewContext

_log = logging.getLogger(__name__)


def error_text(exc: BaseException, lang: str) -> str:
    """What went wrong, in the user's language where the service offers it."""
    if isinstance(exc, HardRuleViolation):
        return exc.message_in(lang)
    if isinstance(exc, CoordinatorError):
        return exc.message
    return QCoreApplication.translate(
        "RecordCommand", "De database weigerde de wijziging ({kind})."
    ).format(kind=type(exc).__name__)


class RecordCommand(QUndoCommand):
    def __init__(self, ctx: ViewContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._skip_next_redo = False
        self.changed: dict[str, set[int]] = {}

    def perform(self) -> None:
        """Do the change now; raises the service's error when it is refused."""
        self._run(self._first)
        self._skip_next_redo = True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._guarded(
            self._redo, QCoreApplication.translate("RecordCommand", "Opnieuw uitvoeren mislukt")
        )

    def undo(self) -> None:
        self._guarded(
            self._undo, QCoreApplication.translate("RecordCommand", "Ongedaan maken mislukt")
        )

    # subclasses ------------------------------------------------------------------------

    def _first(self, session: Session) -> None:
        self._redo(session)

    def _redo(self, session: Session) -> None:
        raise NotImplementedError

    def _undo(self, session: Session) -> None:
        raise NotImplementedError

    # helpers ---------------------------------------------------------------------------

    def _run(self, work: Callable[[Session], None]) -> None:
        self.changed = {}
        with self.ctx.app.transaction() as session:
            work(session)
        for kind, ids in self.changed.items():
            self.ctx.bus.notify(kind, ids)

    def _guarded(self, work: Callable[[Session], None], title: str) -> None:
        try:
            self._run(work)
        except (CoordinatorError, SQLAlchemyError) as exc:
            if not isinstance(exc, CoordinatorError):
                # The command's text names the record (a person): log the kind only.
                _log.exception("undo/redo of %s failed", type(self).__name__)
            self.setObsolete(True)
            self.ctx.dialogs.error(None, title, error_text(exc, self.ctx.lang))

    def _changed(self, kind: str, ids: set[int] | None = None) -> None:
        self.changed.setdefault(kind, set()).update(ids or ())

    def _changed_snapshot(self, snapshot: Snapshot) -> None:
        for kind in records.affected_kinds(snapshot):
            self._changed(kind, set(snapshot.ids) if kind == snapshot.kind else set())


class CreateRecordCommand(RecordCommand):
    """A new record; undo deletes it (and whatever was added to it), redo restores it."""

    def __init__(self, ctx: ViewContext, data: RecordData, text: str) -> None:
        super().__init__(ctx, text)
        self.data = data
        self.kind = records.kind_of(data)
        self.record_id: int | None = None
        self._snapshot: Snapshot | None = None

    def _first(self, session: Session) -> None:
        self.record_id = records.create_record(session, self.data)
        self._changed(self.kind, {self.record_id})

    def _undo(self, session: Session) -> None:
        assert self.record_id is not None
        self._snapshot = records.delete_records(session, self.kind, [self.record_id])
        self._changed_snapshot(self._snapshot)

    def _redo(self, session: Session) -> None:
        assert self._snapshot is not None
        records.restore_snapshot(session, self._snapshot)
        self._changed_snapshot(self._snapshot)


class EditRecordCommand(RecordCommand):
    """An edit; undo saves the values from before it, redo the values after it."""

    def __init__(
        self,
        ctx: ViewContext,
        record_id: int,
        before: RecordData,
        after: RecordData,
        seen_version: int | None,
        text: str,
    ) -> None:
        super().__init__(ctx, text)
        self.record_id = record_id
        self.before = before
        self.after = after
        self.kind = records.kind_of(after)
        self._seen_version = seen_version

    def _first(self, session: Session) -> None:
        records.update_record(session, self.record_id, self.after, seen_version=self._seen_version)
        self._mark()

    def _redo(self, session: Session) -> None:
        records.update_record(session, self.record_id, self.after)
        self._mark()

    def _undo(self, session: Session) -> None:
        records.update_record(session, self.record_id, self.before)
        self._mark()

    def _mark(self) -> None:
        self._changed(self.kind, {self.record_id})
        if self.kind == records.ORGANISATION:
            self._changed(records.ASSIGNMENT)  # supervisors and names shown with assignments


class DeleteRecordsCommand(RecordCommand):
    """A delete of one or more records with all that goes with them; undo restores it all."""

    def __init__(self, ctx: ViewContext, kind: str, ids: list[int], text: str) -> None:
        super().__init__(ctx, text)
        self.kind = kind
        self.ids = sorted(set(ids))
        self.snapshot: Snapshot | None = None

    def _redo(self, session: Session) -> None:
        self.snapshot = records.delete_records(session, self.kind, self.ids)
        self._changed_snapshot(self.snapshot)

    def _undo(self, session: Session) -> None:
        assert self.snapshot is not None
        records.restore_snapshot(session, self.snapshot)
        self._changed_snapshot(self.snapshot)
