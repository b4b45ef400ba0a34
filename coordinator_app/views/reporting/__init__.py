"""Printing from the GUI: make a PDF in the background, then open it or save it.

    make_pdf(ctx, parent, "session", session_id=12)

The document is made off the GUI thread through ``ctx.tasks`` (a progress dialog
with a cancel button), into a private temporary folder. When it is ready the user
chooses: open it in the system's PDF viewer, or save it where they like. The main
window binds this to Ctrl+P for the record or selection in view.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from coordinator_app.paths import make_private
from coordinator_app.reports import (
    KIND_TITLES,
    ReportError,
    ReportKind,
    ReportResult,
    ReportTarget,
    make_report,
)
from coordinator_app.reports.targets import check_target, parse_kind
from coordinator_app.services.progress import Progress
from coordinator_app.views.view_context import ViewContext

_log = logging.getLogger(__name__)


def open_with_system(path: Path) -> bool:
    """Hand the file to the desktop's PDF viewer; False when no viewer took it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


@dataclass(frozen=True)
class MadePdf:
    path: Path  # in a temporary folder of its own
    result: ReportResult


def _kind_title(kind: ReportKind) -> str:
    titles = {
        ReportKind.TRAJECTORY: QCoreApplication.translate("Reporting", "Traject van een trainee"),
        ReportKind.ASSIGNMENT: QCoreApplication.translate("Reporting", "Opdrachtomschrijving"),
        ReportKind.SESSION: QCoreApplication.translate("Reporting", "Verslag van een bijeenkomst"),
        ReportKind.SIGNIN: QCoreApplication.translate("Reporting", "Presentielijst"),
        ReportKind.BADGES: QCoreApplication.translate("Reporting", "Naamkaartjes"),
        ReportKind.COHORT: QCoreApplication.translate("Reporting", "Voortgangsrapportage lichting"),
        ReportKind.OUTCOMES: QCoreApplication.translate(
            "Reporting", "Opbrengsten van bijeenkomsten"
        ),
        ReportKind.CERTIFICATE: QCoreApplication.translate("Reporting", "Bewijs van deelname"),
    }
    return titles.get(kind, KIND_TITLES[kind])


def make_pdf(
    ctx: ViewContext,
    parent: QWidget | None,
    kind: str,
    *,
    opener: Callable[[Path], bool] = open_with_system,
    on_ready: Callable[[MadePdf], None] | None = None,
    **target: Any,
) -> None:
    """Make the document ``kind`` about ``target`` (trainee_id=, session_id=, ...).

    ``on_ready`` replaces the open-or-save question (e.g. for a caller that prints
    straight away); ``opener`` is how a file is opened (tests pass their own).
    """
    try:
        report_kind = parse_kind(kind)
        report_target = ReportTarget(**target)
        check_target(report_kind, report_target)
    except (ReportError, TypeError) as exc:
        message = exc.message if isinstance(exc, ReportError) else str(exc)
        ctx.dialogs.error(
            parent, QCoreApplication.translate("Reporting", "Document maken"), message
        )
        return
    title = _kind_title(report_kind)
    folder = Path(tempfile.mkdtemp(prefix="coordinator-pdf-"))

    def work(progress: Progress) -> MadePdf:
        building = folder / "document.pdf"
        result = make_report(ctx.app, report_kind, report_target, building, progress)
        final = folder / result.filename
        building.replace(final)
        return MadePdf(final, result)

    def done(made: MadePdf) -> None:
        if on_ready is not None:
            on_ready(made)
        else:
            offer(ctx, parent, made, opener)

    ctx.tasks.run(
        parent,
        QCoreApplication.translate("Reporting", "{title} maken").format(title=title),
        work,
        done,
    )


def offer(
    ctx: ViewContext,
    parent: QWidget | None,
    made: MadePdf,
    opener: Callable[[Path], bool] = open_with_system,
) -> None:
    """Ask whether to open or save the finished document, and do it."""
    pages = made.result.pages
    text = (
        QCoreApplication.translate("Reporting", "Het document is klaar (1 pagina).")
        if pages == 1
        else QCoreApplication.translate(
            "Reporting", "Het document is klaar ({pages} pagina's)."
        ).format(pages=pages)
    )
    choose = getattr(ctx.dialogs, "choose", None)
    if choose is not None:
        from coordinator_app.views.dialogs import Choice

        answer = choose(
            parent,
            made.result.title,
            text,
            [
                Choice(
                    "open",
                    QCoreApplication.translate("Reporting", "Openen"),
                    QCoreApplication.translate(
                        "Reporting", "Bekijken en afdrukken in de PDF-lezer"
                    ),
                ),
                Choice(
                    "save",
                    QCoreApplication.translate("Reporting", "Opslaan als…"),
                    QCoreApplication.translate("Reporting", "Het PDF-bestand bewaren in een map"),
                ),
            ],
        )
    else:
        answer = "open" if ctx.dialogs.confirm(parent, made.result.title, text) else None
    if answer == "open":
        if not opener(made.path):
            ctx.dialogs.error(
                parent,
                QCoreApplication.translate("Reporting", "Document openen"),
                QCoreApplication.translate(
                    "Reporting", "Er is geen PDF-lezer gevonden. Het document staat in {path}."
                ).format(path=made.path),
            )
    elif answer == "save":
        save(ctx, parent, made)


def save(ctx: ViewContext, parent: QWidget | None, made: MadePdf) -> Path | None:
    """Copy the finished document to where the user chooses; returns the new path."""
    chosen = ctx.dialogs.save_file(
        parent,
        QCoreApplication.translate("Reporting", "Document opslaan"),
        made.result.filename,
        QCoreApplication.translate("Reporting", "PDF-document (*.pdf)"),
    )
    if chosen is None:
        return None
    if chosen.suffix.lower() != ".pdf":
        chosen = chosen.with_name(chosen.name + ".pdf")
    try:
        make_private(chosen)
        shutil.copyfile(made.path, chosen)
    except OSError as exc:
        ctx.dialogs.error(
            parent,
            QCoreApplication.translate("Reporting", "Document opslaan"),
            QCoreApplication.translate(
                "Reporting", "Het document kon niet worden opgeslagen in {path}: {reason}"
            ).format(path=chosen, reason=exc.strerror or exc),
        )
        return None
    # The file name may carry a person's name (e.g. "Traject van ..."): not logged.
    _log.info("document saved")
    return chosen
