"""Backup and restore as the user sees them: make one, look inside one, put one back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from coordinator_app.db.backup import (
    backup_sqlite,
    expire_backups,
    quick_check,
    restore_into,
    timestamped_backup,
)
from coordinator_app.db.engine import APPLICATION_ID, sqlite_path
from coordinator_app.db.migrate import known_revisions
from coordinator_app.db.store import SQLITE_MAGIC
from coordinator_app.errors import CoordinatorError
from coordinator_app.services.stats import COUNTED


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    revision: str | None
    counts: dict[str, int]


def _require_sqlite(url: URL) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise CoordinatorError(
            "Back-up en terugzetten gaan over een SQLite-bestand. Maak van een gedeelde "
            "PostgreSQL-database een back-up met pg_dump, of kopieer haar eerst met copy-to."
        )
    return path


def make_backup(url: URL, out: Path | None = None, keep: int | None = None) -> Path:
    """A backup of the database at ``url``: to ``out``, or timestamped in ``backups/``."""
    database = _require_sqlite(url)
    if not database.exists():
        raise CoordinatorError(f"Het databasebestand {database} bestaat niet.")
    if out is not None:
        if out.exists() and out.resolve() == database.resolve():
            raise CoordinatorError("Het back-upbestand mag niet de database zelf zijn.")
        return backup_sqlite(database, out)
    return timestamped_backup(database, "handmatig", keep=keep)


def inspect_backup(path: Path) -> BackupSummary:
    """What a backup holds, read without changing it; refuses what is not ours."""
    if not path.is_file():
        raise CoordinatorError(f"Het bestand {path} bestaat niet.")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise CoordinatorError(f"{path.name} is geen back-up van een Coordinator-database.")
    problems = quick_check(path)
    if problems:
        raise CoordinatorError(f"De back-up {path.name} is beschadigd: {problems[0]}")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if app_id != APPLICATION_ID or "alembic_version" not in tables:
            raise CoordinatorError(f"{path.name} is geen back-up van een Coordinator-database.")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        counts = {
            key: connection.execute(f"SELECT count(*) FROM {model.__tablename__}").fetchone()[0]
            for key, model in COUNTED.items()
            if model.__tablename__ in tables
        }
    finally:
        connection.close()
    rev = revision[0] if revision else None
    if rev is not None and rev not in known_revisions():
        raise CoordinatorError(
            f"De back-up {path.name} komt van een nieuwere versie van Coordinator."
        )
    return BackupSummary(path, rev, counts)


def restore_backup(backup: Path, url: URL) -> Path | None:
    """Put ``backup`` in place of the database at ``url``.

    The current database is first backed up itself (returned), so a restore can be
    undone by restoring that file.
    """
    database = _require_sqlite(url)
    inspect_backup(backup)
    safety = None
    if database.exists():
        safety = timestamped_backup(database, "voor-terugzetten")
    database.parent.mkdir(parents=True, exist_ok=True)
    restore_into(backup, database)
    return safety


def retention_cutoff(months: int, today: dt.date) -> dt.datetime:
    return dt.datetime.combine(today, dt.time()) - dt.timedelta(days=round(months * 30.44))


def expire_old_backups(database: Path | None, months: int, today: dt.date) -> list[Path]:
    """Delete the backups of ``database`` made longer than the retention period ago.

    A backup holds the personal data of everyone who was in the database then, so it
    may not outlive the retention period (AVG): a person anonymised or erased since
    is gone from the backups too once they expire. A shared server (``database``
    None) keeps its backups itself.
    """
    if database is None:
        return []
    return expire_backups(database, retention_cutoff(months, today))
