"""Personal check-in codes: short, unambiguous, unique among trainees and guests.

The one generator used wherever a person gets a code (new trainee, new guest, after
anonymising). Letters and digits that look alike (0/O, 1/I) are left out so a code
read from a badge can be typed at the door. The bulk import draws its codes from a
set it keeps in memory instead of asking the database per row.
"""

from __future__ import annotations

import secrets

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.models import GuestParticipant, Trainee

CHECKIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
TRAINEE_PREFIX = "T"
GUEST_PREFIX = "G"


def new_checkin_code(db: Session, prefix: str, length: int = 7) -> str:
    """A code ``prefix`` + ``length`` characters, not used by anyone (compared without case)."""
    while True:
        code = prefix + "".join(secrets.choice(CHECKIN_ALPHABET) for _ in range(length))
        taken = db.scalar(
            select(func.count())
            .select_from(Trainee)
            .where(func.upper(Trainee.checkin_code) == code)
        ) or db.scalar(
            select(func.count())
            .select_from(GuestParticipant)
            .where(func.upper(GuestParticipant.checkin_code) == code)
        )
        if not taken:
            return code
