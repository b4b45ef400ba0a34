"""Match scores: each part as documented, the weighted total, explanations in Dutch,
bulk loading without per-pair queries, speed, and ranked suggestions with blockers."""

from __future__ import annotations

import datetime as dt
import math
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from coordinator_app.models import (
    AssignmentCompetence,
    AssignmentStatus,
    Competence,
    EducationLevel,
    LevelCategory,
    Preference,
    Theme,
    TraineeCompetence,
)
from coordinator_app.services.geo import distance_km
from coordinator_app.services.matching import (
    PARTS,
    AssignmentProfile,
    MatchData,
    MatchScorer,
    Place,
    TraineeProfile,
    load_match_data,
    suggest_assignments,
    suggest_trainees,
)
from coordinator_app.settings import MatchWeights
from tests.helpers import factories as f

D = dt.date
WEIGHTS = MatchWeights()

# --- an independent reference of the documented formulas -----------------------------------


def _reference_fits(
    t: TraineeProfile, a: AssignmentProfile, places: dict[int, Place], horizon: float
) -> dict[str, float]:
    category = t.level.category
    if not a.levels:
        level = 0.5
    elif category in a.levels:
        level = 1.0 if len(a.levels) == 1 else 0.75
    else:
        level = 0.0
    if not a.competences:
        competences = 0.5
    else:
        credit = 0.0
        for cid, required in a.competences.items():
            if cid in t.competences:
                mine = t.competences[cid]
                credit += 1.0 if required is None or mine is None else min(1.0, mine / required)
        competences = credit / len(a.competences)
    if not a.themes or not t.themes:
        themes = 0.5
    else:
        themes = min(1.0, len(a.themes & t.themes) / min(len(a.themes), len(t.themes)))
    home, work = places.get(t.home_municipality_id or -1), places.get(a.municipality_id or -1)
    if home is None or work is None:
        travel = 0.5
    else:
        km = distance_km(home.latitude, home.longitude, work.latitude, work.longitude)
        travel = max(0.0, 1.0 - km / horizon)
    if a.organisation_id in t.done_organisations:
        variety = 0.0
    elif a.themes:
        variety = 1.0 - 0.5 * len(a.themes & t.done_themes) / len(a.themes)
    else:
        variety = 1.0
    rank = t.preferences.get(a.id)
    preference = (11 - rank) / 10 if rank is not None else 0.0
    return {
        "level": level,
        "competences": competences,
        "themes": themes,
        "travel": travel,
        "variety": variety,
        "preference": preference,
    }


THEMES = {i: f"thema {i}" for i in range(1, 7)}
COMPETENCES = {i: f"competentie {i}" for i in range(1, 7)}
PLACES = {
    1: Place("Groningen", 53.2194, 6.5665),
    2: Place("Emmen", 52.7858, 6.8975),
    3: Place("Delfzijl", 53.33, 6.92),
}

_levels = st.sampled_from(list(EducationLevel))
_theme_sets = st.frozensets(st.sampled_from(sorted(THEMES)), max_size=4)
_competence_maps = st.dictionaries(
    st.sampled_from(sorted(COMPETENCES)), st.one_of(st.none(), st.integers(1, 5)), max_size=4
)


@st.composite
def _instances(draw):  # type: ignore[no-untyped-def]
    n_a = draw(st.integers(1, 4))
    assignments = {
        i: AssignmentProfile(
            id=i,
            title=f"Opdracht {i}",
            organisation_id=draw(st.integers(1, 3)),
            organisation_name="Org",
            municipality_id=draw(st.sampled_from([None, 1, 2, 3])),
            levels=draw(st.frozensets(st.sampled_from(list(LevelCategory)))),
            competences=draw(_competence_maps),
            themes=draw(_theme_sets),
            start=D(2026, 1, 1),
            end=D(2027, 1, 1),
            places=1,
            status=AssignmentStatus.OPEN,
            programme_ids=frozenset(),
        )
        for i in range(1, n_a + 1)
    }
    trainees = {}
    for i in range(1, draw(st.integers(1, 4)) + 1):
        ranked = draw(st.lists(st.sampled_from(sorted(assignments)), unique=True, max_size=3))
        trainees[i] = TraineeProfile(
            id=i,
            name=f"Trainee {i}",
            email=f"t{i}@example.nl",
            level=draw(_levels),
            home_municipality_id=draw(st.sampled_from([None, 1, 2, 3])),
            cohort_id=None,
            competences=draw(_competence_maps),
            themes=draw(_theme_sets),
            preferences={aid: rank + 1 for rank, aid in enumerate(ranked)},
            done_organisations=draw(st.frozensets(st.integers(1, 3), max_size=2)),
            done_themes=draw(_theme_sets),
        )
    weights = MatchWeights(**{k: draw(st.floats(-1.0, 5.0, allow_nan=False)) for k in PARTS})
    return MatchData(trainees, assignments, PLACES, THEMES, COMPETENCES), weights


