"""Bring a database to the schema of this version, safely.

* a new database gets the whole schema;
* an older one is backed up first (SQLite) and then upgraded;
* one written by a newer version, or a file that is not ours, is refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from coordinator_app.db.backup import timestamped_backup
from coordinator_app.db.engine import APPLICATION_ID
from coordinator_app.errors import NewerDatabaseError, NotACoordinatorDatabase

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions. Opening a database that is already there
# needs no Alembic at all (it is slow to import); a test keeps this equal to Alembic's head.
SCHEMA_HEAD = "0005"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision the database is stamped with (None: no schema yet)."""
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(revision) if revision is not None else None


def _check_sqlite_identity(connection: Connection, database: Path) -> None:
    app_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
    tables = set(inspect(connection).get_table_names())
    if app_id not in (0, APPLICATION_ID) or (tables and "alembic_version" not in tables):
        raise NotACoordinatorDatabase(
            f"{database} is geen Coordinator-database; het bestand is niet geopend."
        )


def upgrade_database(engine: Engine, sqlite_file: Path | None) -> str | None:
    """Upgrade to head; returns the path of the backup made first, if one was needed."""
    with engine.connect() as connection:
        if sqlite_file is not None:
            _check_sqlite_identity(connection, sqlite_file)
        current = current_revision(connection)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

    if current is not None and current not in known_revisions():
        raise NewerDatabaseError(
            "Deze database is gemaakt door een nieuwere versie van Coordinator "
            f"(schema {current}). Werk de applicatie bij om haar te openen."
        )
    backup: str | None = None
    if current is not None and sqlite_file is not None and sqlite_file.exists():
        backup = str(timestamped_backup(sqlite_file, f"voor-migratie-{current}"))
    with engine.connect() as connection:
        if sqlite_file is None:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
            return backup
        # SQLite rebuilds a table to alter it; with foreign keys on, dropping the old
        # table would fire ON DELETE CASCADE on its children. Switch them off (outside
        # any transaction, where the pragma works) and verify the references instead.
        raw = connection.connection.driver_connection
        assert raw is not None, "a connection that was just opened has its driver connection"
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:5]}")
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return backup


def record_writer_version(engine: Engine, version: str) -> None:
    """Remember which application version last opened the database for writing."""
    with engine.begin() as connection:
        updated = connection.execute(
            text("UPDATE app_meta SET value = :v WHERE key = 'last_written_by'"), {"v": version}
        ).rowcount
        if not updated:
            connection.execute(
                text("INSERT INTO app_meta (key, value) VALUES ('last_written_by', :v)"),
                {"v": version},
            )
