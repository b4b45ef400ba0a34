"""Planning sessions (bijeenkomsten): single sessions, recurring series and invitations.

Everything here is plain Python over an SQLAlchemy session; the caller owns the
transaction. Forms hand over a :class:`SessionData` (what a coordinator types) and
an :class:`InvitationSpec` (whom to invite); the functions check the input and
refuse it with a :class:`SessionInputError` that lists every problem in Dutch.

Series
    A series is made in one go: every ``interval_weeks`` weeks from the first date up
    to and including the last date, minus the skipped dates (holidays). The
    occurrences are ordinary sessions that point at their :class:`SessionSeries`;
    editing one occurrence changes only that session. Editing "this and the rest of
    the series" applies the fields the coordinator *changed* on the chosen
    occurrence to it and every later occurrence: a changed date moves each of them
    by the same number of days, other fields are copied. Fields that were not
    changed keep their per-occurrence values, so an earlier exception (a different
    room on one Friday) survives an unrelated edit of the rest.

Invitations
    Group invitations are remembered on the session (``invited_cohorts`` and
    ``invited_programmes``) and resolved into attendance rows with status
    *uitgenodigd*. The group is: the trainees of the chosen cohorts, plus the
    trainees of every cohort of the chosen programmes; when levels are chosen only
    trainees of those levels (mbo/hbo/wo) are kept; when no cohort or programme is
    chosen, the levels alone select all trainees of those levels. Only trainees who
    are hired or active are invited through a group. Individually chosen trainees
    and guests are always invited. Inviting twice never duplicates a row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session as DbSession

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
    Attendance,
    AttendanceStatus,
    Cohort,
    EducationLevel,
    GuestParticipant,
    LevelCategory,
    Programme,
    Session,
    SessionSeries,
    SessionType,
    Theme,
    Trainee,
    TraineeStatus,
)
from coordinator_app.services import codes
from coordinator_app.services.concurrency import check_version
from coordinator_app.services.dutch import short_date
from coordinator_app.text import sort_key, split_full_name

# Typed and read aloud at the door: no 0/O and 1/I look-alikes.
CHECKIN_ALPHABET = codes.CHECKIN_ALPHABET
GUEST_CODE_PREFIX = codes.GUEST_PREFIX
MAX_SERIES_OCCURRENCES = 260  # five years of weekly sessions; more is a typing mistake
INVITABLE_STATUSES = (TraineeStatus.HIRED, TraineeStatus.ACTIVE)


class SessionInputError(CoordinatorError):
    """The input for a session, series or guest is incomplete or inconsistent."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = tuple(problems)


class SessionNotFound(CoordinatorError):
    def __init__(self, session_id: int) -> None:
        super().__init__(f"De bijeenkomst met nummer {session_id} bestaat niet (meer).")
        self.session_id = session_id


@dataclass(frozen=True)
class SessionData:
    """The editable fields of one session, as a form shows them."""

    type: SessionType
    title: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    location: str | None = None
    municipality_id: int | None = None
    facilitator: str | None = None
    description: str = ""
    capacity: int | None = None


SESSION_FIELDS = tuple(f.name for f in fields(SessionData))


@dataclass(frozen=True)
class InvitationSpec:
    """Whom to invite: groups (remembered on the session) and individuals."""

    cohort_ids: frozenset[int] = frozenset()
    programme_ids: frozenset[int] = frozenset()
    levels: frozenset[LevelCategory] = frozenset()
    trainee_ids: frozenset[int] = frozenset()
    guest_ids: frozenset[int] = frozenset()

    @property
    def is_empty(self) -> bool:
        return (
            not (self.cohort_ids or self.programme_ids or self.levels or self.trainee_ids)
            and not self.guest_ids
        )


@dataclass(frozen=True)
class InviteResult:
    added_trainees: int = 0
    added_guests: int = 0
    already_invited: int = 0


@dataclass(frozen=True)
class SeriesPlan:
    """How a series recurs; the sessions themselves share one :class:`SessionData`."""

    title: str
    first_date: dt.date
    last_date: dt.date
    interval_weeks: int = 1
    skipped_dates: frozenset[dt.date] = frozenset()