@settings(max_examples=150, deadline=None)
@given(_instances())
def test_vectorised_scores_equal_the_documented_formulas(instance):
    data, weights = instance
    scorer = MatchScorer(data, weights, travel_horizon_km=80.0)
    t_ids, a_ids = sorted(data.trainees), sorted(data.assignments)
    fits = scorer.fits(t_ids, a_ids)
    totals = scorer.totals(fits)
    points = scorer.points(t_ids, a_ids)
    used = {k: max(0.0, getattr(weights, k)) for k in PARTS}
    for i, tid in enumerate(t_ids):
        for j, aid in enumerate(a_ids):
            t, a = data.trainees[tid], data.assignments[aid]
            expected = _reference_fits(t, a, PLACES, 80.0)
            for key in PARTS:
                assert fits[key][i, j] == pytest.approx(expected[key], abs=1e-9), key
            assert bool(fits["level_ok"][i, j]) == (not a.levels or t.level.category in a.levels)
            weight_sum = sum(used.values())
            total = (
                100 * sum(used[k] * expected[k] for k in PARTS) / weight_sum if weight_sum else 0.0
            )
            assert 0.0 <= totals[i, j] <= 100.0 + 1e-9
            assert totals[i, j] == pytest.approx(total, abs=1e-7)
            assert abs(int(points[i, j]) - total * 100) <= 0.5 + 1e-6
            score = scorer.score(tid, aid)
            assert score.total == int(points[i, j]) / 100
            assert sum(p.points for p in score.parts) == pytest.approx(totals[i, j], abs=1e-7)


# --- against the database: every part with its explanation ---------------------------------


def _setup_pair(session):  # type: ignore[no-untyped-def]
    """Anna (hbo, from Groningen) and 'Warmtetransitie' (hbo only) in Stadskanaal."""
    energie, mobiliteit, data_theme = (
        Theme(name="energie"),
        Theme(name="mobiliteit"),
        Theme(name="data"),
    )
    schrijven, analyseren, plannen = (
        Competence(name=n) for n in ("schrijven", "analyseren", "plannen")
    )
    session.add_all([energie, mobiliteit, data_theme, schrijven, analyseren, plannen])
    session.flush()
    org = f.organisation(
        session, "Gemeente Stadskanaal", municipality=f.municipality(session, "Stadskanaal")
    )
    done_org = f.organisation(session, "Provincie Groningen")
    a = f.assignment(session, org, "Warmtetransitie", levels={LevelCategory.HBO})
    a.themes = [energie, mobiliteit]
    a.competences = [
        AssignmentCompetence(competence_id=schrijven.id, level=None),
        AssignmentCompetence(competence_id=analyseren.id, level=4),
        AssignmentCompetence(competence_id=plannen.id, level=3),
    ]
    earlier = f.assignment(session, done_org, "Eerdere opdracht")
    earlier.themes = [mobiliteit]
    t = f.trainee(
        session, "Anna", "Berg", "van der", level=EducationLevel.HBO,
        home_municipality=f.municipality(session, "Groningen"),
    )  # fmt: skip
    t.themes = [energie, data_theme]
    t.competences = [
        TraineeCompetence(competence_id=schrijven.id, level=2),
        TraineeCompetence(competence_id=analyseren.id, level=2),
    ]
    session.add(Preference(trainee_id=t.id, assignment_id=a.id, rank=2))
    f.placement(session, t, earlier, D(2025, 9, 1), D(2026, 4, 30))
    session.flush()
    return t, a


