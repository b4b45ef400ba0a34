"""Privacy (AVG): what we hold about a person, anonymising, erasing, and retention.

Erasure really erases: SQLite runs with ``secure_delete`` on (freed pages are
overwritten), the person's change history is removed in the same transaction, and
:func:`purge_freed_data` checkpoints and truncates the WAL afterwards so no old page
image with the name survives in ``-wal``.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from coordinator_app.models import (
    Attendance,
    Evaluation,
    GuestParticipant,
    Placement,
    Preference,
    Trainee,
    TraineeStatus,
)
from coordinator_app.services.audit import _plain, erase_history, history
from coordinator_app.services.dutch import add_months

ANONYMOUS_GIVEN_NAME = "Geanonimiseerd"
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _fresh_code() -> str:
    return "X" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(9))


@dataclass
class PersonData:
    """Everything stored about one trainee, as sections of plain rows (inzageverzoek)."""

    name: str
    sections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _row(obj: Any, *columns: str) -> dict[str, Any]:
    return {column: _plain(getattr(obj, column)) for column in columns}


def trainee_data(session: Session, trainee_id: int) -> PersonData:
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        raise LookupError(trainee_id)
    data = PersonData(trainee.full_name)
    data.sections["Persoonsgegevens"] = [
        {
            **_row(
                trainee,
                "given_name",
                "prefix",
                "surname",
                "email",
                "phone",
                "education_level",
                "field_of_study",
                "status",
                "contract_start",
                "contract_end",
                "checkin_code",
                "notes",
            ),
            "home_municipality": trainee.home_municipality.name
            if trainee.home_municipality
            else None,
            "cohort": trainee.cohort.name if trainee.cohort else None,
            "coach": trainee.coach.name if trainee.coach else None,
            "competences": ", ".join(c.competence.name for c in trainee.competences),
            "themes": ", ".join(t.name for t in trainee.themes),
        }
    ]
    data.sections["Voorkeuren"] = [
        {"rank": p.rank, "assignment_id": p.assignment_id} for p in trainee.preferences
    ]
    placements = session.scalars(
        select(Placement).where(Placement.trainee_id == trainee_id).order_by(Placement.start_date)
    ).all()
    data.sections["Plaatsingen"] = [
        {
            **_row(p, "rotation", "start_date", "end_date", "status", "notes"),
            "assignment": p.assignment.title,
            "organisation": p.assignment.organisation.name,
        }
        for p in placements
    ]
    data.sections["Evaluaties"] = [
        {**_row(e, "moment", "author", "score", "text", "written_on"), "placement_id": p.id}
        for p in placements
        for e in p.evaluations
    ]
    attendances = session.scalars(
        select(Attendance).where(Attendance.trainee_id == trainee_id)
    ).all()
    data.sections["Aanwezigheid"] = [
        {
            "session": a.session.title,
            "date": _plain(a.session.date),
            **_row(a, "status", "checked_in_at", "note", "feedback_score", "feedback_comment"),
        }
        for a in attendances
    ]
    data.sections["Wijzigingsgeschiedenis"] = [
        {"at": _plain(h.at), "user": h.user_name, "action": h.action, "changes": str(h.changes)}
        for h in history(session, "trainee", trainee_id)
    ]
    return data


def _personal_records(session: Session, trainee_id: int) -> list[tuple[str, int]]:
    """The records whose history may carry this person's data."""
    records = [("trainee", trainee_id)]
    placement_ids = list(
        session.scalars(select(Placement.id).where(Placement.trainee_id == trainee_id))
    )
    records += [("placement", pid) for pid in placement_ids]
    if placement_ids:
        records += [
            ("evaluation", eid)
            for eid in session.scalars(
                select(Evaluation.id).where(Evaluation.placement_id.in_(placement_ids))
            )
        ]
    records += [
        ("attendance", aid)
        for aid in session.scalars(select(Attendance.id).where(Attendance.trainee_id == trainee_id))
    ]
    return records


