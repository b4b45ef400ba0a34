"""Assignments (opdrachten): what host organisations offer, for whom and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from sqlalchemy.orm import Session

from coordinator_app.models import AssignmentStatus, LevelCategory
from coordinator_app.services import queries
from coordinator_app.services.labels import label
from coordinator_app.services.queries import AssignmentRow
from coordinator_app.views.navigation import screen_title
from coordinator_app.views.screens.base import FilterOptions, FilterSpec, ListScreen
from coordinator_app.views.screens.table_model import (
    RIGHT,
    Column,
    count_column,
    date_column,
)

C = "AssignmentsScreen"
_STATUS_ORDER = {status: i for i, status in enumerate(AssignmentStatus)}


def levels_label(row: AssignmentRow, lang: str) -> str:
    if not row.levels:
        return "mbo/hbo/wo" if lang == "nl" else "MBO/HBO/WO"
    return "/".join(label(level, lang) for level in LevelCategory if level in row.levels)


def _accepts(value: Any, row: AssignmentRow) -> bool:
    return not row.levels or value in row.levels


def assignment_columns() -> list[Column[Any]]:
    return [
        Column(
            "title",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Titel"),
            lambda r, _l: r.title,
            width=36,
        ),
        Column(
            "organisation",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Organisatie"),
            lambda r, _l: r.organisation,
            width=24,
        ),
        Column(
            "municipality",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Gemeente"),
            lambda r, _l: r.municipality,
            width=15,
        ),
        Column("levels", QT_TRANSLATE_NOOP("AssignmentsScreen", "Niveaus"), levels_label, width=11),
        date_column(
            "start", QT_TRANSLATE_NOOP("AssignmentsScreen", "Van"), lambda r: r.start_date, width=10
        ),
        date_column(
            "end",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Tot en met"),
            lambda r: r.end_date,
            width=10,
        ),
        count_column(
            "places",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Plaatsen"),
            lambda r: r.places,
            width=8,
        ),
        count_column(
            "placements",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Plaatsingen"),
            lambda r: r.placements,
            width=10,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Status"),
            lambda r, lang: label(r.status, lang),
            sort=lambda r: _STATUS_ORDER[r.status],
            width=9,
        ),
        Column(
            "themes",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Thema's"),
            lambda r, _l: r.themes,
            width=24,
        ),
        Column(
            "programmes",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Programma's"),
            lambda r, _l: r.programmes,
            width=24,
        ),
        Column(
            "hours",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Uur/week"),
            lambda r, _l: f"{r.hours_per_week:g}",
            sort=lambda r: r.hours_per_week,
            value=lambda r: r.hours_per_week,
            align=RIGHT,
            width=8,
            searchable=False,
        ),
        Column(
            "supervisor",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Begeleider"),
            lambda r, _l: r.supervisor,
            width=18,
            muted=True,
        ),
    ]


def assignment_filters() -> list[FilterSpec]:
    """The filters of the screen (also used by tests of the table model)."""
    return [
        FilterSpec(
            "programme",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Alle programma's"),
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Filter op programma"),
            lambda v, r: v in r.programme_ids,
            width=16,
        ),
        FilterSpec(
            "status",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Alle statussen"),
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Filter op status"),
            lambda v, r: r.status is v,
            width=11,
        ),
        FilterSpec(
            "level",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Alle niveaus"),
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Filter op geaccepteerd opleidingsniveau"),
            _accepts,
            width=11,
        ),
        FilterSpec(
            "municipality",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Alle gemeenten"),
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Filter op gemeente"),
            lambda v, r: r.municipality_id == v,
            width=14,
        ),
        FilterSpec(
            "theme",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Alle thema's"),
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Filter op thema"),
            lambda v, r: v in r.theme_ids,
            width=14,
        ),
        FilterSpec(
            "organisation",
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Alle organisaties"),
            QT_TRANSLATE_NOOP("AssignmentsScreen", "Filter op organisatie"),
            lambda v, r: r.organisation_id == v,
            width=18,
        ),
    ]


class AssignmentsScreen(ListScreen):
    key = "opdrachten"
    kind = "assignment"
    watched = frozenset(
        {"assignment", "organisation", "contact_person", "placement", "programme", "theme"}
        | {"municipality"}
    )
    CONTEXT = C
    default_sort = (4, Qt.SortOrder.AscendingOrder)

    def title(self) -> str:
        return screen_title(self.key)

    def columns(self) -> list[Column[Any]]:
        return assignment_columns()

    def filters(self) -> list[FilterSpec]:
        return assignment_filters()

    def load_rows(self, session: Session) -> list[Any]:
        return queries.assignment_rows(session)

    def filter_options(self, session: Session) -> FilterOptions:
        lang = self.ctx.lang
        return {
            "programme": [(p.name, p.id) for p in queries.programme_options(session)],
            "status": [(label(s, lang), s) for s in AssignmentStatus],
            "level": [(label(level, lang), level) for level in LevelCategory],
            "municipality": [(m.name, m.id) for m in queries.municipality_options(session)],
            "theme": [(t.name, t.id) for t in queries.theme_options(session)],
            "organisation": [(o.name, o.id) for o in queries.organisation_options(session)],
        }

    def search_placeholder(self) -> str:
        return self.tr("Zoek op titel, organisatie, thema… (Ctrl+F)")

    def new_button_text(self) -> str:
        return self.tr("Nieuwe opdracht")

    def empty_text(self) -> str:
        return self.tr(
            "Er zijn nog geen opdrachten. Kies 'Nieuwe opdracht' om er een toe te voegen."
        )

    def sheet_name(self) -> str:
        return self.tr("Opdrachten")

    def file_stem(self) -> str:
        return self.tr("opdrachten")

    def _build(self) -> None:
        from coordinator_app.views.planning.actions import add_planning_buttons

        super()._build()
        self.planning_buttons = add_planning_buttons(self, "assignment")  # placement, suggestions

    def open_record(self, record_id: int) -> None:
        from coordinator_app.views.screens.details import show_assignment

        self.keep_dialog(show_assignment(self.ctx, self, record_id, on_edit=self.edit_record))

    def make_form(self, record_id: int | None) -> Any:
        from coordinator_app.views.forms import open_assignment_form

        return open_assignment_form(self.ctx, self, record_id)
