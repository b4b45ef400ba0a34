"""The cohort planner: the best plan for one rotation or all rotations of a cohort.

What is planned
    The cohort's hired and active trainees, in the planned rotations (one, or all of
    the programme's). Rotation *k* is the window of
    :func:`~coordinator_app.services.placements.rotation_window`; a new placement spans
    its whole window.

What stays
    Locked placements, running and completed ones (they happened; no plan undoes
    them) and, when one rotation is planned, every placement of the other rotations.
    Proposed and confirmed placements in the planned rotations that are not locked may
    be replaced: the proposal lists each change (added, replaced, removed, kept) so
    the coordinator sees what moves before accepting anything.

The model (a mixed-integer program, solved by HiGHS through ``scipy.optimize.milp``)
    One binary ``x[t, a, k]`` per *feasible* triple only: assignment *a* is open or
    filled and offered to the programme, covers rotation *k*'s window, accepts the
    trainee's level, is at an organisation the trainee has not been at in a kept
    placement (when the programme asks for different organisations), and has a free
    place for the whole window once the placements of everyone else (other cohorts,
    kept placements of this cohort) are counted at their busiest moment. Then:

    * each trainee at most one assignment per planned rotation;
    * each assignment at most its free places per rotation window (new placements of
      one window all span it, so counting them is exact);
    * each trainee at most one placement per organisation over the planned rotations.

    Objective: maximise ``sum((B + s[t, a]) * x[t, a, k])`` where ``s`` is the match
    score in whole hundredths (0..10000, :mod:`~coordinator_app.services.matching`) and
    ``B = slots * max(s) + 1``. No plan with *n* placements can outscore one with *n + 1*
    (that would need ``n * max(s) >= B``), so the optimum places as many trainees as
    the rules allow, and among those plans takes the best total score. All
    coefficients are integers, so the optimum can be proven exactly (gap 0).

    ``optimal`` is true only when it was: HiGHS proved the (reduced) model optimal with
    a relative gap of 0, and, for a large model solved by column generation (see
    "solving" below), the LP dual bound proves that no variable left out could improve
    the plan. A time limit or a failed proof gives the best plan found, marked not
    optimal. The proposal reports the full model's size and the size HiGHS solved.

Scores in the plan
    The "already done" part of a score looks at the trainee's placements outside the
    planned rotations, so the score of every placement in the planned rotations (kept,
    locked or new) is measured the same way.

Who cannot be placed
    For every empty slot the planner says why, in the order a coordinator would
    check: no open assignment; none that runs the whole window; none for the
    trainee's level; all at organisations already done; all full (with who holds the
    places); free places only at organisations planned in another rotation; or too few
    places for the cohort, with the plan's other trainees named.

Saving a proposal
    :func:`apply_proposal` writes the chosen changes in the caller's transaction: new
    placements get status *voorgesteld*; a replaced or removed placement is deleted
    (only proposed and confirmed placements can be replaced, so nothing that ran is
    lost) and its snapshot kept. The returned :class:`AppliedPlan` holds the ids
    created and the snapshots removed, which is all :func:`undo_applied` and
    :func:`redo_applied` need.
"""

from __future__ import annotations

import datetime as dt
import enum
import time
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    Cohort,
    Placement,
    PlacementStatus,
    Trainee,
)
from coordinator_app.services.dutch import period, short_date
from coordinator_app.services.labels import label
from coordinator_app.services.matching import (
    OFFERED_STATUSES,
    AssignmentProfile,
    MatchData,
    MatchScorer,
    dutch_number,
    load_match_data,
)
from coordinator_app.services.placements import (
    PLANNABLE_TRAINEES,
    Occupant,
    PlacementRow,
    PlacementSnapshot,
    RotationWindow,
    cohort_windows,
    delete_placements,
    holders,
    load_occupants,
    peak_occupancy,
    placement_rows,
    restore_placements,
    take_snapshots,
)
from coordinator_app.services.progress import NO_PROGRESS, Progress
from coordinator_app.services.rules import RecordRef
from coordinator_app.settings import MatchWeights

REPLACEABLE_STATUSES = (PlacementStatus.PROPOSED, PlacementStatus.CONFIRMED)
DEFAULT_TIME_LIMIT_S = 60.0


# --- errors -----------------------------------------------------------------------------------


class CohortNotFound(CoordinatorError):
    pass


class PlanOutdated(CoordinatorError):
    """The database changed after the proposal was made; a new proposal is needed."""


# --- results --------------------------------------------------------------------------------


class UnplacedCode(enum.StrEnum):
    OWN_PLACEMENT = "eigen-plaatsing-overlapt"
    NO_ASSIGNMENTS = "geen-open-opdrachten"
    NO_PERIOD = "geen-opdracht-in-periode"
    LEVEL = "opleidingsniveau"
    ORGANISATIONS_DONE = "organisaties-al-gedaan"
    FULL = "opdrachten-vol"
    ORGANISATION_IN_PLAN = "organisatie-al-ingepland"
    SHORTAGE = "te-weinig-plaatsen"
    NOT_FOUND = "niet-gevonden"


@dataclass(frozen=True)
class Unplaced:
    """One empty slot: a trainee without a placement in a planned rotation, and why."""

    trainee_id: int
    trainee_name: str
    trainee_email: str
    window: RotationWindow
    code: UnplacedCode
    reason: str  # Dutch, without the rotation: "geen opdracht ... "
    assignments: tuple[RecordRef, ...] = ()  # the assignments the reason is about
    others: tuple[RecordRef, ...] = ()  # the trainees holding the places, when it is them

    @property
    def rotation(self) -> int:
        return self.window.rotation

    def sentence(self) -> str:
        when = period(self.window.start, self.window.end)
        return f"Rotatie {self.rotation} ({when}): {self.reason}."


@dataclass(frozen=True)
class PlanEntry:
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
    score: float
    placement_id: int | None = None  # None: not saved yet
    version: int | None = None
    status: PlacementStatus = PlacementStatus.PROPOSED
    locked: bool = False


class ChangeKind(enum.StrEnum):
    ADDED = "toegevoegd"
    REPLACED = "vervangen"
    REMOVED = "vervalt"
    KEPT = "blijft"
    FIXED = "vast"


@dataclass(frozen=True)
class PlanChange:
    key: str
    kind: ChangeKind
    before: PlanEntry | None
    after: PlanEntry | None

    @property
    def actionable(self) -> bool:
        return self.kind in (ChangeKind.ADDED, ChangeKind.REPLACED, ChangeKind.REMOVED)

    @property
    def score_delta(self) -> float:
        return (self.after.score if self.after else 0.0) - (
            self.before.score if self.before else 0.0
        )


@dataclass(frozen=True)
class FormulationSize:
    variables: int
    constraints: int
    nonzeros: int

    def text(self) -> str:
        return (
            f"{self.variables} variabelen, {self.constraints} beperkingen, "
            f"{self.nonzeros} niet-nullen"
        )


