"""Where the application keeps its files: data, settings, resources."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from coordinator_app import APP_NAME

_APP_AUTHOR = "Coordinator"


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
