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
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session as DbSession

from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
    Assignment,
    AssignmentStatus,
    Attendance,
    Cohort,
    LevelCategory,
    Municipality,
    Organisation,
    Placement,
    PlacementStatus,
    Programme,
    Session,
    Trainee,
    TraineeStatus,
    assignment_programme,
    session_cohort,
    session_programme,
)
from coordinator_app.services.dutch import add_months
from coordinator_app.services.participation import (
    LEVELS,
    Counts,
    LevelMix,
    Period,
    TraineeFigures,
    cohort_figures,
    session_figures,
    trainee_figures,
)
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


def _programme_of(db: DbSession, scope: Scope) -> int | None:
    if scope.programme_id is not None:
        return scope.programme_id
    if scope.cohort_id is not None:
        return db.scalar(select(Cohort.programme_id).where(Cohort.id == scope.cohort_id))
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
    cohorts = set(_cohorts_of(db, scope) or [])
    membership = session_cohorts(db, ids)
    chosen = {sid for sid in ids if membership.get(sid, set()) & cohorts}
    if scope.programme_id is not None:
        programmes = _session_programmes(db, ids - chosen)
        chosen |= {sid for sid, found in programmes.items() if scope.programme_id in found}
    return chosen


# -- key figures -------------------------------------------------------------------------


def _month_bounds(today: dt.date) -> tuple[dt.date, dt.date]:
    first = today.replace(day=1)
    return first, add_months(first, 1) - dt.timedelta(days=1)


def _open_assignment_places(db: DbSession, today: dt.date) -> list[tuple[int, set[int], int]]:
    """(assignment id, its programmes, free places) of every open assignment not yet ended."""
    rows = db.execute(
        select(Assignment.id, Assignment.places, Assignment.start_date).where(
            Assignment.status == AssignmentStatus.OPEN, Assignment.end_date >= today
        )
    ).all()
    if not rows:
        return []
    moment = {aid: max(today, start) for aid, _places, start in rows}
    taken: dict[int, int] = defaultdict(int)
    programmes: dict[int, set[int]] = defaultdict(set)
    for batch in _chunks(moment):
        for aid, start, end in db.execute(
            select(Placement.assignment_id, Placement.start_date, Placement.end_date).where(
                Placement.assignment_id.in_(batch),
                Placement.status != PlacementStatus.ABORTED,
                Placement.end_date >= today,
            )
        ):
            if start <= moment[aid] <= end:
                taken[aid] += 1
        for aid, programme_id in db.execute(
            select(assignment_programme.c.assignment_id, assignment_programme.c.programme_id).where(
                assignment_programme.c.assignment_id.in_(batch)
            )
        ):
            programmes[aid].add(programme_id)
    return [(aid, programmes[aid], max(0, places - taken[aid])) for aid, places, _ in rows]


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


def _buckets(
    db: DbSession, today: dt.date, trainees: list[TraineeFigures]
) -> dict[int | None, _Bucket]:
    """Per cohort (None: no cohort) the raw counts behind the key figures."""
    buckets: dict[int | None, _Bucket] = defaultdict(_Bucket)
    for cohort_id, count in db.execute(
        select(Trainee.cohort_id, func.count())
        .where(Trainee.status.in_(ACTIVE_STATUSES))
        .group_by(Trainee.cohort_id)
    ):
        buckets[cohort_id].active = int(count)
    for cohort_id, count in db.execute(
        select(Trainee.cohort_id, func.count())
        .join(Placement, Placement.trainee_id == Trainee.id)
        .where(
            Placement.status != PlacementStatus.ABORTED,
            Placement.start_date <= today,
            Placement.end_date >= today,
        )
        .group_by(Trainee.cohort_id)
    ):
        buckets[cohort_id].placements_now = int(count)
    first, last = _month_bounds(today)
    month = list(db.scalars(select(Session.id).where(Session.date.between(first, last))))
    membership = session_cohorts(db, month)
    for session_id in month:
        for cohort_id in _or_none(membership.get(session_id)):
            buckets[cohort_id].month_sessions.add(session_id)
    points = db.execute(
        select(ActionPoint.id, ActionPoint.session_id).where(
            ActionPoint.status != ActionPointStatus.DONE
        )
    ).all()
    membership = session_cohorts(db, {sid for _pid, sid in points})
    for point_id, session_id in points:
        for cohort_id in _or_none(membership.get(session_id)):
            buckets[cohort_id].open_points.add(point_id)
    for figures in cohort_figures(db, today, trainees=trainees):
        buckets[figures.cohort_id].counts = figures.counts
    return buckets


