"""RecordForm: what the trainee, organisation and assignment forms share.

A form reads its record once (coordinator_app.services.records.load_...), shows it,
checks every change against the same field rules the service uses
(``validate_...``) and shows each problem in Dutch next to its field, keeping Save
disabled while something is wrong. Saving goes through an undo command
(views/screens/commands.py), so a saved change can be undone with Ctrl+Z. When the
database refuses (a hard rule, a duplicate e-mail address, a colleague's edit in
between) the form stays open with everything the user typed and says exactly why.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import html
import logging
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from coordinator_app.errors import CoordinatorError
from coordinator_app.services import queries, records
from coordinator_app.services.audit import history
from coordinator_app.services.concurrency import EditConflict
from coordinator_app.services.labels import label, levels_text
from coordinator_app.services.records import (
    ContactData,
    DuplicateValue,
    InvalidRecord,
    Problem,
    RecordData,
    RecordNotFound,
)
from coordinator_app.services.rules import HardRuleViolation
from coordinator_app.views.forms.conflict import KEEP_MINE, RELOAD, ConflictDialog, ConflictRow
from coordinator_app.views.forms.frame import AsksBeforeClosing, ErrorBanner, form_heading
from coordinator_app.views.screens.commands import CreateRecordCommand, EditRecordCommand
from coordinator_app.views.view_context import ViewContext

_log = logging.getLogger(__name__)

DATE_FORMAT = "dd-MM-yyyy"
MAX_MESSAGES = 4  # per broken rule in the refusal banner
ERROR_STYLE = "color: #b42318;"
_EMPTY_DATE = QDate(1900, 1, 1)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class _TodayCalendar(QCalendarWidget):
    """The popup of an empty date field opens on today's month, not on 1900."""

    def __init__(self, owner: OptionalDateEdit) -> None:
        super().__init__()
        self._owner = owner

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._owner.value() is None:
            today = QDate.currentDate()
            self.setCurrentPage(today.year(), today.month())


class OptionalDateEdit(QDateEdit):
    """A date in dd-MM-yyyy that may also be empty (shown as '—')."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setCalendarWidget(_TodayCalendar(self))
        self.setMinimumDate(_EMPTY_DATE)
        self.setSpecialValueText("—")
        self.setDate(_EMPTY_DATE)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)

    def value(self) -> dt.date | None:
        return None if self.date() == _EMPTY_DATE else from_qdate(self.date())

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(_EMPTY_DATE if day is None else to_qdate(day))

    def clear_value(self) -> None:
        self.setDate(_EMPTY_DATE)

    def stepBy(self, steps: int) -> None:
        if self.value() is None:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.clear_value()  # everything selected and erased: no date
            return
        super().keyPressEvent(event)


def date_field(edit: OptionalDateEdit, clear_text: str) -> QWidget:
    """The date edit with a small button that empties it."""
    box = QWidget(edit.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    edit.setParent(box)
    row.addWidget(edit, 1)
    clear = QToolButton(box)
    clear.setText("×")
    clear.setToolTip(clear_text)
    clear.setAccessibleName(clear_text)
    clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    clear.clicked.connect(edit.clear_value)
    row.addWidget(clear)
    return box


class CheckList(QListWidget):
    """Tick any number of names (themes, competences, programmes)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self._data: dict[str, Any] = {}

    def set_items(self, items: Sequence[tuple[str, Any]]) -> None:
        """(text, value) pairs; the value comes back from :meth:`checked_values`."""
        self.blockSignals(True)
        self.clear()
        for text, value in items:
            item = QListWidgetItem(text, self)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, len(self._data))
            self._data[str(len(self._data))] = value
        self.blockSignals(False)

    def add_item(self, text: str, value: Any, *, checked: bool = True) -> None:
        key = str(len(self._data))
        self._data[key] = value
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(Qt.ItemDataRole.UserRole, int(key))
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.addItem(item)
        self.scrollToItem(item)

    def _value(self, item: QListWidgetItem) -> Any:
        return self._data[str(item.data(Qt.ItemDataRole.UserRole))]

    def values(self) -> list[Any]:
        return [self._value(self.item(i)) for i in range(self.count())]

    def text_of(self, value: Any) -> str:
        """The shown name of ``value`` (e.g. a programme's name for its id)."""
        for i in range(self.count()):
            if self._value(self.item(i)) == value:
                return self.item(i).text()
        return str(value)

    def checked_values(self) -> list[Any]:
        return [
            self._value(self.item(i))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, values: Sequence[Any]) -> None:
        wanted = set(values)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if self._value(item) in wanted else Qt.CheckState.Unchecked
            )
        self.blockSignals(False)


