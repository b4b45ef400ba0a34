"""Participation figures: who takes part, how often, and how mixed the groups are.

Definitions (every figure on screen, in reports and in ``stats --json`` uses these):

Taken place
    A session has taken place when its date is on or before *today* (the
    application's date, ``AppContext.today``). Sessions still to come count nowhere.
    An optional period (first and last date, inclusive) narrows every figure to the
    sessions in it.

Invited, present, excused, absent, unrecorded
    Counted over attendance rows of sessions that have taken place. *Invited* is the
    number of such rows: everyone who was on the list, including walk-ins (a walk-in
    gets a row when checked in). *Present* counts status *aanwezig*; *excused*
    *afwezig met bericht*; *absent* *afwezig zonder bericht*; *unrecorded* the rows
    still *uitgenodigd* or *aangemeld* after the session (nobody registered the
    outcome). Together: invited = present + excused + absent + unrecorded.

Participation rate
    present / invited, a fraction from 0 to 1; ``None`` when nobody was invited.
    Excused absence is *not* removed from the denominator: it is reported beside the
    rate (``excused``), and ``rate_without_excused`` = present / (invited - excused)
    is given for those who want to judge only unannounced absence.

    - per trainee: the trainee's own rows;
    - per session: all rows of the session, trainees and guests;
    - per cohort: pooled over the rows of the trainees now in that cohort
      (sum of present / sum of invited, so a trainee invited often weighs more
      than one invited once; not an average of trainee rates);
    - overall: pooled over all rows of all sessions that took place, trainees and
      guests (equal to the sum over sessions of present / of invited).

Below threshold
    Trainees who are hired or active, were invited at least once, and whose rate is
    strictly below ``Settings.participation_threshold``. Finished trainees and
    those who left are not warned about.

Level mix (kruisbestuiving)
    Among the people *present*: trainees count with their education level, guests
    with theirs; mbo 1-4 counts as mbo, Associate degree and hbo as hbo, wo as wo. A
    guest without a level is counted as *unknown*, reported separately, and left out
    of the shares. The shares are the fractions of mbo, hbo and wo among the present
    with a known level.

    The mixing index is the normalised Shannon entropy of the three shares:
    ``-sum(p * ln p) / ln 3`` over the levels with p > 0. It is 0 when everyone
    present has the same level and 1 when mbo, hbo and wo are exactly a third each;
    two levels half-and-half give ln 2 / ln 3 = 0.63. ``None`` when nobody with a
    known level was present.

    For a period the shares are pooled over all presences (one person at three
    sessions counts three times), but the index is the mean of the session indices
    weighted by the number of present people with a known level. Learning from each
    other happens inside a session: an mbo-only session and a wo-only session give a
    period index of 0 even though the pooled shares look balanced.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
    Attendance,
    AttendanceStatus,
    Cohort,
    EducationLevel,
    GuestParticipant,
    LevelCategory,
    Session,
    SessionType,
    Trainee,
    TraineeStatus,
)

LEVELS = (LevelCategory.MBO, LevelCategory.HBO, LevelCategory.WO)
WARNED_STATUSES = (TraineeStatus.HIRED, TraineeStatus.ACTIVE)


@dataclass(frozen=True)
class Period:
    """Inclusive first and last date; either may be open."""

    first: dt.date | None = None
    last: dt.date | None = None


@dataclass(frozen=True)
class Counts:
    invited: int = 0
    present: int = 0
    excused: int = 0
    absent: int = 0
    unrecorded: int = 0

    @property
    def rate(self) -> float | None:
        return self.present / self.invited if self.invited else None

    @property
    def rate_without_excused(self) -> float | None:
        expected = self.invited - self.excused
        return self.present / expected if expected > 0 else None

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.invited + other.invited,
            self.present + other.present,
            self.excused + other.excused,
            self.absent + other.absent,
            self.unrecorded + other.unrecorded,
        )


def _counts(by_status: Mapping[AttendanceStatus, int]) -> Counts:
    return Counts(
        invited=sum(by_status.values()),
        present=by_status.get(AttendanceStatus.PRESENT, 0),
        excused=by_status.get(AttendanceStatus.EXCUSED, 0),
        absent=by_status.get(AttendanceStatus.ABSENT, 0),
        unrecorded=by_status.get(AttendanceStatus.INVITED, 0)
        + by_status.get(AttendanceStatus.REGISTERED, 0),
    )


@dataclass(frozen=True)
class TraineeFigures:
    trainee_id: int
    name: str
    sort_key: str
    cohort_id: int | None
    cohort_name: str
    status: TraineeStatus
    counts: Counts


@dataclass(frozen=True)
class CohortFigures:
    cohort_id: int
    name: str
    trainees: int  # trainees of the cohort with at least one row counted
    counts: Counts


@dataclass(frozen=True)
class LevelMix:
    counts: dict[LevelCategory, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    unknown: int = 0
    index: float | None = None  # for a period: the weighted mean of the session indices

    @property
    def known(self) -> int:
        return sum(self.counts.values())

    @property
    def shares(self) -> dict[LevelCategory, float] | None:
        known = self.known
        if not known:
            return None
        return {level: self.counts.get(level, 0) / known for level in LEVELS}


@dataclass(frozen=True)
class SessionFigures:
    session_id: int
    title: str
    type: SessionType
    date: dt.date
    counts: Counts
    mix: LevelMix


@dataclass(frozen=True)
class ActionPointRow:
    id: int
    session_id: int
    session_title: str
    session_date: dt.date
    description: str
    owner: str | None
    due_date: dt.date | None
    status: ActionPointStatus
    overdue: bool


def mixing_index(counts: Mapping[LevelCategory, int]) -> float | None:
    """Normalised Shannon entropy of the mbo/hbo/wo counts (see the module docstring)."""
    total = sum(counts.get(level, 0) for level in LEVELS)
    if total == 0:
        return None
    entropy = 0.0
    for level in LEVELS:
        share = counts.get(level, 0) / total
        if share > 0:
            entropy -= share * math.log(share)
    return max(0.0, min(1.0, entropy / math.log(len(LEVELS))))


def _taken_place(query: Select, today: dt.date, period: Period | None) -> Select:  # type: ignore[type-arg]
    query = query.where(Session.date <= today)
    if period is not None:
        if period.first is not None:
            query = query.where(Session.date >= period.first)
        if period.last is not None:
            query = query.where(Session.date <= period.last)
    return query


# -- rates ------------------------------------------------------------------------------


def trainee_figures(
    db: DbSession, today: dt.date, period: Period | None = None
) -> list[TraineeFigures]:
    """Every trainee with at least one counted row, sorted by surname."""
    query = (
        select(Attendance.trainee_id, Attendance.status, func.count())
        .join(Session, Attendance.session_id == Session.id)
        .where(Attendance.trainee_id.is_not(None))
        .group_by(Attendance.trainee_id, Attendance.status)
    )
    by_trainee: dict[int, dict[AttendanceStatus, int]] = defaultdict(dict)
    for trainee_id, status, count in db.execute(_taken_place(query, today, period)):
        by_trainee[trainee_id][status] = int(count)
    if not by_trainee:
        return []
    result = []
    people = db.execute(
        select(Trainee, Cohort.name)
        .outerjoin(Cohort, Trainee.cohort_id == Cohort.id)
        .where(Trainee.id.in_(list(by_trainee)))
    )
    for trainee, cohort_name in people:
        result.append(
            TraineeFigures(
                trainee.id,
                trainee.full_name,
                trainee.sort_name,
                trainee.cohort_id,
                cohort_name or "",
                trainee.status,
                _counts(by_trainee[trainee.id]),
            )
        )
    return sorted(result, key=lambda f: (f.sort_key, f.trainee_id))


def cohort_figures(
    db: DbSession,
    today: dt.date,
    period: Period | None = None,
    trainees: Iterable[TraineeFigures] | None = None,
) -> list[CohortFigures]:
    """Pooled counts per cohort (trainees without a cohort are left out), by name."""
    pooled: dict[int, Counts] = defaultdict(Counts)
    members: dict[int, int] = defaultdict(int)
    names: dict[int, str] = {}
    for figures in trainees if trainees is not None else trainee_figures(db, today, period):
        if figures.cohort_id is None:
            continue
        pooled[figures.cohort_id] = pooled[figures.cohort_id] + figures.counts
        members[figures.cohort_id] += 1
        names[figures.cohort_id] = figures.cohort_name
    return sorted(
        (CohortFigures(cid, names[cid], members[cid], pooled[cid]) for cid in pooled),
        key=lambda f: f.name.casefold(),
    )


def _mixes(
    db: DbSession, today: dt.date, period: Period | None, session_ids: list[int] | None = None
) -> dict[int, LevelMix]:
    guest = aliased(GuestParticipant)
    query = (
        select(Attendance.session_id, Trainee.education_level, guest.education_level)
        .join(Session, Attendance.session_id == Session.id)
        .outerjoin(Trainee, Attendance.trainee_id == Trainee.id)
        .outerjoin(guest, Attendance.guest_id == guest.id)
        .where(Attendance.status == AttendanceStatus.PRESENT)
    )
    if session_ids is not None:
        query = query.where(Session.id.in_(session_ids))
    else:
        query = _taken_place(query, today, period)
    counts: dict[int, dict[LevelCategory, int]] = defaultdict(lambda: dict.fromkeys(LEVELS, 0))
    unknown: dict[int, int] = defaultdict(int)
    for session_id, trainee_level, guest_level in db.execute(query):
        level: EducationLevel | None = trainee_level or guest_level
        if level is None:
            unknown[session_id] += 1
        else:
            counts[session_id][level.category] += 1
    return {
        sid: LevelMix(dict(counts[sid]), unknown[sid], mixing_index(counts[sid]))
        for sid in set(counts) | set(unknown)
    }


def session_mix(db: DbSession, session_id: int) -> LevelMix:
    """The level mix of the people present at one session (whatever its date)."""
    return _mixes(db, dt.date.max, None, [session_id]).get(session_id, LevelMix())


def period_mix(db: DbSession, today: dt.date, period: Period | None = None) -> LevelMix:
    """Pooled shares over all presences; index = weighted mean of the session indices."""
    mixes = _mixes(db, today, period)
    counts = dict.fromkeys(LEVELS, 0)
    unknown = 0
    weighted = 0.0
    weight = 0
    for mix in mixes.values():
        for level in LEVELS:
            counts[level] += mix.counts.get(level, 0)
        unknown += mix.unknown
        if mix.index is not None:
            weighted += mix.index * mix.known
            weight += mix.known
    return LevelMix(counts, unknown, weighted / weight if weight else None)


def session_figures(
    db: DbSession, today: dt.date, period: Period | None = None
) -> list[SessionFigures]:
    """Every session that took place (in the period), newest first, with counts and mix."""
    query = _taken_place(
        select(Session.id, Session.title, Session.type, Session.date), today, period
    )
    sessions = db.execute(query.order_by(Session.date.desc(), Session.start_time.desc())).all()
    status_query = _taken_place(
        select(Attendance.session_id, Attendance.status, func.count())
        .join(Session, Attendance.session_id == Session.id)
        .group_by(Attendance.session_id, Attendance.status),
        today,
        period,
    )
    by_session: dict[int, dict[AttendanceStatus, int]] = defaultdict(dict)
    for session_id, status, count in db.execute(status_query):
        by_session[session_id][status] = int(count)
    mixes = _mixes(db, today, period)
    return [
        SessionFigures(
            row.id,
            row.title,
            row.type,
            row.date,
            _counts(by_session.get(row.id, {})),
            mixes.get(row.id, LevelMix()),
        )
        for row in sessions
    ]


def overall_counts(db: DbSession, today: dt.date, period: Period | None = None) -> Counts:
    query = _taken_place(
        select(Attendance.status, func.count())
        .join(Session, Attendance.session_id == Session.id)
        .group_by(Attendance.status),
        today,
        period,
    )
    return _counts({status: int(count) for status, count in db.execute(query)})


def below_threshold(threshold: float, trainees: Iterable[TraineeFigures]) -> list[TraineeFigures]:
    """Hired or active trainees whose rate is strictly below ``threshold``, lowest first."""
    found = [
        figures
        for figures in trainees
        if figures.status in WARNED_STATUSES
        and figures.counts.rate is not None
        and figures.counts.rate < threshold
    ]
    return sorted(found, key=lambda f: (f.counts.rate or 0.0, f.sort_key))


def trainees_below_threshold(
    db: DbSession, today: dt.date, threshold: float, period: Period | None = None
) -> list[TraineeFigures]:
    return below_threshold(threshold, trainee_figures(db, today, period))


# -- action points ----------------------------------------------------------------------


def open_action_points(
    db: DbSession, today: dt.date, *, include_done: bool = False
) -> list[ActionPointRow]:
    """Action points across sessions that are not done; by due date (none last), then age."""
    query = select(ActionPoint, Session.title, Session.date).join(
        Session, ActionPoint.session_id == Session.id
    )
    if not include_done:
        query = query.where(ActionPoint.status != ActionPointStatus.DONE)
    rows = [
        ActionPointRow(
            point.id,
            point.session_id,
            title,
            date,
            point.description,
            point.owner,
            point.due_date,
            point.status,
            point.status is not ActionPointStatus.DONE
            and point.due_date is not None
            and point.due_date < today,
        )
        for point, title, date in db.execute(query)
    ]
    return sorted(
        rows,
        key=lambda r: (r.due_date is None, r.due_date or dt.date.max, r.session_date, r.id),
    )


# -- the command line's summary -------------------------------------------------------


def participation_summary(db: DbSession, today: dt.date) -> dict[str, object]:
    """The ``participation`` object of ``stats --json``: fractions, session ids as keys.

    Cohorts and sessions without any counted row are left out (their rate is undefined).
    """
    trainees = trainee_figures(db, today)
    return {
        "overall_rate": overall_counts(db, today).rate,
        "by_cohort": {
            figures.name: figures.counts.rate
            for figures in cohort_figures(db, today, trainees=trainees)
            if figures.counts.rate is not None
        },
        "by_session": {
            str(figures.session_id): figures.counts.rate
            for figures in sorted(session_figures(db, today), key=lambda f: f.session_id)
            if figures.counts.rate is not None
        },
    }