@dataclass(frozen=True)
class SolveReport:
    method: str  # "milp", "greedy" or "none" (nothing to decide)
    status: str
    optimal: bool  # HiGHS proved it (and, for a reduced model, the dual bound did too)
    objective: float | None  # in hundredths of a point, bonus included
    mip_gap: float | None
    bonus: int
    size: FormulationSize  # the full model
    solved: FormulationSize  # the model HiGHS solved last (reduced by column generation)
    bound: float | None  # the proven upper bound when column generation was used
    model_seconds: float
    solve_seconds: float


@dataclass(frozen=True)
class Proposal:
    cohort_id: int
    cohort_name: str
    rotations: tuple[int, ...]
    windows: tuple[RotationWindow, ...]
    changes: tuple[PlanChange, ...]
    unplaced: tuple[Unplaced, ...]
    solve: SolveReport
    score: float  # total match score of the planned rotations after the proposal
    score_before: float
    placed: int  # placements in the planned rotations after the proposal
    slots: int  # trainee x planned rotation pairs

    @property
    def optimal(self) -> bool:
        return self.solve.optimal

    def plan(self) -> list[PlanEntry]:
        """The cohort's whole plan if the proposal is accepted: kept and proposed."""
        entries = [c.after for c in self.changes if c.after is not None]
        return sorted(entries, key=lambda e: (e.trainee_email, e.rotation, e.start))

    def actionable(self) -> list[PlanChange]:
        return [c for c in self.changes if c.actionable]

    def unplaced_by_trainee(self) -> list[tuple[int, str, str]]:
        """(trainee id, e-mail, one Dutch sentence covering all their empty rotations)."""
        grouped: dict[int, list[Unplaced]] = defaultdict(list)
        for u in self.unplaced:
            grouped[u.trainee_id].append(u)
        result = []
        for items in grouped.values():
            items.sort(key=lambda u: u.rotation)
            parts = [
                f"rotatie {u.rotation} ({period(u.window.start, u.window.end)}): {u.reason}"
                for u in items
            ]
            sentence = "; ".join(parts)
            result.append(
                (
                    items[0].trainee_id,
                    items[0].trainee_email,
                    sentence[0].upper() + sentence[1:] + ".",
                )
            )
        result.sort(key=lambda r: r[1])
        return result

    def as_json(self) -> dict[str, object]:
        """The `plan --json` contract."""
        return {
            "optimal": self.optimal,
            "score": round(self.score, 2),
            "placements": [
                {
                    "trainee_email": e.trainee_email,
                    "assignment": e.assignment_title,
                    "organisation": e.organisation_name,
                    "rotation": e.rotation,
                    "start": e.start.isoformat(),
                    "end": e.end.isoformat(),
                }
                for e in self.plan()
            ],
            "unplaced": [
                {"trainee_email": email, "reason": reason}
                for _tid, email, reason in self.unplaced_by_trainee()
            ],
        }

    def summary(self) -> str:
        how = "bewezen optimaal" if self.optimal else f"niet bewezen optimaal ({self.solve.status})"
        counts: dict[ChangeKind, int] = defaultdict(int)
        for c in self.changes:
            counts[c.kind] += 1
        return (
            f"Plan voor {self.cohort_name}, rotatie{'s' if len(self.rotations) > 1 else ''} "
            f"{', '.join(map(str, self.rotations))}: {self.placed} van {self.slots} "
            f"trainee-rotaties gevuld, score {dutch_number(self.score, 2)} "
            f"(was {dutch_number(self.score_before, 2)}), "
            f"{how}. Wijzigingen: {counts[ChangeKind.ADDED]} nieuw, "
            f"{counts[ChangeKind.REPLACED]} vervangen, {counts[ChangeKind.REMOVED]} vervallen, "
            f"{counts[ChangeKind.KEPT]} ongewijzigd."
        )


# --- looking things up ------------------------------------------------------------------------


def find_cohort(session: Session, name: str) -> Cohort:
    """The cohort with this name (exact, else ignoring case and spaces)."""
    cohort = session.scalars(select(Cohort).where(Cohort.name == name)).one_or_none()
    if cohort is None:
        wanted = " ".join(name.split()).casefold()
        matches = [
            c
            for c in session.scalars(select(Cohort))
            if " ".join(c.name.split()).casefold() == wanted
        ]
        cohort = matches[0] if len(matches) == 1 else None
    if cohort is None:
        known = sorted(session.scalars(select(Cohort.name)), key=str.casefold)
        hint = (
            f" Bekende lichtingen: {', '.join(known)}."
            if known
            else " Er zijn nog geen lichtingen."
        )
        raise CohortNotFound(f"Lichting '{name}' bestaat niet.{hint}")
    return cohort


def next_rotation(session: Session, cohort_id: int, today: dt.date) -> int | None:
    """The first rotation not yet over in which a trainee of the cohort has no placement."""
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise CohortNotFound(f"Deze lichting bestaat niet meer (lichting {cohort_id}).")
    trainee_ids = list(
        session.scalars(
            select(Trainee.id).where(
                Trainee.cohort_id == cohort_id, Trainee.status.in_(PLANNABLE_TRAINEES)
            )
        )
    )
    if not trainee_ids:
        return None
    filled: dict[int, int] = {
        rotation: count
        for rotation, count in session.execute(
            select(Placement.rotation, func.count(func.distinct(Placement.trainee_id)))
            .where(
                Placement.trainee_id.in_(trainee_ids),
                Placement.status != PlacementStatus.ABORTED,
            )
            .group_by(Placement.rotation)
        )
    }
    for w in cohort_windows(cohort):
        if w.end >= today and filled.get(w.rotation, 0) < len(trainee_ids):
            return w.rotation
    return None


# --- the instance ---------------------------------------------------------------------------


@dataclass
class _Instance:
    """Everything the solver and the explanations need, as plain data and arrays."""

    cohort: Cohort
    distinct: bool
    planned: list[int]
    windows: dict[int, RotationWindow]
    trainees: list[int]  # ids, in name order
    data: MatchData
    candidates: list[AssignmentProfile]  # offered to the programme, in id order
    points: NDArray[np.int64]  # trainees x data assignments (in `columns` order)
    columns: dict[int, int]  # assignment id -> column in points
    free: NDArray[np.int64]  # candidates x planned rotations
    covers: NDArray[np.bool_]  # candidates x planned rotations
    level_ok: NDArray[np.bool_]  # trainees x candidates
    org_blocked: NDArray[np.bool_]  # trainees x candidates
    open_slot: NDArray[np.bool_]  # trainees x planned rotations
    fixed: dict[int, list[PlacementRow]]
    replaceable: dict[int, list[PlacementRow]]
    blocked_by: dict[tuple[int, int], PlacementRow]  # (trainee index, rotation) -> clash
    occupants: dict[int, list[Occupant]]
    # variables
    v_t: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    v_a: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    v_k: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    v_points: NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    rows: dict[int, int] = field(default_factory=dict)  # trainee id -> row in points

    def __post_init__(self) -> None:
        self.rows = {tid: i for i, tid in enumerate(self.trainees)}

    def score_of(self, trainee_id: int, assignment_id: int) -> float:
        """The match score (0..100) the plan counts for this pair."""
        return float(self.points[self.rows[trainee_id], self.columns[assignment_id]]) / 100.0


