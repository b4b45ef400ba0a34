"""Placements: create and edit them, move them through their statuses, write evaluations,
and see how full each assignment is.

Qt-free so that forms, the planner, undo commands and tests share one path to the
database. The hard rules are not checked here: the flush does that for every change
(:mod:`coordinator_app.services.rules`), so a change that breaks one raises
:class:`~coordinator_app.services.rules.HardRuleViolation` and its transaction rolls
back. What this module adds is what the flush cannot know: which status changes make
sense, sane input, and the soft warnings a change leaves behind, returned to the caller
so the screen can show them next to the record.

Rotation windows: a cohort's rotation *k* runs from ``start + (k-1) * months`` to the
day before ``start + k * months`` (months from the programme), so consecutive
rotations touch without overlapping.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    Assignment,
    AssignmentStatus,
    Cohort,
    Evaluation,
    EvaluationAuthor,
    EvaluationMoment,
    Organisation,
    Placement,
    PlacementStatus,
    Programme,
    Trainee,
    TraineeStatus,
)
from coordinator_app.services.concurrency import check_version
from coordinator_app.services.dutch import add_months, period
from coordinator_app.services.labels import label
from coordinator_app.services.rules import SoftRuleSettings, SoftWarning, trainee_warnings
from coordinator_app.text import full_name

# Trainees the planner and the attention list look after.
PLANNABLE_TRAINEES = (TraineeStatus.HIRED, TraineeStatus.ACTIVE)
# SQLite allows 32766 bound parameters; stay far below for every backend.
_IN_CHUNK = 900


def chunks(ids: Iterable[int], size: int = _IN_CHUNK) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), size):
        yield ordered[i : i + size]


# --- errors ------------------------------------------------------------------------------


class PlacementNotFound(CoordinatorError):
    def __init__(self, placement_id: int) -> None:
        super().__init__(f"Deze plaatsing bestaat niet meer (plaatsing {placement_id}).")
        self.placement_id = placement_id


class InvalidPlacement(CoordinatorError):
    """Input that no rule engine needs to see: it is wrong on its face."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = tuple(problems)


class StatusChangeRefused(CoordinatorError):
    def __init__(self, old: PlacementStatus, new: PlacementStatus) -> None:
        super().__init__(
            f"Een plaatsing met status '{label(old)}' kan niet naar status '{label(new)}'. "
            f"{_REFUSAL_REASON.get((old, new), '')}".strip()
        )
        self.old = old
        self.new = new


# --- rotation windows --------------------------------------------------------------------


@dataclass(frozen=True)
class RotationWindow:
    rotation: int
    start: dt.date
    end: dt.date

    def text(self) -> str:
        return f"rotatie {self.rotation} ({period(self.start, self.end)})"

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return start <= self.end and end >= self.start


def rotation_window(cohort_start: dt.date, months: int, rotation: int) -> RotationWindow:
    start = add_months(cohort_start, (rotation - 1) * months)
    end = add_months(cohort_start, rotation * months) - dt.timedelta(days=1)
    return RotationWindow(rotation, start, end)


def cohort_windows(cohort: Cohort) -> list[RotationWindow]:
    programme = cohort.programme
    return [
        rotation_window(cohort.start_date, programme.rotation_months, k)
        for k in range(1, programme.rotations_per_trainee + 1)
    ]


# --- occupancy and the capacity view -------------------------------------------------------


@dataclass(frozen=True)
class Occupant:
    """An active placement holding a place on an assignment."""

    placement_id: int
    trainee_id: int
    trainee_name: str
    start: dt.date
    end: dt.date


def peak_occupancy(occupants: Iterable[Occupant], start: dt.date, end: dt.date) -> int:
    """The largest number of these placements active on one day between start and end.

    The count can only rise on a start date, so checking the period's first day and
    every start date inside the period is enough.
    """
    inside = [o for o in occupants if o.start <= end and o.end >= start]
    if not inside:
        return 0
    moments = {start} | {o.start for o in inside if o.start > start}
    return max(sum(1 for o in inside if o.start <= m <= o.end) for m in moments)


