"""Programmes, their cohorts (lichtingen), coaches, and the theme/competence vocabularies."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordinator_app.models.base import Base, Versioned


class Programme(Versioned, Base):
    __tablename__ = "programme"
    __table_args__ = (
        CheckConstraint("rotations_per_trainee BETWEEN 1 AND 12", name="rotations_range"),
        CheckConstraint("rotation_months BETWEEN 1 AND 36", name="rotation_months_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    rotations_per_trainee: Mapped[int] = mapped_column(default=3, server_default="3")
    rotation_months: Mapped[int] = mapped_column(default=8, server_default="8")
    distinct_organisations: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default=true()
    )

    cohorts: Mapped[list[Cohort]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="Cohort.start_date"
    )

    def __repr__(self) -> str:
        return f"Programme({self.name!r})"


class Cohort(Versioned, Base):
    """A lichting: the trainees of one programme who start together."""

    __tablename__ = "cohort"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120), unique=True)
    start_date: Mapped[dt.date] = mapped_column(Date)

    programme: Mapped[Programme] = relationship(back_populates="cohorts")

    def __repr__(self) -> str:
        return f"Cohort({self.name!r})"


class Coach(Versioned, Base):
    __tablename__ = "coach"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))


class Theme(Base):
    """A policy area (beleidsterrein); users may add their own."""

    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)

    def __repr__(self) -> str:
        return f"Theme({self.name!r})"


class Competence(Base):
    __tablename__ = "competence"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)

    def __repr__(self) -> str:
        return f"Competence({self.name!r})"