def _build_instance(
    session: Session,
    cohort: Cohort,
    planned: list[int],
    weights: MatchWeights,
    travel_horizon_km: float,
) -> _Instance:
    programme = cohort.programme
    windows = {w.rotation: w for w in cohort_windows(cohort)}
    trainees = list(
        session.scalars(
            select(Trainee.id)
            .where(Trainee.cohort_id == cohort.id, Trainee.status.in_(PLANNABLE_TRAINEES))
            .order_by(Trainee.sort_name, Trainee.id)
        )
    )
    existing = placement_rows(session, trainee_ids=trainees)
    fixed: dict[int, list[PlacementRow]] = defaultdict(list)
    replaceable: dict[int, list[PlacementRow]] = defaultdict(list)
    for row in existing:
        if row.rotation in planned and not row.locked and row.status in REPLACEABLE_STATUSES:
            replaceable[row.trainee_id].append(row)
        else:
            fixed[row.trainee_id].append(row)
    in_planned = [r.id for r in existing if r.rotation in planned]
    offered_ids = _offered_ids(session)
    data = load_match_data(
        session,
        trainees,
        set(offered_ids) | {r.assignment_id for r in existing},
        ignore_placement_ids=in_planned,
    )
    candidates = [
        a
        for a in sorted(data.assignments.values(), key=lambda a: a.id)
        if a.status in OFFERED_STATUSES and a.offered_to(programme.id)
    ]
    column_ids = sorted(data.assignments)
    columns = {aid: j for j, aid in enumerate(column_ids)}
    scorer = MatchScorer(data, weights, travel_horizon_km=travel_horizon_km)
    fits = scorer.fits(trainees, column_ids)
    points = np.rint(scorer.totals(fits) * 100.0).astype(np.int64)
    cand_cols = np.array([columns[a.id] for a in candidates], dtype=np.int64)
    level_ok = (
        (fits["level_ok"][:, cand_cols] > 0)
        if len(candidates)
        else np.zeros((len(trainees), 0), dtype=bool)
    )

    occupants = load_occupants(
        session,
        [a.id for a in candidates],
        ignore_placement_ids=[r.id for rows in replaceable.values() for r in rows],
    )
    n_k = len(planned)
    free = np.zeros((len(candidates), n_k), dtype=np.int64)
    covers = np.zeros((len(candidates), n_k), dtype=bool)
    for i, a in enumerate(candidates):
        for j, k in enumerate(planned):
            w = windows[k]
            if a.covers(w.start, w.end):
                covers[i, j] = True
                free[i, j] = max(
                    0, a.places - peak_occupancy(occupants.get(a.id, []), w.start, w.end)
                )

    org_blocked = np.zeros((len(trainees), len(candidates)), dtype=bool)
    if programme.distinct_organisations and len(candidates):
        cand_org = np.array([a.organisation_id for a in candidates])
        for i, tid in enumerate(trainees):
            done = {r.organisation_id for r in fixed.get(tid, [])}
            if done:
                org_blocked[i] = np.isin(cand_org, list(done))

    open_slot = np.zeros((len(trainees), n_k), dtype=bool)
    blocked_by: dict[tuple[int, int], PlacementRow] = {}
    for i, tid in enumerate(trainees):
        for j, k in enumerate(planned):
            mine = fixed.get(tid, [])
            if any(r.rotation == k for r in mine):
                continue  # filled by a placement that stays
            w = windows[k]
            clash = next((r for r in mine if w.overlaps(r.start, r.end)), None)
            if clash is not None:
                blocked_by[(i, k)] = clash
            else:
                open_slot[i, j] = True

    instance = _Instance(
        cohort=cohort,
        distinct=programme.distinct_organisations,
        planned=planned,
        windows=windows,
        trainees=trainees,
        data=data,
        candidates=candidates,
        points=points,
        columns=columns,
        free=free,
        covers=covers,
        level_ok=level_ok,
        org_blocked=org_blocked,
        open_slot=open_slot,
        fixed=fixed,
        replaceable=replaceable,
        blocked_by=blocked_by,
        occupants=occupants,
    )
    _enumerate_variables(instance, cand_cols)
    return instance


def _offered_ids(session: Session) -> list[int]:
    from coordinator_app.models import Assignment

    return list(
        session.scalars(select(Assignment.id).where(Assignment.status.in_(OFFERED_STATUSES)))
    )


def _enumerate_variables(inst: _Instance, cand_cols: NDArray[np.int64]) -> None:
    """One variable per feasible (trainee, candidate, rotation), in a fixed order."""
    ts, as_, ks = [], [], []
    allowed = inst.level_ok & ~inst.org_blocked
    for j in range(len(inst.planned)):
        possible = (
            allowed
            & inst.open_slot[:, j][:, None]
            & (inst.covers[:, j] & (inst.free[:, j] > 0))[None, :]
        )
        t_idx, a_idx = np.nonzero(possible)
        ts.append(t_idx)
        as_.append(a_idx)
        ks.append(np.full(len(t_idx), j))
    if ts:
        inst.v_t = np.concatenate(ts).astype(np.int64)
        inst.v_a = np.concatenate(as_).astype(np.int64)
        inst.v_k = np.concatenate(ks).astype(np.int64)
    if len(inst.v_t):
        inst.v_points = inst.points[inst.v_t, cand_cols[inst.v_a]]


# --- solving ----------------------------------------------------------------------------------
#
# Models below DIRECT_BELOW variables go to HiGHS whole. Larger ones use column generation
# with a proof. The full model of a 300 x 400 x 3 instance has some 150,000 variables and
# HiGHS needs half a minute (a tight instance: over a minute and a half) to prove its
# optimum, although the optimum mostly uses each trainee's few best assignments. So the
# solver starts from those (the best ``initial_per_slot`` per trainee and rotation, plus
# the greedy plan) and proves afterwards that nothing left out could have done better:
#
# 1. Solve the LP relaxation of the reduced model (HiGHS, interior point) and take its
#    duals y >= 0 (one per row: trainee-rotation, assignment-window, trainee-organisation)
#    and the duals w >= 0 of the bounds x <= 1. For *every* variable j of the full model
#    the reduced cost is rc_j = sum of y over j's rows + w_j - c_j, and for any plan x of
#    the full model: value(x) <= D - sum(rc_j x_j), with D = sum(y * upper) + sum(w). A
#    plan has at most one variable per slot, so value(x) <= D + E - rc_j for every j in
#    x, where E adds up, per slot, the largest negative reduced cost (0 once the duals
#    are feasible for the full model). This holds for any non-negative duals, so
#    rounding in the LP solver cannot make it wrong. "ceiling" below is D + E.
# 2. While some left-out variable has a negative reduced cost, add the most attractive
#    ones (a few per slot) and repeat 1.
# 3. Dive: keep what the LP placed whole, let HiGHS fill the rest (briefly). A plan that
#    reaches the ceiling is optimal: nothing can be better than the bound.
# 4. Otherwise solve the MILP over the variables with rc_j <= T (T starts at one point)
#    for its optimum z. Every variable left out has rc_j > T, so a plan using one is worth
#    less than ceiling - T; when ceiling - z <= T, z is the optimum of the full model.
#    If not, raise T (at most to ceiling - z, which settles it) and repeat 4.
#
# Step 4 solves the bonus objective lexicographically: the best score among plans with
# the most placements, with the count bounded by floor(ceiling / B). Both give the same
# optimum; HiGHS is several times faster without coefficients of ten million. Objective
# values are integers, so "better than z" means at least z + 1, and the tests use a
# margin of 0.5 to leave room for floating-point sums.

