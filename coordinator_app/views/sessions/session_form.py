"""The session form: create or edit one session and invite people to it.

An occurrence of a series offers the choice "alleen deze bijeenkomst" or "deze en
de volgende bijeenkomsten van de reeks" right in the form, so the coordinator sees
the scope before saving instead of answering a question afterwards. Edits go
through the undo stack; invitations are added (never removed) on save.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from coordinator_app.models import Attendance, Municipality, SessionType
from coordinator_app.models import Session as SessionRecord
from coordinator_app.services import sessions
from coordinator_app.services.sessions import SessionData, SessionInputError
from coordinator_app.views.sessions.commands import EditSessionCommand
from coordinator_app.views.sessions.common import (
    ERROR_COLOUR,
    EXPECTED_ERRORS,
    date_edit,
    fill_type_combo,
    from_qdate,
    from_qtime,
    report_error,
    time_edit,
    to_qdate,
    to_qtime,
)
from coordinator_app.views.sessions.invitations import InvitationPicker
from coordinator_app.views.view_context import ViewContext


class SessionFields(QWidget):
    """The fields of a session; the series dialog shows them without the date."""

    def __init__(
        self, ctx: ViewContext, parent: QWidget | None = None, *, with_date: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.with_date = with_date
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.type_combo = QComboBox(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.date_edit = date_edit(self, ctx.app.today)
        self.start_edit = time_edit(self, dt.time(9, 30))
        self.end_edit = time_edit(self, dt.time(12, 0))
        self.location_edit = QLineEdit(self)
        self.location_edit.setMaxLength(200)
        self.municipality_combo = QComboBox(self)
        self.facilitator_edit = QLineEdit(self)
        self.facilitator_edit.setMaxLength(160)
        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setRange(0, 9999)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(80)

        self.labels: dict[str, QLabel] = {}
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        self.until_label = QLabel(self)
        times.addWidget(self.until_label)
        times.addWidget(self.end_edit)
        times.addStretch(1)
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            ("type", self.type_combo),
            ("title", self.title_edit),
        ]
        if with_date:
            rows.append(("date", self.date_edit))
        else:
            self.date_edit.hide()
        rows += [
            ("time", times),
            ("location", self.location_edit),
            ("municipality", self.municipality_combo),
            ("facilitator", self.facilitator_edit),
            ("capacity", self.capacity_spin),
            ("description", self.description_edit),
        ]
        for key, field in rows:
            row_label = QLabel(self)
            self.labels[key] = row_label
            if isinstance(field, QWidget):
                row_label.setBuddy(field)
            else:
                row_label.setBuddy(self.start_edit)
            form.addRow(row_label, field)
        with ctx.app.read_session() as db:
            self._municipalities = db.execute(
                select(Municipality.id, Municipality.name).order_by(Municipality.name)
            ).all()
        self.retranslate()

    def retranslate(self) -> None:
        fill_type_combo(self.type_combo, self.ctx.lang)
        texts = {
            "type": self.tr("&Soort:"),
            "title": self.tr("&Titel:"),
            "date": self.tr("&Datum:"),
            "time": self.tr("T&ijd:"),
            "location": self.tr("&Locatie:"),
            "municipality": self.tr("&Gemeente:"),
            "facilitator": self.tr("&Begeleiding:"),
            "capacity": self.tr("&Maximum:"),
            "description": self.tr("&Omschrijving:"),
        }
        for key, text in texts.items():
            if key in self.labels:
                self.labels[key].setText(text)
        self.until_label.setText(self.tr("tot"))
        self.type_combo.setAccessibleName(self.tr("Soort bijeenkomst"))
        self.title_edit.setAccessibleName(self.tr("Titel"))
        self.title_edit.setPlaceholderText(self.tr("bijvoorbeeld Intervisie lichting 2025"))
        self.date_edit.setAccessibleName(self.tr("Datum"))
        self.start_edit.setAccessibleName(self.tr("Begintijd"))
        self.end_edit.setAccessibleName(self.tr("Eindtijd"))
        self.location_edit.setAccessibleName(self.tr("Locatie"))
        self.location_edit.setPlaceholderText(self.tr("gebouw, zaal, adres"))
        self.municipality_combo.setAccessibleName(self.tr("Gemeente"))
        current = self.municipality_combo.currentData()
        self.municipality_combo.clear()
        self.municipality_combo.addItem(self.tr("(geen)"), None)
        for municipality_id, name in self._municipalities:
            self.municipality_combo.addItem(name, municipality_id)
        self.municipality_combo.setCurrentIndex(max(self.municipality_combo.findData(current), 0))
        self.facilitator_edit.setAccessibleName(self.tr("Begeleiding"))
        self.facilitator_edit.setPlaceholderText(self.tr("wie leidt de bijeenkomst"))
        self.capacity_spin.setAccessibleName(self.tr("Maximum aantal deelnemers"))
        self.capacity_spin.setSpecialValueText(self.tr("geen maximum"))
        self.capacity_spin.setSuffix(self.tr(" deelnemers"))
        self.description_edit.setAccessibleName(self.tr("Omschrijving"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_data(self, data: SessionData) -> None:
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(data.type.value), 0))
        self.title_edit.setText(data.title)
        self.date_edit.setDate(to_qdate(data.date))
        self.start_edit.setTime(to_qtime(data.start_time))
        self.end_edit.setTime(to_qtime(data.end_time))
        self.location_edit.setText(data.location or "")
        self.municipality_combo.setCurrentIndex(
            max(self.municipality_combo.findData(data.municipality_id), 0)
        )
        self.facilitator_edit.setText(data.facilitator or "")
        self.capacity_spin.setValue(data.capacity or 0)
        self.description_edit.setPlainText(data.description)

    def data(self, day: dt.date | None = None) -> SessionData:
        return SessionData(
            type=SessionType(self.type_combo.currentData() or SessionType.TRAINING.value),
            title=self.title_edit.text(),
            date=day or from_qdate(self.date_edit.date()),
            start_time=from_qtime(self.start_edit.time()),
            end_time=from_qtime(self.end_edit.time()),
            location=self.location_edit.text(),
            municipality_id=self.municipality_combo.currentData(),
            facilitator=self.facilitator_edit.text(),
            description=self.description_edit.toPlainText(),
            capacity=self.capacity_spin.value() or None,
        )


class SessionFormDialog(QDialog):
    def __init__(
        self, ctx: ViewContext, parent: QWidget | None = None, session_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.saved_id: int | None = None
        self.version: int | None = None
        self.series_title: str | None = None
        listed: tuple[set[int], set[int]] = (set(), set())
        loaded: SessionData | None = None
        groups: tuple[list[int], list[int]] = ([], [])
        if session_id is not None:
            with ctx.app.read_session() as db:
                loaded, self.version = sessions.load_session(db, session_id)
                record = db.get(SessionRecord, session_id)
                if record is not None and record.series is not None:
                    self.series_title = record.series.title
                rows = db.execute(
                    select(Attendance.trainee_id, Attendance.guest_id).where(
                        Attendance.session_id == session_id
                    )
                ).all()
                listed = ({t for t, _g in rows if t}, {g for _t, g in rows if g})
                groups = sessions.invitation_groups(db, session_id)

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        details = QWidget(self.tabs)
        details_layout = QVBoxLayout(details)
        self.fields = SessionFields(ctx, details)
        details_layout.addWidget(self.fields)
        self.only_this = QRadioButton(details)
        self.rest_of_series = QRadioButton(details)
        self.only_this.setChecked(True)
        self.scope_label = QLabel(details)
        self.scope_label.setWordWrap(True)
        for widget in (self.scope_label, self.only_this, self.rest_of_series):
            details_layout.addWidget(widget)
            widget.setVisible(self.series_title is not None)
        details_layout.addStretch(1)
        self.tabs.addTab(details, "")
        self.picker = InvitationPicker(ctx, self.tabs, already_listed=listed)
        self.tabs.addTab(self.picker, "")
        layout.addWidget(self.tabs, 1)

        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if loaded is not None:
            self.fields.set_data(loaded)
            self.picker.set_groups(*groups)
        self.resize(820, 620)
        self.retranslate()
        self.fields.title_edit.setFocus()

    def retranslate(self) -> None:
        if self.session_id is None:
            self.setWindowTitle(self.tr("Nieuwe bijeenkomst"))
        else:
            self.setWindowTitle(self.tr("Bijeenkomst bewerken"))
        self.setAccessibleName(self.windowTitle())
        self.tabs.setTabText(0, self.tr("Gegevens"))
        self.tabs.setTabText(1, self.tr("Uitnodigen"))
        self.tabs.setAccessibleName(self.tr("Onderdelen van de bijeenkomst"))
        self.scope_label.setText(
            self.tr(
                "Deze bijeenkomst hoort bij de reeks '{title}'. Wijzigingen gelden voor:"
            ).format(title=self.series_title or "")
        )
        self.only_this.setText(self.tr("alleen deze bijeenkomst"))
        self.only_this.setAccessibleName(self.tr("Alleen deze bijeenkomst wijzigen"))
        self.rest_of_series.setText(self.tr("deze en de volgende bijeenkomsten van de reeks"))
        self.rest_of_series.setAccessibleName(
            self.tr("Deze en de volgende bijeenkomsten van de reeks wijzigen")
        )
        self.problem_label.setAccessibleName(self.tr("Problemen"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Opslaan"))
        save.setAccessibleName(self.tr("Bijeenkomst opslaan"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_problems(self, problems: list[str] | tuple[str, ...]) -> None:
        self.problem_label.setText("\n".join(problems))
        self.problem_label.show()
        self.tabs.setCurrentIndex(0)

    def save(self) -> bool:
        data = self.fields.data()
        problems = sessions.validate_session_data(data)
        if problems:
            self._show_problems(problems)
            return False
        spec = self.picker.spec()
        try:
            if self.session_id is None:
                with self.ctx.app.transaction() as db:
                    self.saved_id = sessions.create_session(db, data, spec)
                changed = {self.saved_id}
            else:
                command = EditSessionCommand(
                    self.ctx,
                    self.session_id,
                    data,
                    rest_of_series=self.rest_of_series.isChecked()
                    and self.series_title is not None,
                    seen_version=self.version,
                )
                command.push()
                self.saved_id = self.session_id
                changed = set(command.ids) | {self.session_id}
                if not spec.is_empty:
                    with self.ctx.app.transaction() as db:
                        for target in sorted(changed):
                            sessions.invite(db, target, spec)
        except SessionInputError as exc:
            self._show_problems(exc.problems)
            return False
        except EXPECTED_ERRORS as exc:
            report_error(self.ctx, self, self.tr("Bijeenkomst niet opgeslagen"), exc)
            return False
        self.ctx.bus.notify("session", changed)
        if not spec.is_empty:
            self.ctx.bus.notify("attendance", set())
        self.accept()
        return True