def _combine(
    buckets: Iterable[_Bucket],
    assignments: Iterable[tuple[int, set[int], int]],
    counts: Counts | None = None,
) -> KeyFigures:
    chosen = list(buckets)
    offered = list(assignments)
    return KeyFigures(
        active_trainees=sum(b.active for b in chosen),
        placements_now=sum(b.placements_now for b in chosen),
        open_assignments=len(offered),
        free_places=sum(free for _aid, _programmes, free in offered),
        sessions_this_month=len(set().union(*(b.month_sessions for b in chosen))),
        participation=counts if counts is not None else sum((b.counts for b in chosen), Counts()),
        open_action_points=len(set().union(*(b.open_points for b in chosen))),
    )


def key_figures(db: DbSession, today: dt.date, scope: Scope = EVERYTHING) -> KeyFigures:
    """The key figures of one cohort, one programme or everything (module docstring)."""
    trainees = trainee_figures(db, today)
    buckets = _buckets(db, today, trainees)
    assignments = _open_assignment_places(db, today)
    if scope.everything:
        # Overall participation includes trainees without a cohort: pool every trainee.
        pooled = sum((f.counts for f in trainees), Counts())
        return _combine(buckets.values(), assignments, pooled)
    cohorts = set(_cohorts_of(db, scope) or [])
    programme = _programme_of(db, scope)
    return _combine(
        (b for cid, b in buckets.items() if cid in cohorts),
        (a for a in assignments if programme in a[1]),
    )


def cohort_key_figures(db: DbSession, today: dt.date) -> list[CohortKeyFigures]:
    """Every cohort's key figures in one go, newest cohort first."""
    buckets = _buckets(db, today, trainee_figures(db, today))
    assignments = _open_assignment_places(db, today)
    by_programme: dict[int, list[tuple[int, set[int], int]]] = defaultdict(list)
    for entry in assignments:
        for programme_id in entry[1]:
            by_programme[programme_id].append(entry)
    result = []
    for cohort_id, name, programme_id, programme_name, start in db.execute(
        select(Cohort.id, Cohort.name, Programme.id, Programme.name, Cohort.start_date)
        .join(Programme, Programme.id == Cohort.programme_id)
        .order_by(Cohort.start_date.desc(), Cohort.name)
    ):
        figures = _combine([buckets.get(cohort_id, _Bucket())], by_programme.get(programme_id, []))
        result.append(
            CohortKeyFigures(cohort_id, name, programme_id, programme_name, start, figures)
        )
    return result


# -- where people work ---------------------------------------------------------------------


def placements_by_place(
    db: DbSession, today: dt.date, scope: Scope = EVERYTHING, *, current_only: bool = False
) -> PlacementsByPlace:
    """Placements (not aborted) of the scope's trainees per subregion, municipality and rotation.

    ``current_only`` keeps the placements running on ``today``.
    """
    place = func.coalesce(Assignment.municipality_id, Organisation.municipality_id)
    query = (
        select(place, Placement.rotation, func.count())
        .select_from(Placement)
        .join(Assignment, Assignment.id == Placement.assignment_id)
        .join(Organisation, Organisation.id == Assignment.organisation_id)
        .join(Trainee, Trainee.id == Placement.trainee_id)
        .where(Placement.status != PlacementStatus.ABORTED)
        .group_by(place, Placement.rotation)
    )
    where = scope_trainee_filter(db, scope)
    if where is not None:
        query = query.where(where)
    if current_only:
        query = query.where(Placement.start_date <= today, Placement.end_date >= today)
    municipalities = {
        mid: (name, subregion or NO_SUBREGION)
        for mid, name, subregion in db.execute(
            select(Municipality.id, Municipality.name, Municipality.subregion)
        )
    }
    rows = []
    for municipality_id, rotation, count in db.execute(query):
        name, subregion = municipalities.get(municipality_id, (NO_MUNICIPALITY, NO_SUBREGION))
        rows.append(PlaceCount(subregion, name, int(rotation), int(count)))
    rows.sort(key=lambda r: (r.subregion.casefold(), r.municipality.casefold(), r.rotation))
    return PlacementsByPlace(tuple(rows))


# -- over time --------------------------------------------------------------------------------


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
    first_month = add_months(today.replace(day=1), -(months - 1))
    sessions = session_figures(db, today, Period(first_month, today))
    chosen = scope_sessions(db, scope, (s.session_id for s in sessions))
    per_month: dict[dt.date, list[int]] = defaultdict(list)
    by_id = {s.session_id: s for s in sessions}
    for session_id in chosen:
        per_month[by_id[session_id].date.replace(day=1)].append(session_id)
    result = []
    for index in range(months):
        month = add_months(first_month, index)
        ids = per_month.get(month, [])
        result.append(
            MonthFigures(
                month,
                len(ids),
                sum((by_id[i].counts for i in ids), Counts()),
                pool_mixes(by_id[i].mix for i in ids),
            )
        )
    return result


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
