"""Builders for sessions, guests and attendance rows (next to tests/helpers/factories.py)."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy.orm import Session as DbSession

from coordinator_app.models import (
    Attendance,
    AttendanceStatus,
    EducationLevel,
    GuestParticipant,
    Session,
    SessionType,
    Trainee,
)
from coordinator_app.services.sessions import SessionData

_counter = itertools.count(1)


def session_data(
    title: str = "Trainingsdag",
    day: dt.date = dt.date(2025, 9, 5),
    start: dt.time = dt.time(9, 30),
    end: dt.time = dt.time(16, 0),
    type: SessionType = SessionType.TRAINING,
    **kwargs: object,
) -> SessionData:
    return SessionData(type=type, title=title, date=day, start_time=start, end_time=end, **kwargs)  # type: ignore[arg-type]


def meeting(
    db: DbSession,
    day: dt.date = dt.date(2025, 9, 5),
    title: str | None = None,
    type: SessionType = SessionType.TRAINING,
    start: dt.time = dt.time(9, 30),
    end: dt.time = dt.time(12, 0),
    **kwargs: object,
) -> Session:
    record = Session(
        type=type,
        title=title or f"Bijeenkomst {next(_counter)}",
        date=day,
        start_time=start,
        end_time=end,
        **kwargs,
    )
    db.add(record)
    db.flush()
    return record


def guest(
    db: DbSession,
    name: str = "Fatima El Amrani",
    level: EducationLevel | None = EducationLevel.MBO3,
    organisation: str | None = "Gemeente Oldambt",
) -> GuestParticipant:
    n = next(_counter)
    record = GuestParticipant(
        name=name, education_level=level, organisation_name=organisation, checkin_code=f"G{n:07d}"
    )
    db.add(record)
    db.flush()
    return record


def attend(
    db: DbSession,
    where: Session,
    who: Trainee | GuestParticipant,
    status: AttendanceStatus = AttendanceStatus.INVITED,
    **kwargs: object,
) -> Attendance:
    if isinstance(who, Trainee):
        row = Attendance(session=where, trainee=who, status=status, **kwargs)
    else:
        row = Attendance(session=where, guest=who, status=status, **kwargs)
    db.add(row)
    db.flush()
    return row