def holders(occupants: Iterable[Occupant], start: dt.date, end: dt.date) -> list[Occupant]:
    """The placements that hold a place at some moment of the period."""
    return sorted(
        (o for o in occupants if o.start <= end and o.end >= start),
        key=lambda o: (o.start, o.trainee_name),
    )


def load_occupants(
    session: Session,
    assignment_ids: Iterable[int] | None = None,
    *,
    ignore_placement_ids: Iterable[int] = (),
) -> dict[int, list[Occupant]]:
    """Active placements per assignment (aborted ones hold no place)."""
    ignore = set(ignore_placement_ids)
    query = (
        select(
            Placement.id,
            Placement.assignment_id,
            Placement.trainee_id,
            Placement.start_date,
            Placement.end_date,
            Trainee.given_name,
            Trainee.prefix,
            Trainee.surname,
        )
        .join(Trainee, Trainee.id == Placement.trainee_id)
        .where(Placement.status != PlacementStatus.ABORTED)
    )
    rows: list[Any] = []
    if assignment_ids is None:
        rows = list(session.execute(query))
    else:
        for chunk in chunks(assignment_ids):
            rows.extend(session.execute(query.where(Placement.assignment_id.in_(chunk))))
    found: dict[int, list[Occupant]] = defaultdict(list)
    for pid, aid, tid, start, end, given, prefix, surname in rows:
        if pid not in ignore:
            found[aid].append(Occupant(pid, tid, full_name(given, prefix, surname), start, end))
    return found


@dataclass(frozen=True)
class Period:
    label: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class CapacityCell:
    period: Period
    runs: bool  # the assignment runs at some moment of the period
    covers: bool  # the assignment runs for the whole period
    taken: int
    free: int
    holders: tuple[str, ...]


@dataclass(frozen=True)
class CapacityRow:
    assignment_id: int
    title: str
    organisation_name: str
    places: int
    start: dt.date
    end: dt.date
    cells: tuple[CapacityCell, ...]


def month_periods(first: dt.date, count: int) -> list[Period]:
    """Calendar months from the month of ``first``, labelled as a Dutch reader writes them."""
    from coordinator_app.services.dutch import MONTHS_NL

    start = first.replace(day=1)
    result = []
    for i in range(count):
        month_start = add_months(start, i)
        month_end = add_months(start, i + 1) - dt.timedelta(days=1)
        result.append(
            Period(f"{MONTHS_NL[month_start.month - 1]} {month_start.year}", month_start, month_end)
        )
    return result


def cohort_periods(session: Session, cohort_id: int) -> list[Period]:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise CoordinatorError(f"Deze lichting bestaat niet meer (lichting {cohort_id}).")
    return [Period(f"Rotatie {w.rotation}", w.start, w.end) for w in cohort_windows(cohort)]


def capacity_view(
    session: Session,
    periods: Sequence[Period],
    *,
    assignment_ids: Iterable[int] | None = None,
    include_closed: bool = False,
) -> list[CapacityRow]:
    """For each assignment and period: the places taken (at the busiest moment) and free.

    A period the assignment only partly covers still shows its occupancy, marked
    ``covers=False``: a new placement for the whole period would fall outside the
    assignment's own period. Outside its period an assignment has no free places.
    """
    query = select(
        Assignment.id,
        Assignment.title,
        Organisation.name,
        Assignment.places,
        Assignment.start_date,
        Assignment.end_date,
        Assignment.status,
    ).join(Organisation, Organisation.id == Assignment.organisation_id)
    if assignment_ids is not None:
        wanted = set(assignment_ids)
        records = [
            r for c in chunks(wanted) for r in session.execute(query.where(Assignment.id.in_(c)))
        ]
    else:
        records = list(session.execute(query))
    if not include_closed:
        records = [r for r in records if r[6] in (AssignmentStatus.OPEN, AssignmentStatus.FILLED)]
    occupants = load_occupants(session, [r[0] for r in records])
    rows = []
    for aid, title, org_name, places, a_start, a_end, _status in records:
        cells = []
        for p in periods:
            runs = a_start <= p.end and a_end >= p.start
            covers = a_start <= p.start and a_end >= p.end
            mine = occupants.get(aid, [])
            taken = peak_occupancy(mine, p.start, p.end) if runs else 0
            cells.append(
                CapacityCell(
                    period=p,
                    runs=runs,
                    covers=covers,
                    taken=taken,
                    free=max(0, places - taken) if runs else 0,
                    holders=tuple(o.trainee_name for o in holders(mine, p.start, p.end)),
                )
            )
        rows.append(CapacityRow(aid, title, org_name, places, a_start, a_end, tuple(cells)))
    rows.sort(key=lambda r: (r.organisation_name.casefold(), r.title.casefold(), r.assignment_id))
    return rows


