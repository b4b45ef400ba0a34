"""Assignments (opdrachten) offered by host organisations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordinator_app.models.base import Base, Versioned, enum_column
from coordinator_app.models.enums import AssignmentStatus, LevelCategory
from coordinator_app.models.organisation import ContactPerson, Organisation
from coordinator_app.models.programme import Competence, Programme, Theme
from coordinator_app.models.reference import Municipality

assignment_programme = Table(
    "assignment_programme",
    Base.metadata,
    Column("assignment_id", ForeignKey("assignment.id", ondelete="CASCADE"), primary_key=True),
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True),
)

assignment_theme = Table(
    "assignment_theme",
    Base.metadata,
    Column("assignment_id", ForeignKey("assignment.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)


class AssignmentLevel(Base):
    """A level category (mbo, hbo, wo) that an assignment accepts."""

    __tablename__ = "assignment_level"

    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), primary_key=True
    )
    level: Mapped[LevelCategory] = mapped_column(
        enum_column(LevelCategory, "level_category"), primary_key=True
    )


class AssignmentCompetence(Base):
    __tablename__ = "assignment_competence"
    __table_args__ = (CheckConstraint("level IS NULL OR level BETWEEN 1 AND 5", name="level"),)

    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="CASCADE"), primary_key=True
    )
    competence_id: Mapped[int] = mapped_column(
        ForeignKey("competence.id", ondelete="CASCADE"), primary_key=True
    )
    level: Mapped[int | None] = mapped_column(Integer)

    competence: Mapped[Competence] = relationship()


class Assignment(Versioned, Base):
    __tablename__ = "assignment"
    __table_args__ = (
        CheckConstraint("end_date > start_date", name="period"),
        CheckConstraint("places >= 1", name="places_positive"),
        CheckConstraint("hours_per_week > 0 AND hours_per_week <= 40", name="hours_range"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    places: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    hours_per_week: Mapped[float] = mapped_column(Float, default=36, server_default="36")
    supervisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL")
    )
    status: Mapped[AssignmentStatus] = mapped_column(
        enum_column(AssignmentStatus, "assignment_status"), default=AssignmentStatus.OPEN
    )

    organisation: Mapped[Organisation] = relationship()
    municipality: Mapped[Municipality | None] = relationship()
    supervisor: Mapped[ContactPerson | None] = relationship()
    programmes: Mapped[list[Programme]] = relationship(
        secondary=assignment_programme, passive_deletes=True
    )
    themes: Mapped[list[Theme]] = relationship(secondary=assignment_theme, passive_deletes=True)
    level_rows: Mapped[list[AssignmentLevel]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    competences: Mapped[list[AssignmentCompetence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def accepted_levels(self) -> frozenset[LevelCategory]:
        return frozenset(row.level for row in self.level_rows)

    @accepted_levels.setter
    def accepted_levels(self, levels: set[LevelCategory] | frozenset[LevelCategory]) -> None:
        wanted = set(levels)
        self.level_rows = [row for row in self.level_rows if row.level in wanted] + [
            AssignmentLevel(level=level)
            for level in sorted(wanted - {row.level for row in self.level_rows})
        ]

    def __repr__(self) -> str:
        return f"Assignment({self.title!r})"
