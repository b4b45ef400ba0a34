"""Placements (a trainee on an assignment in one rotation) and their evaluations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordinator_app.models.assignment import Assignment
from coordinator_app.models.base import Base, Versioned, enum_column
from coordinator_app.models.enums import EvaluationAuthor, EvaluationMoment, PlacementStatus
from coordinator_app.models.trainee import Trainee


class Placement(Versioned, Base):
    __tablename__ = "placement"
    __table_args__ = (
        CheckConstraint("end_date > start_date", name="period"),
        CheckConstraint("rotation BETWEEN 1 AND 12", name="rotation_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(
        ForeignKey("trainee.id", ondelete="CASCADE"), index=True
    )
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignment.id", ondelete="RESTRICT"), index=True
    )
    rotation: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[PlacementStatus] = mapped_column(
        enum_column(PlacementStatus, "placement_status"), default=PlacementStatus.PROPOSED
    )
    locked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    trainee: Mapped[Trainee] = relationship()
    assignment: Mapped[Assignment] = relationship()
    evaluations: Mapped[list[Evaluation]] = relationship(
        back_populates="placement", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return (
            f"Placement(trainee={self.trainee_id}, assignment={self.assignment_id}, "
            f"rotation={self.rotation}, {self.start_date}..{self.end_date})"
        )


class Evaluation(Versioned, Base):
    """A mid-term or final evaluation, written by the supervisor or by the trainee."""

    __tablename__ = "evaluation"
    __table_args__ = (
        UniqueConstraint("placement_id", "moment", "author"),
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 10", name="score_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    moment: Mapped[EvaluationMoment] = mapped_column(
        enum_column(EvaluationMoment, "evaluation_moment")
    )
    author: Mapped[EvaluationAuthor] = mapped_column(
        enum_column(EvaluationAuthor, "evaluation_author")
    )
    score: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="", server_default="")
    written_on: Mapped[dt.date | None] = mapped_column(Date)

    placement: Mapped[Placement] = relationship(back_populates="evaluations")
