"""Cohort figures: the numbers a coordinator (and the council) look at first.

Qt-free and plain: every function takes a database session and the application's
date and returns frozen dataclasses, for the PDF reports and the GUI overview
alike. Each figure comes from a few aggregate queries, whatever the number of
trainees. Participation rates and level mixes are those of
:mod:`coordinator_app.services.participation`; this module only selects and adds
them up as that module defines.

Scope
    A figure is about one cohort, one programme (all its cohorts), or everything.
    A *trainee* is in a cohort's scope when the cohort is hers. A *session* is in a
    cohort's scope when it invited the cohort, or the cohort's programme, or when at
    least one of the cohort's trainees is on its list (an individual invitation or a
    walk-in); a programme's scope holds the sessions of its cohorts and those that
    invited the programme. An *action point* is in the scope of its session.

Key figures (:class:`KeyFigures`)
    active trainees: hired or active; placements now: placements running on
    *today* (not aborted) of the scope's trainees; open assignments: status *open*,
    not yet ended, offered to the scope's programme; free places: of those, the
    places not taken on *today* or, for an assignment that has not started, on its
    first day; sessions this month: scope sessions in the calendar month of
    *today*; participation: pooled over the scope's trainees (participation's
    cohort definition); open action points: not done.

The map (:class:`PlaceFigures`)
    per municipality of the reference data: the scope's placements running on
    *today* by the assignment's place (its own municipality, else its
    organisation's), the open assignments offered to the scope (as in the key
    figures) with their free places, and the hired or active trainees of the
    scope by home municipality.

What needs attention
    the attention list of :mod:`coordinator_app.services.attention`, narrowed to a
    scope: an item is the scope's when one of its trainees is, or, for an item
    about an assignment only, when the assignment is offered to the scope's
    programme; and the scope's trainees below the participation threshold
    (participation's rule).

One source, two readers
    Every figure is added up from *parts* (:class:`Part`), each read by one loader.
    The PDF report's functions (:func:`key_figures`, :func:`placements_by_place`,
    :func:`monthly_figures`, ...) load the parts they need and add them up once. The
    overview keeps a :class:`FigureBook`: it loads every part once and, after a
    change, rereads only the parts that kind of record can affect
    (:data:`CHANGE_PARTS`; a trainee's change is compared field by field), then adds
    up any scope without a query.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
    Assignment,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    Cohort,
    EducationLevel,
    GuestParticipant,
    LevelCategory,
    Municipality,
    Organisation,
    Placement,
    PlacementStatus,
    Programme,
    Province,
    Session,
    Trainee,
    TraineeStatus,
    assignment_programme,
    session_cohort,
    session_programme,
)
from coordinator_app.services.attention import AttentionItem, AttentionKind, attention_list
from coordinator_app.services.dutch import add_months
from coordinator_app.services.participation import (
    LEVELS,
    Counts,
    LevelMix,
    Period,
    TraineeFigures,
    below_threshold,
    mixing_index,
    trainee_figures,
)
from coordinator_app.services.participation import (
    _counts as counts_from_statuses,  # participation's own statuses -> counts
)
from coordinator_app.services.rules import SoftRuleSettings
from coordinator_app.services.sessions import SessionSummary, sessions_between
from coordinator_app.text import full_name, sort_key

ACTIVE_STATUSES = (TraineeStatus.HIRED, TraineeStatus.ACTIVE)
NO_SUBREGION = "Overig"
NO_MUNICIPALITY = "Onbekend"
_IN_CHUNK = 900  # bound parameters per IN (...) list, far below every backend's limit


@dataclass(frozen=True)
class Scope:
    """One cohort, one programme, or (both None) everything."""

    cohort_id: int | None = None
    programme_id: int | None = None

    @property
    def everything(self) -> bool:
        return self.cohort_id is None and self.programme_id is None


EVERYTHING = Scope()


@dataclass(frozen=True)
class KeyFigures:
    active_trainees: int = 0
    placements_now: int = 0
    open_assignments: int = 0
    free_places: int = 0
    sessions_this_month: int = 0
    participation: Counts = field(default_factory=Counts)
    open_action_points: int = 0

    @property
    def participation_rate(self) -> float | None:
        return self.participation.rate


@dataclass(frozen=True)
class CohortKeyFigures:
    cohort_id: int
    name: str
    programme_id: int
    programme_name: str
    start_date: dt.date
    figures: KeyFigures


@dataclass(frozen=True)
class PlaceCount:
    subregion: str
    municipality: str
    rotation: int
    count: int


@dataclass(frozen=True)
class PlacementsByPlace:
    """Placements counted per work municipality (the assignment's, else its organisation's)."""

    rows: tuple[PlaceCount, ...]

    @property
    def total(self) -> int:
        return sum(r.count for r in self.rows)

    @property
    def rotations(self) -> list[int]:
        return sorted({r.rotation for r in self.rows})

    def _by(self, key: str) -> dict[str, dict[int, int]]:
        found: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for row in self.rows:
            found[getattr(row, key)][row.rotation] += row.count
        return {
            name: dict(per_rotation)
            for name, per_rotation in sorted(
                found.items(), key=lambda item: (-sum(item[1].values()), item[0].casefold())
            )
        }

    def by_subregion(self) -> dict[str, dict[int, int]]:
        """Subregion -> rotation -> count, the busiest subregion first."""
        return self._by("subregion")

    def by_municipality(self) -> dict[str, dict[int, int]]:
        return self._by("municipality")


@dataclass(frozen=True)
class MonthFigures:
    month: dt.date  # the first day of the month
    sessions: int
    counts: Counts
    mix: LevelMix


@dataclass(frozen=True)
class RotationChange:
    """A trainee who leaves one placement or starts the next soon."""

    trainee_id: int
    name: str
    sort_key: str
    ending_rotation: int | None
    ending_title: str
    ending_organisation: str
    ends: dt.date | None
    next_rotation: int | None
    next_title: str
    next_organisation: str
    starts: dt.date | None

    @property
    def when(self) -> dt.date:
        return self.ends or self.starts or dt.date.max

    @property
    def next_planned(self) -> bool:
        return self.starts is not None


# -- scope -------------------------------------------------------------------------------


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), _IN_CHUNK):
        yield ordered[i : i + _IN_CHUNK]


def _cohorts_of(db: DbSession, scope: Scope) -> list[int] | None:
    """The cohort ids of the scope; None means every cohort (and trainees without one)."""
    if scope.cohort_id is not None:
        return [scope.cohort_id]
    if scope.programme_id is not None:
        return list(db.scalars(select(Cohort.id).where(Cohort.programme_id == scope.programme_id)))
    return None


def scope_trainee_filter(db: DbSession, scope: Scope):  # type: ignore[no-untyped-def]
    """A WHERE clause on Trainee for the scope (None for everything)."""
    cohorts = _cohorts_of(db, scope)
    if cohorts is None:
        return None
    return Trainee.cohort_id.in_(cohorts or [-1])


def session_cohorts(db: DbSession, session_ids: Iterable[int] | None = None) -> dict[int, set[int]]:
    """The cohorts each session belongs to (module docstring), for the given sessions or all."""
    found: dict[int, set[int]] = defaultdict(set)
    wanted = None if session_ids is None else list(session_ids)
    batches: Iterable[list[int] | None] = [None] if wanted is None else _chunks(wanted)
    for batch in batches:
        invited = select(session_cohort.c.session_id, session_cohort.c.cohort_id)
        via_programme = select(session_programme.c.session_id, Cohort.id).join(
            Cohort, Cohort.programme_id == session_programme.c.programme_id
        )
        via_list = (
            select(Attendance.session_id, Trainee.cohort_id)
            .join(Trainee, Trainee.id == Attendance.trainee_id)
            .where(Trainee.cohort_id.is_not(None))
            .distinct()
        )
        if batch is not None:
            invited = invited.where(session_cohort.c.session_id.in_(batch))
            via_programme = via_programme.where(session_programme.c.session_id.in_(batch))
            via_list = via_list.where(Attendance.session_id.in_(batch))
        for query in (invited, via_programme, via_list):
            for session_id, cohort_id in db.execute(query):
                found[session_id].add(cohort_id)
    return found


def _session_programmes(db: DbSession, session_ids: Iterable[int]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = defaultdict(set)
    for batch in _chunks(session_ids):
        for session_id, programme_id in db.execute(
            select(session_programme.c.session_id, session_programme.c.programme_id).where(
                session_programme.c.session_id.in_(batch)
            )
        ):
            found[session_id].add(programme_id)
    return found


def scope_sessions(db: DbSession, scope: Scope, session_ids: Iterable[int]) -> set[int]:
    """Those of ``session_ids`` that are in the scope."""
    ids = set(session_ids)
    if scope.everything or not ids:
        return ids
    return _Membership.load(db, ids).chosen(scope, set(_cohorts_of(db, scope) or []), ids)


# -- the parts every figure is made of -------------------------------------------------------
#
# Each part is read by one loader (a few aggregate queries) and kept as plain data;
# every figure is then added up from the parts in Python. The PDF report loads the
# parts it needs once; the overview keeps a FigureBook and reloads only the parts a
# change can affect.


class Part(enum.StrEnum):
    COHORTS = "cohorts"  # cohorts with their programme
    MUNICIPALITIES = "municipalities"  # the reference data, with coordinates
    TRAINEES = "trainees"  # cohort, status, level and home of every trainee
    PARTICIPATION = "participation"  # attendance counts per trainee
    PLACEMENTS_NOW = "placements_now"  # placements running today, per trainee
    THIS_MONTH = "this_month"  # this month's sessions and open action points, by cohort
    ASSIGNMENTS = "assignments"  # open assignments: programmes, free places, place
    PLACES = "places"  # placements per cohort, municipality and rotation
    MONTHS = "months"  # counts and level mix of every session of the months shown
    UPCOMING = "upcoming"  # sessions of the coming days
    ROTATIONS_ENDING = "attention:" + AttentionKind.ROTATION_ENDING
    FREE_PLACES = "attention:" + AttentionKind.FREE_PLACES
    NO_PLACEMENT = "attention:" + AttentionKind.NO_PLACEMENT


ALL_PARTS = frozenset(Part)
ATTENTION_PARTS = {
    Part.ROTATIONS_ENDING: AttentionKind.ROTATION_ENDING,
    Part.FREE_PLACES: AttentionKind.FREE_PLACES,
    Part.NO_PLACEMENT: AttentionKind.NO_PLACEMENT,
}
KEY_PARTS = frozenset(
    {
        Part.COHORTS,
        Part.TRAINEES,
        Part.PARTICIPATION,
        Part.PLACEMENTS_NOW,
        Part.THIS_MONTH,
        Part.ASSIGNMENTS,
    }
)
_MEMBERSHIP = frozenset({Part.THIS_MONTH, Part.MONTHS, Part.UPCOMING})  # via attendance lists

# The parts a change to a kind of record (the DataBus's kinds) can affect. A kind not
# named here may affect anything. Trainees are narrowed further by comparing each
# changed trainee before and after (FigureBook.apply_change).
CHANGE_PARTS: dict[str, frozenset[Part]] = {
    "placement": frozenset({Part.PLACEMENTS_NOW, Part.PLACES, Part.ASSIGNMENTS, *ATTENTION_PARTS}),
    "assignment": frozenset({Part.ASSIGNMENTS, Part.PLACES, Part.FREE_PLACES}),
    "organisation": frozenset({Part.ASSIGNMENTS, Part.PLACES, Part.FREE_PLACES}),
    "session": frozenset({Part.PARTICIPATION, *_MEMBERSHIP}),
    "attendance": frozenset({Part.PARTICIPATION, *_MEMBERSHIP}),
    "action_point": frozenset({Part.THIS_MONTH}),
    "guest": frozenset({Part.MONTHS}),
    "municipality": frozenset({Part.MUNICIPALITIES, Part.PLACES, Part.ASSIGNMENTS}),
    "settings": frozenset(ATTENTION_PARTS),
    "coach": frozenset(),
    "theme": frozenset(),
    "competence": frozenset(),
    "contact_person": frozenset(),
}


@dataclass(frozen=True)
class CohortInfo:
    id: int
    name: str
    programme_id: int
    programme_name: str
    start_date: dt.date


@dataclass(frozen=True)
class MunicipalityInfo:
    id: int
    name: str
    province: str
    subregion: str | None
    latitude: float
    longitude: float


@dataclass(frozen=True)
class TraineeFact:
    """What the figures need of one trainee."""

    id: int
    given_name: str
    prefix: str | None
    surname: str
    sort_key: str
    cohort_id: int | None
    status: TraineeStatus
    level: EducationLevel
    home_municipality_id: int | None

    @property
    def name(self) -> str:
        return full_name(self.given_name, self.prefix, self.surname)


@dataclass(frozen=True)
class OpenAssignment:
    """An open assignment that has not ended (the key figures' definition)."""

    id: int
    programmes: frozenset[int]
    free: int
    municipality_id: int | None  # its own, else its organisation's


@dataclass(frozen=True)
class PlaceRow:
    """Placements (not aborted) of one cohort's trainees at one place in one rotation."""

    cohort_id: int | None
    municipality_id: int | None
    rotation: int
    count: int
    running: int  # of them, running on today


@dataclass(frozen=True)
class SessionFact:
    """One session that took place, as participation counts it."""

    id: int
    date: dt.date
    counts: Counts
    mix: LevelMix


@dataclass(frozen=True)
class PlaceFigures:
    """What the map shows of one municipality for a scope."""

    municipality: MunicipalityInfo
    placements: int  # running today, by the assignment's place
    assignments: int  # open assignments offered to the scope
    free_places: int  # in those assignments
    trainees: int  # hired or active trainees living there


@dataclass
class _Membership:
    """The cohorts (and invited programmes) of some sessions, for choosing a scope's."""

    cohorts: dict[int, set[int]] = field(default_factory=dict)
    programmes: dict[int, set[int]] = field(default_factory=dict)

    @classmethod
    def load(cls, db: DbSession, session_ids: Iterable[int]) -> _Membership:
        ids = list(session_ids)
        if not ids:
            return cls()
        return cls(dict(session_cohorts(db, ids)), dict(_session_programmes(db, ids)))

    def chosen(self, scope: Scope, cohorts: set[int], session_ids: Iterable[int]) -> set[int]:
        """Those of ``session_ids`` in the scope (the module docstring's definition)."""
        ids = set(session_ids)
        if scope.everything:
            return ids
        chosen = {sid for sid in ids if self.cohorts.get(sid, set()) & cohorts}
        if scope.programme_id is not None:
            chosen |= {
                sid for sid in ids - chosen if scope.programme_id in self.programmes.get(sid, ())
            }
        return chosen


# -- loaders ---------------------------------------------------------------------------------


def load_cohorts(db: DbSession) -> dict[int, CohortInfo]:
    return {
        cid: CohortInfo(cid, name, pid, pname, start)
        for cid, name, pid, pname, start in db.execute(
            select(Cohort.id, Cohort.name, Programme.id, Programme.name, Cohort.start_date)
            .join(Programme, Programme.id == Cohort.programme_id)
            .order_by(Cohort.start_date.desc(), Cohort.name)
        )
    }


def load_municipalities(db: DbSession) -> dict[int, MunicipalityInfo]:
    return {
        mid: MunicipalityInfo(mid, name, province, subregion, lat, lon)
        for mid, name, province, subregion, lat, lon in db.execute(
            select(
                Municipality.id,
                Municipality.name,
                Province.name,
                Municipality.subregion,
                Municipality.latitude,
                Municipality.longitude,
            )
            .join(Province, Province.id == Municipality.province_id)
            .order_by(Municipality.name)
        )
    }


def load_trainee_facts(db: DbSession, ids: Iterable[int] | None = None) -> dict[int, TraineeFact]:
    query = select(
        Trainee.id,
        Trainee.given_name,
        Trainee.prefix,
        Trainee.surname,
        Trainee.sort_name,
        Trainee.cohort_id,
        Trainee.status,
        Trainee.education_level,
        Trainee.home_municipality_id,
    )
    found: dict[int, TraineeFact] = {}
    batches: Iterable[list[int] | None] = [None] if ids is None else _chunks(ids)
    for batch in batches:
        chosen = query if batch is None else query.where(Trainee.id.in_(batch))
        for tid, given, prefix, surname, key, cohort_id, status, level, home in db.execute(chosen):
            found[tid] = TraineeFact(
                tid, given, prefix, surname, key, cohort_id, status, level, home
            )
    return found


def load_participation(
    db: DbSession, today: dt.date, ids: Iterable[int] | None = None
) -> dict[int, Counts]:
    """Each trainee's attendance counts over the sessions that took place (participation)."""
    statuses = list(AttendanceStatus)
    query = (
        select(
            Attendance.trainee_id,
            *(func.sum(case((Attendance.status == status, 1), else_=0)) for status in statuses),
        )
        .where(
            Attendance.trainee_id.is_not(None),
            # A subquery, not a join: SQLite then walks the sessions' index (twice as fast).
            Attendance.session_id.in_(select(Session.id).where(Session.date <= today)),
        )
        .group_by(Attendance.trainee_id)
    )
    found: dict[int, Counts] = {}
    batches: Iterable[list[int] | None] = [None] if ids is None else _chunks(ids)
    for batch in batches:
        chosen = query if batch is None else query.where(Attendance.trainee_id.in_(batch))
        for trainee_id, *numbers in db.execute(chosen):
            found[cast(int, trainee_id)] = counts_from_statuses(
                dict(zip(statuses, numbers, strict=True))
            )
    return found


def load_running(db: DbSession, today: dt.date, ids: Iterable[int] | None = None) -> dict[int, int]:
    """Placements (not aborted) running on ``today``, per trainee."""
    query = (
        select(Placement.trainee_id, func.count())
        .where(
            Placement.status != PlacementStatus.ABORTED,
            Placement.start_date <= today,
            Placement.end_date >= today,
        )
        .group_by(Placement.trainee_id)
    )
    found: dict[int, int] = {}
    batches: Iterable[list[int] | None] = [None] if ids is None else _chunks(ids)
    for batch in batches:
        chosen = query if batch is None else query.where(Placement.trainee_id.in_(batch))
        found.update((tid, int(count)) for tid, count in db.execute(chosen))
    return found


@dataclass
class _ThisMonth:
    sessions: dict[int, set[int]] = field(default_factory=dict)  # session -> cohorts
    points: dict[int, set[int]] = field(default_factory=dict)  # open action point -> cohorts


def _load_this_month(db: DbSession, today: dt.date) -> _ThisMonth:
    first, last = _month_bounds(today)
    month = list(db.scalars(select(Session.id).where(Session.date.between(first, last))))
    points = db.execute(
        select(ActionPoint.id, ActionPoint.session_id).where(
            ActionPoint.status != ActionPointStatus.DONE
        )
    ).all()
    membership = session_cohorts(db, set(month) | {sid for _pid, sid in points})
    return _ThisMonth(
        {sid: membership.get(sid, set()) for sid in month},
        {pid: membership.get(sid, set()) for pid, sid in points},
    )


def load_open_assignments(db: DbSession, today: dt.date) -> list[OpenAssignment]:
    """Every open assignment not yet ended, with the places free on today or, for one
    that has not started, on its first day."""
    rows = db.execute(
        select(
            Assignment.id,
            Assignment.places,
            func.coalesce(Assignment.municipality_id, Organisation.municipality_id),
        )
        .join(Organisation, Organisation.id == Assignment.organisation_id)
        .where(Assignment.status == AssignmentStatus.OPEN, Assignment.end_date >= today)
    ).all()
    if not rows:
        return []
    # Taken on today or, for an assignment that has not started, on its first day.
    moment = case((Assignment.start_date > today, Assignment.start_date), else_=today)
    taken = dict(
        db.execute(
            select(Placement.assignment_id, func.count())
            .join(Assignment, Assignment.id == Placement.assignment_id)
            .where(
                Assignment.status == AssignmentStatus.OPEN,
                Assignment.end_date >= today,
                Placement.status != PlacementStatus.ABORTED,
                Placement.start_date <= moment,
                Placement.end_date >= moment,
            )
            .group_by(Placement.assignment_id)
        ).all()
    )
    programmes: dict[int, set[int]] = defaultdict(set)
    for aid, programme_id in db.execute(
        select(assignment_programme.c.assignment_id, assignment_programme.c.programme_id)
        .join(Assignment, Assignment.id == assignment_programme.c.assignment_id)
        .where(Assignment.status == AssignmentStatus.OPEN, Assignment.end_date >= today)
    ):
        programmes[aid].add(programme_id)
    return [
        OpenAssignment(aid, frozenset(programmes[aid]), max(0, places - taken.get(aid, 0)), place)
        for aid, places, place in rows
    ]


def load_place_rows(db: DbSession, today: dt.date) -> list[PlaceRow]:
    """Placements (not aborted) per cohort, work municipality and rotation."""
    place = func.coalesce(Assignment.municipality_id, Organisation.municipality_id)
    base = (
        select(Trainee.cohort_id, place, Placement.rotation, func.count())
        .select_from(Placement)
        .join(Assignment, Assignment.id == Placement.assignment_id)
        .join(Organisation, Organisation.id == Assignment.organisation_id)
        .join(Trainee, Trainee.id == Placement.trainee_id)
        .where(Placement.status != PlacementStatus.ABORTED)
        .group_by(Trainee.cohort_id, place, Placement.rotation)
    )
    running = {
        (cohort_id, municipality_id, rotation): int(count)
        for cohort_id, municipality_id, rotation, count in db.execute(
            base.where(Placement.start_date <= today, Placement.end_date >= today)
        )
    }
    return [
        PlaceRow(
            cohort_id,
            municipality_id,
            int(rotation),
            int(count),
            running.get((cohort_id, municipality_id, rotation), 0),
        )
        for cohort_id, municipality_id, rotation, count in db.execute(base)
    ]


def load_session_facts(db: DbSession, today: dt.date, first: dt.date) -> dict[int, SessionFact]:
    """Every session from ``first`` up to today with its counts and level mix.

    The same numbers as participation.session_figures, summed per session in SQL.
    """
    period = (Session.date >= first, Session.date <= today)
    sessions = db.execute(select(Session.id, Session.date).where(*period)).all()
    statuses: dict[int, dict[AttendanceStatus, int]] = defaultdict(dict)
    for session_id, status, count in db.execute(
        select(Attendance.session_id, Attendance.status, func.count())
        .join(Session, Attendance.session_id == Session.id)
        .where(*period)
        .group_by(Attendance.session_id, Attendance.status)
    ):
        statuses[session_id][status] = int(count)
    guest = aliased(GuestParticipant)
    levels: dict[int, dict[LevelCategory, int]] = defaultdict(lambda: dict.fromkeys(LEVELS, 0))
    unknown: dict[int, int] = defaultdict(int)
    for session_id, trainee_level, guest_level, count in db.execute(
        select(Attendance.session_id, Trainee.education_level, guest.education_level, func.count())
        .join(Session, Attendance.session_id == Session.id)
        .outerjoin(Trainee, Attendance.trainee_id == Trainee.id)
        .outerjoin(guest, Attendance.guest_id == guest.id)
        .where(Attendance.status == AttendanceStatus.PRESENT, *period)
        .group_by(Attendance.session_id, Trainee.education_level, guest.education_level)
    ):
        level: EducationLevel | None = trainee_level or guest_level
        if level is None:
            unknown[session_id] += int(count)
        else:
            levels[session_id][level.category] += int(count)
    facts = {}
    for sid, day in sessions:
        if sid in levels or sid in unknown:
            counts = dict(levels[sid])
            mix = LevelMix(counts, unknown[sid], mixing_index(counts))
        else:
            mix = LevelMix()
        facts[sid] = SessionFact(sid, day, counts_from_statuses(statuses.get(sid, {})), mix)
    return facts


# -- adding up ---------------------------------------------------------------------------------


def _month_bounds(today: dt.date) -> tuple[dt.date, dt.date]:
    first = today.replace(day=1)
    return first, add_months(first, 1) - dt.timedelta(days=1)


@dataclass
class _Bucket:
    """What is counted per cohort before the cohorts are added up to a scope."""

    active: int = 0
    placements_now: int = 0
    month_sessions: set[int] = field(default_factory=set)
    open_points: set[int] = field(default_factory=set)
    counts: Counts = field(default_factory=Counts)


def _or_none(cohorts: set[int] | None) -> set[int | None]:
    """A session of no cohort is counted in the bucket of no cohort."""
    return set(cohorts) if cohorts else {None}


def _combine(buckets: Iterable[_Bucket], assignments: Iterable[OpenAssignment]) -> KeyFigures:
    chosen = list(buckets)
    offered = list(assignments)
    return KeyFigures(
        active_trainees=sum(b.active for b in chosen),
        placements_now=sum(b.placements_now for b in chosen),
        open_assignments=len(offered),
        free_places=sum(a.free for a in offered),
        sessions_this_month=len(set().union(*(b.month_sessions for b in chosen))),
        participation=sum((b.counts for b in chosen), Counts()),
        open_action_points=len(set().union(*(b.open_points for b in chosen))),
    )


class FigureBook:
    """Every figure of the overview and the cohort report, kept as parts.

    ``load`` reads parts; ``apply_change`` rereads only the parts a change to one
    kind of record can affect and says which parts changed; the figure methods add
    the parts up for any scope without touching the database.
    """

    def __init__(
        self,
        today: dt.date,
        attention: SoftRuleSettings | None = None,
        *,
        months: int = 12,
        upcoming_days: int = 14,
    ) -> None:
        self.today = today
        self.attention_settings = attention or SoftRuleSettings(today=today)
        self.months = months
        self.upcoming_days = upcoming_days
        self.loaded: set[Part] = set()
        self.cohorts: dict[int, CohortInfo] = {}
        self.municipalities: dict[int, MunicipalityInfo] = {}
        self.trainees: dict[int, TraineeFact] = {}
        self.participation: dict[int, Counts] = {}
        self.running: dict[int, int] = {}
        self.this_month = _ThisMonth()
        self.assignments: list[OpenAssignment] = []
        self.places: list[PlaceRow] = []
        self.sessions: dict[int, SessionFact] = {}
        self.session_membership = _Membership()
        self.upcoming: list[SessionSummary] = []
        self.upcoming_membership = _Membership()
        self.attention_items: dict[AttentionKind, list[AttentionItem]] = {}
        self.attention_programmes: dict[int, set[int]] = {}

    @property
    def first_month(self) -> dt.date:
        return add_months(self.today.replace(day=1), -(self.months - 1))

    # -- reading ---------------------------------------------------------------------------

    def load(self, db: DbSession, parts: Iterable[Part] = ALL_PARTS) -> None:
        chosen = set(parts)
        today = self.today
        if Part.COHORTS in chosen:
            self.cohorts = load_cohorts(db)
        if Part.MUNICIPALITIES in chosen:
            self.municipalities = load_municipalities(db)
        if Part.TRAINEES in chosen:
            self.trainees = load_trainee_facts(db)
        if Part.PARTICIPATION in chosen:
            self.participation = load_participation(db, today)
        if Part.PLACEMENTS_NOW in chosen:
            self.running = load_running(db, today)
        if Part.THIS_MONTH in chosen:
            self.this_month = _load_this_month(db, today)
        if Part.ASSIGNMENTS in chosen:
            self.assignments = load_open_assignments(db, today)
        if Part.PLACES in chosen:
            self.places = load_place_rows(db, today)
        if Part.MONTHS in chosen:
            self.sessions = load_session_facts(db, today, self.first_month)
            self.session_membership = _Membership.load(db, self.sessions)
        if Part.UPCOMING in chosen:
            last = today + dt.timedelta(days=self.upcoming_days)
            self.upcoming = sessions_between(db, today, last)
            self.upcoming_membership = _Membership.load(db, (s.id for s in self.upcoming))
        kinds = [kind for part, kind in ATTENTION_PARTS.items() if part in chosen]
        if kinds:
            self._load_attention(db, kinds)
        self.loaded |= chosen

    def _load_attention(self, db: DbSession, kinds: list[AttentionKind]) -> None:
        items = attention_list(db, self.attention_settings, kinds)
        for kind in kinds:
            self.attention_items[kind] = [item for item in items if item.kind is kind]
        assignment_ids = {
            ref.id
            for found in self.attention_items.values()
            for item in found
            for ref in item.records
            if ref.kind == "assignment"
        }
        programmes: dict[int, set[int]] = defaultdict(set)
        for batch in _chunks(assignment_ids):
            for aid, programme_id in db.execute(
                select(
                    assignment_programme.c.assignment_id, assignment_programme.c.programme_id
                ).where(assignment_programme.c.assignment_id.in_(batch))
            ):
                programmes[aid].add(programme_id)
        self.attention_programmes = dict(programmes)

    def apply_change(self, db: DbSession, kind: str, ids: Iterable[int] = ()) -> set[Part]:
        """Reread what a change to records of ``kind`` can affect; the parts that changed."""
        if kind == "trainee":
            return self._trainees_changed(db, set(ids))
        parts = set(CHANGE_PARTS.get(kind, ALL_PARTS)) & self.loaded
        self.load(db, parts)
        return parts

    def _trainees_changed(self, db: DbSession, ids: set[int]) -> set[Part]:
        """Compare the changed trainees before and after: only what differs is reread."""
        if not ids:
            fresh = load_trainee_facts(db)
            ids = set(fresh) | set(self.trainees)
        else:
            fresh = load_trainee_facts(db, ids)
        parts: set[Part] = set()
        changed = False
        appeared_or_gone: set[int] = set()
        for tid in ids:
            old, new = self.trainees.get(tid), fresh.get(tid)
            if old == new:
                continue
            changed = True
            if old is None or new is None:  # added or deleted, with what hangs on it
                appeared_or_gone.add(tid)
                parts |= ALL_PARTS - {Part.COHORTS, Part.MUNICIPALITIES}
                continue
            if old.cohort_id != new.cohort_id:
                parts |= {Part.PLACES, Part.ROTATIONS_ENDING, Part.NO_PLACEMENT, *_MEMBERSHIP}
            if (old.given_name, old.prefix, old.surname) != (
                new.given_name,
                new.prefix,
                new.surname,
            ):
                parts |= {Part.ROTATIONS_ENDING, Part.NO_PLACEMENT}
            if old.status != new.status:
                parts.add(Part.NO_PLACEMENT)
            if old.level != new.level:
                parts.add(Part.MONTHS)
        if not changed:
            return set()
        for tid in ids:
            if tid in fresh:
                self.trainees[tid] = fresh[tid]
            else:
                self.trainees.pop(tid, None)
        reread = parts & self.loaded
        per_trainee = {Part.PARTICIPATION, Part.PLACEMENTS_NOW}
        if reread & per_trainee:
            # Only the added or deleted trainees' own counts can differ.
            self._reload_counts(db, appeared_or_gone)
        self.load(db, reread - per_trainee - {Part.TRAINEES})
        return reread | {Part.TRAINEES}

    def _reload_counts(self, db: DbSession, ids: set[int]) -> None:
        counts = load_participation(db, self.today, ids)
        running = load_running(db, self.today, ids)
        for tid in ids:
            self.participation.pop(tid, None)
            self.running.pop(tid, None)
        self.participation.update(counts)
        self.running.update(running)

    # -- scopes ----------------------------------------------------------------------------

    def cohorts_of(self, scope: Scope) -> set[int] | None:
        """The cohort ids of the scope; None means every cohort (and trainees without one)."""
        if scope.cohort_id is not None:
            return {scope.cohort_id}
        if scope.programme_id is not None:
            return {c.id for c in self.cohorts.values() if c.programme_id == scope.programme_id}
        return None

    def programme_of(self, scope: Scope) -> int | None:
        if scope.programme_id is not None:
            return scope.programme_id
        if scope.cohort_id is not None:
            found = self.cohorts.get(scope.cohort_id)
            return found.programme_id if found else None
        return None

    def trainees_of(self, scope: Scope) -> list[TraineeFact]:
        cohorts = self.cohorts_of(scope)
        if cohorts is None:
            return list(self.trainees.values())
        return [t for t in self.trainees.values() if t.cohort_id in cohorts]

    def _offered(self, scope: Scope) -> list[OpenAssignment]:
        if scope.everything:
            return list(self.assignments)
        programme = self.programme_of(scope)
        return [a for a in self.assignments if programme in a.programmes]

    # -- key figures -----------------------------------------------------------------------

    def _buckets(self) -> dict[int | None, _Bucket]:
        buckets: dict[int | None, _Bucket] = defaultdict(_Bucket)
        for fact in self.trainees.values():
            bucket = buckets[fact.cohort_id]
            if fact.status in ACTIVE_STATUSES:
                bucket.active += 1
            bucket.placements_now += self.running.get(fact.id, 0)
            counts = self.participation.get(fact.id)
            if counts is not None:
                bucket.counts = bucket.counts + counts
        for session_id, cohorts in self.this_month.sessions.items():
            for cohort_id in _or_none(cohorts):
                buckets[cohort_id].month_sessions.add(session_id)
        for point_id, cohorts in self.this_month.points.items():
            for cohort_id in _or_none(cohorts):
                buckets[cohort_id].open_points.add(point_id)
        return buckets

    def key_figures(self, scope: Scope = EVERYTHING) -> KeyFigures:
        buckets = self._buckets()
        cohorts = self.cohorts_of(scope)
        chosen = (
            buckets.values()
            if cohorts is None
            else [b for cid, b in buckets.items() if cid in cohorts]
        )
        return _combine(chosen, self._offered(scope))

    def cohort_key_figures(self) -> list[CohortKeyFigures]:
        """Every cohort's key figures, newest cohort first."""
        buckets = self._buckets()
        by_programme: dict[int, list[OpenAssignment]] = defaultdict(list)
        for entry in self.assignments:
            for programme_id in entry.programmes:
                by_programme[programme_id].append(entry)
        return [
            CohortKeyFigures(
                c.id, c.name, c.programme_id, c.programme_name, c.start_date,
                _combine([buckets.get(c.id, _Bucket())], by_programme.get(c.programme_id, [])),
            )
            for c in self.cohorts.values()
        ]  # fmt: skip

    # -- where people work and live --------------------------------------------------------

    def placements_by_place(
        self, scope: Scope = EVERYTHING, *, current_only: bool = False
    ) -> PlacementsByPlace:
        cohorts = self.cohorts_of(scope)
        per_place: dict[tuple[int | None, int], int] = defaultdict(int)
        for row in self.places:
            if cohorts is not None and row.cohort_id not in cohorts:
                continue
            count = row.running if current_only else row.count
            if count:
                per_place[(row.municipality_id, row.rotation)] += count
        rows = []
        for (municipality_id, rotation), count in per_place.items():
            found = self.municipalities.get(municipality_id) if municipality_id else None
            name = found.name if found else NO_MUNICIPALITY
            subregion = (found.subregion if found else None) or NO_SUBREGION
            rows.append(PlaceCount(subregion, name, rotation, count))
        rows.sort(key=lambda r: (r.subregion.casefold(), r.municipality.casefold(), r.rotation))
        return PlacementsByPlace(tuple(rows))

    def place_figures(self, scope: Scope = EVERYTHING) -> list[PlaceFigures]:
        """Per municipality of the reference data: what the map shows for the scope."""
        cohorts = self.cohorts_of(scope)
        placements: dict[int | None, int] = defaultdict(int)
        for row in self.places:
            if cohorts is None or row.cohort_id in cohorts:
                placements[row.municipality_id] += row.running
        assignments: dict[int | None, int] = defaultdict(int)
        free: dict[int | None, int] = defaultdict(int)
        for entry in self._offered(scope):
            assignments[entry.municipality_id] += 1
            free[entry.municipality_id] += entry.free
        living: dict[int | None, int] = defaultdict(int)
        for fact in self.trainees_of(scope):
            if fact.status in ACTIVE_STATUSES:
                living[fact.home_municipality_id] += 1
        return [
            PlaceFigures(m, placements[m.id], assignments[m.id], free[m.id], living[m.id])
            for m in self.municipalities.values()
        ]

    # -- over time -------------------------------------------------------------------------

    def monthly_figures(self, scope: Scope = EVERYTHING) -> list[MonthFigures]:
        """Per calendar month (the book's months up to today's): sessions held, their
        pooled attendance counts and level mix. Months without sessions are included."""
        cohorts = self.cohorts_of(scope) or set()
        chosen = self.session_membership.chosen(scope, cohorts, self.sessions)
        per_month: dict[dt.date, list[SessionFact]] = defaultdict(list)
        for session_id in chosen:
            fact = self.sessions[session_id]
            per_month[fact.date.replace(day=1)].append(fact)
        result = []
        for index in range(self.months):
            month = add_months(self.first_month, index)
            found = per_month.get(month, [])
            result.append(
                MonthFigures(
                    month,
                    len(found),
                    sum((f.counts for f in found), Counts()),
                    pool_mixes(f.mix for f in found),
                )
            )
        return result

    def upcoming_sessions(self, scope: Scope = EVERYTHING) -> list[SessionSummary]:
        """The sessions from today up to ``upcoming_days`` ahead, by date and time."""
        cohorts = self.cohorts_of(scope) or set()
        chosen = self.upcoming_membership.chosen(scope, cohorts, (s.id for s in self.upcoming))
        return [s for s in self.upcoming if s.id in chosen]

    # -- what needs attention --------------------------------------------------------------

    def below_threshold(self, threshold: float, scope: Scope = EVERYTHING) -> list[TraineeFigures]:
        """The scope's trainees under the participation threshold (participation's rule)."""
        names = {c.id: c.name for c in self.cohorts.values()}
        counts = self.participation
        figures = [
            TraineeFigures(
                t.id, t.name, t.sort_key, t.cohort_id, names.get(t.cohort_id or -1, ""),
                t.status, counts[t.id],
            )
            for t in self.trainees_of(scope)
            # Only a rate under the threshold can qualify: skip building the others.
            if t.id in counts and (counts[t.id].rate or 0.0) < threshold
        ]  # fmt: skip
        return below_threshold(threshold, figures)

    def attention(self, scope: Scope = EVERYTHING) -> list[AttentionItem]:
        """The attention list (services.attention) narrowed to the scope, most urgent first.

        An item is the scope's when one of its trainees is, or, for an item about an
        assignment only, when the assignment is offered to the scope's programme.
        """
        order = list(AttentionKind)
        items = sorted(
            (item for found in self.attention_items.values() for item in found),
            key=lambda i: (i.due, order.index(i.kind), i.message),
        )
        if scope.everything:
            return items
        trainees = {t.id for t in self.trainees_of(scope)}
        programme = self.programme_of(scope)
        chosen = []
        for item in items:
            refs = item.records
            about_trainees = [r.id for r in refs if r.kind == "trainee"]
            if about_trainees:
                mine = any(tid in trainees for tid in about_trainees)
            else:
                mine = any(
                    r.kind == "assignment" and programme in self.attention_programmes.get(r.id, ())
                    for r in refs
                )
            if mine:
                chosen.append(item)
        return chosen


# -- the figures one at a time (the PDF report) --------------------------------------------


def key_figures(db: DbSession, today: dt.date, scope: Scope = EVERYTHING) -> KeyFigures:
    """The key figures of one cohort, one programme or everything (module docstring)."""
    book = FigureBook(today)
    book.load(db, KEY_PARTS)
    return book.key_figures(scope)


def cohort_key_figures(db: DbSession, today: dt.date) -> list[CohortKeyFigures]:
    """Every cohort's key figures in one go, newest cohort first."""
    book = FigureBook(today)
    book.load(db, KEY_PARTS)
    return book.cohort_key_figures()


def placements_by_place(
    db: DbSession, today: dt.date, scope: Scope = EVERYTHING, *, current_only: bool = False
) -> PlacementsByPlace:
    """Placements (not aborted) of the scope's trainees per subregion, municipality and rotation.

    ``current_only`` keeps the placements running on ``today``.
    """
    book = FigureBook(today)
    book.load(db, {Part.COHORTS, Part.MUNICIPALITIES, Part.PLACES})
    return book.placements_by_place(scope, current_only=current_only)


def pool_mixes(mixes: Iterable[LevelMix]) -> LevelMix:
    """Several sessions' mixes as one, as participation defines a period's mix.

    Shares are pooled over all presences; the index is the mean of the session
    indices weighted by the number present with a known level.
    """
    counts: dict[LevelCategory, int] = dict.fromkeys(LEVELS, 0)
    unknown, weighted, weight = 0, 0.0, 0
    for mix in mixes:
        for level in LEVELS:
            counts[level] += mix.counts.get(level, 0)
        unknown += mix.unknown
        if mix.index is not None:
            weighted += mix.index * mix.known
            weight += mix.known
    return LevelMix(counts, unknown, weighted / weight if weight else None)


def monthly_figures(
    db: DbSession, today: dt.date, scope: Scope = EVERYTHING, *, months: int = 12
) -> list[MonthFigures]:
    """Per calendar month (the last ``months`` up to today's): sessions held, their
    pooled attendance counts and level mix. Months without sessions are included."""
    book = FigureBook(today, months=months)
    book.load(db, {Part.COHORTS, Part.MONTHS})
    return book.monthly_figures(scope)


# -- what changes soon ---------------------------------------------------------------------


def upcoming_changes(
    db: DbSession, today: dt.date, scope: Scope = EVERYTHING, *, weeks: int = 8
) -> list[RotationChange]:
    """Placements of the scope's trainees that end or start within ``weeks`` of today,
    each paired with what comes next (or before); soonest first."""
    horizon = today + dt.timedelta(weeks=weeks)
    columns = (
        Placement.trainee_id,
        Placement.rotation,
        Placement.start_date,
        Placement.end_date,
        Assignment.title,
        Organisation.name,
    )
    base = (
        select(*columns)
        .join(Assignment, Assignment.id == Placement.assignment_id)
        .join(Organisation, Organisation.id == Assignment.organisation_id)
        .join(Trainee, Trainee.id == Placement.trainee_id)
        .where(Placement.status != PlacementStatus.ABORTED)
    )
    where = scope_trainee_filter(db, scope)
    if where is not None:
        base = base.where(where)
    moving = db.execute(
        base.where(
            or_(
                and_(Placement.end_date >= today, Placement.end_date <= horizon),
                and_(Placement.start_date > today, Placement.start_date <= horizon),
            )
        )
    ).all()
    trainee_ids = {row[0] for row in moving}
    if not trainee_ids:
        return []
    later: dict[int, list[tuple[int, dt.date, dt.date, str, str]]] = defaultdict(list)
    names: dict[int, tuple[str, str]] = {}
    for batch in _chunks(trainee_ids):
        for tid, rotation, start, end, title, org in db.execute(
            base.where(Placement.trainee_id.in_(batch), Placement.end_date >= today)
        ):
            later[tid].append((rotation, start, end, title, org))
        for tid, given, prefix, surname in db.execute(
            select(Trainee.id, Trainee.given_name, Trainee.prefix, Trainee.surname).where(
                Trainee.id.in_(batch)
            )
        ):
            names[tid] = (full_name(given, prefix, surname), sort_key(given, prefix, surname))
    changes: dict[tuple[int, int | None], RotationChange] = {}
    for tid, rotation, _start, end, title, org in moving:
        name, key = names[tid]
        if today <= end <= horizon:
            after = sorted((p for p in later[tid] if p[1] > end), key=lambda p: p[1])
            nxt = after[0] if after else None
            changes[(tid, rotation)] = RotationChange(
                tid, name, key, rotation, title, org, end,
                nxt[0] if nxt else None, nxt[3] if nxt else "", nxt[4] if nxt else "",
                nxt[1] if nxt else None,
            )  # fmt: skip
    shown = {(c.trainee_id, c.next_rotation) for c in changes.values()}
    for tid, rotation, start, _end, title, org in moving:
        if not (today < start <= horizon) or (tid, rotation) in shown:
            continue  # not starting soon, or already shown as the next step
        name, key = names[tid]
        changes[(tid, -rotation)] = RotationChange(
            tid, name, key, None, "", "", None, rotation, title, org, start
        )
    return sorted(changes.values(), key=lambda c: (c.when, c.sort_key, c.trainee_id))


def counts_by_trainee(
    db: DbSession, today: dt.date, scope: Scope = EVERYTHING, period: Period | None = None
) -> Mapping[int, Counts]:
    """The participation counts (participation.py) of the scope's trainees, by trainee id."""
    cohorts = _cohorts_of(db, scope)
    return {
        f.trainee_id: f.counts
        for f in trainee_figures(db, today, period)
        if cohorts is None or f.cohort_id in cohorts
    }
