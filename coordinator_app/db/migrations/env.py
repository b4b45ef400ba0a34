"""Alembic environment: runs on the connection the application hands over."""

from __future__ import annotations

from alembic import context

from coordinator_app.models import Base

config = context.config
target_metadata = Base.metadata


def _run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Migrations run through coordinator_app.db.migrate, not alone.")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


_run()
