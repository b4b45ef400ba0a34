"""Participation rates, threshold warnings and the level mix, against hand-computed values.

The small world (today = 1 October 2025):

    cohort A: a1 hbo, a2 wo, a3 mbo4        cohort B: b1 wo, b2 hbo (finished)
    guests:   g1 mbo3, g2 level unknown

    S1  5 Sep   a1 P  a2 P  a3 E  b1 P  g1 P  g2 P      6 rows, 5 present
    S2 12 Sep   a1 P  a2 A  a3 P  b1 I  b2 A            5 rows, 2 present
    S3 19 Sep   a1 P  a2 E  b1 P                        3 rows, 2 present
    S4 10 Oct   a1 I  a2 I  a3 I                        future: not counted

    (P present, E excused, A absent without notice, I still "uitgenodigd")
"""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest

from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
    AttendanceStatus,
    EducationLevel,
    LevelCategory,
    TraineeStatus,
)
from coordinator_app.services import participation as svc
from tests.helpers import factories as f
from tests.helpers.sessions import attend, guest, meeting

P, E, A, INV = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
    AttendanceStatus.INVITED,
)
TODAY = dt.date(2025, 10, 1)
LN2_LN3 = math.log(2) / math.log(3)


@pytest.fixture
def world(session):
    prog = f.programme(session, "De Toekomst van Groningen")
    cohort_a = f.cohort(session, prog, "Lichting A")
    cohort_b = f.cohort(session, prog, "Lichting B")
    people = {
        "a1": f.trainee(session, "Anna", "Berg", "van der", EducationLevel.HBO, cohort_a),
        "a2": f.trainee(session, "Jan", "Vries", "de", EducationLevel.WO, cohort_a),
        "a3": f.trainee(session, "Kevin", "Mulder", level=EducationLevel.MBO4, coh=cohort_a),
        "b1": f.trainee(session, "Sara", "Smit", level=EducationLevel.WO, coh=cohort_b),
        "b2": f.trainee(
            session,
            "Tom",
            "Bos",
            level=EducationLevel.HBO,
            coh=cohort_b,
            status=TraineeStatus.FINISHED,
        ),
        "g1": guest(session, "Fatima El Amrani", EducationLevel.MBO3),
        "g2": guest(session, "Henk Post", None),
    }
    plan = {
        "S1": (dt.date(2025, 9, 5), {"a1": P, "a2": P, "a3": E, "b1": P, "g1": P, "g2": P}),
        "S2": (dt.date(2025, 9, 12), {"a1": P, "a2": A, "a3": P, "b1": INV, "b2": A}),
        "S3": (dt.date(2025, 9, 19), {"a1": P, "a2": E, "b1": P}),
        "S4": (dt.date(2025, 10, 10), {"a1": INV, "a2": INV, "a3": INV}),
    }
    sessions = {}
    for key, (day, rows) in plan.items():
        sessions[key] = meeting(session, day, key)
        for who, status in rows.items():
            attend(session, sessions[key], people[who], status)
    session.commit()
    return people, sessions, {"A": cohort_a, "B": cohort_b}


def _by_trainee(session, period=None):
    return {fig.trainee_id: fig for fig in svc.trainee_figures(session, TODAY, period)}


def test_rate_per_trainee(session, world):
    people, _, _ = world
    figures = _by_trainee(session)
    a1, a2, a3, b1, b2 = (figures[people[k].id].counts for k in ("a1", "a2", "a3", "b1", "b2"))
    assert (a1.invited, a1.present, a1.rate) == (3, 3, 1.0)
    assert (a2.invited, a2.present, a2.excused, a2.absent) == (3, 1, 1, 1)
    assert a2.rate == pytest.approx(1 / 3)
    assert a2.rate_without_excused == pytest.approx(1 / 2)
    assert (a3.invited, a3.rate, a3.rate_without_excused) == (2, 0.5, 1.0)
    assert (b1.invited, b1.present, b1.unrecorded) == (3, 2, 1)
    assert b1.rate == pytest.approx(2 / 3)
    assert (b2.invited, b2.rate) == (1, 0.0)


