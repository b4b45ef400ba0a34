"""Dates and numbers as a Dutch reader writes them."""

from __future__ import annotations

import datetime as dt

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def short_date(day: dt.date | None) -> str:
    """22-11-2026."""
    return day.strftime("%d-%m-%Y") if day else ""


def long_date(day: dt.date | None) -> str:
    """22 november 2026."""
    return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}" if day else ""


def period(start: dt.date | None, end: dt.date | None) -> str:
    return f"{short_date(start)} t/m {short_date(end)}"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clipped to the end of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")