def describe_erasure(session: Session, trainee_id: int) -> dict[str, int]:
    """What deleting this trainee takes along, for the confirmation."""
    return {
        "placements": session.scalar(
            select(func.count()).select_from(Placement).where(Placement.trainee_id == trainee_id)
        )
        or 0,
        "attendances": session.scalar(
            select(func.count()).select_from(Attendance).where(Attendance.trainee_id == trainee_id)
        )
        or 0,
        "preferences": session.scalar(
            select(func.count()).select_from(Preference).where(Preference.trainee_id == trainee_id)
        )
        or 0,
    }


def anonymise_trainee(session: Session, trainee_id: int) -> None:
    """Remove what identifies the person; keep level, cohort, placements and attendance
    (so the statistics stay right)."""
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        raise LookupError(trainee_id)
    trainee.given_name = ANONYMOUS_GIVEN_NAME
    trainee.prefix = ""
    trainee.surname = f"#{trainee_id}"
    trainee.email = f"geanonimiseerd-{trainee_id}@invalid"
    trainee.phone = None
    trainee.field_of_study = None
    trainee.home_municipality_id = None
    trainee.notes = ""
    trainee.checkin_code = _fresh_code()
    trainee.competences.clear()
    trainee.themes.clear()
    trainee.preferences.clear()
    for placement in session.scalars(select(Placement).where(Placement.trainee_id == trainee_id)):
        placement.notes = ""
        for evaluation in placement.evaluations:
            evaluation.text = ""
    for attendance in session.scalars(
        select(Attendance).where(Attendance.trainee_id == trainee_id)
    ):
        attendance.note = ""
        attendance.feedback_comment = None
    session.flush()
    erase_history(session, _personal_records(session, trainee_id))


def delete_trainee(session: Session, trainee_id: int) -> None:
    """Delete the person with everything that belongs to them, history included."""
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        raise LookupError(trainee_id)
    records = _personal_records(session, trainee_id)
    session.delete(trainee)
    session.flush()
    erase_history(session, records)


def anonymise_guest(session: Session, guest_id: int) -> None:
    guest = session.get(GuestParticipant, guest_id)
    if guest is None:
        raise LookupError(guest_id)
    guest.name = f"{ANONYMOUS_GIVEN_NAME} #{guest_id}"
    guest.email = None
    guest.organisation_name = None
    guest.checkin_code = _fresh_code()
    for attendance in session.scalars(select(Attendance).where(Attendance.guest_id == guest_id)):
        attendance.note = ""
        attendance.feedback_comment = None
    session.flush()
    attendance_ids = session.scalars(select(Attendance.id).where(Attendance.guest_id == guest_id))
    erase_history(
        session, [("guest_participant", guest_id), *(("attendance", a) for a in attendance_ids)]
    )


def purge_freed_data(engine: Engine) -> None:
    """After an erasure: fold the WAL into the database and truncate it (SQLite)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@dataclass(frozen=True)
class RetentionItem:
    trainee_id: int
    name: str
    ended_on: dt.date


def due_for_retention(session: Session, today: dt.date, months: int) -> list[RetentionItem]:
    """Trainees whose programme ended longer than ``months`` ago and who are not yet
    anonymised: the end is the contract end, else the end of their last placement."""
    cutoff = add_months(today, -months)
    last_placement = (
        select(Placement.trainee_id, func.max(Placement.end_date).label("last_end"))
        .group_by(Placement.trainee_id)
        .subquery()
    )
    ended = func.coalesce(Trainee.contract_end, last_placement.c.last_end)
    rows = session.execute(
        select(Trainee, ended)
        .outerjoin(last_placement, last_placement.c.trainee_id == Trainee.id)
        .where(
            Trainee.status.in_([TraineeStatus.FINISHED, TraineeStatus.LEFT]),
            Trainee.given_name != ANONYMOUS_GIVEN_NAME,
            or_(ended.is_(None), ended < cutoff),
        )
        .order_by(Trainee.sort_name)
    ).all()
    return [
        RetentionItem(t.id, t.full_name, end)
        for t, end in rows
        if end is not None  # without any end date we cannot tell; never erase on a guess
    ]