def test_rate_per_session_cohort_and_overall(session, world):
    _, sessions, cohorts = world
    by_session = {fig.session_id: fig for fig in svc.session_figures(session, TODAY)}
    assert set(by_session) == {sessions[k].id for k in ("S1", "S2", "S3")}
    assert by_session[sessions["S1"].id].counts.rate == pytest.approx(5 / 6)
    assert by_session[sessions["S2"].id].counts.rate == pytest.approx(2 / 5)
    assert by_session[sessions["S3"].id].counts.rate == pytest.approx(2 / 3)

    by_cohort = {fig.cohort_id: fig for fig in svc.cohort_figures(session, TODAY)}
    assert (
        by_cohort[cohorts["A"].id].counts.invited,
        by_cohort[cohorts["A"].id].counts.present,
    ) == (8, 5)
    assert by_cohort[cohorts["A"].id].counts.rate == pytest.approx(5 / 8)
    assert by_cohort[cohorts["B"].id].counts.rate == pytest.approx(2 / 4)

    overall = svc.overall_counts(session, TODAY)
    assert (overall.invited, overall.present, overall.excused) == (14, 9, 2)
    assert overall.rate == pytest.approx(9 / 14)


def test_period_narrows_every_figure(session, world):
    people, _, _ = world
    period = svc.Period(first=dt.date(2025, 9, 10))
    figures = _by_trainee(session, period)
    assert figures[people["a1"].id].counts.invited == 2
    assert figures[people["a2"].id].counts.rate == 0.0
    assert svc.overall_counts(session, TODAY, period).rate == pytest.approx(4 / 8)
    # The future session S4 only counts once "today" has passed it.
    later = svc.overall_counts(session, dt.date(2025, 10, 10))
    assert (later.invited, later.unrecorded) == (17, 4)


def test_warning_list_below_threshold(session, world):
    people, _, _ = world
    warned = svc.trainees_below_threshold(session, TODAY, 0.7)
    # b2 has rate 0 but has finished; a1 is at 100 %.
    assert [fig.trainee_id for fig in warned] == [people[k].id for k in ("a2", "a3", "b1")]
    assert [fig.trainee_id for fig in svc.trainees_below_threshold(session, TODAY, 0.5)] == [
        people["a2"].id
    ]
    # Strictly below: exactly at the threshold is enough.
    assert people["a3"].id not in {
        f.trainee_id for f in svc.trainees_below_threshold(session, TODAY, 0.5)
    }


def test_level_mix_of_a_session(session, world):
    _, sessions, _ = world
    mix = svc.session_mix(session, sessions["S1"].id)
    # present: a1 hbo, a2 wo, b1 wo, g1 mbo, g2 unknown
    assert mix.counts == {LevelCategory.MBO: 1, LevelCategory.HBO: 1, LevelCategory.WO: 2}
    assert mix.unknown == 1
    assert mix.shares == {LevelCategory.MBO: 0.25, LevelCategory.HBO: 0.25, LevelCategory.WO: 0.5}
    # -(2 * 1/4 ln 1/4 + 1/2 ln 1/2) / ln 3 = 1.5 ln 2 / ln 3
    assert mix.index == pytest.approx(1.5 * LN2_LN3)
    assert svc.session_mix(session, sessions["S2"].id).index == pytest.approx(LN2_LN3)
    empty = svc.session_mix(session, sessions["S4"].id)
    assert (empty.known, empty.shares, empty.index) == (0, None, None)


def test_level_mix_of_a_period(session, world):
    mix = svc.period_mix(session, TODAY)
    assert mix.counts == {LevelCategory.MBO: 2, LevelCategory.HBO: 3, LevelCategory.WO: 3}
    assert mix.unknown == 1
    # weighted by known present: (4 * 1.5 + 2 * 1 + 2 * 1) ln2/ln3 / 8
    assert mix.index == pytest.approx(1.25 * LN2_LN3)


