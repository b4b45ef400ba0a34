"""Sessions (bijeenkomsten): training days, intervision, participation sessions.

Read-only for now: planning sessions and registering attendance come later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from sqlalchemy.orm import Session

from coordinator_app.models import SessionType
from coordinator_app.services import queries
from coordinator_app.services.labels import label
from coordinator_app.services.queries import SessionRow
from coordinator_app.views.screens.base import FilterOptions, FilterSpec, ListScreen
from coordinator_app.views.screens.table_model import RIGHT, Column, dutch_date, number_key

C = "SessionsScreen"
COMING, PAST, NEXT_30, LAST_30 = "coming", "past", "next30", "last30"


def period_matches(value: Any, row: SessionRow, today: dt.date) -> bool:
    if isinstance(value, int):
        return row.date.year == value
    if value == COMING:
        return row.date >= today
    if value == PAST:
        return row.date < today
    if value == NEXT_30:
        return today <= row.date <= today + dt.timedelta(days=30)
    return today - dt.timedelta(days=30) <= row.date < today


def invited_matches(value: Any, row: SessionRow) -> bool:
    kind, record_id = value
    if kind == "programme":
        return record_id in row.programme_ids
    return record_id in row.cohort_ids


def turnout(row: SessionRow) -> float | None:
    """Present among the invited, once presence has been registered at all."""
    return row.present / row.invited if row.invited and row.recorded else None


def session_columns() -> list[Column[Any]]:
    return [
        Column(
            "date",
            QT_TRANSLATE_NOOP("SessionsScreen", "Datum"),
            lambda r, _l: dutch_date(r.date),
            sort=lambda r: (r.date, r.start_time),
            value=lambda r: r.date,
            width=10,
        ),
        Column(
            "time",
            QT_TRANSLATE_NOOP("SessionsScreen", "Tijd"),
            lambda r, _l: (
                f"{r.start_time.hour:02d}:{r.start_time.minute:02d}–"
                f"{r.end_time.hour:02d}:{r.end_time.minute:02d}"
            ),
            sort=lambda r: (r.start_time, r.date),
            width=11,
            searchable=False,
        ),
        Column(
            "type",
            QT_TRANSLATE_NOOP("SessionsScreen", "Soort"),
            lambda r, lang: label(r.type, lang),
            width=17,
        ),
        Column(
            "title", QT_TRANSLATE_NOOP("SessionsScreen", "Titel"), lambda r, _l: r.title, width=34
        ),
        Column(
            "location",
            QT_TRANSLATE_NOOP("SessionsScreen", "Locatie"),
            lambda r, _l: ", ".join(p for p in (r.location, r.municipality) if p),
            width=26,
        ),
        Column(
            "invited_to",
            QT_TRANSLATE_NOOP("SessionsScreen", "Voor"),
            lambda r, _l: r.invited_to,
            width=22,
        ),
        Column(
            "invited",
            QT_TRANSLATE_NOOP("SessionsScreen", "Genodigd"),
            lambda r, _l: str(r.invited),
            sort=lambda r: r.invited,
            value=lambda r: r.invited,
            align=RIGHT,
            width=8,
            searchable=False,
        ),
        Column(
            "present",
            QT_TRANSLATE_NOOP("SessionsScreen", "Aanwezig"),
            lambda r, _l: str(r.present) if r.recorded else "",
            sort=lambda r: number_key(r.present if r.recorded else None),
            value=lambda r: r.present if r.recorded else None,
            align=RIGHT,
            width=8,
            searchable=False,
        ),
        Column(
            "turnout",
            QT_TRANSLATE_NOOP("SessionsScreen", "Opkomst"),
            lambda r, _l: f"{turnout(r):.0%}" if turnout(r) is not None else "",
            sort=lambda r: number_key(turnout(r)),
            value=lambda r: round(value, 3) if (value := turnout(r)) is not None else None,
            align=RIGHT,
            width=8,
            searchable=False,
        ),
        Column(
            "facilitator",
            QT_TRANSLATE_NOOP("SessionsScreen", "Begeleiding"),
            lambda r, _l: r.facilitator,
            width=18,
            muted=True,
        ),
    ]


def session_filters(today: Callable[[], dt.date]) -> list[FilterSpec]:
    """The filters of the screen (also used by tests of the table model)."""
    return [
        FilterSpec(
            "type",
            QT_TRANSLATE_NOOP("SessionsScreen", "Alle soorten"),
            QT_TRANSLATE_NOOP("SessionsScreen", "Filter op soort bijeenkomst"),
            lambda v, r: r.type is v,
            width=18,
        ),
        FilterSpec(
            "invited",
            QT_TRANSLATE_NOOP("SessionsScreen", "Alle programma's en lichtingen"),
            QT_TRANSLATE_NOOP("SessionsScreen", "Filter op uitgenodigd programma of lichting"),
            invited_matches,
            width=28,
        ),
        FilterSpec(
            "period",
            QT_TRANSLATE_NOOP("SessionsScreen", "Alle data"),
            QT_TRANSLATE_NOOP("SessionsScreen", "Filter op periode"),
            lambda v, r: period_matches(v, r, today()),
            width=14,
        ),
    ]


class SessionsScreen(ListScreen):
    key = "bijeenkomsten"
    kind = "session"
    watched = frozenset({"session", "attendance", "cohort", "programme", "trainee"})
    editable = False
    CONTEXT = C
    default_sort = (0, Qt.SortOrder.DescendingOrder)

    def title(self) -> str:
        return self.tr("Bijeenkomsten")

    def columns(self) -> list[Column[Any]]:
        return session_columns()

    def filters(self) -> list[FilterSpec]:
        return session_filters(self.today)

    def load_rows(self, session: Session) -> list[Any]:
        return queries.session_rows(session)

    def filter_options(self, session: Session) -> FilterOptions:
        lang = self.ctx.lang
        programmes = queries.programme_options(session)
        names = {p.id: p.name for p in programmes}
        invited: list[tuple[str, Any]] = [(p.name, ("programme", p.id)) for p in programmes]
        cohorts = queries.cohort_options(session)
        if programmes and cohorts:
            invited.append(("", None))
        invited += [
            (f"{c.name} ({names.get(c.parent_id or -1, '')})", ("cohort", c.id)) for c in cohorts
        ]
        period: list[tuple[str, Any]] = [
            (self.tr("Komende 30 dagen"), NEXT_30),
            (self.tr("Afgelopen 30 dagen"), LAST_30),
            (self.tr("Vanaf vandaag"), COMING),
            (self.tr("Voor vandaag"), PAST),
        ]
        years = queries.session_years(session)
        if years:
            period.append(("", None))
            period += [(str(year), year) for year in years]
        return {
            "type": [(label(t, lang), t) for t in SessionType],
            "invited": invited,
            "period": period,
        }

    def search_placeholder(self) -> str:
        return self.tr("Zoek op titel, locatie, lichting… (Ctrl+F)")

    def empty_text(self) -> str:
        return self.tr("Er zijn nog geen bijeenkomsten.")

    def sheet_name(self) -> str:
        return self.tr("Bijeenkomsten")

    def file_stem(self) -> str:
        return self.tr("bijeenkomsten")

    def open_record(self, record_id: int) -> None:
        from coordinator_app.views.screens.details import show_session

        self.keep_dialog(show_session(self.ctx, self, record_id))
