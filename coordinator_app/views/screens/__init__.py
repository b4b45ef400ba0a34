"""The list screens of the main window: trainees, organisations, assignments,
placements and sessions. The window builds them with :func:`create_list_screens`."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coordinator_app.views.screens.assignments import AssignmentsScreen
from coordinator_app.views.screens.base import ListScreen
from coordinator_app.views.screens.organisations import OrganisationsScreen
from coordinator_app.views.screens.placements import PlacementsScreen
from coordinator_app.views.screens.sessions import SessionsScreen
from coordinator_app.views.screens.trainees import TraineesScreen
from coordinator_app.views.view_context import ViewContext

__all__ = [
    "AssignmentsScreen",
    "ListScreen",
    "OrganisationsScreen",
    "PlacementsScreen",
    "SessionsScreen",
    "TraineesScreen",
    "create_list_screens",
]


def create_list_screens(ctx: ViewContext, parent: QWidget | None = None) -> list[ListScreen]:
    """The screens in sidebar order. They read their rows on the first refresh()."""
    return [
        TraineesScreen(ctx, parent),
        OrganisationsScreen(ctx, parent),
        AssignmentsScreen(ctx, parent),
        PlacementsScreen(ctx, parent),
        SessionsScreen(ctx, parent),
    ]
