"""Privacy (AVG): what we hold about a person, anonymising, erasing, and retention.

Erasure really erases: SQLite runs with ``secure_delete`` on (freed pages are
overwritten), the person's change history is removed in the same transaction, and
:func:`purge_freed_data` checkpoints and truncates the WAL afterwards so no old page
image with the name survives in ``-wal``.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    Assignment,
    Attendance,
    Evaluation,
    GuestParticipant,
    Placement,
    Preference,
    Trainee,
    TraineeStatus,
)
from coordinator_app.services.audit import HistoryItem, erase_history, history
from coordinator_app.services.codes import new_checkin_code
from coordinator_app.services.dutch import add_months, short_date
from coordinator_app.services.labels import label

ANONYMOUS_GIVEN_NAME = "Geanonimiseerd"


def _fresh_code(session: Session) -> str:
    """A new, unused code: the old one may be printed on badges that are still around."""
    return new_checkin_code(session, "X", length=9)


class PersonNotFound(CoordinatorError):
    """No trainee with the e-mail address or id that was asked for."""


def find_trainee(session: Session, email: str) -> int:
    """The id of the trainee with this e-mail address (case and spaces do not matter)."""
    wanted = email.strip().lower()
    found = session.scalar(select(Trainee.id).where(func.lower(Trainee.email) == wanted))
    if found is None:
        raise PersonNotFound(f"Er is geen trainee met e-mailadres '{email.strip()}'.")
    return found


@dataclass
class PersonData:
    """Everything stored about one trainee, as sections of rows (inzageverzoek).

    The values are kept as stored (dates, enum members, numbers), so that an export
    can write real dates; :func:`readable_sections` gives them Dutch headings.
    """

    name: str
    sections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    made_on: dt.date | None = None
    email: str = ""


def _row(obj: Any, *columns: str) -> dict[str, Any]:
    return {column: getattr(obj, column) for column in columns}


def trainee_data(session: Session, trainee_id: int, today: dt.date | None = None) -> PersonData:
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        raise PersonNotFound(f"Deze trainee bestaat niet (meer) (nummer {trainee_id}).")
    data = PersonData(trainee.full_name, made_on=today, email=trainee.email)
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
            "competences": ", ".join(
                f"{c.competence.name} (niveau {c.level})" if c.level else c.competence.name
                for c in trainee.competences
            ),
            "themes": ", ".join(t.name for t in trainee.themes),
            "created_at": trainee.created_at,
            "updated_at": trainee.updated_at,
        }
    ]
    titles = dict(
        session.execute(
            select(Assignment.id, Assignment.title).where(
                Assignment.id.in_([p.assignment_id for p in trainee.preferences])
            )
        ).all()
    )
    data.sections["Voorkeuren"] = [
        {
            "rank": p.rank,
            "assignment": titles.get(p.assignment_id),
            "assignment_id": p.assignment_id,
        }
        for p in trainee.preferences
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
            "date": a.session.date,
            **_row(a, "status", "checked_in_at", "note", "feedback_score", "feedback_comment"),
        }
        for a in sorted(attendances, key=lambda a: (a.session.date, a.session.id))
    ]
    changes: list[tuple[str, int, HistoryItem]] = [
        (entity, record_id, item)
        for entity, record_id in _personal_records(session, trainee_id)
        for item in history(session, entity, record_id)
    ]
    changes.sort(key=lambda change: change[2].at, reverse=True)
    data.sections["Wijzigingsgeschiedenis"] = [
        {
            "at": item.at,
            "user": item.user_name,
            "action": item.action,
            "record": f"{RECORD_KINDS.get(entity, entity)} {record_id}",
            "changes": describe_changes(item),
        }
        for entity, record_id, item in changes
    ]
    return data


RECORD_KINDS = {
    "trainee": "trainee",
    "placement": "plaatsing",
    "evaluation": "evaluatie",
    "attendance": "aanwezigheid",
}
ACTIONS = {"create": "aangemaakt", "update": "gewijzigd", "delete": "verwijderd"}


def describe_changes(item: HistoryItem) -> str:
    """One line per field: ``veld: voor → na`` (a new record: ``veld: waarde``)."""
    lines = []
    for key, (before, after) in sorted(item.changes.items()):
        name = COLUMN_LABELS.get(key, key)
        if item.action == "create":
            lines.append(f"{name}: {_shown(after)}")
        elif item.action == "delete":
            lines.append(f"{name}: {_shown(before)}")
        else:
            lines.append(f"{name}: {_shown(before)} → {_shown(after)}")
    return "\n".join(lines)


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str) and _ISO_DAY.match(value):
        return short_date(dt.date.fromisoformat(value))
    if isinstance(value, str) and _ISO_MOMENT.match(value):
        moment = dt.datetime.fromisoformat(value)
        return f"{short_date(moment.date())} {moment:%H:%M}"
    return str(value)


# Dutch headings of the fields in PersonData (the rows' keys are the column names).
COLUMN_LABELS = {
    "id": "nummer",
    "given_name": "Voornaam",
    "prefix": "Tussenvoegsel",
    "surname": "Achternaam",
    "email": "E-mail",
    "phone": "Telefoon",
    "education_level": "Opleidingsniveau",
    "field_of_study": "Opleiding",
    "status": "Status",
    "contract_start": "Contract vanaf",
    "contract_end": "Contract tot en met",
    "checkin_code": "Aanmeldcode",
    "notes": "Notities",
    "home_municipality": "Woongemeente",
    "home_municipality_id": "Woongemeente (nummer)",
    "cohort": "Lichting",
    "cohort_id": "Lichting (nummer)",
    "coach": "Coach",
    "coach_id": "Coach (nummer)",
    "competences": "Competenties",
    "themes": "Thema-interesses",
    "created_at": "Aangemaakt op",
    "updated_at": "Laatst gewijzigd op",
    "rank": "Voorkeur",
    "assignment": "Opdracht",
    "assignment_id": "Opdracht (nummer)",
    "organisation": "Organisatie",
    "rotation": "Rotatie",
    "start_date": "Begin",
    "end_date": "Einde",
    "moment": "Moment",
    "author": "Geschreven door",
    "score": "Cijfer",
    "text": "Tekst",
    "written_on": "Geschreven op",
    "placement_id": "Plaatsing (nummer)",
    "session": "Bijeenkomst",
    "session_id": "Bijeenkomst (nummer)",
    "date": "Datum",
    "checked_in_at": "Aangemeld om",
    "note": "Notitie",
    "feedback_score": "Waardering",
    "feedback_comment": "Opmerking bij de waardering",
    "at": "Wanneer (UTC)",
    "user": "Door",
    "action": "Wat",
    "record": "Record",
    "changes": "Velden",
    "trainee_id": "Trainee (nummer)",
    "guest_id": "Gast (nummer)",
    "locked": "Vastgezet",
    "version": "Versie",
}


@dataclass(frozen=True)
class PersonSection:
    """One section of an inzage, ready to print or write: Dutch headings, shown values."""

    title: str
    headers: list[str]
    rows: list[list[Any]]


def readable(value: Any, key: str = "") -> Any:
    """A stored value as a reader should see it; dates stay dates (a sheet formats them)."""
    if isinstance(value, enum.Enum):
        return label(value, "nl")
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if key == "action" and isinstance(value, str):
        return ACTIONS.get(value, value)
    return value


def readable_sections(data: PersonData) -> list[PersonSection]:
    """The sections of ``data`` with Dutch column headings; empty sections included."""
    sections = []
    for title, rows in data.sections.items():
        keys: list[str] = list(dict.fromkeys(k for row in rows for k in row))
        sections.append(
            PersonSection(
                title,
                [COLUMN_LABELS.get(k, k) for k in keys],
                [[readable(row.get(k), k) for k in keys] for row in rows],
            )
        )
    return sections


def shown_value(value: Any) -> str:
    """A readable value as text (for a PDF or a terminal): Dutch dates, "—" for nothing."""
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.datetime):
        return f"{short_date(value.date())} {value:%H:%M}"
    if isinstance(value, dt.date):
        return short_date(value)
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


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
        raise PersonNotFound(f"Deze trainee bestaat niet (meer) (nummer {trainee_id}).")
    trainee.given_name = ANONYMOUS_GIVEN_NAME
    trainee.prefix = ""
    trainee.surname = f"#{trainee_id}"
    trainee.email = f"geanonimiseerd-{trainee_id}@invalid"
    trainee.phone = None
    trainee.field_of_study = None
    trainee.home_municipality_id = None
    trainee.notes = ""
    trainee.checkin_code = _fresh_code(session)
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
        raise PersonNotFound(f"Deze trainee bestaat niet (meer) (nummer {trainee_id}).")
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
    guest.checkin_code = _fresh_code(session)
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


def anonymise_due(session: Session, today: dt.date, months: int) -> list[RetentionItem]:
    """Anonymise everyone past the retention period; returns who was anonymised."""
    due = due_for_retention(session, today, months)
    for item in due:
        anonymise_trainee(session, item.trainee_id)
    return due


def is_anonymised(session: Session, trainee_id: int) -> bool:
    return session.scalar(select(Trainee.given_name).where(Trainee.id == trainee_id)) == (
        ANONYMOUS_GIVEN_NAME
    )
