"""A table model over a plain list of row objects, with its own sorting and filtering.

The rows come from one query (coordinator_app.services.queries) and live in a Python
list; ``data()`` reads from that list. Sorting and filtering happen here too, on keys
computed once per row, instead of in a QSortFilterProxyModel whose ``lessThan`` and
``filterAcceptsRow`` would call back into Python for every comparison: with 5,000 rows
that is the difference between a few milliseconds and a visible pause.

``SORT_ROLE`` gives the key a column sorts on (a date, a number, the Dutch sort name
of a person), so a view or test can see why rows are in the order they are.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

R = TypeVar("R")

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 3

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

_MUTED = QColor("#6b7280")

Index = QModelIndex | QPersistentModelIndex


# Combining marks of the Latin, Greek and Cyrillic scripts (and their extensions): what
# NFKD splits off an accented letter. Removing them with one regex is several times
# faster than testing every character, which matters for 5,000 search keys.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def quick_fold(text: str) -> str:
    """Case- and accent-insensitive form for searching, like coordinator_app.text.fold.

    Plain ASCII needs only lower(); other text is decomposed and stripped of its marks.
    """
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def dutch_date(day: dt.date | None) -> str:
    """dd-mm-jjjj without strftime (which imports a module on every call)."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}" if day is not None else ""


def text_key(text: str) -> tuple[int, str]:
    """Sort text case- and accent-insensitively, empty values last."""
    return (0, quick_fold(text)) if text else (1, "")


def date_key(day: dt.date | None) -> tuple[int, dt.date]:
    return (0, day) if day is not None else (1, dt.date.max)


