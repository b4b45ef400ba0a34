"""Provinces and municipalities of Groningen and Drenthe, current and former."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordinator_app.models.base import Base


class Province(Base):
    __tablename__ = "province"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)

    municipalities: Mapped[list[Municipality]] = relationship(back_populates="province")


class Municipality(Base):
    __tablename__ = "municipality"
    __table_args__ = (
        CheckConstraint("latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint("longitude BETWEEN -180 AND 180", name="longitude_range"),
        CheckConstraint("cbs_code LIKE 'GM____'", name="cbs_code_format"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cbs_code: Mapped[str] = mapped_column(String(6), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    province_id: Mapped[int] = mapped_column(ForeignKey("province.id"))
    subregion: Mapped[str | None] = mapped_column(String(40))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)

    province: Mapped[Province] = relationship(back_populates="municipalities")
    former_names: Mapped[list[FormerMunicipality]] = relationship(back_populates="merged_into")

    def __repr__(self) -> str:
        return f"Municipality({self.cbs_code} {self.name})"


class FormerMunicipality(Base):
    """A municipality that merged into a current one; old spreadsheets still use its name."""

    __tablename__ = "former_municipality"

    id: Mapped[int] = mapped_column(primary_key=True)
    cbs_code: Mapped[str] = mapped_column(String(6), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    merged_into_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"))
    merged_on: Mapped[dt.date] = mapped_column(Date)

    merged_into: Mapped[Municipality] = relationship(back_populates="former_names")