@dataclass(frozen=True)
class GuestData:
    name: str
    organisation_name: str | None = None
    education_level: EducationLevel | None = None
    email: str | None = None


@dataclass(frozen=True)
class ActionPointData:
    description: str
    owner: str | None = None
    due_date: dt.date | None = None
    status: ActionPointStatus = ActionPointStatus.OPEN
    id: int | None = None  # None: a new action point


# -- checking input ---------------------------------------------------------------------


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(value.split())
    return text or None


def clean_session_data(data: SessionData) -> SessionData:
    """Trim the texts the way they are stored (empty optional texts become None)."""
    return replace(
        data,
        title=" ".join(data.title.split()),
        location=_clean(data.location),
        facilitator=_clean(data.facilitator),
        description=data.description.strip(),
    )


def validate_session_data(data: SessionData) -> list[str]:
    """Dutch messages for everything wrong with ``data`` (empty when it can be saved)."""
    problems = []
    if not data.title.strip():
        problems.append("Vul een titel in.")
    elif len(data.title.strip()) > 200:
        problems.append("De titel is te lang (hoogstens 200 tekens).")
    if data.end_time <= data.start_time:
        problems.append(
            f"De eindtijd ({data.end_time:%H:%M}) moet na de begintijd "
            f"({data.start_time:%H:%M}) liggen."
        )
    if data.capacity is not None and data.capacity < 1:
        problems.append("Het maximum aantal deelnemers moet minstens 1 zijn (of leeg).")
    if data.location and len(data.location) > 200:
        problems.append("De locatie is te lang (hoogstens 200 tekens).")
    if data.facilitator and len(data.facilitator) > 160:
        problems.append("De naam van de begeleider is te lang (hoogstens 160 tekens).")
    return problems


def validate_series_plan(plan: SeriesPlan) -> list[str]:
    problems = []
    if not plan.title.strip():
        problems.append("Vul een titel voor de reeks in.")
    if plan.last_date < plan.first_date:
        problems.append(
            f"De laatste datum ({short_date(plan.last_date)}) ligt vóór de eerste "
            f"({short_date(plan.first_date)})."
        )
    if not 1 <= plan.interval_weeks <= 52:
        problems.append("Het interval moet tussen 1 en 52 weken liggen.")
    if not problems:
        dates = series_dates(plan)
        if not dates:
            problems.append(
                "Met deze datums en overgeslagen dagen blijft er geen bijeenkomst over."
            )
        elif len(dates) > MAX_SERIES_OCCURRENCES:
            problems.append(
                f"De reeks zou {len(dates)} bijeenkomsten krijgen; "
                f"hoogstens {MAX_SERIES_OCCURRENCES} zijn toegestaan."
            )
    return problems


def _refuse(problems: list[str]) -> None:
    if problems:
        raise SessionInputError(problems)


def _get(db: DbSession, session_id: int) -> Session:
    record = db.get(Session, session_id)
    if record is None:
        raise SessionNotFound(session_id)
    return record


# -- single sessions --------------------------------------------------------------------


def session_data(record: Session) -> SessionData:
    return SessionData(**{name: getattr(record, name) for name in SESSION_FIELDS})


def load_session(db: DbSession, session_id: int) -> tuple[SessionData, int]:
    """The session's fields and the version they were read at (for conflict checks)."""
    record = _get(db, session_id)
    return session_data(record), record.version


def _apply(record: Session, data: SessionData) -> None:
    for name in SESSION_FIELDS:
        setattr(record, name, getattr(data, name))


def create_session(
    db: DbSession, data: SessionData, invitations: InvitationSpec | None = None
) -> int:
    data = clean_session_data(data)
    _refuse(validate_session_data(data))
    record = Session()
    _apply(record, data)
    db.add(record)
    db.flush()
    if invitations is not None:
        invite(db, record.id, invitations)
    return record.id


def update_session(
    db: DbSession, session_id: int, data: SessionData, seen_version: int | None = None
) -> None:
    """Save ``data`` over one session (only this occurrence when it is part of a series)."""
    data = clean_session_data(data)
    _refuse(validate_session_data(data))
    record = _get(db, session_id)
    if seen_version is not None:
        check_version(record, seen_version)
    _apply(record, data)
    db.flush()


