"""The ORM classes of every entity in the domain. No Qt here."""

from coordinator_app.models.assignment import (
    Assignment,
    AssignmentCompetence,
    AssignmentLevel,
    assignment_programme,
    assignment_theme,
)
from coordinator_app.models.audit import AuditEntry
from coordinator_app.models.base import Base, add_enum_checks
from coordinator_app.models.enums import (
    ActionPointStatus,
    AssignmentStatus,
    AttendanceStatus,
    EducationLevel,
    EvaluationAuthor,
    EvaluationMoment,
    LevelCategory,
    OrganisationType,
    PlacementStatus,
    SessionType,
    TraineeStatus,
)
from coordinator_app.models.meta import AppMeta
from coordinator_app.models.organisation import ContactPerson, Organisation
from coordinator_app.models.placement import Evaluation, Placement
from coordinator_app.models.programme import Coach, Cohort, Competence, Programme, Theme
from coordinator_app.models.reference import FormerMunicipality, Municipality, Province
from coordinator_app.models.session import (
    ActionPoint,
    Attendance,
    GuestParticipant,
    Session,
    SessionSeries,
    session_cohort,
    session_programme,
    session_theme,
)
from coordinator_app.models.trainee import Preference, Trainee, TraineeCompetence, trainee_theme

# SQLite must never hand out a deleted record's id again (undo restores by id);
# migration 0004 gives the existing tables AUTOINCREMENT, this keeps the models in step.
for _table in Base.metadata.tables.values():
    if "version" in _table.c and "id" in _table.c:
        _table.dialect_options["sqlite"]["autoincrement"] = True

add_enum_checks(Base.metadata)

__all__ = [
    "ActionPoint",
    "ActionPointStatus",
    "AppMeta",
    "Assignment",
    "AuditEntry",
    "AssignmentCompetence",
    "AssignmentLevel",
    "AssignmentStatus",
    "Attendance",
    "AttendanceStatus",
    "Base",
    "Coach",
    "Cohort",
    "Competence",
    "ContactPerson",
    "EducationLevel",
    "Evaluation",
    "EvaluationAuthor",
    "EvaluationMoment",
    "FormerMunicipality",
    "GuestParticipant",
    "LevelCategory",
    "Municipality",
    "Organisation",
    "OrganisationType",
    "Placement",
    "PlacementStatus",
    "Preference",
    "Programme",
    "Province",
    "Session",
    "SessionSeries",
    "SessionType",
    "Theme",
    "Trainee",
    "TraineeCompetence",
    "TraineeStatus",
    "assignment_programme",
    "assignment_theme",
    "session_cohort",
    "session_programme",
    "session_theme",
    "trainee_theme",
]
