"""Who came: attendance status, notes, check-in at the door, walk-ins and feedback.

Check-in
    At the door people scan or type their personal check-in code (trainees and
    guests each have one) or pick their name. That marks them *aanwezig* with the
    time of check-in (local wall-clock time, as the people in the room read it).
    A code nobody has changes nothing and says so in Dutch; a second scan changes
    nothing and says when the first one was. A known code of someone not on the
    list adds that person as a walk-in (inloper) and checks them in at once.

Status changes
    Every change returns :class:`AttendanceState` snapshots of the rows as they were,
    so an undo command can put them back exactly. Leaving *aanwezig* clears the
    check-in time and the feedback, because both only make sense for someone who
    was there (the snapshot keeps them for an undo).

Feedback (a score 1-5 and a comment) is accepted only from people marked present.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    Attendance,
    AttendanceStatus,
    Cohort,
    EducationLevel,
    GuestParticipant,
    LevelCategory,
    Session,
    Trainee,
)
from coordinator_app.services.sessions import (
    GuestData,
    SessionNotFound,
    create_guest,
    guest_sort_key,
)
from coordinator_app.text import fold


class AttendanceError(CoordinatorError):
    """A change to attendance that is not allowed (with a Dutch message)."""


class CheckInOutcome(enum.StrEnum):
    CHECKED_IN = "checked_in"  # on the list, now present
    WALK_IN = "walk_in"  # not on the list: added and present
    ALREADY = "already"  # was already present: nothing changed
    UNKNOWN = "unknown"  # nobody has this code: nothing changed


@dataclass(frozen=True)
class CheckInResult:
    """What a check-in did; the check-in window puts it into words."""

    outcome: CheckInOutcome
    attendance_id: int | None = None
    name: str = ""
    checked_in_at: dt.datetime | None = None
    code: str = ""  # the code as compared, for an unknown one

    @property
    def ok(self) -> bool:
        """True when the person is (now) present; False for an unknown code."""
        return self.outcome is not CheckInOutcome.UNKNOWN

    @property
    def changed(self) -> bool:
        return self.outcome in (CheckInOutcome.CHECKED_IN, CheckInOutcome.WALK_IN)


@dataclass(frozen=True)
class AttendanceState:
    """Everything a status change may touch on one row, to undo it exactly."""

    attendance_id: int
    status: AttendanceStatus
    checked_in_at: dt.datetime | None
    feedback_score: int | None
    feedback_comment: str | None
    note: str


@dataclass(frozen=True)
class AttendanceRow:
    """One line of a session's attendance list, ready for a table."""

    id: int
    kind: str  # "trainee" or "guest"
    person_id: int
    name: str
    sort_key: str
    level: EducationLevel | None
    detail: str  # the trainee's cohort or the guest's organisation
    status: AttendanceStatus
    checked_in_at: dt.datetime | None
    note: str
    feedback_score: int | None
    feedback_comment: str | None
    code: str

    @property
    def level_category(self) -> LevelCategory | None:
        return self.level.category if self.level is not None else None


def _row(db: DbSession, attendance_id: int) -> Attendance:
    row = db.get(Attendance, attendance_id)
    if row is None:
        raise AttendanceError(
            f"De aanwezigheidsregel met nummer {attendance_id} bestaat niet (meer)."
        )
    return row


def _session(db: DbSession, session_id: int) -> Session:
    record = db.get(Session, session_id)
    if record is None:
        raise SessionNotFound(session_id)
    return record


def participant_name(row: Attendance) -> str:
    if row.trainee is not None:
        return row.trainee.full_name
    return row.guest.name if row.guest is not None else ""


def state_of(row: Attendance) -> AttendanceState:
    return AttendanceState(
        row.id, row.status, row.checked_in_at, row.feedback_score, row.feedback_comment, row.note
    )


# -- reading ------------------------------------------------------------------------------


def session_attendance(db: DbSession, session_id: int) -> list[AttendanceRow]:
    """Everyone on the session's list, sorted as a Dutch reader expects (surname first)."""
    _session(db, session_id)
    rows = db.scalars(
        select(Attendance)
        .where(Attendance.session_id == session_id)
        .options(
            selectinload(Attendance.trainee).selectinload(Trainee.cohort),
            selectinload(Attendance.guest),
        )
    ).all()
    result = []
    for row in rows:
        if row.trainee is not None:
            trainee = row.trainee
            result.append(
                AttendanceRow(
                    row.id,
                    "trainee",
                    trainee.id,
                    trainee.full_name,
                    trainee.sort_name,
                    trainee.education_level,
                    trainee.cohort.name if trainee.cohort is not None else "",
                    row.status,
                    row.checked_in_at,
                    row.note or "",
                    row.feedback_score,
                    row.feedback_comment,
                    trainee.checkin_code,
                )
            )
        elif row.guest is not None:
            guest = row.guest
            result.append(
                AttendanceRow(
                    row.id,
                    "guest",
                    guest.id,
                    guest.name,
                    guest_sort_key(guest.name),
                    guest.education_level,
                    guest.organisation_name or "",
                    row.status,
                    row.checked_in_at,
                    row.note or "",
                    row.feedback_score,
                    row.feedback_comment,
                    guest.checkin_code,
                )
            )
    return sorted(result, key=lambda r: (r.sort_key, r.id))