def snapshot_sessions(db: DbSession, session_ids: Iterable[int]) -> dict[int, SessionData]:
    """The current fields of several sessions, to put back with :func:`restore_sessions`."""
    return {sid: session_data(_get(db, sid)) for sid in session_ids}


def restore_sessions(db: DbSession, snapshot: dict[int, SessionData]) -> None:
    for session_id, data in snapshot.items():
        _apply(_get(db, session_id), data)
    db.flush()


def delete_sessions(db: DbSession, session_ids: Iterable[int]) -> int:
    """Delete sessions with their attendance and action points; returns how many."""
    count = 0
    for session_id in set(session_ids):
        record = db.get(Session, session_id)
        if record is not None:
            db.delete(record)
            count += 1
    db.flush()
    return count


# -- series -----------------------------------------------------------------------------


def series_dates(plan: SeriesPlan) -> list[dt.date]:
    """The dates a plan produces: every interval from the first date, minus skipped ones."""
    step = dt.timedelta(weeks=max(plan.interval_weeks, 1))
    dates: list[dt.date] = []
    day = plan.first_date
    while day <= plan.last_date and len(dates) <= MAX_SERIES_OCCURRENCES:
        if day not in plan.skipped_dates:
            dates.append(day)
        day += step
    return dates


def format_skipped(dates: Iterable[dt.date]) -> str:
    """The stored form of skipped dates: ISO dates separated by commas, sorted."""
    return ",".join(day.isoformat() for day in sorted(set(dates)))


def parse_skipped(text: str) -> frozenset[dt.date]:
    found = set()
    for part in text.replace("\n", ",").replace(";", ",").split(","):
        part = part.strip()
        if part:
            try:
                found.add(dt.date.fromisoformat(part))
            except ValueError:
                continue
    return frozenset(found)


def create_series(
    db: DbSession,
    plan: SeriesPlan,
    template: SessionData,
    invitations: InvitationSpec | None = None,
) -> tuple[int, list[int]]:
    """Make the series and all its sessions; returns the series id and the session ids.

    ``template.date`` is ignored: each occurrence gets its date from the plan.
    """
    template = clean_session_data(replace(template, date=plan.first_date))
    problems = validate_series_plan(plan) + validate_session_data(template)
    _refuse(problems)
    series = SessionSeries(
        title=" ".join(plan.title.split()),
        first_date=plan.first_date,
        last_date=plan.last_date,
        interval_weeks=plan.interval_weeks,
        skipped_dates=format_skipped(plan.skipped_dates),
    )
    db.add(series)
    db.flush()
    ids = []
    for day in series_dates(plan):
        record = Session(series=series)
        _apply(record, replace(template, date=day))
        db.add(record)
        db.flush()
        ids.append(record.id)
        if invitations is not None:
            invite(db, record.id, invitations)
    return series.id, ids


def series_plan(db: DbSession, series_id: int) -> SeriesPlan:
    series = db.get(SessionSeries, series_id)
    if series is None:
        raise CoordinatorError(f"De reeks met nummer {series_id} bestaat niet (meer).")
    return SeriesPlan(
        title=series.title,
        first_date=series.first_date,
        last_date=series.last_date,
        interval_weeks=series.interval_weeks,
        skipped_dates=parse_skipped(series.skipped_dates),
    )


def rest_of_series(db: DbSession, session_id: int) -> list[int]:
    """The ids of this session and every later occurrence of its series, by date.

    A session outside any series is its own "rest".
    """
    record = _get(db, session_id)
    if record.series_id is None:
        return [record.id]
    rows = db.execute(
        select(Session.id, Session.date, Session.start_time)
        .where(Session.series_id == record.series_id)
        .where(
            or_(
                Session.date > record.date,
                (Session.date == record.date) & (Session.id >= record.id),
            )
        )
        .order_by(Session.date, Session.start_time, Session.id)
    ).all()
    return [row.id for row in rows]


def changed_fields(before: SessionData, after: SessionData) -> set[str]:
    return {name for name in SESSION_FIELDS if getattr(before, name) != getattr(after, name)}


