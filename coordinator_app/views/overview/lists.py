"""The overview's short lists (attention, below the threshold, coming sessions).

Each entry leads to one record: a click or Enter asks the main window to show the
record's list screen with the record selected. The rows are plain data in a small
list model, drawn two lines high (a bold title and a muted detail) with a coloured
mark for the kind of entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_ROLE = Qt.ItemDataRole.UserRole + 2
REQUEST_ROLE = Qt.ItemDataRole.UserRole + 3
TAG_ROLE = Qt.ItemDataRole.UserRole + 4
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class ListRequest:
    """Show list screen ``key`` with these filters and (optionally) one record selected.

    The main window carries it out (MainWindow.show_list); filters a screen does not
    have are left alone.
    """

    key: str
    filters: tuple[tuple[str, Any], ...] = ()
    select: int | None = None


@dataclass(frozen=True)
class Entry:
    title: str
    detail: str
    mark: str  # a colour such as "#c0504d"
    request: ListRequest | None = None
    tag: str = ""  # right-aligned on the title line, muted (the kind of entry)


class EntryListModel(QAbstractListModel):
    """A few dozen to a few hundred entries; replaced as a whole when they change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.empty_text = ""

    def set_entries(self, entries: Sequence[Entry], empty_text: str) -> bool:
        """Show ``entries``; False (and no reset, so no repaint) when nothing changed."""
        new = list(entries)
        if new == self.entries and empty_text == self.empty_text:
            return False
        self.beginResetModel()
        self.entries = new
        self.empty_text = empty_text
        self.endResetModel()
        return True

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.entries) or 1  # one disabled row says the list is empty

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not self.entries:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if not self.entries:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.empty_text
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == DETAIL_ROLE:
            return entry.detail
        if role == MARK_ROLE:
            return entry.mark
        if role == REQUEST_ROLE:
            return entry.request
        if role == TAG_ROLE:
            return entry.tag
        if role == Qt.ItemDataRole.ToolTipRole:
            head = f"{entry.tag}: {entry.title}" if entry.tag else entry.title
            return f"{head}\n{entry.detail}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            head = f"{entry.tag}: {entry.title}" if entry.tag else entry.title
            return f"{head}. {entry.detail}"
        return None


class EntryDelegate(QStyledItemDelegate):
    """Two lines per entry: a bold title and a muted detail, each cut off with '…'."""

    def _lines(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, height * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        rect = QRect(option.rect)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        if selected:
            painter.fillRect(rect, QColor(31, 95, 139, 40))
        elif hovered and enabled:
            painter.fillRect(rect, QColor(31, 95, 139, 18))
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text_colour)
        muted.setAlpha(150)
        if not enabled:
            painter.setPen(muted)
            painter.drawText(
                rect.adjusted(12, 0, -8, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(index.data()),
            )
            painter.restore()
            return
        mark = index.data(MARK_ROLE)
        if mark:
            painter.fillRect(
                QRect(rect.left() + 4, rect.top() + 6, 4, rect.height() - 12), QColor(mark)
            )
        bold, plain = self._lines(option)
        line = option.fontMetrics.height()
        left = rect.left() + 16
        width = rect.width() - 16 - 8
        tag = str(index.data(TAG_ROLE) or "")
        tag_width = 0
        if tag:
            painter.setFont(plain)
            painter.setPen(muted)
            tag = painter.fontMetrics().elidedText(tag, Qt.TextElideMode.ElideRight, width * 3 // 5)
            tag_width = painter.fontMetrics().horizontalAdvance(tag) + 12
            painter.drawText(
                QRect(left, rect.top() + 6, width, line), Qt.AlignmentFlag.AlignRight, tag
            )
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = painter.fontMetrics().elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, width - tag_width
        )
        painter.drawText(
            QRect(left, rect.top() + 6, width - tag_width, line), Qt.AlignmentFlag.AlignLeft, title
        )
        painter.setFont(plain)
        painter.setPen(muted)
        detail = painter.fontMetrics().elidedText(
            str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRect(left, rect.top() + 7 + line, width, line), Qt.AlignmentFlag.AlignLeft, detail
        )
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = painter.pen()
            pen.setColor(QColor("#1f5f8b"))
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()


class EntryListView(QListView):
    """A list whose entries are links: a click or Enter emits ``chosen``."""

    chosen = Signal(object)  # the entry's ListRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_model = EntryListModel(self)
        self.setModel(self.entry_model)
        self.setItemDelegate(EntryDelegate(self))
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, True)

    def set_entries(self, entries: Sequence[Entry], empty_text: str) -> None:
        if self.entry_model.set_entries(entries, empty_text):
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if entries else Qt.CursorShape.ArrowCursor
            )

    def entries(self) -> list[Entry]:
        return list(self.entry_model.entries)

    def choose_row(self, row: int) -> None:
        index = self.entry_model.index(row, 0)
        request = index.data(REQUEST_ROLE) if index.isValid() else None
        if request is not None:
            self.chosen.emit(request)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.indexAt(event.position().toPoint())
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.choose_row(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS:
            index = self.currentIndex()
            if index.isValid():
                self.choose_row(index.row())
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Enter belongs to the list here, not to a window shortcut.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.key() in _ENTER_KEYS)
        ):
            event.accept()
            return True
        return super().event(event)
