"""Logging to a rotating file in the user's data folder.

Log lines name records by id, never by a person's name or e-mail address. Two
things make sure of that beyond the discipline of each logging call:

* every call passes its own text and ids only (see the calls in the package);
* a traceback is written with its frames and exception *types*, but without the
  exceptions' messages: a message may quote whatever value was being handled
  (a database driver repeats the row it refused, a rule names the trainee, a
  parser quotes the cell). For a database error the SQL statement is kept (its
  values are bound parameters, which the engines hide).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType
from typing import TypeAlias

from coordinator_app.paths import make_private, user_data_dir

_LOG_ENV = "COORDINATOR_LOG_DIR"
HIDDEN = "<message withheld: it may contain personal data>"
_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"

ExcInfo: TypeAlias = (
    tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
)


def log_file() -> Path:
    folder = Path(os.environ.get(_LOG_ENV) or user_data_dir() / "logs")
    return folder / "coordinator.log"


def _exception_line(exc: BaseException) -> str:
    kind = type(exc)
    name = kind.__qualname__
    if kind.__module__ != "builtins":
        name = f"{kind.__module__}.{name}"
    line = f"{name}: {HIDDEN}"
    statement = getattr(exc, "statement", None)
    if isinstance(statement, str):
        original = getattr(exc, "orig", None)
        cause = f" ({type(original).__name__})" if original is not None else ""
        line += f"\n  SQL{cause}: {' '.join(statement.split())[:2000]}"
    errno = getattr(exc, "errno", None)
    if isinstance(exc, OSError) and errno is not None:
        line += f"\n  errno {errno}"
    return line


def describe_exception(exc: BaseException) -> str:
    """A traceback of ``exc`` and the exceptions it came from, without their messages."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current = None
    parts: list[str] = []
    pending = ""
    for item, connection in reversed(chain):
        if pending:
            parts.append(f"\n{pending}\n\n")
        pending = connection
        frames = traceback.extract_tb(item.__traceback__)
        if frames:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_list(frames))
        parts.append(_exception_line(item) + "\n")
    return "".join(parts).rstrip("\n")


class PrivacyFormatter(logging.Formatter):
    """The usual line format; tracebacks without exception messages (see the module doc)."""

    def format(self, record: logging.LogRecord) -> str:
        # logging caches a record's formatted traceback (exc_text) for every handler; a
        # traceback another handler formatted first, messages and all, is not used here.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802 - logging's name
        exc = ei[1]
        return describe_exception(exc) if exc is not None else ""


_OURS = "coordinator_log_file"  # marks the handler configure_logging installed


def configure_logging(level: int = logging.INFO) -> None:
    logger = logging.getLogger("coordinator_app")
    if any(getattr(handler, _OURS, False) for handler in logger.handlers):
        return
    target = log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        make_private(target)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(PrivacyFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(handler, _OURS, True)
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
