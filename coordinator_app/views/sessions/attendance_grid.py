"""The attendance list of one session: a status per person, bulk changes and notes.

Every change is an undoable command (Ctrl+Z works inside the dialog too). The table
model only adapts the service's plain rows; edits are handed to the dialog, which
runs the command and reloads, so the grid always shows what the database holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.models import AttendanceStatus
from coordinator_app.models import Session as SessionRecord
from coordinator_app.services import attendance, sessions
from coordinator_app.services.attendance import AttendanceRow
from coordinator_app.services.dutch import long_date
from coordinator_app.services.labels import label
from coordinator_app.views.sessions.commands import set_note_command, set_status_command
from coordinator_app.views.sessions.common import (
    EXPECTED_ERRORS,
    STATUS_COLOURS,
    fill_status_combo,
    local_now,
    report_error,
)
from coordinator_app.views.view_context import ViewContext

Index = QModelIndex | QPersistentModelIndex
NAME, KIND, LEVEL, DETAIL, STATUS, TIME, FEEDBACK, NOTE = range(8)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class AttendanceTableModel(QAbstractTableModel):
    """Rows of :func:`attendance.session_attendance`; edits go to ``on_edit``."""

    def __init__(
        self,
        lang: str,
        on_edit: Callable[[AttendanceRow, int, Any], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[AttendanceRow] = []
        self.on_edit = on_edit

    def headers(self) -> list[str]:
        return [
            self.tr("Naam"),
            self.tr("Soort"),
            self.tr("Niveau"),
            self.tr("Lichting / organisatie"),
            self.tr("Status"),
            self.tr("Aangemeld om"),
            self.tr("Feedback"),
            self.tr("Notitie"),
        ]

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _text(self, row: AttendanceRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == KIND:
            return self.tr("trainee") if row.kind == "trainee" else self.tr("gast")
        if column == LEVEL:
            return label(row.level, self.lang) if row.level else self.tr("onbekend")
        if column == DETAIL:
            return row.detail
        if column == STATUS:
            return label(row.status, self.lang)
        if column == TIME:
            return f"{row.checked_in_at:%H:%M}" if row.checked_in_at else ""
        if column == NOTE:
            return row.note
        if row.feedback_score is None and not row.feedback_comment:
            return ""
        score = f"{row.feedback_score}/5" if row.feedback_score is not None else ""
        return " ".join(part for part in (score, row.feedback_comment or "") if part)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return row.status.value if column == STATUS else self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QColor(STATUS_COLOURS[row.status])
        if role == SORT_ROLE:
            if column == NAME:
                return row.sort_key
            if column == STATUS:
                return list(AttendanceStatus).index(row.status)
            if column == TIME:
                return row.checked_in_at.isoformat() if row.checked_in_at else ""
            return self._text(row, column).casefold()
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (STATUS, NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.on_edit(self.rows[index.row()], index.column(), value)


class StatusDelegate(QStyledItemDelegate):
    """A combo box with the five statuses for the status column."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        fill_status_combo(combo, self.lang)
        combo.setAccessibleName(self.tr("Status"))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        chosen = AttendanceStatus(editor.currentData())
        if chosen != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, chosen, Qt.ItemDataRole.EditRole)


