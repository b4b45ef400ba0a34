"""The region's reference data: provinces, municipalities and their former names."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.models import FormerMunicipality, Municipality, Province
from coordinator_app.paths import resources_dir
from coordinator_app.text import fold


def reference_dir() -> Path:
    return resources_dir() / "reference"


@dataclass(frozen=True)
class MunicipalityRow:
    cbs_code: str
    name: str
    province: str
    subregion: str | None
    latitude: float
    longitude: float


@dataclass(frozen=True)
class FormerRow:
    cbs_code: str
    name: str
    merged_into_cbs_code: str
    merged_on: dt.date


def read_municipalities(folder: Path | None = None) -> list[MunicipalityRow]:
    with ((folder or reference_dir()) / "municipalities.csv").open(encoding="utf-8") as fh:
        return [
            MunicipalityRow(
                cbs_code=row["cbs_code"],
                name=row["name"],
                province=row["province"],
                subregion=row["labour_market_subregion"] or None,
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
            )
            for row in csv.DictReader(fh)
        ]


def read_former_municipalities(folder: Path | None = None) -> list[FormerRow]:
    path = (folder or reference_dir()) / "historical_municipalities.csv"
    with path.open(encoding="utf-8") as fh:
        return [
            FormerRow(
                cbs_code=row["cbs_code"],
                name=row["name"],
                merged_into_cbs_code=row["merged_into_cbs_code"],
                merged_on=dt.date.fromisoformat(row["merged_on"]),
            )
            for row in csv.DictReader(fh)
        ]


def ensure_reference_data(session: Session) -> int:
    """Insert the reference rows that are missing; returns how many were added."""
    added = 0
    provinces = {p.name: p for p in session.scalars(select(Province))}
    municipalities = {m.cbs_code: m for m in session.scalars(select(Municipality))}
    for row in read_municipalities():
        province = provinces.get(row.province)
        if province is None:
            province = provinces[row.province] = Province(name=row.province)
            session.add(province)
            added += 1
        if row.cbs_code not in municipalities:
            municipality = Municipality(
                cbs_code=row.cbs_code,
                name=row.name,
                province=province,
                subregion=row.subregion,
                latitude=row.latitude,
                longitude=row.longitude,
            )
            session.add(municipality)
            municipalities[row.cbs_code] = municipality
            added += 1
    known_former = set(session.scalars(select(FormerMunicipality.cbs_code)))
    for former in read_former_municipalities():
        if former.cbs_code not in known_former:
            session.add(
                FormerMunicipality(
                    cbs_code=former.cbs_code,
                    name=former.name,
                    merged_into=municipalities[former.merged_into_cbs_code],
                    merged_on=former.merged_on,
                )
            )
            added += 1
    session.flush()
    return added


class MunicipalityResolver:
    """Finds today's municipality for a name or CBS code as people write it.

    "groningen", "GM0014", "Appingedam" (merged into Eemsdelta in 2021) and
    "Winsum" (split in 2019, mapped to Het Hogeland) all resolve.
    """

    def __init__(self, session: Session) -> None:
        self._by_key: dict[str, Municipality] = {}
        for municipality in session.scalars(select(Municipality)):
            self._by_key[fold(municipality.name)] = municipality
            self._by_key[fold(municipality.cbs_code)] = municipality
        for former in session.scalars(select(FormerMunicipality)):
            self._by_key.setdefault(fold(former.name), former.merged_into)
            self._by_key.setdefault(fold(former.cbs_code), former.merged_into)

    def resolve(self, text: str | None) -> Municipality | None:
        if not text:
            return None
        key = fold(text)
        for prefix in ("gemeente ", "gem. "):
            if key.startswith(prefix):
                key = key[len(prefix) :]
        return self._by_key.get(key.strip())
