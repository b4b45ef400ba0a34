"""The capacity view: for each assignment and period, the places taken and free.

The periods are either the coming twelve calendar months or the rotation windows of a
cohort (what the planner fills). A cell counts the placements holding a place at the
busiest moment of the period (services.placements.capacity_view); a full cell is red,
a cell with room green, a period the assignment does not run in grey, and a period it
only partly covers is marked "deels" in italics. The tooltip names who holds the places.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.services.dutch import period
from coordinator_app.services.placements import (
    CapacityCell,
    CapacityRow,
    Period,
    capacity_view,
    cohort_periods,
    month_periods,
)
from coordinator_app.views.planning.common import (
    FREE_BACKGROUND,
    FULL_BACKGROUND,
    IDLE_BACKGROUND,
    cohort_choices,
)
from coordinator_app.views.screens.table_model import quick_fold
from coordinator_app.views.view_context import ViewContext

Index = QModelIndex | QPersistentModelIndex
CELL_ROLE = int(Qt.ItemDataRole.UserRole) + 10  # the CapacityCell behind a period column
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 11
FIXED_COLUMNS = 3  # assignment, organisation, places
MONTHS = "months"


class CapacityTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CapacityRow] = []
        self.shown: list[CapacityRow] = []
        self.periods: list[Period] = []
        self._search = ""
        self._only_free = False

    def set_rows(self, rows: list[CapacityRow], periods: list[Period]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.periods = periods
        self._apply()
        self.endResetModel()

    def set_filter(self, search: str, only_free: bool) -> None:
        self.beginResetModel()
        self._search = quick_fold(search.strip())
        self._only_free = only_free
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        words = self._search.split()
        shown = []
        for row in self.rows:
            text = quick_fold(f"{row.title} {row.organisation_name}")
            if words and not all(w in text for w in words):
                continue
            if self._only_free and not any(c.runs and c.free > 0 for c in row.cells):
                continue
            shown.append(row)
        self.shown = shown

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.periods)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Opdracht")
            if section == 1:
                return self.tr("Organisatie")
            if section == 2:
                return self.tr("Plaatsen")
            return self.periods[section - FIXED_COLUMNS].label
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIXED_COLUMNS:
            p = self.periods[section - FIXED_COLUMNS]
            return period(p.start, p.end)
        return None

    def cell(self, row: int, column: int) -> CapacityCell | None:
        if column < FIXED_COLUMNS:
            return None
        return self.shown[row].cells[column - FIXED_COLUMNS]

    def cell_text(self, cell: CapacityCell) -> str:
        if not cell.runs:
            return "—"
        if cell.free == 0:
            text = self.tr("vol ({taken} bezet)").format(taken=cell.taken)
        else:
            text = self.tr("{taken} bezet · {free} vrij").format(taken=cell.taken, free=cell.free)
        if not cell.covers:
            text += " " + self.tr("(deels)")
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.shown[index.row()]
        column = index.column()
        cell = self.cell(index.row(), column)
        if role == ID_ROLE:
            return row.assignment_id
        if role == CELL_ROLE:
            return cell
        if cell is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return (row.title, row.organisation_name, str(row.places))[column]
            if role == Qt.ItemDataRole.ToolTipRole and column == 0:
                return f"{row.title}\n{period(row.start, row.end)}"
            if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not cell.runs:
                return QBrush(QColor(IDLE_BACKGROUND))
            return QBrush(QColor(FULL_BACKGROUND if cell.free == 0 else FREE_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#6b7280" if not cell.runs else "#111827"))
        if role == Qt.ItemDataRole.FontRole and cell.runs and not cell.covers:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(row, cell, self.periods[column - FIXED_COLUMNS])
        return None

    def cell_tooltip(self, row: CapacityRow, cell: CapacityCell, shown: Period) -> str:
        when = period(cell.period.start, cell.period.end)
        lines = [f"{row.title} – {shown.label} ({when})"]
        if not cell.runs:
            lines.append(
                self.tr("De opdracht loopt niet in deze periode ({period}).").format(
                    period=period(row.start, row.end)
                )
            )
            return "\n".join(lines)
        lines.append(
            self.tr(
                "{taken} van {places} plaatsen bezet op het drukste moment, {free} vrij."
            ).format(taken=cell.taken, places=row.places, free=cell.free)
        )
        if not cell.covers:
            lines.append(
                self.tr("De opdracht loopt maar een deel van deze periode ({period}).").format(
                    period=period(row.start, row.end)
                )
            )
        if cell.holders:
            lines.append(self.tr("Geplaatst: {names}").format(names=", ".join(cell.holders)))
        return "\n".join(lines)


class CapacityView(QWidget):
    """The capacity table with its choice of periods, a search field and a 'free only' switch."""

    assignment_activated = Signal(int)
    WATCHED = frozenset({"placement", "assignment", "organisation", "cohort", "*"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("capacityView")
        self._loaded = False
        self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        self.periods_label = QLabel(self)
        self.periods_combo = QComboBox(self)
        self.periods_combo.setMinimumContentsLength(30)
        self.periods_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.periods_label.setBuddy(self.periods_combo)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.only_free = QCheckBox(self)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("color: #4b5563;")
        bar.addWidget(self.periods_label)
        bar.addWidget(self.periods_combo)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.only_free)
        layout.addLayout(bar)
        self.model = CapacityTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("capacityTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.table.activated.connect(self._on_activated)
        layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        self.key_label = QLabel(self)
        self.key_label.setTextFormat(Qt.TextFormat.RichText)
        footer.addWidget(self.key_label)
        layout.addLayout(footer)
        self.periods_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(lambda _t: self._filter())
        self.only_free.toggled.connect(lambda _b: self._filter())
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.reload)
        ctx.bus.changed.connect(self._on_data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.periods_label.setText(self.tr("&Periodes:"))
        self.periods_combo.setAccessibleName(self.tr("Periodes van de capaciteit"))
        self.search.setPlaceholderText(self.tr("Zoek op opdracht of organisatie"))
        self.search.setAccessibleName(self.tr("Zoeken in de capaciteit"))
        self.only_free.setText(self.tr("Alleen met vrije plaatsen"))
        self.only_free.setAccessibleName(self.tr("Alleen opdrachten met vrije plaatsen tonen"))
        self.table.setAccessibleName(self.tr("Capaciteit per opdracht en periode"))
        self.key_label.setText(
            self.tr(
                "<span style='background:{free}'>&nbsp;vrij&nbsp;</span> "
                "<span style='background:{full}'>&nbsp;vol&nbsp;</span> "
                "<span style='background:{idle}'>&nbsp;— loopt niet&nbsp;</span> "
                "<i>deels</i>: loopt een deel van de periode"
            ).format(free=FREE_BACKGROUND, full=FULL_BACKGROUND, idle=IDLE_BACKGROUND)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load_choices(self) -> None:
        with self.ctx.app.read_session() as session:
            cohorts = cohort_choices(session)
        chosen = self.periods_combo.currentData()
        self.periods_combo.blockSignals(True)
        self.periods_combo.clear()
        self.periods_combo.addItem(self.tr("De komende 12 maanden"), MONTHS)
        for c in cohorts:
            self.periods_combo.addItem(
                self.tr("Rotaties van {cohort} ({programme})").format(
                    cohort=c.name, programme=c.programme
                ),
                c.id,
            )
        self.periods_combo.setCurrentIndex(max(0, self.periods_combo.findData(chosen)))
        self.periods_combo.blockSignals(False)

    def set_periods(self, choice: int | str) -> bool:
        """Show the rotations of cohort ``choice`` (an id), or MONTHS."""
        if not self._loaded:
            self.refresh()
        index = self.periods_combo.findData(choice)
        if index < 0:
            return False
        self.periods_combo.setCurrentIndex(index)
        return True

    def refresh(self) -> None:
        self.load_choices()
        self._loaded = True
        self.reload()

    def reload(self) -> None:
        self._refresh_timer.stop()
        self._stale = False
        choice = self.periods_combo.currentData()
        with self.ctx.app.read_session() as session:
            if choice == MONTHS or choice is None:
                periods = month_periods(self.ctx.app.today, 12)
            else:
                periods = cohort_periods(session, int(choice))
            rows = capacity_view(session, periods)
        months = choice == MONTHS or choice is None
        periods = [self._relabel(p, months, i) for i, p in enumerate(periods)]
        self.model.set_rows(rows, periods)
        self._filter()
        metrics = self.table.fontMetrics()
        char = metrics.averageCharWidth()
        self.table.setColumnWidth(0, char * 32)
        self.table.setColumnWidth(1, char * 20)
        self.table.setColumnWidth(2, char * 9)
        for i in range(len(periods)):
            title = metrics.horizontalAdvance(periods[i].label) + 20
            self.table.setColumnWidth(FIXED_COLUMNS + i, max(char * 16, title))

    def _relabel(self, p: Period, months: bool, index: int) -> Period:
        """The column title in the interface language (the service writes Dutch)."""
        if months:
            if self.ctx.lang == "nl":
                return p
            name = QLocale(QLocale.Language.English).monthName(p.start.month)
            return dataclasses.replace(p, label=f"{name} {p.start.year}")
        return dataclasses.replace(p, label=self.tr("Rotatie {n}").format(n=index + 1))

    def _filter(self) -> None:
        self.model.set_filter(self.search.text(), self.only_free.isChecked())
        shown = self.model.rowCount()
        free = sum(1 for row in self.model.shown if any(c.runs and c.free > 0 for c in row.cells))
        self.summary.setText(
            self.tr("{shown} van {total} opdrachten · {free} met vrije plaatsen").format(
                shown=shown, total=len(self.model.rows), free=free
            )
        )

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.assignment_activated.emit(int(self.model.data(index, ID_ROLE)))

    def _on_data_changed(self, kind: str, _ids: object) -> None:
        if kind not in self.WATCHED or not self._loaded:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
        elif self._stale:
            self.reload()
