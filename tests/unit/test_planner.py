"""The cohort planner: never breaks a hard rule, finds the brute-force optimum, keeps what is
locked, explains who cannot be placed, applies in whole or in part, undoes; and `plan`."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coordinator_app.cli import run
from coordinator_app.context import AppContext
from coordinator_app.models import (
    AssignmentStatus,
    Cohort,
    EducationLevel,
    Evaluation,
    EvaluationAuthor,
    EvaluationMoment,
    LevelCategory,
    Placement,
    PlacementStatus,
    Preference,
    Trainee,
)
from coordinator_app.services.matching import MatchScorer, load_match_data
from coordinator_app.services.placements import rotation_window
from coordinator_app.services.planner import (
    ChangeKind,
    CohortNotFound,
    PlanOutdated,
    UnplacedCode,
    apply_proposal,
    find_cohort,
    next_rotation,
    plan_cohort,
    redo_applied,
    undo_applied,
)
from coordinator_app.services.rules import HardRuleViolation, check_hard_rules
from coordinator_app.settings import MatchWeights
from tests.helpers import factories as f

D = dt.date
WEIGHTS = MatchWeights()
START = D(2026, 1, 1)  # cohorts here run rotations of six months from this day
W1 = (D(2026, 1, 1), D(2026, 6, 30))
W2 = (D(2026, 7, 1), D(2026, 12, 31))
YEAR = (D(2026, 1, 1), D(2026, 12, 31))


def _cohort(session, rotations: int = 2, distinct: bool = True):  # type: ignore[no-untyped-def]
    prog = f.programme(
        session, rotations_per_trainee=rotations, rotation_months=6, distinct_organisations=distinct
    )
    return f.cohort(session, prog, start=START)


def _count(session) -> int:
    return session.scalar(select(func.count()).select_from(Placement))


# --- brute force on random small instances ------------------------------------------------------


@dataclass(frozen=True)
class _Spec:
    rotations: int
    distinct: bool
    orgs: tuple[int, ...]  # organisation index of each assignment
    places: tuple[int, ...]
    levels: tuple[frozenset[LevelCategory], ...]
    periods: tuple[tuple[dt.date, dt.date], ...]
    trainee_levels: tuple[EducationLevel, ...]
    preferences: tuple[tuple[int, ...], ...]
    others: tuple[tuple[int, int], ...]  # (assignment, window) held by another cohort
    existing: tuple[tuple[int, int, int, str], ...]  # (trainee, assignment, rotation, kind)
    weights: MatchWeights = field(default_factory=MatchWeights)


_PERIODS = [YEAR, W1, W2, (D(2026, 2, 1), D(2026, 12, 31)), (D(2025, 6, 1), D(2026, 9, 30))]
# Sparse weights make many scores 0 and a few high: the cases where placing one more
# trainee costs score, and where the best plan is not each trainee's favourite.
_WEIGHT_PROFILES = [
    WEIGHTS,
    MatchWeights(level=0, competences=0, themes=0, travel=0, variety=0, preference=1),
    MatchWeights(level=1, competences=0, themes=0, travel=0, variety=0, preference=4),
]


@st.composite
def _specs(draw):  # type: ignore[no-untyped-def]
    rotations = draw(st.integers(1, 2))
    n_a = draw(st.integers(1, 4))
    n_t = draw(st.integers(1, 4))
    level_sets = st.frozensets(st.sampled_from(list(LevelCategory)), max_size=2)
    return _Spec(
        rotations=rotations,
        distinct=draw(st.booleans()),
        orgs=tuple(draw(st.integers(0, 2)) for _ in range(n_a)),
        places=tuple(draw(st.integers(1, 2)) for _ in range(n_a)),
        levels=tuple(draw(level_sets) for _ in range(n_a)),
        periods=tuple(draw(st.sampled_from(_PERIODS)) for _ in range(n_a)),
        trainee_levels=tuple(
            draw(st.sampled_from([EducationLevel.MBO4, EducationLevel.HBO, EducationLevel.WO]))
            for _ in range(n_t)
        ),
        preferences=tuple(
            tuple(draw(st.lists(st.integers(0, n_a - 1), unique=True, max_size=2)))
            for _ in range(n_t)
        ),
        others=tuple(
            draw(st.lists(st.tuples(st.integers(0, n_a - 1), st.integers(1, 2)), max_size=2))
        ),
        existing=tuple(
            draw(
                st.lists(
                    st.tuples(
                        st.integers(0, n_t - 1),
                        st.integers(0, n_a - 1),
                        st.integers(1, rotations),
                        st.sampled_from(["locked", "open", "running"]),
                    ),
                    max_size=3,
                )
            )
        ),
        weights=draw(st.sampled_from(_WEIGHT_PROFILES)),
    )


def _window(k: int) -> tuple[dt.date, dt.date]:
    w = rotation_window(START, 6, k)
    return w.start, w.end


def _try_placement(session, trainee, assignment, k, **fields) -> Placement | None:  # type: ignore[no-untyped-def]
    """Add a placement if the hard rules allow it (random data may not)."""
    locked = fields.pop("locked", False)
    savepoint = session.begin_nested()
    try:
        p = f.placement(session, trainee, assignment, *_window(k), rotation=k, **fields)
        p.locked = locked
        session.flush()
    except HardRuleViolation:
        savepoint.rollback()
        return None
    savepoint.commit()
    return p


def _build(session, spec: _Spec):  # type: ignore[no-untyped-def]
    coh = _cohort(session, spec.rotations, spec.distinct)
    orgs = [f.organisation(session) for _ in range(3)]
    assignments = [
        f.assignment(session, orgs[o], start=p[0], end=p[1], places=n, levels=set(lv) or None)
        for o, n, lv, p in zip(spec.orgs, spec.places, spec.levels, spec.periods, strict=True)
    ]
    trainees = [f.trainee(session, coh=coh, level=lv) for lv in spec.trainee_levels]
    for t, prefs in zip(trainees, spec.preferences, strict=True):
        for rank, a in enumerate(prefs, start=1):
            session.add(Preference(trainee_id=t.id, assignment_id=assignments[a].id, rank=rank))
    for a, k in spec.others:
        if k <= spec.rotations:
            outsider = f.trainee(session, level=EducationLevel.HBO)
            _try_placement(session, outsider, assignments[a], k)
    kinds = {
        "locked": {"locked": True, "status": PlacementStatus.CONFIRMED},
        "open": {"status": PlacementStatus.PROPOSED},
        "running": {"status": PlacementStatus.RUNNING},
    }
    for t, a, k, kind in spec.existing:
        _try_placement(session, trainees[t], assignments[a], k, **kinds[kind])
    session.flush()
    return coh, trainees, assignments


def _brute_force(session, coh, trainees, assignments, spec: _Spec) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The best (placements, score in hundredths) by trying every plan, with the rules
    written out here independently of the planner."""
    t_ids = [t.id for t in trainees]
    rows = session.execute(
        select(
            Placement.id, Placement.trainee_id, Placement.assignment_id, Placement.rotation,
            Placement.start_date, Placement.end_date, Placement.locked, Placement.status,
        ).where(Placement.status != PlacementStatus.ABORTED)
    ).all()  # fmt: skip
    mine = [r for r in rows if r.trainee_id in t_ids]
    fixed = [
        r
        for r in mine
        if r.locked or r.status in (PlacementStatus.RUNNING, PlacementStatus.COMPLETED)
    ]
    replaceable = {r.id for r in mine} - {r.id for r in fixed}
    scorer = MatchScorer(
        load_match_data(
            session, t_ids, [a.id for a in assignments], ignore_placement_ids=[r.id for r in mine]
        ),
        spec.weights,
    )
    points = scorer.points(t_ids, [a.id for a in assignments])
    org_of = {a.id: a.organisation_id for a in assignments}

    def free(a, k) -> int:  # type: ignore[no-untyped-def]
        start, end = _window(k)
        day, peak = start, 0
        while day <= end:
            peak = max(
                peak,
                sum(
                    1
                    for r in rows
                    if r.assignment_id == a.id
                    and r.id not in replaceable
                    and r.start_date <= day <= r.end_date
                ),
            )
            day += dt.timedelta(days=1)
        return a.places - peak

    capacity = {
        (i, k): free(a, k) for i, a in enumerate(assignments) for k in range(1, spec.rotations + 1)
    }
    itineraries = []
    for ti, t in enumerate(trainees):
        own = [r for r in fixed if r.trainee_id == t.id]
        done_orgs = {org_of.get(r.assignment_id) for r in own}
        options_per_slot = []
        for k in range(1, spec.rotations + 1):
            start, end = _window(k)
            if any(r.rotation == k or (r.start_date <= end and r.end_date >= start) for r in own):
                options_per_slot.append([None])
                continue
            options = [None]
            for i, a in enumerate(assignments):
                covers = a.start_date <= start and end <= a.end_date
                level_ok = not a.accepted_levels or t.education_level.category in a.accepted_levels
                org_ok = not spec.distinct or a.organisation_id not in done_orgs
                if covers and level_ok and org_ok and capacity[(i, k)] > 0:
                    options.append(i)
            options_per_slot.append(options)
        plans = []
        for combo in itertools.product(*options_per_slot):
            chosen = [i for i in combo if i is not None]
            orgs = [assignments[i].organisation_id for i in chosen]
            if spec.distinct and len(set(orgs)) < len(orgs):
                continue
            uses = tuple((i, k + 1) for k, i in enumerate(combo) if i is not None)
            value = (len(chosen), sum(int(points[ti, i]) for i in chosen))
            plans.append((uses, value))
        itineraries.append(plans)

    keys = sorted(capacity)

    @functools.cache
    def best(ti: int, left: tuple[int, ...]) -> tuple[int, int]:
        if ti == len(trainees):
            return (0, 0)
        result = (-1, -1)
        for uses, (count, score) in itineraries[ti]:
            remaining = list(left)
            ok = True
            for use in uses:
                j = keys.index(use)
                remaining[j] -= 1
                ok = ok and remaining[j] >= 0
            if ok:
                rest = best(ti + 1, tuple(remaining))
                result = max(result, (count + rest[0], score + rest[1]))
        return result

    return best(0, tuple(capacity[k] for k in keys))