# --- placement data and validation -------------------------------------------------------


@dataclass(frozen=True)
class PlacementData:
    trainee_id: int
    assignment_id: int
    rotation: int
    start: dt.date
    end: dt.date
    status: PlacementStatus = PlacementStatus.PROPOSED
    locked: bool = False
    notes: str = ""


@dataclass(frozen=True)
class PlacementDraft:
    """A placement being started from a trainee or an assignment: what we can fill in."""

    trainee_id: int | None
    assignment_id: int | None
    rotation: int
    start: dt.date | None
    end: dt.date | None

    def complete(self) -> PlacementData | None:
        """The placement to save, once trainee, assignment and dates are all known."""
        trainee, assignment, start, end = self.trainee_id, self.assignment_id, self.start, self.end
        if trainee is None or assignment is None or start is None or end is None:
            return None
        return PlacementData(trainee, assignment, self.rotation, start, end)


@dataclass(frozen=True)
class PlacementOutcome:
    """A saved placement and the soft warnings that now apply to it."""

    placement_id: int
    warnings: tuple[SoftWarning, ...]


def validate_placement(data: PlacementData) -> list[str]:
    problems = []
    if data.end <= data.start:
        problems.append("De einddatum moet na de begindatum liggen.")
    if not 1 <= data.rotation <= 12:
        problems.append("Het rotatienummer moet tussen 1 en 12 liggen.")
    if len(data.notes) > 10_000:
        problems.append("De notitie is te lang (meer dan 10.000 tekens).")
    return problems


def _refuse_invalid(problems: list[str]) -> None:
    if problems:
        raise InvalidPlacement(problems)


# Statuses move forward (voorgesteld -> bevestigd -> lopend -> afgerond) and may step
# back once to correct a slip. What happened cannot be undone by a status: a completed
# placement cannot be aborted or turned back into a plan, and a running one was confirmed.
_REFUSED: set[tuple[PlacementStatus, PlacementStatus]] = {
    (PlacementStatus.COMPLETED, PlacementStatus.ABORTED),
    (PlacementStatus.COMPLETED, PlacementStatus.PROPOSED),
    (PlacementStatus.COMPLETED, PlacementStatus.CONFIRMED),
    (PlacementStatus.RUNNING, PlacementStatus.PROPOSED),
}
_REFUSAL_REASON = {
    (PlacementStatus.COMPLETED, PlacementStatus.ABORTED): (
        "Een afgeronde plaatsing is voltooid; afbreken kan alleen zolang ze loopt."
    ),
    (PlacementStatus.COMPLETED, PlacementStatus.PROPOSED): (
        "Een afgeronde plaatsing heeft plaatsgevonden; zet haar hooguit terug op 'lopend'."
    ),
    (PlacementStatus.COMPLETED, PlacementStatus.CONFIRMED): (
        "Een afgeronde plaatsing heeft plaatsgevonden; zet haar hooguit terug op 'lopend'."
    ),
    (PlacementStatus.RUNNING, PlacementStatus.PROPOSED): (
        "Een lopende plaatsing is al bevestigd; zet haar hooguit terug op 'bevestigd'."
    ),
}


