"""PDF documents from the main window: Ctrl+P for what is selected, and the Documenten menu.

Which document Ctrl+P makes follows the screen: a trainee's trajectory (also from a
placement), an assignment description, a session report; elsewhere the cohort progress
report, for a cohort the user picks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from coordinator_app.services import queries
from coordinator_app.services.dutch import add_months
from coordinator_app.views.dialogs import Choice
from coordinator_app.views.view_context import ViewContext

_C = "Printing"


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _make(ctx: ViewContext, parent: QWidget | None, kind: str, **target: Any) -> None:
    from coordinator_app.views.reporting import make_pdf

    make_pdf(ctx, parent, kind, **target)


def _single(screen: Any, what: str) -> Any | None:
    """The one selected row of ``screen``; tells the user when there is none or several."""
    rows = screen.selected_rows() if screen is not None else []
    if len(rows) != 1:
        screen.status_message.emit(
            tr("Kies eerst één {what}.").format(what=what)
            if not rows
            else tr("Kies één {what} voor dit document.").format(what=what)
        )
        return None
    return rows[0]


def print_selection(ctx: ViewContext, parent: QWidget | None, screen: Any | None) -> None:
    """Ctrl+P: the document that belongs to the selected record of the current screen."""
    key = getattr(screen, "key", "")
    if key == "trainees":
        row = _single(screen, tr("trainee"))
        if row is not None:
            _make(ctx, parent, "trajectory", trainee_id=row.id)
    elif key == "plaatsingen":
        row = _single(screen, tr("plaatsing"))
        if row is not None:
            _make(ctx, parent, "trajectory", trainee_id=row.trainee_id)
    elif key == "opdrachten":
        row = _single(screen, tr("opdracht"))
        if row is not None:
            _make(ctx, parent, "assignment", assignment_id=row.id)
    elif key == "bijeenkomsten":
        row = _single(screen, tr("bijeenkomst"))
        if row is not None:
            _make(ctx, parent, "session", session_id=row.id)
    else:
        cohort_report(ctx, parent)


def choose_cohort(ctx: ViewContext, parent: QWidget | None, title: str) -> int | None:
    with ctx.app.read_session() as session:
        cohorts = queries.cohort_options(session)
    if not cohorts:
        ctx.dialogs.info(parent, title, tr("Er zijn nog geen lichtingen."))
        return None
    answer = ctx.dialogs.choose(
        parent,
        title,
        tr("Voor welke lichting?"),
        [Choice(str(c.id), c.name) for c in cohorts],
    )
    return int(answer) if answer else None


def cohort_report(ctx: ViewContext, parent: QWidget | None) -> None:
    cohort_id = choose_cohort(ctx, parent, tr("Voortgangsrapportage lichting"))
    if cohort_id is not None:
        _make(ctx, parent, "cohort", cohort_id=cohort_id)


def badges(ctx: ViewContext, parent: QWidget | None, screen: Any | None) -> None:
    """Name cards for the selected session's invitees, or else for a cohort."""
    if getattr(screen, "key", "") == "bijeenkomsten" and len(screen.selected_ids()) == 1:
        _make(ctx, parent, "badges", session_id=screen.selected_ids()[0])
        return
    cohort_id = choose_cohort(ctx, parent, tr("Naamkaartjes"))
    if cohort_id is not None:
        _make(ctx, parent, "badges", cohort_id=cohort_id)


def signin_sheet(ctx: ViewContext, parent: QWidget | None, screen: Any | None) -> None:
    if getattr(screen, "key", "") != "bijeenkomsten":
        ctx.dialogs.info(
            parent, tr("Presentielijst"), tr("Kies eerst een bijeenkomst in Bijeenkomsten.")
        )
        return
    row = _single(screen, tr("bijeenkomst"))
    if row is not None:
        _make(ctx, parent, "signin", session_id=row.id)


def certificate(ctx: ViewContext, parent: QWidget | None, screen: Any | None) -> None:
    if getattr(screen, "key", "") != "trainees":
        ctx.dialogs.info(
            parent, tr("Bewijs van deelname"), tr("Kies eerst een trainee in Trainees.")
        )
        return
    row = _single(screen, tr("trainee"))
    if row is not None:
        _make(ctx, parent, "certificate", trainee_id=row.id)


PERIODS = {
    "month": (1, QT_TRANSLATE_NOOP("Printing", "Afgelopen maand")),
    "quarter": (3, QT_TRANSLATE_NOOP("Printing", "Afgelopen kwartaal")),
    "half": (6, QT_TRANSLATE_NOOP("Printing", "Afgelopen half jaar")),
    "year": (12, QT_TRANSLATE_NOOP("Printing", "Afgelopen jaar")),
}


def outcomes_report(ctx: ViewContext, parent: QWidget | None) -> None:
    """Themes raised and action points over a period ending today."""
    title = tr("Opbrengsten van bijeenkomsten")
    answer = ctx.dialogs.choose(
        parent,
        title,
        tr("Over welke periode?"),
        [Choice(key, tr(label)) for key, (_months, label) in PERIODS.items()],
    )
    if not answer:
        return
    last = ctx.app.today
    first = add_months(last, -PERIODS[answer][0]) + dt.timedelta(days=1)
    _make(ctx, parent, "outcomes", first=first, last=last)
