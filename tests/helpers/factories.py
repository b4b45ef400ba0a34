"""Small builders for test data: each returns a flushed ORM object with sane defaults."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.models import (
    Assignment,
    AssignmentStatus,
    Cohort,
    EducationLevel,
    LevelCategory,
    Municipality,
    Organisation,
    OrganisationType,
    Placement,
    PlacementStatus,
    Programme,
    Trainee,
)

_counter = itertools.count(1)


def municipality(session: Session, name: str) -> Municipality:
    return session.scalars(select(Municipality).where(Municipality.name == name)).one()


def programme(session: Session, name: str | None = None, **kwargs: object) -> Programme:
    record = Programme(name=name or f"Programma {next(_counter)}", **kwargs)
    session.add(record)
    session.flush()
    return record


def cohort(
    session: Session,
    prog: Programme | None = None,
    name: str | None = None,
    start: dt.date = dt.date(2025, 9, 1),
) -> Cohort:
    record = Cohort(
        programme=prog or programme(session),
        name=name or f"Lichting {next(_counter)}",
        start_date=start,
    )
    session.add(record)
    session.flush()
    return record


def trainee(
    session: Session,
    given: str = "Jan",
    surname: str | None = None,
    prefix: str = "",
    level: EducationLevel = EducationLevel.HBO,
    coh: Cohort | None = None,
    **kwargs: object,
) -> Trainee:
    n = next(_counter)
    record = Trainee(
        given_name=given,
        prefix=prefix,
        surname=surname or f"Jansen{n}",
        email=kwargs.pop("email", None) or f"trainee{n}@example.nl",
        education_level=level,
        cohort=coh,
        checkin_code=f"T{n:07d}",
        **kwargs,
    )
    session.add(record)
    session.flush()
    return record


def organisation(session: Session, name: str | None = None, **kwargs: object) -> Organisation:
    record = Organisation(
        name=name or f"Organisatie {next(_counter)}",
        type=kwargs.pop("type", OrganisationType.MUNICIPALITY),
        **kwargs,
    )
    session.add(record)
    session.flush()
    return record


def assignment(
    session: Session,
    org: Organisation | None = None,
    title: str | None = None,
    start: dt.date = dt.date(2025, 9, 1),
    end: dt.date = dt.date(2027, 8, 31),
    places: int = 1,
    levels: set[LevelCategory] | None = None,
    **kwargs: object,
) -> Assignment:
    record = Assignment(
        title=title or f"Opdracht {next(_counter)}",
        organisation=org or organisation(session),
        start_date=start,
        end_date=end,
        places=places,
        status=kwargs.pop("status", AssignmentStatus.OPEN),
        **kwargs,
    )
    if levels:
        record.accepted_levels = levels
    session.add(record)
    session.flush()
    return record


def placement(
    session: Session,
    who: Trainee,
    what: Assignment,
    start: dt.date,
    end: dt.date,
    rotation: int = 1,
    status: PlacementStatus = PlacementStatus.CONFIRMED,
) -> Placement:
    record = Placement(
        trainee=who,
        assignment=what,
        start_date=start,
        end_date=end,
        rotation=rotation,
        status=status,
    )
    session.add(record)
    session.flush()
    return record
