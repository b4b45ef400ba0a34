"""Trainees and what they bring: competences, theme interests and preferences."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from coordinator_app.models.base import Base, Versioned, enum_column
from coordinator_app.models.enums import EducationLevel, TraineeStatus
from coordinator_app.models.programme import Coach, Cohort, Competence, Theme
from coordinator_app.models.reference import Municipality
from coordinator_app.text import full_name, listed_name, sort_key

trainee_theme = Table(
    "trainee_theme",
    Base.metadata,
    Column("trainee_id", ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)


class TraineeCompetence(Base):
    """A competence a trainee has, optionally with a level from 1 to 5."""

    __tablename__ = "trainee_competence"
    __table_args__ = (CheckConstraint("level IS NULL OR level BETWEEN 1 AND 5", name="level"),)

    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True
    )
    competence_id: Mapped[int] = mapped_column(
        ForeignKey("competence.id", ondelete="CASCADE"), primary_key=True
    )
    level: Mapped[int | None] = mapped_column(Integer)

    competence: Mapped[Competence] = relationship()


class Trainee(Versioned, Base):
    __tablename__ = "trainee"
    __table_args__ = (
        CheckConstraint(
            "contract_end IS NULL OR contract_start IS NULL OR contract_end > contract_start",
            name="contract_period",
        ),
        CheckConstraint("email LIKE '%_@_%'", name="email_format"),
        CheckConstraint("length(trim(surname)) > 0", name="surname_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(80))
    prefix: Mapped[str] = mapped_column(String(30), default="", server_default="")
    surname: Mapped[str] = mapped_column(String(120))
    sort_name: Mapped[str] = mapped_column(String(260), index=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    education_level: Mapped[EducationLevel] = mapped_column(
        enum_column(EducationLevel, "education_level")
    )
    field_of_study: Mapped[str | None] = mapped_column(String(160))
    home_municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    cohort_id: Mapped[int | None] = mapped_column(
        ForeignKey("cohort.id", ondelete="RESTRICT"), index=True
    )
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id", ondelete="SET NULL"))
    status: Mapped[TraineeStatus] = mapped_column(
        enum_column(TraineeStatus, "trainee_status"), default=TraineeStatus.ACTIVE
    )
    contract_start: Mapped[dt.date | None] = mapped_column(Date)
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    checkin_code: Mapped[str] = mapped_column(String(16), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    home_municipality: Mapped[Municipality | None] = relationship()
    cohort: Mapped[Cohort | None] = relationship()
    coach: Mapped[Coach | None] = relationship()
    competences: Mapped[list[TraineeCompetence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    themes: Mapped[list[Theme]] = relationship(secondary=trainee_theme, passive_deletes=True)
    preferences: Mapped[list[Preference]] = relationship(
        back_populates="trainee",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Preference.rank",
    )

    @validates("email")
    def _normalise_email(self, _key: str, value: str) -> str:
        return value.strip().lower()

    @validates("given_name", "prefix", "surname")
    def _strip_name(self, _key: str, value: str | None) -> str:
        return " ".join((value or "").split())

    @property
    def full_name(self) -> str:
        return full_name(self.given_name, self.prefix, self.surname)

    @property
    def listed_name(self) -> str:
        return listed_name(self.given_name, self.prefix, self.surname)

    def __repr__(self) -> str:
        return f"Trainee({self.full_name!r}, {self.email!r})"


@event.listens_for(Trainee, "before_insert")
@event.listens_for(Trainee, "before_update")
def _keep_sort_name(_mapper: object, _connection: object, trainee: Trainee) -> None:
    trainee.sort_name = sort_key(trainee.given_name, trainee.prefix, trainee.surname)


class Preference(Base):
    """A trainee's own wish for an assignment; rank 1 is the strongest."""

    __tablename__ = "preference"
    __table_args__ = (
        UniqueConstraint("trainee_id", "rank"),
        CheckConstraint("rank BETWEEN 1 AND 10", name="rank_range"),
    )

    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True
    )
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), primary_key=True
    )
    rank: Mapped[int] = mapped_column(Integer)

    trainee: Mapped[Trainee] = relationship(back_populates="preferences")