def update_rest_of_series(db: DbSession, session_id: int, data: SessionData) -> list[int]:
    """Apply the fields changed on ``session_id`` to it and every later occurrence.

    Returns the ids of the sessions that were changed (the edited one first).
    """
    data = clean_session_data(data)
    _refuse(validate_session_data(data))
    record = _get(db, session_id)
    before = session_data(record)
    changed = changed_fields(before, data)
    targets = rest_of_series(db, session_id)
    if not changed:
        return []
    shift = data.date - before.date
    for target_id in targets:
        target = _get(db, target_id)
        for name in changed:
            if name == "date":
                target.date = target.date + shift
            else:
                setattr(target, name, getattr(data, name))
        problems = validate_session_data(session_data(target))
        if problems:
            raise SessionInputError(
                [f"Bijeenkomst van {short_date(target.date)}: {p}" for p in problems]
            )
    series = record.series
    if series is not None:
        if "title" in changed and targets and series.sessions[0].id == targets[0]:
            series.title = data.title
        _refresh_series_bounds(db, series)
    db.flush()
    return targets


def _refresh_series_bounds(db: DbSession, series: SessionSeries) -> None:
    db.flush()
    first, last = db.execute(
        select(func.min(Session.date), func.max(Session.date)).where(Session.series_id == series.id)
    ).one()
    if first is not None:
        series.first_date, series.last_date = first, last


def delete_rest_of_series(db: DbSession, session_id: int) -> list[int]:
    """Delete this occurrence and every later one; a series left empty goes too."""
    record = _get(db, session_id)
    series = record.series
    targets = rest_of_series(db, session_id)
    delete_sessions(db, targets)
    if series is not None:
        remaining = db.scalar(
            select(func.count()).select_from(Session).where(Session.series_id == series.id)
        )
        if remaining:
            _refresh_series_bounds(db, series)
        else:
            db.delete(series)
        db.flush()
    return targets


# -- invitations --------------------------------------------------------------------------


def invitees(db: DbSession, spec: InvitationSpec) -> list[int]:
    """The trainee ids ``spec`` selects (groups filtered by level, plus individuals)."""
    chosen: set[int] = set(spec.trainee_ids)
    levels = {level for level in EducationLevel if level.category in spec.levels}
    if spec.cohort_ids or spec.programme_ids or spec.levels:
        query = select(Trainee.id).where(Trainee.status.in_(INVITABLE_STATUSES))
        if spec.cohort_ids or spec.programme_ids:
            cohort_ids = set(spec.cohort_ids)
            if spec.programme_ids:
                cohort_ids |= set(
                    db.scalars(select(Cohort.id).where(Cohort.programme_id.in_(spec.programme_ids)))
                )
            query = query.where(Trainee.cohort_id.in_(cohort_ids))
        if levels:
            query = query.where(Trainee.education_level.in_(levels))
        chosen |= set(db.scalars(query))
    return sorted(chosen)


def invite(db: DbSession, session_id: int, spec: InvitationSpec) -> InviteResult:
    """Invite everyone ``spec`` selects; remembers the chosen cohorts and programmes."""
    record = _get(db, session_id)
    for cohort_id in spec.cohort_ids:
        cohort = db.get(Cohort, cohort_id)
        if cohort is not None and cohort not in record.invited_cohorts:
            record.invited_cohorts.append(cohort)
    for programme_id in spec.programme_ids:
        programme = db.get(Programme, programme_id)
        if programme is not None and programme not in record.invited_programmes:
            record.invited_programmes.append(programme)
    have_trainees = set(
        db.scalars(
            select(Attendance.trainee_id).where(
                Attendance.session_id == session_id, Attendance.trainee_id.is_not(None)
            )
        )
    )
    have_guests = set(
        db.scalars(
            select(Attendance.guest_id).where(
                Attendance.session_id == session_id, Attendance.guest_id.is_not(None)
            )
        )
    )
    added_trainees = added_guests = already = 0
    for trainee_id in invitees(db, spec):
        if trainee_id in have_trainees:
            already += 1
            continue
        db.add(Attendance(session_id=session_id, trainee_id=trainee_id))
        added_trainees += 1
    for guest_id in sorted(spec.guest_ids):
        if guest_id in have_guests:
            already += 1
            continue
        if db.get(GuestParticipant, guest_id) is None:
            continue
        db.add(Attendance(session_id=session_id, guest_id=guest_id))
        added_guests += 1
    db.flush()
    return InviteResult(added_trainees, added_guests, already)


