"""Placing trainees in the GUI: the placement form, timeline, capacity, suggestions, planner.

The Plaatsingen screen embeds the timeline, the capacity view and the attention list;
the trainee and assignment screens call the functions below. Each function shows its
dialog window-modal without blocking the caller and returns it, so a caller (or a
test) can connect to its signals; every change goes through an undoable command and
tells the DataBus ("placement").

    open_placement_form(ctx, parent, placement_id=None, trainee_id=..., assignment_id=...)
    open_suggestions(ctx, parent, trainee_id=... | assignment_id=...)
    open_planner(ctx, parent, cohort_id=None)

The modules are imported when first used: matching and planning bring numpy and the
solver along, which the application's start-up should not wait for.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from coordinator_app.views.view_context import ViewContext

if TYPE_CHECKING:
    from coordinator_app.services.placements import RotationWindow
    from coordinator_app.views.planning.attention import AttentionPanel
    from coordinator_app.views.planning.capacity import CapacityView
    from coordinator_app.views.planning.placement_form import PlacementForm
    from coordinator_app.views.planning.planner_dialog import PlannerDialog
    from coordinator_app.views.planning.suggestions import SuggestionsDialog
    from coordinator_app.views.planning.timeline import RotationTimeline, TimelinePanel

__all__ = [
    "AttentionPanel",
    "CapacityView",
    "PlacementForm",
    "PlannerDialog",
    "RotationTimeline",
    "SuggestionsDialog",
    "TimelinePanel",
    "open_placement_form",
    "open_planner",
    "open_suggestions",
]

OPEN_FAILED = QT_TRANSLATE_NOOP("Planning", "Openen mislukt")
NO_SUGGESTIONS = QT_TRANSLATE_NOOP("Planning", "Suggesties niet beschikbaar")
_LAZY = {
    "AttentionPanel": "attention",
    "CapacityView": "capacity",
    "PlacementForm": "placement_form",
    "PlannerDialog": "planner_dialog",
    "RotationTimeline": "timeline",
    "SuggestionsDialog": "suggestions",
    "TimelinePanel": "timeline",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(import_module(f"{__name__}.{module}"), name)


def _failed(ctx: ViewContext, parent: QWidget | None, title: object, exc: BaseException) -> None:
    from coordinator_app.views.planning.common import report_error

    report_error(ctx, parent, QCoreApplication.translate("Planning", str(title)), exc)


def open_placement_form(
    ctx: ViewContext,
    parent: QWidget | None,
    placement_id: int | None = None,
    *,
    trainee_id: int | None = None,
    assignment_id: int | None = None,
    window: RotationWindow | None = None,
) -> PlacementForm | None:
    """Edit a placement, or start a new one from a trainee and/or an assignment."""
    from coordinator_app.views.planning.common import EXPECTED_ERRORS
    from coordinator_app.views.planning.placement_form import PlacementForm

    try:
        form = PlacementForm(
            ctx,
            parent,
            placement_id,
            trainee_id=trainee_id,
            assignment_id=assignment_id,
            window=window,
        )
    except EXPECTED_ERRORS as exc:
        _failed(ctx, parent, OPEN_FAILED, exc)
        return None
    form.open()
    return form


def open_suggestions(
    ctx: ViewContext,
    parent: QWidget | None,
    *,
    trainee_id: int | None = None,
    assignment_id: int | None = None,
) -> SuggestionsDialog | None:
    """Assignments ranked for a trainee, or trainees ranked for an assignment."""
    from coordinator_app.views.planning.common import EXPECTED_ERRORS
    from coordinator_app.views.planning.suggestions import SuggestionsDialog

    try:
        dialog = SuggestionsDialog(ctx, parent, trainee_id=trainee_id, assignment_id=assignment_id)
    except EXPECTED_ERRORS as exc:
        _failed(ctx, parent, NO_SUGGESTIONS, exc)
        return None
    dialog.open()
    return dialog


def open_planner(
    ctx: ViewContext, parent: QWidget | None, cohort_id: int | None = None
) -> PlannerDialog:
    """The cohort planner, on ``cohort_id`` or the most recent cohort that has started."""
    from coordinator_app.views.planning.planner_dialog import PlannerDialog

    dialog = PlannerDialog(ctx, parent, cohort_id)
    dialog.open()
    return dialog