class _ReturnAdds(QObject):
    """Return in the 'add' field adds the name instead of saving the whole form."""

    def __init__(self, edit: QLineEdit, target: CheckList) -> None:
        super().__init__(edit)
        self._edit = edit
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_return = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if not is_return:
            return False
        name = " ".join(self._edit.text().split())
        if name:
            existing = [str(v).casefold() for v in self._target.values()]
            if name.casefold() in existing:
                index = existing.index(name.casefold())
                self._target.item(index).setCheckState(Qt.CheckState.Checked)
            else:
                self._target.add_item(name, name)
            self._edit.clear()
        return True


def add_name_field(target: CheckList, placeholder: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(target.parentWidget())
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    edit.setToolTip(accessible)
    edit.installEventFilter(_ReturnAdds(edit, target))
    return edit


def labelled_list(
    parent: QWidget, caption: str, checklist: CheckList, adder: QLineEdit | None = None
) -> QWidget:
    """A caption above a check list (and its 'add' field): two of these sit side by side."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    title = QLabel(caption, box)
    title.setBuddy(checklist)
    column.addWidget(title)
    checklist.setParent(box)
    checklist.setAccessibleName(caption)
    column.addWidget(checklist, 1)
    if adder is not None:
        adder.setParent(box)
        column.addWidget(adder)
    return box


def fill_combo(
    combo: QComboBox, items: Sequence[tuple[str, Any]], none_text: str | None = None
) -> None:
    """(text, value) items; ``none_text`` adds a first entry meaning 'none' (value None)."""
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.blockSignals(False)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(0, index))


class RecordForm(AsksBeforeClosing, QDialog):
    """A dialog that creates or edits one record; ``saved`` carries the record's id."""

    saved = Signal(int)
    kind: ClassVar[str] = ""

    def __init__(self, ctx: ViewContext, record_id: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.setObjectName(f"{self.kind}Form")
        self.setModal(True)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._captions: dict[str, str] = {}
        self._required: set[str] = set()
        self._touched: set[str] = set()
        self._server_errors: dict[str, str] = {}
        self._tab_chain: list[QWidget] = []
        self._filling = False
        self._finished = False
        self.last_saved_id: int | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._theirs: tuple[RecordData, int] | None = None
        with ctx.app.read_session() as session:
            self.options = queries.form_options(session)
            if record_id is None:
                self._loaded: RecordData = self.empty_data()
                self._version: int | None = None
            else:
                self._loaded, self._version = records.load_record(session, self.kind, record_id)
            self.prepare(session)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(10)
        self.heading = form_heading(self)
        outer.addWidget(self.heading)
        self.banner = ErrorBanner(self)
        outer.addWidget(self.banner)
        body = QWidget(self)
        self.build(body)
        outer.addWidget(body, 1)
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
        self.save_button.setAccessibleName(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        self._filling = True
        self.fill(self._loaded)
        self._filling = False
        self._initial = self.collect()
        chain = [*self._tab_chain, self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setWindowTitle(self.window_title())
        self.heading.setText(self.window_title())
        self.revalidate()

    # --- what a form provides ---------------------------------------------------------------

    def empty_data(self) -> RecordData:
        raise NotImplementedError

    def prepare(self, session: Any) -> None:
        """Read anything else the form needs while the session is open."""

    def build(self, body: QWidget) -> None:
        raise NotImplementedError

    def fill(self, data: RecordData) -> None:
        raise NotImplementedError

    def collect(self) -> RecordData:
        raise NotImplementedError

    def validate(self, data: RecordData) -> list[Problem]:
        raise NotImplementedError

    def window_title(self) -> str:
        raise NotImplementedError

    def problem_text(self, problem: Problem) -> str:
        """The Dutch message for a field problem, next to the field."""
        if problem.code == "required":
            return self.tr("Dit veld is verplicht.")
        if problem.code == "email":
            return self.tr("Dit is geen geldig e-mailadres (bijvoorbeeld naam@gemeente.nl).")
        if problem.code == "phone":
            return self.tr("Gebruik alleen cijfers, spaties, +, - en haakjes.")
        if problem.code == "date_order":
            return self.tr("De einddatum moet na de begindatum liggen.")
        if problem.code == "places":
            return self.tr("Een opdracht heeft minstens 1 plaats.")
        if problem.code == "hours":
            return self.tr("Vul tussen 0 en 40 uur per week in.")
        if problem.code == "too_long":
            return self.tr("Te lang: hoogstens {limit} tekens.").format(limit=problem.limit)
        if problem.code == "supervisor":
            return self.tr("Kies een begeleider van de gekozen organisatie.")
        return self.tr("Deze waarde klopt niet.")

    def field_of(self, problem: Problem) -> str:
        return problem.field

    # --- fields ------------------------------------------------------------------------------

    def add_field(
        self,
        form: QFormLayout,
        name: str,
        caption: str,
        widget: QWidget,
        *,
        required: bool = False,
        focus: QWidget | None = None,
        hint: str = "",
    ) -> None:
        """A labelled field with room for its error message beneath it."""
        target = focus or widget
        target.setAccessibleName(caption)
        if hint:
            target.setToolTip(hint)
            target.setAccessibleDescription(hint)
        label = QLabel(f"{caption} *" if required else caption, form.parentWidget())
        label.setBuddy(target)
        error = QLabel(form.parentWidget())
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, column)
        self._fields[name] = target
        self._errors[name] = error
        self._captions[name] = caption
        if required:
            self._required.add(name)
        self._tab_chain.append(target)

    def add_error_label(self, name: str, caption: str, parent: QWidget) -> QLabel:
        """An error line for a field laid out by the form itself (a table, a list)."""
        error = QLabel(parent)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self._errors[name] = error
        self._captions[name] = caption
        return error

    def watch(self, name: str, widget: QWidget) -> None:
        """Revalidate whenever ``widget`` changes; its field counts as touched."""
        handler = lambda *_args: self.on_changed(name)  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(handler)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(handler)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(handler)
        elif isinstance(widget, CheckList):
            widget.changed.connect(handler)
        elif hasattr(widget, "valueChanged"):
            widget.valueChanged.connect(handler)
        elif hasattr(widget, "textChanged"):
            widget.textChanged.connect(handler)
        elif hasattr(widget, "toggled"):
            widget.toggled.connect(handler)
        else:
            raise TypeError(f"cannot watch {type(widget).__name__}")

    def on_changed(self, name: str) -> None:
        if self._filling:
            return
        self._touched.add(name)
        self._server_errors.pop(name, None)
        self.revalidate()

    def revalidate(self) -> list[Problem]:
        data = self.collect()
        problems = self.validate(data)
        messages: dict[str, list[str]] = {}
        missing: list[str] = []
        for problem in problems:
            name = self.field_of(problem)
            untouched_required = problem.code == "required" and name not in self._touched
            if untouched_required and problem.row is None:
                missing.append(self._captions.get(name, name))
                continue
            messages.setdefault(name, []).append(self.problem_text_in_context(problem))
        for name, text in self._server_errors.items():
            messages.setdefault(name, []).append(text)
        for name, error in self._errors.items():
            texts = messages.get(name)
            error.setText(" ".join(dict.fromkeys(texts)) if texts else "")
            error.setVisible(bool(texts))
        valid = not problems
        self.save_button.setEnabled(valid)
        if missing:
            self.hint.setText(
                self.tr("Nog in te vullen: {fields}").format(fields=", ".join(missing))
            )
        elif problems:
            self.hint.setText(self.tr("Verbeter de rood gemarkeerde velden om op te slaan."))
        elif self.is_dirty():
            self.hint.setText(self.tr("Enter slaat op, Esc annuleert."))
        else:
            self.hint.setText(self.tr("Velden met * zijn verplicht."))
        self.save_button.setToolTip(self.hint.text() if not valid else self.tr("Opslaan (Enter)"))
        return problems

    def problem_text_in_context(self, problem: Problem) -> str:
        return self.problem_text(problem)

    def is_dirty(self) -> bool:
        return bool(self.collect() != self._initial)

    def field_error(self, name: str) -> str:
        """The message shown at field ``name`` (empty when none); for tests and screen readers."""
        error = self._errors.get(name)
        return error.text() if error is not None and error.isVisible() else ""

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save and close; on a refusal stay open, keep the input and say why."""
        problems = self.revalidate()
        if problems:
            self._touched.update(self.field_of(p) for p in problems)
            self.revalidate()
            return False
        data = self.collect()
        if self.record_id is not None and data == self._initial:
            self._finish(self.record_id)
            return True
        command: CreateRecordCommand | EditRecordCommand
        if self.record_id is None:
            command = CreateRecordCommand(self.ctx, data, self.create_text(data))
        else:
            command = EditRecordCommand(
                self.ctx, self.record_id, self._loaded, data, self._version, self.edit_text(data)
            )
        try:
            command.perform()
        except HardRuleViolation as exc:
            self.show_violation(exc)
            return False
        except DuplicateValue as exc:
            self.show_duplicate(exc)
            return False
        except EditConflict:
            self.show_conflict(data)
            return False
        except InvalidRecord as exc:
            self._touched.update(self.field_of(p) for p in exc.problems)
            self.revalidate()
            return False
        except RecordNotFound:
            self.show_banner(
                self.tr("Niet opgeslagen"),
                self.tr("Dit record bestaat niet meer; misschien is het net verwijderd."),
            )
            return False
        except CoordinatorError as exc:
            self.show_banner(self.tr("Niet opgeslagen"), html.escape(exc.message))
            return False
        except SQLAlchemyError as exc:
            _log.exception("saving %s failed", self.kind)
            self.show_banner(
                self.tr("Niet opgeslagen"),
                self.tr("De database weigerde de wijziging ({kind}).").format(
                    kind=type(exc).__name__
                ),
            )
            return False
        self.ctx.undo_stack.push(command)
        record_id = (
            command.record_id if isinstance(command, CreateRecordCommand) else self.record_id
        )
        assert record_id is not None
        self._finish(record_id)
        return True

    def _finish(self, record_id: int) -> None:
        self._finished = True
        self.last_saved_id = record_id
        self.saved.emit(record_id)
        self.accept()

    def create_text(self, data: RecordData) -> str:
        return self.tr("Nieuw: {name}").format(name=records.label_of(data))

    def edit_text(self, data: RecordData) -> str:
        return self.tr("{name} bewerken").format(name=records.label_of(data))

    def show_banner(self, title: str, body_html: str) -> None:
        self.banner.show_message(title, body_html)

    def banner_text(self) -> str:
        """The refusal as plain text (empty when there is none)."""
        return self.banner.plain_text()

    def show_violation(self, exc: HardRuleViolation) -> None:
        """Each broken rule once, its messages beneath it, then every record involved."""
        lang = self.ctx.lang
        by_rule: dict[str, list[Any]] = {}
        for violation in exc.violations:
            by_rule.setdefault(violation.rule.title(lang), []).append(violation)
        involved_caption = html.escape(self.tr("Betrokken:"))
        parts = []
        for title, violations in by_rule.items():
            rule = f"<b>{html.escape(title)}</b>"
            text = self.tr("Regel: {rule}").format(rule=rule)
            shown = violations[:MAX_MESSAGES]
            items = "".join(f"<li>{html.escape(v.message(lang))}</li>" for v in shown)
            if len(violations) > len(shown):
                more = self.tr("… en nog {n}").format(n=len(violations) - len(shown))
                items += f"<li>{html.escape(more)}</li>"
            text += f"<ul style='margin: 2px 0 0 -20px'>{items}</ul>"
            refs = dict.fromkeys(
                (ref.kind, ref.label) for violation in violations for ref in violation.records
            )
            if refs:
                names = "; ".join(
                    f"{html.escape(self.record_kind(kind))}: {html.escape(name)}"
                    for kind, name in list(refs)[: MAX_MESSAGES * 2]
                )
                text += f"{involved_caption} {names}"
            parts.append(text)
        self.show_banner(
            self.tr("Opslaan geweigerd: dit zou een vaste regel breken"), "<br>".join(parts)
        )

    def record_kind(self, kind: str) -> str:
        if kind == "trainee":
            return self.tr("Trainee")
        if kind == "assignment":
            return self.tr("Opdracht")
        if kind == "placement":
            return self.tr("Plaatsing")
        if kind == "organisation":
            return self.tr("Organisatie")
        return kind

    def show_duplicate(self, exc: DuplicateValue) -> None:
        if exc.field == "email":
            text = self.tr("Het e-mailadres {value} is al in gebruik bij {owner}.").format(
                value=exc.value, owner=exc.owner
            )
        elif exc.field == "name":
            text = self.tr("De naam {value} is al in gebruik.").format(value=exc.value)
        else:
            text = self.tr("De waarde {value} is al in gebruik.").format(value=exc.value)
        self._server_errors[exc.field] = text
        self.revalidate()
        self.show_banner(self.tr("Niet opgeslagen"), html.escape(text))
        widget = self._fields.get(exc.field)
        if widget is not None:
            widget.setFocus()

    # --- a colleague saved the same record in between -----------------------------------------

    def show_conflict(self, mine: RecordData) -> None:
        """Say who saved this record meanwhile, and offer: compare, keep mine, or reload."""
        if self.record_id is None:
            return
        try:
            with self.ctx.app.read_session() as session:
                theirs, version = records.load_record(session, self.kind, self.record_id)
                last = history(session, self.kind, self.record_id)[:1]
        except RecordNotFound:
            self.show_banner(
                self.tr("Niet opgeslagen"),
                self.tr("Dit record bestaat niet meer; iemand anders heeft het net verwijderd."),
            )
            return
        self._theirs = (theirs, version)
        if last:
            moment = last[0].at.replace(tzinfo=dt.UTC).astimezone()
            saved_by = self.tr("{user} (om {time})").format(
                user=last[0].user_name, time=f"{moment:%H:%M}"
            )
        else:
            saved_by = self.tr("Iemand anders")
        self.show_banner(
            self.tr("Niet opgeslagen"),
            html.escape(
                self.tr(
                    "Iemand anders heeft dit record gewijzigd nadat u het opende. Uw invoer "
                    "staat nog in het formulier."
                )
            ),
        )
        dialog = ConflictDialog(
            self, records.label_of(theirs), saved_by, self.conflict_rows(mine, theirs)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self._resolve_conflict)
        dialog.finished.connect(lambda _result, shown=dialog: self._conflict_closed(shown))
        self.conflict_dialog = dialog
        dialog.open()

    def _conflict_closed(self, dialog: ConflictDialog) -> None:
        if self.conflict_dialog is dialog:
            self.conflict_dialog = None  # it deletes itself; a new conflict opens a new one

    def conflict_rows(self, mine: RecordData, theirs: RecordData) -> list[ConflictRow]:
        """Every field that I or they changed since the form was opened, in form order."""
        rows = []
        for spec in dataclasses.fields(mine):
            if not spec.compare:
                continue
            name = spec.name
            mine_value, their_value = getattr(mine, name), getattr(theirs, name)
            opened = getattr(self._loaded, name)
            if mine_value == opened and their_value == opened:
                continue
            rows.append(
                ConflictRow(
                    self.caption_of(name),
                    self.display_value(name, mine_value),
                    self.display_value(name, their_value),
                    i_changed=mine_value != opened,
                    they_changed=their_value != opened,
                )
            )
        return rows

    def _resolve_conflict(self, choice: str) -> None:
        if self._theirs is None:
            return
        theirs, version = self._theirs
        if choice == KEEP_MINE:
            # Deliberately over theirs: save against the version that is there now (undo
            # puts theirs back). Should a third save slip in, the question comes again.
            self._loaded, self._version = theirs, version
            self.save()
        elif choice == RELOAD:
            self.reload(theirs, version)

    def reload(self, data: RecordData, version: int) -> None:
        """Show ``data`` (the record as stored now) and forget what was typed."""
        self._loaded, self._version = data, version
        self._filling = True
        self.fill(data)
        self._filling = False
        self._initial = self.collect()
        self._touched.clear()
        self._server_errors.clear()
        self.banner.hide()
        self.setWindowTitle(self.window_title())
        self.heading.setText(self.window_title())
        self.revalidate()

    def caption_of(self, name: str) -> str:
        if name in self._captions:
            return self._captions[name]
        fallback = {
            "notes": self.tr("Notities"),
            "contacts": self.tr("Contactpersonen"),
            "themes": self.tr("Thema's"),
            "competences": self.tr("Competenties"),
        }
        return fallback.get(name, name)

    def display_value(self, name: str, value: Any) -> str:
        """A field's value as the user knows it from the form (names, not numbers)."""
        lang = self.ctx.lang
        widget = self._fields.get(name)
        if value is None or value == "" or value == () or value == frozenset():
            return "—"
        if isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nee")
        if isinstance(widget, QComboBox):
            index = widget.findData(value.value if isinstance(value, enum.Enum) else value)
            if index >= 0:
                return widget.itemText(index)
        if isinstance(value, enum.Enum):
            return label(value, lang)
        if isinstance(value, dt.date):
            return f"{value:%d-%m-%Y}"
        if isinstance(value, float):
            return f"{value:g}"
        if isinstance(value, frozenset):
            return levels_text(value, lang)
        if isinstance(value, tuple):
            parts = []
            for item in value:
                if isinstance(item, ContactData):
                    parts.append(f"{item.name} ({item.email})" if item.email else item.name)
                elif isinstance(item, tuple) and len(item) == 2:
                    item_name, level = item
                    parts.append(
                        self.tr("{name} (niveau {level})").format(name=item_name, level=level)
                        if level
                        else str(item_name)
                    )
                elif isinstance(widget, CheckList):
                    parts.append(widget.text_of(item))
                else:
                    parts.append(str(item))
            return "; ".join(parts)
        return str(value)

    # --- closing -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._tab_chain:
            self._tab_chain[0].setFocus()