def _new_value(proposal) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(placements, score in hundredths) of what the optimiser chose (not the fixed ones)."""
    chosen = [
        c.after
        for c in proposal.changes
        if c.after is not None
        and c.kind in (ChangeKind.ADDED, ChangeKind.REPLACED, ChangeKind.KEPT)
    ]
    return len(chosen), sum(round(e.score * 100) for e in chosen)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=_specs())
def test_plan_is_optimal_and_obeys_every_hard_rule(app_context, spec):
    with app_context.session_factory() as session:
        coh, trainees, assignments = _build(session, spec)
        locked_before = {
            (p.id, p.assignment_id, p.start_date, p.end_date)
            for p in session.scalars(select(Placement).where(Placement.locked))
        }
        expected = _brute_force(session, coh, trainees, assignments, spec)
        direct = plan_cohort(session, coh.id, spec.weights)
        # column generation from the greedy plan alone: pricing must find the rest
        generated = plan_cohort(session, coh.id, spec.weights, direct_below=0, initial_per_slot=0)
        for proposal in (direct, generated):
            assert proposal.optimal
            assert _new_value(proposal) == expected
            assert UnplacedCode.NOT_FOUND not in {u.code for u in proposal.unplaced}
        # every empty slot is explained exactly once
        filled = {(e.trainee_id, e.rotation) for e in direct.plan()}
        empty = {(t.id, k) for t in trainees for k in range(1, spec.rotations + 1)} - filled
        assert {(u.trainee_id, u.rotation) for u in direct.unplaced} == empty
        apply_proposal(session, direct)
        session.flush()
        assert check_hard_rules(session) == []
        locked_after = {
            (p.id, p.assignment_id, p.start_date, p.end_date)
            for p in session.scalars(select(Placement).where(Placement.locked))
        }
        assert locked_after == locked_before
        session.rollback()


def test_placing_one_more_trainee_beats_any_score(session):
    """Anna's favourite is the only assignment open to Piet: a plan that gives it to Anna
    scores higher, but leaves Piet out; the planner places both."""
    coh = _cohort(session, rotations=1)
    anna = f.trainee(session, "Anna", coh=coh, level=EducationLevel.HBO)
    piet = f.trainee(session, "Piet", coh=coh, level=EducationLevel.MBO4)
    favourite = f.assignment(session, title="Favoriet", start=YEAR[0], end=YEAR[1])
    f.assignment(
        session, title="Alleen hbo", start=YEAR[0], end=YEAR[1], levels={LevelCategory.HBO}
    )
    session.add(Preference(trainee_id=anna.id, assignment_id=favourite.id, rank=1))
    session.flush()
    only_preference = MatchWeights(0, 0, 0, 0, 0, 1)
    for kwargs in ({}, {"direct_below": 0, "initial_per_slot": 0}):
        proposal = plan_cohort(session, coh.id, only_preference, **kwargs)
        placed = {e.trainee_id: e.assignment_title for e in proposal.plan()}
        assert placed == {anna.id: "Alleen hbo", piet.id: "Favoriet"}
        assert proposal.unplaced == () and proposal.score == 0.0
    greedy = plan_cohort(session, coh.id, only_preference, method="greedy")
    assert greedy.placed == 1 and greedy.score == 100.0  # what a score-first choice does


# --- reasons for the unplaced ---------------------------------------------------------------------


def _only_reason(proposal, trainee):  # type: ignore[no-untyped-def]
    found = [u for u in proposal.unplaced if u.trainee_id == trainee.id]
    assert len(found) == 1, found
    return found[0]


def test_reason_level(session):
    coh = _cohort(session, rotations=1)
    t = f.trainee(session, "Piet", "Vries", "de", coh=coh, level=EducationLevel.MBO3)
    f.assignment(session, title="Beleid", start=YEAR[0], end=YEAR[1], levels={LevelCategory.WO})
    reason = _only_reason(plan_cohort(session, coh.id, WEIGHTS), t)
    assert reason.code is UnplacedCode.LEVEL
    assert "geen opdracht in deze periode staat open voor mbo" in reason.reason
    assert "Piet de Vries heeft mbo niveau 3" in reason.reason
    assert [r.label for r in reason.assignments] == ["Beleid"]


def test_reason_no_assignment_in_the_period(session):
    coh = _cohort(session, rotations=1)
    t = f.trainee(session, coh=coh)
    f.assignment(session, start=D(2026, 3, 1), end=YEAR[1])
    reason = _only_reason(plan_cohort(session, coh.id, WEIGHTS), t)
    assert reason.code is UnplacedCode.NO_PERIOD
    assert "01-01-2026 t/m 30-06-2026" in reason.reason


def test_reason_no_open_assignments(session):
    coh = _cohort(session, rotations=1)
    t = f.trainee(session, coh=coh)
    f.assignment(session, start=YEAR[0], end=YEAR[1], status=AssignmentStatus.CLOSED)
    reason = _only_reason(plan_cohort(session, coh.id, WEIGHTS), t)
    assert reason.code is UnplacedCode.NO_ASSIGNMENTS
    assert coh.programme.name in reason.reason


def test_reason_organisations_already_done(session):
    coh = _cohort(session, rotations=2)
    t = f.trainee(session, "Anna", coh=coh)
    org = f.organisation(session, "Gemeente Oldambt")
    first = f.placement(session, t, f.assignment(session, org, start=YEAR[0], end=YEAR[1]), *W1)
    first.locked = True
    f.assignment(session, org, title="Tweede", start=YEAR[0], end=YEAR[1])
    reason = _only_reason(plan_cohort(session, coh.id, WEIGHTS), t)
    assert (reason.code, reason.rotation) == (UnplacedCode.ORGANISATIONS_DONE, 2)
    assert "Gemeente Oldambt" in reason.reason


def test_reason_full_names_who_holds_the_places(session):
    coh = _cohort(session, rotations=1)
    t = f.trainee(session, coh=coh)
    a = f.assignment(session, title="Dideldom", start=YEAR[0], end=YEAR[1], places=1)
    f.placement(session, f.trainee(session, "Kees", "Bos"), a, D(2026, 3, 1), D(2026, 9, 30))
    reason = _only_reason(plan_cohort(session, coh.id, WEIGHTS), t)
    assert reason.code is UnplacedCode.FULL
    assert "'Dideldom' (Kees Bos)" in reason.reason
    assert [r.label for r in reason.others] == ["Kees Bos"]


def test_reason_organisation_used_in_another_rotation_of_the_plan(session):
    coh = _cohort(session, rotations=2)
    t = f.trainee(session, "Anna", coh=coh)
    org = f.organisation(session, "Provincie Groningen")
    f.assignment(session, org, title="Lobby", start=YEAR[0], end=YEAR[1])
    f.assignment(session, org, title="Energie", start=YEAR[0], end=YEAR[1])
    proposal = plan_cohort(session, coh.id, WEIGHTS)
    assert proposal.placed == 1
    reason = _only_reason(proposal, t)
    assert reason.code is UnplacedCode.ORGANISATION_IN_PLAN
    assert "Provincie Groningen (rotatie" in reason.reason


def test_reason_shortage_names_who_got_the_place(session):
    coh = _cohort(session, rotations=1)
    anna = f.trainee(session, "Anna", "Berg", coh=coh)
    bram = f.trainee(session, "Bram", "Smit", coh=coh)
    a = f.assignment(session, title="Data", start=YEAR[0], end=YEAR[1], places=1)
    session.add(Preference(trainee_id=anna.id, assignment_id=a.id, rank=1))
    proposal = plan_cohort(session, coh.id, WEIGHTS)
    reason = _only_reason(proposal, bram)  # Anna's preference wins the one place
    assert reason.code is UnplacedCode.SHORTAGE
    assert "de 1 vrije plaats in passende opdrachten ('Data')" in reason.reason
    assert "Anna Berg" in reason.reason
    assert proposal.as_json()["unplaced"] == [
        {
            "trainee_email": bram.email,
            "reason": f"Rotatie 1 (01-01-2026 t/m 30-06-2026): {reason.reason}.",
        }
    ]


def test_reason_own_placement_in_the_way(session):
    coh = _cohort(session, rotations=2)
    t = f.trainee(session, coh=coh)
    long = f.placement(
        session,
        t,
        f.assignment(session, title="Lang", start=YEAR[0], end=YEAR[1]),
        D(2026, 1, 1),
        D(2026, 8, 31),
    )
    long.locked = True
    f.assignment(session, start=YEAR[0], end=YEAR[1])
    reason = _only_reason(plan_cohort(session, coh.id, WEIGHTS), t)
    assert (reason.code, reason.rotation) == (UnplacedCode.OWN_PLACEMENT, 2)
    assert "'Lang'" in reason.reason


def test_one_sentence_per_trainee_over_several_rotations(session):
    coh = _cohort(session, rotations=2)
    t = f.trainee(session, coh=coh, level=EducationLevel.MBO2)
    f.assignment(session, start=YEAR[0], end=YEAR[1], levels={LevelCategory.HBO})
    proposal = plan_cohort(session, coh.id, WEIGHTS)
    [(tid, email, sentence)] = proposal.unplaced_by_trainee()
    assert (tid, email) == (t.id, t.email)
    assert sentence.startswith("Rotatie 1 (01-01-2026 t/m 30-06-2026): geen opdracht")
    assert "; rotatie 2 (01-07-2026 t/m 31-12-2026): geen opdracht" in sentence
    assert sentence.endswith(".")


# --- what stays, what changes ---------------------------------------------------------------------


def _good_and_poor(session, coh):  # type: ignore[no-untyped-def]
    good = f.assignment(session, title="Favoriet", start=YEAR[0], end=YEAR[1])
    poor = f.assignment(session, title="Minder", start=YEAR[0], end=YEAR[1])
    t = f.trainee(session, coh=coh)
    session.add(Preference(trainee_id=t.id, assignment_id=good.id, rank=1))
    session.flush()
    return t, good, poor


def test_unlocked_placement_is_replaced_locked_one_is_kept(session):
    coh = _cohort(session, rotations=1)
    t, _good, poor = _good_and_poor(session, coh)
    other, _, _ = _good_and_poor(session, coh)
    poor.places = 2
    session.flush()
    mine = f.placement(session, t, poor, *W1, status=PlacementStatus.PROPOSED)
    theirs = f.placement(session, other, poor, *W1, status=PlacementStatus.PROPOSED)
    theirs.locked = True
    session.flush()
    proposal = plan_cohort(session, coh.id, WEIGHTS)
    kinds = {c.before.placement_id if c.before else None: c for c in proposal.changes}
    assert kinds[mine.id].kind is ChangeKind.REPLACED
    assert kinds[mine.id].after.assignment_title == "Favoriet"
    assert kinds[mine.id].score_delta > 0
    assert kinds[theirs.id].kind is ChangeKind.FIXED
    assert proposal.score > proposal.score_before


def test_running_placement_is_never_replaced(session):
    coh = _cohort(session, rotations=1)
    t, _good, poor = _good_and_poor(session, coh)
    running = f.placement(session, t, poor, *W1, status=PlacementStatus.RUNNING)
    proposal = plan_cohort(session, coh.id, WEIGHTS)
    assert [c.kind for c in proposal.changes] == [ChangeKind.FIXED]
    assert proposal.changes[0].before.placement_id == running.id
    assert proposal.actionable() == []


def test_the_same_choice_is_kept_untouched(session):
    coh = _cohort(session, rotations=1)
    t, good, _poor = _good_and_poor(session, coh)
    existing = f.placement(session, t, good, *W1, status=PlacementStatus.CONFIRMED)
    proposal = plan_cohort(session, coh.id, WEIGHTS)
    [change] = proposal.changes
    assert change.kind is ChangeKind.KEPT and change.before.placement_id == existing.id
    assert apply_proposal(session, proposal).empty
    assert session.get(Placement, existing.id).status is PlacementStatus.CONFIRMED


def test_one_rotation_only_leaves_the_others_alone(session):
    coh = _cohort(session, rotations=2)
    t, good, poor = _good_and_poor(session, coh)
    first = f.placement(session, t, poor, *W1, status=PlacementStatus.PROPOSED)
    proposal = plan_cohort(session, coh.id, WEIGHTS, rotation=2)
    assert proposal.rotations == (2,)
    by_kind = {c.kind: c for c in proposal.changes}
    assert by_kind[ChangeKind.FIXED].before.placement_id == first.id  # not replaced
    assert by_kind[ChangeKind.ADDED].after.rotation == 2
    assert by_kind[ChangeKind.ADDED].after.assignment_id == good.id
    assert (by_kind[ChangeKind.ADDED].after.start, by_kind[ChangeKind.ADDED].after.end) == W2


def test_rotation_outside_the_programme_is_a_user_error(session):
    coh = _cohort(session, rotations=2)
    with pytest.raises(Exception, match="rotatie 3 bestaat niet"):
        plan_cohort(session, coh.id, WEIGHTS, rotation=3)


def test_next_rotation_is_the_first_unfinished_one(session):
    coh = _cohort(session, rotations=2)
    t, good, _poor = _good_and_poor(session, coh)
    assert next_rotation(session, coh.id, D(2025, 12, 1)) == 1
    f.placement(session, t, good, *W1)
    assert next_rotation(session, coh.id, D(2025, 12, 1)) == 2
    assert next_rotation(session, coh.id, D(2027, 1, 1)) is None


def test_find_cohort_by_name_forgiving_case_and_listing_the_known_ones(session):
    coh = _cohort(session)
    coh.name = "Lichting 2026"
    session.flush()
    assert find_cohort(session, "lichting  2026").id == coh.id
    with pytest.raises(CohortNotFound, match="Bekende lichtingen: Lichting 2026"):
        find_cohort(session, "Lichting 2030")


# --- accepting in part, undo, redo -----------------------------------------------------------------


def test_accept_part_then_undo_and_redo(session):
    coh = _cohort(session, rotations=1)
    t1, _, poor = _good_and_poor(session, coh)
    t2, _, _ = _good_and_poor(session, coh)
    old = f.placement(session, t1, poor, *W1, status=PlacementStatus.PROPOSED)
    session.add(
        Evaluation(
            placement_id=old.id,
            moment=EvaluationMoment.MIDTERM,
            author=EvaluationAuthor.TRAINEE,
            score=6,
        )
    )
    session.commit()
    proposal = plan_cohort(session, coh.id, WEIGHTS)
    replaced = next(c for c in proposal.changes if c.kind is ChangeKind.REPLACED)
    added = next(c for c in proposal.changes if c.kind is ChangeKind.ADDED)
    assert added.after.trainee_id == t2.id

    applied = apply_proposal(session, proposal, [replaced.key])
    session.commit()
    assert session.get(Placement, old.id) is None
    [new_id] = applied.created_ids
    new = session.get(Placement, new_id)
    assert (new.trainee_id, new.status, new.locked) == (t1.id, PlacementStatus.PROPOSED, False)
    assert _count(session) == 1  # t2's change was not accepted

    undo_applied(session, applied)
    session.commit()
    assert session.get(Placement, new_id) is None
    assert session.get(Placement, old.id).assignment_id == poor.id
    assert session.scalar(select(func.count()).select_from(Evaluation)) == 1

    redo_applied(session, applied)
    session.commit()
    assert session.get(Placement, old.id) is None
    assert session.get(Placement, new_id).trainee_id == t1.id
    assert check_hard_rules(session) == []


def test_accepting_half_of_a_swap_is_refused_by_the_rules(session):
    coh = _cohort(session, rotations=1)
    a = f.assignment(session, title="A", start=YEAR[0], end=YEAR[1])
    b = f.assignment(session, title="B", start=YEAR[0], end=YEAR[1])
    t1, t2 = f.trainee(session, coh=coh), f.trainee(session, coh=coh)
    session.add_all(
        [
            Preference(trainee_id=t1.id, assignment_id=b.id, rank=1),
            Preference(trainee_id=t2.id, assignment_id=a.id, rank=1),
        ]
    )
    f.placement(session, t1, a, *W1, status=PlacementStatus.PROPOSED)
    f.placement(session, t2, b, *W1, status=PlacementStatus.PROPOSED)
    session.commit()
    proposal = plan_cohort(session, coh.id, WEIGHTS)
    moves = [c for c in proposal.changes if c.kind is ChangeKind.REPLACED]
    assert len(moves) == 2
    with pytest.raises(HardRuleViolation):
        apply_proposal(session, proposal, [moves[0].key])
    session.rollback()
    assert _count(session) == 2
    apply_proposal(session, proposal, [m.key for m in moves])
    session.commit()
    assert check_hard_rules(session) == []


def test_outdated_proposal_is_refused(session):
    coh = _cohort(session, rotations=1)
    t, _good, poor = _good_and_poor(session, coh)
    old = f.placement(session, t, poor, *W1, status=PlacementStatus.PROPOSED)
    session.commit()
    proposal = plan_cohort(session, coh.id, WEIGHTS)
    old.notes = "intussen aangepast"
    session.commit()
    with pytest.raises(PlanOutdated, match="verouderd"):
        apply_proposal(session, proposal)
    session.rollback()
    assert session.get(Placement, old.id).assignment_id == poor.id


def test_unknown_change_keys_are_refused(session):
    coh = _cohort(session, rotations=1)
    _good_and_poor(session, coh)
    proposal = plan_cohort(session, coh.id, WEIGHTS)
    with pytest.raises(Exception, match="niet in het voorstel"):
        apply_proposal(session, proposal, ["t999:r1"])


# --- the column generation gives the same optimum as the whole model ---------------------------


def test_column_generation_matches_the_whole_model(tmp_path):
    """A tight instance whose LP relaxation is not integral: the optimum uses variables
    with a positive reduced cost, so the proof must widen its threshold to find it."""
    from bench.bench_planner import COHORT, generate_instance

    db = tmp_path / "plan.sqlite3"
    generate_instance(db, trainees=100, assignments=130, seed=11, tight=True)
    context = AppContext.open(str(db), settings_path=tmp_path / "s.json")
    try:
        with context.read_session() as session:
            cohort = find_cohort(session, COHORT)
            whole = plan_cohort(session, cohort.id, WEIGHTS, direct_below=10**9)
            reduced = plan_cohort(session, cohort.id, WEIGHTS, direct_below=0)
            greedy = plan_cohort(session, cohort.id, WEIGHTS, method="greedy")
    finally:
        context.close()
    assert whole.optimal and reduced.optimal and not greedy.optimal
    assert reduced.solve.bound is not None and reduced.solve.bound > reduced.solve.objective
    assert reduced.solve.objective == whole.solve.objective
    assert reduced.solve.solved.variables < whole.solve.size.variables / 2
    assert (reduced.placed, round(reduced.score, 2)) == (whole.placed, round(whole.score, 2))
    assert (greedy.placed, greedy.score) < (whole.placed, whole.score)
    assert whole.solve.size.nonzeros > whole.solve.size.variables > 0
    assert {u.code for u in reduced.unplaced} <= {UnplacedCode.SHORTAGE, UnplacedCode.LEVEL}
    assert len(reduced.unplaced) == reduced.slots - reduced.placed


# --- the command line --------------------------------------------------------------------------


def _cli_db(tmp_path: Path, *, with_shortage: bool) -> tuple[str, str, list[str]]:
    """Three hbo trainees, three assignments for hbo/wo at three organisations; with a
    shortage, also an mbo trainee for whom nothing is open."""
    path = tmp_path / "plan.sqlite3"
    context = AppContext.open(str(path), settings_path=tmp_path / "s.json")
    try:
        with context.transaction() as session:
            coh = _cohort(session, rotations=2)
            coh.name = "Lichting Noord"
            orgs = [f.organisation(session, f"Org {i}") for i in range(3)]
            for i, org in enumerate(orgs):
                f.assignment(
                    session, org, title=f"Opdracht {i}", start=YEAR[0], end=YEAR[1],
                    levels={LevelCategory.HBO, LevelCategory.WO},
                )  # fmt: skip
            trainees = [f.trainee(session, coh=coh) for _ in range(3)]
            if with_shortage:
                trainees.append(f.trainee(session, coh=coh, level=EducationLevel.MBO1))
            emails = [t.email for t in trainees]
    finally:
        context.close()
    return str(path), "Lichting Noord", emails


def _placements_in(path: str) -> list[tuple[str, int, str]]:
    context = AppContext.open(path)
    try:
        with context.read_session() as session:
            return sorted(
                (t_email, p.rotation, p.status.value)
                for p, t_email in session.execute(
                    select(Placement, Trainee.email).join(
                        Trainee, Trainee.id == Placement.trainee_id
                    )
                )
            )
    finally:
        context.close()


def test_cli_plan_json_contract_dry_run_writes_nothing(tmp_path, capsys):
    path, cohort, emails = _cli_db(tmp_path, with_shortage=False)
    code = run(["plan", "--db", path, "--cohort", cohort, "--dry-run", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(out) == {"optimal", "score", "placements", "unplaced"}
    assert out["optimal"] is True and isinstance(out["score"], float) and out["score"] > 0
    assert out["unplaced"] == []
    assert len(out["placements"]) == 6
    first = out["placements"][0]
    assert set(first) == {"trainee_email", "assignment", "organisation", "rotation", "start", "end"}
    assert first["start"] in ("2026-01-01", "2026-07-01") and first["assignment"].startswith(
        "Opdracht"
    )
    assert first["organisation"].startswith("Org ")
    assert {p["trainee_email"] for p in out["placements"]} == set(emails)
    for email in emails:  # each trainee: two rotations at two organisations
        theirs = [p for p in out["placements"] if p["trainee_email"] == email]
        assert sorted(p["rotation"] for p in theirs) == [1, 2]
        assert len({p["organisation"] for p in theirs}) == 2
    assert _placements_in(path) == []


def test_cli_plan_saves_proposed_placements_and_is_stable(tmp_path, capsys):
    path, cohort, _emails = _cli_db(tmp_path, with_shortage=False)
    assert run(["plan", "--db", path, "--cohort", cohort, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    saved = _placements_in(path)
    assert len(saved) == 6 and {s[2] for s in saved} == {"voorgesteld"}
    assert run(["plan", "--db", path, "--cohort", cohort, "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["placements"] == first["placements"]
    assert _placements_in(path) == saved  # kept, not duplicated


def test_cli_plan_exit_3_with_reasons(tmp_path, capsys):
    path, cohort, emails = _cli_db(tmp_path, with_shortage=True)
    code = run(["plan", "--db", path, "--cohort", cohort, "--dry-run", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 3
    assert out["optimal"] is True
    assert len(out["placements"]) == 6
    [unplaced] = out["unplaced"]
    assert unplaced["trainee_email"] == emails[-1]
    assert unplaced["reason"].startswith(
        "Rotatie 1 (01-01-2026 t/m 30-06-2026): geen opdracht in deze periode staat open voor mbo"
    )
    assert "heeft mbo niveau 1" in unplaced["reason"]
    assert "; rotatie 2 (01-07-2026 t/m 31-12-2026): geen opdracht" in unplaced["reason"]


def test_cli_plan_text_output_and_rotation_option(tmp_path, capsys):
    path, cohort, _emails = _cli_db(tmp_path, with_shortage=True)
    code = run(["plan", "--db", path, "--cohort", cohort, "--rotation", "2", "--dry-run"])
    out = capsys.readouterr().out
    assert code == 3
    assert "rotatie 2:" in out and "bewezen optimaal" in out
    assert "Niet geplaatst:" in out and "Niets opgeslagen (--dry-run)." in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--cohort", "Bestaat niet"], "Lichting 'Bestaat niet' bestaat niet"),
        (["--cohort", "Lichting Noord", "--rotation", "7"], "rotatie 7 bestaat niet"),
        (["--cohort", "Lichting Noord", "--time-limit", "0"], "groter dan 0"),
    ],
)
def test_cli_plan_user_errors(tmp_path, capsys, extra, message):
    path, _cohort_name, _ = _cli_db(tmp_path, with_shortage=False)
    assert run(["plan", "--db", path, *extra]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_cli_plan_on_the_demo_data(tmp_path, capsys):
    demo = pytest.importorskip("coordinator_app.services.demo")
    path = tmp_path / "demo.sqlite3"
    demo.write_demo_database(str(path), size="small")
    context = AppContext.open(str(path))
    try:
        with context.read_session() as session:
            names = sorted(session.scalars(select(Cohort.name)))
    finally:
        context.close()
    assert names
    capsys.readouterr()
    code = run(["plan", "--db", str(path), "--cohort", names[0], "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code in (0, 3)
    assert (code == 3) == bool(out["unplaced"])
    assert all(u["reason"].startswith("Rotatie ") for u in out["unplaced"])
    context = AppContext.open(str(path))
    try:
        with context.read_session() as session:
            assert check_hard_rules(session) == []
    finally:
        context.close()
