"""Sessions (bijeenkomsten): training days, intervision, participation sessions.

The list of sessions with, around it, everything a session needs: the session form
(with invitations), recurring series, the attendance grid, check-in at the door,
outcomes and action points, and the calendar export. Those dialogs live in
coordinator_app.views.sessions; this screen opens them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout
from sqlalchemy.orm import Session

from coordinator_app.models import SessionType
from coordinator_app.services import queries
from coordinator_app.services.labels import label
from coordinator_app.services.queries import SessionRow
from coordinator_app.views.navigation import screen_title
from coordinator_app.views.screens.base import FilterOptions, FilterSpec, ListScreen
from coordinator_app.views.screens.table_model import (
    RIGHT,
    Column,
    count_column,
    dutch_date,
    number_key,
)

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
        count_column(
            "invited", QT_TRANSLATE_NOOP("SessionsScreen", "Genodigd"), lambda r: r.invited, width=8
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
    watched = frozenset(
        {"session", "attendance", "action_point", "guest", "cohort", "programme", "trainee"}
    )
    editable = True
    CONTEXT = C
    default_sort = (0, Qt.SortOrder.DescendingOrder)

    def title(self) -> str:
        return screen_title(self.key)

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

    def new_button_text(self) -> str:
        return self.tr("Nieuwe bijeenkomst")

    def open_record(self, record_id: int) -> None:
        from coordinator_app.views.screens.details import show_session

        self.keep_dialog(show_session(self.ctx, self, record_id))

    def create_record(self) -> None:
        from coordinator_app.views.sessions import open_session_form

        open_session_form(self.ctx, self)

    def edit_record(self, record_id: int) -> None:
        from coordinator_app.views.sessions import open_session_form

        open_session_form(self.ctx, self, record_id)

    # --- what only sessions have ----------------------------------------------------------

    def _build(self) -> None:
        super()._build()
        self.attendance_action = QAction(self)
        self.attendance_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.attendance_action.triggered.connect(lambda: self._with_current(_attendance))
        self.checkin_action = QAction(self)
        self.checkin_action.triggered.connect(lambda: self._with_current(_checkin))
        self.outcomes_action = QAction(self)
        self.outcomes_action.triggered.connect(lambda: self._with_current(_outcomes))
        self.series_action = QAction(self)
        self.series_action.triggered.connect(self.new_series)
        self.ics_action = QAction(self)
        self.ics_action.triggered.connect(self.export_calendar)
        self.action_points_action = QAction(self)
        self.action_points_action.triggered.connect(lambda: self.show_panel("action_points"))
        self.figures_action = QAction(self)
        self.figures_action.triggered.connect(lambda: self.show_panel("figures"))
        for action in (self.attendance_action, self.checkin_action, self.outcomes_action):
            self.table.addAction(action)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.action_buttons: list[tuple[QPushButton, QAction]] = []
        for action in (
            self.series_action,
            self.attendance_action,
            self.checkin_action,
            self.outcomes_action,
            self.ics_action,
            self.action_points_action,
            self.figures_action,
        ):
            button = QPushButton(self)
            button.clicked.connect(action.trigger)
            bar.addWidget(button)
            self.action_buttons.append((button, action))
        bar.addStretch(1)
        self.calendar_button = QPushButton(self)
        self.calendar_button.setCheckable(True)
        self.calendar_button.toggled.connect(self.show_calendar)
        bar.addWidget(self.calendar_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, bar)
        self.calendar: Any = None  # made when first shown

    def show_calendar(self, shown: bool) -> None:
        """Switch between the list and the month/week calendar of sessions."""
        if shown and self.calendar is None:
            from coordinator_app.views.sessions import SessionCalendar

            self.calendar = SessionCalendar(self.ctx, self)
            self.calendar.session_activated.connect(self.edit_record)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.table) + 1, self.calendar, 1)
        self.table.setVisible(not shown)
        if self.calendar is not None:
            self.calendar.setVisible(shown)

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "action_buttons"):
            return
        self.attendance_action.setText(self.tr("Aanwezigheid…"))
        self.checkin_action.setText(self.tr("Aanmelden bij de deur…"))
        self.outcomes_action.setText(self.tr("Uitkomsten en actiepunten…"))
        self.series_action.setText(self.tr("Reeks plannen…"))
        self.ics_action.setText(self.tr("Naar agenda (.ics)…"))
        self.action_points_action.setText(self.tr("Open actiepunten…"))
        self.figures_action.setText(self.tr("Deelnamecijfers…"))
        short = {
            self.series_action: self.tr("Reeks…"),
            self.attendance_action: self.tr("Aanwezigheid…"),
            self.checkin_action: self.tr("Aanmelden…"),
            self.outcomes_action: self.tr("Uitkomsten…"),
            self.ics_action: self.tr("Agenda (.ics)…"),
            self.action_points_action: self.tr("Actiepunten…"),
            self.figures_action: self.tr("Deelname…"),
        }
        for button, action in self.action_buttons:
            button.setText(short[action])
            button.setToolTip(action.text())
            button.setAccessibleName(action.text().rstrip("…"))
        self.calendar_button.setText(self.tr("Kalender"))
        self.calendar_button.setAccessibleName(self.tr("Kalender tonen"))
        self.calendar_button.setToolTip(self.tr("Wisselen tussen de lijst en de kalender"))

    def build_context_menu(self) -> QMenu:
        menu = super().build_context_menu()
        one = len(self.selected_ids()) == 1
        menu.addSeparator()
        for action in (self.attendance_action, self.checkin_action, self.outcomes_action):
            action.setEnabled(one)
            menu.addAction(action)
        self.ics_action.setEnabled(bool(self.selected_ids()))
        menu.addAction(self.ics_action)
        return menu

    def _with_current(self, show: Callable[[Any, Any, int], None]) -> None:
        record_id = self._current_id()
        if record_id is None:
            self.status_message.emit(self.tr("Kies eerst een bijeenkomst."))
            return
        show(self.ctx, self, record_id)

    def show_panel(self, which: str) -> None:
        """The open action points across sessions, or the participation figures."""
        from PySide6.QtWidgets import QDialog

        from coordinator_app.views.sessions import ActionPointsOverview, ParticipationFigures

        dialog = QDialog(self)
        if which == "action_points":
            dialog.setWindowTitle(self.tr("Open actiepunten"))
            panel: Any = ActionPointsOverview(self.ctx, dialog)
        else:
            dialog.setWindowTitle(self.tr("Deelnamecijfers"))
            panel = ParticipationFigures(self.ctx, dialog)
        panel.session_activated.connect(self.edit_record)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel)
        dialog.resize(1000, 640)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.keep_dialog(dialog)

    def new_series(self) -> None:
        from coordinator_app.views.sessions import open_series_dialog

        open_series_dialog(self.ctx, self)

    def export_calendar(self) -> None:
        from coordinator_app.views.sessions import export_ics

        export_ics(self.ctx, self, self.selected_ids())


def _attendance(ctx: Any, parent: Any, session_id: int) -> None:
    from coordinator_app.views.sessions import open_attendance

    open_attendance(ctx, parent, session_id)


def _checkin(ctx: Any, parent: Any, session_id: int) -> None:
    from coordinator_app.views.sessions import open_checkin

    open_checkin(ctx, parent, session_id)


def _outcomes(ctx: Any, parent: Any, session_id: int) -> None:
    from coordinator_app.views.sessions import open_outcomes

    open_outcomes(ctx, parent, session_id)
