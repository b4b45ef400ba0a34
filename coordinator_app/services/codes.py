"""Personal check-in codes: short, unambiguous, unique among trainees and guests.

The one generator used wherever a person gets a code (new trainee, new guest, after
anonymising). Letters and digits that look alike (0/O, 1/I) are left out so a code
read from a badge can be typed at the door. The bulk import draws all its codes at
once (:func:`new_checkin_codes`) and checks them against the codes in use in memory
instead of asking the database per row.
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


# Every byte picks one of the 32 characters: 256 is a multiple of 32, so each is
# equally likely.
_BYTE_TO_CHAR = bytes(ord(CHECKIN_ALPHABET[b % len(CHECKIN_ALPHABET)]) for b in range(256))


def _codes_in_use(db: Session) -> set[str]:
    trainees = db.scalars(select(func.upper(Trainee.checkin_code)))
    guests = db.scalars(select(func.upper(GuestParticipant.checkin_code)))
    return {*trainees, *guests}


def new_checkin_codes(db: Session, prefix: str, count: int, length: int = 7) -> list[str]:
    """``count`` different codes as :func:`new_checkin_code` makes them, drawn at once.

    One read of the codes in use and one draw of random bytes for all of them: an
    import of 20,000 trainees would otherwise ask the database 40,000 times.
    """
    if count <= 0:
        return []
    return CodeDrawer(db).draw_many(prefix, count, length)


class CodeDrawer:
    """Codes drawn one at a time against the codes in use, read once: for a bulk write
    that makes people one by one (guests in an attendance import)."""

    def __init__(self, db: Session) -> None:
        self._taken = _codes_in_use(db)

    def draw(self, prefix: str, length: int = 7) -> str:
        """A code as :func:`new_checkin_code` makes it, not in use and not drawn before."""
        while True:
            drawn = secrets.token_bytes(length).translate(_BYTE_TO_CHAR).decode("ascii")
            code = prefix + drawn
            if code.upper() not in self._taken:
                self._taken.add(code.upper())
                return code

    def draw_many(self, prefix: str, count: int, length: int = 7) -> list[str]:
        """``count`` codes as :meth:`draw` makes them, from one draw of random bytes."""
        taken = self._taken
        codes: list[str] = []
        while len(codes) < count:
            wanted = count - len(codes)
            drawn = secrets.token_bytes(wanted * length).translate(_BYTE_TO_CHAR).decode("ascii")
            batch = [prefix + drawn[at : at + length] for at in range(0, len(drawn), length)]
            keys = batch if prefix.isupper() else [code.upper() for code in batch]
            fresh = set(keys)
            if len(fresh) == len(keys) and fresh.isdisjoint(taken):  # nearly always
                taken |= fresh
                codes += batch
                continue
            for code, key in zip(batch, keys, strict=True):
                if key not in taken:
                    taken.add(key)
                    codes.append(code)
        return codes