_HIGHS_STATUS = {
    0: "optimaal",
    1: "tijdslimiet bereikt",
    2: "onoplosbaar",
    3: "onbegrensd",
    4: "oplosser gaf een fout",
}
DIRECT_BELOW = 5000  # variables: smaller models go to HiGHS whole
INITIAL_PER_SLOT = 5
_ADD_PER_SLOT = 3
_PRICING_ROUNDS = 60
_DIVE_SECONDS = 0.5
_FIRST_THRESHOLD = 100.0  # hundredths of a point


@dataclass(frozen=True)
class _Rows:
    """The rows of the full model, as one row number per variable in each family.

    Slot rows exist for every slot (so that pricing sees each trainee's dual); a
    capacity row only where the assignment could run out in that window, an
    organisation row only where the organisation appears in two rotations or more.
    """

    slot: NDArray[np.int64]
    cap: NDArray[np.int64]  # -1: no row
    org: NDArray[np.int64]  # -1: no row
    upper: NDArray[np.float64]  # slots first, then capacities, then organisations
    n_slot: int
    n_cap: int


def _family(
    keys: NDArray[np.int64], keep_keys: NDArray[np.bool_] | None
) -> tuple[NDArray[np.int64], NDArray[np.int64], int]:
    """Row number per variable (-1 where its group has no row), group keys, row count."""
    unique, inverse = np.unique(keys, return_inverse=True)
    keep = np.ones(len(unique), dtype=bool) if keep_keys is None else keep_keys
    row_of_group = np.where(keep, np.cumsum(keep) - 1, -1)
    return row_of_group[inverse], unique, int(keep.sum())


def _rows(inst: _Instance) -> _Rows:
    n_k = max(1, len(inst.planned))
    slot, _, n_slot = _family(inst.v_t * n_k + inst.v_k, None)
    cap_keys = inst.v_a * n_k + inst.v_k
    unique, counts = np.unique(cap_keys, return_counts=True)
    free = inst.free[unique // n_k, unique % n_k]
    tight = counts > free
    cap, _, n_cap = _family(cap_keys, tight)
    uppers = [np.ones(n_slot), free[tight].astype(np.float64)]
    org = np.full(len(inst.v_t), -1, dtype=np.int64)
    if inst.distinct and len(inst.v_t):
        org_ids = np.array([a.organisation_id for a in inst.candidates], dtype=np.int64)
        _, org_index = np.unique(org_ids, return_inverse=True)
        n_org = int(org_index.max()) + 1
        org_keys = inst.v_t * n_org + org_index[inst.v_a]
        pairs = np.unique(org_keys * n_k + inst.v_k)
        keys, rotations = np.unique(pairs // n_k, return_counts=True)
        spread = keys[rotations >= 2]
        unique = np.unique(org_keys)
        org, _, n_org_rows = _family(org_keys, np.isin(unique, spread))
        uppers.append(np.ones(n_org_rows))
    return _Rows(slot, cap, org, np.concatenate(uppers), n_slot, n_cap)


def _matrix(
    rows: _Rows,
    columns: NDArray[np.int64],
    min_count: int,
    upper: NDArray[np.float64] | None = None,
) -> tuple[Any, NDArray[np.float64], NDArray[np.bool_]]:
    """The constraint matrix over ``columns``, keeping rows with at least ``min_count``
    of them (a row with one variable and an upper bound of 1 or more says nothing)."""
    from scipy.sparse import csr_matrix

    local = np.arange(len(columns))
    parts_row, parts_col = [rows.slot[columns]], [local]
    for family, offset in ((rows.cap, rows.n_slot), (rows.org, rows.n_slot + rows.n_cap)):
        mine = family[columns]
        present = mine >= 0
        parts_row.append(mine[present] + offset)
        parts_col.append(local[present])
    r = np.concatenate(parts_row)
    c = np.concatenate(parts_col)
    counts = np.bincount(r, minlength=len(rows.upper))
    keep = counts >= min_count
    new_index = np.cumsum(keep) - 1
    mask = keep[r]
    matrix = csr_matrix(
        (np.ones(int(mask.sum())), (new_index[r[mask]], c[mask])),
        shape=(int(keep.sum()), len(columns)),
    )
    return matrix, (rows.upper if upper is None else upper)[keep], keep


def _bonus(inst: _Instance) -> int:
    max_points = int(inst.v_points.max()) if len(inst.v_points) else 0
    return int(inst.open_slot.sum()) * max(max_points, 1) + 1


@dataclass
class _Outcome:
    chosen: NDArray[np.bool_]
    status: str
    optimal: bool
    objective: float | None
    mip_gap: float | None
    solved: FormulationSize
    bound: float | None = None


def _milp(
    inst: _Instance, rows: _Rows, columns: NDArray[np.int64], costs: NDArray[np.float64],
    time_limit: float, upper: NDArray[np.float64] | None = None,
) -> _Outcome:  # fmt: skip
    """HiGHS on the model restricted to ``columns``; costs are per full-model variable.

    ``upper`` replaces the rows' upper bounds (what is left after fixing some variables).
    """
    from scipy.optimize import Bounds, LinearConstraint, milp

    matrix, upper, _ = _matrix(rows, columns, 2, upper)
    n = len(columns)
    result = milp(
        -costs[columns],
        integrality=np.ones(n),
        bounds=Bounds(np.zeros(n), np.ones(n)),
        constraints=[LinearConstraint(matrix, -np.inf, upper)] if matrix.shape[0] else [],
        options={"time_limit": max(time_limit, 0.1), "mip_rel_gap": 0.0, "presolve": True},
    )
    chosen = np.zeros(len(inst.v_t), dtype=bool)
    size = FormulationSize(n, int(matrix.shape[0]), int(matrix.nnz))
    gap = getattr(result, "mip_gap", None)
    status = _HIGHS_STATUS.get(int(result.status), str(result.message))
    if result.x is None:
        return _Outcome(chosen, status, False, None, gap, size)
    chosen[columns[np.asarray(result.x) > 0.5]] = True
    return _Outcome(
        chosen, status, int(result.status) == 0, float(costs[chosen].sum()),
        None if gap is None else float(gap), size,
    )  # fmt: skip


@dataclass(frozen=True)
class _Priced:
    bound: float  # D
    reduced: NDArray[np.float64]  # rc of every variable of the full model
    worst: float  # E
    x: NDArray[np.float64]  # the LP solution (0 for variables left out)


def _price(
    inst: _Instance, rows: _Rows, columns: NDArray[np.int64], costs: NDArray[np.float64],
    time_limit: float,
) -> _Priced | None:  # fmt: skip
    """The bound and reduced costs from the LP duals of the reduced model."""
    from scipy.optimize import linprog

    matrix, upper, keep = _matrix(rows, columns, 1)
    result = linprog(
        -costs[columns],
        A_ub=matrix,
        b_ub=upper,
        bounds=(0, 1),
        method="highs-ipm",
        options={"time_limit": max(time_limit, 0.1)},
    )
    if result.status != 0:
        return None
    y = np.zeros(len(rows.upper))
    y[keep] = np.maximum(0.0, -np.asarray(result.ineqlin.marginals))
    w = np.maximum(0.0, -np.asarray(result.upper.marginals))
    padded = np.append(y, 0.0)  # the last entry stands for "no row"
    none = len(y)
    cap_dual = padded[np.where(rows.cap >= 0, rows.n_slot + rows.cap, none)]
    org_dual = padded[np.where(rows.org >= 0, rows.n_slot + rows.n_cap + rows.org, none)]
    reduced = y[rows.slot] + cap_dual + org_dual - costs
    reduced[columns] += w
    bound = float(y @ rows.upper + w.sum())
    worst = np.zeros(rows.n_slot)
    np.maximum.at(worst, rows.slot, np.maximum(0.0, -reduced))
    x = np.zeros(len(costs))
    x[columns] = np.asarray(result.x)
    return _Priced(bound, reduced, float(worst.sum()), x)


def _initial_columns(inst: _Instance, rows: _Rows, per_slot: int) -> NDArray[np.bool_]:
    order = np.lexsort((-inst.v_points, rows.slot))
    sorted_slots = rows.slot[order]
    first = np.searchsorted(sorted_slots, np.arange(rows.n_slot))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order)) - first[sorted_slots]
    active = rank < per_slot
    active |= _solve_greedy(inst)
    return active


