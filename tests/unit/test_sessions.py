"""Sessions, series and invitations (coordinator_app.services.sessions)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from coordinator_app.models import (
    ActionPointStatus,
    Attendance,
    EducationLevel,
    LevelCategory,
    Session,
    SessionSeries,
    TraineeStatus,
)
from coordinator_app.services import sessions as svc
from tests.helpers import factories as f
from tests.helpers.sessions import guest, session_data

D = dt.date
AUTUMN_HOLIDAY_FRIDAY = D(2025, 10, 24)  # herfstvakantie regio noord 2025
CHRISTMAS_FRIDAYS = (D(2025, 12, 26), D(2026, 1, 2))  # kerstvakantie 2025-2026
SKIPPED = frozenset({AUTUMN_HOLIDAY_FRIDAY, *CHRISTMAS_FRIDAYS})
FRIDAYS_PLAN = svc.SeriesPlan(
    title="Vrijdagprogramma De Toekomst van Groningen",
    first_date=D(2025, 9, 5),
    last_date=D(2026, 6, 26),
    interval_weeks=1,
    skipped_dates=SKIPPED,
)


def _dates(session, ids):
    return [session.get(Session, i).date for i in ids]


def test_create_and_update_single_session(session):
    sid = svc.create_session(session, session_data(title="  Kick-off   lichting 2025 "))
    data, version = svc.load_session(session, sid)
    assert data.title == "Kick-off lichting 2025"
    svc.update_session(session, sid, replace(data, location="Provinciehuis"), seen_version=version)
    assert session.get(Session, sid).location == "Provinciehuis"


def test_invalid_session_is_refused_with_every_problem(session):
    bad = session_data(title=" ", start=dt.time(14, 0), end=dt.time(13, 0), capacity=0)
    with pytest.raises(svc.SessionInputError) as caught:
        svc.create_session(session, bad)
    assert len(caught.value.problems) == 3
    assert "titel" in caught.value.problems[0]
    assert session.scalar(select(Session)) is None


def test_weekly_series_skips_holidays(session):
    series_id, ids = svc.create_series(session, FRIDAYS_PLAN, session_data(title="Vrijdag"))
    dates = _dates(session, ids)
    # 2025-09-05 .. 2026-06-26 holds 43 Fridays; three fall in the holidays.
    assert len(dates) == 40
    assert dates[0] == D(2025, 9, 5)
    assert dates[-1] == D(2026, 6, 26)
    assert all(day.weekday() == 4 for day in dates)
    assert not SKIPPED & set(dates)
    assert D(2025, 10, 17) in dates and D(2025, 10, 31) in dates
    series = session.get(SessionSeries, series_id)
    assert svc.parse_skipped(series.skipped_dates) == SKIPPED
    assert all(session.get(Session, i).series_id == series_id for i in ids)


def test_series_every_two_weeks(session):
    plan = replace(FRIDAYS_PLAN, interval_weeks=2, skipped_dates=frozenset())
    _, ids = svc.create_series(session, plan, session_data())
    dates = _dates(session, ids)
    assert len(dates) == 22  # weeks 0, 2, ..., 42
    assert {(b - a).days for a, b in zip(dates, dates[1:], strict=False)} == {14}


def test_series_without_any_date_left_is_refused(session):
    plan = svc.SeriesPlan("Eenmalig", D(2025, 9, 5), D(2025, 9, 5), 1, frozenset({D(2025, 9, 5)}))
    with pytest.raises(svc.SessionInputError, match="geen bijeenkomst"):
        svc.create_series(session, plan, session_data())


def test_edit_one_occurrence_leaves_the_others(session):
    _, ids = svc.create_series(session, FRIDAYS_PLAN, session_data(location="Zaal 1"))
    data, _ = svc.load_session(session, ids[3])
    svc.update_session(session, ids[3], replace(data, location="Zaal 2"))
    locations = [session.get(Session, i).location for i in ids]
    assert locations.count("Zaal 2") == 1
    assert locations[3] == "Zaal 2"


def test_edit_rest_of_series_changes_only_later_occurrences(session):
    _, ids = svc.create_series(
        session, FRIDAYS_PLAN, session_data(location="Zaal 1", start=dt.time(9, 30))
    )
    # An earlier exception on a later occurrence: another room on the 15th one.
    exception, _ = svc.load_session(session, ids[15])
    svc.update_session(session, ids[15], replace(exception, location="Zaal 9"))

    chosen, _ = svc.load_session(session, ids[10])
    changed = replace(
        chosen,
        start_time=dt.time(13, 0),
        end_time=dt.time(17, 0),
        date=chosen.date - dt.timedelta(days=1),
    )
    touched = svc.update_rest_of_series(session, ids[10], changed)

    assert touched == ids[10:]
    for index, sid in enumerate(ids):
        record = session.get(Session, sid)
        if index < 10:
            assert record.start_time == dt.time(9, 30)
            assert record.date.weekday() == 4
        else:
            assert record.start_time == dt.time(13, 0)
            assert record.end_time == dt.time(17, 0)
            assert record.date.weekday() == 3  # moved to Thursday
    # The room was not changed in this edit, so the exception survives.
    assert session.get(Session, ids[15]).location == "Zaal 9"
    assert session.get(Session, ids[16]).location == "Zaal 1"
    series = session.get(Session, ids[0]).series
    assert series.last_date == D(2026, 6, 25)


def test_undo_of_rest_edit_via_snapshot(session):
    _, ids = svc.create_series(session, FRIDAYS_PLAN, session_data(title="Vrijdag"))
    rest = svc.rest_of_series(session, ids[30])
    before = svc.snapshot_sessions(session, rest)
    data, _ = svc.load_session(session, ids[30])
    svc.update_rest_of_series(session, ids[30], replace(data, title="Vrijdagmiddag"))
    assert session.get(Session, ids[-1]).title == "Vrijdagmiddag"
    svc.restore_sessions(session, before)
    assert {session.get(Session, i).title for i in ids} == {"Vrijdag"}


def test_delete_rest_of_series(session):
    series_id, ids = svc.create_series(session, FRIDAYS_PLAN, session_data())
    svc.delete_rest_of_series(session, ids[5])
    remaining = session.scalars(select(Session.id).where(Session.series_id == series_id)).all()
    assert sorted(remaining) == sorted(ids[:5])
    assert session.get(SessionSeries, series_id).last_date == _dates(session, ids[4:5])[0]
    svc.delete_rest_of_series(session, ids[0])
    assert session.get(SessionSeries, series_id) is None


def test_invitations_by_cohort_programme_level_and_individuals(session):
    toekomst = f.programme(session, "De Toekomst van Groningen")
    goa = f.programme(session, "GOA Publiek")
    lichting_2025 = f.cohort(session, toekomst, "Toekomst 2025")
    lichting_2026 = f.cohort(session, toekomst, "Toekomst 2026")
    goa_2025 = f.cohort(session, goa, "GOA 2025")
    hbo_2025 = f.trainee(session, "Anna", "Berg", "van der", EducationLevel.HBO, lichting_2025)
    wo_2025 = f.trainee(session, "Jan", "Vries", "de", EducationLevel.WO, lichting_2025)
    left = f.trainee(
        session,
        "Piet",
        "Bakker",
        level=EducationLevel.WO,
        coh=lichting_2025,
        status=TraineeStatus.LEFT,
    )
    wo_2026 = f.trainee(session, "Sara", "Smit", level=EducationLevel.WO, coh=lichting_2026)
    mbo_goa = f.trainee(session, "Kevin", "Mulder", level=EducationLevel.MBO4, coh=goa_2025)
    gast = guest(session)

    by_cohort = svc.InvitationSpec(cohort_ids=frozenset({lichting_2025.id}))
    assert svc.invitees(session, by_cohort) == sorted([hbo_2025.id, wo_2025.id])
    by_programme_wo = svc.InvitationSpec(
        programme_ids=frozenset({toekomst.id}), levels=frozenset({LevelCategory.WO})
    )
    assert svc.invitees(session, by_programme_wo) == sorted([wo_2025.id, wo_2026.id])
    only_mbo = svc.InvitationSpec(levels=frozenset({LevelCategory.MBO}))
    assert svc.invitees(session, only_mbo) == [mbo_goa.id]
    individuals = svc.InvitationSpec(trainee_ids=frozenset({left.id}))
    assert svc.invitees(session, individuals) == [left.id]

    sid = svc.create_session(session, session_data(), by_cohort)
    result = svc.invite(
        session,
        sid,
        svc.InvitationSpec(
            programme_ids=frozenset({goa.id}),
            trainee_ids=frozenset({hbo_2025.id}),
            guest_ids=frozenset({gast.id}),
        ),
    )
    assert result == svc.InviteResult(added_trainees=1, added_guests=1, already_invited=1)
    rows = session.scalars(select(Attendance).where(Attendance.session_id == sid)).all()
    assert sorted(r.trainee_id for r in rows if r.trainee_id) == sorted(
        [hbo_2025.id, wo_2025.id, mbo_goa.id]
    )
    assert [r.guest_id for r in rows if r.guest_id] == [gast.id]
    assert svc.invitation_groups(session, sid) == ([lichting_2025.id], [goa.id])


def test_guest_is_reusable_and_gets_unique_code(session):
    first = svc.create_guest(
        session,
        svc.GuestData("Marieke Dijkstra", "UMCG", EducationLevel.MBO4, "M.Dijkstra@umcg.example"),
    )
    second = svc.create_guest(session, svc.GuestData("Henk Post", None, None, None))
    a = svc.create_session(session, session_data(day=D(2025, 9, 5)))
    b = svc.create_session(session, session_data(day=D(2025, 9, 12)))
    for sid in (a, b):
        svc.invite(session, sid, svc.InvitationSpec(guest_ids=frozenset({first})))
    rows = session.scalars(select(Attendance).where(Attendance.guest_id == first)).all()
    assert {r.session_id for r in rows} == {a, b}
    codes = {c.id: c for c in svc.guest_choices(session)}
    assert codes.keys() == {first, second}
    with pytest.raises(svc.SessionInputError, match="al een gast"):
        svc.create_guest(session, svc.GuestData("Iemand", email="m.dijkstra@umcg.example"))


def test_outcomes_roundtrip_and_new_themes(session):
    sid = svc.create_session(session, session_data())
    outcomes = svc.Outcomes(
        notes="Mbo'ers willen meer praktijkopdrachten.",
        themes=("Onderwijs", "arbeidsmarkt"),
        action_points=(
            svc.ActionPointData("Aanbod mbo herzien", "HR", D(2025, 10, 1)),
            svc.ActionPointData(
                "Terugkoppeling aan de raad", None, None, ActionPointStatus.IN_PROGRESS
            ),
        ),
    )
    svc.save_outcomes(session, sid, outcomes)
    loaded = svc.load_outcomes(session, sid)
    assert loaded.notes == outcomes.notes
    assert loaded.themes == ("Onderwijs", "arbeidsmarkt")
    assert [p.description for p in loaded.action_points] == [
        "Aanbod mbo herzien",
        "Terugkoppeling aan de raad",
    ]
    # Dropping one from the list deletes it; editing keeps its id.
    kept = replace(loaded.action_points[0], status=ActionPointStatus.DONE)
    svc.save_outcomes(session, sid, replace(loaded, action_points=(kept,)))
    again = svc.load_outcomes(session, sid)
    assert [(p.id, p.status) for p in again.action_points] == [(kept.id, ActionPointStatus.DONE)]
    with pytest.raises(svc.SessionInputError, match="omschrijving"):
        svc.save_outcomes(session, sid, replace(loaded, action_points=(svc.ActionPointData("  "),)))


def test_sessions_between_counts_heads(session):
    from coordinator_app.models import AttendanceStatus
    from tests.helpers.sessions import attend, meeting

    one = meeting(session, D(2025, 9, 5))
    meeting(session, D(2025, 10, 5))
    attend(session, one, f.trainee(session), AttendanceStatus.PRESENT)
    attend(session, one, f.trainee(session), AttendanceStatus.ABSENT)
    found = svc.sessions_between(session, D(2025, 9, 1), D(2025, 9, 30))
    assert [(s.id, s.invited, s.present) for s in found] == [(one.id, 2, 1)]
