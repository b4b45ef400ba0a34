"""Overviews across sessions: open action points and the participation figures.

The figures follow the definitions in coordinator_app.services.participation; the
screen repeats them in one short paragraph so a reader of a printed screenshot
knows what a percentage means.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.models import ActionPointStatus, LevelCategory
from coordinator_app.services import participation, sessions
from coordinator_app.services.dutch import short_date
from coordinator_app.services.labels import label
from coordinator_app.services.participation import Counts, LevelMix, Period
from coordinator_app.views.sessions.common import (
    ERROR_COLOUR,
    EXPECTED_ERRORS,
    from_qdate,
    percent,
    report_error,
)
from coordinator_app.views.view_context import ViewContext

NO_DATE = QDate(2000, 1, 1)
ID_ROLE = Qt.ItemDataRole.UserRole


def _number(value: float | None, lang: str, digits: int = 2) -> str:
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "nl" else text


class _Item(QTableWidgetItem):
    """A read-only cell that sorts on a value of its own (numbers, dates)."""

    def __init__(self, text: str, sort_value: object = None) -> None:
        super().__init__(text)
        self.sort_value = sort_value if sort_value is not None else text.casefold()
        self.setFlags(self.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Item):
            try:
                return bool(self.sort_value < other.sort_value)  # type: ignore[operator]
            except TypeError:
                return str(self.sort_value) < str(other.sort_value)
        return super().__lt__(other)


def _fill(table: QTableWidget, rows: Sequence[Sequence[_Item]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            table.setItem(r, c, item)
    table.setSortingEnabled(True)


def _table(
    parent: QWidget,
    columns: int,
    stretch: int,
    sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
) -> QTableWidget:
    """A read-only, sortable table; ``stretch`` takes the spare width, ``sort`` is the start."""
    table = QTableWidget(0, columns, parent)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicator(*sort)
    return table


def _right(item: _Item) -> _Item:
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _count_items(counts: Counts) -> list[_Item]:
    rate = counts.rate
    return [
        _right(_Item(str(counts.invited), counts.invited)),
        _right(_Item(str(counts.present), counts.present)),
        _right(_Item(str(counts.excused), counts.excused)),
        _right(_Item(str(counts.absent), counts.absent)),
        _right(_Item(percent(rate), -1.0 if rate is None else rate)),
    ]


class ActionPointsOverview(QWidget):
    """Action points of every session that are not done yet, soonest deadline first."""

    session_activated = Signal(int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary_label = QLabel(self)
        self.show_done = QCheckBox(self)
        self.show_done.toggled.connect(self.refresh)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.show_done)
        layout.addLayout(top)
        self.table = _table(self, 6, 1)
        self.table.itemActivated.connect(self._activate)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open_selected)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rows: list[participation.ActionPointRow] = []
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    def refresh(self) -> None:
        with self.ctx.app.read_session() as db:
            self.rows = participation.open_action_points(
                db, self.ctx.app.today, include_done=self.show_done.isChecked()
            )
        table_rows = []
        for point in self.rows:
            due = _Item(
                short_date(point.due_date) or self.tr("geen"), point.due_date or dt.date.max
            )
            if point.overdue:
                due.setForeground(QColor(ERROR_COLOUR))
                due.setToolTip(self.tr("Deadline verstreken"))
            cells = [
                due,
                _Item(point.description),
                _Item(point.owner or ""),
                _Item(label(point.status, self.ctx.lang)),
                _Item(point.session_title),
                _Item(short_date(point.session_date), point.session_date),
            ]
            for cell in cells:
                cell.setData(ID_ROLE, point.id)
            table_rows.append(cells)
        _fill(self.table, table_rows)
        overdue = sum(1 for point in self.rows if point.overdue)
        self.summary_label.setText(
            self.tr("{count} actiepunt(en), waarvan {overdue} over de deadline.").format(
                count=len(self.rows), overdue=overdue
            )
        )
        self._update_buttons()

    def _selected_points(self) -> list[participation.ActionPointRow]:
        ids = {int(item.data(ID_ROLE)) for item in self.table.selectedItems()}
        return [point for point in self.rows if point.id in ids]

    def _update_buttons(self) -> None:
        selected = self._selected_points()
        self.done_button.setEnabled(
            any(point.status is not ActionPointStatus.DONE for point in selected)
        )
        self.open_button.setEnabled(len({point.session_id for point in selected}) == 1)

    def mark_done(self) -> None:
        selected = self._selected_points()
        try:
            with self.ctx.app.transaction() as db:
                for point in selected:
                    sessions.set_action_point_status(db, point.id, ActionPointStatus.DONE)
        except EXPECTED_ERRORS as exc:
            report_error(self.ctx, self, self.tr("Actiepunt niet bijgewerkt"), exc)
            return
        self.ctx.bus.notify("action_point", {point.id for point in selected})

    def _activate(self, item: QTableWidgetItem) -> None:
        point_id = int(item.data(ID_ROLE))
        for point in self.rows:
            if point.id == point_id:
                self.session_activated.emit(point.session_id)

    def _open_selected(self) -> None:
        selected = self._selected_points()
        if selected:
            self.session_activated.emit(selected[0].session_id)

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind in ("session", "action_point"):
            self.refresh()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Openstaande actiepunten"))
        self.show_done.setText(self.tr("Ook afgeronde tonen"))
        self.show_done.setAccessibleName(self.tr("Ook afgeronde actiepunten tonen"))
        self.summary_label.setAccessibleName(self.tr("Samenvatting actiepunten"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Deadline"),
                self.tr("Actiepunt"),
                self.tr("Eigenaar"),
                self.tr("Status"),
                self.tr("Bijeenkomst"),
                self.tr("Datum bijeenkomst"),
            ]
        )
        self.table.setAccessibleName(self.tr("Actiepunten"))
        self.done_button.setText(self.tr("Markeer als afgerond"))
        self.done_button.setAccessibleName(self.tr("Gekozen actiepunten afronden"))
        self.open_button.setText(self.tr("Uitkomsten openen…"))
        self.open_button.setAccessibleName(self.tr("Uitkomsten van de bijeenkomst openen"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ParticipationFigures(QWidget):
    """Participation per cohort and per session, the warning list and the level mix."""

    session_activated = Signal(int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        period_row = QHBoxLayout()
        self.from_label = QLabel(self)
        self.from_edit = self._date_field()
        self.to_label = QLabel(self)
        self.to_edit = self._date_field()
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self._clear_period)
        for widget in (
            self.from_label,
            self.from_edit,
            self.to_label,
            self.to_edit,
            self.clear_button,
        ):
            period_row.addWidget(widget)
        period_row.addStretch(1)
        layout.addLayout(period_row)

        self.summary_box = QGroupBox(self)
        summary = QVBoxLayout(self.summary_box)
        self.overall_label = QLabel(self.summary_box)
        font = self.overall_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.overall_label.setFont(font)
        self.mix_label = QLabel(self.summary_box)
        self.mix_label.setWordWrap(True)
        self.definitions_label = QLabel(self.summary_box)
        self.definitions_label.setWordWrap(True)
        self.definitions_label.setStyleSheet("color: palette(placeholder-text);")
        for widget in (self.overall_label, self.mix_label, self.definitions_label):
            summary.addWidget(widget)
        layout.addWidget(self.summary_box)

        self.tabs = QTabWidget(self)
        self.warning_table = _table(self.tabs, 7, 0, (6, Qt.SortOrder.AscendingOrder))
        self.cohort_table = _table(self.tabs, 7, 0)
        self.session_table = _table(self.tabs, 11, 1, (0, Qt.SortOrder.DescendingOrder))
        self.session_table.itemActivated.connect(
            lambda item: self.session_activated.emit(int(item.data(ID_ROLE)))
        )
        self.tabs.addTab(self.warning_table, "")
        self.tabs.addTab(self.cohort_table, "")
        self.tabs.addTab(self.session_table, "")
        layout.addWidget(self.tabs, 1)
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()

    def _date_field(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        return edit

    def _clear_period(self) -> None:
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)

    def period(self) -> Period | None:
        first = None if self.from_edit.date() == NO_DATE else from_qdate(self.from_edit.date())
        last = None if self.to_edit.date() == NO_DATE else from_qdate(self.to_edit.date())
        return Period(first, last) if first or last else None

    # -- figures -------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.ctx.app.today
        period = self.period()
        threshold = self.ctx.app.settings.participation_threshold
        with self.ctx.app.read_session() as db:
            trainees = participation.trainee_figures(db, today, period)
            cohorts = participation.cohort_figures(db, today, period, trainees)
            session_rows = participation.session_figures(db, today, period)
            overall = participation.overall_counts(db, today, period)
            mix = participation.period_mix(db, today, period)
        warned = participation.below_threshold(threshold, trainees)
        lang = self.ctx.lang
        self.overall_label.setText(
            self.tr(
                "Deelname: {rate} ({present} van {invited} uitnodigingen; {excused} afwezig met "
                "bericht, {absent} zonder bericht, {unrecorded} niet geregistreerd)"
            ).format(
                rate=percent(overall.rate),
                present=overall.present,
                invited=overall.invited,
                excused=overall.excused,
                absent=overall.absent,
                unrecorded=overall.unrecorded,
            )
        )
        self.mix_label.setText(self._mix_text(mix))
        _fill(
            self.warning_table,
            [
                [
                    _Item(fig.name, fig.sort_key),
                    _Item(fig.cohort_name),
                    *_count_items(fig.counts),
                ]
                for fig in warned
            ],
        )
        _fill(
            self.cohort_table,
            [
                [
                    _Item(fig.name),
                    _right(_Item(str(fig.trainees), fig.trainees)),
                    *_count_items(fig.counts),
                ]
                for fig in cohorts
            ],
        )
        session_table_rows = []
        for fig in session_rows:
            shares = fig.mix.shares or {}
            cells = [
                _Item(short_date(fig.date), fig.date),
                _Item(fig.title),
                *_count_items(fig.counts),
                *[
                    _right(_Item(percent(shares.get(level)), shares.get(level, -1.0)))
                    for level in participation.LEVELS
                ],
                _right(
                    _Item(
                        _number(fig.mix.index, lang),
                        -1.0 if fig.mix.index is None else fig.mix.index,
                    )
                ),
            ]
            for cell in cells:
                cell.setData(ID_ROLE, fig.session_id)
            session_table_rows.append(cells)
        _fill(self.session_table, session_table_rows)
        self.tabs.setTabText(
            0,
            self.tr("Onder de drempel van {threshold} ({count})").format(
                threshold=percent(threshold), count=len(warned)
            ),
        )

    def _mix_text(self, mix: LevelMix) -> str:
        shares = mix.shares
        if shares is None:
            return self.tr("Mix van niveaus: nog niemand met een bekend niveau aanwezig geweest.")
        parts = [
            f"{label(level, self.ctx.lang)} {percent(shares[level])}"
            for level in participation.LEVELS
        ]
        text = self.tr("Mix van niveaus onder de aanwezigen: {shares}; mengindex {index}").format(
            shares=" · ".join(parts), index=_number(mix.index, self.ctx.lang)
        )
        if mix.unknown:
            text += " " + self.tr("({count} aanwezig met onbekend niveau)").format(
                count=mix.unknown
            )
        return text

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind in ("session", "attendance", "trainee", "guest"):
            self.refresh()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Deelnamecijfers"))
        self.from_label.setText(self.tr("&Van:"))
        self.to_label.setText(self.tr("&Tot en met:"))
        for edit in (self.from_edit, self.to_edit):
            edit.setSpecialValueText(self.tr("begin"))
        self.to_edit.setSpecialValueText(self.tr("vandaag"))
        self.from_edit.setAccessibleName(self.tr("Periode vanaf"))
        self.to_edit.setAccessibleName(self.tr("Periode tot en met"))
        self.clear_button.setText(self.tr("Hele periode"))
        self.clear_button.setAccessibleName(self.tr("Periode wissen: alle bijeenkomsten"))
        self.summary_box.setTitle(self.tr("Samenvatting"))
        self.overall_label.setAccessibleName(self.tr("Deelname totaal"))
        self.mix_label.setAccessibleName(self.tr("Mix van opleidingsniveaus"))
        self.definitions_label.setText(
            self.tr(
                "Deelname = aanwezig / uitgenodigd, over bijeenkomsten tot en met vandaag; "
                "afwezig met bericht telt als niet aanwezig en staat apart vermeld. "
                "Mengindex: 0 = één niveau, 1 = mbo, hbo en wo even sterk vertegenwoordigd "
                "(per bijeenkomst; voor de periode het gewogen gemiddelde)."
            )
        )
        self.definitions_label.setAccessibleName(self.tr("Uitleg van de cijfers"))
        counts = [
            self.tr("Uitgenodigd"),
            self.tr("Aanwezig"),
            self.tr("Met bericht"),
            self.tr("Zonder bericht"),
            self.tr("Deelname"),
        ]
        self.warning_table.setHorizontalHeaderLabels(
            [self.tr("Trainee"), self.tr("Lichting"), *counts]
        )
        self.warning_table.setAccessibleName(self.tr("Trainees onder de drempel"))
        self.cohort_table.setHorizontalHeaderLabels(
            [self.tr("Lichting"), self.tr("Trainees"), *counts]
        )
        self.cohort_table.setAccessibleName(self.tr("Deelname per lichting"))
        self.session_table.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Bijeenkomst"),
                *counts,
                *[label(level, self.ctx.lang) for level in LevelCategory],
                self.tr("Mengindex"),
            ]
        )
        self.session_table.setAccessibleName(self.tr("Deelname per bijeenkomst"))
        self.tabs.setTabText(1, self.tr("Per lichting"))
        self.tabs.setTabText(2, self.tr("Per bijeenkomst"))
        self.tabs.setAccessibleName(self.tr("Deelnamecijfers per onderdeel"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
