"""Where the application keeps its files: data, settings, resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from coordinator_app import APP_NAME

_APP_AUTHOR = "Coordinator"
# The environment variable that names the database (a file or a SQLAlchemy URL).
DATABASE_ENV_VAR = "COORDINATOR_DB"


def resources_dir() -> Path:
    """The folder with reference data, fonts, icons and translations.

    In a frozen build it sits next to the bundled code; from a checkout it is the
    repository's top-level ``resources/``.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, _APP_AUTHOR))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, _APP_AUTHOR))


def default_database_path() -> Path:
    return user_data_dir() / "coordinator.sqlite3"


def make_private(path: Path) -> Path:
    """Make ``path`` readable and writable by its owner only (mode 0600).

    Called on a file *before* its contents are written (writers keep the mode of a
    file they truncate, and ``os.replace`` keeps it too), so personal data is never
    readable by other users of the machine, not even for a moment. A missing file is
    created empty. On Windows the user's own folders are already private through
    their access lists and ``chmod`` only knows "read-only", so nothing is changed.
    """
    if os.name != "posix":
        return path
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.fchmod(descriptor, 0o600)
    finally:
        os.close(descriptor)
    return path