def _dive(
    inst: _Instance, rows: _Rows, priced: _Priced, costs: NDArray[np.float64], time_limit: float
) -> _Outcome | None:
    """Keep what the LP already placed whole, let HiGHS fill the rest; a plan that reaches
    the LP bound is optimal, anything less is thrown away (the full reduced MILP decides)."""
    fixed = priced.x > 1 - 1e-6
    used = np.zeros(len(rows.upper))
    np.add.at(used, rows.slot[fixed], 1.0)
    for family, offset in ((rows.cap, rows.n_slot), (rows.org, rows.n_slot + rows.n_cap)):
        mine = family[fixed]
        np.add.at(used, mine[mine >= 0] + offset, 1.0)
    left = rows.upper - used
    if (left < -1e-9).any():
        return None

    padded = np.append(left, 1.0)  # the last entry stands for "no row": always room

    def room(family: NDArray[np.int64], offset: int) -> NDArray[np.bool_]:
        return np.asarray(padded[np.where(family >= 0, offset + family, len(left))] > 0.5)

    open_ = (
        (priced.x > 1e-6)
        & ~fixed
        & room(rows.slot, 0)
        & room(rows.cap, rows.n_slot)
        & room(rows.org, rows.n_slot + rows.n_cap)
    )
    rest = _milp(inst, rows, np.nonzero(open_)[0], costs, time_limit, left) if open_.any() else None
    chosen = fixed.copy()
    if rest is not None:
        if rest.objective is None:
            return None
        chosen |= rest.chosen
    value = float(costs[chosen].sum())
    if value < priced.bound + priced.worst - 0.5:
        return None
    solved = rest.solved if rest is not None else FormulationSize(0, 0, 0)
    return _Outcome(chosen, "optimaal", True, value, 0.0, solved, priced.bound + priced.worst)


