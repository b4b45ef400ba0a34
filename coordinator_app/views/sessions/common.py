"""Small pieces the session views share: labels, date fields, error reporting, the clock."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QTimeEdit, QWidget
from sqlalchemy.exc import SQLAlchemyError

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import AttendanceStatus, LevelCategory, SessionType
from coordinator_app.services.dutch import MONTHS_NL
from coordinator_app.services.labels import label
from coordinator_app.views.view_context import ViewContext

_log = logging.getLogger(__name__)
Clock = Callable[[], dt.datetime]

# Colours that stay readable on light backgrounds and carry meaning beside the text.
STATUS_COLOURS = {
    AttendanceStatus.INVITED: "#5f6b7a",
    AttendanceStatus.REGISTERED: "#2f5f98",
    AttendanceStatus.PRESENT: "#1d7a3e",
    AttendanceStatus.EXCUSED: "#9a6a00",
    AttendanceStatus.ABSENT: "#a23b2a",
}
OK_COLOUR = "#1d7a3e"
ERROR_COLOUR = "#a23b2a"
NOTICE_COLOUR = "#9a6a00"


def local_now() -> dt.datetime:
    """Wall-clock time without seconds: what people at the door see on their watch."""
    return dt.datetime.now().replace(second=0, microsecond=0)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qtime(time: dt.time) -> QTime:
    return QTime(time.hour, time.minute)


def from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def date_edit(parent: QWidget, day: dt.date | None = None) -> QDateEdit:
    """A date field in the Dutch form 22-11-2026 with a calendar to pick from."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    if day is not None:
        edit.setDate(to_qdate(day))
    return edit


def time_edit(parent: QWidget, time: dt.time) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(to_qtime(time))
    return edit


def fill_type_combo(combo: QComboBox, lang: str) -> None:
    current = combo.currentData()
    combo.clear()
    for kind in SessionType:
        combo.addItem(label(kind, lang), kind.value)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))


def fill_status_combo(combo: QComboBox, lang: str) -> None:
    current = combo.currentData()
    combo.clear()
    for status in AttendanceStatus:
        combo.addItem(label(status, lang), status.value)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))


def level_label(level: LevelCategory | None, lang: str) -> str:
    if level is None:
        return QCoreApplication.translate("SessionViews", "onbekend")
    return label(level, lang)


def month_name(month: int, lang: str) -> str:
    """The month in the interface language (Dutch months are written in lower case)."""
    if lang == "nl":
        return MONTHS_NL[month - 1]
    return QLocale(QLocale.Language.English).monthName(month)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def report_error(ctx: ViewContext, parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Tell the user why a change was refused; log real bugs with their traceback."""
    if isinstance(exc, CoordinatorError):
        text = exc.message
    else:
        _log.exception("session view action failed", exc_info=exc)
        text = QCoreApplication.translate(
            "SessionViews", "De database weigerde de wijziging ({kind})."
        ).format(kind=type(exc).__name__)
    ctx.dialogs.error(parent, title, text)


EXPECTED_ERRORS = (CoordinatorError, SQLAlchemyError)
