"""PDF documents with reportlab: one module per document, common blocks beside them.

Each document module has ``load(db, ...) -> data`` (plain dataclasses, read in one
short session) and ``story(data, letterhead) -> (spec, flowables)``; this module
ties them to a kind and a target so that the command line and the GUI make the
same documents the same way:

    result = make_report(context, ReportKind.SESSION, ReportTarget(session_id=12), path)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.platypus import Flowable

from coordinator_app.reports.document import DocumentSpec, Letterhead, build_pdf
from coordinator_app.reports.targets import (
    KIND_TITLES,
    ReportError,
    ReportKind,
    ReportTarget,
    check_target,
)
from coordinator_app.services.progress import NO_PROGRESS, Progress

__all__ = [
    "KIND_TITLES",
    "ReportError",
    "ReportKind",
    "ReportResult",
    "ReportTarget",
    "make_report",
    "prepare",
    "suggested_filename",
]


@dataclass(frozen=True)
class ReportResult:
    pages: int
    title: str
    filename: str  # a suggested file name (no folder)


def suggested_filename(title: str) -> str:
    """A file name from a document title: no characters that a file system refuses."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", title)
    name = " ".join(name.split()).strip(" .")[:120] or "Document"
    return f"{name}.pdf"


def _load(
    context: Any, db: Any, kind: ReportKind, target: ReportTarget, progress: Progress
) -> tuple[DocumentSpec, list[Flowable]]:
    from coordinator_app.reports import (
        assignment,
        badges,
        certificate,
        cohort,
        outcomes,
        session_report,
        signin,
        trajectory,
    )

    today = context.today
    letterhead = Letterhead.from_context(context)
    data: Any
    if kind is ReportKind.TRAJECTORY:
        assert target.trainee_id is not None
        return trajectory.story(trajectory.load(db, target.trainee_id, today), letterhead)
    if kind is ReportKind.CERTIFICATE:
        assert target.trainee_id is not None
        return certificate.story(certificate.load(db, target.trainee_id, today), letterhead)
    if kind is ReportKind.ASSIGNMENT:
        assert target.assignment_id is not None
        return assignment.story(assignment.load(db, target.assignment_id), letterhead)
    if kind is ReportKind.SESSION:
        assert target.session_id is not None
        return session_report.story(session_report.load(db, target.session_id, today), letterhead)
    if kind is ReportKind.SIGNIN:
        assert target.session_id is not None
        return signin.story(signin.load(db, target.session_id), letterhead)
    if kind is ReportKind.BADGES:
        data = badges.load(
            db, session_id=target.session_id, cohort_id=target.cohort_id, today=today
        )
        return badges.story(data, letterhead)
    if kind is ReportKind.COHORT:
        assert target.cohort_id is not None
        settings = context.settings
        data = cohort.load(
            db,
            target.cohort_id,
            today,
            threshold=settings.participation_threshold,
            attention_weeks=settings.attention_weeks,
            max_travel_km=settings.max_travel_km,
            progress=progress,
        )
        return cohort.story(data, letterhead)
    if kind is ReportKind.OUTCOMES:
        assert target.first is not None
        assert target.last is not None
        return outcomes.story(outcomes.load(db, target.first, target.last, today), letterhead)
    raise ReportError(f"Onbekend soort document '{kind}'.")


def prepare(
    context: Any, kind: ReportKind, target: ReportTarget, progress: Progress = NO_PROGRESS
) -> tuple[DocumentSpec, list[Flowable]]:
    """Read what the document shows (one short read session) and lay out its story."""
    check_target(kind, target)
    progress.report(0, None, "Gegevens ophalen")
    with context.read_session() as db:
        return _load(context, db, kind, target, progress)


def make_report(
    context: Any,
    kind: ReportKind,
    target: ReportTarget,
    out: Path | IO[bytes],
    progress: Progress = NO_PROGRESS,
) -> ReportResult:
    """Make the document ``kind`` about ``target`` and write it to ``out``.

    ``context`` is the AppContext (settings for the letterhead, ``today``, the
    database). Raises :class:`ReportError` for a target that does not exist or does
    not fit the kind, and :class:`~coordinator_app.services.progress.Cancelled` when
    the user cancels.
    """
    spec, story = prepare(context, kind, target, progress)
    pages = build_pdf(out, spec, story, progress)
    return ReportResult(pages, spec.title, suggested_filename(spec.title))