def test_mixing_index_bounds_and_separate_sessions(session):
    assert svc.mixing_index({LevelCategory.WO: 7}) == 0.0
    assert svc.mixing_index(dict.fromkeys(svc.LEVELS, 4)) == pytest.approx(1.0)
    assert svc.mixing_index({}) is None
    mbo_day = meeting(session, dt.date(2025, 9, 1))
    wo_day = meeting(session, dt.date(2025, 9, 2))
    for _ in range(2):
        attend(session, mbo_day, f.trainee(session, level=EducationLevel.MBO2), P)
        attend(session, wo_day, f.trainee(session, level=EducationLevel.WO), P)
    mix = svc.period_mix(session, TODAY)
    # Balanced when pooled, but nobody met another level: the index stays 0.
    assert mix.shares == {LevelCategory.MBO: 0.5, LevelCategory.HBO: 0.0, LevelCategory.WO: 0.5}
    assert mix.index == 0.0


def test_open_action_points_across_sessions(session, world):
    _, sessions, _ = world
    session.add_all(
        [
            ActionPoint(
                session=sessions["S1"],
                description="Aanbod mbo herzien",
                due_date=dt.date(2025, 9, 30),
            ),
            ActionPoint(session=sessions["S2"], description="Raad informeren", owner="HR"),
            ActionPoint(
                session=sessions["S3"],
                description="Zaal reserveren",
                due_date=dt.date(2025, 10, 3),
                status=ActionPointStatus.IN_PROGRESS,
            ),
            ActionPoint(
                session=sessions["S3"],
                description="Klaar",
                due_date=dt.date(2025, 9, 1),
                status=ActionPointStatus.DONE,
            ),
        ]
    )
    session.flush()
    rows = svc.open_action_points(session, TODAY)
    assert [(r.description, r.overdue) for r in rows] == [
        ("Aanbod mbo herzien", True),
        ("Zaal reserveren", False),
        ("Raad informeren", False),
    ]
    assert len(svc.open_action_points(session, TODAY, include_done=True)) == 4


def test_stats_json_participation_contract(db_url, tmp_path, capsys):
    from coordinator_app.cli import run
    from coordinator_app.context import AppContext

    context = AppContext.open(db_url, settings_path=tmp_path / "s.json")
    with context.transaction() as db:
        prog = f.programme(db, "NPG")
        cohort = f.cohort(db, prog, "NPG 2020")
        one = f.trainee(db, level=EducationLevel.HBO, coh=cohort)
        two = f.trainee(db, level=EducationLevel.MBO4, coh=cohort)
        past = meeting(db, dt.date(2020, 3, 6), "Terugkomdag")
        attend(db, past, one, P)
        attend(db, past, two, E)
        attend(db, past, guest(db), P)
        future = meeting(db, dt.date(2099, 1, 2), "Later")
        attend(db, future, one, INV)
        past_id = past.id
    context.close()

    assert run(["stats", "--db", db_url, "--json"]) == 0
    output = json.loads(capsys.readouterr().out)
    assert output["sessions"] == 2 and output["attendances"] == 4  # old keys stay
    participation = output["participation"]
    assert set(participation) == {"overall_rate", "by_cohort", "by_session"}
    assert participation["overall_rate"] == pytest.approx(2 / 3)
    assert participation["by_cohort"] == {"NPG 2020": 0.5}
    assert participation["by_session"] == {str(past_id): pytest.approx(2 / 3)}


def test_stats_json_on_empty_database(db_url, tmp_path, capsys):
    from coordinator_app.cli import run
    from coordinator_app.context import AppContext

    AppContext.open(db_url, settings_path=tmp_path / "s.json").close()
    assert run(["stats", "--db", db_url, "--json"]) == 0
    participation = json.loads(capsys.readouterr().out)["participation"]
    assert participation == {"overall_rate": None, "by_cohort": {}, "by_session": {}}
