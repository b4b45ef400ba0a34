"""The rows of the list screens and their filter options, without Qt.

Protects what each row carries (names, counts, effective municipality, today's
placement, invited cohorts) and the Dutch name order of the trainee list.
"""

from __future__ import annotations

import datetime as dt

from coordinator_app.models import (
    ActionPoint,
    Attendance,
    AttendanceStatus,
    Coach,
    ContactPerson,
    EducationLevel,
    Evaluation,
    EvaluationAuthor,
    EvaluationMoment,
    GuestParticipant,
    LevelCategory,
    PlacementStatus,
    Session,
    SessionType,
    Theme,
)
from coordinator_app.services import queries
from tests.helpers import factories as f

D = dt.date
TODAY = D(2026, 1, 15)


def _world(app_context):  # type: ignore[no-untyped-def]
    with app_context.transaction() as s:
        prog = f.programme(s, "De Toekomst van Groningen")
        cohort = f.cohort(s, prog, "Lichting 2025")
        groningen = f.municipality(s, "Groningen")
        stadskanaal = f.municipality(s, "Stadskanaal")
        coach = Coach(name="Petra Smit")
        energy, mobility = Theme(name="energie"), Theme(name="mobiliteit")
        s.add_all([coach, energy, mobility])
        org = f.organisation(s, "Gemeente Stadskanaal", municipality=stadskanaal)
        s.add(ContactPerson(organisation=org, name="Gerda Gras", is_supervisor=True))
        s.add(ContactPerson(organisation=org, name="Henk Hoek"))
        s.flush()
        a1 = f.assignment(
            s, org, "Gebiedsontwikkeling Dideldom", levels={LevelCategory.HBO, LevelCategory.WO},
            supervisor_id=org.contacts[0].id, places=2,
        )  # fmt: skip
        a1.themes = [energy]
        a1.programmes = [prog]
        a2 = f.assignment(s, org, "Werken in Groningen", municipality=groningen)
        jan = f.trainee(s, "Jan", "Vries", "de", coh=cohort, home_municipality=groningen,
                        coach=coach, email="jan@example.nl")  # fmt: skip
        jan.themes = [mobility, energy]
        anna = f.trainee(s, "Anna", "Berg", "van der", coh=cohort, email="anna@example.nl")
        zoe = f.trainee(s, "Zoë", "Álvarez", level=EducationLevel.MBO4)
        f.placement(s, jan, a1, D(2025, 9, 1), D(2026, 4, 30))
        f.placement(s, anna, a1, D(2025, 9, 1), D(2026, 4, 30), status=PlacementStatus.ABORTED)
        p = f.placement(s, anna, a2, D(2026, 5, 1), D(2026, 12, 31), rotation=2)
        s.add(Evaluation(placement=p, moment=EvaluationMoment.MIDTERM,
                         author=EvaluationAuthor.TRAINEE, score=7))  # fmt: skip
        meeting = Session(type=SessionType.INTERVISION, title="Intervisie groep A",
                          date=D(2026, 1, 9), start_time=dt.time(14), end_time=dt.time(16, 30),
                          location="Stadhuis", municipality=groningen)  # fmt: skip
        meeting.invited_cohorts = [cohort]
        meeting.attendances = [
            Attendance(trainee=jan, status=AttendanceStatus.PRESENT),
            Attendance(trainee=anna, status=AttendanceStatus.EXCUSED),
            Attendance(
                guest=GuestParticipant(name="Mila Mbo", checkin_code="G1"),
                status=AttendanceStatus.PRESENT,
            ),
        ]
        meeting.action_points = [ActionPoint(description="Verslag rondsturen", owner="Jan")]
        later = Session(type=SessionType.TRAINING, title="Trainingsdag", date=D(2026, 3, 6),
                        start_time=dt.time(9, 30), end_time=dt.time(15, 30))  # fmt: skip
        later.invited_programmes = [prog]
        later.attendances = [Attendance(trainee=zoe)]
        s.add_all([meeting, later])
        s.flush()
        return {
            "prog": prog.id, "cohort": cohort.id, "jan": jan.id, "anna": anna.id, "zoe": zoe.id,
            "a1": a1.id, "a2": a2.id, "org": org.id, "meeting": meeting.id, "later": later.id,
            "groningen": groningen.id, "stadskanaal": stadskanaal.id, "energy": energy.id,
            "placement": p.id,
        }  # fmt: skip


def test_trainee_rows_in_dutch_name_order_with_their_facts(app_context):
    ids = _world(app_context)
    with app_context.read_session() as s:
        rows = queries.trainee_rows(s, TODAY)
    assert [r.listed_name for r in rows] == [
        "Álvarez, Zoë",
        "Berg, Anna van der",
        "Vries, Jan de",
    ]
    jan = rows[2]
    assert jan.full_name == "Jan de Vries"
    assert jan.cohort == "Lichting 2025"
    assert jan.programme_id == ids["prog"]
    assert jan.coach == "Petra Smit"
    assert jan.municipality == "Groningen"
    assert jan.themes == "energie, mobiliteit"
    assert jan.theme_ids == {ids["energy"], ids["energy"] + 1}
    assert jan.current_assignment == "Gebiedsontwikkeling Dideldom (Gemeente Stadskanaal)"
    assert rows[1].current_assignment == ""  # her only running placement was aborted
    with app_context.read_session() as s:
        only = queries.trainee_rows(s, TODAY, only=ids["anna"])
    assert [r.id for r in only] == [ids["anna"]]