def status_change_allowed(old: PlacementStatus, new: PlacementStatus) -> bool:
    return (old, new) not in _REFUSED


def allowed_statuses(current: PlacementStatus) -> list[PlacementStatus]:
    """The statuses a placement can move to from ``current`` (itself included)."""
    return [s for s in PlacementStatus if status_change_allowed(current, s)]


# --- create, edit, delete -----------------------------------------------------------------


def _get(session: Session, placement_id: int) -> Placement:
    placement = session.get(Placement, placement_id)
    if placement is None:
        raise PlacementNotFound(placement_id)
    return placement


def placement_warnings(
    session: Session, placement: Placement, settings: SoftRuleSettings
) -> tuple[SoftWarning, ...]:
    """The trainee's soft warnings that involve this placement."""
    session.flush()
    found = trainee_warnings(session, [placement.trainee_id], settings).get(
        placement.trainee_id, []
    )
    return tuple(
        w for w in found if any(r.kind == "placement" and r.id == placement.id for r in w.records)
    )


def load_placement(session: Session, placement_id: int) -> tuple[PlacementData, int]:
    """The placement as a form shows it, and the version to save over."""
    p = _get(session, placement_id)
    data = PlacementData(
        p.trainee_id, p.assignment_id, p.rotation, p.start_date, p.end_date, p.status, p.locked,
        p.notes,
    )  # fmt: skip
    return data, p.version


def create_placement(
    session: Session, data: PlacementData, settings: SoftRuleSettings
) -> PlacementOutcome:
    """Add a placement; raises HardRuleViolation (via the flush) when it breaks a rule."""
    _refuse_invalid(validate_placement(data))
    placement = Placement(
        trainee_id=data.trainee_id,
        assignment_id=data.assignment_id,
        rotation=data.rotation,
        start_date=data.start,
        end_date=data.end,
        status=data.status,
        locked=data.locked,
        notes=data.notes,
    )
    session.add(placement)
    session.flush()
    return PlacementOutcome(placement.id, placement_warnings(session, placement, settings))


def update_placement(
    session: Session,
    placement_id: int,
    data: PlacementData,
    seen_version: int,
    settings: SoftRuleSettings,
) -> PlacementOutcome:
    """Save an edited placement over the version its editor saw."""
    placement = _get(session, placement_id)
    check_version(placement, seen_version)
    _refuse_invalid(validate_placement(data))
    if not status_change_allowed(placement.status, data.status):
        raise StatusChangeRefused(placement.status, data.status)
    placement.trainee_id = data.trainee_id
    placement.assignment_id = data.assignment_id
    placement.rotation = data.rotation
    placement.start_date = data.start
    placement.end_date = data.end
    placement.status = data.status
    placement.locked = data.locked
    placement.notes = data.notes
    session.flush()
    return PlacementOutcome(placement.id, placement_warnings(session, placement, settings))


def change_status(
    session: Session,
    placement_id: int,
    status: PlacementStatus,
    settings: SoftRuleSettings,
    *,
    seen_version: int | None = None,
) -> PlacementOutcome:
    """Move a placement to another status.

    Bringing an aborted placement back makes it hold a place again, so the hard rules
    are checked as for a new placement.
    """
    placement = _get(session, placement_id)
    if seen_version is not None:
        check_version(placement, seen_version)
    if not status_change_allowed(placement.status, status):
        raise StatusChangeRefused(placement.status, status)
    placement.status = status
    session.flush()
    return PlacementOutcome(placement.id, placement_warnings(session, placement, settings))


def set_locked(session: Session, placement_id: int, locked: bool) -> None:
    """Lock a placement so the cohort planner keeps it as it is."""
    placement = _get(session, placement_id)
    placement.locked = locked
    session.flush()


@dataclass(frozen=True)
class PlacementSnapshot:
    """Every column of a placement and of its evaluations, to put it back exactly."""

    placement: dict[str, Any]
    evaluations: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    @property
    def placement_id(self) -> int:
        return int(self.placement["id"])