def status_counts(rows: Iterable[AttendanceRow]) -> dict[AttendanceStatus, int]:
    counts = dict.fromkeys(AttendanceStatus, 0)
    for row in rows:
        counts[row.status] += 1
    return counts


# -- status changes ---------------------------------------------------------------------


def _set(row: Attendance, status: AttendanceStatus, now: dt.datetime | None) -> None:
    if status is AttendanceStatus.PRESENT:
        if row.status is not AttendanceStatus.PRESENT and now is not None:
            row.checked_in_at = now
    else:
        row.checked_in_at = None
        row.feedback_score = None
        row.feedback_comment = None
    row.status = status


def set_status(
    db: DbSession,
    attendance_ids: Sequence[int],
    status: AttendanceStatus,
    now: dt.datetime | None = None,
) -> list[AttendanceState]:
    """Give all these rows ``status``; returns their states from before, for undo.

    ``now`` is stored as check-in time for rows that become present (leave it None
    when a coordinator fills in the list afterwards and the time is not known).
    """
    before = []
    for attendance_id in dict.fromkeys(attendance_ids):
        row = _row(db, attendance_id)
        before.append(state_of(row))
        _set(row, status, now)
    db.flush()
    return before


def restore_states(db: DbSession, states: Iterable[AttendanceState]) -> None:
    for state in states:
        row = _row(db, state.attendance_id)
        row.status = state.status
        row.checked_in_at = state.checked_in_at
        row.feedback_score = state.feedback_score
        row.feedback_comment = state.feedback_comment
        row.note = state.note
    db.flush()


def current_states(db: DbSession, attendance_ids: Iterable[int]) -> list[AttendanceState]:
    return [state_of(_row(db, attendance_id)) for attendance_id in attendance_ids]


def set_note(db: DbSession, attendance_id: int, note: str) -> AttendanceState:
    """Store a note on one row; returns the state from before."""
    row = _row(db, attendance_id)
    before = state_of(row)
    row.note = note.strip()
    db.flush()
    return before


def set_feedback(
    db: DbSession, attendance_id: int, score: int | None, comment: str | None
) -> AttendanceState:
    """Store feedback of someone who attended; refused for anyone else."""
    row = _row(db, attendance_id)
    comment = (comment or "").strip() or None
    if row.status is not AttendanceStatus.PRESENT and (score is not None or comment):
        raise AttendanceError(
            f"Alleen wie aanwezig was kan feedback geven; {participant_name(row)} staat als "
            f"'{row.status.value}' geregistreerd."
        )
    if score is not None and not 1 <= score <= 5:
        raise AttendanceError("Een feedbackcijfer ligt tussen 1 en 5.")
    before = state_of(row)
    row.feedback_score = score
    row.feedback_comment = comment
    db.flush()
    return before


# -- check-in -----------------------------------------------------------------------------


def normalise_code(code: str) -> str:
    """What a scanner or a person typed, as it is compared: no spaces, upper case."""
    return "".join(code.split()).upper()


def _check_in_row(row: Attendance, now: dt.datetime, *, walk_in: bool) -> CheckInResult:
    name = participant_name(row)
    if row.status is AttendanceStatus.PRESENT:
        return CheckInResult(CheckInOutcome.ALREADY, row.id, name, row.checked_in_at)
    row.status = AttendanceStatus.PRESENT
    row.checked_in_at = now
    outcome = CheckInOutcome.WALK_IN if walk_in else CheckInOutcome.CHECKED_IN
    return CheckInResult(outcome, row.id, name, now)


def _find_row(
    db: DbSession, session_id: int, *, trainee_id: int | None = None, guest_id: int | None = None
) -> Attendance | None:
    query = select(Attendance).where(Attendance.session_id == session_id)
    if trainee_id is not None:
        query = query.where(Attendance.trainee_id == trainee_id)
    else:
        query = query.where(Attendance.guest_id == guest_id)
    return db.scalar(query)


def check_in_by_code(db: DbSession, session_id: int, code: str, now: dt.datetime) -> CheckInResult:
    """Check in whoever owns ``code``; unknown codes change nothing."""
    _session(db, session_id)
    wanted = normalise_code(code)
    if not wanted:
        return CheckInResult(CheckInOutcome.UNKNOWN)
    trainee = db.scalar(select(Trainee).where(func.upper(Trainee.checkin_code) == wanted))
    guest = None
    if trainee is None:
        guest = db.scalar(
            select(GuestParticipant).where(func.upper(GuestParticipant.checkin_code) == wanted)
        )
    if trainee is None and guest is None:
        return CheckInResult(CheckInOutcome.UNKNOWN, code=wanted)
    if trainee is not None:
        row = _find_row(db, session_id, trainee_id=trainee.id)
        walk_in = row is None
        if row is None:
            row = Attendance(session_id=session_id, trainee=trainee)
            db.add(row)
    else:
        assert guest is not None
        row = _find_row(db, session_id, guest_id=guest.id)
        walk_in = row is None
        if row is None:
            row = Attendance(session_id=session_id, guest=guest)
            db.add(row)
    result = _check_in_row(row, now, walk_in=walk_in)
    db.flush()
    return replace_id(result, row.id)


