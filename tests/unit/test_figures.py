"""Cohort figures (services/figures.py): each number checked against a small world
built by hand, on SQLite and PostgreSQL, and against the participation service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    EducationLevel,
    GuestParticipant,
    LevelCategory,
    PlacementStatus,
    Programme,
    Session,
    SessionType,
    TraineeStatus,
)
from coordinator_app.services import figures as F
from coordinator_app.services.participation import cohort_figures, trainee_figures
from tests.helpers import factories as f

TODAY = dt.date(2026, 11, 18)
D = dt.date


@dataclass
class World:
    programme: Programme
    other_programme: Programme
    cohort: int
    other_cohort: int
    trainees: list[int]
    session_ids: dict[str, int]


def _session(db, title, day, *, cohorts=(), programmes=(), rows=(), guests=(), actions=()):  # type: ignore[no-untyped-def]
    record = Session(
        type=SessionType.TRAINING, title=title, date=day,
        start_time=dt.time(10), end_time=dt.time(12),
    )  # fmt: skip
    record.invited_cohorts = list(cohorts)
    record.invited_programmes = list(programmes)
    for trainee, status in rows:
        record.attendances.append(Attendance(trainee=trainee, status=status))
    for guest, status in guests:
        record.attendances.append(Attendance(guest=guest, status=status))
    for status in actions:
        record.action_points.append(ActionPoint(description=f"actie {title}", status=status))
    db.add(record)
    db.flush()
    return record.id


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    groningen = f.municipality(session, "Groningen")
    assen = f.municipality(session, "Assen")
    veendam = f.municipality(session, "Veendam")
    programme = f.programme(session, "Programma A")
    other = f.programme(session, "Programma B")
    cohort = f.cohort(session, programme, "Lichting A", start=D(2025, 9, 1))
    other_cohort = f.cohort(session, other, "Lichting B", start=D(2026, 1, 5))
    anna = f.trainee(session, "Anna", "Berg", prefix="van der", coh=cohort)
    jan = f.trainee(session, "Jan", "Vries", prefix="de", coh=cohort, level=EducationLevel.WO)
    kees = f.trainee(session, "Kees", "Mbo", coh=cohort, level=EducationLevel.MBO4)
    left = f.trainee(session, "Lotte", "Weg", coh=cohort, status=TraineeStatus.LEFT)
    bea = f.trainee(session, "Bea", "Anders", coh=other_cohort)
    org_g = f.organisation(session, municipality=groningen)
    org_a = f.organisation(session, municipality=assen)
    # An assignment in Veendam at an organisation in Groningen: the assignment's place counts.
    in_veendam = f.assignment(session, org_g, start=D(2025, 9, 1), end=D(2027, 8, 31), places=3,
                              municipality=veendam, programmes=[programme])  # fmt: skip
    in_assen = f.assignment(session, org_a, start=D(2025, 9, 1), end=D(2027, 8, 31), places=2,
                            programmes=[programme])  # fmt: skip
    org_c = f.organisation(session, municipality=groningen)
    later = f.assignment(session, org_c, start=D(2027, 1, 1), end=D(2027, 8, 31), places=4,
                         programmes=[programme, other])  # fmt: skip
    f.assignment(session, org_g, places=5, status=AssignmentStatus.CLOSED, programmes=[programme])
    # Rotation 1 done, rotation 2 running (Anna's ends within the window, Jan's next is planned).
    f.placement(
        session, anna, in_veendam, D(2025, 9, 1), D(2026, 4, 30), 1, PlacementStatus.COMPLETED
    )
    f.placement(session, anna, in_assen, D(2026, 5, 1), D(2026, 12, 31), 2, PlacementStatus.RUNNING)
    f.placement(session, jan, in_assen, D(2025, 9, 1), D(2026, 4, 30), 1, PlacementStatus.COMPLETED)
    f.placement(
        session, jan, in_veendam, D(2026, 5, 1), D(2026, 12, 31), 2, PlacementStatus.RUNNING
    )
    f.placement(session, jan, later, D(2027, 1, 1), D(2027, 8, 31), 3, PlacementStatus.CONFIRMED)
    f.placement(
        session, kees, in_veendam, D(2026, 5, 1), D(2026, 12, 31), 1, PlacementStatus.ABORTED
    )
    f.placement(session, bea, later, D(2027, 1, 4), D(2027, 8, 31), 1, PlacementStatus.PROPOSED)
    guest = GuestParticipant(
        name="Gast Mbo", education_level=EducationLevel.MBO3, checkin_code="G1"
    )
    P, E, A, INV = (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED,  # noqa: N806
                  AttendanceStatus.ABSENT, AttendanceStatus.INVITED)  # fmt: skip
    ids = {
        "october": _session(session, "Oktober", D(2026, 10, 2), cohorts=[cohort],
                            rows=[(anna, P), (jan, P), (kees, E)], guests=[(guest, P)],
                            actions=[ActionPointStatus.OPEN, ActionPointStatus.DONE]),
        "november": _session(session, "November", D(2026, 11, 6), programmes=[programme],
                             rows=[(anna, P), (jan, A), (kees, P), (left, A)],
                             actions=[ActionPointStatus.IN_PROGRESS]),
        "coming": _session(session, "Straks", D(2026, 11, 27), cohorts=[cohort],
                           rows=[(anna, INV), (jan, INV)]),
        "walk_in": _session(session, "Andere lichting", D(2026, 11, 13), cohorts=[other_cohort],
                            rows=[(bea, P), (jan, P)], actions=[ActionPointStatus.OPEN]),
        "old": _session(session, "Vorig jaar", D(2025, 10, 3), cohorts=[cohort],
                        rows=[(anna, P), (jan, P)]),
    }  # fmt: skip
    session.commit()
    return World(
        programme, other, cohort.id, other_cohort.id,
        [anna.id, jan.id, kees.id, left.id], ids,
    )  # fmt: skip


def test_key_figures_of_a_cohort(session, world):
    figures = F.key_figures(session, TODAY, F.Scope(cohort_id=world.cohort))
    assert figures.active_trainees == 3  # Lotte left
    assert figures.placements_now == 2  # Kees's placement was aborted
    # Open and not ended, offered to programme A: in Veendam (3 places, 1 taken today),
    # in Assen (2 places, 1 taken), later (4 places, 1 taken on its first day).
    assert figures.open_assignments == 3
    assert figures.free_places == 2 + 1 + 3
    # November sessions of the cohort: "November" (via its programme), "Straks" (invited),
    # "Andere lichting" (Jan, of this cohort, was on its list).
    assert figures.sessions_this_month == 3
    assert figures.open_action_points == 3  # Oktober's open one, November's, Andere lichting's
    pooled = next(c for c in cohort_figures(session, TODAY) if c.cohort_id == world.cohort)
    assert figures.participation == pooled.counts
    assert figures.participation_rate == pytest.approx(pooled.counts.rate)


def test_key_figures_of_a_programme_and_of_everything(session, world):
    other = F.key_figures(session, TODAY, F.Scope(programme_id=world.other_programme.id))
    assert other.active_trainees == 1
    assert other.placements_now == 0
    assert other.open_assignments == 1  # only "later" is offered to programme B
    assert other.sessions_this_month == 1
    everything = F.key_figures(session, TODAY)
    assert everything.active_trainees == 4
    assert everything.open_assignments == 3
    assert everything.sessions_this_month == 3
    assert everything.open_action_points == 3
    counts = [t.counts for t in trainee_figures(session, TODAY)]
    assert everything.participation.invited == sum(c.invited for c in counts)


def test_cohort_key_figures_agree_with_the_single_scope(session, world):
    rows = {row.cohort_id: row for row in F.cohort_key_figures(session, TODAY)}
    assert [row.name for row in F.cohort_key_figures(session, TODAY)] == [
        "Lichting B",
        "Lichting A",
    ]
    for cohort_id in (world.cohort, world.other_cohort):
        assert rows[cohort_id].figures == F.key_figures(
            session, TODAY, F.Scope(cohort_id=cohort_id)
        )


def test_placements_by_place_use_the_assignments_municipality_and_skip_aborted(session, world):
    places = F.placements_by_place(session, TODAY, F.Scope(cohort_id=world.cohort))
    assert places.by_municipality() == {
        "Assen": {1: 1, 2: 1}, "Veendam": {1: 1, 2: 1}, "Groningen": {3: 1},
    }  # fmt: skip
    assert list(places.by_municipality()) == ["Assen", "Veendam", "Groningen"]  # busiest first
    assert places.total == 5  # Jan's third rotation (planned, in Groningen) counts too
    by_region = places.by_subregion()
    assert sum(sum(v.values()) for v in by_region.values()) == 5
    now = F.placements_by_place(session, TODAY, F.Scope(cohort_id=world.cohort), current_only=True)
    assert now.total == 2
    assert now.rotations == [2]


def test_monthly_figures_pool_the_scope_sessions(session, world):
    months = F.monthly_figures(session, TODAY, F.Scope(cohort_id=world.cohort), months=3)
    assert [m.month for m in months] == [D(2026, 9, 1), D(2026, 10, 1), D(2026, 11, 1)]
    september, october, november = months
    assert september.sessions == 0 and september.counts.invited == 0
    assert october.sessions == 1
    assert (october.counts.invited, october.counts.present, october.counts.excused) == (4, 3, 1)
    # Present in October: Anna (hbo), Jan (wo), the mbo guest: one of each level.
    assert october.mix.counts == {LevelCategory.MBO: 1, LevelCategory.HBO: 1, LevelCategory.WO: 1}
    assert october.mix.index == pytest.approx(1.0)
    # November: "November" and "Andere lichting" took place; "Straks" is still to come.
    assert november.sessions == 2
    assert november.counts.invited == 4 + 2
    assert november.counts.present == 2 + 2


def test_upcoming_changes_pair_the_next_placement_or_say_none(session, world):
    changes = F.upcoming_changes(session, TODAY, F.Scope(cohort_id=world.cohort), weeks=8)
    by_name = {c.name: c for c in changes}
    assert set(by_name) == {"Anna van der Berg", "Jan de Vries"}
    anna, jan = by_name["Anna van der Berg"], by_name["Jan de Vries"]
    assert anna.ends == D(2026, 12, 31) and not anna.next_planned
    assert jan.next_rotation == 3 and jan.starts == D(2027, 1, 1)
    assert [c.name for c in changes] == ["Anna van der Berg", "Jan de Vries"]  # by date, surname
    other = F.upcoming_changes(session, TODAY, F.Scope(cohort_id=world.other_cohort), weeks=8)
    assert [(c.name, c.ending_rotation, c.next_rotation) for c in other] == [
        ("Bea Anders", None, 1)
    ]
    assert F.upcoming_changes(session, TODAY, F.Scope(cohort_id=world.cohort), weeks=1) == []


def test_counts_by_trainee_are_the_participation_services(session, world):
    counts = F.counts_by_trainee(session, TODAY, F.Scope(cohort_id=world.cohort))
    expected = {t.trainee_id: t.counts for t in trainee_figures(session, TODAY)}
    assert set(counts) == set(world.trainees)
    for trainee_id, value in counts.items():
        assert value == expected[trainee_id]


def test_session_scope_includes_invitations_programmes_and_lists(session, world):
    ids = world.session_ids
    chosen = F.scope_sessions(session, F.Scope(cohort_id=world.other_cohort), ids.values())
    assert chosen == {ids["walk_in"]}
    chosen = F.scope_sessions(session, F.Scope(programme_id=world.programme.id), ids.values())
    assert chosen == set(ids.values())  # walk_in: Jan of programme A was on its list
