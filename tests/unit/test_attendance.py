"""Attendance: status changes, check-in at the door, walk-ins and feedback."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator_app.models import (
    Attendance,
    AttendanceStatus,
    EducationLevel,
    GuestParticipant,
)
from coordinator_app.services import attendance as svc
from coordinator_app.services.sessions import GuestData
from tests.helpers import factories as f
from tests.helpers.sessions import attend, guest, meeting

NINE = dt.datetime(2025, 9, 5, 9, 2)
LATER = dt.datetime(2025, 9, 5, 9, 40)


@pytest.fixture
def workshop(session):
    """A session with two invited trainees and one invited guest."""
    where = meeting(session, dt.date(2025, 9, 5), "Intervisie")
    anna = f.trainee(session, "Anna", "Berg", "van der", EducationLevel.HBO)
    jan = f.trainee(session, "Jan", "Vries", "de", EducationLevel.WO)
    gast = guest(session, "Marieke Dijkstra")
    rows = {
        "anna": attend(session, where, anna),
        "jan": attend(session, where, jan),
        "gast": attend(session, where, gast),
    }
    return where, {"anna": anna, "jan": jan, "gast": gast}, rows


def _rows(session, where):
    return session.scalar(
        select(func.count()).select_from(Attendance).where(Attendance.session_id == where.id)
    )


def test_list_sorted_on_surname(session, workshop):
    where, _, _ = workshop
    names = [row.name for row in svc.session_attendance(session, where.id)]
    assert names == ["Anna van der Berg", "Marieke Dijkstra", "Jan de Vries"]


def test_bulk_status_change_and_undo(session, workshop):
    _, _, rows = workshop
    ids = [rows["anna"].id, rows["jan"].id]
    before = svc.set_status(session, ids, AttendanceStatus.EXCUSED)
    assert [s.status for s in before] == [AttendanceStatus.INVITED] * 2
    assert {session.get(Attendance, i).status for i in ids} == {AttendanceStatus.EXCUSED}
    assert rows["gast"].status is AttendanceStatus.INVITED
    svc.restore_states(session, before)
    assert {session.get(Attendance, i).status for i in ids} == {AttendanceStatus.INVITED}


def test_present_keeps_time_leaving_present_clears_time_and_feedback(session, workshop):
    _, _, rows = workshop
    row_id = rows["anna"].id
    svc.set_status(session, [row_id], AttendanceStatus.PRESENT, NINE)
    assert session.get(Attendance, row_id).checked_in_at == NINE
    svc.set_status(session, [row_id], AttendanceStatus.PRESENT, LATER)  # already present
    assert session.get(Attendance, row_id).checked_in_at == NINE
    svc.set_feedback(session, row_id, 4, "Nuttig")
    before = svc.set_status(session, [row_id], AttendanceStatus.ABSENT)
    row = session.get(Attendance, row_id)
    assert (row.checked_in_at, row.feedback_score, row.feedback_comment) == (None, None, None)
    svc.restore_states(session, before)
    row = session.get(Attendance, row_id)
    assert (row.status, row.checked_in_at, row.feedback_score) == (
        AttendanceStatus.PRESENT,
        NINE,
        4,
    )


def test_note(session, workshop):
    _, _, rows = workshop
    before = svc.set_note(session, rows["jan"].id, "  Komt later, trein vertraagd ")
    assert before.note == ""
    assert session.get(Attendance, rows["jan"].id).note == "Komt later, trein vertraagd"


def test_check_in_by_code_known(session, workshop):
    where, people, rows = workshop
    result = svc.check_in_by_code(session, where.id, people["anna"].checkin_code, NINE)
    assert result.outcome is svc.CheckInOutcome.CHECKED_IN
    assert result.attendance_id == rows["anna"].id
    assert (result.name, result.checked_in_at) == ("Anna van der Berg", NINE)
    row = session.get(Attendance, rows["anna"].id)
    assert (row.status, row.checked_in_at) == (AttendanceStatus.PRESENT, NINE)


def test_check_in_code_is_forgiving_about_case_and_spaces(session, workshop):
    where, people, rows = workshop
    code = people["gast"].checkin_code
    result = svc.check_in_by_code(session, where.id, f"  {code.lower()} \n", NINE)
    assert result.outcome is svc.CheckInOutcome.CHECKED_IN
    assert session.get(Attendance, rows["gast"].id).status is AttendanceStatus.PRESENT


def test_unknown_code_changes_nothing(session, workshop):
    where, _, _ = workshop
    before = [(r.id, r.status, r.checked_in_at) for r in svc.session_attendance(session, where.id)]
    result = svc.check_in_by_code(session, where.id, "ZZZ999", NINE)
    assert result.outcome is svc.CheckInOutcome.UNKNOWN
    assert not result.ok
    assert result.code == "ZZZ999" and result.attendance_id is None
    after = [(r.id, r.status, r.checked_in_at) for r in svc.session_attendance(session, where.id)]
    assert after == before


def test_second_scan_changes_nothing_and_says_when(session, workshop):
    where, people, rows = workshop
    svc.check_in_by_code(session, where.id, people["jan"].checkin_code, NINE)
    version = session.get(Attendance, rows["jan"].id).version
    again = svc.check_in_by_code(session, where.id, people["jan"].checkin_code, LATER)
    assert again.outcome is svc.CheckInOutcome.ALREADY
    assert again.checked_in_at == NINE  # when they came, not when they scanned again
    row = session.get(Attendance, rows["jan"].id)
    assert (row.checked_in_at, row.version) == (NINE, version)


def test_check_in_by_picking_a_name(session, workshop):
    where, _, rows = workshop
    found = svc.checkin_candidates(session, where.id, "berg")
    assert [(c.kind, c.id) for c in found] == [("attendance", rows["anna"].id)]
    result = svc.check_in_attendance(session, found[0].id, NINE)
    assert result.outcome is svc.CheckInOutcome.CHECKED_IN
    assert svc.present_list(session, where.id)[0].name == "Anna van der Berg"


def test_known_code_of_uninvited_trainee_becomes_walk_in(session, workshop):
    where, _, _ = workshop
    outsider = f.trainee(session, "Kevin", "Mulder", level=EducationLevel.MBO4)
    count = _rows(session, where)
    result = svc.check_in_by_code(session, where.id, outsider.checkin_code, NINE)
    assert result.outcome is svc.CheckInOutcome.WALK_IN
    assert result.name == "Kevin Mulder"
    assert _rows(session, where) == count + 1
    row = session.get(Attendance, result.attendance_id)
    assert (row.trainee_id, row.status) == (outsider.id, AttendanceStatus.PRESENT)


def test_walk_in_trainee_found_by_name(session, workshop):
    where, _, _ = workshop
    outsider = f.trainee(session, "Kevin", "Mulder", level=EducationLevel.MBO4)
    found = svc.checkin_candidates(session, where.id, "kev mul")
    assert [(c.kind, c.id) for c in found] == [("trainee", outsider.id)]
    result = svc.add_walk_in_trainee(session, where.id, outsider.id, NINE)
    assert result.outcome is svc.CheckInOutcome.WALK_IN
    again = svc.add_walk_in_trainee(session, where.id, outsider.id, LATER)
    assert again.outcome is svc.CheckInOutcome.ALREADY


def test_walk_in_new_guest(session, workshop):
    where, _, _ = workshop
    result = svc.add_walk_in_guest(
        session,
        where.id,
        NINE,
        new_guest=GuestData("Henk Post", "Waterschap Noorderzijlvest", EducationLevel.MBO2),
    )
    assert result.outcome is svc.CheckInOutcome.WALK_IN
    row = session.get(Attendance, result.attendance_id)
    assert row.guest.name == "Henk Post"
    assert row.guest.checkin_code.startswith("G")
    assert row.status is AttendanceStatus.PRESENT and row.checked_in_at == NINE
    # The new guest is reusable: his code works at the next session.
    other = meeting(session, dt.date(2025, 9, 12))
    second = svc.check_in_by_code(session, other.id, row.guest.checkin_code, LATER)
    assert second.outcome is svc.CheckInOutcome.WALK_IN
    assert session.scalar(select(func.count()).select_from(GuestParticipant)) == 2


def test_feedback_only_from_people_who_attended(session, workshop):
    where, people, rows = workshop
    with pytest.raises(svc.AttendanceError, match="Alleen wie aanwezig was"):
        svc.set_feedback(session, rows["jan"].id, 5, "Top")
    svc.set_status(session, [rows["anna"].id], AttendanceStatus.EXCUSED)
    with pytest.raises(svc.AttendanceError):
        svc.set_feedback(session, rows["anna"].id, 3, None)
    assert session.get(Attendance, rows["jan"].id).feedback_score is None

    svc.check_in_by_code(session, where.id, people["jan"].checkin_code, NINE)
    svc.set_feedback(session, rows["jan"].id, 5, " Heel leerzaam ")
    row = session.get(Attendance, rows["jan"].id)
    assert (row.feedback_score, row.feedback_comment) == (5, "Heel leerzaam")
    with pytest.raises(svc.AttendanceError, match="tussen 1 en 5"):
        svc.set_feedback(session, rows["jan"].id, 6, None)
