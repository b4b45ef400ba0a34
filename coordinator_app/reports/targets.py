"""What a document is about: the kinds, their targets, and finding a target by what a user types."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import Assignment, Cohort, Session, Trainee
from coordinator_app.services.dutch import MONTHS_NL


class ReportError(CoordinatorError):
    """A document cannot be made for what was asked (with a Dutch message)."""


class ReportKind(enum.StrEnum):
    TRAJECTORY = "trajectory"
    ASSIGNMENT = "assignment"
    SESSION = "session"
    SIGNIN = "signin"
    BADGES = "badges"
    COHORT = "cohort"
    OUTCOMES = "outcomes"
    CERTIFICATE = "certificate"


KIND_TITLES = {
    ReportKind.TRAJECTORY: "Traject van een trainee",
    ReportKind.ASSIGNMENT: "Opdrachtomschrijving",
    ReportKind.SESSION: "Verslag van een bijeenkomst",
    ReportKind.SIGNIN: "Presentielijst",
    ReportKind.BADGES: "Naamkaartjes",
    ReportKind.COHORT: "Voortgangsrapportage lichting",
    ReportKind.OUTCOMES: "Opbrengsten van bijeenkomsten",
    ReportKind.CERTIFICATE: "Bewijs van deelname",
}


@dataclass(frozen=True)
class ReportTarget:
    """The record(s) a document is about; which fields matter depends on the kind."""

    trainee_id: int | None = None
    session_id: int | None = None
    assignment_id: int | None = None
    cohort_id: int | None = None
    first: dt.date | None = None
    last: dt.date | None = None


def parse_kind(value: str) -> ReportKind:
    try:
        return ReportKind(value.strip().lower())
    except ValueError:
        known = ", ".join(k.value for k in ReportKind)
        raise ReportError(f"Onbekend soort document '{value}'; kies uit {known}.") from None


def check_target(kind: ReportKind, target: ReportTarget) -> None:
    """Refuse, in one Dutch sentence, a target that does not fit the kind."""
    needs = {
        ReportKind.TRAJECTORY: (target.trainee_id, "een trainee (--trainee E-MAILADRES)"),
        ReportKind.CERTIFICATE: (target.trainee_id, "een trainee (--trainee E-MAILADRES)"),
        ReportKind.ASSIGNMENT: (target.assignment_id, "een opdracht (--assignment NUMMER)"),
        ReportKind.SESSION: (target.session_id, "een bijeenkomst (--session NUMMER)"),
        ReportKind.SIGNIN: (target.session_id, "een bijeenkomst (--session NUMMER)"),
        ReportKind.COHORT: (target.cohort_id, "een lichting (--cohort NAAM)"),
    }
    if kind in needs:
        value, what = needs[kind]
        if value is None:
            raise ReportError(f"Voor {KIND_TITLES[kind].lower()} is {what} nodig.")
    elif kind is ReportKind.BADGES:
        if target.session_id is None and target.cohort_id is None:
            raise ReportError(
                "Voor naamkaartjes is een bijeenkomst (--session NUMMER) of een lichting "
                "(--cohort NAAM) nodig."
            )
    elif kind is ReportKind.OUTCOMES:
        if target.first is None or target.last is None:
            raise ReportError(
                "Voor het opbrengstenrapport is een periode nodig: --from DATUM en --to DATUM."
            )
        if target.last < target.first:
            raise ReportError("De einddatum (--to) ligt vóór de begindatum (--from).")


# -- finding targets by what a user types ---------------------------------------------------


def trainee_by_email(db: DbSession, email: str) -> int:
    wanted = email.strip().lower()
    found = db.scalar(select(Trainee.id).where(func.lower(Trainee.email) == wanted))
    if found is None:
        raise ReportError(f"Er is geen trainee met e-mailadres '{email.strip()}'.")
    return found


def cohort_by_name(db: DbSession, name: str) -> int:
    wanted = " ".join(name.split())
    found = db.scalar(select(Cohort.id).where(Cohort.name == wanted))
    if found is None:
        matches = db.scalars(
            select(Cohort.id).where(func.lower(Cohort.name) == wanted.lower())
        ).all()
        if len(matches) == 1:
            return matches[0]
        raise ReportError(f"Er is geen lichting met de naam '{wanted}'.")
    return found


def session_exists(db: DbSession, session_id: int) -> int:
    if db.get(Session, session_id) is None:
        raise ReportError(f"Er is geen bijeenkomst met nummer {session_id}.")
    return session_id


def assignment_exists(db: DbSession, assignment_id: int) -> int:
    if db.get(Assignment, assignment_id) is None:
        raise ReportError(f"Er is geen opdracht met nummer {assignment_id}.")
    return assignment_id


_ABBREVIATIONS = {"mrt": 3, "mei": 5, "sept": 9}
_DUTCH_LONG = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def parse_day(text: str) -> dt.date:
    """A date as a user types it: 2026-11-22, 22-11-2026, 22/11/2026 or 22 november 2026."""
    value = " ".join(text.strip().lower().split())
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            return dt.date.fromisoformat(value)
        numeric = _NUMERIC.match(value)
        if numeric:
            day, month, year = (int(g) for g in numeric.groups())
            return dt.date(year, month, day)
        long = _DUTCH_LONG.match(value)
        if long:
            day_text, month_name, year_text = long.groups()
            if month_name in _ABBREVIATIONS:
                return dt.date(int(year_text), _ABBREVIATIONS[month_name], int(day_text))
            for index, name in enumerate(MONTHS_NL, start=1):
                if name == month_name or (len(month_name) >= 3 and name.startswith(month_name)):
                    return dt.date(int(year_text), index, int(day_text))
    except ValueError:
        pass
    raise ReportError(
        f"'{text.strip()}' is geen geldige datum; schrijf bijvoorbeeld 22-11-2026, "
        "22 november 2026 of 2026-11-22."
    )
