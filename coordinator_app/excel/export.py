"""Export each kind of record as a table whose headings the import reads back.

The columns are the import's fields (:mod:`fields`), in the same order and under
the same Dutch headings, so `export all` followed by an import into an empty
database and a second export gives the same cells. Rows come in the order of the
list screens; a screen that shows a filtered selection passes the ids it shows, in
its order.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.context import AppContext
from coordinator_app.excel.errors import SpreadsheetError
from coordinator_app.excel.fields import CLI_KINDS, KINDS, SPECS
from coordinator_app.excel.writer import TableWorkbook
from coordinator_app.models import (
    Assignment,
    AssignmentCompetence,
    AssignmentLevel,
    Attendance,
    Coach,
    Cohort,
    Competence,
    ContactPerson,
    GuestParticipant,
    LevelCategory,
    Municipality,
    Organisation,
    Placement,
    Programme,
    Theme,
    Trainee,
    assignment_programme,
    assignment_theme,
    session_cohort,
    session_programme,
    session_theme,
    trainee_theme,
)
from coordinator_app.models import Session as SessionRecord
from coordinator_app.services.labels import label
from coordinator_app.services.progress import NO_PROGRESS, Progress
from coordinator_app.text import fold, full_name

EXPORT_FIELDS: dict[str, tuple[str, ...]] = {
    "programmes": ("programme", "description", "rotations", "rotation_months", "distinct", "cohort",
                   "cohort_start"),
    "trainees": ("id", "given_name", "prefix", "surname", "email", "phone", "education_level",
                 "field_of_study", "municipality", "programme", "cohort", "coach", "status",
                 "contract_start", "contract_end", "themes", "notes"),
    "organisations": ("id", "name", "type", "municipality", "address", "website", "notes",
                      "contact_id", "contact_name", "contact_role", "contact_email",
                      "contact_phone", "contact_supervisor"),
    "assignments": ("id", "title", "organisation", "municipality", "start_date", "end_date",
                    "places", "hours_per_week", "status", "levels", "programmes", "themes",
                    "competences", "supervisor", "description"),
    "placements": ("id", "trainee_name", "trainee_email", "assignment_id", "assignment",
                   "organisation", "rotation", "start_date", "end_date", "status", "locked",
                   "notes"),
    "sessions": ("id", "title", "type", "date", "start_time", "end_time", "location",
                 "municipality", "facilitator", "capacity", "programmes", "cohorts", "themes",
                 "description", "outcome_notes"),
    "attendance": ("id", "session_id", "session_title", "session_date", "name", "email",
                   "participant_type", "organisation", "education_level", "status",
                   "checked_in_at", "note", "feedback_score", "feedback_comment"),
}  # fmt: skip


def headers(kind: str) -> list[str]:
    spec = SPECS[kind]
    return [spec.header_of(key) for key in EXPORT_FIELDS[kind]]


def _joined(names: Sequence[str]) -> str | None:
    return "; ".join(sorted(names, key=fold)) if names else None


def _levels(levels: set[LevelCategory] | None) -> str | None:
    if not levels:
        return None
    return ", ".join(label(level) for level in LevelCategory if level in levels)


def _by_owner(session: Session, statement: Any) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for owner, name in session.execute(statement):
        found[owner].append(name)
    return found


def _municipalities(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Municipality.id, Municipality.name)).all())


def _only(ids: Sequence[int] | None, column: Any, statement: Any) -> Any:
    return statement if ids is None else statement.where(column.in_(list(ids)))


def _reorder(rows: list[tuple[int, list[Any]]], ids: Sequence[int] | None) -> Iterator[list[Any]]:
    if ids is None:
        for _id, row in rows:
            yield row
        return
    position = {record_id: i for i, record_id in enumerate(ids)}
    for _id, row in sorted(rows, key=lambda item: position.get(item[0], len(position))):
        yield row


def rows_for(session: Session, kind: str, ids: Sequence[int] | None = None) -> Iterator[list[Any]]:
    """The rows of one kind, typed (dates, numbers), in the list screen's order.

    ``ids``: only these records, in this order (what a filtered list screen shows).
    """
    return _ROWS[kind](session, ids)


def _programme_rows(session: Session, ids: Sequence[int] | None) -> Iterator[list[Any]]:
    programmes = _only(ids, Programme.id, select(Programme)).order_by(Programme.name)
    for programme in session.scalars(programmes):
        base = [
            programme.name,
            programme.description or None,
            programme.rotations_per_trainee,
            programme.rotation_months,
            programme.distinct_organisations,
        ]
        cohorts = session.execute(
            select(Cohort.name, Cohort.start_date)
            .where(Cohort.programme_id == programme.id)
            .order_by(Cohort.start_date, Cohort.name)
        ).all()
        if not cohorts:
            yield [*base, None, None]
        for name, start in cohorts:
            yield [*base, name, start]


def _trainee_rows(session: Session, ids: Sequence[int] | None) -> Iterator[list[Any]]:
    places = _municipalities(session)
    cohorts = {
        cid: (name, programme)
        for cid, name, programme in session.execute(
            select(Cohort.id, Cohort.name, Programme.name).join(
                Programme, Programme.id == Cohort.programme_id
            )
        )
    }
    coaches = dict(session.execute(select(Coach.id, Coach.name)).all())
    themes = _by_owner(
        session,
        select(trainee_theme.c.trainee_id, Theme.name).join(
            Theme, Theme.id == trainee_theme.c.theme_id
        ),
    )
    t = Trainee.__table__
    statement = _only(
        ids,
        t.c.id,
        select(
            t.c.id,
            t.c.given_name,
            t.c.prefix,
            t.c.surname,
            t.c.email,
            t.c.phone,
            t.c.education_level,
            t.c.field_of_study,
            t.c.home_municipality_id,
            t.c.cohort_id,
            t.c.coach_id,
            t.c.status,
            t.c.contract_start,
            t.c.contract_end,
            t.c.notes,
        ),
    ).order_by(t.c.sort_name, t.c.id)
    rows = []
    for r in session.execute(statement):
        cohort = cohorts.get(r.cohort_id) if r.cohort_id else None
        rows.append(
            (
                r.id,
                [
                    r.id,
                    r.given_name or None,
                    r.prefix or None,
                    r.surname,
                    r.email,
                    r.phone,
                    label(r.education_level),
                    r.field_of_study,
                    places.get(r.home_municipality_id),
                    cohort[1] if cohort else None,
                    cohort[0] if cohort else None,
                    coaches.get(r.coach_id),
                    label(r.status),
                    r.contract_start,
                    r.contract_end,
                    _joined(themes.get(r.id, [])),
                    r.notes or None,
                ],
            )
        )
    return _reorder(rows, ids)


def _organisation_rows(session: Session, ids: Sequence[int] | None) -> Iterator[list[Any]]:
    places = _municipalities(session)
    contacts: dict[int, list[ContactPerson]] = defaultdict(list)
    for person in session.scalars(
        select(ContactPerson).order_by(ContactPerson.name, ContactPerson.id)
    ):
        contacts[person.organisation_id].append(person)
    statement = _only(ids, Organisation.id, select(Organisation)).order_by(
        func.lower(Organisation.name)
    )
    rows = []
    for org in session.scalars(statement):
        base = [
            org.id,
            org.name,
            label(org.type),
            places.get(org.municipality_id or -1),
            org.address,
            org.website,
            org.notes or None,
        ]
        people = contacts.get(org.id) or [None]
        for person in people:
            if person is None:
                rows.append((org.id, [*base, None, None, None, None, None, None]))
            else:
                rows.append(
                    (
                        org.id,
                        [
                            *base,
                            person.id,
                            person.name,
                            person.role,
                            person.email,
                            person.phone,
                            person.is_supervisor,
                        ],
                    )
                )
    if ids is None:
        rows.sort(key=lambda item: fold(item[1][1]))
    return _reorder(rows, ids)


def _assignment_rows(session: Session, ids: Sequence[int] | None) -> Iterator[list[Any]]:
    places = _municipalities(session)
    orgs = dict(session.execute(select(Organisation.id, Organisation.name)).all())
    contacts = dict(session.execute(select(ContactPerson.id, ContactPerson.name)).all())
    levels: dict[int, set[LevelCategory]] = defaultdict(set)
    for owner, level in session.execute(
        select(AssignmentLevel.assignment_id, AssignmentLevel.level)
    ):
        levels[owner].add(level)
    programmes = _by_owner(
        session,
        select(assignment_programme.c.assignment_id, Programme.name).join(
            Programme, Programme.id == assignment_programme.c.programme_id
        ),
    )
    themes = _by_owner(
        session,
        select(assignment_theme.c.assignment_id, Theme.name).join(
            Theme, Theme.id == assignment_theme.c.theme_id
        ),
    )
    competences: dict[int, list[str]] = defaultdict(list)
    for owner, name, level in session.execute(
        select(
            AssignmentCompetence.assignment_id, Competence.name, AssignmentCompetence.level
        ).join(Competence, Competence.id == AssignmentCompetence.competence_id)
    ):
        competences[owner].append(f"{name} ({level})" if level else name)
    statement = _only(ids, Assignment.id, select(Assignment)).order_by(
        Assignment.start_date, Assignment.title, Assignment.id
    )
    rows = []
    for a in session.scalars(statement):
        rows.append(
            (
                a.id,
                [
                    a.id,
                    a.title,
                    orgs[a.organisation_id],
                    places.get(a.municipality_id or -1),
                    a.start_date,
                    a.end_date,
                    a.places,
                    float(a.hours_per_week),
                    label(a.status),
                    _levels(levels.get(a.id)),
                    _joined(programmes.get(a.id, [])),
                    _joined(themes.get(a.id, [])),
                    _joined(competences.get(a.id, [])),
                    contacts.get(a.supervisor_id or -1),
                    a.description or None,
                ],
            )
        )
    return _reorder(rows, ids)


def _placement_rows(session: Session, ids: Sequence[int] | None) -> Iterator[list[Any]]:
    statement = _only(
        ids,
        Placement.id,
        select(
            Placement.id,
            Trainee.given_name,
            Trainee.prefix,
            Trainee.surname,
            Trainee.email,
            Assignment.id,
            Assignment.title,
            Organisation.name,
            Placement.rotation,
            Placement.start_date,
            Placement.end_date,
            Placement.status,
            Placement.locked,
            Placement.notes,
        )
        .join(Trainee, Trainee.id == Placement.trainee_id)
        .join(Assignment, Assignment.id == Placement.assignment_id)
        .join(Organisation, Organisation.id == Assignment.organisation_id),
    ).order_by(Trainee.sort_name, Placement.start_date, Placement.id)
    rows = []
    for r in session.execute(statement):
        rows.append(
            (
                r[0],
                [
                    r[0],
                    full_name(r[1], r[2], r[3]),
                    r[4],
                    r[5],
                    r[6],
                    r[7],
                    r[8],
                    r[9],
                    r[10],
                    label(r[11]),
                    r[12],
                    r[13] or None,
                ],
            )
        )
    return _reorder(rows, ids)


def _session_rows(session: Session, ids: Sequence[int] | None) -> Iterator[list[Any]]:
    places = _municipalities(session)
    programmes = _by_owner(
        session,
        select(session_programme.c.session_id, Programme.name).join(
            Programme, Programme.id == session_programme.c.programme_id
        ),
    )
    cohorts = _by_owner(
        session,
        select(session_cohort.c.session_id, Cohort.name).join(
            Cohort, Cohort.id == session_cohort.c.cohort_id
        ),
    )
    themes = _by_owner(
        session,
        select(session_theme.c.session_id, Theme.name).join(
            Theme, Theme.id == session_theme.c.theme_id
        ),
    )
    statement = _only(ids, SessionRecord.id, select(SessionRecord)).order_by(
        SessionRecord.date, SessionRecord.start_time, SessionRecord.id
    )
    rows = []
    for s in session.scalars(statement):
        rows.append(
            (
                s.id,
                [
                    s.id,
                    s.title,
                    label(s.type),
                    s.date,
                    s.start_time,
                    s.end_time,
                    s.location,
                    places.get(s.municipality_id or -1),
                    s.facilitator,
                    s.capacity,
                    _joined(programmes.get(s.id, [])),
                    _joined(cohorts.get(s.id, [])),
                    _joined(themes.get(s.id, [])),
                    s.description or None,
                    s.outcome_notes or None,
                ],
            )
        )
    return _reorder(rows, ids)


def _attendance_rows(session: Session, ids: Sequence[int] | None) -> Iterator[list[Any]]:
    sessions = {
        s_id: (title, day)
        for s_id, title, day in session.execute(
            select(SessionRecord.id, SessionRecord.title, SessionRecord.date)
        )
    }
    trainees = {
        r[0]: (full_name(r[1], r[2], r[3]), r[4], label(r[5]))
        for r in session.execute(
            select(
                Trainee.id,
                Trainee.given_name,
                Trainee.prefix,
                Trainee.surname,
                Trainee.email,
                Trainee.education_level,
            )
        )
    }
    guests = {
        g[0]: (g[1], g[2], g[3], label(g[4]) if g[4] else None)
        for g in session.execute(
            select(
                GuestParticipant.id,
                GuestParticipant.name,
                GuestParticipant.email,
                GuestParticipant.organisation_name,
                GuestParticipant.education_level,
            )
        )
    }
    a = Attendance.__table__
    statement = _only(
        ids,
        a.c.id,
        select(
            a.c.id,
            a.c.session_id,
            a.c.trainee_id,
            a.c.guest_id,
            a.c.status,
            a.c.checked_in_at,
            a.c.note,
            a.c.feedback_score,
            a.c.feedback_comment,
        ).join(SessionRecord.__table__, SessionRecord.id == a.c.session_id),
    ).order_by(SessionRecord.date, SessionRecord.start_time, a.c.session_id, a.c.id)
    status_labels: dict[Any, str] = {}

    def generate() -> Iterator[list[Any]]:
        for r in session.execute(statement):
            title, day = sessions[r.session_id]
            if r.trainee_id is not None:
                name, email, level = trainees[r.trainee_id]
                kind, organisation = "trainee", None
            else:
                name, email, organisation, level = guests[r.guest_id]
                kind = "gast"
            status = status_labels.get(r.status)
            if status is None:
                status = status_labels[r.status] = label(r.status)
            yield [
                r.id,
                r.session_id,
                title,
                day,
                name,
                email,
                kind,
                organisation,
                level,
                status,
                r.checked_in_at,
                r.note or None,
                r.feedback_score,
                r.feedback_comment,
            ]

    if ids is None:
        return generate()
    return _reorder([(row[0], row) for row in generate()], ids)


_ROWS = {
    "programmes": _programme_rows,
    "trainees": _trainee_rows,
    "organisations": _organisation_rows,
    "assignments": _assignment_rows,
    "placements": _placement_rows,
    "sessions": _session_rows,
    "attendance": _attendance_rows,
}

_COUNTED = {
    "programmes": Programme, "trainees": Trainee, "organisations": Organisation,
    "assignments": Assignment, "placements": Placement, "sessions": SessionRecord,
    "attendance": Attendance,
}  # fmt: skip


def export_kind(
    context: AppContext,
    kind: str,
    path: Path | str,
    *,
    ids: Sequence[int] | None = None,
    progress: Progress = NO_PROGRESS,
) -> dict[str, int]:
    """Write ``kind`` (or ``all``: a sheet per kind) to ``path``; returns rows per sheet.

    A cancel or an error leaves no file behind.
    """
    if kind != "all" and kind not in CLI_KINDS:
        raise SpreadsheetError(f"Onbekende soort '{kind}'; kies uit {', '.join(CLI_KINDS)} of all.")
    kinds = KINDS if kind == "all" else (kind,)
    written: dict[str, int] = {}
    with context.read_session() as session, TableWorkbook(path) as book:
        for name in kinds:
            total = (
                None
                if ids is not None
                else session.scalar(select(func.count()).select_from(_COUNTED[name]))
            )
            progress.report(0, total, f"{SPECS[name].sheet} exporteren…")
            written[SPECS[name].sheet] = book.add_table(
                SPECS[name].sheet,
                headers(name),
                rows_for(session, name, ids),
                total=total,
                progress=progress,
            )
    return written


def today_stamp(day: dt.date | None = None) -> str:
    return (day or dt.date.today()).strftime("%Y-%m-%d")