def _milp_lexicographic(
    inst: _Instance,
    rows: _Rows,
    columns: NDArray[np.int64],
    costs: NDArray[np.float64],
    time_limit: float,
    most_possible: int,
) -> _Outcome:
    """The same optimum as ``_milp`` (the bonus objective), in easier steps.

    The best score among plans with the largest number of placements: that is what
    the bonus encodes, but HiGHS finds and proves it several times faster without
    objective coefficients of ten million. ``most_possible`` is an upper bound on the
    number of placements (from the LP bound); when no plan reaches it, a first step
    finds the largest number that can be reached.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csr_matrix, vstack

    deadline = time.perf_counter() + time_limit
    matrix, upper, _ = _matrix(rows, columns, 2)
    n = len(columns)
    size = FormulationSize(n, int(matrix.shape[0]) + 1, int(matrix.nnz) + n)
    chosen = np.zeros(len(inst.v_t), dtype=bool)
    binary = {"integrality": np.ones(n), "bounds": Bounds(np.zeros(n), np.ones(n))}

    def options() -> dict[str, float | bool]:
        return {"mip_rel_gap": 0.0, "time_limit": max(0.1, deadline - time.perf_counter())}

    points = inst.v_points[columns].astype(np.float64)
    # Scores shifted to start at 1: with the number of placements fixed this changes
    # every plan's score by the same amount, and keeps HiGHS's numbers small.
    shifted = points - points.min() + 1.0
    with_count = vstack([matrix, csr_matrix(np.ones((1, n)))]).tocsr()
    no_lower = np.full(matrix.shape[0], -np.inf)

    def best_with(count: int) -> Any:
        return milp(
            -shifted,
            constraints=[
                LinearConstraint(with_count, np.append(no_lower, count), np.append(upper, np.inf))
            ],
            options=options(),
            **binary,
        )

    best = best_with(most_possible)
    if int(best.status) == 2:  # nobody reaches the bound: find the largest count first
        counted = milp(
            -np.ones(n),
            constraints=[LinearConstraint(matrix, -np.inf, upper)] if matrix.shape[0] else [],
            options=options(),
            **binary,
        )
        if counted.x is None or int(counted.status) != 0:
            status = _HIGHS_STATUS.get(int(counted.status), str(counted.message))
            return _Outcome(chosen, status, False, None, None, size)
        best = best_with(round(-float(counted.fun)))
    if best.x is None:
        status = _HIGHS_STATUS.get(int(best.status), str(best.message))
        return _Outcome(chosen, status, False, None, None, size)
    chosen[columns[np.asarray(best.x) > 0.5]] = True
    gap = getattr(best, "mip_gap", None)
    return _Outcome(
        chosen, _HIGHS_STATUS.get(int(best.status), str(best.message)), int(best.status) == 0,
        float(costs[chosen].sum()), None if gap is None else float(gap), size,
    )  # fmt: skip


def _price_until_optimal(
    inst: _Instance,
    rows: _Rows,
    costs: NDArray[np.float64],
    active: NDArray[np.bool_],
    deadline: float,
) -> _Priced | None:
    """Add left-out variables with a negative reduced cost until there are none.

    Partial pricing: per round at most ``_ADD_PER_SLOT`` per trainee and rotation, the
    most attractive first, which keeps each LP small.
    """
    priced = None
    for _ in range(_PRICING_ROUNDS):
        priced = _price(inst, rows, np.nonzero(active)[0], costs, deadline - time.perf_counter())
        if priced is None:
            return None
        attractive = np.nonzero(~active & (priced.reduced < -0.5))[0]
        if not len(attractive):
            return priced
        order = attractive[np.lexsort((priced.reduced[attractive], rows.slot[attractive]))]
        slots = rows.slot[order]
        rank = np.arange(len(order)) - np.searchsorted(slots, slots)
        active[order[rank < _ADD_PER_SLOT]] = True
    return priced  # E accounts for whatever is still attractive


def _solve_exact(
    inst: _Instance,
    rows: _Rows,
    bonus: int,
    time_limit: float,
    *,
    direct_below: int = DIRECT_BELOW,
    initial_per_slot: int = INITIAL_PER_SLOT,
) -> _Outcome:
    costs = (bonus + inst.v_points).astype(np.float64)
    everything = np.arange(len(inst.v_t))
    deadline = time.perf_counter() + time_limit

    def left() -> float:
        return deadline - time.perf_counter()

    if len(inst.v_t) < direct_below:
        return _milp(inst, rows, everything, costs, time_limit)
    active = _initial_columns(inst, rows, initial_per_slot)
    priced = _price_until_optimal(inst, rows, costs, active, deadline)
    if priced is None:  # the LP failed: let HiGHS have the whole model
        return _milp(inst, rows, everything, costs, left())
    dived = _dive(inst, rows, priced, costs, min(_DIVE_SECONDS, left()))
    if dived is not None:
        return dived
    ceiling = priced.bound + priced.worst
    threshold = _FIRST_THRESHOLD
    best: _Outcome | None = None
    while left() > 0:
        columns = np.nonzero(priced.reduced <= threshold)[0]
        # No plan has more placements than the bound allows: bonus * count <= ceiling.
        most = int((ceiling + 0.5) // bonus)
        outcome = _milp_lexicographic(inst, rows, columns, costs, left(), most)
        if outcome.objective is None or not outcome.optimal:
            break
        best = outcome
        gap = ceiling - outcome.objective
        if gap <= threshold + 0.5:
            # Every variable left out has a reduced cost above the threshold, so any
            # plan using one is worth less than ceiling - threshold: not more than this.
            outcome.bound = ceiling
            return outcome
        threshold = min(gap, 4.0 * threshold)
    if best is None:
        return _milp(inst, rows, everything, costs, max(0.1, left()))
    best.optimal = False
    best.status = "tijdslimiet bereikt"
    return best


def _full_size(inst: _Instance, rows: _Rows) -> FormulationSize:
    matrix, _, _ = _matrix(rows, np.arange(len(inst.v_t)), 2)
    return FormulationSize(len(inst.v_t), int(matrix.shape[0]), int(matrix.nnz))


def _solve_greedy(inst: _Instance) -> NDArray[np.bool_]:
    """Best score first, as long as the rules allow: the baseline, and the fallback."""
    n = len(inst.v_t)
    chosen = np.zeros(n, dtype=bool)
    order = np.lexsort((inst.v_a, inst.v_k, inst.v_t, -inst.v_points))
    slot_taken: set[tuple[int, int]] = set()
    used: dict[tuple[int, int], int] = defaultdict(int)
    orgs: set[tuple[int, int]] = set()
    for v in order:
        t, a, k = int(inst.v_t[v]), int(inst.v_a[v]), int(inst.v_k[v])
        org = inst.candidates[a].organisation_id
        if (t, k) in slot_taken or used[(a, k)] >= inst.free[a, k]:
            continue
        if inst.distinct and (t, org) in orgs:
            continue
        chosen[v] = True
        slot_taken.add((t, k))
        used[(a, k)] += 1
        orgs.add((t, org))
    return chosen


def _objective(inst: _Instance, chosen: NDArray[np.bool_], bonus: int) -> float:
    return float((bonus + inst.v_points[chosen]).sum())


# --- the proposal ---------------------------------------------------------------------------


def plan_cohort(
    session: Session,
    cohort_id: int,
    weights: MatchWeights,
    *,
    rotation: int | None = None,
    travel_horizon_km: float = 100.0,
    time_limit: float = DEFAULT_TIME_LIMIT_S,
    method: str = "milp",
    progress: Progress = NO_PROGRESS,
    direct_below: int = DIRECT_BELOW,
    initial_per_slot: int = INITIAL_PER_SLOT,
) -> Proposal:
    """Propose the best plan for one rotation (or all) of a cohort; nothing is written.

    ``method="greedy"`` skips the optimiser (the benchmark's baseline). When HiGHS
    stops at the time limit its best plan is used; when it found none, the greedy plan
    is, and the proposal says it is not proven optimal. ``direct_below`` and
    ``initial_per_slot`` tune the column generation (see "solving" above); the result
    does not depend on them, only the time does.
    """
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise CohortNotFound(f"Deze lichting bestaat niet meer (lichting {cohort_id}).")
    all_rotations = [w.rotation for w in cohort_windows(cohort)]
    if rotation is not None and rotation not in all_rotations:
        raise CoordinatorError(
            f"{cohort.name} heeft rotatie 1 t/m {len(all_rotations)}; "
            f"rotatie {rotation} bestaat niet."
        )
    planned = [rotation] if rotation is not None else all_rotations
    progress.report(0, 4, "Gegevens laden")
    started = time.perf_counter()
    inst = _build_instance(session, cohort, planned, weights, travel_horizon_km)
    progress.report(1, 4, "Model opbouwen")
    rows = _rows(inst)
    bonus = _bonus(inst)
    size = _full_size(inst, rows)
    model_seconds = time.perf_counter() - started
    progress.report(2, 4, "Optimaliseren")
    solve_started = time.perf_counter()
    if len(inst.v_t) == 0:
        chosen = np.zeros(0, dtype=bool)
        report = SolveReport(
            "none", "niets te kiezen", True, 0.0, 0.0, bonus, size, size, 0.0, model_seconds, 0.0
        )
    elif method == "greedy":
        chosen = _solve_greedy(inst)
        report = SolveReport(
            "greedy", "gulzig", False, _objective(inst, chosen, bonus), None, bonus, size, size,
            None, model_seconds, time.perf_counter() - solve_started,
        )  # fmt: skip
    else:
        outcome = _solve_exact(
            inst, rows, bonus, time_limit, direct_below=direct_below,
            initial_per_slot=initial_per_slot,
        )  # fmt: skip
        chosen, status = outcome.chosen, outcome.status
        if outcome.objective is None:
            chosen, status = _solve_greedy(inst), f"{outcome.status}; gulzig plan gebruikt"
        report = SolveReport(
            "milp", status, outcome.optimal, _objective(inst, chosen, bonus), outcome.mip_gap,
            bonus, size, outcome.solved, outcome.bound, model_seconds,
            time.perf_counter() - solve_started,
        )  # fmt: skip
    _verify(inst, chosen)
    progress.report(3, 4, "Voorstel samenstellen")
    proposal = _proposal(inst, chosen, report)
    progress.report(4, 4, "Klaar")
    return proposal


def _verify(inst: _Instance, chosen: NDArray[np.bool_]) -> None:
    """Check the solver's answer against the model's rules once more.

    A failure here is a bug in the planner, never a user's mistake.
    """
    slots: set[tuple[int, int]] = set()
    used: dict[tuple[int, int], int] = defaultdict(int)
    orgs: set[tuple[int, int]] = set()
    for v in np.nonzero(chosen)[0]:
        t, a, k = int(inst.v_t[v]), int(inst.v_a[v]), int(inst.v_k[v])
        org = inst.candidates[a].organisation_id
        used[(a, k)] += 1
        if (
            (t, k) in slots
            or (inst.distinct and (t, org) in orgs)
            or used[(a, k)] > inst.free[a, k]
        ):
            raise RuntimeError(f"planner produced an invalid plan at variable {v}")
        slots.add((t, k))
        orgs.add((t, org))


def _entry_from_row(inst: _Instance, row: PlacementRow) -> PlanEntry:
    return PlanEntry(
        trainee_id=row.trainee_id, trainee_name=row.trainee_name, trainee_email=row.trainee_email,
        assignment_id=row.assignment_id, assignment_title=row.assignment_title,
        organisation_id=row.organisation_id, organisation_name=row.organisation_name,
        rotation=row.rotation, start=row.start, end=row.end,
        score=inst.score_of(row.trainee_id, row.assignment_id), placement_id=row.id,
        version=row.version, status=row.status, locked=row.locked,
    )  # fmt: skip


def _proposal(inst: _Instance, chosen: NDArray[np.bool_], report: SolveReport) -> Proposal:
    choice: dict[tuple[int, int], int] = {}  # (trainee index, rotation) -> candidate index
    for v in np.nonzero(chosen)[0]:
        choice[(int(inst.v_t[v]), inst.planned[int(inst.v_k[v])])] = int(inst.v_a[v])
    changes: list[PlanChange] = []
    unplaced: list[Unplaced] = []
    score_before = 0.0
    score_after = 0.0
    placed = 0
    for i, tid in enumerate(inst.trainees):
        profile = inst.data.trainees[tid]
        for row in inst.fixed.get(tid, []):
            entry = _entry_from_row(inst, row)
            changes.append(PlanChange(f"p{row.id}", ChangeKind.FIXED, entry, entry))
            if row.rotation in inst.planned:
                score_before += entry.score
                score_after += entry.score
                placed += 1
        for j, k in enumerate(inst.planned):
            w = inst.windows[k]
            old = [
                _entry_from_row(inst, r) for r in inst.replaceable.get(tid, []) if r.rotation == k
            ]
            score_before += sum(e.score for e in old)
            a_index = choice.get((i, k))
            if a_index is None:
                for e in old:
                    changes.append(
                        PlanChange(f"t{tid}:r{k}:p{e.placement_id}", ChangeKind.REMOVED, e, None)
                    )
                if inst.open_slot[i, j] or (i, k) in inst.blocked_by:
                    unplaced.append(_why(inst, i, j, choice))
                continue
            a = inst.candidates[a_index]
            new = PlanEntry(
                trainee_id=tid, trainee_name=profile.name, trainee_email=profile.email,
                assignment_id=a.id, assignment_title=a.title, organisation_id=a.organisation_id,
                organisation_name=a.organisation_name, rotation=k, start=w.start, end=w.end,
                score=inst.score_of(tid, a.id),
            )  # fmt: skip
            score_after += new.score
            placed += 1
            same = next(
                (
                    e
                    for e in old
                    if e.assignment_id == a.id and (e.start, e.end) == (w.start, w.end)
                ),
                None,
            )
            if same is not None:
                changes.append(PlanChange(f"t{tid}:r{k}", ChangeKind.KEPT, same, same))
                rest = [e for e in old if e is not same]
            elif old:
                changes.append(PlanChange(f"t{tid}:r{k}", ChangeKind.REPLACED, old[0], new))
                rest = old[1:]
            else:
                changes.append(PlanChange(f"t{tid}:r{k}", ChangeKind.ADDED, None, new))
                rest = []
            for e in rest:
                changes.append(
                    PlanChange(f"t{tid}:r{k}:p{e.placement_id}", ChangeKind.REMOVED, e, None)
                )
    return Proposal(
        cohort_id=inst.cohort.id,
        cohort_name=inst.cohort.name,
        rotations=tuple(inst.planned),
        windows=tuple(inst.windows[k] for k in inst.planned),
        changes=tuple(changes),
        unplaced=tuple(unplaced),
        solve=report,
        score=round(score_after, 2),
        score_before=round(score_before, 2),
        placed=placed,
        slots=len(inst.trainees) * len(inst.planned),
    )


# --- why a trainee stays without a placement ------------------------------------------------


def _aref(a: AssignmentProfile) -> RecordRef:
    return RecordRef("assignment", a.id, a.title)


def _titles(items: Sequence[AssignmentProfile], limit: int = 3) -> str:
    shown = [f"'{a.title}'" for a in items[:limit]]
    more = len(items) - limit
    text = ", ".join(shown)
    return text + (f" en nog {more}" if more > 0 else "")


def _names(names: Sequence[str], limit: int = 3) -> str:
    unique = list(dict.fromkeys(names))
    more = len(unique) - limit
    return ", ".join(unique[:limit]) + (f" en nog {more}" if more > 0 else "")


def _why(inst: _Instance, i: int, j: int, choice: dict[tuple[int, int], int]) -> Unplaced:
    """Walk the rules in the order a coordinator checks them; the first that empties the
    list of possible assignments is the reason."""
    tid = inst.trainees[i]
    t = inst.data.trainees[tid]
    k = inst.planned[j]
    w = inst.windows[k]
    programme = inst.cohort.programme

    def unplaced(code: UnplacedCode, reason: str, assignments: Iterable[AssignmentProfile] = (),
                 others: Iterable[RecordRef] = ()) -> Unplaced:  # fmt: skip
        return Unplaced(tid, t.name, t.email, w, code, reason,
                        tuple(_aref(a) for a in assignments), tuple(others))  # fmt: skip

    clash = inst.blocked_by.get((i, k))
    if clash is not None:
        return unplaced(
            UnplacedCode.OWN_PLACEMENT,
            f"{t.name} heeft in deze periode al de plaatsing '{clash.assignment_title}' "
            f"(rotatie {clash.rotation}, {period(clash.start, clash.end)})",
        )
    pool = list(range(len(inst.candidates)))
    if not pool:
        return unplaced(
            UnplacedCode.NO_ASSIGNMENTS, f"er is geen open opdracht voor {programme.name}"
        )
    pool = [c for c in pool if inst.covers[c, j]]
    if not pool:
        return unplaced(
            UnplacedCode.NO_PERIOD,
            f"geen enkele open opdracht loopt de hele periode {period(w.start, w.end)}",
        )
    pool_level = [c for c in pool if inst.level_ok[i, c]]
    if not pool_level:
        return unplaced(
            UnplacedCode.LEVEL,
            f"geen opdracht in deze periode staat open voor {label(t.level.category)} "
            f"({t.name} heeft {label(t.level)})",
            [inst.candidates[c] for c in pool],
        )
    pool_org = [c for c in pool_level if not inst.org_blocked[i, c]]
    if not pool_org:
        orgs = sorted({inst.candidates[c].organisation_name for c in pool_level}, key=str.casefold)
        return unplaced(
            UnplacedCode.ORGANISATIONS_DONE,
            f"alle opdrachten die passen zijn bij organisaties waar {t.name} al geplaatst is "
            f"({_names(orgs)})",
            [inst.candidates[c] for c in pool_level],
        )
    pool_free = [c for c in pool_org if inst.free[c, j] > 0]
    if not pool_free:
        full = [inst.candidates[c] for c in pool_org]
        parts = []
        holder_refs: list[RecordRef] = []
        for a in full[:3]:
            held = holders(inst.occupants.get(a.id, []), w.start, w.end)
            holder_refs += [RecordRef("trainee", o.trainee_id, o.trainee_name) for o in held]
            parts.append(f"'{a.title}' ({_names([o.trainee_name for o in held], 2)})")
        more = f" en nog {len(full) - 3}" if len(full) > 3 else ""
        return unplaced(
            UnplacedCode.FULL,
            f"alle passende opdrachten zijn in deze periode vol: {', '.join(parts)}{more}",
            full,
            holder_refs,
        )
    planned_orgs = {
        inst.candidates[a].organisation_id: kk
        for (ti, kk), a in choice.items()
        if ti == i and kk != k
    }
    pool_plan = [
        c for c in pool_free
        if not (inst.distinct and inst.candidates[c].organisation_id in planned_orgs)
    ]  # fmt: skip
    if not pool_plan:
        blocked = [inst.candidates[c] for c in pool_free]
        where = sorted(
            {f"{a.organisation_name} (rotatie {planned_orgs[a.organisation_id]})" for a in blocked},
            key=str.casefold,
        )
        return unplaced(
            UnplacedCode.ORGANISATION_IN_PLAN,
            "de passende opdrachten met een vrije plaats zijn bij organisaties waar "
            f"{t.name} in dit plan al een andere rotatie doet: {_names(where)}",
            blocked,
        )
    taken_by: dict[int, list[int]] = defaultdict(list)
    for (ti, kk), c in choice.items():
        if kk == k and c in pool_plan and ti != i:
            taken_by[c].append(ti)
    room = [c for c in pool_plan if len(taken_by[c]) < inst.free[c, j]]
    if room:
        return unplaced(
            UnplacedCode.NOT_FOUND,
            "de planner vond binnen de tijdslimiet geen plaats, al is er nog ruimte in "
            + _titles([inst.candidates[c] for c in room]),
            [inst.candidates[c] for c in room],
        )
    places = int(sum(inst.free[c, j] for c in pool_plan))
    others = sorted({ti for c in pool_plan for ti in taken_by[c]})
    other_names = [inst.data.trainees[inst.trainees[o]].name for o in others]
    return unplaced(
        UnplacedCode.SHORTAGE,
        f"te weinig plaatsen: de {places} vrije {'plaats' if places == 1 else 'plaatsen'} in "
        f"passende opdrachten ({_titles([inst.candidates[c] for c in pool_plan])}) gaan in dit "
        f"plan naar andere trainees ({_names(other_names)})",
        [inst.candidates[c] for c in pool_plan],
        [
            RecordRef("trainee", inst.trainees[o], inst.data.trainees[inst.trainees[o]].name)
            for o in others
        ],
    )


# --- accepting, undoing -----------------------------------------------------------------------


@dataclass(frozen=True)
class AppliedPlan:
    """What accepting (part of) a proposal did: enough to undo and redo it exactly."""

    cohort_id: int
    created_ids: tuple[int, ...]
    removed: tuple[PlacementSnapshot, ...]
    created: tuple[PlacementSnapshot, ...]

    @property
    def empty(self) -> bool:
        return not self.created_ids and not self.removed


def apply_proposal(
    session: Session, proposal: Proposal, keys: Collection[str] | None = None
) -> AppliedPlan:
    """Write the proposal's changes (all, or those whose key is in ``keys``).

    Runs in the caller's transaction: a change that breaks a hard rule together with
    what is already in the database (possible when only part is accepted) raises
    HardRuleViolation, and the caller's rollback leaves everything as it was.
    """
    actionable = {c.key: c for c in proposal.actionable()}
    if keys is not None:
        unknown = sorted(set(keys) - set(actionable))
        if unknown:
            raise CoordinatorError(
                f"Deze wijzigingen staan niet in het voorstel: {', '.join(unknown)}."
            )
        selected = [actionable[k] for k in actionable if k in set(keys)]
    else:
        selected = list(actionable.values())
    remove = [c.before for c in selected if c.before is not None and c.kind is not ChangeKind.ADDED]
    current = {
        pid: version
        for pid, version in session.execute(
            select(Placement.id, Placement.version).where(
                Placement.id.in_([e.placement_id for e in remove])
            )
        )
    }
    for e in remove:
        if current.get(e.placement_id or -1) != e.version:
            raise PlanOutdated(
                f"Het voorstel is verouderd: de plaatsing van {e.trainee_name} bij "
                f"'{e.assignment_title}' ({short_date(e.start)}) is intussen gewijzigd of "
                "verwijderd. Maak een nieuw voorstel."
            )
    removed = take_snapshots(session, [e.placement_id for e in remove if e.placement_id])
    for snapshot in removed:
        session.delete(session.get(Placement, snapshot.placement_id))
    # One flush for both: the unit of work inserts before it deletes, so the new
    # placements never take the id of a removed one (SQLite reuses the highest id),
    # and the hard rules see the end result.
    created: list[Placement] = []
    for c in selected:
        if c.after is None:
            continue
        placement = Placement(
            trainee_id=c.after.trainee_id,
            assignment_id=c.after.assignment_id,
            rotation=c.after.rotation,
            start_date=c.after.start,
            end_date=c.after.end,
            status=PlacementStatus.PROPOSED,
            locked=False,
        )
        session.add(placement)
        created.append(placement)
    session.flush()
    ids = tuple(p.id for p in created)
    return AppliedPlan(proposal.cohort_id, ids, tuple(removed), tuple(take_snapshots(session, ids)))


def undo_applied(session: Session, applied: AppliedPlan) -> None:
    """Take the accepted placements out again and put back what they replaced."""
    _swap(session, applied.created_ids, applied.removed)


def redo_applied(session: Session, applied: AppliedPlan) -> None:
    """Accept the same changes again, with the same placement ids as the first time."""
    _swap(session, [s.placement_id for s in applied.removed], applied.created)


def _swap(
    session: Session, remove_ids: Sequence[int], restore: Sequence[PlacementSnapshot]
) -> None:
    present = set(session.scalars(select(Placement.id).where(Placement.id.in_(list(remove_ids)))))
    missing = [pid for pid in remove_ids if pid not in present]
    if missing:
        raise PlanOutdated(
            "Dit kan niet meer worden teruggedraaid: een plaatsing uit het plan is intussen "
            "verwijderd."
        )
    delete_placements(session, remove_ids)
    restore_placements(session, restore)
