"""Counts per entity, for `stats` and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.models import (
    ActionPoint,
    Assignment,
    Attendance,
    Cohort,
    GuestParticipant,
    Municipality,
    Organisation,
    Placement,
    Programme,
    Trainee,
)
from coordinator_app.models import (
    Session as SessionRecord,
)

COUNTED = {
    "programmes": Programme,
    "cohorts": Cohort,
    "trainees": Trainee,
    "organisations": Organisation,
    "assignments": Assignment,
    "placements": Placement,
    "sessions": SessionRecord,
    "attendances": Attendance,
    "guests": GuestParticipant,
    "action_points": ActionPoint,
    "municipalities": Municipality,
}


def entity_counts(session: Session) -> dict[str, int]:
    """The number of records of each kind, keyed as in ``stats --json``."""
    return {
        key: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for key, model in COUNTED.items()
    }
