"""Declarative base, naming convention and the shared column mixins."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Enum,
    Integer,
    MetaData,
    String,
    func,
    or_,
    type_coerce,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints keep Alembic migrations deterministic on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def enum_column(enum_cls: type[enum.Enum], name: str) -> Enum:
    """A portable enum: stored as its value in a VARCHAR with a CHECK constraint.

    The CHECK is added by :func:`add_enum_checks` once the tables exist.
    """
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=max(len(str(m.value)) for m in enum_cls) + 8,
        values_callable=lambda members: [m.value for m in members],
    )


def add_enum_checks(metadata: MetaData) -> None:
    """Give every enum column a CHECK that allows only its members' values.

    Written as ``column = 'a' OR column = 'b' ...`` rather than SQLAlchemy's own
    ``column IN ('a', 'b', ...)``: the same values pass (NULL included), but SQLite
    builds a lookup table for an IN list at every row it writes, which made bulk
    inserts a fifth slower. Migration 0005 gave existing databases the same form.
    """
    if metadata.info.get("enum_checks"):
        return
    metadata.info["enum_checks"] = True
    for table in metadata.tables.values():
        for column in table.columns:
            kind = column.type
            if not isinstance(kind, Enum) or kind.name is None:
                continue
            text = type_coerce(column, String())
            table.append_constraint(
                CheckConstraint(or_(*(text == value for value in kind.enums)), name=kind.name)
            )


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime,
        nullable=False,
        default=utcnow,
        onupdate=utcnow,
        server_default=func.current_timestamp(),
    )


class Versioned(Timestamped):
    """An editable record: a version counter guards against lost updates.

    SQLAlchemy adds ``WHERE version = :old`` to every UPDATE and raises
    ``StaleDataError`` when another writer got there first.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
