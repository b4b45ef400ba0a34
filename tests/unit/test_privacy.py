"""AVG: inzage, anonymise, erase without a trace, retention."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from coordinator_app.models import (
    Attendance,
    AttendanceStatus,
    Placement,
    Session,
    SessionType,
    Trainee,
    TraineeStatus,
)
from coordinator_app.services.audit import history
from coordinator_app.services.privacy import (
    anonymise_trainee,
    delete_trainee,
    describe_erasure,
    due_for_retention,
    purge_freed_data,
    trainee_data,
)
from coordinator_app.services.stats import entity_counts
from tests.helpers import factories as f

D = dt.date
PLANTED = "Xylofoonbouwer"


def _person(s, **kw):
    t = f.trainee(s, given="Quirine", surname=PLANTED, email="quirine.x@example.nl", **kw)
    a = f.assignment(s, title="Energietransitie")
    f.placement(s, t, a, D(2025, 9, 1), D(2026, 4, 30))
    meeting = Session(
        type=SessionType.TRAINING,
        title="Trainingsdag",
        date=D(2025, 9, 5),
        start_time=dt.time(9),
        end_time=dt.time(16),
    )
    s.add(meeting)
    s.flush()
    s.add(
        Attendance(
            session=meeting,
            trainee=t,
            status=AttendanceStatus.PRESENT,
            feedback_comment=f"Groeten van {PLANTED}",
        )
    )
    s.flush()
    return t.id


def test_inzage_holds_everything(app_context):
    with app_context.transaction() as s:
        trainee_id = _person(s)
    with app_context.read_session() as s:
        data = trainee_data(s, trainee_id)
    assert data.sections["Persoonsgegevens"][0]["surname"] == PLANTED
    assert data.sections["Plaatsingen"][0]["assignment"] == "Energietransitie"
    assert data.sections["Aanwezigheid"][0]["feedback_comment"].endswith(PLANTED)
    assert data.sections["Wijzigingsgeschiedenis"][0]["action"] == "create"


def test_anonymise_keeps_statistics_and_forgets_the_person(app_context):
    with app_context.transaction() as s:
        trainee_id = _person(s)
    with app_context.read_session() as s:
        before = entity_counts(s)
    with app_context.transaction() as s:
        anonymise_trainee(s, trainee_id)
    with app_context.read_session() as s:
        assert entity_counts(s) == before
        t = s.get(Trainee, trainee_id)
        assert PLANTED not in t.full_name
        assert t.education_level.value == "hbo"
        assert s.scalar(select(func.count()).select_from(Placement)) == 1
        assert history(s, "trainee", trainee_id) == []
        assert s.scalars(select(Attendance.feedback_comment)).one() is None


def test_erasure_leaves_no_trace_in_any_file(sqlite_context, db_path):
    with sqlite_context.transaction() as s:
        trainee_id = _person(s)
        assert describe_erasure(s, trainee_id) == {
            "placements": 1,
            "attendances": 1,
            "preferences": 0,
        }
    with sqlite_context.transaction() as s:
        delete_trainee(s, trainee_id)
    purge_freed_data(sqlite_context.store.engine)
    needle = PLANTED.encode()
    for path in db_path.parent.glob(db_path.name + "*"):
        assert needle not in path.read_bytes(), f"{path.name} still holds the name"
        assert needle.decode().encode("utf-16-le") not in path.read_bytes()


def test_anonymised_name_is_gone_from_the_file(sqlite_context, db_path):
    with sqlite_context.transaction() as s:
        trainee_id = _person(s)
    with sqlite_context.transaction() as s:
        anonymise_trainee(s, trainee_id)
    purge_freed_data(sqlite_context.store.engine)
    for path in db_path.parent.glob(db_path.name + "*"):
        assert PLANTED.encode() not in path.read_bytes(), path.name


def test_retention_lists_people_whose_programme_ended_long_ago(app_context):
    today = D(2026, 11, 26)
    with app_context.transaction() as s:
        old = f.trainee(
            s,
            given="Oud",
            status=TraineeStatus.FINISHED,
            contract_start=D(2021, 9, 1),
            contract_end=D(2023, 8, 31),
        ).id
        f.trainee(
            s,
            given="Recent",
            status=TraineeStatus.FINISHED,
            contract_start=D(2023, 9, 1),
            contract_end=D(2025, 8, 31),
        )
        f.trainee(
            s,
            given="Actief",
            status=TraineeStatus.ACTIVE,
            contract_start=D(2021, 9, 1),
            contract_end=D(2023, 8, 31),
        )
        by_placement = f.trainee(s, given="Plaatsing", status=TraineeStatus.LEFT)
        old_assignment = f.assignment(s, start=D(2021, 9, 1), end=D(2023, 8, 31))
        f.placement(s, by_placement, old_assignment, D(2022, 1, 1), D(2022, 6, 30))
        by_placement_id = by_placement.id
    with app_context.read_session() as s:
        due = due_for_retention(s, today, months=24)
    assert sorted(item.trainee_id for item in due) == sorted([old, by_placement_id])
    with app_context.transaction() as s:
        anonymise_trainee(s, old)
    with app_context.read_session() as s:
        assert [i.trainee_id for i in due_for_retention(s, today, months=24)] == [by_placement_id]