def number_key(value: float | None) -> tuple[int, float]:
    return (0, value) if value is not None else (1, 0.0)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: how a row shows in it, sorts in it and exports from it.

    ``title`` is a Dutch source string marked with QT_TRANSLATE_NOOP in the screen's
    translation context; the model translates it when the header is drawn.
    """

    key: str
    title: str
    text: Callable[[R, str], str]  # (row, language) -> what the cell shows
    sort: Callable[[R], Any] | None = None  # default: the text, folded
    value: Callable[[R], Any] | None = None  # typed value for export; default: the text
    align: Qt.AlignmentFlag = LEFT
    width: int = 14  # in average characters
    searchable: bool = True
    muted: bool = False  # secondary information in a softer colour


def date_column(
    key: str, title: str, day: Callable[[Any], dt.date | None], width: int = 10
) -> Column[Any]:
    """A column of dates: shown as 26-11-2026, sorted by date (empty last), exported as a date."""
    return Column(
        key,
        title,
        lambda r, _l: dutch_date(day(r)),
        sort=lambda r: date_key(day(r)),
        value=day,
        width=width,
    )


def count_column(key: str, title: str, count: Callable[[Any], int], width: int = 8) -> Column[Any]:
    """A right-aligned column of numbers, sorted and exported as numbers, not searched."""
    return Column(
        key,
        title,
        lambda r, _l: str(count(r)),
        sort=count,
        value=count,
        align=RIGHT,
        width=width,
        searchable=False,
    )


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind of record, filtered by search words and filter predicates."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        context: str,
        *,
        lang: str = "nl",
        extra_search: Callable[[R], str] | None = None,
        row_id: Callable[[R], int] = lambda row: row.id,  # type: ignore[attr-defined]
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.context = context
        self.lang = lang
        self._extra_search = extra_search
        self._row_id = row_id
        self._rows: list[R] = []
        self._keys: list[str] | None = None  # built on the first search, then kept
        self._order: list[int] = []  # all row indexes in the current sort order
        self._shown: list[int] = []  # the part of _order that passes search and filters
        self._positions: dict[int, int] | None = None  # id -> shown position, built lazily
        self._words: list[str] = []
        self._filters: dict[str, Callable[[R], bool]] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- loading ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = None
        self._order = list(range(len(self._rows)))
        self._apply_sort()
        self._apply_filter()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Labels of stored values differ per language; searching follows what is shown."""
        if lang == self.lang:
            return
        self.beginResetModel()
        self.lang = lang
        self._keys = None
        self._apply_sort()
        self._apply_filter()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def _search_keys(self) -> list[str]:
        """One folded text per row; made when first needed, so opening a list stays quick."""
        if self._keys is None:
            self._build_keys()
        assert self._keys is not None
        return self._keys

    def _build_keys(self) -> None:
        searchable = [c.text for c in self.columns if c.searchable]
        extra = self._extra_search
        lang = self.lang
        keys = []
        for row in self._rows:
            parts = [text(row, lang) for text in searchable]
            if extra is not None:
                parts.append(extra(row))
            keys.append(quick_fold("\x1f".join(parts)))
        self._keys = keys

    # --- searching and filtering -----------------------------------------------------------

    def set_search(self, text: str) -> None:
        words = quick_fold(text).split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._apply_filter()
        self.endResetModel()

    def search_words(self) -> list[str]:
        return list(self._words)

    def set_filter(self, name: str, predicate: Callable[[R], bool] | None) -> None:
        """Add, replace or (with None) remove the filter called ``name``."""
        if predicate is None and name not in self._filters:
            return
        self.beginResetModel()
        if predicate is None:
            del self._filters[name]
        else:
            self._filters[name] = predicate
        self._apply_filter()
        self.endResetModel()

    def clear_filters(self) -> None:
        self.beginResetModel()
        self._filters.clear()
        self._words = []
        self._apply_filter()
        self.endResetModel()

    def active_filters(self) -> list[str]:
        return sorted(self._filters)

    def _apply_filter(self) -> None:
        words, rows = self._words, self._rows
        predicates = list(self._filters.values())
        if not words and not predicates:
            self._shown = list(self._order)
        else:
            keys = self._search_keys() if words else []
            self._shown = [
                i
                for i in self._order
                if all(w in keys[i] for w in words) and all(p(rows[i]) for p in predicates)
            ]
        self._positions = None

    # --- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [
            (self._row_id(self._rows[self._shown[p.row()]]), p.column()) for p in persistent
        ]
        self._sort_column = column
        self._sort_order = order
        self._apply_sort()
        self._apply_filter()
        positions = self._id_positions()
        new_indexes = []
        for record_id, col in remembered:
            row = positions.get(record_id)
            new_indexes.append(self.index(row, col) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _apply_sort(self) -> None:
        if self._sort_column < 0:
            return
        column = self.columns[self._sort_column]
        rows = self._rows
        if column.sort is not None:
            key = column.sort
            keys = [key(row) for row in rows]
        else:
            text, lang = column.text, self.lang
            keys = [text_key(text(row, lang)) for row in rows]
        self._order = list(range(len(rows)))  # stable base order: the query's order
        self._order.sort(
            key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder
        )

    # --- reading ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._shown[index.row()]]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row, self.lang)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else text_key(column.text(row, self.lang))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(row, self.lang)
            return text if len(text) > column.width else None
        if role == Qt.ItemDataRole.ForegroundRole and column.muted:
            return _MUTED
        if role == ID_ROLE:
            return self._row_id(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align.value)
        return None

    def column_title(self, section: int) -> str:
        return QCoreApplication.translate(self.context, self.columns[section].title)

    def shown_and_total(self) -> tuple[int, int]:
        return len(self._shown), len(self._rows)

    def row_at(self, view_row: int) -> R:
        return self._rows[self._shown[view_row]]

    def id_at(self, view_row: int) -> int:
        return self._row_id(self._rows[self._shown[view_row]])

    def shown_rows(self) -> list[R]:
        return [self._rows[i] for i in self._shown]

    def all_rows(self) -> list[R]:
        return list(self._rows)

    def view_row_of(self, record_id: int) -> int | None:
        return self._id_positions().get(record_id)

    def _id_positions(self) -> dict[int, int]:
        if self._positions is None:
            self._positions = {
                self._row_id(self._rows[i]): pos for pos, i in enumerate(self._shown)
            }
        return self._positions

    def export_table(self, rows: Sequence[R]) -> tuple[list[str], list[list[Any]]]:
        """Headers and typed cell values of ``rows`` in the shown columns, for a spreadsheet."""
        headers = [self.column_title(i) for i in range(len(self.columns))]
        lang = self.lang
        values = [
            [c.value(row) if c.value is not None else c.text(row, lang) for c in self.columns]
            for row in rows
        ]
        return headers, values