def _columns(obj: object) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def take_snapshots(session: Session, placement_ids: Iterable[int]) -> list[PlacementSnapshot]:
    wanted = sorted(set(placement_ids))
    placements: dict[int, Placement] = {}
    for chunk in chunks(wanted):
        for p in session.scalars(select(Placement).where(Placement.id.in_(chunk))):
            placements[p.id] = p
    evaluations: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in chunks(wanted):
        for e in session.scalars(
            select(Evaluation).where(Evaluation.placement_id.in_(chunk)).order_by(Evaluation.id)
        ):
            evaluations[e.placement_id].append(_columns(e))
    missing = [pid for pid in wanted if pid not in placements]
    if missing:
        raise PlacementNotFound(missing[0])
    return [
        PlacementSnapshot(_columns(placements[pid]), tuple(evaluations.get(pid, ())))
        for pid in wanted
    ]


def delete_placements(session: Session, placement_ids: Iterable[int]) -> list[PlacementSnapshot]:
    """Delete placements (their evaluations go along); the snapshots bring them back."""
    snapshots = take_snapshots(session, placement_ids)
    for snapshot in snapshots:
        placement = session.get(Placement, snapshot.placement_id)
        if placement is not None:
            session.delete(placement)
    session.flush()
    return snapshots


def restore_placements(session: Session, snapshots: Iterable[PlacementSnapshot]) -> None:
    """Insert deleted placements again with the same ids; the flush checks the hard rules."""
    items = list(snapshots)
    for snapshot in items:
        if session.get(Placement, snapshot.placement_id) is not None:
            raise CoordinatorError(
                f"Plaatsing {snapshot.placement_id} bestaat al; terugzetten is niet mogelijk."
            )
        session.add(Placement(**snapshot.placement))
    session.flush()
    for snapshot in items:
        for row in snapshot.evaluations:
            session.add(Evaluation(**row))
    session.flush()


# Columns a snapshot does not put back on a record that still exists: the key, the
# version counter (SQLAlchemy raises it on every update) and the timestamps.
_KEPT_ON_UPDATE = frozenset({"id", "version", "created_at", "updated_at"})


