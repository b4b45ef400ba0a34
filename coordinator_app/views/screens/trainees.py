"""The trainees of every programme and cohort."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMenu
from sqlalchemy.orm import Session

from coordinator_app.models import EducationLevel, LevelCategory, TraineeStatus
from coordinator_app.services import queries
from coordinator_app.services.labels import label
from coordinator_app.services.queries import TraineeRow
from coordinator_app.views.navigation import screen_title
from coordinator_app.views.screens.base import FilterOptions, FilterSpec, ListScreen
from coordinator_app.views.screens.table_model import Column, date_column

C = "TraineesScreen"
_LEVEL_ORDER = {level: i for i, level in enumerate(EducationLevel)}
_STATUS_ORDER = {status: i for i, status in enumerate(TraineeStatus)}


def _level_matches(value: Any, row: TraineeRow) -> bool:
    if isinstance(value, LevelCategory):
        return row.education_level.category is value
    return bool(row.education_level is value)


def trainee_columns() -> list[Column[TraineeRow]]:
    return [
        Column(
            "name",
            QT_TRANSLATE_NOOP("TraineesScreen", "Naam"),
            lambda r, _l: r.listed_name,
            sort=lambda r: r.sort_name,
            width=26,
        ),
        Column(
            "level",
            QT_TRANSLATE_NOOP("TraineesScreen", "Niveau"),
            lambda r, lang: label(r.education_level, lang),
            sort=lambda r: _LEVEL_ORDER[r.education_level],
            width=17,
        ),
        Column(
            "cohort",
            QT_TRANSLATE_NOOP("TraineesScreen", "Lichting"),
            lambda r, _l: r.cohort,
            width=24,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("TraineesScreen", "Status"),
            lambda r, lang: label(r.status, lang),
            sort=lambda r: _STATUS_ORDER[r.status],
            width=10,
        ),
        Column(
            "current",
            QT_TRANSLATE_NOOP("TraineesScreen", "Huidige opdracht"),
            lambda r, _l: r.current_assignment,
            width=34,
        ),
        Column(
            "municipality",
            QT_TRANSLATE_NOOP("TraineesScreen", "Woongemeente"),
            lambda r, _l: r.municipality,
            width=15,
        ),
        Column(
            "coach", QT_TRANSLATE_NOOP("TraineesScreen", "Coach"), lambda r, _l: r.coach, width=16
        ),
        date_column(
            "contract_end",
            QT_TRANSLATE_NOOP("TraineesScreen", "Contract t/m"),
            lambda r: r.contract_end,
            width=11,
        ),
        Column(
            "email", QT_TRANSLATE_NOOP("TraineesScreen", "E-mail"), lambda r, _l: r.email, width=26
        ),
        Column(
            "themes",
            QT_TRANSLATE_NOOP("TraineesScreen", "Thema's"),
            lambda r, _l: r.themes,
            width=24,
        ),
        Column(
            "programme",
            QT_TRANSLATE_NOOP("TraineesScreen", "Programma"),
            lambda r, _l: r.programme,
            width=22,
            muted=True,
        ),
    ]


def trainee_filters() -> list[FilterSpec]:
    """The filters of the screen (also used by tests of the table model)."""
    return [
        FilterSpec(
            "programme",
            QT_TRANSLATE_NOOP("TraineesScreen", "Alle programma's"),
            QT_TRANSLATE_NOOP("TraineesScreen", "Filter op programma"),
            lambda v, r: r.programme_id == v,
            width=18,
        ),
        FilterSpec(
            "cohort",
            QT_TRANSLATE_NOOP("TraineesScreen", "Alle lichtingen"),
            QT_TRANSLATE_NOOP("TraineesScreen", "Filter op lichting"),
            lambda v, r: r.cohort_id == v,
            width=16,
        ),
        FilterSpec(
            "status",
            QT_TRANSLATE_NOOP("TraineesScreen", "Alle statussen"),
            QT_TRANSLATE_NOOP("TraineesScreen", "Filter op status"),
            lambda v, r: r.status is v,
            width=12,
        ),
        FilterSpec(
            "level",
            QT_TRANSLATE_NOOP("TraineesScreen", "Alle niveaus"),
            QT_TRANSLATE_NOOP("TraineesScreen", "Filter op opleidingsniveau"),
            _level_matches,
            width=13,
        ),
        FilterSpec(
            "municipality",
            QT_TRANSLATE_NOOP("TraineesScreen", "Alle gemeenten"),
            QT_TRANSLATE_NOOP("TraineesScreen", "Filter op woongemeente"),
            lambda v, r: r.municipality_id == v,
            width=14,
        ),
        FilterSpec(
            "theme",
            QT_TRANSLATE_NOOP("TraineesScreen", "Alle thema's"),
            QT_TRANSLATE_NOOP("TraineesScreen", "Filter op thema-interesse"),
            lambda v, r: v in r.theme_ids,
            width=14,
        ),
    ]


class TraineesScreen(ListScreen):
    key = "trainees"
    kind = "trainee"
    watched = frozenset(
        {"trainee", "placement", "assignment", "organisation", "cohort", "programme", "coach"}
        | {"theme", "municipality"}
    )
    CONTEXT = C

    def title(self) -> str:
        return screen_title(self.key)

    def columns(self) -> list[Column[Any]]:
        return trainee_columns()  # type: ignore[return-value]

    def filters(self) -> list[FilterSpec]:
        return trainee_filters()

    def load_rows(self, session: Session) -> list[Any]:
        return queries.trainee_rows(session, self.today())

    def filter_options(self, session: Session) -> FilterOptions:
        lang = self.ctx.lang
        programmes = queries.programme_options(session)
        names = {p.id: p.name for p in programmes}
        levels: list[tuple[str, Any]] = [
            (self.tr("{level} (alle)").format(level=label(c, lang)), c) for c in LevelCategory
        ]
        levels.append(("", None))
        levels += [(label(level, lang), level) for level in EducationLevel]
        return {
            "programme": [(p.name, p.id) for p in programmes],
            "cohort": [
                (f"{c.name} ({names.get(c.parent_id or -1, '')})", c.id)
                for c in queries.cohort_options(session)
            ],
            "status": [(label(s, lang), s) for s in TraineeStatus],
            "level": levels,
            "municipality": [(m.name, m.id) for m in queries.municipality_options(session)],
            "theme": [(t.name, t.id) for t in queries.theme_options(session)],
        }

    def extra_search(self, row: Any) -> str:
        return f"{row.full_name} {row.field_of_study} {row.phone}"

    def search_placeholder(self) -> str:
        return self.tr("Zoek op naam, e-mail, opdracht… (Ctrl+F)")

    def new_button_text(self) -> str:
        return self.tr("Nieuwe trainee")

    def empty_text(self) -> str:
        return self.tr("Er zijn nog geen trainees. Kies 'Nieuwe trainee' om er een toe te voegen.")

    def sheet_name(self) -> str:
        return self.tr("Trainees")

    def file_stem(self) -> str:
        return self.tr("trainees")

    def _build(self) -> None:
        from coordinator_app.views.planning.actions import add_planning_buttons

        super()._build()
        self.planning_buttons = add_planning_buttons(self, "trainee")  # placement, suggestions

    def open_record(self, record_id: int) -> None:
        from coordinator_app.views.screens.details import show_trainee

        self.keep_dialog(show_trainee(self.ctx, self, record_id, on_edit=self.edit_record))

    def make_form(self, record_id: int | None) -> Any:
        from coordinator_app.views.forms import open_trainee_form

        return open_trainee_form(self.ctx, self, record_id)

    def build_context_menu(self) -> QMenu:
        menu = super().build_context_menu()
        menu.addSeparator()
        action = menu.addAction(self.tr("Privacy…"))
        action.setObjectName("privacyAction")
        action.setStatusTip(self.tr("Inzage, anonimiseren of verwijderen van deze trainee (AVG)"))
        action.setEnabled(len(self.selected_ids()) == 1)
        action.triggered.connect(lambda _checked=False: self.open_privacy())
        return menu

    def open_privacy(self) -> None:
        """The privacy dialog of the selected trainee (inzage, anonymise, delete)."""
        from coordinator_app.views.privacy import open_privacy_dialog

        ids = self.selected_ids()
        if len(ids) == 1:
            self.keep_dialog(open_privacy_dialog(self.ctx, self, ids[0]))