class AttendanceDialog(QDialog):
    def __init__(self, ctx: ViewContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        with ctx.app.read_session() as db:
            record = db.get(SessionRecord, session_id)
            if record is None:
                raise sessions.SessionNotFound(session_id)
            self.session_title = record.title
            self.session_date = record.date
            self.session_times = f"{record.start_time:%H:%M}–{record.end_time:%H:%M}"
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.counts_label = QLabel(self)
        layout.addWidget(self.counts_label)

        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        layout.addWidget(self.search_edit)

        self.model = AttendanceTableModel(ctx.lang, self._edit, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(ctx.lang, self.table))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        bulk = QHBoxLayout()
        self.bulk_label = QLabel(self)
        self.bulk_combo = QComboBox(self)
        fill_status_combo(self.bulk_combo, ctx.lang)
        self.bulk_combo.setCurrentIndex(self.bulk_combo.findData(AttendanceStatus.PRESENT.value))
        self.bulk_label.setBuddy(self.bulk_combo)
        self.bulk_button = QPushButton(self)
        self.bulk_button.clicked.connect(self.apply_bulk)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        bulk.addWidget(self.bulk_label)
        bulk.addWidget(self.bulk_combo)
        bulk.addWidget(self.bulk_button)
        bulk.addStretch(1)
        bulk.addWidget(self.remove_button)
        layout.addLayout(bulk)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.undo_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.ctx.undo_stack.undo)
        layout.addWidget(self.buttons)
        self.undo_action = ctx.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = ctx.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])
        ctx.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(ctx.undo_stack.canUndo())
        ctx.bus.changed.connect(self._on_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(980, 600)
        self.retranslate()
        self.reload()

    # -- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        with self.ctx.app.read_session() as db:
            rows = attendance.session_attendance(db, self.session_id)
        selected = set(self.selected_ids())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(FEEDBACK, min(self.table.columnWidth(FEEDBACK), 220))
        if selected:
            selection = self.table.selectionModel()
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(ROW_ROLE).id in selected:
                    selection.select(
                        index,
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
        self._update_counts(rows)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.proxy.index(row, 0).data(ROW_ROLE).id for row in sorted(rows)]

    def _rows_by_id(self) -> dict[int, AttendanceRow]:
        return {row.id: row for row in self.model.rows}

    def _now_if_today(self) -> dt.datetime | None:
        return local_now() if self.session_date == self.ctx.app.today else None

    def _update_counts(self, rows: list[AttendanceRow]) -> None:
        counts = attendance.status_counts(rows)
        parts = [
            f"{label(status, self.ctx.lang)}: {count}" for status, count in counts.items() if count
        ]
        total = self.tr("{count} op de lijst").format(count=len(rows))
        self.counts_label.setText(" · ".join([total, *parts]))

    def _update_buttons(self) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        self.bulk_button.setEnabled(has_selection)
        self.remove_button.setEnabled(has_selection)

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind in ("attendance", "session", "guest", "trainee"):
            self.reload()

    # -- changes ---------------------------------------------------------------------------

    def _edit(self, row: AttendanceRow, column: int, value: Any) -> bool:
        if column == STATUS and value in {status.value for status in AttendanceStatus}:
            return self.set_status([row.id], AttendanceStatus(value))
        if column == NOTE:
            try:
                set_note_command(self.ctx, row.id, str(value)).push()
            except EXPECTED_ERRORS as exc:
                report_error(self.ctx, self, self.tr("Notitie niet opgeslagen"), exc)
                return False
            return True
        return False

    def set_status(self, attendance_ids: list[int], status: AttendanceStatus) -> bool:
        """Give these rows ``status`` as one undoable step (asks first if feedback goes)."""
        if not attendance_ids:
            return False
        by_id = self._rows_by_id()
        losing = [
            by_id[i].name
            for i in attendance_ids
            if i in by_id
            and status is not AttendanceStatus.PRESENT
            and (by_id[i].feedback_score is not None or by_id[i].feedback_comment)
        ]
        if losing and not self.ctx.dialogs.confirm(
            self,
            self.tr("Feedback vervalt"),
            self.tr(
                "Feedback hoort bij wie aanwezig was. De feedback van {names} vervalt als u de "
                "status wijzigt (ongedaan maken zet hem terug). Doorgaan?"
            ).format(names=", ".join(losing)),
        ):
            return False
        try:
            set_status_command(self.ctx, attendance_ids, status, self._now_if_today()).push()
        except EXPECTED_ERRORS as exc:
            report_error(self.ctx, self, self.tr("Status niet gewijzigd"), exc)
            return False
        return True

    def apply_bulk(self) -> None:
        value = self.bulk_combo.currentData()
        if value:
            self.set_status(self.selected_ids(), AttendanceStatus(value))

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        by_id = self._rows_by_id()
        names = ", ".join(by_id[i].name for i in ids if i in by_id)
        if not self.ctx.dialogs.confirm(
            self,
            self.tr("Van de lijst halen"),
            self.tr(
                "{names} van de lijst van deze bijeenkomst halen? Status, notitie en feedback "
                "gaan verloren."
            ).format(names=names),
            destructive=True,
        ):
            return
        try:
            with self.ctx.app.transaction() as db:
                sessions.remove_attendances(db, ids)
        except EXPECTED_ERRORS as exc:
            report_error(self.ctx, self, self.tr("Niet van de lijst gehaald"), exc)
            return
        self.ctx.bus.notify("attendance", set(ids))

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aanwezigheid – {title}").format(title=self.session_title))
        self.setAccessibleName(self.windowTitle())
        self.heading.setText(
            f"{self.session_title} · {long_date(self.session_date)} · {self.session_times}"
        )
        self.heading.setAccessibleName(self.tr("Bijeenkomst"))
        self.counts_label.setAccessibleName(self.tr("Aantallen per status"))
        self.search_edit.setPlaceholderText(self.tr("Zoek een naam…"))
        self.search_edit.setAccessibleName(self.tr("Naam zoeken in de lijst"))
        self.table.setAccessibleName(self.tr("Aanwezigheidslijst"))
        self.bulk_label.setText(self.tr("&Status voor de selectie:"))
        self.bulk_combo.setAccessibleName(self.tr("Status voor de selectie"))
        self.bulk_button.setText(self.tr("Toepassen"))
        self.bulk_button.setAccessibleName(self.tr("Status toepassen op de selectie"))
        self.remove_button.setText(self.tr("Van de lijst halen…"))
        self.remove_button.setAccessibleName(self.tr("Geselecteerde personen van de lijst halen"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))
        self.undo_button.setText(self.tr("Ongedaan maken"))
        self.undo_button.setAccessibleName(self.tr("Laatste wijziging ongedaan maken"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self.ctx.bus.changed.disconnect(self._on_changed)
        super().done(result)