def test_each_part_of_a_score_and_its_explanation(session):
    t, a = _setup_pair(session)
    data = load_match_data(session, [t.id], [a.id])
    score = MatchScorer(data, WEIGHTS).score(t.id, a.id)
    parts = {p.key: p for p in score.parts}
    assert parts["level"].fit == 1.0 and "bedoeld voor hbo" in parts["level"].explanation
    # schrijven fully, analyseren at level 2 of 4 (half), plannen missing
    assert parts["competences"].fit == pytest.approx(1.5 / 3)
    assert "2 van 3" in parts["competences"].explanation
    assert "analyseren (niveau 2 van 4)" in parts["competences"].explanation
    assert "ontbreekt: plannen" in parts["competences"].explanation
    assert parts["themes"].fit == pytest.approx(0.5)  # energie shared, of two each
    assert parts["themes"].explanation == "interesse in energie"
    groningen, stadskanaal = (f.municipality(session, n) for n in ("Groningen", "Stadskanaal"))
    km = distance_km(
        groningen.latitude, groningen.longitude, stadskanaal.latitude, stadskanaal.longitude
    )
    assert parts["travel"].fit == pytest.approx(1 - km / 100)
    assert f"van Groningen naar Stadskanaal: ongeveer {km:.0f} km" == parts["travel"].explanation
    assert parts["variety"].fit == pytest.approx(0.75)  # mobiliteit done: half of the themes
    assert "mobiliteit al eerder gedaan" in parts["variety"].explanation
    assert parts["preference"].fit == pytest.approx(0.9)
    assert parts["preference"].explanation == "eigen voorkeur nummer 2"
    weights = {k: getattr(WEIGHTS, k) for k in PARTS}
    expected = 100 * sum(weights[k] * parts[k].fit for k in PARTS) / sum(weights.values())
    assert score.total == pytest.approx(expected, abs=0.006)
    assert score.level_ok
    assert score.summary().startswith(f"Score {score.total:.1f}".replace(".", ","))


def test_weights_change_the_ranking(session):
    t, a = _setup_pair(session)
    near = f.assignment(
        session,
        f.organisation(session, municipality=f.municipality(session, "Groningen")),
        "Dichtbij",
    )
    data = load_match_data(session, [t.id], [a.id, near.id])
    only_travel = MatchWeights(level=0, competences=0, themes=0, travel=1, variety=0, preference=0)
    only_preference = MatchWeights(
        level=0, competences=0, themes=0, travel=0, variety=0, preference=1
    )
    travel = MatchScorer(data, only_travel).points([t.id], [a.id, near.id])[0]
    preference = MatchScorer(data, only_preference).points([t.id], [a.id, near.id])[0]
    assert travel[1] == 10000 and travel[0] < travel[1]  # same municipality: full marks
    assert preference[0] == 9000 and preference[1] == 0


def test_organisation_already_done_scores_no_variety(session):
    t, a = _setup_pair(session)
    f.placement(
        session,
        t,
        f.assignment(session, a.organisation, "Eerder daar"),
        D(2026, 5, 1),
        D(2026, 12, 31),
        rotation=2,
    )
    data = load_match_data(session, [t.id], [a.id])
    part = MatchScorer(data, WEIGHTS).score(t.id, a.id).part("variety")
    assert part.fit == 0.0
    assert part.explanation == "al eerder geplaatst bij Gemeente Stadskanaal"


def test_loading_does_not_query_per_pair(app_context):
    def queries_for(n: int) -> int:
        with app_context.session_factory() as s:
            trainees = [f.trainee(s) for _ in range(n)]
            assignments = [f.assignment(s) for _ in range(n)]
            for t, a in zip(trainees, assignments, strict=True):
                f.placement(s, t, a, D(2026, 1, 1), D(2026, 6, 30))
            s.commit()
            ids, a_ids = [t.id for t in trainees], [a.id for a in assignments]
            count = 0

            def count_it(*_args: object) -> None:
                nonlocal count
                count += 1

            engine = app_context.store.engine
            event.listen(engine, "before_cursor_execute", count_it)
            try:
                load_match_data(s, ids, a_ids)
            finally:
                event.remove(engine, "before_cursor_execute", count_it)
            s.rollback()
            return count

    assert queries_for(3) == queries_for(40)


def test_300_by_400_pairs_score_well_under_a_second():
    rng = np.random.default_rng(7)
    themes = {i: f"t{i}" for i in range(12)}
    competences = {i: f"c{i}" for i in range(20)}
    assignments = {
        i: AssignmentProfile(
            i,
            f"A{i}",
            int(rng.integers(50)),
            "Org",
            int(rng.integers(1, 4)),
            frozenset([LevelCategory.HBO]) if i % 3 else frozenset(),
            {int(c): int(rng.integers(1, 6)) for c in rng.choice(20, 3, replace=False)},
            frozenset(int(x) for x in rng.choice(12, 2, replace=False)),
            D(2026, 1, 1),
            D(2028, 1, 1),
            2,
            AssignmentStatus.OPEN,
            frozenset(),
        )  # fmt: skip
        for i in range(400)
    }
    trainees = {
        i: TraineeProfile(
            i,
            f"T{i}",
            f"t{i}@x.nl",
            EducationLevel.HBO,
            int(rng.integers(1, 4)),
            None,
            {int(c): int(rng.integers(1, 6)) for c in rng.choice(20, 5, replace=False)},
            frozenset(int(x) for x in rng.choice(12, 2, replace=False)),
            {int(a): r + 1 for r, a in enumerate(rng.choice(400, 4, replace=False))},
            frozenset(),
            frozenset(),
        )  # fmt: skip
        for i in range(300)
    }
    scorer = MatchScorer(MatchData(trainees, assignments, PLACES, themes, competences), WEIGHTS)
    started = time.perf_counter()
    points = scorer.points(list(trainees), list(assignments))
    elapsed = time.perf_counter() - started
    assert points.shape == (300, 400)
    assert elapsed < 0.5, f"{elapsed:.2f} s"


