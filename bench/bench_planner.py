"""The cohort planner on a large cohort: a proven optimal plan beside a greedy plan.

The instance is generated here, deterministically, in a temporary database: one
cohort of 300 trainees (30 when quick) in a programme of three rotations of eight
months at different organisations, 400 assignments (40) at 100 organisations (10)
across the region's municipalities, with levels, competences, themes and trainee
preferences drawn from a fixed seed, and a second cohort whose placements already
hold some of the places. Both plans run the whole pipeline on the same database:
load, score, build the model, solve (HiGHS) or pick greedily, explain the unplaced.

A second row repeats it on a tight variant (more mbo trainees than places for mbo,
fewer places per assignment): not everyone can be placed and the LP relaxation is not
integral, which is the harder case for the proof of optimality.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.core import Config, Result

if TYPE_CHECKING:
    from coordinator_app.services.planner import Proposal

SEED = 20260901
COHORT = "Benchmark 2026"
TARGET_S = 10.0


def generate_instance(
    path: Path, trainees: int, assignments: int, seed: int = SEED, *, tight: bool = False
) -> str:
    """Write the planner's benchmark instance to a new database; returns the cohort name.

    ``tight``: more mbo trainees than places for mbo, and fewer places per assignment,
    so that not everyone can be placed and the LP relaxation is not integral.
    """
    from sqlalchemy import insert, select

    from coordinator_app.context import AppContext
    from coordinator_app.models import (
        Assignment,
        AssignmentCompetence,
        AssignmentLevel,
        AssignmentStatus,
        Cohort,
        Competence,
        EducationLevel,
        LevelCategory,
        Municipality,
        Organisation,
        OrganisationType,
        Placement,
        PlacementStatus,
        Preference,
        Programme,
        Theme,
        Trainee,
        TraineeCompetence,
        assignment_theme,
        trainee_theme,
    )
    from coordinator_app.text import sort_key

    rng = random.Random(seed)
    context = AppContext.open(str(path), settings_path=path.parent / "settings.json")
    try:
        with context.transaction() as session:
            municipalities = list(session.scalars(select(Municipality.id)))
            programme = Programme(
                name="Benchmarkprogramma", rotations_per_trainee=3, rotation_months=8
            )
            other_programme = Programme(
                name="Ander programma", rotations_per_trainee=1, rotation_months=8
            )
            start = dt.date(2026, 9, 1)
            cohort = Cohort(programme=programme, name=COHORT, start_date=start)
            other = Cohort(programme=other_programme, name="Andere lichting", start_date=start)
            themes = [Theme(name=f"Thema {i + 1}") for i in range(12)]
            competences = [Competence(name=f"Competentie {i + 1}") for i in range(20)]
            session.add_all([programme, other_programme, cohort, other, *themes, *competences])
            session.flush()
            theme_ids = [t.id for t in themes]
            competence_ids = [c.id for c in competences]

            n_orgs = max(4, assignments // 4)
            org_rows = [
                {
                    "name": f"Organisatie {i + 1:03d}",
                    "type": rng.choice(list(OrganisationType)),
                    "municipality_id": rng.choice(municipalities),
                }
                for i in range(n_orgs)
            ]
            session.execute(insert(Organisation), org_rows)
            org_ids = list(session.scalars(select(Organisation.id).order_by(Organisation.id)))

            program_start, program_end = dt.date(2026, 8, 1), dt.date(2028, 12, 31)
            windows = [
                (dt.date(2026, 9, 1), dt.date(2027, 4, 30)),
                (dt.date(2027, 5, 1), dt.date(2027, 12, 31)),
                (dt.date(2028, 1, 1), dt.date(2028, 8, 31)),
            ]
            a_rows = []
            for i in range(assignments):
                if rng.random() < 0.7:
                    a_start, a_end = program_start, program_end
                else:  # one or two consecutive rotations only
                    first = rng.randrange(3)
                    last = min(2, first + rng.randrange(2))
                    a_start = windows[first][0] - dt.timedelta(days=rng.randrange(0, 30))
                    a_end = windows[last][1] + dt.timedelta(days=rng.randrange(0, 30))
                a_rows.append(
                    {
                        "title": f"Opdracht {i + 1:03d}",
                        "organisation_id": rng.choice(org_ids),
                        "municipality_id": rng.choice(municipalities)
                        if rng.random() < 0.3
                        else None,
                        "start_date": a_start,
                        "end_date": a_end,
                        "places": rng.choices((1, 2, 3), weights=(8, 2, 0) if tight else (6, 3, 1))[
                            0
                        ],
                        "status": AssignmentStatus.OPEN,
                    }
                )
            session.execute(insert(Assignment), a_rows)
            assignment_ids = list(session.scalars(select(Assignment.id).order_by(Assignment.id)))
            level_rows, comp_rows, theme_rows = [], [], []
            accepted: dict[int, set[LevelCategory]] = {}
            for aid in assignment_ids:
                kind = rng.random()
                if kind < 0.15:
                    levels: set[LevelCategory] = set()
                elif kind < 0.35:
                    levels = {LevelCategory.MBO}
                elif kind < 0.7:
                    levels = {LevelCategory.HBO} | (
                        {LevelCategory.WO} if rng.random() < 0.4 else set()
                    )
                else:
                    levels = {LevelCategory.WO}
                accepted[aid] = levels
                level_rows += [{"assignment_id": aid, "level": level} for level in levels]
                comp_rows += [
                    {
                        "assignment_id": aid,
                        "competence_id": cid,
                        "level": rng.choice((None, 2, 3, 4)),
                    }
                    for cid in rng.sample(competence_ids, rng.randint(2, 4))
                ]
                theme_rows += [
                    {"assignment_id": aid, "theme_id": th}
                    for th in rng.sample(theme_ids, rng.randint(1, 2))
                ]
            if level_rows:
                session.execute(insert(AssignmentLevel), level_rows)
            session.execute(insert(AssignmentCompetence), comp_rows)
            session.execute(insert(assignment_theme), theme_rows)

            levels_drawn = rng.choices(
                (EducationLevel.MBO4, EducationLevel.HBO, EducationLevel.WO),
                weights=(35, 40, 25) if tight else (20, 45, 35),
                k=trainees + trainees // 5,
            )
            t_rows = []
            for i, level in enumerate(levels_drawn):
                mine = i < trainees
                surname = f"Trainee{i + 1:04d}"
                t_rows.append(
                    {
                        "given_name": "Sam",
                        "prefix": "",
                        "surname": surname,
                        "sort_name": sort_key("Sam", "", surname),
                        "email": f"trainee{i + 1:04d}@bench.example.nl",
                        "education_level": level,
                        "home_municipality_id": rng.choice(municipalities),
                        "cohort_id": cohort.id if mine else other.id,
                        "checkin_code": f"B{i + 1:07d}",
                    }
                )
            session.execute(insert(Trainee), t_rows)
            trainee_ids = list(
                session.scalars(
                    select(Trainee.id).where(Trainee.cohort_id == cohort.id).order_by(Trainee.id)
                )
            )
            other_ids = list(
                session.scalars(
                    select(Trainee.id).where(Trainee.cohort_id == other.id).order_by(Trainee.id)
                )
            )
            tc_rows, tt_rows, pref_rows = [], [], []
            for tid in trainee_ids:
                tc_rows += [
                    {
                        "trainee_id": tid,
                        "competence_id": cid,
                        "level": rng.choice((None, 2, 3, 4, 5)),
                    }
                    for cid in rng.sample(competence_ids, rng.randint(3, 6))
                ]
                tt_rows += [
                    {"trainee_id": tid, "theme_id": th}
                    for th in rng.sample(theme_ids, rng.randint(1, 3))
                ]
                pref_rows += [
                    {"trainee_id": tid, "assignment_id": aid, "rank": rank + 1}
                    for rank, aid in enumerate(rng.sample(assignment_ids, rng.randint(3, 5)))
                ]
            session.execute(insert(TraineeCompetence), tc_rows)
            session.execute(insert(trainee_theme), tt_rows)
            session.execute(insert(Preference), pref_rows)

            # The other cohort already holds one place each, in the first rotation's time.
            level_of = dict(zip(other_ids, levels_drawn[trainees:], strict=True))
            free_full = [
                aid
                for aid, row in zip(assignment_ids, a_rows, strict=True)
                if row["start_date"] == program_start
            ]
            rng.shuffle(free_full)
            p_rows = []
            for tid in other_ids:
                for aid in free_full:
                    if not accepted[aid] or level_of[tid].category in accepted[aid]:
                        free_full.remove(aid)
                        p_rows.append(
                            {
                                "trainee_id": tid,
                                "assignment_id": aid,
                                "rotation": 1,
                                "start_date": program_start,
                                "end_date": dt.date(2027, 3, 31),
                                "status": PlacementStatus.CONFIRMED,
                            }
                        )
                        break
            if p_rows:
                session.execute(insert(Placement), p_rows)
    finally:
        context.close()
    return COHORT


def _plan(db: Path, method: str) -> tuple[float, Proposal]:
    from coordinator_app.context import AppContext
    from coordinator_app.services.planner import find_cohort, plan_cohort

    context = AppContext.open(str(db), settings_path=db.parent / "settings.json")
    try:
        with context.read_session() as session:
            cohort = find_cohort(session, COHORT)
            started = time.perf_counter()
            proposal = plan_cohort(
                session, cohort.id, context.settings.match_weights, method=method, time_limit=120.0
            )
            return time.perf_counter() - started, proposal
    finally:
        context.close()


def _measure(config: Config, trainees: int, assignments: int, tight: bool) -> Result:
    folder = Path(tempfile.mkdtemp(prefix="coordinator-bench-planner-"))
    try:
        db = folder / "planner.sqlite3"
        generate_instance(db, trainees, assignments, tight=tight)
        _plan(db, "greedy")  # warm-up: imports, scipy, the SQLite page cache
        milp_times, greedy_times = [], []
        for _ in range(max(1, min(config.runs, 3))):
            seconds, optimal = _plan(db, "milp")
            milp_times.append(seconds)
            seconds, greedy = _plan(db, "greedy")
            greedy_times.append(seconds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ours = statistics.median(milp_times)
    size, solved = optimal.solve.size, optimal.solve.solved
    detail = (
        f"optimal: {optimal.placed}/{optimal.slots} placed, score {optimal.score:.2f}, "
        f"gap {optimal.solve.mip_gap}, solve {optimal.solve.solve_seconds:.2f} s, "
        f"load+score+model {optimal.solve.model_seconds:.2f} s; "
        f"greedy: {greedy.placed}/{greedy.slots} placed, score {greedy.score:.2f}; "
        f"formulation: {size.variables} variables, {size.constraints} constraints, "
        f"{size.nonzeros} non-zeros (last model HiGHS solved: {solved.variables} variables, "
        f"{solved.constraints} constraints, {solved.nonzeros} non-zeros)"
    )
    return Result(
        measure=f"planner: optimal plan {trainees}x{assignments}x3{' tight' if tight else ''}",
        ours_s=ours,
        baseline="greedy",
        baseline_s=statistics.median(greedy_times),
        target=f"≤ {TARGET_S:.0f} s",
        met=optimal.optimal and ours <= TARGET_S,
        detail=detail,
    )


def run(config: Config, db_path: Path) -> list[Result]:  # noqa: ARG001 - own instance
    """The planner on its own generated instance; ``db_path`` (the shared data) is unused."""
    trainees, assignments = (30, 40) if config.quick else (300, 400)
    return [
        _measure(config, trainees, assignments, tight=False),
        _measure(config, trainees, assignments, tight=True),
    ]
