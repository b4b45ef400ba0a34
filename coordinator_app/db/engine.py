"""Engines and sessions for SQLite (the default, one file per user) and PostgreSQL.

SQLite is opened the careful way: foreign keys on, WAL journal, ``synchronous=FULL``
and a busy timeout, and every transaction begins with ``BEGIN IMMEDIATE`` so that a
writer waits for the lock instead of failing half-way (SQLAlchemy's documented
recipe: take over transaction control from the ``sqlite3`` module).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from coordinator_app.errors import CoordinatorError, DatabaseBusyError, DatabaseOpenError
from coordinator_app.paths import DATABASE_ENV_VAR, default_database_path

ENV_VAR = DATABASE_ENV_VAR
BUSY_TIMEOUT_MS = 10_000
# "Coor" in ASCII: marks a SQLite file as ours (PRAGMA application_id).
APPLICATION_ID = 0x436F6F72
# Execution option that marks an engine (and so its sessions) as one that writes.
WRITE_OPTION = "coordinator_writes"
# key in a pooled connection's info: {pragma: value to set again when it returns to the pool}
_RESTORE_AT_CHECKIN = "restore_at_checkin"
# The page cache for a bulk write, in KiB (64 MB at most, taken only as needed).
ROOMY_CACHE_KIB = 65536


def resolve_database_url(given: str | None = None) -> URL:
    """Turn ``--db``, ``$COORDINATOR_DB`` or the default location into a SQLAlchemy URL.

    A value with ``://`` is a URL (``postgresql+psycopg://...``); anything else is a
    path to a SQLite file.
    """
    raw = given or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in raw:
        try:
            url = make_url(raw)
        except ArgumentError as exc:
            raise DatabaseOpenError(f"Ongeldige database-URL: {safe_url(raw)}") from exc
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise DatabaseOpenError(
                f"Databasesoort '{url.get_backend_name()}' wordt niet ondersteund; "
                "gebruik een SQLite-bestand of postgresql+psycopg://..."
            )
        return url
    path = Path(raw).expanduser()
    return URL.create("sqlite+pysqlite", database=str(path))


def safe_url(url: URL | str) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        parsed = url if isinstance(url, URL) else make_url(url)
    except ArgumentError:
        return "<ongeldige URL>"
    return parsed.render_as_string(hide_password=True)


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy (below) emit BEGIN itself; pysqlite would otherwise begin lazily.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
            if not mode or str(mode[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode = DELETE")
            cursor.execute("PRAGMA synchronous = FULL")
            # Erased personal data is overwritten, not just unlinked from the b-tree.
            cursor.execute("PRAGMA secure_delete = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: sqlite3.Connection | None, record: Any) -> None:
        restore = record.info.pop(_RESTORE_AT_CHECKIN, {})
        if dbapi_connection is not None:
            for pragma, value in restore.items():
                dbapi_connection.execute(f"PRAGMA {pragma} = {int(value)}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front (waiting up to the busy timeout) so they
        # never fail half-way on a lock upgrade; readers begin deferred and, in WAL
        # mode, never block anyone.
        if connection.get_execution_options().get(WRITE_OPTION):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def defer_checkpoint(session: Session) -> None:
    """Let this session's commit leave the WAL as it is, for a large bulk write.

    At the commit that takes the write-ahead log past 1000 pages, SQLite copies the
    log back into the database file and syncs it; after an import of thousands of
    records that copy takes as long as the commit itself. Deferred, it happens at
    the next ordinary commit or when the database is closed. The data is safe
    either way: the commit has synced the log. The connection gets its usual
    setting back when it returns to the pool.
    """
    _set_until_checkin(session, "wal_autocheckpoint", 0)


def roomy_page_cache(session: Session) -> None:
    """Room in memory for every page a bulk write changes, until the connection is returned.

    The default cache (2 MB) is much smaller than 20,000 records with their history
    and indexes: SQLite would write pages out half-way and write them again later.
    The cache only takes the memory it needs, and the connection gets its usual
    size back when it returns to the pool.
    """
    _set_until_checkin(session, "cache_size", -ROOMY_CACHE_KIB)


def _set_until_checkin(session: Session, pragma: str, value: int) -> None:
    """Set a PRAGMA on the session's SQLite connection; the pool check-in sets it back."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    restore = connection.connection.info.setdefault(_RESTORE_AT_CHECKIN, {})
    if pragma not in restore:
        restore[pragma] = connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()
    connection.exec_driver_sql(f"PRAGMA {pragma} = {int(value)}")


def create_db_engine(url: URL, *, echo: bool = False) -> Engine:
    """An engine for ``url`` with the settings this application relies on.

    ``hide_parameters`` keeps the values of a failed statement (names, e-mail
    addresses, notes) out of SQLAlchemy's error messages, and so out of the log.
    """
    try:
        if is_sqlite(url):
            path = sqlite_path(url)
            if path is not None and not path.parent.exists():
                raise DatabaseOpenError(f"De map {path.parent} bestaat niet.")
            engine = create_engine(url, echo=echo, hide_parameters=True)
            _configure_sqlite(engine)
        else:
            engine = create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)
    except NoSuchModuleError as exc:
        raise DatabaseOpenError(f"Geen databasestuurprogramma voor {safe_url(url)}: {exc}") from exc
    except ModuleNotFoundError as exc:
        raise DatabaseOpenError(
            f"Het stuurprogramma '{exc.name}' voor {url.get_backend_name()} is niet geïnstalleerd."
        ) from exc
    return engine


def describe_operational_error(exc: OperationalError, url: URL) -> str:
    """A one-line Dutch message for a failure to reach or use the database."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return (
            "De database is bezet door een ander programma of venster. "
            "Probeer het over enkele ogenblikken opnieuw."
        )
    if "unable to open" in lowered:
        return f"Kan het databasebestand {safe_url(url)} niet openen."
    if "not a database" in lowered or "malformed" in lowered:
        return f"{safe_url(url)} is geen geldig databasebestand (of is beschadigd)."
    first_line = text.strip().splitlines()[0] if text.strip() else type(exc.orig).__name__
    password = url.password
    if password:
        first_line = first_line.replace(str(password), "***")
    return f"Kan geen verbinding maken met {safe_url(url)}: {first_line}"


def translate_operational_error(exc: OperationalError, url: URL) -> CoordinatorError:
    message = describe_operational_error(exc, url)
    if message.startswith("De database is bezet"):
        return DatabaseBusyError(message)
    return DatabaseOpenError(message)


def make_session_factories(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """(writer, reader): the writer's transactions begin IMMEDIATE on SQLite."""
    writer = sessionmaker(
        bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
    )
    reader = sessionmaker(bind=engine, expire_on_commit=False)
    return writer, reader