def _set_columns(record: object, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if key not in _KEPT_ON_UPDATE and getattr(record, key) != value:
            setattr(record, key, value)


def swap_placements(
    session: Session, current_ids: Iterable[int], target: Iterable[PlacementSnapshot]
) -> None:
    """Bring placements from their current state to ``target`` (an undo or a redo).

    A placement in both is changed in place, evaluations included, so its history
    shows an edit; one only in ``current_ids`` is deleted, one only in ``target`` is
    put back with its id. The flushes check the hard rules.
    """
    wanted = {snapshot.placement_id: snapshot for snapshot in target}
    current = set(current_ids)
    gone = sorted(current - wanted.keys())
    if gone:
        delete_placements(session, gone)
    for placement_id in sorted(current & wanted.keys()):
        snapshot = wanted[placement_id]
        placement = session.get(Placement, placement_id)
        if placement is None:
            raise CoordinatorError(
                f"Plaatsing {placement_id} bestaat niet meer; terugzetten is niet mogelijk."
            )
        _set_columns(placement, snapshot.placement)
        rows = {int(row["id"]): row for row in snapshot.evaluations}
        existing = {
            e.id: e
            for e in session.scalars(
                select(Evaluation).where(Evaluation.placement_id == placement_id)
            )
        }
        for evaluation_id, evaluation in existing.items():
            if evaluation_id not in rows:
                session.delete(evaluation)
        session.flush()
        for evaluation_id, row in rows.items():
            if evaluation_id in existing:
                _set_columns(existing[evaluation_id], row)
            else:
                session.add(Evaluation(**row))
    session.flush()
    restore_placements(session, [wanted[pid] for pid in sorted(wanted.keys() - current)])


# --- drafts: starting a placement from a trainee or an assignment -------------------------


def _trainee_windows(session: Session, trainee: Trainee) -> list[RotationWindow]:
    if trainee.cohort_id is None:
        return []
    cohort = session.get(Cohort, trainee.cohort_id)
    return cohort_windows(cohort) if cohort is not None else []


def _active_placements(session: Session, trainee_id: int) -> list[Placement]:
    return list(
        session.scalars(
            select(Placement)
            .where(Placement.trainee_id == trainee_id, Placement.status != PlacementStatus.ABORTED)
            .order_by(Placement.start_date)
        )
    )


def free_windows(session: Session, trainee_id: int) -> list[RotationWindow]:
    """The trainee's rotation windows with no placement of that rotation and no overlap."""
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        raise CoordinatorError(f"Deze trainee bestaat niet meer (trainee {trainee_id}).")
    existing = _active_placements(session, trainee_id)
    taken_rotations = {p.rotation for p in existing}
    return [
        w
        for w in _trainee_windows(session, trainee)
        if w.rotation not in taken_rotations
        and not any(w.overlaps(p.start_date, p.end_date) for p in existing)
    ]


def next_free_window(session: Session, trainee_id: int) -> RotationWindow | None:
    windows = free_windows(session, trainee_id)
    return windows[0] if windows else None


def draft_placement(
    session: Session, *, trainee_id: int | None = None, assignment_id: int | None = None
) -> PlacementDraft:
    """Fill in what is known when a placement is started from a trainee or an assignment.

    From a trainee: the first free rotation and its window. With an assignment too: the
    first free rotation whose window lies inside the assignment's period, else the first
    that overlaps it, clipped to the assignment. From an
    assignment alone: the assignment's period and rotation 1, until a trainee is chosen.
    """
    assignment = session.get(Assignment, assignment_id) if assignment_id is not None else None
    if assignment_id is not None and assignment is None:
        raise CoordinatorError(f"Deze opdracht bestaat niet meer (opdracht {assignment_id}).")
    if trainee_id is None:
        return PlacementDraft(
            None,
            assignment_id,
            1,
            assignment.start_date if assignment else None,
            assignment.end_date if assignment else None,
        )
    windows = free_windows(session, trainee_id)
    if assignment is not None:
        a_start, a_end = assignment.start_date, assignment.end_date
        inside = [w for w in windows if a_start <= w.start and w.end <= a_end]
        overlapping = [w for w in windows if w.overlaps(a_start, a_end)]
        windows = inside or overlapping
    if windows:
        w = windows[0]
        start, end = w.start, w.end
        if assignment is not None:  # never propose dates outside the assignment's period
            start, end = max(start, assignment.start_date), min(end, assignment.end_date)
        return PlacementDraft(trainee_id, assignment_id, w.rotation, start, end)
    rotations = [p.rotation for p in _active_placements(session, trainee_id)]
    return PlacementDraft(
        trainee_id,
        assignment_id,
        min(max(rotations, default=0) + 1, 12),
        assignment.start_date if assignment else None,
        assignment.end_date if assignment else None,
    )


# --- evaluations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EvaluationData:
    moment: EvaluationMoment
    author: EvaluationAuthor
    score: int | None = None
    text: str = ""
    written_on: dt.date | None = None


def validate_evaluation(data: EvaluationData) -> list[str]:
    problems = []
    if data.score is not None and not 1 <= data.score <= 10:
        problems.append("Het cijfer moet tussen 1 en 10 liggen.")
    if data.score is None and not data.text.strip():
        problems.append("Geef een cijfer, een toelichting of allebei.")
    return problems


def evaluations_of(
    session: Session, placement_id: int
) -> dict[tuple[EvaluationMoment, EvaluationAuthor], EvaluationData]:
    _get(session, placement_id)
    return {
        (e.moment, e.author): EvaluationData(e.moment, e.author, e.score, e.text, e.written_on)
        for e in session.scalars(select(Evaluation).where(Evaluation.placement_id == placement_id))
    }


def save_evaluation(session: Session, placement_id: int, data: EvaluationData) -> int:
    """Write the mid-term or final evaluation of the supervisor or the trainee.

    There is one evaluation per moment and author; saving again replaces it.
    """
    placement = _get(session, placement_id)
    problems = validate_evaluation(data)
    if data.written_on is not None and data.written_on < placement.start_date:
        problems.append("Een evaluatie kan niet vóór het begin van de plaatsing zijn geschreven.")
    _refuse_invalid(problems)
    evaluation = session.scalars(
        select(Evaluation).where(
            Evaluation.placement_id == placement_id,
            Evaluation.moment == data.moment,
            Evaluation.author == data.author,
        )
    ).one_or_none()
    if evaluation is None:
        evaluation = Evaluation(placement_id=placement_id, moment=data.moment, author=data.author)
        session.add(evaluation)
    evaluation.score = data.score
    evaluation.text = data.text.strip()
    evaluation.written_on = data.written_on
    session.flush()
    return evaluation.id


def delete_evaluation(
    session: Session, placement_id: int, moment: EvaluationMoment, author: EvaluationAuthor
) -> EvaluationData | None:
    """Remove one evaluation; returns what it held so an undo can write it back."""
    evaluation = session.scalars(
        select(Evaluation).where(
            Evaluation.placement_id == placement_id,
            Evaluation.moment == moment,
            Evaluation.author == author,
        )
    ).one_or_none()
    if evaluation is None:
        return None
    data = EvaluationData(
        evaluation.moment, evaluation.author, evaluation.score, evaluation.text,
        evaluation.written_on,
    )  # fmt: skip
    session.delete(evaluation)
    session.flush()
    return data


# --- reading one trainee's plan ------------------------------------------------------------


@dataclass(frozen=True)
class PlacementRow:
    """A placement as lists and the planner show it: names, not ids only."""

    id: int
    version: int
    trainee_id: int
    trainee_name: str
    trainee_email: str
    assignment_id: int
    assignment_title: str
    organisation_id: int
    organisation_name: str
    rotation: int
    start: dt.date
    end: dt.date
    status: PlacementStatus
    locked: bool


def placement_rows(
    session: Session,
    *,
    trainee_ids: Iterable[int] | None = None,
    include_aborted: bool = False,
) -> list[PlacementRow]:
    query = (
        select(
            Placement.id,
            Placement.version,
            Placement.trainee_id,
            Trainee.given_name,
            Trainee.prefix,
            Trainee.surname,
            Trainee.email,
            Placement.assignment_id,
            Assignment.title,
            Organisation.id,
            Organisation.name,
            Placement.rotation,
            Placement.start_date,
            Placement.end_date,
            Placement.status,
            Placement.locked,
        )
        .join(Trainee, Trainee.id == Placement.trainee_id)
        .join(Assignment, Assignment.id == Placement.assignment_id)
        .join(Organisation, Organisation.id == Assignment.organisation_id)
    )
    if not include_aborted:
        query = query.where(Placement.status != PlacementStatus.ABORTED)
    raw: list[Any] = []
    if trainee_ids is None:
        raw = list(session.execute(query))
    else:
        for chunk in chunks(trainee_ids):
            raw.extend(session.execute(query.where(Placement.trainee_id.in_(chunk))))
    rows = [
        PlacementRow(
            id=r[0],
            version=r[1],
            trainee_id=r[2],
            trainee_name=full_name(r[3], r[4], r[5]),
            trainee_email=r[6],
            assignment_id=r[7],
            assignment_title=r[8],
            organisation_id=r[9],
            organisation_name=r[10],
            rotation=r[11],
            start=r[12],
            end=r[13],
            status=r[14],
            locked=bool(r[15]),
        )  # fmt: skip
        for r in raw
    ]
    rows.sort(key=lambda r: (r.trainee_id, r.start, r.id))
    return rows


def programme_of(session: Session, trainee_id: int) -> Programme | None:
    trainee = session.get(Trainee, trainee_id)
    if trainee is None or trainee.cohort_id is None:
        return None
    cohort = session.get(Cohort, trainee.cohort_id)
    return cohort.programme if cohort is not None else None
