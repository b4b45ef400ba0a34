"""The placement form: create or edit one placement, with its four evaluations.

Started from a trainee, an assignment, a suggestion or an existing placement, the form
fills in what it can (the trainee's next free rotation and its window, clipped to
the assignment's period) and checks what it can check itself as the user types.
What only the database can judge (the hard rules) is judged on save: a refusal keeps
the form open with everything typed and names the rule and the records involved.
Saving is one undoable command, placement and evaluations together; the soft
warnings the saved placement carries are handed to whoever opened the form so they
can be shown next to the record.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    Cohort,
    EvaluationAuthor,
    EvaluationMoment,
    Placement,
    PlacementStatus,
)
from coordinator_app.services import placements as placement_service
from coordinator_app.services.concurrency import EditConflict
from coordinator_app.services.dutch import period
from coordinator_app.services.labels import label
from coordinator_app.services.placements import (
    EvaluationData,
    InvalidPlacement,
    PlacementData,
    PlacementNotFound,
    RotationWindow,
    StatusChangeRefused,
)
from coordinator_app.services.rules import HardRuleViolation, SoftWarning
from coordinator_app.views.forms.base import OptionalDateEdit, date_field
from coordinator_app.views.forms.frame import AsksBeforeClosing, Banner, ErrorBanner, form_heading
from coordinator_app.views.planning.commands import PlacementCommand, save_placement_command
from coordinator_app.views.planning.common import (
    ERROR_COLOUR,
    WARNING_COLOUR,
    AssignmentChoice,
    assignment_choices,
    from_qdate,
    refusal_html,
    to_qdate,
    trainee_choices,
)
from coordinator_app.views.view_context import ViewContext

EVALUATION_KEYS = [
    (EvaluationMoment.MIDTERM, EvaluationAuthor.SUPERVISOR),
    (EvaluationMoment.MIDTERM, EvaluationAuthor.TRAINEE),
    (EvaluationMoment.FINAL, EvaluationAuthor.SUPERVISOR),
    (EvaluationMoment.FINAL, EvaluationAuthor.TRAINEE),
]
EvaluationKey = tuple[EvaluationMoment, EvaluationAuthor]


class SearchCombo(QComboBox):
    """A combo box with many entries that finds an entry by any part of its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(18)
        completer = self.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def value(self) -> Any:
        """The chosen entry's value; None while the text names no entry."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        return self.itemData(index) if index >= 0 else None

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")


class EvaluationBox(QGroupBox):
    """One evaluation: a mark from 1 to 10, a date and an explanation."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.score = QSpinBox(self)
        self.score.setRange(0, 10)
        self.score.setSpecialValueText("—")
        self.score.setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
        self.written = OptionalDateEdit(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().height() * 4)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.score_label = QLabel(self.tr("Cijfer"), self)
        self.score_label.setBuddy(self.score)
        self.date_label = QLabel(self.tr("Datum"), self)
        self.date_label.setBuddy(self.written)
        self.text_label = QLabel(self.tr("Toelichting"), self)
        self.text_label.setBuddy(self.text)
        form.addRow(self.score_label, self.score)
        form.addRow(self.date_label, date_field(self.written, self.tr("Datum wissen")))
        form.addRow(self.text_label, self.text)
        form.addRow(self.error)
        self.score.setAccessibleName(self.tr("Cijfer: {what}").format(what=title))
        self.score.setToolTip(self.tr("Een cijfer van 1 tot 10; — betekent geen cijfer"))
        self.written.setAccessibleName(self.tr("Datum: {what}").format(what=title))
        self.text.setAccessibleName(self.tr("Toelichting: {what}").format(what=title))
        self.score.valueChanged.connect(lambda _v: self.changed.emit())
        self.written.dateChanged.connect(lambda _d: self.changed.emit())
        self.text.textChanged.connect(self.changed.emit)

    def set_value(self, data: EvaluationData | None) -> None:
        self.score.setValue(data.score or 0 if data else 0)
        self.written.set_value(data.written_on if data else None)
        self.text.setPlainText(data.text if data else "")

    def value(self, key: EvaluationKey) -> EvaluationData | None:
        """None when the box is empty: no evaluation."""
        score = self.score.value() or None
        text = self.text.toPlainText().strip()
        written = self.written.value()
        if score is None and not text and written is None:
            return None
        return EvaluationData(key[0], key[1], score, text, written)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


