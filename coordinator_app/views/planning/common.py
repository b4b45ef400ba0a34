"""What the planning views share: organisation colours, refusal texts, choices to pick from.

A refusal (a broken hard rule) is always shown the same way wherever it happens: the
rule's title, its message and the records involved, so the coordinator can see what
to change. Placement, status, lock, evaluation and planner errors all pass through
:func:`refusal_html` or :func:`refusal_text`.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    Assignment,
    AssignmentStatus,
    Cohort,
    Organisation,
    Programme,
    Trainee,
)
from coordinator_app.services.rules import HardRuleViolation, RecordRef, Violation
from coordinator_app.text import full_name, listed_name
from coordinator_app.views.view_context import ViewContext

_log = logging.getLogger(__name__)

C = "Planning"
EXPECTED_ERRORS = (CoordinatorError, SQLAlchemyError)
MAX_MESSAGES = 4  # per broken rule

# Colours with meaning beside their text (never colour alone).
WARNING_COLOUR = "#b45309"  # amber: a soft rule
ERROR_COLOUR = "#b42318"  # red: a hard rule
FULL_BACKGROUND = "#fde4e1"
FREE_BACKGROUND = "#dcf3e3"
IDLE_BACKGROUND = "#f1f2f4"
MUTED_COLOUR = "#6b7280"
TODAY_COLOUR = "#1f5f8b"


# --- colours -------------------------------------------------------------------------------

_GOLDEN = 0.618033988749895


def organisation_colour(organisation_id: int) -> QColor:
    """The same colour for an organisation in every view and every session.

    Hues follow the golden ratio, so organisations with neighbouring ids never look
    alike; lightness and saturation alternate in small steps for more distinct pairs.
    """
    hue = (organisation_id * _GOLDEN) % 1.0
    saturation = 0.48 + 0.14 * ((organisation_id // 5) % 2)
    lightness = 0.40 + 0.06 * ((organisation_id // 2) % 3)
    return QColor.fromHslF(hue, saturation, lightness)


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#111827") if luminance > 0.55 else QColor("#ffffff")


# --- numbers and dates ------------------------------------------------------------------------


def number(value: float, decimals: int = 1, lang: str = "nl") -> str:
    """12,5 in Dutch, 12.5 in English; thousands grouped."""
    language = QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English
    return QLocale(language).toString(float(value), "f", decimals)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


# --- refusals and errors ---------------------------------------------------------------------


def record_kind(kind: str) -> str:
    names = {
        "trainee": QCoreApplication.translate(C, "Trainee"),
        "assignment": QCoreApplication.translate(C, "Opdracht"),
        "placement": QCoreApplication.translate(C, "Plaatsing"),
        "organisation": QCoreApplication.translate(C, "Organisatie"),
    }
    return names.get(kind, kind)


def _grouped(violations: Sequence[Violation], lang: str) -> dict[str, list[Violation]]:
    by_rule: dict[str, list[Violation]] = {}
    for violation in violations:
        by_rule.setdefault(violation.rule.title(lang), []).append(violation)
    return by_rule


def _involved(violations: Iterable[Violation]) -> list[tuple[str, str]]:
    refs = dict.fromkeys((r.kind, r.label) for v in violations for r in v.records)
    return list(refs)[: MAX_MESSAGES * 2]


def refusal_html(exc: HardRuleViolation, lang: str) -> str:
    """Each broken rule once, its messages beneath it, then every record involved."""
    parts = []
    for title, violations in _grouped(exc.violations, lang).items():
        rule = QCoreApplication.translate(C, "Regel: {rule}").format(
            rule=f"<b>{html.escape(title)}</b>"
        )
        shown = violations[:MAX_MESSAGES]
        items = "".join(f"<li>{html.escape(v.message(lang))}</li>" for v in shown)
        if len(violations) > len(shown):
            more = QCoreApplication.translate(C, "… en nog {n}").format(
                n=len(violations) - len(shown)
            )
            items += f"<li>{html.escape(more)}</li>"
        text = f"{rule}<ul style='margin: 2px 0 0 -20px'>{items}</ul>"
        involved = _involved(violations)
        if involved:
            names = "; ".join(
                f"{html.escape(record_kind(kind))}: {html.escape(name)}" for kind, name in involved
            )
            text += f"{html.escape(QCoreApplication.translate(C, 'Betrokken:'))} {names}"
        parts.append(text)
    return "<br>".join(parts)


def refusal_text(exc: BaseException, lang: str) -> str:
    """The same as :func:`refusal_html` as plain text, for a message box."""
    if isinstance(exc, HardRuleViolation):
        lines = []
        for title, violations in _grouped(exc.violations, lang).items():
            lines.append(QCoreApplication.translate(C, "Regel: {rule}").format(rule=title))
            lines += [f"• {v.message(lang)}" for v in violations[:MAX_MESSAGES]]
            involved = _involved(violations)
            if involved:
                lines.append(
                    QCoreApplication.translate(C, "Betrokken:")
                    + " "
                    + "; ".join(f"{record_kind(kind)}: {name}" for kind, name in involved)
                )
        return "\n".join(lines)
    if isinstance(exc, CoordinatorError):
        return exc.message
    # The message may quote names from the database: log where it failed, not what it said.
    _log.error(
        "planning change failed (%s)\n%s",
        type(exc).__name__,
        "".join(traceback.format_tb(exc.__traceback__)),
    )
    return QCoreApplication.translate(C, "De database weigerde de wijziging ({kind}).").format(
        kind=type(exc).__name__
    )


def report_error(ctx: ViewContext, parent: QWidget | None, title: str, exc: BaseException) -> None:
    ctx.dialogs.error(parent, title, refusal_text(exc, ctx.lang))


def first_ref(records: Sequence[RecordRef], *kinds: str) -> RecordRef | None:
    """The first record of one of ``kinds``, in the order the kinds are given."""
    for kind in kinds:
        for ref in records:
            if ref.kind == kind:
                return ref
    return None


# --- what the forms and dialogs offer to choose from ------------------------------------------


@dataclass(frozen=True)
class TraineeChoice:
    id: int
    name: str  # "Anna van der Berg"
    listed: str  # "Berg, Anna van der"
    cohort_id: int | None
    cohort: str


@dataclass(frozen=True)
class AssignmentChoice:
    id: int
    title: str
    organisation: str
    start: dt.date
    end: dt.date
    status: AssignmentStatus


@dataclass(frozen=True)
class CohortChoice:
    id: int
    name: str
    programme: str
    start: dt.date


def trainee_choices(session: Session) -> list[TraineeChoice]:
    rows = session.execute(
        select(
            Trainee.id,
            Trainee.given_name,
            Trainee.prefix,
            Trainee.surname,
            Trainee.cohort_id,
            Cohort.name,
        )
        .outerjoin(Cohort, Cohort.id == Trainee.cohort_id)
        .order_by(Trainee.sort_name, Trainee.id)
    )
    return [
        TraineeChoice(tid, full_name(g, p, s), listed_name(g, p, s), cid, cohort or "")
        for tid, g, p, s, cid, cohort in rows
    ]


def assignment_choices(session: Session) -> list[AssignmentChoice]:
    rows = session.execute(
        select(
            Assignment.id,
            Assignment.title,
            Organisation.name,
            Assignment.start_date,
            Assignment.end_date,
            Assignment.status,
        )
        .join(Organisation, Organisation.id == Assignment.organisation_id)
        .order_by(Assignment.title, Organisation.name, Assignment.id)
    )
    return [AssignmentChoice(*row) for row in rows]


def cohort_choices(session: Session) -> list[CohortChoice]:
    """Cohorts by programme, the newest first within a programme."""
    rows = session.execute(
        select(Cohort.id, Cohort.name, Programme.name, Cohort.start_date)
        .join(Programme, Programme.id == Cohort.programme_id)
        .order_by(Programme.name, Cohort.start_date.desc(), Cohort.name)
    )
    return [CohortChoice(*row) for row in rows]


def default_cohort(cohorts: Sequence[CohortChoice], today: dt.date) -> int | None:
    """The most recent cohort that has started (else the first), a sensible first view."""
    started = [c for c in cohorts if c.start <= today]
    if started:
        return max(started, key=lambda c: (c.start, c.id)).id
    return cohorts[0].id if cohorts else None
