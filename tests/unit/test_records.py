"""Create, edit and delete of trainees, organisations and assignments, without Qt.

Protects: field rules with their codes, duplicate values named, stale edits refused,
hard rules refusing an edit with the database unchanged, delete impact counts, and
that a delete followed by a restore brings back every row with the same ids.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator_app.models import (
    Assignment,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    ContactPerson,
    EducationLevel,
    Evaluation,
    EvaluationAuthor,
    EvaluationMoment,
    LevelCategory,
    Organisation,
    OrganisationType,
    Placement,
    Preference,
    Session,
    SessionType,
    Theme,
    Trainee,
    TraineeStatus,
    trainee_theme,
)
from coordinator_app.services import records
from coordinator_app.services.audit import history
from coordinator_app.services.concurrency import EditConflict
from coordinator_app.services.records import (
    AssignmentData,
    ContactData,
    DeleteBlocked,
    DuplicateValue,
    InvalidRecord,
    OrganisationData,
    TraineeData,
)
from coordinator_app.services.rules import HardRule, HardRuleViolation
from tests.helpers import factories as f

D = dt.date


def _anna(**changes: object) -> TraineeData:
    base = TraineeData(
        given_name="Anna",
        prefix="van der",
        surname="Berg",
        email="Anna.vanderBerg@example.nl",
        phone="06 1234 5678",
        education_level=EducationLevel.HBO,
        field_of_study="Bestuurskunde",
        status=TraineeStatus.ACTIVE,
        contract_start=D(2025, 9, 1),
        contract_end=D(2027, 8, 31),
        competences=(("Analyseren", 3), ("Samenwerken", None)),
        themes=("energie", "mobiliteit"),
        notes="Wil graag naar de provincie.",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _count(session, model) -> int:  # type: ignore[no-untyped-def]
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


# --- field rules ---------------------------------------------------------------------------


def test_trainee_field_rules_name_each_problem():
    problems = records.validate_trainee(
        TraineeData(email="geen-adres", phone="bel mij", contract_start=D(2026, 1, 1),
                    contract_end=D(2025, 1, 1))
    )  # fmt: skip
    found = {(p.field, p.code) for p in problems}
    assert ("given_name", "required") in found
    assert ("surname", "required") in found
    assert ("education_level", "required") in found
    assert ("email", "email") in found
    assert ("phone", "phone") in found
    assert ("contract_end", "date_order") in found
    assert records.validate_trainee(_anna()) == []


def test_assignment_field_rules_period_places_hours_supervisor():
    data = AssignmentData(
        title="Energie",
        organisation_id=1,
        start_date=D(2026, 5, 1),
        end_date=D(2026, 5, 1),
        places=0,
        hours_per_week=0,
        supervisor_id=99,
    )
    found = {(p.field, p.code) for p in records.validate_assignment(data, supervisor_ids=[1, 2])}
    assert found == {
        ("end_date", "date_order"),
        ("places", "places"),
        ("hours_per_week", "hours"),
        ("supervisor_id", "supervisor"),
    }
    fine = dataclasses.replace(data, end_date=D(2026, 12, 31), places=2, hours_per_week=32,
                               supervisor_id=2)  # fmt: skip
    assert records.validate_assignment(fine, supervisor_ids=[1, 2]) == []


def test_organisation_rules_point_at_the_contact_row():
    data = OrganisationData(
        name="Gemeente Pekela",
        type=OrganisationType.MUNICIPALITY,
        contacts=(ContactData(name="Piet"), ContactData(name="", email="x@")),
    )
    problems = records.validate_organisation(data)
    assert {(p.field, p.code, p.row) for p in problems} == {
        ("contact_name", "required", 1),
        ("contact_email", "email", 1),
    }


def test_invalid_data_is_refused_by_the_service_too(app_context):
    with pytest.raises(InvalidRecord) as info, app_context.transaction() as s:
        records.create_trainee(s, _anna(surname=" "))
    assert "surname" in info.value.message
    with app_context.read_session() as s:
        assert _count(s, Trainee) == 0


# --- create and edit -----------------------------------------------------------------------


def test_create_and_load_round_trip_with_new_themes_and_competences(app_context):
    with app_context.transaction() as s:
        s.add(Theme(name="Energie"))  # an existing theme is reused, case-insensitively
    with app_context.transaction() as s:
        trainee_id = records.create_trainee(s, _anna())
    with app_context.read_session() as s:
        data, version = records.load_trainee(s, trainee_id)
        trainee = s.get(Trainee, trainee_id)
        assert trainee is not None
        assert trainee.checkin_code.startswith("T")
        assert len(trainee.checkin_code) == 8
        assert _count(s, Theme) == 2
    assert version == 1
    assert data.email == "anna.vanderberg@example.nl"  # stored in lower case
    assert data.themes == ("Energie", "mobiliteit")
    assert data.competences == (("Analyseren", 3), ("Samenwerken", None))
    assert data.full_name == "Anna van der Berg"
    assert dataclasses.replace(data, themes=("energie", "mobiliteit")) == _anna(
        email="anna.vanderberg@example.nl"
    )


def test_duplicate_email_is_refused_naming_the_owner(app_context):
    with app_context.transaction() as s:
        records.create_trainee(s, _anna())
    with pytest.raises(DuplicateValue) as info, app_context.transaction() as s:
        records.create_trainee(s, _anna(given_name="Bob", surname="Bakker",
                                        email="ANNA.vanderberg@example.nl "))  # fmt: skip
    assert info.value.field == "email"
    assert info.value.value == "anna.vanderberg@example.nl"
    assert info.value.owner == "Anna van der Berg"
    assert "al in gebruik bij Anna van der Berg" in info.value.message
    with app_context.read_session() as s:
        assert _count(s, Trainee) == 1


def test_duplicate_organisation_name_is_refused(app_context):
    data = OrganisationData(name="Gemeente Pekela", type=OrganisationType.MUNICIPALITY)
    with app_context.transaction() as s:
        records.create_organisation(s, data)
    with pytest.raises(DuplicateValue) as info, app_context.transaction() as s:
        records.create_organisation(s, dataclasses.replace(data, name="gemeente  pekela"))
    assert info.value.field == "name"


def test_stale_edit_is_refused(app_context):
    with app_context.transaction() as s:
        trainee_id = records.create_trainee(s, _anna())
    with app_context.read_session() as s:
        data, version = records.load_trainee(s, trainee_id)
    with app_context.transaction() as s:  # a colleague saves first
        records.update_trainee(s, trainee_id, dataclasses.replace(data, phone="050 123 4567"))
    with pytest.raises(EditConflict), app_context.transaction() as s:
        records.update_trainee(
            s, trainee_id, dataclasses.replace(data, notes="mijn versie"), seen_version=version
        )
    with app_context.read_session() as s:
        assert records.load_trainee(s, trainee_id)[0].phone == "050 123 4567"


def test_edit_that_breaks_the_level_rule_is_refused_and_changes_nothing(app_context):
    with app_context.transaction() as s:
        trainee_id = records.create_trainee(s, _anna())
        assignment = f.assignment(s, title="Energie", levels={LevelCategory.HBO, LevelCategory.WO})
        trainee = s.get(Trainee, trainee_id)
        f.placement(s, trainee, assignment, D(2025, 9, 1), D(2026, 4, 30))
    with pytest.raises(HardRuleViolation) as info, app_context.transaction() as s:
        records.update_trainee(
            s, trainee_id, _anna(education_level=EducationLevel.MBO4, notes="gewijzigd")
        )
    assert HardRule.EDUCATION_LEVEL in info.value.rules
    kinds = {r.kind for r in info.value.violations[0].records}
    assert kinds == {"trainee", "assignment"}
    with app_context.read_session() as s:
        data, _ = records.load_trainee(s, trainee_id)
    assert data.education_level is EducationLevel.HBO
    assert data.notes == "Wil graag naar de provincie."


def test_edit_of_assignment_period_that_strands_a_placement_is_refused(app_context):
    with app_context.transaction() as s:
        assignment = f.assignment(s, start=D(2025, 9, 1), end=D(2027, 8, 31))
        f.placement(s, f.trainee(s), assignment, D(2026, 5, 1), D(2026, 12, 31))
        assignment_id = assignment.id
    with app_context.read_session() as s:
        data, version = records.load_assignment(s, assignment_id)
    with pytest.raises(HardRuleViolation) as info, app_context.transaction() as s:
        records.update_assignment(
            s, assignment_id, dataclasses.replace(data, end_date=D(2026, 6, 30)),
            seen_version=version,
        )  # fmt: skip
    assert HardRule.WITHIN_ASSIGNMENT_PERIOD in info.value.rules


def test_organisation_contacts_are_synchronised(app_context):
    data = OrganisationData(
        name="Gemeente Eemsdelta",
        type=OrganisationType.MUNICIPALITY,
        contacts=(
            ContactData(name="Piet Pol", role="Teamleider", email="P.Pol@eemsdelta.nl",
                        is_supervisor=True),
            ContactData(name="Els Eek"),
        ),
    )  # fmt: skip
    with app_context.transaction() as s:
        org_id = records.create_organisation(s, data)
    with app_context.read_session() as s:
        loaded, _ = records.load_organisation(s, org_id)
    assert [c.name for c in loaded.contacts] == ["Els Eek", "Piet Pol"]
    piet = next(c for c in loaded.contacts if c.name == "Piet Pol")
    assert piet.email == "p.pol@eemsdelta.nl"
    assert piet.is_supervisor
    changed = dataclasses.replace(
        loaded,
        contacts=(dataclasses.replace(piet, phone="0596 123456"), ContactData(name="Nina Nap")),
    )
    with app_context.transaction() as s:
        records.update_organisation(s, org_id, changed)
    with app_context.read_session() as s:
        names = s.scalars(
            select(ContactPerson.name).where(ContactPerson.organisation_id == org_id)
        ).all()
        kept = s.get(ContactPerson, piet.id)
        assert kept is not None
        assert kept.phone == "0596 123456"
    assert sorted(names) == ["Nina Nap", "Piet Pol"]


def test_removed_contact_comes_back_with_its_id_and_supervisor_link(app_context):
    with app_context.transaction() as s:
        org = f.organisation(s, "Provincie Groningen")
        contact = ContactPerson(organisation=org, name="Geert de Wit", is_supervisor=True)
        s.add(contact)
        s.flush()
        assignment = f.assignment(s, org, supervisor_id=contact.id)
        org_id, contact_id, assignment_id = org.id, contact.id, assignment.id
    with app_context.read_session() as s:
        before, _ = records.load_organisation(s, org_id)
    assert before.supervising == ((contact_id, (assignment_id,)),)
    with app_context.transaction() as s:
        records.update_organisation(s, org_id, dataclasses.replace(before, contacts=()))
    with app_context.read_session() as s:
        assert s.get(Assignment, assignment_id).supervisor_id is None  # type: ignore[union-attr]
    with app_context.transaction() as s:  # what an undo does
        records.update_organisation(s, org_id, before)
    with app_context.read_session() as s:
        assert s.get(ContactPerson, contact_id) is not None
        assert s.get(Assignment, assignment_id).supervisor_id == contact_id  # type: ignore[union-attr]
        changes = [
            item.changes.get("supervisor_id")
            for item in history(s, "assignment", assignment_id)
            if item.action == "update"
        ]
    # newest first: the undo set the link back, the removal had cleared it
    assert changes == [[None, contact_id], [contact_id, None]]


def test_assignment_round_trip(app_context):
    with app_context.transaction() as s:
        org = f.organisation(s)
        s.add(ContactPerson(organisation=org, name="Begeleider"))
        s.flush()
        prog = f.programme(s, "De Toekomst van Groningen")
        supervisor_id = org.contacts[0].id
        org_id, prog_id = org.id, prog.id
    data = AssignmentData(
        title="  Lobbystrategie   Clean Industrial Deal ",
        description="Voor de provincie.",
        organisation_id=org_id,
        programme_ids=(prog_id,),
        themes=("economie",),
        levels=frozenset({LevelCategory.WO}),
        competences=(("Schrijven", 4),),
        start_date=D(2026, 1, 1),
        end_date=D(2026, 8, 31),
        places=2,
        hours_per_week=32,
        supervisor_id=supervisor_id,
        status=AssignmentStatus.DRAFT,
    )
    with app_context.transaction() as s:
        assignment_id = records.create_assignment(s, data)
    with app_context.read_session() as s:
        loaded, _ = records.load_assignment(s, assignment_id)
    assert loaded == dataclasses.replace(data, title="Lobbystrategie Clean Industrial Deal")


# --- delete impact, delete and restore ------------------------------------------------------


def _trainee_with_history(app_context):  # type: ignore[no-untyped-def]
    """A trainee with 2 placements, an evaluation, 3 attendances, a preference, a theme."""
    with app_context.transaction() as s:
        trainee_id = records.create_trainee(s, _anna())
        trainee = s.get(Trainee, trainee_id)
        a1 = f.assignment(s, title="Energie")
        a2 = f.assignment(s, title="Mobiliteit")
        p1 = f.placement(s, trainee, a1, D(2025, 9, 1), D(2026, 4, 30))
        f.placement(s, trainee, a2, D(2026, 5, 1), D(2026, 12, 31), rotation=2)
        s.add(Evaluation(placement=p1, moment=EvaluationMoment.FINAL,
                         author=EvaluationAuthor.SUPERVISOR, score=8, text="Goed"))  # fmt: skip
        for day in (1, 8, 15):
            meeting = Session(
                type=SessionType.TRAINING, title=f"Trainingsdag {day}", date=D(2025, 10, day),
                start_time=dt.time(9), end_time=dt.time(16),
            )  # fmt: skip
            meeting.attendances.append(Attendance(trainee=trainee, status=AttendanceStatus.PRESENT))
            s.add(meeting)
        s.add(Preference(trainee=trainee, assignment_id=a2.id, rank=1))
        return trainee_id, a1.id


def test_delete_impact_counts_what_goes_along(app_context):
    trainee_id, _ = _trainee_with_history(app_context)
    with app_context.read_session() as s:
        impact = records.delete_impact(s, records.TRAINEE, [trainee_id])
    assert impact.labels == ("Anna van der Berg",)
    assert impact.counts == {"placement": 2, "evaluation": 1, "attendance": 3, "preference": 1}
    assert not impact.blocked


def test_delete_then_restore_brings_everything_back_with_the_same_ids(app_context):
    trainee_id, _ = _trainee_with_history(app_context)

    def state(s):  # type: ignore[no-untyped-def]
        return {
            "placements": sorted(
                (p.id, p.assignment_id, p.rotation, p.start_date, p.status)
                for p in s.scalars(select(Placement))
            ),
            "evaluations": sorted(
                (e.id, e.placement_id, e.score) for e in s.scalars(select(Evaluation))
            ),
            "attendance": sorted(
                (a.id, a.session_id, a.status) for a in s.scalars(select(Attendance))
            ),
            "preferences": sorted(
                (p.trainee_id, p.assignment_id, p.rank) for p in s.scalars(select(Preference))
            ),
            "themes": sorted(s.execute(select(trainee_theme)).all()),
            "trainee": records.load_trainee(s, trainee_id)[0],
        }

    with app_context.read_session() as s:
        before = state(s)
    with app_context.transaction() as s:
        snapshot = records.delete_records(s, records.TRAINEE, [trainee_id])
    with app_context.read_session() as s:
        assert s.get(Trainee, trainee_id) is None
        assert _count(s, Placement) == 0
        assert _count(s, Attendance) == 0
        assert _count(s, Evaluation) == 0
    assert snapshot.count("placement") == 2
    assert records.affected_kinds(snapshot) == {"trainee", "placement", "attendance", "session"}
    with app_context.transaction() as s:
        records.restore_snapshot(s, snapshot)
    with app_context.read_session() as s:
        assert state(s) == before
        actions = [item.action for item in history(s, "trainee", trainee_id)]
    assert actions == ["create", "delete", "create"]  # newest first, all in the audit trail


def test_restore_is_refused_when_the_place_was_taken_meanwhile(app_context):
    with app_context.transaction() as s:
        assignment = f.assignment(s, places=1)
        first = f.trainee(s, "Anna")
        f.placement(s, first, assignment, D(2025, 9, 1), D(2026, 4, 30))
        # A later trainee and placement keep the deleted ids from being handed out again.
        f.placement(s, f.trainee(s, "Cas"), f.assignment(s), D(2025, 9, 1), D(2026, 4, 30))
        first_id, assignment_id = first.id, assignment.id
    with app_context.transaction() as s:
        snapshot = records.delete_records(s, records.TRAINEE, [first_id])
    with app_context.transaction() as s:
        f.placement(s, f.trainee(s, "Bram"), s.get(Assignment, assignment_id),
                    D(2025, 9, 1), D(2026, 4, 30))  # fmt: skip
    with pytest.raises(HardRuleViolation) as info, app_context.transaction() as s:
        records.restore_snapshot(s, snapshot)
    assert HardRule.CAPACITY in info.value.rules
    with app_context.read_session() as s:
        assert s.get(Trainee, first_id) is None
        assert _count(s, Placement) == 2


def test_restored_placements_get_a_new_id_when_theirs_was_given_away(app_context):
    trainee_id, _ = _trainee_with_history(app_context)
    with app_context.transaction() as s:
        bram_id = f.trainee(s, "Bram").id
    with app_context.read_session() as s:
        placement_ids = sorted(s.scalars(select(Placement.id)))
    with app_context.transaction() as s:
        snapshot = records.delete_records(s, records.TRAINEE, [trainee_id])
    with app_context.transaction() as s:  # e.g. an import whose rows carry their own ids
        other = Placement(
            id=placement_ids[0], trainee=s.get(Trainee, bram_id), assignment=f.assignment(s),
            start_date=D(2025, 9, 1), end_date=D(2026, 4, 30), rotation=1,
        )  # fmt: skip
        s.add(other)
        s.flush()
        taken = other.id
    assert taken in placement_ids
    with app_context.transaction() as s:
        records.restore_snapshot(s, snapshot)
    with app_context.read_session() as s:
        mine = s.scalars(select(Placement).where(Placement.trainee_id == trainee_id)).all()
        assert len(mine) == 2
        assert taken not in {p.id for p in mine}
        assert set(placement_ids) - {taken} <= {p.id for p in mine}
        (evaluation,) = s.scalars(select(Evaluation)).all()
        assert evaluation.placement.trainee_id == trainee_id  # followed its placement
        assert _count(s, Placement) == 3


def test_restore_says_so_when_a_new_record_took_the_id(app_context):
    with app_context.transaction() as s:
        trainee_id = records.create_trainee(s, _anna())
    with app_context.transaction() as s:
        snapshot = records.delete_records(s, records.TRAINEE, [trainee_id])
    with app_context.transaction() as s:  # e.g. an import whose rows carry their own ids
        f.trainee(s, "Ander", id=trainee_id, email="ander@example.nl")
    with pytest.raises(records.CoordinatorError) as info, app_context.transaction() as s:
        records.restore_snapshot(s, snapshot)
    assert "kan niet worden teruggezet" in info.value.message


def test_restore_is_refused_when_the_email_is_now_used(app_context):
    with app_context.transaction() as s:
        trainee_id = records.create_trainee(s, _anna())
        f.trainee(s, "Cas")
    with app_context.transaction() as s:
        snapshot = records.delete_records(s, records.TRAINEE, [trainee_id])
    with app_context.transaction() as s:
        records.create_trainee(s, _anna(given_name="Anne"))
    with pytest.raises(DuplicateValue) as info, app_context.transaction() as s:
        records.restore_snapshot(s, snapshot)
    assert info.value.owner == "Anne van der Berg"


def test_organisation_with_placed_assignments_cannot_be_deleted(app_context):
    with app_context.transaction() as s:
        org = f.organisation(s, "Gemeente Oldambt")
        placed = f.assignment(s, org, title="Toekomst voor Oldambt")
        f.assignment(s, org, title="Leeg")
        f.placement(s, f.trainee(s), placed, D(2025, 9, 1), D(2026, 4, 30))
        org_id = org.id
    with app_context.read_session() as s:
        impact = records.delete_impact(s, records.ORGANISATION, [org_id])
    assert impact.blocked
    assert [(b.assignment_title, b.placements) for b in impact.blockers] == [
        ("Toekomst voor Oldambt", 1)
    ]
    with pytest.raises(DeleteBlocked), app_context.transaction() as s:
        records.delete_records(s, records.ORGANISATION, [org_id])
    with app_context.read_session() as s:
        assert _count(s, Organisation) == 1
        assert _count(s, Assignment) == 2


def test_organisation_delete_and_restore_with_contacts_assignments_and_links(app_context):
    with app_context.transaction() as s:
        org = f.organisation(s, "Gemeente Westerkwartier")
        s.add_all([ContactPerson(organisation=org, name="Rik", is_supervisor=True),
                   ContactPerson(organisation=org, name="Anne")])  # fmt: skip
        s.flush()
        rik = next(c for c in org.contacts if c.name == "Rik")
        own = f.assignment(s, org, title="Datagedreven werken", supervisor_id=rik.id,
                           levels={LevelCategory.HBO})  # fmt: skip
        elsewhere = f.assignment(s, title="Elders", supervisor_id=rik.id)
        s.add(Preference(trainee=f.trainee(s), assignment_id=own.id, rank=1))
        org_id, own_id, elsewhere_id, rik_id = org.id, own.id, elsewhere.id, rik.id
    with app_context.read_session() as s:
        impact = records.delete_impact(s, records.ORGANISATION, [org_id])
    assert impact.counts == {"contact_person": 2, "assignment": 1, "preference": 1}
    with app_context.transaction() as s:
        snapshot = records.delete_records(s, records.ORGANISATION, [org_id])
    with app_context.read_session() as s:
        assert s.get(Assignment, own_id) is None
        assert s.get(Assignment, elsewhere_id).supervisor_id is None  # type: ignore[union-attr]
        assert _count(s, Preference) == 0
    with app_context.transaction() as s:
        records.restore_snapshot(s, snapshot)
    with app_context.read_session() as s:
        restored = s.get(Assignment, own_id)
        assert restored is not None
        assert restored.supervisor_id == rik_id
        assert restored.accepted_levels == {LevelCategory.HBO}
        assert s.get(Assignment, elsewhere_id).supervisor_id == rik_id  # type: ignore[union-attr]
        assert _count(s, Preference) == 1
        assert _count(s, ContactPerson) == 2


def test_assignment_with_placements_is_blocked_without_is_not(app_context):
    with app_context.transaction() as s:
        placed = f.assignment(s, title="Bezet")
        free = f.assignment(s, title="Vrij")
        f.placement(s, f.trainee(s), placed, D(2025, 9, 1), D(2026, 4, 30))
        placed_id, free_id = placed.id, free.id
    with app_context.read_session() as s:
        assert records.delete_impact(s, records.ASSIGNMENT, [placed_id]).blocked
        assert not records.delete_impact(s, records.ASSIGNMENT, [free_id]).blocked
    with app_context.transaction() as s:
        snapshot = records.delete_records(s, records.ASSIGNMENT, [free_id])
    assert snapshot.labels == ("Vrij",)
    with app_context.transaction() as s:
        records.restore_snapshot(s, snapshot)
    with app_context.read_session() as s:
        assert s.get(Assignment, free_id) is not None


def test_many_records_at_once(app_context):
    with app_context.transaction() as s:
        ids = [f.trainee(s, f"T{i}").id for i in range(1200)]  # more than one IN chunk
    with app_context.transaction() as s:
        snapshot = records.delete_records(s, records.TRAINEE, ids)
    with app_context.read_session() as s:
        assert _count(s, Trainee) == 0
    with app_context.transaction() as s:
        records.restore_snapshot(s, snapshot)
    with app_context.read_session() as s:
        assert _count(s, Trainee) == 1200


def test_unknown_record_is_reported(app_context):
    with pytest.raises(records.RecordNotFound), app_context.read_session() as s:
        records.delete_impact(s, records.TRAINEE, [12345])