def test_organisation_rows_count_contacts_assignments_and_running_placements(app_context):
    _world(app_context)
    with app_context.read_session() as s:
        (row,) = queries.organisation_rows(s, TODAY)
    assert row.municipality == "Stadskanaal"
    assert (row.contacts, row.assignments, row.open_assignments) == (2, 2, 2)
    assert row.supervisors == "Gerda Gras"
    assert row.running_placements == 1


def test_assignment_rows_take_the_organisations_municipality_when_they_have_none(app_context):
    ids = _world(app_context)
    with app_context.read_session() as s:
        rows = {r.id: r for r in queries.assignment_rows(s)}
    first, second = rows[ids["a1"]], rows[ids["a2"]]
    assert (first.municipality_id, first.municipality) == (ids["stadskanaal"], "Stadskanaal")
    assert (second.municipality_id, second.municipality) == (ids["groningen"], "Groningen")
    assert first.levels == {LevelCategory.HBO, LevelCategory.WO}
    assert second.levels == frozenset()
    assert first.placements == 1  # the aborted one does not count
    assert first.supervisor == "Gerda Gras"
    assert first.themes == "energie"
    assert first.programme_ids == {ids["prog"]}


def test_placement_rows(app_context):
    _world(app_context)
    with app_context.read_session() as s:
        rows = queries.placement_rows(s)
        rotations = queries.rotation_numbers(s)
    assert [(r.trainee, r.rotation) for r in rows] == [
        ("Anna van der Berg", 1),
        ("Anna van der Berg", 2),
        ("Jan de Vries", 1),
    ]
    assert rows[1].organisation == "Gemeente Stadskanaal"
    assert rows[1].cohort == "Lichting 2025"
    assert rotations == [1, 2]


def test_session_rows_count_invited_present_and_registered(app_context):
    ids = _world(app_context)
    with app_context.read_session() as s:
        rows = {r.id: r for r in queries.session_rows(s)}
        years = queries.session_years(s)
    meeting, later = rows[ids["meeting"]], rows[ids["later"]]
    assert (meeting.invited, meeting.present, meeting.recorded) == (3, 2, 3)
    assert (later.invited, later.present, later.recorded) == (1, 0, 0)
    assert meeting.cohort_ids == {ids["cohort"]}
    assert meeting.programme_ids == {ids["prog"]}  # through the invited cohort
    assert later.programme_ids == {ids["prog"]}
    assert meeting.invited_to == "Lichting 2025"
    assert later.invited_to == "De Toekomst van Groningen"
    assert meeting.municipality == "Groningen"
    assert years == [2026]


def test_details(app_context):
    ids = _world(app_context)
    with app_context.read_session() as s:
        trainee = queries.trainee_detail(s, ids["jan"], TODAY)
        organisation = queries.organisation_detail(s, ids["org"], TODAY)
        assignment = queries.assignment_detail(s, ids["a1"])
        placement = queries.placement_detail(s, ids["placement"])
        meeting = queries.session_detail(s, ids["meeting"])
        assert queries.trainee_detail(s, 9999, TODAY) is None
        assert queries.session_detail(s, 9999) is None
    assert trainee is not None
    assert (trainee.sessions_invited, trainee.sessions_present) == (1, 1)
    assert [p.assignment for p in trainee.placements] == ["Gebiedsontwikkeling Dideldom"]
    assert organisation is not None
    assert [c.name for c in organisation.contacts] == ["Gerda Gras", "Henk Hoek"]
    assert len(organisation.assignments) == 2
    assert assignment is not None
    assert [p.trainee for p in assignment.placements] == ["Anna van der Berg", "Jan de Vries"]
    assert placement is not None
    assert placement.municipality == "Groningen"
    assert [e.score for e in placement.evaluations] == [7]
    assert meeting is not None
    assert sorted((a.name, a.is_guest, a.status) for a in meeting.attendance) == [
        ("Anna van der Berg", False, AttendanceStatus.EXCUSED),
        ("Jan de Vries", False, AttendanceStatus.PRESENT),
        ("Mila Mbo", True, AttendanceStatus.PRESENT),
    ]
    assert [a.description for a in meeting.action_points] == ["Verslag rondsturen"]


def test_form_options(app_context):
    ids = _world(app_context)
    with app_context.read_session() as s:
        options = queries.form_options(s)
    assert [o.name for o in options.programmes] == ["De Toekomst van Groningen"]
    assert [(o.name, o.parent_id) for o in options.cohorts] == [("Lichting 2025", ids["prog"])]
    assert [o.name for o in options.themes] == ["energie", "mobiliteit"]
    assert [o.name for o in options.coaches] == ["Petra Smit"]
    assert "Stadskanaal" in [o.name for o in options.municipalities]
    assert [o.name for o in options.organisations] == ["Gemeente Stadskanaal"]
