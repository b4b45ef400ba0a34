"""Fixed vocabularies of the domain. Values are stored; labels live in the UI layer."""

from __future__ import annotations

import enum


class EducationLevel(enum.StrEnum):
    MBO1 = "mbo1"
    MBO2 = "mbo2"
    MBO3 = "mbo3"
    MBO4 = "mbo4"
    ASSOCIATE_DEGREE = "ad"
    HBO = "hbo"
    WO = "wo"

    @property
    def category(self) -> LevelCategory:
        if self.value.startswith("mbo"):
            return LevelCategory.MBO
        if self in (EducationLevel.ASSOCIATE_DEGREE, EducationLevel.HBO):
            return LevelCategory.HBO
        return LevelCategory.WO


class LevelCategory(enum.StrEnum):
    """The broad levels an assignment accepts and session mixes are counted in."""

    MBO = "mbo"
    HBO = "hbo"
    WO = "wo"


class TraineeStatus(enum.StrEnum):
    HIRED = "aangenomen"
    ACTIVE = "actief"
    FINISHED = "afgerond"
    LEFT = "gestopt"


class OrganisationType(enum.StrEnum):
    MUNICIPALITY = "gemeente"
    PROVINCE = "provincie"
    WATER_BOARD = "waterschap"
    NATIONAL_GOVERNMENT = "rijksoverheid"
    EDUCATION = "onderwijs"
    HEALTHCARE = "zorg"
    BUSINESS = "bedrijf"
    FOUNDATION = "stichting"
    OTHER = "overig"


class AssignmentStatus(enum.StrEnum):
    DRAFT = "concept"
    OPEN = "open"
    FILLED = "vervuld"
    CLOSED = "gesloten"


class PlacementStatus(enum.StrEnum):
    PROPOSED = "voorgesteld"
    CONFIRMED = "bevestigd"
    RUNNING = "lopend"
    COMPLETED = "afgerond"
    ABORTED = "afgebroken"

    @property
    def occupies_place(self) -> bool:
        """Whether the placement counts against capacity and overlap rules."""
        return self is not PlacementStatus.ABORTED


class EvaluationMoment(enum.StrEnum):
    MIDTERM = "tussentijds"
    FINAL = "eind"


class EvaluationAuthor(enum.StrEnum):
    SUPERVISOR = "begeleider"
    TRAINEE = "trainee"


class SessionType(enum.StrEnum):
    PARTICIPATION = "participatiesessie"
    INTERVISION = "intervisie"
    TRAINING = "training"
    KICK_OFF = "kick-off"
    NETWORK = "netwerkbijeenkomst"
    RETURN_DAY = "terugkomdag"


class AttendanceStatus(enum.StrEnum):
    INVITED = "uitgenodigd"
    REGISTERED = "aangemeld"
    PRESENT = "aanwezig"
    EXCUSED = "afwezig met bericht"
    ABSENT = "afwezig zonder bericht"


class ActionPointStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in behandeling"
    DONE = "afgerond"
