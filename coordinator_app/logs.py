"""Logging to a rotating file in the user's data folder.

Log lines name records by id, never by a person's name or e-mail address.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from coordinator_app.paths import user_data_dir

_LOG_ENV = "COORDINATOR_LOG_DIR"


def log_file() -> Path:
    folder = Path(os.environ.get(_LOG_ENV) or user_data_dir() / "logs")
    return folder / "coordinator.log"


def configure_logging(level: int = logging.INFO) -> None:
    logger = logging.getLogger("coordinator_app")
    if logger.handlers:
        return
    target = log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