def replace_id(result: CheckInResult, attendance_id: int) -> CheckInResult:
    """The result with the row id filled in (a new walk-in row has one only after flush)."""
    return replace(result, attendance_id=attendance_id)


def check_in_attendance(db: DbSession, attendance_id: int, now: dt.datetime) -> CheckInResult:
    """Check in someone picked by name from the session's list."""
    row = _row(db, attendance_id)
    result = _check_in_row(row, now, walk_in=False)
    db.flush()
    return result


def add_walk_in_trainee(
    db: DbSession, session_id: int, trainee_id: int, now: dt.datetime
) -> CheckInResult:
    """A trainee at the door who was not invited: add and check in (or just check in)."""
    _session(db, session_id)
    trainee = db.get(Trainee, trainee_id)
    if trainee is None:
        raise AttendanceError(f"De trainee met nummer {trainee_id} bestaat niet (meer).")
    row = _find_row(db, session_id, trainee_id=trainee_id)
    walk_in = row is None
    if row is None:
        row = Attendance(session_id=session_id, trainee=trainee)
        db.add(row)
    result = _check_in_row(row, now, walk_in=walk_in)
    db.flush()
    return replace_id(result, row.id)


def add_walk_in_guest(
    db: DbSession,
    session_id: int,
    now: dt.datetime,
    *,
    guest_id: int | None = None,
    new_guest: GuestData | None = None,
) -> CheckInResult:
    """A guest at the door: an existing guest (``guest_id``) or a new one (``new_guest``)."""
    _session(db, session_id)
    if guest_id is None:
        if new_guest is None:
            raise AttendanceError("Kies een bestaande gast of vul de gegevens van een nieuwe in.")
        guest_id = create_guest(db, new_guest)
    guest = db.get(GuestParticipant, guest_id)
    if guest is None:
        raise AttendanceError(f"De gast met nummer {guest_id} bestaat niet (meer).")
    row = _find_row(db, session_id, guest_id=guest_id)
    walk_in = row is None
    if row is None:
        row = Attendance(session_id=session_id, guest=guest)
        db.add(row)
    result = _check_in_row(row, now, walk_in=walk_in)
    db.flush()
    return replace_id(result, row.id)


@dataclass(frozen=True)
class CheckInCandidate:
    """A name offered by the type-ahead search at the door."""

    kind: str  # "attendance" (on the list), "trainee" or "guest" (would be a walk-in)
    id: int  # attendance id, trainee id or guest id
    name: str
    detail: str
    present: bool


def checkin_candidates(
    db: DbSession, session_id: int, text: str, *, limit: int = 12
) -> list[CheckInCandidate]:
    """People whose name contains every typed word; those on the list first.

    Other trainees and known guests follow, so a walk-in can be found by name too.
    """
    words = fold(text).split()
    if not words:
        return []

    def matches(name: str, detail: str = "") -> bool:
        folded = fold(name) + " " + fold(detail)
        return all(word in folded for word in words)

    found: list[CheckInCandidate] = []
    listed_trainees: set[int] = set()
    listed_guests: set[int] = set()
    for row in session_attendance(db, session_id):
        if row.kind == "trainee":
            listed_trainees.add(row.person_id)
        else:
            listed_guests.add(row.person_id)
        if matches(row.name):
            found.append(
                CheckInCandidate(
                    "attendance",
                    row.id,
                    row.name,
                    row.detail,
                    row.status is AttendanceStatus.PRESENT,
                )
            )
    others: list[CheckInCandidate] = []
    for trainee, cohort_name in db.execute(
        select(Trainee, Cohort.name)
        .outerjoin(Cohort, Trainee.cohort_id == Cohort.id)
        .order_by(Trainee.sort_name)
    ):
        if trainee.id not in listed_trainees and matches(trainee.full_name):
            others.append(
                CheckInCandidate("trainee", trainee.id, trainee.full_name, cohort_name or "", False)
            )
    for guest in db.scalars(select(GuestParticipant)):
        if guest.id not in listed_guests and matches(guest.name):
            others.append(
                CheckInCandidate(
                    "guest", guest.id, guest.name, guest.organisation_name or "", False
                )
            )
    return (found + others)[:limit]


def present_list(db: DbSession, session_id: int) -> list[AttendanceRow]:
    """Who is present, latest check-in first (the door screen shows arrivals)."""
    rows = [
        row for row in session_attendance(db, session_id) if row.status is AttendanceStatus.PRESENT
    ]
    return sorted(
        rows,
        key=lambda r: (r.checked_in_at or dt.datetime.min, r.sort_key),
        reverse=True,
    )
