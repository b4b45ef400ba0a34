"""Errors a user can cause and understand.

Everything derived from :class:`CoordinatorError` is a *known* failure: the command
line prints its message on one line and exits non-zero, the GUI shows it in a dialog.
Anything else is a bug and is logged with its traceback.
"""

from __future__ import annotations


class CoordinatorError(Exception):
    """A failure caused by input or environment, with a message fit for the user."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseOpenError(CoordinatorError):
    """The database cannot be opened (wrong path, wrong URL, server unreachable)."""


class NewerDatabaseError(DatabaseOpenError):
    """The database was written by a newer version of the application."""


class NotACoordinatorDatabase(DatabaseOpenError):
    """The file exists but is not a Coordinator database."""


class DatabaseBusyError(CoordinatorError):
    """Another program holds the database longer than the busy timeout."""


class DatabaseCorrupt(DatabaseOpenError):
    """The database failed its integrity check; it was moved aside, not deleted."""

    def __init__(self, message: str, moved_to: str, backup: str | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.backup = backup


class DatabaseInUse(DatabaseOpenError):
    """Another running Coordinator window has this database file open."""
