"""Undoable placement changes: QUndoCommands over the Qt-free placement and planner services.

As everywhere in the application, the view calls :meth:`PlanningCommand.perform` first:
a change the rules refuse raises where the user is, and nothing lands on the undo
stack. Only a change that worked is pushed; the stack's first ``redo()`` is skipped
because the work is already done.

:class:`PlacementCommand` covers every change to existing or new placements (create,
edit, status, lock, evaluations, delete) the same way: it keeps a snapshot of each
placement it touches (with its evaluations) from before and from after the change,
and undo or redo swaps one set for the other in one transaction (a placement in both
sets is changed in place, so its history shows an edit). A status change
that the status rules would never allow backwards (lopend -> voorgesteld) can still
be undone exactly, and the hard rules are still checked on every swap: an undo that
would now break one (someone took the place meanwhile) is refused, reported, and the
command marks itself obsolete so the stack never lies about the database.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from coordinator_app.models import EvaluationAuthor, EvaluationMoment, PlacementStatus
from coordinator_app.services import placements as placement_service
from coordinator_app.services.placements import (
    EvaluationData,
    PlacementData,
    PlacementSnapshot,
)
from coordinator_app.services.planner import (
    AppliedPlan,
    Proposal,
    apply_proposal,
    redo_applied,
    undo_applied,
)
from coordinator_app.services.rules import SoftWarning
from coordinator_app.views.planning.common import EXPECTED_ERRORS, report_error
from coordinator_app.views.view_context import ViewContext

C = "PlanningCommand"


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


class PlanningCommand(QUndoCommand):
    """Perform once, then undo and redo through the stack; notifies the DataBus each time."""

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
        self._guarded(self._redo, _tr("Opnieuw uitvoeren mislukt"))

    def undo(self) -> None:
        self._guarded(self._undo, _tr("Ongedaan maken mislukt"))

    def _first(self, session: Session) -> None:
        self._redo(session)

    def _redo(self, session: Session) -> None:
        raise NotImplementedError

    def _undo(self, session: Session) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[Session], None]) -> None:
        with self.ctx.app.transaction() as session:
            work(session)
        self.ctx.bus.notify("placement", set(self.ids))

    def _guarded(self, work: Callable[[Session], None], title: str) -> None:
        try:
            self._run(work)
        except EXPECTED_ERRORS as exc:
            self.setObsolete(True)
            report_error(self.ctx, None, title, exc)


@dataclass(frozen=True)
class ChangeResult:
    """What a change left: the placements that exist afterwards, and their soft warnings."""

    after_ids: tuple[int, ...]
    warnings: tuple[SoftWarning, ...] = ()


Change = Callable[[Session], ChangeResult]


class PlacementCommand(PlanningCommand):
    """Any change to placements, undone and redone by swapping snapshots."""

    def __init__(
        self, ctx: ViewContext, text: str, touched: Collection[int], change: Change
    ) -> None:
        super().__init__(ctx, text)
        self.touched = sorted(set(touched))
        self.change = change
        self.before: list[PlacementSnapshot] = []
        self.after: list[PlacementSnapshot] = []
        self.result = ChangeResult(())

    @property
    def placement_id(self) -> int | None:
        """The placement this change is about (the new one, after a create)."""
        ids = self.result.after_ids or tuple(self.touched)
        return ids[0] if ids else None

    def _first(self, session: Session) -> None:
        self.before = placement_service.take_snapshots(session, self.touched)
        self.result = self.change(session)
        self.after = placement_service.take_snapshots(session, self.result.after_ids)
        self.ids = set(self.touched) | set(self.result.after_ids)

    def _undo(self, session: Session) -> None:
        placement_service.swap_placements(
            session, [s.placement_id for s in self.after], self.before
        )

    def _redo(self, session: Session) -> None:
        placement_service.swap_placements(
            session, [s.placement_id for s in self.before], self.after
        )


# --- the changes the views make -------------------------------------------------------------


def save_placement_command(
    ctx: ViewContext,
    text: str,
    placement_id: int | None,
    data: PlacementData | None,
    seen_version: int | None,
    evaluations: Sequence[EvaluationData] = (),
    removed_evaluations: Sequence[tuple[EvaluationMoment, EvaluationAuthor]] = (),
) -> PlacementCommand:
    """Create a placement or save an edited one, with its evaluations, as one change.

    ``data`` None keeps the placement's fields as they are (only evaluations changed).
    """
    settings = ctx.app.soft_rule_settings()

    def change(session: Session) -> ChangeResult:
        if placement_id is None:
            assert data is not None
            outcome = placement_service.create_placement(session, data, settings)
        elif data is not None:
            assert seen_version is not None
            outcome = placement_service.update_placement(
                session, placement_id, data, seen_version, settings
            )
        else:
            outcome = None
        pid = outcome.placement_id if outcome is not None else placement_id
        assert pid is not None
        for evaluation in evaluations:
            placement_service.save_evaluation(session, pid, evaluation)
        for moment, author in removed_evaluations:
            placement_service.delete_evaluation(session, pid, moment, author)
        warnings = outcome.warnings if outcome is not None else ()
        return ChangeResult((pid,), warnings)

    return PlacementCommand(ctx, text, [] if placement_id is None else [placement_id], change)


def create_command(ctx: ViewContext, data: PlacementData, text: str) -> PlacementCommand:
    return save_placement_command(ctx, text, None, data, None)


def status_command(
    ctx: ViewContext, placement_id: int, status: PlacementStatus, text: str
) -> PlacementCommand:
    settings = ctx.app.soft_rule_settings()

    def change(session: Session) -> ChangeResult:
        outcome = placement_service.change_status(session, placement_id, status, settings)
        return ChangeResult((placement_id,), outcome.warnings)

    return PlacementCommand(ctx, text, [placement_id], change)


def lock_command(
    ctx: ViewContext, placement_ids: Sequence[int], locked: bool, text: str
) -> PlacementCommand:
    ids = sorted(set(placement_ids))

    def change(session: Session) -> ChangeResult:
        for pid in ids:
            placement_service.set_locked(session, pid, locked)
        return ChangeResult(tuple(ids))

    return PlacementCommand(ctx, text, ids, change)


def delete_command(ctx: ViewContext, placement_ids: Sequence[int], text: str) -> PlacementCommand:
    ids = sorted(set(placement_ids))

    def change(session: Session) -> ChangeResult:
        placement_service.delete_placements(session, ids)
        return ChangeResult(())

    return PlacementCommand(ctx, text, ids, change)


class ApplyProposalCommand(PlanningCommand):
    """Accept (part of) a planner proposal; undo takes it out and puts back what it replaced."""

    def __init__(
        self, ctx: ViewContext, proposal: Proposal, keys: Collection[str] | None, text: str
    ) -> None:
        super().__init__(ctx, text)
        self.proposal = proposal
        self.keys = None if keys is None else sorted(set(keys))
        self.applied: AppliedPlan | None = None

    def _first(self, session: Session) -> None:
        self.applied = apply_proposal(session, self.proposal, self.keys)
        self.ids = set(self.applied.created_ids) | {s.placement_id for s in self.applied.removed}

    def _undo(self, session: Session) -> None:
        assert self.applied is not None
        undo_applied(session, self.applied)

    def _redo(self, session: Session) -> None:
        assert self.applied is not None
        redo_applied(session, self.applied)
