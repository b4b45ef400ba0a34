"""Host organisations and how much they offer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from coordinator_app.models import OrganisationType
from coordinator_app.services import queries
from coordinator_app.services.labels import label
from coordinator_app.views.navigation import screen_title
from coordinator_app.views.screens.base import FilterOptions, FilterSpec, ListScreen
from coordinator_app.views.screens.table_model import Column, count_column

C = "OrganisationsScreen"


def organisation_columns() -> list[Column[Any]]:
    return [
        Column(
            "name", QT_TRANSLATE_NOOP("OrganisationsScreen", "Naam"), lambda r, _l: r.name, width=34
        ),
        Column(
            "type",
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Soort"),
            lambda r, lang: label(r.type, lang),
            width=14,
        ),
        Column(
            "municipality",
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Gemeente"),
            lambda r, _l: r.municipality,
            width=16,
        ),
        count_column(
            "assignments",
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Opdrachten"),
            lambda r: r.assignments,
            width=10,
        ),
        count_column(
            "open",
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Open"),
            lambda r: r.open_assignments,
            width=6,
        ),
        count_column(
            "running",
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Lopende plaatsingen"),
            lambda r: r.running_placements,
            width=17,
        ),
        count_column(
            "contacts",
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Contactpersonen"),
            lambda r: r.contacts,
            width=14,
        ),
        Column(
            "supervisors",
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Begeleiders"),
            lambda r, _l: r.supervisors,
            width=30,
        ),
        Column(
            "website",
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Website"),
            lambda r, _l: r.website,
            width=24,
            muted=True,
        ),
    ]


def organisation_filters() -> list[FilterSpec]:
    """The filters of the screen (also used by tests of the table model)."""
    return [
        FilterSpec(
            "type",
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Alle soorten"),
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Filter op soort organisatie"),
            lambda v, r: r.type is v,
            width=16,
        ),
        FilterSpec(
            "municipality",
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Alle gemeenten"),
            QT_TRANSLATE_NOOP("OrganisationsScreen", "Filter op gemeente"),
            lambda v, r: r.municipality_id == v,
            width=16,
        ),
    ]


class OrganisationsScreen(ListScreen):
    key = "organisaties"
    kind = "organisation"
    watched = frozenset(
        {"organisation", "contact_person", "assignment", "placement", "trainee", "municipality"}
    )
    CONTEXT = C

    def title(self) -> str:
        return screen_title(self.key)

    def columns(self) -> list[Column[Any]]:
        return organisation_columns()

    def filters(self) -> list[FilterSpec]:
        return organisation_filters()

    def load_rows(self, session: Session) -> list[Any]:
        return queries.organisation_rows(session, self.today())

    def filter_options(self, session: Session) -> FilterOptions:
        lang = self.ctx.lang
        return {
            "type": sorted(
                ((label(t, lang), t) for t in OrganisationType), key=lambda o: o[0].casefold()
            ),
            "municipality": [(m.name, m.id) for m in queries.municipality_options(session)],
        }

    def search_placeholder(self) -> str:
        return self.tr("Zoek op naam, gemeente, begeleider… (Ctrl+F)")

    def new_button_text(self) -> str:
        return self.tr("Nieuwe organisatie")

    def empty_text(self) -> str:
        return self.tr(
            "Er zijn nog geen organisaties. Kies 'Nieuwe organisatie' om er een toe te voegen."
        )

    def sheet_name(self) -> str:
        return self.tr("Organisaties")

    def file_stem(self) -> str:
        return self.tr("organisaties")

    def open_record(self, record_id: int) -> None:
        from coordinator_app.views.screens.details import show_organisation

        self.keep_dialog(show_organisation(self.ctx, self, record_id, on_edit=self.edit_record))

    def make_form(self, record_id: int | None) -> Any:
        from coordinator_app.views.forms import open_organisation_form

        return open_organisation_form(self.ctx, self, record_id)