# --- suggestions -------------------------------------------------------------------------------


def test_suggestions_for_a_trainee_rank_placeable_first_and_say_why_not(session):
    prog = f.programme(session, rotations_per_trainee=2, rotation_months=6)
    coh = f.cohort(session, prog, start=D(2026, 1, 1))
    t = f.trainee(session, "Anna", "Berg", "van der", coh=coh, level=EducationLevel.MBO4)
    ok = f.assignment(session, title="Past", start=D(2026, 1, 1), end=D(2026, 12, 31))
    wrong_level = f.assignment(session, title="Alleen wo", levels={LevelCategory.WO})
    f.assignment(session, title="Te kort", start=D(2026, 2, 1), end=D(2026, 12, 31))
    full = f.assignment(session, title="Vol", places=1)
    f.placement(session, f.trainee(session, "Kees", "Bos"), full, D(2026, 1, 1), D(2026, 3, 31))
    closed = f.assignment(session, title="Gesloten", status=AssignmentStatus.CLOSED)
    session.add(Preference(trainee_id=t.id, assignment_id=wrong_level.id, rank=1))
    session.flush()
    found = suggest_assignments(session, t.id, WEIGHTS)
    titles = [s.assignment_title for s in found]
    assert closed.title not in titles
    assert titles[0] == "Past" and found[0].eligible
    assert found[0].window is not None and found[0].window.rotation == 1
    why = {s.assignment_title: " ".join(s.blockers) for s in found}
    assert "vraagt wo" in why["Alleen wo"] and "mbo niveau 4" in why["Alleen wo"]
    assert "dekt rotatie 1" in why["Te kort"]
    assert "bezet (Kees Bos)" in why["Vol"]
    # a preferred but impossible assignment still ranks below every placeable one
    assert titles.index("Alleen wo") > titles.index("Past")
    assert ok.id == found[0].assignment_id


def test_suggestions_for_an_assignment_rank_trainees_in_their_own_next_rotation(session):
    prog = f.programme(session, rotations_per_trainee=2, rotation_months=6)
    coh = f.cohort(session, prog, start=D(2026, 1, 1))
    org = f.organisation(session, "Waterschap")
    a = f.assignment(
        session, org, "Dijken", start=D(2026, 1, 1), end=D(2026, 12, 31), levels={LevelCategory.HBO}
    )
    fresh = f.trainee(session, "Anna", coh=coh, level=EducationLevel.HBO)
    been_there = f.trainee(session, "Bram", coh=coh, level=EducationLevel.HBO)
    f.placement(session, been_there, f.assignment(session, org), D(2026, 1, 1), D(2026, 6, 30))
    mbo = f.trainee(session, "Cor", coh=coh, level=EducationLevel.MBO2)
    session.flush()
    found = suggest_trainees(session, a.id, WEIGHTS, trainee_ids=[fresh.id, been_there.id, mbo.id])
    assert [s.trainee_id for s in found if s.eligible] == [fresh.id]
    by_id = {s.trainee_id: s for s in found}
    assert by_id[been_there.id].window.rotation == 2
    assert "al bij Waterschap geplaatst" in " ".join(by_id[been_there.id].blockers)
    assert "vraagt hbo" in " ".join(by_id[mbo.id].blockers)


def test_scores_stay_between_0_and_100_with_extreme_weights(session):
    t, a = _setup_pair(session)
    data = load_match_data(session, [t.id], [a.id])
    for weights in (MatchWeights(0, 0, 0, 0, 0, 0), MatchWeights(-5, 100, -1, 0.001, 3, 1e6)):
        total = MatchScorer(data, weights).score(t.id, a.id).total
        assert 0.0 <= total <= 100.0 and not math.isnan(total)
