"""Optimistic locking: an edit saves only over the version its editor saw.

Every editable table has a ``version`` column that SQLAlchemy increments on each
UPDATE (and checks in the UPDATE's WHERE clause). A form remembers the version it
loaded; on save, :func:`check_version` compares it inside the write transaction, so a
colleague's save in between is reported instead of silently overwritten.
"""

from __future__ import annotations

from typing import Protocol

from coordinator_app.errors import CoordinatorError


class _HasVersion(Protocol):
    id: int
    version: int


class EditConflict(CoordinatorError):
    """Someone else saved this record after it was opened here."""

    def __init__(
        self, kind: str = "", record_id: int | None = None, seen: int = 0, current: int = 0
    ) -> None:
        super().__init__(
            "Iemand anders heeft dit record gewijzigd nadat u het opende. "
            "Bekijk de wijzigingen van de ander, of sla uw versie bewust opnieuw op."
        )
        self.kind = kind
        self.record_id = record_id
        self.seen = seen
        self.current = current


def check_version(record: _HasVersion, seen_version: int) -> None:
    if record.version != seen_version:
        raise EditConflict(type(record).__name__, record.id, seen_version, record.version)
