"""A recurring series in one go: every N weeks between two dates, minus skipped dates.

The dialog shows the dates it will create while the coordinator types, so holidays
that still need skipping are easy to spot before anything is saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.services import sessions
from coordinator_app.services.dutch import long_date, short_date
from coordinator_app.services.sessions import SeriesPlan, SessionInputError
from coordinator_app.views.sessions.common import (
    ERROR_COLOUR,
    EXPECTED_ERRORS,
    date_edit,
    from_qdate,
    report_error,
)
from coordinator_app.views.sessions.invitations import InvitationPicker
from coordinator_app.views.sessions.session_form import SessionFields
from coordinator_app.views.view_context import ViewContext

DATE_ROLE = Qt.ItemDataRole.UserRole
WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


class SeriesDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.series_id: int | None = None
        self.session_ids: list[int] = []
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)

        plan_page = QWidget(self.tabs)
        plan_layout = QHBoxLayout(plan_page)
        left = QVBoxLayout()
        self.recurrence_box = QGroupBox(plan_page)
        recurrence = QFormLayout(self.recurrence_box)
        self.series_title_edit = QLineEdit(self.recurrence_box)
        self.series_title_edit.setMaxLength(200)
        self.first_edit = date_edit(self.recurrence_box, ctx.app.today)
        self.last_edit = date_edit(self.recurrence_box, ctx.app.today + dt.timedelta(weeks=12))
        self.interval_spin = QSpinBox(self.recurrence_box)
        self.interval_spin.setRange(1, 52)
        self.series_title_label = QLabel(self.recurrence_box)
        self.first_label = QLabel(self.recurrence_box)
        self.last_label = QLabel(self.recurrence_box)
        self.interval_label = QLabel(self.recurrence_box)
        for row_label, field in (
            (self.series_title_label, self.series_title_edit),
            (self.first_label, self.first_edit),
            (self.last_label, self.last_edit),
            (self.interval_label, self.interval_spin),
        ):
            row_label.setBuddy(field)
            recurrence.addRow(row_label, field)
        left.addWidget(self.recurrence_box)

        self.skip_box = QGroupBox(plan_page)
        skip = QVBoxLayout(self.skip_box)
        skip_row = QHBoxLayout()
        self.skip_edit = date_edit(self.skip_box, ctx.app.today)
        self.skip_add = QPushButton(self.skip_box)
        self.skip_add.clicked.connect(self._add_skipped)
        self.skip_remove = QPushButton(self.skip_box)
        self.skip_remove.clicked.connect(self._remove_skipped)
        skip_row.addWidget(self.skip_edit, 1)
        skip_row.addWidget(self.skip_add)
        skip_row.addWidget(self.skip_remove)
        skip.addLayout(skip_row)
        self.skip_list = QListWidget(self.skip_box)
        skip.addWidget(self.skip_list)
        left.addWidget(self.skip_box, 1)
        plan_layout.addLayout(left, 3)

        self.preview_box = QGroupBox(plan_page)
        preview = QVBoxLayout(self.preview_box)
        self.preview_count = QLabel(self.preview_box)
        self.preview_count.setWordWrap(True)
        self.preview_list = QListWidget(self.preview_box)
        preview.addWidget(self.preview_count)
        preview.addWidget(self.preview_list, 1)
        plan_layout.addWidget(self.preview_box, 2)
        self.tabs.addTab(plan_page, "")

        session_page = QWidget(self.tabs)
        session_layout = QVBoxLayout(session_page)
        self.fields = SessionFields(ctx, session_page, with_date=False)
        session_layout.addWidget(self.fields)
        session_layout.addStretch(1)
        self.tabs.addTab(session_page, "")

        self.picker = InvitationPicker(ctx, self.tabs)
        self.tabs.addTab(self.picker, "")
        layout.addWidget(self.tabs, 1)

        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for signal in (
            self.first_edit.dateChanged,
            self.last_edit.dateChanged,
            self.interval_spin.valueChanged,
        ):
            signal.connect(self._update_preview)
        self.series_title_edit.textChanged.connect(self._follow_title)
        self.resize(900, 640)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nieuwe reeks bijeenkomsten"))
        self.setAccessibleName(self.windowTitle())
        self.tabs.setTabText(0, self.tr("Herhaling"))
        self.tabs.setTabText(1, self.tr("Gegevens per bijeenkomst"))
        self.tabs.setTabText(2, self.tr("Uitnodigen"))
        self.tabs.setAccessibleName(self.tr("Onderdelen van de reeks"))
        self.recurrence_box.setTitle(self.tr("Herhaling"))
        self.series_title_label.setText(self.tr("&Naam van de reeks:"))
        self.series_title_edit.setAccessibleName(self.tr("Naam van de reeks"))
        self.series_title_edit.setPlaceholderText(
            self.tr("bijvoorbeeld Vrijdagprogramma 2025-2026")
        )
        self.first_label.setText(self.tr("&Eerste datum:"))
        self.first_edit.setAccessibleName(self.tr("Eerste datum"))
        self.last_label.setText(self.tr("&Laatste datum:"))
        self.last_edit.setAccessibleName(self.tr("Laatste datum"))
        self.interval_label.setText(self.tr("&Elke:"))
        self.interval_spin.setSuffix(self.tr(" week/weken"))
        self.interval_spin.setAccessibleName(self.tr("Interval in weken"))
        self.skip_box.setTitle(self.tr("Overslaan (vakanties, feestdagen)"))
        self.skip_edit.setAccessibleName(self.tr("Datum om over te slaan"))
        self.skip_add.setText(self.tr("Overslaan"))
        self.skip_add.setAccessibleName(self.tr("Datum toevoegen aan de lijst om over te slaan"))
        self.skip_remove.setText(self.tr("Weghalen"))
        self.skip_remove.setAccessibleName(self.tr("Gekozen overgeslagen datum weghalen"))
        self.skip_list.setAccessibleName(self.tr("Overgeslagen datums"))
        self.preview_box.setTitle(self.tr("Voorbeeld"))
        self.preview_list.setAccessibleName(self.tr("Datums van de reeks"))
        self.problem_label.setAccessibleName(self.tr("Problemen"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Reeks aanmaken"))
        save.setAccessibleName(self.tr("Reeks aanmaken"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self._update_preview()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the plan ----------------------------------------------------------------------

    def skipped(self) -> frozenset[dt.date]:
        return frozenset(
            dt.date.fromisoformat(str(self.skip_list.item(row).data(DATE_ROLE)))
            for row in range(self.skip_list.count())
        )

    def add_skipped(self, day: dt.date) -> None:
        days = self.skipped()
        if day in days:
            return
        self.skip_list.clear()
        for each in sorted(days | {day}):
            item = QListWidgetItem(f"{short_date(each)}  ({WEEKDAYS_NL[each.weekday()]})")
            item.setData(DATE_ROLE, each.isoformat())
            self.skip_list.addItem(item)
        self._update_preview()

    def _add_skipped(self) -> None:
        self.add_skipped(from_qdate(self.skip_edit.date()))

    def _remove_skipped(self) -> None:
        for item in self.skip_list.selectedItems():
            self.skip_list.takeItem(self.skip_list.row(item))
        self._update_preview()

    def plan(self) -> SeriesPlan:
        return SeriesPlan(
            title=self.series_title_edit.text() or self.fields.title_edit.text(),
            first_date=from_qdate(self.first_edit.date()),
            last_date=from_qdate(self.last_edit.date()),
            interval_weeks=self.interval_spin.value(),
            skipped_dates=self.skipped(),
        )

    def _follow_title(self, text: str) -> None:
        """The sessions take the series' name until the coordinator gives them their own."""
        title = self.fields.title_edit
        if not title.isModified():
            title.setText(text)

    def _update_preview(self) -> None:
        plan = self.plan()
        self.preview_list.clear()
        if plan.last_date < plan.first_date:
            self.preview_count.setText(self.tr("De laatste datum ligt vóór de eerste."))
            return
        dates = sessions.series_dates(plan)
        for day in dates[: sessions.MAX_SERIES_OCCURRENCES]:
            self.preview_list.addItem(f"{WEEKDAYS_NL[day.weekday()]} {long_date(day)}")
        self.preview_count.setText(
            self.tr("{count} bijeenkomsten, {skipped} datum(s) overgeslagen.").format(
                count=len(dates), skipped=len(plan.skipped_dates)
            )
        )

    # -- saving ------------------------------------------------------------------------

    def save(self) -> bool:
        plan = self.plan()
        template = self.fields.data(plan.first_date)
        problems = sessions.validate_series_plan(plan) + sessions.validate_session_data(template)
        if problems:
            self._show_problems(problems)
            return False
        try:
            with self.ctx.app.transaction() as db:
                self.series_id, self.session_ids = sessions.create_series(
                    db, plan, template, self.picker.spec()
                )
        except SessionInputError as exc:
            self._show_problems(list(exc.problems))
            return False
        except EXPECTED_ERRORS as exc:
            report_error(self.ctx, self, self.tr("Reeks niet aangemaakt"), exc)
            return False
        self.ctx.bus.notify("session", set(self.session_ids))
        self.ctx.bus.notify("attendance", set())
        self.accept()
        return True

    def _show_problems(self, problems: list[str]) -> None:
        self.problem_label.setText("\n".join(problems))
        self.problem_label.show()
