"""Copies of a SQLite database made with SQLite's online backup API.

The backup API copies a consistent snapshot even while another connection writes,
which a plain file copy of a WAL database does not.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy the database at ``source`` to ``destination`` (overwritten) and return it."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
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
    if hasattr(os, "chmod"):
        os.chmod(partial, 0o600)
    os.replace(partial, destination)
    return destination


def backup_dir_for(database: Path) -> Path:
    return database.parent / "backups"


def timestamped_backup(database: Path, reason: str) -> Path:
    """A backup in the database's ``backups/`` folder named after the moment and reason."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir_for(database) / f"{database.stem}-{stamp}-{reason}.sqlite3"
    return backup_sqlite(database, target)
