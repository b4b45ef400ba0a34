"""Never reuse ids on SQLite (AUTOINCREMENT on every editable table)

Without AUTOINCREMENT SQLite hands out the highest deleted id again, so a record
created after a delete could take the id that undo needs to restore the deleted one.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 19:05:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "programme", "cohort", "coach", "trainee", "organisation", "contact_person",
    "assignment", "placement", "evaluation", "session_series", "session",
    "guest_participant", "attendance", "action_point",
)  # fmt: skip


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL sequences never hand out an id twice
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
