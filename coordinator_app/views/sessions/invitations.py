"""Choosing whom to invite: groups (programmes, cohorts, levels) and individual people.

Also the small dialog that records a new guest, used here and at the door.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from coordinator_app.models import Cohort, EducationLevel, LevelCategory, Programme
from coordinator_app.services import sessions
from coordinator_app.services.labels import label
from coordinator_app.services.sessions import GuestData, InvitationSpec, PersonChoice
from coordinator_app.text import fold
from coordinator_app.views.sessions.common import ERROR_COLOUR, EXPECTED_ERRORS, report_error
from coordinator_app.views.view_context import ViewContext

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class GuestDialog(QDialog):
    """Name, organisation, level and e-mail of a guest; the check-in code is made on save."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.guest_id: int | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.organisation_edit = QLineEdit(self)
        self.level_combo = QComboBox(self)
        self.email_edit = QLineEdit(self)
        self.name_label = QLabel(self)
        self.organisation_label = QLabel(self)
        self.level_label = QLabel(self)
        self.email_label = QLabel(self)
        for row_label, field in (
            (self.name_label, self.name_edit),
            (self.organisation_label, self.organisation_edit),
            (self.level_label, self.level_combo),
            (self.email_label, self.email_edit),
        ):
            row_label.setBuddy(field)
            form.addRow(row_label, field)
        layout.addLayout(form)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nieuwe gast"))
        self.name_label.setText(self.tr("&Naam:"))
        self.name_edit.setAccessibleName(self.tr("Naam van de gast"))
        self.organisation_label.setText(self.tr("&Organisatie:"))
        self.organisation_edit.setAccessibleName(self.tr("Organisatie van de gast"))
        self.level_label.setText(self.tr("Opleidings&niveau:"))
        self.level_combo.setAccessibleName(self.tr("Opleidingsniveau van de gast"))
        current = self.level_combo.currentData()
        self.level_combo.clear()
        self.level_combo.addItem(self.tr("onbekend"), None)
        for level in EducationLevel:
            self.level_combo.addItem(label(level, self.ctx.lang), level.value)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(current), 0))
        self.email_label.setText(self.tr("&E-mail:"))
        self.email_edit.setAccessibleName(self.tr("E-mailadres van de gast"))
        self.email_edit.setPlaceholderText(self.tr("niet verplicht"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Opslaan"))
        save.setAccessibleName(self.tr("Gast opslaan"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def data(self) -> GuestData:
        return GuestData(
            name=self.name_edit.text(),
            organisation_name=self.organisation_edit.text(),
            education_level=(
                EducationLevel(self.level_combo.currentData())
                if self.level_combo.currentData()
                else None
            ),
            email=self.email_edit.text(),
        )

    def save(self) -> None:
        """Create the guest now; on a problem keep the dialog open and show why."""
        try:
            with self.ctx.app.transaction() as db:
                self.guest_id = sessions.create_guest(db, self.data())
        except sessions.SessionInputError as exc:
            self.problem_label.setText("\n".join(exc.problems))
            self.problem_label.show()
            return
        except EXPECTED_ERRORS as exc:
            report_error(self.ctx, self, self.tr("Gast niet opgeslagen"), exc)
            return
        self.ctx.bus.notify("guest", {self.guest_id})
        self.accept()


class InvitationPicker(QWidget):
    """Groups and people to invite; :meth:`spec` tells the choice to the services."""

    changed = Signal()

    def __init__(
        self,
        ctx: ViewContext,
        parent: QWidget | None = None,
        *,
        already_listed: tuple[set[int], set[int]] = (set(), set()),
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listed_trainees, self.listed_guests = already_listed
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.groups_box = QGroupBox(self)
        groups = QVBoxLayout(self.groups_box)
        self.programmes_label = QLabel(self.groups_box)
        self.programme_list = QListWidget(self.groups_box)
        self.cohorts_label = QLabel(self.groups_box)
        self.cohort_list = QListWidget(self.groups_box)
        self.levels_label = QLabel(self.groups_box)
        self.level_boxes = {level: QCheckBox(self.groups_box) for level in LevelCategory}
        groups.addWidget(self.programmes_label)
        groups.addWidget(self.programme_list, 1)
        groups.addWidget(self.cohorts_label)
        groups.addWidget(self.cohort_list, 2)
        groups.addWidget(self.levels_label)
        level_row = QHBoxLayout()
        for box in self.level_boxes.values():
            level_row.addWidget(box)
            box.toggled.connect(self._update_preview)
        level_row.addStretch(1)
        groups.addLayout(level_row)
        layout.addWidget(self.groups_box, 1)

        self.people_box = QGroupBox(self)
        people = QVBoxLayout(self.people_box)
        self.search_edit = QLineEdit(self.people_box)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter_people)
        self.people_list = QListWidget(self.people_box)
        self.new_guest_button = QPushButton(self.people_box)
        self.new_guest_button.clicked.connect(self._new_guest)
        people.addWidget(self.search_edit)
        people.addWidget(self.people_list, 1)
        people.addWidget(self.new_guest_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.people_box, 1)

        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        groups.addWidget(self.preview_label)

        self._load()
        for widget in (self.programme_list, self.cohort_list, self.people_list):
            widget.itemChanged.connect(self._update_preview)
        self.retranslate()

    # -- data --------------------------------------------------------------------------

    def _load(self) -> None:
        with self.ctx.app.read_session() as db:
            programmes = db.execute(
                select(Programme.id, Programme.name).order_by(Programme.name)
            ).all()
            cohorts = db.execute(
                select(Cohort.id, Cohort.name, Programme.name)
                .join(Programme, Cohort.programme_id == Programme.id)
                .order_by(Programme.name, Cohort.start_date, Cohort.name)
            ).all()
            people = sessions.trainee_choices(db) + sessions.guest_choices(db)
        for programme_id, name in programmes:
            self._checkable(self.programme_list, "programme", programme_id, name)
        for cohort_id, name, programme_name in cohorts:
            self._checkable(self.cohort_list, "cohort", cohort_id, f"{name} ({programme_name})")
        for person in people:
            self._add_person(person)

    def _checkable(
        self, widget: QListWidget, kind: str, record_id: int, text: str, *, checked: bool = False
    ) -> QListWidgetItem:
        item = QListWidgetItem(text, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(KIND_ROLE, kind)
        item.setData(ID_ROLE, record_id)
        item.setData(SEARCH_ROLE, fold(text))
        return item

    def _add_person(self, person: PersonChoice, *, checked: bool = False) -> QListWidgetItem:
        level = label(person.level, self.ctx.lang) if person.level else self.tr("niveau onbekend")
        if person.kind == "guest":
            level = self.tr("gast, {level}").format(level=level)
        detail = f" — {person.detail}" if person.detail else ""
        item = self._checkable(
            self.people_list,
            person.kind,
            person.id,
            f"{person.name} ({level}){detail}",
            checked=checked,
        )
        listed = (person.kind == "trainee" and person.id in self.listed_trainees) or (
            person.kind == "guest" and person.id in self.listed_guests
        )
        if listed:
            item.setCheckState(Qt.CheckState.Checked)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setData(Qt.ItemDataRole.ToolTipRole, self.tr("Staat al op de lijst"))
        return item

    @staticmethod
    def _checked(widget: QListWidget, kind: str | None = None) -> frozenset[int]:
        found = set()
        for row in range(widget.count()):
            item = widget.item(row)
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                continue
            if item.checkState() == Qt.CheckState.Checked and (
                kind is None or item.data(KIND_ROLE) == kind
            ):
                found.add(int(item.data(ID_ROLE)))
        return frozenset(found)

    def set_groups(self, cohort_ids: list[int], programme_ids: list[int]) -> None:
        """Tick the groups a session already remembers as invited."""
        for widget, ids in ((self.cohort_list, cohort_ids), (self.programme_list, programme_ids)):
            for row in range(widget.count()):
                item = widget.item(row)
                if int(item.data(ID_ROLE)) in ids:
                    item.setCheckState(Qt.CheckState.Checked)
        self._update_preview()

    def check_person(self, kind: str, record_id: int) -> None:
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if item.data(KIND_ROLE) == kind and int(item.data(ID_ROLE)) == record_id:
                item.setCheckState(Qt.CheckState.Checked)

    def spec(self) -> InvitationSpec:
        return InvitationSpec(
            cohort_ids=self._checked(self.cohort_list),
            programme_ids=self._checked(self.programme_list),
            levels=frozenset(level for level, box in self.level_boxes.items() if box.isChecked()),
            trainee_ids=self._checked(self.people_list, "trainee"),
            guest_ids=self._checked(self.people_list, "guest"),
        )

    # -- reactions ---------------------------------------------------------------------

    def _filter_people(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            haystack = str(item.data(SEARCH_ROLE))
            item.setHidden(not all(word in haystack for word in words))

    def _new_guest(self) -> None:
        dialog = GuestDialog(self.ctx, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.guest_id is None:
            return
        with self.ctx.app.read_session() as db:
            person = next(p for p in sessions.guest_choices(db) if p.id == dialog.guest_id)
        item = self._add_person(person, checked=True)
        self.people_list.scrollToItem(item)
        self._update_preview()

    def _update_preview(self) -> None:
        spec = self.spec()
        with self.ctx.app.read_session() as db:
            trainees = set(sessions.invitees(db, spec)) - self.listed_trainees
        guests = set(spec.guest_ids) - self.listed_guests
        if not trainees and not guests and (self.listed_trainees or self.listed_guests):
            text = self.tr("Geen nieuwe uitnodigingen.")
        elif not trainees and not guests:
            text = self.tr("Nog niemand gekozen om uit te nodigen.")
        else:
            text = self.tr("Uitnodigen: {trainees} trainee(s) en {guests} gast(en).").format(
                trainees=len(trainees), guests=len(guests)
            )
        if self.listed_trainees or self.listed_guests:
            text += " " + self.tr("Al op de lijst: {count}.").format(
                count=len(self.listed_trainees) + len(self.listed_guests)
            )
        self.preview_label.setText(text)
        self.changed.emit()

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.groups_box.setTitle(self.tr("Groepen"))
        self.programmes_label.setText(self.tr("Programma's (alle lichtingen):"))
        self.programme_list.setAccessibleName(self.tr("Uit te nodigen programma's"))
        self.cohorts_label.setText(self.tr("Lichtingen:"))
        self.cohort_list.setAccessibleName(self.tr("Uit te nodigen lichtingen"))
        self.levels_label.setText(
            self.tr("Alleen deze niveaus (zonder groep: alle trainees van dit niveau):")
        )
        self.levels_label.setWordWrap(True)
        for level, box in self.level_boxes.items():
            box.setText(label(level, self.ctx.lang))
            box.setAccessibleName(
                self.tr("Niveau {level}").format(level=label(level, self.ctx.lang))
            )
        self.people_box.setTitle(self.tr("Personen"))
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam, lichting of organisatie…"))
        self.search_edit.setAccessibleName(self.tr("Personen zoeken"))
        self.people_list.setAccessibleName(self.tr("Trainees en gasten om uit te nodigen"))
        self.new_guest_button.setText(self.tr("Nieuwe gast…"))
        self.new_guest_button.setAccessibleName(self.tr("Nieuwe gast toevoegen"))
        self.preview_label.setAccessibleName(self.tr("Aantal uitnodigingen"))
        self._update_preview()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