def invitation_groups(db: DbSession, session_id: int) -> tuple[list[int], list[int]]:
    """The cohort ids and programme ids the session remembers as invited groups."""
    record = _get(db, session_id)
    return (
        sorted(c.id for c in record.invited_cohorts),
        sorted(p.id for p in record.invited_programmes),
    )


def remove_attendances(db: DbSession, attendance_ids: Iterable[int]) -> int:
    """Take people off a session's list (their status, note and feedback go too)."""
    count = 0
    for attendance_id in set(attendance_ids):
        row = db.get(Attendance, attendance_id)
        if row is not None:
            db.delete(row)
            count += 1
    db.flush()
    return count


# -- guests -------------------------------------------------------------------------------


def new_checkin_code(db: DbSession, prefix: str = GUEST_CODE_PREFIX) -> str:
    """A new guest's code (see services.codes)."""
    return codes.new_checkin_code(db, prefix)


def validate_guest(db: DbSession, data: GuestData, guest_id: int | None = None) -> list[str]:
    problems = []
    if not data.name.strip():
        problems.append("Vul de naam van de gast in.")
    elif len(data.name.strip()) > 160:
        problems.append("De naam is te lang (hoogstens 160 tekens).")
    email = (data.email or "").strip().lower()
    if email:
        if "@" not in email.strip("@"):
            problems.append(f"'{data.email}' is geen geldig e-mailadres.")
        else:
            other = db.scalar(select(GuestParticipant).where(GuestParticipant.email == email))
            if other is not None and other.id != guest_id:
                problems.append(f"Er is al een gast met e-mailadres {email}: {other.name}.")
    return problems


def create_guest(db: DbSession, data: GuestData) -> int:
    """A guest who can be invited to any session from now on."""
    _refuse(validate_guest(db, data))
    guest = GuestParticipant(
        name=" ".join(data.name.split()),
        organisation_name=_clean(data.organisation_name),
        education_level=data.education_level,
        email=_clean(data.email),
        checkin_code=new_checkin_code(db),
    )
    db.add(guest)
    db.flush()
    return guest.id


def update_guest(db: DbSession, guest_id: int, data: GuestData) -> None:
    guest = db.get(GuestParticipant, guest_id)
    if guest is None:
        raise CoordinatorError(f"De gast met nummer {guest_id} bestaat niet (meer).")
    _refuse(validate_guest(db, data, guest_id))
    guest.name = " ".join(data.name.split())
    guest.organisation_name = _clean(data.organisation_name)
    guest.education_level = data.education_level
    guest.email = _clean(data.email)
    db.flush()


@dataclass(frozen=True)
class PersonChoice:
    """A person offered in a picker: a trainee or a guest."""

    kind: str  # "trainee" or "guest"
    id: int
    name: str
    detail: str  # cohort or organisation, for telling namesakes apart
    level: LevelCategory | None
    sort_key: str = field(compare=False, default="")


def trainee_choices(db: DbSession, *, include_inactive: bool = False) -> list[PersonChoice]:
    query = select(Trainee, Cohort.name).outerjoin(Cohort, Trainee.cohort_id == Cohort.id)
    if not include_inactive:
        query = query.where(Trainee.status.in_(INVITABLE_STATUSES))
    return [
        PersonChoice(
            "trainee",
            trainee.id,
            trainee.full_name,
            cohort_name or "",
            trainee.education_level.category,
            trainee.sort_name,
        )
        for trainee, cohort_name in db.execute(query.order_by(Trainee.sort_name))
    ]


def guest_sort_key(name: str) -> str:
    """Guests have one name field; sort them by the surname in it, like trainees."""
    return sort_key(*split_full_name(name))


def guest_choices(db: DbSession) -> list[PersonChoice]:
    guests = db.scalars(select(GuestParticipant)).all()
    return sorted(
        (
            PersonChoice(
                "guest",
                guest.id,
                guest.name,
                guest.organisation_name or "",
                guest.education_level.category if guest.education_level else None,
                guest_sort_key(guest.name),
            )
            for guest in guests
        ),
        key=lambda choice: choice.sort_key,
    )