@dataclass(frozen=True)
class _State:
    """Everything the form holds, to tell whether the user changed anything."""

    data: PlacementData | None
    evaluations: tuple[tuple[EvaluationKey, EvaluationData | None], ...]


class PlacementForm(AsksBeforeClosing, QDialog):
    """Create or edit one placement; ``saved`` carries its id once the change is stored."""

    saved = Signal(int)

    def __init__(
        self,
        ctx: ViewContext,
        parent: QWidget | None = None,
        placement_id: int | None = None,
        *,
        trainee_id: int | None = None,
        assignment_id: int | None = None,
        window: RotationWindow | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.placement_id = placement_id
        self.setObjectName("placementForm")
        self.setModal(True)
        self.warnings: tuple[SoftWarning, ...] = ()
        self.last_command: PlacementCommand | None = None
        self._finished = False
        self._filling = False
        self._tried = False
        self._touched: set[str] = set()
        self._version: int | None = None
        self._loaded: PlacementData | None = None
        self._loaded_evaluations: dict[EvaluationKey, EvaluationData] = {}
        self._current_warnings: tuple[SoftWarning, ...] = ()
        self._windows: dict[int, list[RotationWindow]] = {}  # cohort id -> its windows
        with ctx.app.read_session() as session:
            self.trainees = trainee_choices(session)
            self.assignments = assignment_choices(session)
            if placement_id is not None:
                self._loaded, self._version = placement_service.load_placement(
                    session, placement_id
                )
                self._loaded_evaluations = placement_service.evaluations_of(session, placement_id)
                placement = session.get(Placement, placement_id)
                assert placement is not None
                self._current_warnings = placement_service.placement_warnings(
                    session, placement, ctx.app.soft_rule_settings()
                )
                initial = self._loaded
            else:
                draft = placement_service.draft_placement(
                    session, trainee_id=trainee_id, assignment_id=assignment_id
                )
                draft_start: dt.date | None
                draft_end: dt.date | None
                if window is not None:
                    draft_start, draft_end = window.start, window.end
                    rotation = window.rotation
                else:
                    draft_start, draft_end, rotation = draft.start, draft.end, draft.rotation
                today = ctx.app.today
                initial = PlacementData(
                    trainee_id=draft.trainee_id or 0,
                    assignment_id=draft.assignment_id or 0,
                    rotation=rotation,
                    start=draft_start or today,
                    end=draft_end or today + dt.timedelta(days=240),
                )
        self._trainee_by_id = {t.id: t for t in self.trainees}
        self._assignment_by_id = {a.id: a for a in self.assignments}
        self._build()
        self._filling = True
        self._fill(initial)
        self._filling = False
        self._initial = self._state()
        self.setWindowTitle(self.window_title())
        self.heading.setText(self.window_title())
        self._update_hints()
        self.revalidate()

    # --- building ------------------------------------------------------------------------------

    def window_title(self) -> str:
        if self.placement_id is None:
            return self.tr("Nieuwe plaatsing")
        assert self._loaded is not None
        trainee = self._trainee_by_id.get(self._loaded.trainee_id)
        return self.tr("Plaatsing van {trainee} – rotatie {n}").format(
            trainee=trainee.name if trainee else "?", n=self._loaded.rotation
        )

    def _build(self) -> None:
        self.resize(760, 600)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(10)
        self.heading = form_heading(self)
        outer.addWidget(self.heading)

        self.banner = ErrorBanner(self)
        outer.addWidget(self.banner)

        self.warning_box = Banner("warning", self)
        self.warning_box.setVisible(bool(self._current_warnings))
        if self._current_warnings:
            items = "".join(
                f"<li>{html.escape(w.message(self.ctx.lang))}</li>" for w in self._current_warnings
            )
            caption = self.tr("Let op")
            self.warning_box.setText(
                f"<b>{html.escape(caption)}</b><ul style='margin: 2px 0 0 -20px'>{items}</ul>"
            )
        outer.addWidget(self.warning_box)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van de plaatsing"))
        outer.addWidget(self.tabs, 1)
        self._build_placement_tab()
        self._build_evaluation_tab()

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        buttons = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setObjectName("formHint")
        self.hint.setStyleSheet("color: #6b7280;")
        self.hint.setWordWrap(True)
        buttons.addWidget(self.hint, 1)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName(self.tr("Plaatsing opslaan"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        chain: list[QWidget] = [
            self.trainee_combo, self.assignment_combo, self.rotation_spin, self.window_button,
            self.start_edit, self.end_edit, self.status_combo, self.locked_check,
            self.notes_edit, *self._evaluation_chain, self.save_button, self.cancel_button,
        ]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _error_label(self, parent: QWidget) -> QLabel:
        error = QLabel(parent)
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        error.setWordWrap(True)
        error.hide()
        return error

    def _note_label(self, parent: QWidget) -> QLabel:
        note = QLabel(parent)
        note.setStyleSheet("color: #4b5563;")
        note.setWordWrap(True)
        return note

    def _row(self, form: QFormLayout, caption: str, *widgets: QWidget | QHBoxLayout) -> QLabel:
        column = QVBoxLayout()
        column.setSpacing(2)
        for widget in widgets:
            if isinstance(widget, QWidget):
                column.addWidget(widget)
            else:
                column.addLayout(widget)
        row_label = QLabel(caption, form.parentWidget())
        form.addRow(row_label, column)
        return row_label

    def _build_placement_tab(self) -> None:
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(8)
        self.errors: dict[str, QLabel] = {}

        self.trainee_combo = SearchCombo(page)
        for t in self.trainees:
            suffix = f" ({t.cohort})" if t.cohort else ""
            self.trainee_combo.addItem(f"{t.listed}{suffix}", t.id)
        self.trainee_combo.setAccessibleName(self.tr("Trainee"))
        self.trainee_combo.setToolTip(self.tr("Typ een deel van de naam om te zoeken"))
        self.errors["trainee"] = self._error_label(page)
        caption = self._row(form, self.tr("&Trainee *"), self.trainee_combo, self.errors["trainee"])
        caption.setBuddy(self.trainee_combo)

        self.assignment_combo = SearchCombo(page)
        for a in self.assignments:
            self.assignment_combo.addItem(self._assignment_text(a), a.id)
        self.assignment_combo.setAccessibleName(self.tr("Opdracht"))
        self.assignment_combo.setToolTip(
            self.tr("Typ een deel van de titel of de organisatie om te zoeken")
        )
        self.assignment_note = self._note_label(page)
        self.errors["assignment"] = self._error_label(page)
        caption = self._row(
            form,
            self.tr("&Opdracht *"),
            self.assignment_combo,
            self.assignment_note,
            self.errors["assignment"],
        )
        caption.setBuddy(self.assignment_combo)

        rotation_row = QHBoxLayout()
        self.rotation_spin = QSpinBox(page)
        self.rotation_spin.setRange(1, 12)
        self.rotation_spin.setAccessibleName(self.tr("Rotatie"))
        self.rotation_spin.setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
        rotation_row.addWidget(self.rotation_spin)
        self.window_note = self._note_label(page)
        rotation_row.addWidget(self.window_note, 1)
        self.window_button = QPushButton(self.tr("Periode van de rotatie overnemen"), page)
        self.window_button.setAccessibleName(self.tr("Periode van de rotatie overnemen"))
        self.window_button.setAutoDefault(False)
        self.window_button.clicked.connect(self.use_rotation_window)
        rotation_row.addWidget(self.window_button)
        caption = self._row(form, self.tr("&Rotatie"), rotation_row)
        caption.setBuddy(self.rotation_spin)

        self.start_edit = QDateEdit(page)
        self.end_edit = QDateEdit(page)
        dates = QHBoxLayout()
        names = ((self.start_edit, self.tr("Van")), (self.end_edit, self.tr("Tot en met")))
        for edit, name in names:
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        dates.addWidget(self.start_edit)
        self.until_label = QLabel(self.tr("tot en met"), page)
        dates.addWidget(self.until_label)
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        self.period_note = QLabel(page)
        self.period_note.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.period_note.setWordWrap(True)
        self.period_note.hide()
        self.errors["end"] = self._error_label(page)
        caption = self._row(
            form, self.tr("&Periode *"), dates, self.period_note, self.errors["end"]
        )
        caption.setBuddy(self.start_edit)

        self.status_combo = QComboBox(page)
        self.status_combo.setAccessibleName(self.tr("Status"))
        allowed = (
            placement_service.allowed_statuses(self._loaded.status)
            if self._loaded is not None
            else list(PlacementStatus)
        )
        for status in allowed:
            self.status_combo.addItem(label(status, self.ctx.lang), status)
        self.errors["status"] = self._error_label(page)
        caption = self._row(form, self.tr("&Status"), self.status_combo, self.errors["status"])
        caption.setBuddy(self.status_combo)

        self.locked_check = QCheckBox(self.tr("Vastzetten in de planning"), page)
        self.locked_check.setAccessibleName(self.tr("Vastzetten in de planning"))
        self.locked_check.setToolTip(
            self.tr("De cohortplanner laat een vastgezette plaatsing staan zoals ze is.")
        )
        self._row(form, "", self.locked_check)

        self.notes_edit = QPlainTextEdit(page)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notitie"))
        self.notes_edit.setMinimumHeight(self.fontMetrics().height() * 4)
        self.notes_edit.setMaximumHeight(self.fontMetrics().height() * 7)
        caption = self._row(form, self.tr("&Notitie"), self.notes_edit)
        caption.setBuddy(self.notes_edit)

        self.trainee_combo.currentTextChanged.connect(lambda _t: self._on_changed("trainee"))
        self.assignment_combo.currentTextChanged.connect(lambda _t: self._on_changed("assignment"))
        self.rotation_spin.valueChanged.connect(lambda _v: self._on_changed("rotation"))
        self.start_edit.dateChanged.connect(lambda _d: self._on_changed("start"))
        self.end_edit.dateChanged.connect(lambda _d: self._on_changed("end"))
        self.status_combo.currentIndexChanged.connect(lambda _i: self._on_changed("status"))
        self.locked_check.toggled.connect(lambda _b: self._on_changed("locked"))
        self.notes_edit.textChanged.connect(lambda: self._on_changed("notes"))
        self.tabs.addTab(page, self.tr("Plaatsing"))

    def _build_evaluation_tab(self) -> None:
        page = QWidget(self.tabs)
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(12)
        titles = {
            (EvaluationMoment.MIDTERM, EvaluationAuthor.SUPERVISOR): self.tr(
                "Tussentijds – begeleider"
            ),
            (EvaluationMoment.MIDTERM, EvaluationAuthor.TRAINEE): self.tr("Tussentijds – trainee"),
            (EvaluationMoment.FINAL, EvaluationAuthor.SUPERVISOR): self.tr("Eind – begeleider"),
            (EvaluationMoment.FINAL, EvaluationAuthor.TRAINEE): self.tr("Eind – trainee"),
        }
        self.evaluation_boxes: dict[EvaluationKey, EvaluationBox] = {}
        self._evaluation_chain: list[QWidget] = []
        for i, key in enumerate(EVALUATION_KEYS):
            box = EvaluationBox(titles[key], page)
            box.setObjectName(f"evaluation_{key[0].name.lower()}_{key[1].name.lower()}")
            box.changed.connect(lambda: self._on_changed("evaluations"))
            grid.addWidget(box, i // 2, i % 2)
            self.evaluation_boxes[key] = box
            self._evaluation_chain += [box.score, box.written, box.text]
        self.tabs.addTab(page, self.tr("Evaluaties"))

    def _assignment_text(self, a: AssignmentChoice) -> str:
        text = f"{a.title} — {a.organisation}"
        if a.status.value not in ("open", "vervuld"):
            text += f" ({label(a.status, self.ctx.lang)})"
        return text

    # --- filling and reading -----------------------------------------------------------------

    def _fill(self, data: PlacementData) -> None:
        self.trainee_combo.set_value(data.trainee_id or None)
        self.assignment_combo.set_value(data.assignment_id or None)
        self.rotation_spin.setValue(data.rotation)
        self.start_edit.setDate(to_qdate(data.start))
        self.end_edit.setDate(to_qdate(data.end))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(data.status)))
        self.locked_check.setChecked(data.locked)
        self.notes_edit.setPlainText(data.notes)
        for key, box in self.evaluation_boxes.items():
            box.set_value(self._loaded_evaluations.get(key))
        self._update_evaluation_count()

    def collect(self) -> PlacementData | None:
        """The placement as filled in; None while trainee or assignment is missing."""
        trainee, assignment = self.trainee_combo.value(), self.assignment_combo.value()
        if trainee is None or assignment is None:
            return None
        return PlacementData(
            trainee_id=int(trainee),
            assignment_id=int(assignment),
            rotation=self.rotation_spin.value(),
            start=from_qdate(self.start_edit.date()),
            end=from_qdate(self.end_edit.date()),
            status=PlacementStatus(self.status_combo.currentData() or PlacementStatus.PROPOSED),
            locked=self.locked_check.isChecked(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def evaluations(self) -> dict[EvaluationKey, EvaluationData | None]:
        return {key: box.value(key) for key, box in self.evaluation_boxes.items()}

    def _state(self) -> _State:
        return _State(self.collect(), tuple(self.evaluations().items()))

    def is_dirty(self) -> bool:
        return self._state() != self._initial

    # --- reacting ---------------------------------------------------------------------------------

    def _on_changed(self, name: str) -> None:
        if self._filling:
            return
        self._touched.add(name)
        if name in ("trainee", "assignment") and self.placement_id is None:
            self._redraft()
        if name in ("trainee", "assignment", "rotation", "start", "end"):
            self._update_hints()
        if name == "evaluations":
            self._update_evaluation_count()
        self.revalidate()

    def _redraft(self) -> None:
        """A new trainee or assignment: propose the rotation and its dates again, unless the
        user set the dates by hand."""
        if {"start", "end", "rotation"} & self._touched:
            return
        trainee, assignment = self.trainee_combo.value(), self.assignment_combo.value()
        if trainee is None:
            return
        with self.ctx.app.read_session() as session:
            draft = placement_service.draft_placement(
                session, trainee_id=trainee, assignment_id=assignment
            )
        self._filling = True
        self.rotation_spin.setValue(draft.rotation)
        if draft.start is not None and draft.end is not None:
            self.start_edit.setDate(to_qdate(draft.start))
            self.end_edit.setDate(to_qdate(draft.end))
        self._filling = False

    def _trainee_windows(self) -> list[RotationWindow]:
        trainee = self._trainee_by_id.get(self.trainee_combo.value() or -1)
        if trainee is None or trainee.cohort_id is None:
            return []
        if trainee.cohort_id not in self._windows:
            with self.ctx.app.read_session() as session:
                cohort = session.get(Cohort, trainee.cohort_id)
                self._windows[trainee.cohort_id] = (
                    placement_service.cohort_windows(cohort) if cohort is not None else []
                )
        return self._windows[trainee.cohort_id]

    def rotation_window(self) -> RotationWindow | None:
        """The chosen rotation's window in the trainee's cohort, clipped to the assignment."""
        window = next(
            (w for w in self._trainee_windows() if w.rotation == self.rotation_spin.value()), None
        )
        assignment = self._assignment_by_id.get(self.assignment_combo.value() or -1)
        if window is None or assignment is None:
            return window
        start, end = max(window.start, assignment.start), min(window.end, assignment.end)
        return RotationWindow(window.rotation, start, end) if start < end else window

    def use_rotation_window(self) -> None:
        window = self.rotation_window()
        if window is None:
            return
        self.start_edit.setDate(to_qdate(window.start))
        self.end_edit.setDate(to_qdate(window.end))

    def _update_hints(self) -> None:
        assignment = self._assignment_by_id.get(self.assignment_combo.value() or -1)
        if assignment is None:
            self.assignment_note.setText("")
            self.assignment_note.hide()
        else:
            self.assignment_note.setText(
                self.tr("Looptijd van de opdracht: {period}").format(
                    period=period(assignment.start, assignment.end)
                )
            )
            self.assignment_note.show()
        windows = {w.rotation: w for w in self._trainee_windows()}
        window = windows.get(self.rotation_spin.value())
        if window is None:
            self.window_note.setText(
                self.tr("Geen rotatievenster bekend") if self.trainee_combo.value() else ""
            )
            self.window_button.setEnabled(False)
        else:
            self.window_note.setText(
                self.tr("Rotatievenster: {period}").format(period=period(window.start, window.end))
            )
            start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
            clipped = self.rotation_window()
            self.window_button.setEnabled(
                clipped is not None and (clipped.start, clipped.end) != (start, end)
            )
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        outside = assignment is not None and (start < assignment.start or end > assignment.end)
        self.period_note.setText(
            self.tr(
                "Deze periode valt buiten de looptijd van de opdracht; opslaan wordt dan geweigerd."
            )
            if outside
            else ""
        )
        self.period_note.setVisible(outside)

    def _update_evaluation_count(self) -> None:
        count = sum(1 for value in self.evaluations().values() if value is not None)
        text = self.tr("Evaluaties") if not count else self.tr("Evaluaties ({n})").format(n=count)
        self.tabs.setTabText(1, text)

    def problems(self) -> dict[str, str]:
        """The inline problems by field (empty when the form can be saved)."""
        found: dict[str, str] = {}
        if self.trainee_combo.value() is None:
            found["trainee"] = (
                self.tr("Kies een trainee uit de lijst.")
                if self.trainee_combo.currentText().strip()
                else self.tr("Kies een trainee.")
            )
        if self.assignment_combo.value() is None:
            found["assignment"] = (
                self.tr("Kies een opdracht uit de lijst.")
                if self.assignment_combo.currentText().strip()
                else self.tr("Kies een opdracht.")
            )
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        if end <= start:
            found["end"] = self.tr("De einddatum moet na de begindatum liggen.")
        for key, value in self.evaluations().items():
            if value is None:
                continue
            if value.score is None and not value.text:
                found[f"evaluation:{key[0]}:{key[1]}"] = self.tr(
                    "Geef een cijfer, een toelichting of allebei."
                )
            elif value.written_on is not None and value.written_on < start:
                found[f"evaluation:{key[0]}:{key[1]}"] = self.tr(
                    "Een evaluatie kan niet vóór het begin van de plaatsing zijn geschreven."
                )
        return found

    def revalidate(self) -> dict[str, str]:
        found = self.problems()
        for name, error in self.errors.items():
            text = found.get(name, "")
            shown = bool(text) and (name in self._touched or name == "end" or self._tried)
            error.setText(text if shown else "")
            error.setVisible(shown)
        for key, box in self.evaluation_boxes.items():
            box.show_error(found.get(f"evaluation:{key[0]}:{key[1]}", ""))
        self.save_button.setEnabled(not found)
        missing = [
            self.tr("trainee") if "trainee" in found else "",
            self.tr("opdracht") if "assignment" in found else "",
        ]
        missing = [m for m in missing if m]
        if missing:
            self.hint.setText(self.tr("Nog te kiezen: {fields}").format(fields=", ".join(missing)))
        elif found:
            self.hint.setText(self.tr("Verbeter de rood gemarkeerde velden om op te slaan."))
        elif self.is_dirty():
            self.hint.setText(self.tr("Enter slaat op, Esc annuleert."))
        else:
            self.hint.setText(self.tr("Velden met * zijn verplicht."))
        return found

    def field_error(self, name: str) -> str:
        error = self.errors.get(name)
        return error.text() if error is not None and error.isVisible() else ""

    # --- saving ------------------------------------------------------------------------------

    def _command_text(self, data: PlacementData | None) -> str:
        trainee = self._trainee_by_id.get(data.trainee_id if data else -1)
        name = trainee.name if trainee else ""
        if self.placement_id is None:
            assignment = self._assignment_by_id.get(data.assignment_id if data else -1)
            return self.tr("Plaatsing van {trainee} bij '{title}'").format(
                trainee=name, title=assignment.title if assignment else ""
            )
        loaded = self._loaded
        assert loaded is not None
        name = name or (
            self._trainee_by_id[loaded.trainee_id].name
            if loaded.trainee_id in self._trainee_by_id
            else ""
        )
        if data is None:
            return self.tr("Evaluatie van {trainee} opslaan").format(trainee=name)
        if replace(loaded, status=data.status) == data and data.status != loaded.status:
            return self.tr("Status van plaatsing {trainee}: {status}").format(
                trainee=name, status=label(data.status, self.ctx.lang)
            )
        return self.tr("Plaatsing van {trainee} wijzigen").format(trainee=name)

    def save(self) -> bool:
        """Save and close; on a refusal stay open, keep the input and say why."""
        self._tried = True
        if self.revalidate():
            return False
        data = self.collect()
        assert data is not None
        evaluations = self.evaluations()
        to_save = [
            value
            for key, value in evaluations.items()
            if value is not None and value != self._loaded_evaluations.get(key)
        ]
        removed = [key for key in self._loaded_evaluations if evaluations.get(key) is None]
        data_changed = self.placement_id is None or data != self._loaded
        if not data_changed and not to_save and not removed:
            self._finish(self.placement_id)
            return True
        text = self._command_text(data if data_changed else None)
        command = save_placement_command(
            self.ctx,
            text,
            self.placement_id,
            data if data_changed else None,
            self._version,
            to_save,
            removed,
        )
        try:
            command.perform()
        except HardRuleViolation as exc:
            self.show_banner(
                self.tr("Opslaan geweigerd: dit zou een vaste regel breken"),
                refusal_html(exc, self.ctx.lang),
            )
            return False
        except StatusChangeRefused as exc:
            self.errors["status"].setText(exc.message)
            self.errors["status"].show()
            self.show_banner(self.tr("Niet opgeslagen"), html.escape(exc.message))
            return False
        except EditConflict:
            self.show_banner(
                self.tr("Niet opgeslagen"),
                html.escape(
                    self.tr(
                        "Iemand anders heeft deze plaatsing gewijzigd nadat u haar opende. Sluit "
                        "het formulier zonder op te slaan en open het opnieuw om de nieuwe "
                        "gegevens te zien."
                    )
                ),
            )
            return False
        except PlacementNotFound:
            self.show_banner(
                self.tr("Niet opgeslagen"),
                html.escape(
                    self.tr("Deze plaatsing bestaat niet meer; misschien is ze net verwijderd.")
                ),
            )
            return False
        except InvalidPlacement as exc:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in exc.problems)
            self.show_banner(
                self.tr("Niet opgeslagen"), f"<ul style='margin: 2px 0 0 -20px'>{items}</ul>"
            )
            return False
        except CoordinatorError as exc:
            self.show_banner(self.tr("Niet opgeslagen"), html.escape(exc.message))
            return False
        except SQLAlchemyError as exc:
            self.show_banner(
                self.tr("Niet opgeslagen"),
                html.escape(
                    self.tr("De database weigerde de wijziging ({kind}).").format(
                        kind=type(exc).__name__
                    )
                ),
            )
            return False
        self.ctx.undo_stack.push(command)
        self.last_command = command
        self.warnings = command.result.warnings
        self._finish(command.placement_id)
        return True

    def _finish(self, placement_id: int | None) -> None:
        self._finished = True
        if placement_id is not None:
            self.saved.emit(placement_id)
        self.accept()

    def show_banner(self, title: str, body_html: str) -> None:
        self.banner.show_message(title, body_html)
        self.tabs.setCurrentIndex(0)

    def banner_text(self) -> str:
        """The refusal as plain text (empty when there is none)."""
        return self.banner.plain_text()

    # --- closing -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Where the user goes next: the first thing still to choose, else the dates.
        first: QWidget = self.trainee_combo if self.placement_id is None else self.start_edit
        if self.placement_id is None and self.trainee_combo.value() is not None:
            first = self.assignment_combo if self.assignment_combo.value() is None else first
            if self.assignment_combo.value() is not None:
                first = self.save_button
        first.setFocus()
