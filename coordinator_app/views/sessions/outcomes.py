"""What came out of a session: notes, themes raised, action points and feedback.

Everything is saved together in one transaction, so the report of a session is
never half written. Feedback rows are offered only for the people marked present,
which is also what the service accepts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from coordinator_app.models import ActionPointStatus, AttendanceStatus, Theme
from coordinator_app.models import Session as SessionRecord
from coordinator_app.services import attendance, sessions
from coordinator_app.services.attendance import AttendanceRow
from coordinator_app.services.dutch import long_date
from coordinator_app.services.labels import label
from coordinator_app.services.sessions import ActionPointData, Outcomes, SessionInputError
from coordinator_app.views.sessions.common import (
    ERROR_COLOUR,
    EXPECTED_ERRORS,
    from_qdate,
    report_error,
    to_qdate,
)
from coordinator_app.views.view_context import ViewContext

NO_DATE = QDate(2000, 1, 1)  # the minimum of a due-date field means "no due date"
ID_ROLE = Qt.ItemDataRole.UserRole
DESCRIPTION, OWNER, DUE, STATUS = range(4)


class OutcomesDialog(QDialog):
    def __init__(self, ctx: ViewContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        with ctx.app.read_session() as db:
            record = db.get(SessionRecord, session_id)
            if record is None:
                raise sessions.SessionNotFound(session_id)
            self.heading_text = f"{record.title} · {long_date(record.date)}"
            outcomes = sessions.load_outcomes(db, session_id)
            known_themes = sorted(db.scalars(select(Theme.name)), key=str.casefold)
            self.present_rows = [
                row
                for row in attendance.session_attendance(db, session_id)
                if row.status is AttendanceStatus.PRESENT
            ]
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.heading_text, self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        # notes
        self.notes_edit = QPlainTextEdit(self.tabs)
        self.notes_edit.setPlainText(outcomes.notes)
        self.tabs.addTab(self.notes_edit, "")

        # themes
        themes_page = QWidget(self.tabs)
        themes_layout = QVBoxLayout(themes_page)
        self.themes_hint = QLabel(themes_page)
        self.themes_hint.setWordWrap(True)
        themes_layout.addWidget(self.themes_hint)
        theme_row = QHBoxLayout()
        self.theme_edit = QLineEdit(themes_page)
        completer = QCompleter(known_themes, self.theme_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.theme_edit.setCompleter(completer)
        self.theme_edit.returnPressed.connect(self._add_theme)
        self.theme_add = QPushButton(themes_page)
        self.theme_add.clicked.connect(self._add_theme)
        self.theme_remove = QPushButton(themes_page)
        self.theme_remove.clicked.connect(self._remove_theme)
        theme_row.addWidget(self.theme_edit, 1)
        theme_row.addWidget(self.theme_add)
        theme_row.addWidget(self.theme_remove)
        themes_layout.addLayout(theme_row)
        self.theme_tags = QListWidget(themes_page)
        self.theme_tags.setViewMode(QListView.ViewMode.IconMode)
        self.theme_tags.setFlow(QListView.Flow.LeftToRight)
        self.theme_tags.setWrapping(True)
        self.theme_tags.setResizeMode(QListView.ResizeMode.Adjust)
        self.theme_tags.setSpacing(6)
        self.theme_tags.setMovement(QListView.Movement.Static)
        self.theme_tags.setStyleSheet(
            "QListWidget::item { background: #e3ecf7; border: 1px solid #9db6d6; "
            "border-radius: 10px; padding: 4px 10px; color: #1d3b5f; }"
            "QListWidget::item:selected { background: #2f5f98; color: white; }"
        )
        for name in outcomes.themes:
            self.add_theme(name)
        themes_layout.addWidget(self.theme_tags, 1)
        self.tabs.addTab(themes_page, "")

        # action points
        points_page = QWidget(self.tabs)
        points_layout = QVBoxLayout(points_page)
        self.points_table = QTableWidget(0, 4, points_page)
        self.points_table.verticalHeader().hide()
        self.points_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.points_table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        points_layout.addWidget(self.points_table, 1)
        point_buttons = QHBoxLayout()
        self.point_add = QPushButton(points_page)
        self.point_add.clicked.connect(lambda: self.add_action_point(ActionPointData("")))
        self.point_remove = QPushButton(points_page)
        self.point_remove.clicked.connect(self._remove_action_points)
        point_buttons.addWidget(self.point_add)
        point_buttons.addWidget(self.point_remove)
        point_buttons.addStretch(1)
        points_layout.addLayout(point_buttons)
        for point in outcomes.action_points:
            self.add_action_point(point)
        self.tabs.addTab(points_page, "")

        # feedback
        feedback_page = QWidget(self.tabs)
        feedback_layout = QVBoxLayout(feedback_page)
        self.feedback_hint = QLabel(feedback_page)
        self.feedback_hint.setWordWrap(True)
        feedback_layout.addWidget(self.feedback_hint)
        self.feedback_table = QTableWidget(len(self.present_rows), 3, feedback_page)
        self.feedback_table.verticalHeader().hide()
        fb_header = self.feedback_table.horizontalHeader()
        fb_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fb_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        fb_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.score_spins: list[QSpinBox] = []
        self.comment_edits: list[QLineEdit] = []
        for index, row in enumerate(self.present_rows):
            self._feedback_row(index, row)
        feedback_layout.addWidget(self.feedback_table, 1)
        self.tabs.addTab(feedback_page, "")

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
        self.resize(860, 580)
        self.retranslate()

    # -- themes ------------------------------------------------------------------------

    def themes(self) -> tuple[str, ...]:
        return tuple(self.theme_tags.item(row).text() for row in range(self.theme_tags.count()))

    def add_theme(self, name: str) -> None:
        name = " ".join(name.split())
        if name and name.casefold() not in {t.casefold() for t in self.themes()}:
            item = QListWidgetItem(name, self.theme_tags)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)

    def _add_theme(self) -> None:
        for part in self.theme_edit.text().split(","):
            self.add_theme(part)
        self.theme_edit.clear()

    def _remove_theme(self) -> None:
        for item in self.theme_tags.selectedItems():
            self.theme_tags.takeItem(self.theme_tags.row(item))

    # -- action points -------------------------------------------------------------------

    def add_action_point(self, point: ActionPointData) -> None:
        row = self.points_table.rowCount()
        self.points_table.insertRow(row)
        description = QLineEdit(point.description, self.points_table)
        description.setProperty("action_point_id", point.id)
        owner = QLineEdit(point.owner or "", self.points_table)
        due = QDateEdit(self.points_table)
        due.setDisplayFormat("dd-MM-yyyy")
        due.setCalendarPopup(True)
        due.setMinimumDate(NO_DATE)
        due.setDate(to_qdate(point.due_date) if point.due_date else NO_DATE)
        status = QComboBox(self.points_table)
        for value in ActionPointStatus:
            status.addItem(label(value, self.ctx.lang), value.value)
        status.setCurrentIndex(max(status.findData(point.status.value), 0))
        for column, widget in (
            (DESCRIPTION, description),
            (OWNER, owner),
            (DUE, due),
            (STATUS, status),
        ):
            self.points_table.setCellWidget(row, column, widget)
        self._name_point_row(row)
        if not point.description:
            description.setFocus()

    def _name_point_row(self, row: int) -> None:
        number = row + 1
        widgets = [self.points_table.cellWidget(row, c) for c in range(4)]
        names = (
            self.tr("Actiepunt {n}: omschrijving"),
            self.tr("Actiepunt {n}: eigenaar"),
            self.tr("Actiepunt {n}: deadline"),
            self.tr("Actiepunt {n}: status"),
        )
        for widget, name in zip(widgets, names, strict=True):
            if widget is not None:
                widget.setAccessibleName(name.format(n=number))
        due = widgets[DUE]
        if isinstance(due, QDateEdit):
            due.setSpecialValueText(self.tr("geen"))

    def _remove_action_points(self) -> None:
        rows = sorted({index.row() for index in self.points_table.selectedIndexes()}, reverse=True)
        if not rows and self.points_table.currentRow() >= 0:
            rows = [self.points_table.currentRow()]
        for row in rows:
            self.points_table.removeRow(row)
        for row in range(self.points_table.rowCount()):
            self._name_point_row(row)

    def action_points(self) -> tuple[ActionPointData, ...]:
        points = []
        for row in range(self.points_table.rowCount()):
            description = self.points_table.cellWidget(row, DESCRIPTION)
            owner = self.points_table.cellWidget(row, OWNER)
            due = self.points_table.cellWidget(row, DUE)
            status = self.points_table.cellWidget(row, STATUS)
            assert isinstance(description, QLineEdit)
            assert isinstance(owner, QLineEdit)
            assert isinstance(due, QDateEdit)
            assert isinstance(status, QComboBox)
            if not description.text().strip() and not owner.text().strip():
                continue  # an empty row the coordinator added and left blank
            due_date: dt.date | None = None if due.date() == NO_DATE else from_qdate(due.date())
            point_id = description.property("action_point_id")
            points.append(
                ActionPointData(
                    description.text(),
                    owner.text(),
                    due_date,
                    ActionPointStatus(status.currentData()),
                    int(point_id) if point_id is not None else None,
                )
            )
        return tuple(points)

    # -- feedback ------------------------------------------------------------------------

    def _feedback_row(self, index: int, row: AttendanceRow) -> None:
        name = QTableWidgetItem(row.name)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.feedback_table.setItem(index, 0, name)
        score = QSpinBox(self.feedback_table)
        score.setRange(0, 5)
        score.setValue(row.feedback_score or 0)
        comment = QLineEdit(row.feedback_comment or "", self.feedback_table)
        self.feedback_table.setCellWidget(index, 1, score)
        self.feedback_table.setCellWidget(index, 2, comment)
        self.score_spins.append(score)
        self.comment_edits.append(comment)

    # -- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        outcomes = Outcomes(self.notes_edit.toPlainText(), self.themes(), self.action_points())
        try:
            with self.ctx.app.transaction() as db:
                sessions.save_outcomes(db, self.session_id, outcomes)
                for row, spin, edit in zip(
                    self.present_rows, self.score_spins, self.comment_edits, strict=True
                ):
                    score = spin.value() or None
                    comment = edit.text().strip() or None
                    if (score, comment) != (row.feedback_score, row.feedback_comment):
                        attendance.set_feedback(db, row.id, score, comment)
        except SessionInputError as exc:
            self.problem_label.setText("\n".join(exc.problems))
            self.problem_label.show()
            return False
        except EXPECTED_ERRORS as exc:
            report_error(self.ctx, self, self.tr("Uitkomsten niet opgeslagen"), exc)
            return False
        self.ctx.bus.notify("session", {self.session_id})
        self.ctx.bus.notify("attendance", {row.id for row in self.present_rows})
        self.ctx.bus.notify("action_point", set())
        self.accept()
        return True

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Uitkomsten – {heading}").format(heading=self.heading_text))
        self.setAccessibleName(self.windowTitle())
        self.heading.setAccessibleName(self.tr("Bijeenkomst"))
        self.tabs.setTabText(0, self.tr("Notities"))
        self.tabs.setTabText(1, self.tr("Thema's"))
        self.tabs.setTabText(2, self.tr("Actiepunten"))
        self.tabs.setTabText(3, self.tr("Feedback"))
        self.tabs.setAccessibleName(self.tr("Onderdelen van de uitkomsten"))
        self.notes_edit.setAccessibleName(self.tr("Notities en uitkomsten"))
        self.notes_edit.setPlaceholderText(
            self.tr("Wat kwam er aan de orde, wat is afgesproken, wat gaat naar de raad…")
        )
        self.themes_hint.setText(
            self.tr("Thema's die aan de orde kwamen. Een nieuw thema wordt vanzelf toegevoegd.")
        )
        self.theme_edit.setPlaceholderText(self.tr("Thema typen en Enter…"))
        self.theme_edit.setAccessibleName(self.tr("Thema toevoegen"))
        self.theme_add.setText(self.tr("Toevoegen"))
        self.theme_add.setAccessibleName(self.tr("Thema toevoegen"))
        self.theme_remove.setText(self.tr("Weghalen"))
        self.theme_remove.setAccessibleName(self.tr("Gekozen thema weghalen"))
        self.theme_tags.setAccessibleName(self.tr("Besproken thema's"))
        self.points_table.setHorizontalHeaderLabels(
            [self.tr("Omschrijving"), self.tr("Eigenaar"), self.tr("Deadline"), self.tr("Status")]
        )
        self.points_table.setAccessibleName(self.tr("Actiepunten"))
        for row in range(self.points_table.rowCount()):
            self._name_point_row(row)
        self.point_add.setText(self.tr("Actiepunt toevoegen"))
        self.point_add.setAccessibleName(self.tr("Actiepunt toevoegen"))
        self.point_remove.setText(self.tr("Weghalen"))
        self.point_remove.setAccessibleName(self.tr("Gekozen actiepunt weghalen"))
        self.feedback_hint.setText(
            self.tr(
                "Alleen wie aanwezig was kan feedback geven: een cijfer van 1 tot 5 "
                "(– is geen cijfer) en een opmerking."
            )
            if self.present_rows
            else self.tr("Nog niemand staat als aanwezig geregistreerd, dus er is geen feedback.")
        )
        self.feedback_table.setHorizontalHeaderLabels(
            [self.tr("Deelnemer"), self.tr("Cijfer"), self.tr("Opmerking")]
        )
        self.feedback_table.setAccessibleName(self.tr("Feedback van de deelnemers"))
        for row, spin, edit in zip(
            self.present_rows, self.score_spins, self.comment_edits, strict=True
        ):
            spin.setSpecialValueText("–")
            spin.setAccessibleName(self.tr("Cijfer van {name}").format(name=row.name))
            edit.setAccessibleName(self.tr("Opmerking van {name}").format(name=row.name))
        self.problem_label.setAccessibleName(self.tr("Problemen"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Opslaan"))
        save.setAccessibleName(self.tr("Uitkomsten opslaan"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
