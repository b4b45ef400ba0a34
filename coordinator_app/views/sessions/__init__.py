"""Participation sessions in the GUI: forms, series, calendar, attendance, door, outcomes.

The Bijeenkomsten list screen and the main window call the functions below; each
opens its own dialog or window and tells the DataBus what changed, so whatever
shows sessions refreshes itself.

    open_session_form(ctx, parent, session_id=None)   new or edit, incl. invitations
    open_series_dialog(ctx, parent)                    a recurring series in one go
    open_attendance(ctx, parent, session_id)           the attendance grid
    open_outcomes(ctx, parent, session_id)             notes, themes, action points, feedback
    open_checkin(ctx, parent, session_id)              the full-screen door view
    export_ics(ctx, parent, session_ids)               an .ics file for Outlook
    export_series_ics(ctx, parent, session_id)         the whole series of that session
    SessionCalendar, ActionPointsOverview, ParticipationFigures   embeddable widgets
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from coordinator_app.models import Session as SessionRecord
from coordinator_app.services import ics
from coordinator_app.views.sessions.attendance_grid import AttendanceDialog
from coordinator_app.views.sessions.calendar import SessionCalendar
from coordinator_app.views.sessions.checkin import CheckinWindow
from coordinator_app.views.sessions.common import EXPECTED_ERRORS, report_error
from coordinator_app.views.sessions.outcomes import OutcomesDialog
from coordinator_app.views.sessions.overviews import ActionPointsOverview, ParticipationFigures
from coordinator_app.views.sessions.series_dialog import SeriesDialog
from coordinator_app.views.sessions.session_form import SessionFormDialog
from coordinator_app.views.view_context import ViewContext

__all__ = [
    "ActionPointsOverview",
    "ParticipationFigures",
    "SessionCalendar",
    "export_ics",
    "export_series_ics",
    "open_attendance",
    "open_checkin",
    "open_outcomes",
    "open_series_dialog",
    "open_session_form",
]


def _missing(ctx: ViewContext, parent: QWidget | None, exc: BaseException) -> None:
    report_error(
        ctx, parent, QCoreApplication.translate("SessionActions", "Bijeenkomst niet gevonden"), exc
    )


def open_session_form(
    ctx: ViewContext, parent: QWidget | None, session_id: int | None = None
) -> None:
    try:
        dialog = SessionFormDialog(ctx, parent, session_id)
    except EXPECTED_ERRORS as exc:
        _missing(ctx, parent, exc)
        return
    dialog.exec()


def open_series_dialog(ctx: ViewContext, parent: QWidget | None) -> None:
    SeriesDialog(ctx, parent).exec()


def open_attendance(ctx: ViewContext, parent: QWidget | None, session_id: int) -> None:
    try:
        dialog = AttendanceDialog(ctx, session_id, parent)
    except EXPECTED_ERRORS as exc:
        _missing(ctx, parent, exc)
        return
    dialog.exec()


def open_outcomes(ctx: ViewContext, parent: QWidget | None, session_id: int) -> None:
    try:
        dialog = OutcomesDialog(ctx, session_id, parent)
    except EXPECTED_ERRORS as exc:
        _missing(ctx, parent, exc)
        return
    dialog.exec()


def open_checkin(ctx: ViewContext, parent: QWidget | None, session_id: int) -> CheckinWindow | None:
    """Open the door view full screen; it lives until closed (owned by ``parent``)."""
    try:
        window = CheckinWindow(ctx, session_id, parent)
    except EXPECTED_ERRORS as exc:
        _missing(ctx, parent, exc)
        return None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.showFullScreen()
    window.activateWindow()
    return window


def _file_name(title: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip().replace(" ", "-")
    return (stem or "bijeenkomsten")[:60] + ".ics"


def export_ics(ctx: ViewContext, parent: QWidget | None, session_ids: list[int]) -> None:
    """Ask where to save, then write the sessions as one calendar file."""
    title = QCoreApplication.translate("SessionActions", "Exporteren naar agenda (.ics)")
    if not session_ids:
        ctx.dialogs.info(
            parent,
            title,
            QCoreApplication.translate("SessionActions", "Kies eerst een of meer bijeenkomsten."),
        )
        return
    with ctx.app.read_session() as db:
        titles = db.scalars(
            select(SessionRecord.title).where(SessionRecord.id.in_(session_ids))
        ).all()
    if not titles:
        ctx.dialogs.error(
            parent,
            title,
            QCoreApplication.translate("SessionActions", "Deze bijeenkomsten bestaan niet meer."),
        )
        return
    suggested = _file_name(titles[0] if len(set(titles)) == 1 else "bijeenkomsten")
    path = ctx.dialogs.save_file(
        parent,
        title,
        suggested,
        QCoreApplication.translate("SessionActions", "Agendabestand (*.ics)"),
    )
    if path is None:
        return
    if path.suffix.lower() != ".ics":
        path = path.with_suffix(".ics")
    try:
        with ctx.app.transaction() as db:
            text = ics.sessions_ics(db, session_ids, dt.datetime.now(dt.UTC))
        ics.write_ics(str(path), text)
    except OSError as exc:
        ctx.dialogs.error(
            parent,
            title,
            QCoreApplication.translate(
                "SessionActions", "Het bestand {path} kon niet worden geschreven: {reason}"
            ).format(path=path, reason=exc.strerror or exc),
        )
        return
    except EXPECTED_ERRORS as exc:
        report_error(ctx, parent, title, exc)
        return
    ctx.dialogs.info(
        parent,
        title,
        QCoreApplication.translate(
            "SessionActions",
            "{count} bijeenkomst(en) opgeslagen in {path}. Open het bestand met Outlook of een "
            "andere agenda om ze toe te voegen.",
        ).format(count=len(titles), path=path),
    )


def export_series_ics(ctx: ViewContext, parent: QWidget | None, session_id: int) -> None:
    """Export every occurrence of the series ``session_id`` belongs to (or just it)."""
    with ctx.app.read_session() as db:
        record = db.get(SessionRecord, session_id)
        series_id = record.series_id if record is not None else None
        ids = (
            list(db.scalars(select(SessionRecord.id).where(SessionRecord.series_id == series_id)))
            if series_id is not None
            else [session_id]
        )
    export_ics(ctx, parent, ids)
