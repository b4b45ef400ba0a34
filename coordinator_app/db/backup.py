"""Backups of a SQLite database, made with SQLite's online backup API.

The backup API copies a consistent snapshot even while another connection writes,
which a plain file copy of a WAL database does not. Backups live in ``backups/``
next to the database, are readable by the owner only, and the newest N are kept.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

BACKUP_SUFFIX = ".sqlite3"
_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})-")


def _private(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, 0o600)


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy the database at ``source`` to ``destination`` (replaced atomically)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(destination.parent, 0o700)
    partial = destination.with_name(destination.name + ".part")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _private(partial)
    os.replace(partial, destination)
    return destination


def backup_dir_for(database: Path) -> Path:
    return database.parent / "backups"


def timestamped_backup(database: Path, reason: str, keep: int | None = None) -> Path:
    """A backup in the database's ``backups/`` folder named after the moment and reason.

    With ``keep``, only the newest ``keep`` backups of this database remain.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "backup"
    target = backup_dir_for(database) / f"{database.stem}-{stamp}-{safe_reason}{BACKUP_SUFFIX}"
    backup_sqlite(database, target)
    if keep is not None:
        prune_backups(database, keep)
    return target


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of ``database``, newest first."""
    folder = backup_dir_for(database)
    found = []
    for path in folder.glob(f"{database.stem}-*{BACKUP_SUFFIX}"):
        match = _STAMP.search(path.name[len(database.stem) :])
        if not match:
            continue
        made_at = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
        reason = path.name[len(database.stem) + match.end() : -len(BACKUP_SUFFIX)]
        found.append(BackupInfo(path, made_at, reason))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def prune_backups(database: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns what was deleted."""
    removed = []
    for info in list_backups(database)[max(keep, 1) :]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def expire_backups(database: Path, older_than: dt.datetime) -> list[Path]:
    """Delete backups made before ``older_than`` (the retention period)."""
    removed = []
    for info in list_backups(database):
        if info.made_at < older_than:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check of a file: an empty list when it is sound."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        # The report of a damaged file can quote its damaged bytes, which need not be
        # UTF-8: read them as text that says so rather than fail on them.
        connection.text_factory = _lenient_text
        try:
            rows = [str(r[0]) for r in connection.execute("PRAGMA quick_check")]
        finally:
            connection.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # A damaged file's error message can quote bytes that are not text either.
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def newest_good_backup(database: Path) -> BackupInfo | None:
    """The most recent backup that passes quick_check."""
    for info in list_backups(database):
        if not quick_check(info.path):
            return info
    return None


def move_aside(database: Path) -> Path:
    """Rename a damaged database (with its -wal and -shm) to ``*.corrupt``; delete nothing."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.{stamp}.corrupt")
    os.replace(database, target)
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def restore_into(backup: Path, database: Path) -> None:
    """Replace the database at ``database`` with the contents of ``backup``."""
    partial = database.with_name(database.name + ".restoring")
    backup_sqlite(backup, partial)
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(partial, database)
    _private(database)
