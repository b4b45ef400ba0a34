"""ListScreen: what every list of records shares (search, filters, table, actions).

A concrete screen says which columns and filters it has, how it reads its rows (one
call into coordinator_app.services.queries) and what opening, editing and creating a
record means. Everything else lives here: the search field that filters as you type,
the filter combo boxes, the sortable table with multi-select, the context menu, the
"X van Y getoond" count, delete with a confirmation that names what goes along,
export of what is shown, and staying current through the DataBus.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from coordinator_app.errors import CoordinatorError
from coordinator_app.services import records
from coordinator_app.services.progress import Cancelled, Progress
from coordinator_app.views.icons import icon
from coordinator_app.views.screens import deleting
from coordinator_app.views.screens.commands import DeleteRecordsCommand, error_text
from coordinator_app.views.screens.table_model import Column, RecordTableModel
from coordinator_app.views.view_context import ViewContext

_log = logging.getLogger(__name__)

# From this many rows on, an export runs in the background with a progress dialog.
BACKGROUND_EXPORT_ROWS = 1000


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a list's rows are read and indexed.

    Thousands of new rows that all stay alive would otherwise trigger a full
    collection halfway, which scans every object of the application for nothing
    (more than the load itself on a slow laptop). The collector resumes afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class FilterSpec:
    """A combo box that narrows the list.

    ``all_text`` and ``accessible`` are Dutch source strings marked with
    QT_TRANSLATE_NOOP in the screen's translation context. ``matches`` tells whether
    a row passes when ``value`` is chosen.
    """

    name: str
    all_text: str
    accessible: str
    matches: Callable[[Any, Any], bool]
    width: int = 16  # characters


FilterOptions = dict[str, list[tuple[str, Any]]]


class ListScreen(QWidget):
    key: ClassVar[str] = ""
    kind: ClassVar[str] = ""  # the record kind on the DataBus and in services.records
    watched: ClassVar[frozenset[str]] = frozenset()  # bus kinds that change what is shown
    editable: ClassVar[bool] = True
    CONTEXT: ClassVar[str] = "ListScreen"  # translation context of columns and filters
    default_sort: ClassVar[tuple[int, Qt.SortOrder]] = (0, Qt.SortOrder.AscendingOrder)

    selection_changed = Signal()
    status_message = Signal(str)
    counts_changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"{self.key}Screen")
        self.model: RecordTableModel[Any] = RecordTableModel(
            self.columns(),
            self.CONTEXT,
            lang=ctx.lang,
            extra_search=self.extra_search,
            parent=self,
        )
        self.filter_specs = self.filters()
        self.filter_combos: dict[str, QComboBox] = {}
        # The values behind each combo's entries; entry i > 0 holds values[i]. Kept in
        # Python so enums, tuples and sets come back exactly as they went in.
        self._filter_values: dict[str, list[Any]] = {}
        self.current_dialog: QWidget | None = None  # the last form or detail opened here
        self._loaded = False
        self._stale = False
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_data_changed)
        self.retranslate()

    # --- what a screen provides --------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def columns(self) -> list[Column[Any]]:
        raise NotImplementedError

    def filters(self) -> list[FilterSpec]:
        return []

    def load_rows(self, session: Session) -> list[Any]:
        raise NotImplementedError

    def filter_options(self, session: Session) -> FilterOptions:
        return {}

    def extra_search(self, row: Any) -> str:
        """Text a row is found by besides its visible columns."""
        return ""

    def search_placeholder(self) -> str:
        return self.tr("Zoeken…")

    def new_button_text(self) -> str:
        return self.tr("Nieuw")

    def empty_text(self) -> str:
        return self.tr("Geen records gevonden.")

    def sheet_name(self) -> str:
        return self.title()

    def file_stem(self) -> str:
        return self.key

    def open_record(self, record_id: int) -> None:
        """Show the record read-only (Enter, double-click, 'Openen')."""
        raise NotImplementedError

    def make_form(self, record_id: int | None) -> Any:
        """The form that edits (or with None creates) a record, already shown."""
        raise NotImplementedError

    def edit_record(self, record_id: int) -> None:
        self._open_form(record_id)

    def create_record(self) -> None:
        self._open_form(None)

    def _open_form(self, record_id: int | None) -> None:
        try:
            form = self.make_form(record_id)
        except CoordinatorError as exc:  # deleted elsewhere since the list was read
            self.ctx.dialogs.error(self, self.tr("Openen mislukt"), exc.message)
            self.refresh()
            return
        form.saved.connect(self.after_save)
        self.keep_dialog(form)

    def after_save(self, record_id: int) -> None:
        """Show the saved record selected, so the user sees where it went."""
        self.refresh()
        self.select_ids([record_id])

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 10)
        outer.setSpacing(8)

        header = QHBoxLayout()
        header.setSpacing(10)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("screenTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title_label.setFont(font)
        header.addWidget(self.title_label)
        header.addStretch(1)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        self.search.textChanged.connect(self._on_search)
        header.addWidget(self.search)
        self.new_button = QPushButton(icon("new"), "", self)
        self.new_button.setObjectName("newButton")
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(self.editable)
        header.addWidget(self.new_button)
        outer.addLayout(header)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        char = self.fontMetrics().averageCharWidth()
        for spec in self.filter_specs:
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{spec.name}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(spec.width)
            combo.setMaximumWidth(char * (spec.width + 10))
            combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            combo.addItem("")
            self._filter_values[spec.name] = [None]
            combo.currentIndexChanged.connect(
                lambda _i, name=spec.name: self._on_filter_changed(name)
            )
            self.filter_combos[spec.name] = combo
            filters.addWidget(combo)
        self.clear_filters_button = QPushButton(self)
        self.clear_filters_button.setObjectName("clearFiltersButton")
        self.clear_filters_button.setFlat(True)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_filters_button)
        filters.addStretch(1)
        outer.addLayout(filters)

        self.table = QTableView(self)
        self.table.setObjectName(f"{self.key}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(True)
        horizontal.setSectionsMovable(True)
        horizontal.setSortIndicatorShown(True)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_columns()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(*self.default_sort)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        outer.addWidget(self.table, 1)

        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #6b7280; padding: 24px;")
        self.empty_label.hide()

        footer = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setStyleSheet("color: #4b5563;")
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        outer.addLayout(footer)

        self.open_action = QAction(icon("open"), "", self)
        self.open_action.triggered.connect(self.open_selected)
        self.edit_action = QAction("", self)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.table.addAction(self.edit_action)
        self.delete_action = QAction(icon("delete"), "", self)
        self.delete_action.triggered.connect(self.delete_selected)
        self.export_action = QAction(icon("export"), "", self)
        self.export_action.triggered.connect(self.export_selection)
        self.history_action = QAction("", self)
        self.history_action.triggered.connect(self.show_history)

        order = [self.search, self.new_button, *self.filter_combos.values()]
        order += [self.clear_filters_button, self.table]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fit_columns(self) -> None:
        """Each column as wide as its usual contents, and never narrower than its title."""
        metrics = self.table.horizontalHeader().fontMetrics()
        char = metrics.averageCharWidth()
        for i, column in enumerate(self.model.columns):
            title = metrics.horizontalAdvance(self.model.column_title(i)) + 24  # sort arrow
            self.table.setColumnWidth(i, max(char * column.width + 16, title))

    def retranslate(self) -> None:
        self.title_label.setText(self.title())
        self.search.setPlaceholderText(self.search_placeholder())
        self.search.setAccessibleName(self.tr("Zoeken in {what}").format(what=self.title()))
        self.search.setToolTip(
            self.tr("Typ om te zoeken; hoofdletters en accenten maken niet uit (Ctrl+F)")
        )
        self.new_button.setText(self.new_button_text())
        self.new_button.setAccessibleName(self.new_button_text())
        self.new_button.setToolTip(self.tr("{what} (Ctrl+N)").format(what=self.new_button_text()))
        for spec in self.filter_specs:
            combo = self.filter_combos[spec.name]
            combo.setItemText(0, QCoreApplication.translate(self.CONTEXT, spec.all_text))
            combo.setAccessibleName(QCoreApplication.translate(self.CONTEXT, spec.accessible))
            combo.setToolTip(combo.accessibleName())
        self.clear_filters_button.setText(self.tr("Filters wissen"))
        self.clear_filters_button.setAccessibleName(self.tr("Zoektekst en filters wissen"))
        self.table.setAccessibleName(self.tr("Lijst: {what}").format(what=self.title()))
        self.open_action.setText(self.tr("Openen"))
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.edit_action.setText(self.tr("Bewerken"))
        self.delete_action.setText(self.tr("Verwijderen"))
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.export_action.setText(self.tr("Selectie exporteren"))
        self.history_action.setText(self.tr("Geschiedenis…"))
        self.empty_label.setText(self.empty_text())
        language_changed = self.model.lang != self.ctx.lang
        self.model.set_language(self.ctx.lang)
        self.model.retranslate()
        self._fit_columns()
        if language_changed and self._loaded:
            # The filters' labels of stored values (status, type) follow the language.
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the contract with the main window ---------------------------------------------------

    def refresh(self) -> None:
        """Read the rows again; keep search, filters, sort order, selection and scroll."""
        self._refresh_timer.stop()
        selected = self.selected_ids()
        current = self._current_id()
        scroll = self.table.verticalScrollBar().value()
        with gc_paused(), self.ctx.app.read_session() as session:
            rows = self.load_rows(session)
            options = self.filter_options(session)
            self._set_filter_options(options)
            self.model.set_rows(rows)
        self._loaded = True
        self._stale = False
        self._restore_selection(selected, current)
        self.table.verticalScrollBar().setValue(scroll)
        self._update_counts()

    def new_record(self) -> None:
        if self.editable:
            self.create_record()
        else:
            self.status_message.emit(self.tr("Nieuwe records maakt u niet in dit scherm."))

    def open_selected(self) -> None:
        record_id = self._current_id()
        if record_id is not None:
            self.open_record(record_id)

    def edit_selected(self) -> None:
        record_id = self._current_id()
        if record_id is not None and self.editable:
            self.edit_record(record_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if not self.editable:
            self.status_message.emit(self.tr("Records verwijderen kan niet in dit scherm."))
            return
        try:
            with self.ctx.app.read_session() as session:
                impact = records.delete_impact(session, self.kind, ids)
        except CoordinatorError as exc:
            self.ctx.dialogs.error(self, deleting.title_text(self.kind, len(ids)), exc.message)
            self.refresh()
            return
        if impact.blocked:
            self.ctx.dialogs.error(
                self, deleting.blocked_title(self.kind), deleting.blocked_text(impact)
            )
            return
        title = deleting.title_text(self.kind, len(ids))
        if not self.ctx.dialogs.confirm(
            self, title, deleting.confirm_text(impact), destructive=True
        ):
            return
        command = DeleteRecordsCommand(
            self.ctx, self.kind, ids, deleting.command_text(self.kind, impact.labels)
        )
        try:
            command.perform()
        except CoordinatorError as exc:
            self.ctx.dialogs.error(self, title, error_text(exc, self.ctx.lang))
            return
        self.ctx.undo_stack.push(command)
        self.refresh()
        self.status_message.emit(deleting.done_text(self.kind, impact.labels))

    def export_selection(self) -> None:
        rows = self.selected_rows() or self.model.shown_rows()
        if not rows:
            self.status_message.emit(self.tr("Er is niets om te exporteren."))
            return
        headers, values = self.model.export_table(rows)
        today = self.ctx.app.today
        suggested = f"{self.file_stem()}-{today:%Y-%m-%d}.xlsx"
        title = self.tr("Exporteren naar Excel")
        path = self.ctx.dialogs.save_file(self, title, suggested, self.tr("Excel-werkmap (*.xlsx)"))
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        sheet = self.sheet_name()
        count = len(values)

        def work(progress: Progress) -> Path:
            from coordinator_app.excel.table_export import write_table

            return write_table(path, sheet, headers, values, progress=progress)

        if count >= BACKGROUND_EXPORT_ROWS:
            self.ctx.tasks.run(
                self,
                title,
                work,
                lambda result: self._exported(Path(result), count),
                self._export_failed,
            )
            return
        try:
            from coordinator_app.excel.table_export import write_table

            written = write_table(path, sheet, headers, values)
        except (OSError, Cancelled) as exc:
            self._export_failed(exc)
            return
        self._exported(written, count)

    def _exported(self, path: Path, count: int) -> None:
        self.status_message.emit(
            self.tr("{n} rijen geëxporteerd naar {file}").format(
                n=self._number(count), file=path.name
            )
        )

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status_message.emit(self.tr("Exporteren afgebroken."))
            return
        if isinstance(exc, OSError):
            text = self.tr("Het bestand kon niet worden geschreven: {reason}").format(
                reason=exc.strerror or str(exc)
            )
        else:
            _log.error("export failed", exc_info=exc)
            text = error_text(exc, self.ctx.lang)
        self.ctx.dialogs.error(self, self.tr("Exporteren mislukt"), text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_ids(self) -> list[int]:
        return [self.model.id_at(row) for row in self._selected_view_rows()]

    def selected_rows(self) -> list[Any]:
        return [self.model.row_at(row) for row in self._selected_view_rows()]

    def shown_and_total(self) -> tuple[int, int]:
        return self.model.shown_and_total()

    # --- searching and filtering -------------------------------------------------------------

    def set_search_text(self, text: str) -> None:
        self.search.setText(text)

    def set_filter_value(self, name: str, value: Any) -> bool:
        """Choose ``value`` in filter ``name``; False when it is not among the options."""
        values = self._filter_values[name]
        for i in range(1, len(values)):
            if values[i] is not None and values[i] == value:
                self.filter_combos[name].setCurrentIndex(i)
                return True
        return False

    def filter_value(self, name: str) -> Any:
        """The chosen value of filter ``name``; None when it shows everything."""
        index = self.filter_combos[name].currentIndex()
        return self._filter_values[name][index] if index > 0 else None

    def clear_filters(self) -> None:
        for combo in self.filter_combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        selected, current = self.selected_ids(), self._current_id()
        self.model.clear_filters()
        self._restore_selection(selected, current)
        self._update_counts()

    def _on_search(self, text: str) -> None:
        selected, current = self.selected_ids(), self._current_id()
        self.model.set_search(text)
        self._restore_selection(selected, current)
        self._update_counts()

    def _on_filter_changed(self, name: str) -> None:
        spec = next(s for s in self.filter_specs if s.name == name)
        combo = self.filter_combos[name]
        value = self.filter_value(name)
        font = combo.font()
        font.setBold(value is not None)
        combo.setFont(font)
        selected, current = self.selected_ids(), self._current_id()
        if value is None:
            self.model.set_filter(name, None)
        else:
            matches = spec.matches
            self.model.set_filter(name, lambda row: matches(value, row))
        self._restore_selection(selected, current)
        self._update_counts()

    def _set_filter_options(self, options: FilterOptions) -> None:
        """Fill the combos anew, keeping each chosen value when it still exists."""
        for spec in self.filter_specs:
            combo = self.filter_combos[spec.name]
            chosen = self.filter_value(spec.name)
            values: list[Any] = [None]
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            index = 0
            for text, value in options.get(spec.name, []):
                if value is None:  # a separator between groups of options
                    combo.insertSeparator(combo.count())
                    values.append(None)
                    continue
                combo.addItem(text)
                values.append(value)
                if chosen is not None and value == chosen:
                    index = combo.count() - 1
            self._filter_values[spec.name] = values
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
            if chosen is not None and index == 0:
                self.model.set_filter(spec.name, None)  # the chosen value no longer exists
                font = combo.font()
                font.setBold(False)
                combo.setFont(font)

    # --- selection ----------------------------------------------------------------------------

    def _selected_view_rows(self) -> list[int]:
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows: set[int] = set()
        for selected_range in selection.selection():
            rows.update(range(selected_range.top(), selected_range.bottom() + 1))
        return sorted(rows)

    def _current_id(self) -> int | None:
        rows = self._selected_view_rows()
        index = self.table.currentIndex()
        if index.isValid() and index.row() in rows:
            return self.model.id_at(index.row())
        return self.model.id_at(rows[0]) if rows else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        self._restore_selection(ids, current if current is not None else (ids[0] if ids else None))
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index)

    def _restore_selection(self, ids: list[int], current: int | None) -> None:
        """Select the rows of ``ids`` that are shown, as few ranges as possible."""
        selection_model = self.table.selectionModel()
        positions = sorted(p for p in (self.model.view_row_of(i) for i in ids) if p is not None)
        ranges: list[list[int]] = []
        for pos in positions:
            if ranges and pos == ranges[-1][1] + 1:
                ranges[-1][1] = pos
            else:
                ranges.append([pos, pos])
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for top, bottom in ranges:
            selection.select(self.model.index(top, 0), self.model.index(bottom, last_column))
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        row = self.model.view_row_of(current) if current is not None else None
        if row is not None:
            selection_model.setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.selection_changed.emit()

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_counts()
        self.selection_changed.emit()

    # --- context menu -------------------------------------------------------------------------

    def build_context_menu(self) -> QMenu:
        has_selection = bool(self._selected_view_rows())
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.history_action)
        self.history_action.setEnabled(len(self.selected_ids()) == 1)
        self.open_action.setEnabled(has_selection)
        self.edit_action.setEnabled(has_selection and self.editable)
        self.delete_action.setEnabled(has_selection and self.editable)
        self.export_action.setEnabled(self.model.rowCount() > 0)
        for action in menu.actions():
            if action.text():
                action.setShortcutVisibleInContextMenu(True)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        menu = self.build_context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- staying current ---------------------------------------------------------------------

    def _on_data_changed(self, kind: str, _ids: object) -> None:
        if kind not in self.watched and kind != "*":
            return
        if not self._loaded:
            return  # the main window refreshes a screen the first time it is shown
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- small things -------------------------------------------------------------------------

    def _number(self, n: int) -> str:
        language = QLocale.Language.Dutch if self.ctx.lang == "nl" else QLocale.Language.English
        return QLocale(language).toString(n)

    def _update_counts(self) -> None:
        shown, total = self.model.shown_and_total()
        text = self.tr("{shown} van {total} getoond").format(
            shown=self._number(shown), total=self._number(total)
        )
        selected = len(self._selected_view_rows()) if self.table.selectionModel() else 0
        if selected > 1:
            text += " · " + self.tr("{n} geselecteerd").format(n=self._number(selected))
        self.count_label.setText(text)
        filtering = bool(self.model.active_filters() or self.model.search_words())
        self.clear_filters_button.setEnabled(filtering)
        self.empty_label.setVisible(self._loaded and shown == 0)
        if self.empty_label.isVisible():
            self.empty_label.setText(
                self.tr("Niets gevonden met deze zoektekst en filters.")
                if filtering
                else self.empty_text()
            )
            self.empty_label.resize(self.table.viewport().size())
        self.counts_changed.emit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.empty_label.resize(self.table.viewport().size())

    def today(self) -> dt.date:
        return self.ctx.app.today

    def show_history(self) -> None:
        """The change history of the selected record (who changed what, when)."""
        from coordinator_app.views.maintenance import show_history

        record_id = self._current_id()
        if record_id is None:
            return
        rows = [row for row in self.selected_rows() if getattr(row, "id", None) == record_id]
        label = self.model.columns[0].text(rows[0], self.ctx.lang) if rows else str(record_id)
        self.keep_dialog(show_history(self.ctx, self, self.kind, record_id, label))

    def keep_dialog(self, dialog: QWidget) -> None:
        """Remember the dialog opened last (tests and the screenshot tool look at it)."""
        self.current_dialog = dialog
