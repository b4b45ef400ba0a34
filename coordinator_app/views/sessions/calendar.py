"""A month or week calendar of sessions; activating one emits its id.

Each day is a small list, so sessions are reached with the keyboard (Tab to a day,
arrows within it, Enter to open) as well as with a double click.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.models import SessionType
from coordinator_app.services import sessions
from coordinator_app.services.labels import label
from coordinator_app.services.sessions import SessionSummary
from coordinator_app.views.sessions.common import month_name
from coordinator_app.views.view_context import ViewContext

Mode = Literal["month", "week"]
ID_ROLE = Qt.ItemDataRole.UserRole
TYPE_COLOURS = {
    SessionType.PARTICIPATION: "#b5542a",
    SessionType.INTERVISION: "#2f5f98",
    SessionType.TRAINING: "#1d7a3e",
    SessionType.KICK_OFF: "#7a3e9d",
    SessionType.NETWORK: "#8a6d00",
    SessionType.RETURN_DAY: "#0f7a7a",
}


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def month_grid_start(day: dt.date) -> dt.date:
    """The Monday on or before the first of ``day``'s month: the grid's top-left cell."""
    return week_start(day.replace(day=1))


class DayCell(QFrame):
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = dt.date.min
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        self.header = QLabel(self)
        layout.addWidget(self.header)
        self.list = QListWidget(self)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget { background: transparent; }")
        self.list.itemActivated.connect(lambda item: self.activated.emit(int(item.data(ID_ROLE))))
        layout.addWidget(self.list, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_day(
        self,
        day: dt.date,
        items: list[SessionSummary],
        *,
        in_month: bool,
        today: bool,
        detailed: bool,
        lang: str,
    ) -> None:
        self.day = day
        text = f"{day.day}" if not detailed else f"{day.day} {month_name(day.month, lang)}"
        font = self.header.font()
        font.setBold(today)
        self.header.setFont(font)
        self.header.setText(text)
        colour = "palette(text)" if in_month else "palette(placeholder-text)"
        self.header.setStyleSheet(
            f"color: {colour};"
            + (" background: #fde9b6; border-radius: 3px; padding: 0 3px;" if today else "")
        )
        self.list.clear()
        for summary in items:
            if detailed:
                text = f"{summary.start_time:%H:%M}–{summary.end_time:%H:%M}\n{summary.title}"
                if summary.location:
                    text += f"\n{summary.location}"
            else:
                text = f"{summary.start_time:%H:%M} {summary.title}"
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, summary.id)
            item.setForeground(QColor(TYPE_COLOURS.get(summary.type, "#333333")))
            tooltip = [
                summary.title,
                f"{label(summary.type, lang)}, {summary.start_time:%H:%M}–{summary.end_time:%H:%M}",
            ]
            if summary.location:
                tooltip.append(summary.location)
            item.setToolTip("\n".join(tooltip))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, " ".join(tooltip))
        self.list.setAccessibleName(f"{day:%d-%m-%Y}")


class SessionCalendar(QWidget):
    """Sessions by month or by week. Double click or Enter on one emits its id."""

    session_activated = Signal(int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode: Mode = "month"
        self.anchor = ctx.app.today
        self.summaries: list[SessionSummary] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self)
        self.today_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.set_date(self.ctx.app.today))
        self.title_label = QLabel(self)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.month_button = QToolButton(self)
        self.week_button = QToolButton(self)
        self.mode_group = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
        self.month_button.setChecked(True)
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)
        layout.addLayout(bar)

        self.grid = QGridLayout()
        self.grid.setSpacing(3)
        self.weekday_labels = []
        for column in range(7):
            header = QLabel(self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.weekday_labels.append(header)
            self.grid.addWidget(header, 0, column)
        self.cells: list[DayCell] = []
        for index in range(42):
            cell = DayCell(self)
            cell.activated.connect(self.session_activated)
            self.cells.append(cell)
            self.grid.addWidget(cell, 1 + index // 7, index % 7)
        layout.addLayout(self.grid, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    # -- navigation --------------------------------------------------------------------

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        (self.month_button if mode == "month" else self.week_button).setChecked(True)
        self.refresh()

    def set_date(self, day: dt.date) -> None:
        self.anchor = day
        self.refresh()

    def step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += dt.timedelta(weeks=direction)
        else:
            month_index = self.anchor.month - 1 + direction
            self.anchor = dt.date(self.anchor.year + month_index // 12, month_index % 12 + 1, 1)
        self.refresh()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        if self.mode == "week":
            first = week_start(self.anchor)
            return first, first + dt.timedelta(days=6)
        first = month_grid_start(self.anchor)
        return first, first + dt.timedelta(days=41)

    # -- drawing -----------------------------------------------------------------------

    def refresh(self) -> None:
        first, last = self.visible_range()
        with self.ctx.app.read_session() as db:
            self.summaries = sessions.sessions_between(db, first, last)
        by_day: dict[dt.date, list[SessionSummary]] = {}
        for summary in self.summaries:
            by_day.setdefault(summary.date, []).append(summary)
        week = self.mode == "week"
        for index, cell in enumerate(self.cells):
            visible = index < 7 or not week
            cell.setVisible(visible)
            if not visible:
                continue
            day = first + dt.timedelta(days=index)
            cell.show_day(
                day,
                by_day.get(day, []),
                in_month=week or day.month == self.anchor.month,
                today=day == self.ctx.app.today,
                detailed=week,
                lang=self.ctx.lang,
            )
        for row in range(1, 7):
            self.grid.setRowStretch(row, 1 if (row == 1 or not week) else 0)
        self._update_title(first, last)

    def _update_title(self, first: dt.date, last: dt.date) -> None:
        if self.mode == "week":
            number = first.isocalendar()[1]
            if first.month == last.month:
                span = f"{first.day}–{last.day} {month_name(last.month, self.ctx.lang)} {last.year}"
            else:
                span = (
                    f"{first.day} {month_name(first.month, self.ctx.lang)} – "
                    f"{last.day} {month_name(last.month, self.ctx.lang)} {last.year}"
                )
            self.title_label.setText(
                self.tr("Week {number}, {span}").format(number=number, span=span)
            )
        else:
            self.title_label.setText(
                f"{month_name(self.anchor.month, self.ctx.lang)} {self.anchor.year}"
            )

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind in ("session", "attendance"):
            self.refresh()

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("◀ Vorige"))
        self.previous_button.setAccessibleName(self.tr("Vorige periode"))
        self.today_button.setText(self.tr("Vandaag"))
        self.today_button.setAccessibleName(self.tr("Naar vandaag"))
        self.next_button.setText(self.tr("Volgende ▶"))
        self.next_button.setAccessibleName(self.tr("Volgende periode"))
        self.month_button.setText(self.tr("Maand"))
        self.month_button.setAccessibleName(self.tr("Maandweergave"))
        self.week_button.setText(self.tr("Week"))
        self.week_button.setAccessibleName(self.tr("Weekweergave"))
        self.title_label.setAccessibleName(self.tr("Getoonde periode"))
        names = [
            self.tr("maandag"),
            self.tr("dinsdag"),
            self.tr("woensdag"),
            self.tr("donderdag"),
            self.tr("vrijdag"),
            self.tr("zaterdag"),
            self.tr("zondag"),
        ]
        for header, name in zip(self.weekday_labels, names, strict=True):
            header.setText(name)
        self.setAccessibleName(self.tr("Kalender van bijeenkomsten"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
