"""The ways a spreadsheet can be unusable as a whole, each with a message a coordinator acts on.

A file-level problem (unreadable, hostile, too large) stops the import before any
row is looked at; problems in single cells are not exceptions but
:class:`coordinator_app.excel.model.CellProblem` records, so that every one of them
can be reported at once.
"""

from __future__ import annotations

from coordinator_app.errors import CoordinatorError


class SpreadsheetError(CoordinatorError):
    """The file cannot be imported at all; the message says why and what to do."""


class UnsupportedFormatError(SpreadsheetError):
    """A format we do not read (.xls, .ods, a Word file, ...)."""


class DamagedFileError(SpreadsheetError):
    """The file is empty, truncated or otherwise not what its name claims."""


class ProtectedFileError(SpreadsheetError):
    """The workbook is encrypted with a password."""


class HostileFileError(SpreadsheetError):
    """The file exceeds the safety limits or carries an XML trick."""


class MappingError(SpreadsheetError):
    """No usable header row, or the columns cannot be matched to the chosen kind."""
