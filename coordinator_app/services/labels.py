"""Human labels for the stored vocabularies, in Dutch and English."""

from __future__ import annotations

import enum

from coordinator_app.models import (
    ActionPointStatus,
    AssignmentStatus,
    AttendanceStatus,
    EducationLevel,
    LevelCategory,
    OrganisationType,
    PlacementStatus,
    SessionType,
    TraineeStatus,
)

_EN: dict[enum.Enum, str] = {
    EducationLevel.MBO1: "MBO level 1",
    EducationLevel.MBO2: "MBO level 2",
    EducationLevel.MBO3: "MBO level 3",
    EducationLevel.MBO4: "MBO level 4",
    EducationLevel.ASSOCIATE_DEGREE: "Associate degree",
    EducationLevel.HBO: "HBO (applied university)",
    EducationLevel.WO: "WO (university)",
    LevelCategory.MBO: "MBO",
    LevelCategory.HBO: "HBO",
    LevelCategory.WO: "WO",
    TraineeStatus.HIRED: "hired",
    TraineeStatus.ACTIVE: "active",
    TraineeStatus.FINISHED: "finished",
    TraineeStatus.LEFT: "left",
    OrganisationType.MUNICIPALITY: "municipality",
    OrganisationType.PROVINCE: "province",
    OrganisationType.WATER_BOARD: "water board",
    OrganisationType.NATIONAL_GOVERNMENT: "national government",
    OrganisationType.EDUCATION: "education",
    OrganisationType.HEALTHCARE: "healthcare",
    OrganisationType.BUSINESS: "business",
    OrganisationType.FOUNDATION: "foundation",
    OrganisationType.OTHER: "other",
    AssignmentStatus.DRAFT: "draft",
    AssignmentStatus.OPEN: "open",
    AssignmentStatus.FILLED: "filled",
    AssignmentStatus.CLOSED: "closed",
    PlacementStatus.PROPOSED: "proposed",
    PlacementStatus.CONFIRMED: "confirmed",
    PlacementStatus.RUNNING: "running",
    PlacementStatus.COMPLETED: "completed",
    PlacementStatus.ABORTED: "aborted",
    SessionType.PARTICIPATION: "participation session",
    SessionType.INTERVISION: "intervision",
    SessionType.TRAINING: "training",
    SessionType.KICK_OFF: "kick-off",
    SessionType.NETWORK: "networking event",
    SessionType.RETURN_DAY: "return day",
    AttendanceStatus.INVITED: "invited",
    AttendanceStatus.REGISTERED: "registered",
    AttendanceStatus.PRESENT: "present",
    AttendanceStatus.EXCUSED: "absent with notice",
    AttendanceStatus.ABSENT: "absent without notice",
    ActionPointStatus.OPEN: "open",
    ActionPointStatus.IN_PROGRESS: "in progress",
    ActionPointStatus.DONE: "done",
}

_NL_OVERRIDES: dict[enum.Enum, str] = {
    EducationLevel.MBO1: "mbo niveau 1",
    EducationLevel.MBO2: "mbo niveau 2",
    EducationLevel.MBO3: "mbo niveau 3",
    EducationLevel.MBO4: "mbo niveau 4",
    EducationLevel.ASSOCIATE_DEGREE: "Associate degree",
}


def label(value: enum.Enum | None, lang: str = "nl") -> str:
    """The label of a stored value; Dutch values are their own label."""
    if value is None:
        return ""
    if lang == "en":
        return _EN.get(value, str(value.value))
    return _NL_OVERRIDES.get(value, str(value.value))


def levels_text(levels: frozenset[LevelCategory] | set[LevelCategory], lang: str = "nl") -> str:
    ordered = [level for level in LevelCategory if level in levels]
    joiner = " of " if lang == "nl" else " or "
    return joiner.join(label(level, lang) for level in ordered) or (
        "elk niveau" if lang == "nl" else "any level"
    )
