"""Safety limits for files from outside: checked before a workbook is expanded in memory."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadLimits:
    """Bounds that keep a small hostile file from taking the machine down.

    A real coordinator's list has hundreds or a few thousand rows; the defaults leave
    ample room above that while keeping the worst case to a few hundred megabytes.
    """

    max_file_bytes: int = 200 * 1024 * 1024
    max_uncompressed_bytes: int = 300 * 1024 * 1024
    max_rows: int = 200_000
    max_columns: int = 500
    # Rows x columns of a sheet's used area; the reader allocates that area densely.
    max_cells: int = 10_000_000
    max_sheets: int = 100


DEFAULT_LIMITS = ReadLimits()
