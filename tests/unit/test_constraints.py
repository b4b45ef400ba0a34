"""The database itself refuses what no code path should ever write."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from coordinator_app.models import Attendance, Session, SessionType
from tests.helpers import factories as f

D = dt.date


def _refused_sql(session, sql: str, **params) -> None:
    session.commit()
    with pytest.raises(IntegrityError):
        session.execute(text(sql), params)
        session.flush()
    session.rollback()


def test_unique_trainee_email_case_insensitive(session):
    f.trainee(session, email="Jan.de.Vries@Example.nl")
    session.commit()
    with pytest.raises(IntegrityError):
        f.trainee(session, email="  jan.de.vries@example.nl ")
    session.rollback()


def test_placement_end_after_start(session):
    t, a = f.trainee(session), f.assignment(session)
    with pytest.raises(IntegrityError):
        f.placement(session, t, a, D(2026, 1, 1), D(2025, 12, 31))
    session.rollback()


def test_assignment_period_places_and_hours(session):
    org = f.organisation(session)
    session.commit()
    base = (
        "INSERT INTO assignment (title, description, organisation_id, start_date, end_date, "
        "places, hours_per_week, status, version, created_at, updated_at) VALUES "
        "('x', '', :org, :start, :end, :places, :hours, 'open', 1, CURRENT_TIMESTAMP, "
        "CURRENT_TIMESTAMP)"
    )
    ok = {"org": org.id, "start": "2025-09-01", "end": "2026-04-30", "places": 1, "hours": 36}
    session.execute(text(base), ok)
    session.rollback()
    for bad in ({"end": "2025-01-01"}, {"places": 0}, {"hours": 0}, {"hours": 60}):
        _refused_sql(session, base, **{**ok, **bad})


def test_foreign_keys_enforced(session):
    _refused_sql(
        session,
        "INSERT INTO contact_person (organisation_id, name, is_supervisor, version, created_at,"
        " updated_at) VALUES (9999, 'x', false, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
    )


def test_enum_values_checked(session):
    t = f.trainee(session)
    session.commit()
    _refused_sql(session, "UPDATE trainee SET status = 'weg' WHERE id = :id", id=t.id)
    _refused_sql(session, "UPDATE trainee SET education_level = 'phd' WHERE id = :id", id=t.id)


def test_attendance_has_exactly_one_participant(session):
    s = Session(
        type=SessionType.TRAINING,
        title="Trainingsdag",
        date=D(2026, 1, 9),
        start_time=dt.time(9),
        end_time=dt.time(16),
    )
    session.add(s)
    session.flush()
    session.add(Attendance(session=s))
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()


def test_session_end_after_start(session):
    session.add(
        Session(
            type=SessionType.INTERVISION,
            title="Intervisie",
            date=D(2026, 1, 9),
            start_time=dt.time(12),
            end_time=dt.time(11),
        )
    )
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()


def test_version_column_detects_lost_update(app_context):
    """Two editors load the same record; the second save must not silently win."""
    from coordinator_app.models import Trainee
    from coordinator_app.services.concurrency import EditConflict, check_version

    with app_context.transaction() as s:
        trainee_id = f.trainee(s, given="Eva").id
    with app_context.read_session() as reader:
        loaded_version = reader.get(Trainee, trainee_id).version
    with app_context.transaction() as s:
        s.get(Trainee, trainee_id).phone = "0501234567"  # the colleague saves first
    with pytest.raises(EditConflict), app_context.transaction() as s:
        mine = s.get(Trainee, trainee_id)
        check_version(mine, loaded_version)  # what this editor saw when it opened the form
        mine.phone = "0507654321"
    with app_context.read_session() as reader:
        assert reader.get(Trainee, trainee_id).phone == "0501234567"


def test_version_column_guards_concurrent_sessions(app_context):
    """The ORM's version check: an UPDATE based on a stale row matches nothing."""
    from sqlalchemy.orm.exc import StaleDataError

    from coordinator_app.models import Trainee

    with app_context.transaction() as s:
        trainee_id = f.trainee(s).id
    stale = app_context.read_session()
    record = stale.get(Trainee, trainee_id)
    stale.commit()  # ends the read transaction; the object keeps its loaded version
    with app_context.transaction() as s:
        s.get(Trainee, trainee_id).phone = "0501111111"
    record.phone = "0502222222"
    with pytest.raises(StaleDataError):
        stale.commit()
    stale.close()
