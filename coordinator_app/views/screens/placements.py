"""Placements: which trainee does which assignment in which rotation.

Read-only for now: planning and editing placements come with the planner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from coordinator_app.models import PlacementStatus
from coordinator_app.services import queries
from coordinator_app.services.labels import label
from coordinator_app.services.queries import PlacementRow
from coordinator_app.views.screens.base import FilterOptions, FilterSpec, ListScreen
from coordinator_app.views.screens.table_model import RIGHT, Column, dutch_date

C = "PlacementsScreen"
_STATUS_ORDER = {status: i for i, status in enumerate(PlacementStatus)}
NOW, COMING, PAST = "now", "coming", "past"


def when_matches(value: Any, row: PlacementRow, today: dt.date) -> bool:
    if value == NOW:
        return row.start_date <= today <= row.end_date
    if value == COMING:
        return row.start_date > today
    return row.end_date < today


def placement_columns() -> list[Column[Any]]:
    return [
        Column(
            "trainee",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Trainee"),
            lambda r, _l: r.trainee,
            sort=lambda r: (r.trainee_sort, r.start_date),
            width=24,
        ),
        Column(
            "cohort",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Lichting"),
            lambda r, _l: r.cohort,
            width=24,
        ),
        Column(
            "rotation",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Rotatie"),
            lambda r, _l: str(r.rotation),
            sort=lambda r: (r.rotation, r.trainee_sort),
            value=lambda r: r.rotation,
            align=RIGHT,
            width=7,
            searchable=False,
        ),
        Column(
            "assignment",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Opdracht"),
            lambda r, _l: r.assignment,
            width=34,
        ),
        Column(
            "organisation",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Organisatie"),
            lambda r, _l: r.organisation,
            width=24,
        ),
        Column(
            "start",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Van"),
            lambda r, _l: dutch_date(r.start_date),
            sort=lambda r: r.start_date,
            value=lambda r: r.start_date,
            width=10,
        ),
        Column(
            "end",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Tot en met"),
            lambda r, _l: dutch_date(r.end_date),
            sort=lambda r: r.end_date,
            value=lambda r: r.end_date,
            width=10,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Status"),
            lambda r, lang: label(r.status, lang),
            sort=lambda r: _STATUS_ORDER[r.status],
            width=11,
        ),
    ]


def placement_filters(today: Callable[[], dt.date]) -> list[FilterSpec]:
    """The filters of the screen (also used by tests of the table model)."""
    return [
        FilterSpec(
            "cohort",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Alle lichtingen"),
            QT_TRANSLATE_NOOP("PlacementsScreen", "Filter op lichting"),
            lambda v, r: r.cohort_id == v,
            width=18,
        ),
        FilterSpec(
            "rotation",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Alle rotaties"),
            QT_TRANSLATE_NOOP("PlacementsScreen", "Filter op rotatie"),
            lambda v, r: r.rotation == v,
            width=11,
        ),
        FilterSpec(
            "status",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Alle statussen"),
            QT_TRANSLATE_NOOP("PlacementsScreen", "Filter op status"),
            lambda v, r: r.status is v,
            width=12,
        ),
        FilterSpec(
            "when",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Altijd"),
            QT_TRANSLATE_NOOP("PlacementsScreen", "Filter op periode"),
            lambda v, r: when_matches(v, r, today()),
            width=12,
        ),
    ]


class PlacementsScreen(ListScreen):
    key = "plaatsingen"
    kind = "placement"
    watched = frozenset({"placement", "trainee", "assignment", "organisation", "cohort"})
    editable = False
    CONTEXT = C

    def title(self) -> str:
        return self.tr("Plaatsingen")

    def columns(self) -> list[Column[Any]]:
        return placement_columns()

    def filters(self) -> list[FilterSpec]:
        return placement_filters(self.today)

    def load_rows(self, session: Session) -> list[Any]:
        return queries.placement_rows(session)

    def filter_options(self, session: Session) -> FilterOptions:
        lang = self.ctx.lang
        programmes = {p.id: p.name for p in queries.programme_options(session)}
        return {
            "cohort": [
                (f"{c.name} ({programmes.get(c.parent_id or -1, '')})", c.id)
                for c in queries.cohort_options(session)
            ],
            "rotation": [
                (self.tr("Rotatie {n}").format(n=n), n) for n in queries.rotation_numbers(session)
            ],
            "status": [(label(s, lang), s) for s in PlacementStatus],
            "when": [
                (self.tr("Nu lopend"), NOW),
                (self.tr("Nog te beginnen"), COMING),
                (self.tr("Afgelopen"), PAST),
            ],
        }

    def search_placeholder(self) -> str:
        return self.tr("Zoek op trainee, opdracht… (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("Er zijn nog geen plaatsingen.")

    def sheet_name(self) -> str:
        return self.tr("Plaatsingen")

    def file_stem(self) -> str:
        return self.tr("plaatsingen")

    def open_record(self, record_id: int) -> None:
        from coordinator_app.views.screens.details import show_placement

        self.keep_dialog(show_placement(self.ctx, self, record_id))