# -- outcomes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcomes:
    notes: str
    themes: tuple[str, ...]
    action_points: tuple[ActionPointData, ...]


def load_outcomes(db: DbSession, session_id: int) -> Outcomes:
    record = _get(db, session_id)
    return Outcomes(
        notes=record.outcome_notes or "",
        themes=tuple(sorted(theme.name for theme in record.themes_raised)),
        action_points=tuple(
            ActionPointData(p.description, p.owner, p.due_date, p.status, p.id)
            for p in sorted(record.action_points, key=lambda p: p.id)
        ),
    )


def validate_action_point(data: ActionPointData) -> list[str]:
    problems = []
    if not data.description.strip():
        problems.append("Een actiepunt heeft een omschrijving nodig.")
    if data.owner and len(data.owner.strip()) > 160:
        problems.append("De naam van de eigenaar is te lang (hoogstens 160 tekens).")
    return problems


def themes_by_name(db: DbSession, names: Iterable[str]) -> list[Theme]:
    """The themes with these names; names not yet known become new themes."""
    existing = {theme.name.casefold(): theme for theme in db.scalars(select(Theme))}
    chosen: list[Theme] = []
    for raw in names:
        name = " ".join(raw.split())
        if not name:
            continue
        theme = existing.get(name.casefold())
        if theme is None:
            theme = Theme(name=name[:80])
            db.add(theme)
            existing[name.casefold()] = theme
        if theme not in chosen:
            chosen.append(theme)
    db.flush()
    return chosen


def save_outcomes(db: DbSession, session_id: int, outcomes: Outcomes) -> None:
    """Store notes, themes and action points; action points not listed are deleted."""
    problems = [p for point in outcomes.action_points for p in validate_action_point(point)]
    _refuse(sorted(set(problems), key=problems.index))
    record = _get(db, session_id)
    record.outcome_notes = outcomes.notes.strip()
    record.themes_raised = themes_by_name(db, outcomes.themes)
    kept = {point.id for point in outcomes.action_points if point.id is not None}
    for existing in list(record.action_points):
        if existing.id not in kept:
            record.action_points.remove(existing)
    by_id = {point.id: point for point in record.action_points}
    for data in outcomes.action_points:
        target = by_id.get(data.id) if data.id is not None else None
        if target is None:
            target = ActionPoint(session=record, description="")
            db.add(target)
        target.description = data.description.strip()
        target.owner = _clean(data.owner)
        target.due_date = data.due_date
        target.status = data.status
    db.flush()


def set_action_point_status(db: DbSession, action_point_id: int, status: ActionPointStatus) -> None:
    point = db.get(ActionPoint, action_point_id)
    if point is None:
        raise CoordinatorError(f"Het actiepunt met nummer {action_point_id} bestaat niet (meer).")
    point.status = status
    db.flush()


# -- reading for lists and calendars ----------------------------------------------------


@dataclass(frozen=True)
class SessionSummary:
    id: int
    title: str
    type: SessionType
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    location: str | None
    series_id: int | None
    invited: int
    present: int


def sessions_between(db: DbSession, first: dt.date, last: dt.date) -> list[SessionSummary]:
    """Sessions from ``first`` to ``last`` inclusive with their head counts, by date and time."""
    present = func.sum(case((Attendance.status == AttendanceStatus.PRESENT, 1), else_=0))
    rows = db.execute(
        select(
            Session.id,
            Session.title,
            Session.type,
            Session.date,
            Session.start_time,
            Session.end_time,
            Session.location,
            Session.series_id,
            func.count(Attendance.id),
            present,
        )
        .outerjoin(Attendance, Attendance.session_id == Session.id)
        .where(Session.date >= first, Session.date <= last)
        .group_by(Session.id)
        .order_by(Session.date, Session.start_time, Session.id)
    ).all()
    return [
        SessionSummary(
            id=row[0],
            title=row[1],
            type=row[2],
            date=row[3],
            start_time=row[4],
            end_time=row[5],
            location=row[6],
            series_id=row[7],
            invited=int(row[8] or 0),
            present=int(row[9] or 0),
        )
        for row in rows
    ]
