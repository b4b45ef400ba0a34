"""Record forms: create and edit trainees, organisations and assignments.

Each ``open_..._form`` shows the form window-modal (without blocking the caller) and
returns it; connect to its ``saved(int)`` signal to hear about the saved record.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coordinator_app.views.forms.assignment_form import AssignmentForm
from coordinator_app.views.forms.base import RecordForm
from coordinator_app.views.forms.organisation_form import OrganisationForm
from coordinator_app.views.forms.trainee_form import TraineeForm
from coordinator_app.views.view_context import ViewContext

__all__ = [
    "AssignmentForm",
    "OrganisationForm",
    "RecordForm",
    "TraineeForm",
    "open_assignment_form",
    "open_organisation_form",
    "open_trainee_form",
]


def _open(form: RecordForm) -> RecordForm:
    form.open()
    return form


def open_trainee_form(
    ctx: ViewContext, parent: QWidget | None, trainee_id: int | None
) -> TraineeForm:
    form = TraineeForm(ctx, trainee_id, parent)
    _open(form)
    return form


def open_organisation_form(
    ctx: ViewContext, parent: QWidget | None, organisation_id: int | None
) -> OrganisationForm:
    form = OrganisationForm(ctx, organisation_id, parent)
    _open(form)
    return form


def open_assignment_form(
    ctx: ViewContext, parent: QWidget | None, assignment_id: int | None
) -> AssignmentForm:
    form = AssignmentForm(ctx, assignment_id, parent)
    _open(form)
    return form
