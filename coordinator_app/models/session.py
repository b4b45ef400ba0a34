"""Participation sessions, who was invited and came, and what came out of them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from coordinator_app.models.base import Base, Versioned, enum_column
from coordinator_app.models.enums import (
    ActionPointStatus,
    AttendanceStatus,
    EducationLevel,
    SessionType,
)
from coordinator_app.models.programme import Cohort, Programme, Theme
from coordinator_app.models.reference import Municipality
from coordinator_app.models.trainee import Trainee

session_cohort = Table(
    "session_cohort",
    Base.metadata,
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
    Column("cohort_id", ForeignKey("cohort.id", ondelete="CASCADE"), primary_key=True),
)

session_programme = Table(
    "session_programme",
    Base.metadata,
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True),
)

session_theme = Table(
    "session_theme",
    Base.metadata,
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True),
)


class SessionSeries(Versioned, Base):
    """A recurring series (e.g. every Friday from September to June, minus holidays).

    The occurrences are ordinary sessions that point here; the series remembers how
    they were made so "edit the rest of the series" knows which ones belong.
    """

    __tablename__ = "session_series"
    __table_args__ = (
        CheckConstraint("last_date >= first_date", name="dates"),
        CheckConstraint("interval_weeks BETWEEN 1 AND 52", name="interval_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    first_date: Mapped[dt.date] = mapped_column(Date)
    last_date: Mapped[dt.date] = mapped_column(Date)
    interval_weeks: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    skipped_dates: Mapped[str] = mapped_column(Text, default="", server_default="")

    sessions: Mapped[list[Session]] = relationship(
        back_populates="series", order_by="Session.date", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"SessionSeries({self.title!r})"


class Session(Versioned, Base):
    """A bijeenkomst: training day, intervision, participation session, ..."""

    __tablename__ = "session"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="times"),
        CheckConstraint("capacity IS NULL OR capacity >= 1", name="capacity_positive"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[SessionType] = mapped_column(enum_column(SessionType, "session_type"))
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    location: Mapped[str | None] = mapped_column(String(200))
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    facilitator: Mapped[str | None] = mapped_column(String(160))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    outcome_notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_series.id", ondelete="SET NULL"), index=True
    )

    series: Mapped[SessionSeries | None] = relationship(back_populates="sessions")
    municipality: Mapped[Municipality | None] = relationship()
    invited_cohorts: Mapped[list[Cohort]] = relationship(
        secondary=session_cohort, passive_deletes=True
    )
    invited_programmes: Mapped[list[Programme]] = relationship(
        secondary=session_programme, passive_deletes=True
    )
    themes_raised: Mapped[list[Theme]] = relationship(secondary=session_theme, passive_deletes=True)
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )
    action_points: Mapped[list[ActionPoint]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"Session({self.title!r}, {self.date})"


class GuestParticipant(Versioned, Base):
    """Someone who attends sessions without being a trainee (an mbo employee, a supervisor)."""

    __tablename__ = "guest_participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    organisation_name: Mapped[str | None] = mapped_column(String(160))
    education_level: Mapped[EducationLevel | None] = mapped_column(
        enum_column(EducationLevel, "education_level")
    )
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    checkin_code: Mapped[str] = mapped_column(String(16), unique=True)

    @validates("email")
    def _normalise_email(self, _key: str, value: str | None) -> str | None:
        return value.strip().lower() if value else None


class Attendance(Versioned, Base):
    """One participant at one session: invited, registered, present or absent."""

    __tablename__ = "attendance"
    __table_args__ = (
        CheckConstraint(
            "(trainee_id IS NULL) <> (guest_id IS NULL)", name="exactly_one_participant"
        ),
        CheckConstraint(
            "feedback_score IS NULL OR feedback_score BETWEEN 1 AND 5", name="feedback_range"
        ),
        UniqueConstraint("session_id", "trainee_id"),
        UniqueConstraint("session_id", "guest_id"),
        Index("ix_attendance_trainee", "trainee_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    trainee_id: Mapped[int | None] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    guest_id: Mapped[int | None] = mapped_column(
        ForeignKey("guest_participant.id", ondelete="CASCADE")
    )
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_column(AttendanceStatus, "attendance_status"), default=AttendanceStatus.INVITED
    )
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    feedback_score: Mapped[int | None] = mapped_column(Integer)
    feedback_comment: Mapped[str | None] = mapped_column(Text)

    session: Mapped[Session] = relationship(back_populates="attendances")
    trainee: Mapped[Trainee | None] = relationship()
    guest: Mapped[GuestParticipant | None] = relationship()


class ActionPoint(Versioned, Base):
    __tablename__ = "action_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(160))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionPointStatus] = mapped_column(
        enum_column(ActionPointStatus, "action_point_status"), default=ActionPointStatus.OPEN
    )

    session: Mapped[Session] = relationship(back_populates="action_points")
