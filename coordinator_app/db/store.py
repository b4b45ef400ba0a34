"""Opening a database: check what it is, migrate it, and hand out sessions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from coordinator_app import __version__
from coordinator_app.db.backup import move_aside, newest_good_backup, quick_check
from coordinator_app.db.engine import (
    create_db_engine,
    make_session_factories,
    safe_url,
    sqlite_path,
    translate_operational_error,
)
from coordinator_app.db.migrate import record_writer_version, upgrade_database
from coordinator_app.errors import DatabaseCorrupt, DatabaseOpenError, NotACoordinatorDatabase

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Store:
    """An open database: its URL, engine and the one session factory of the app."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]  # for writing: BEGIN IMMEDIATE on SQLite
    read_factory: sessionmaker[Session]  # for reading: never blocks a writer
    migration_backup: str | None = None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path is not None else safe_url(self.url)

    def close(self) -> None:
        self.engine.dispose()


def _check_file_header(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is een map, geen databasebestand.")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise NotACoordinatorDatabase(
            f"{path} is geen Coordinator-database (geen SQLite-bestand); het is niet geopend."
        )


def _check_integrity(path: Path) -> None:
    """Refuse a damaged file: move it aside (with its -wal) and point to a backup."""
    if not path.exists() or path.stat().st_size == 0:
        return
    problems = quick_check(path)
    if not problems or any("locked" in p or "busy" in p for p in problems):
        return
    moved = move_aside(path)
    backup = newest_good_backup(path)
    advice = (
        f" De nieuwste goede back-up is {backup.path.name} van "
        f"{backup.made_at:%d-%m-%Y %H:%M}; zet die terug met 'coordinator-app restore'."
        if backup
        else " Er is geen goede back-up gevonden."
    )
    raise DatabaseCorrupt(
        f"De database {path.name} is beschadigd ({problems[0]}). Het bestand is niet "
        f"verwijderd maar verplaatst naar {moved.name}.{advice}",
        moved_to=str(moved),
        backup=str(backup.path) if backup else None,
    )


def open_store(url: URL, *, create: bool = True) -> Store:
    """Open (and if needed create and migrate) the database at ``url``."""
    path = sqlite_path(url)
    if path is not None:
        if not create and not path.exists():
            raise DatabaseOpenError(f"Het databasebestand {path} bestaat niet.")
        _check_file_header(path)
        _check_integrity(path)
    engine = create_db_engine(url)
    try:
        backup = upgrade_database(engine, path)
        record_writer_version(engine, __version__)
    except OperationalError as exc:
        engine.dispose()
        raise translate_operational_error(exc, url) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise NotACoordinatorDatabase(
            f"{safe_url(url)} kan niet als Coordinator-database worden gelezen: "
            f"{str(exc.orig).splitlines()[0] if exc.orig else exc}"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    if path is not None:
        path.chmod(0o600)
    writer, reader = make_session_factories(engine)
    return Store(url, engine, writer, reader, migration_backup=backup)
