"""The form to create or edit a host organisation and its contact persons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.models import OrganisationType
from coordinator_app.services import records
from coordinator_app.services.labels import label
from coordinator_app.services.records import ContactData, OrganisationData, Problem, RecordData
from coordinator_app.views.forms.base import RecordForm, fill_combo, select_data

NAME, ROLE, EMAIL, PHONE, SUPERVISOR = range(5)
_INVALID = QBrush(QColor("#fee4e2"))
_CELL_OF_FIELD = {"contact_name": NAME, "contact_email": EMAIL, "contact_phone": PHONE}


class OrganisationForm(RecordForm):
    kind = records.ORGANISATION

    def empty_data(self) -> RecordData:
        return OrganisationData(type=OrganisationType.MUNICIPALITY)

    def window_title(self) -> str:
        if self.record_id is None:
            return self.tr("Nieuwe organisatie")
        assert isinstance(self._loaded, OrganisationData)
        return self.tr("Organisatie bewerken: {name}").format(name=self._loaded.name)

    def build(self, body: QWidget) -> None:
        self.resize(940, 680)
        lang = self.ctx.lang
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)

        top = QHBoxLayout()
        details = QGroupBox(self.tr("Organisatie"), body)
        form = QFormLayout(details)
        self.name = QLineEdit(details)
        self.add_field(form, "name", self.tr("Naam"), self.name, required=True)
        self.type = QComboBox(details)
        fill_combo(
            self.type,
            sorted(
                ((label(t, lang), t.value) for t in OrganisationType),
                key=lambda item: item[0].casefold(),
            ),
            self.tr("— kies een soort —"),
        )
        self.add_field(form, "type", self.tr("Soort"), self.type, required=True)
        self.municipality = QComboBox(details)
        fill_combo(
            self.municipality,
            [(m.name, m.id) for m in self.options.municipalities],
            self.tr("— buiten de regio of onbekend —"),
        )
        self.add_field(form, "municipality_id", self.tr("Gemeente"), self.municipality)
        self.address = QLineEdit(details)
        self.add_field(form, "address", self.tr("Adres"), self.address)
        self.website = QLineEdit(details)
        self.website.setPlaceholderText("https://")
        self.add_field(form, "website", self.tr("Website"), self.website)
        top.addWidget(details, 3)
        notes_box = QGroupBox(self.tr("Notities"), body)
        notes_layout = QVBoxLayout(notes_box)
        self.notes = QPlainTextEdit(notes_box)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notities"))
        notes_layout.addWidget(self.notes)
        self._fields["notes"] = self.notes
        self._tab_chain.append(self.notes)
        top.addWidget(notes_box, 2)
        outer.addLayout(top)

        contacts = QGroupBox(self.tr("Contactpersonen"), body)
        contact_layout = QVBoxLayout(contacts)
        self.contacts = QTableWidget(0, 5, contacts)
        self.contacts.setObjectName("contactsTable")
        self.contacts.setAccessibleName(self.tr("Contactpersonen"))
        self.contacts.setAccessibleDescription(
            self.tr("Pijltjestoetsen kiezen een cel, F2 of typen bewerkt haar, Tab gaat verder.")
        )
        self.contacts.setTabKeyNavigation(False)
        self.contacts.setWordWrap(False)
        self.contacts.setAlternatingRowColors(True)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.contacts.verticalHeader().hide()
        header = self.contacts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        char = self.fontMetrics().averageCharWidth()
        for column, width in ((NAME, 24), (ROLE, 22), (EMAIL, 28), (PHONE, 16), (SUPERVISOR, 11)):
            self.contacts.setColumnWidth(column, char * width)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        self.contacts.itemChanged.connect(lambda _item: self.on_changed("contacts"))
        contact_layout.addWidget(self.contacts)
        self.contacts_error = self.add_error_label("contacts", self.tr("Contactpersonen"), contacts)
        contact_layout.addWidget(self.contacts_error)
        row = QHBoxLayout()
        self.add_contact_button = QPushButton(self.tr("Contactpersoon toevoegen"), contacts)
        self.add_contact_button.setAccessibleName(self.tr("Contactpersoon toevoegen"))
        self.add_contact_button.setAutoDefault(False)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.remove_contact_button = QPushButton(self.tr("Contactpersoon verwijderen"), contacts)
        self.remove_contact_button.setAccessibleName(self.tr("Contactpersoon verwijderen"))
        self.remove_contact_button.setAutoDefault(False)
        self.remove_contact_button.clicked.connect(self.remove_selected_contacts)
        row.addWidget(self.add_contact_button)
        row.addWidget(self.remove_contact_button)
        row.addStretch(1)
        contact_layout.addLayout(row)
        outer.addWidget(contacts, 1)
        self._tab_chain += [self.contacts, self.add_contact_button, self.remove_contact_button]

        for name, widget in (
            ("name", self.name),
            ("type", self.type),
            ("municipality_id", self.municipality),
            ("address", self.address),
            ("website", self.website),
            ("notes", self.notes),
        ):
            self.watch(name, widget)
        self._set_contact_headers()

    def _set_contact_headers(self) -> None:
        self.contacts.setHorizontalHeaderLabels(
            [
                self.tr("Naam *"),
                self.tr("Functie"),
                self.tr("E-mail"),
                self.tr("Telefoon"),
                self.tr("Begeleider"),
            ]
        )

    # --- contact persons ---------------------------------------------------------------------

    def _append_contact(self, contact: ContactData) -> int:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        values = {
            NAME: contact.name,
            ROLE: contact.role,
            EMAIL: contact.email,
            PHONE: contact.phone,
        }
        for column, text in values.items():
            self.contacts.setItem(row, column, QTableWidgetItem(text))
        self.contacts.item(row, NAME).setData(Qt.ItemDataRole.UserRole, contact.id)
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(
            Qt.CheckState.Checked if contact.is_supervisor else Qt.CheckState.Unchecked
        )
        self.contacts.setItem(row, SUPERVISOR, check)
        return row

    def add_contact(self) -> None:
        """A new, empty row with the cursor in its name cell, ready to type."""
        row = self._append_contact(ContactData())
        self._touched.discard("contacts")
        self.contacts.setCurrentCell(row, NAME)
        self.contacts.setFocus()
        self.contacts.editItem(self.contacts.item(row, NAME))
        self.on_changed("contacts")

    def remove_selected_contacts(self) -> None:
        rows = sorted({index.row() for index in self.contacts.selectedIndexes()}, reverse=True)
        if not rows and self.contacts.currentRow() >= 0:
            rows = [self.contacts.currentRow()]
        for row in rows:
            self.contacts.removeRow(row)
        self.on_changed("contacts")

    def set_contact(self, row: int, column: int, text: str) -> None:
        self.contacts.item(row, column).setText(text)

    def _contact_data(self) -> tuple[ContactData, ...]:
        result = []
        for row in range(self.contacts.rowCount()):

            def text(column: int, row: int = row) -> str:
                item = self.contacts.item(row, column)
                return item.text().strip() if item is not None else ""

            name_item = self.contacts.item(row, NAME)
            check = self.contacts.item(row, SUPERVISOR)
            result.append(
                ContactData(
                    id=name_item.data(Qt.ItemDataRole.UserRole) if name_item else None,
                    name=" ".join(text(NAME).split()),
                    role=text(ROLE),
                    email=text(EMAIL),
                    phone=text(PHONE),
                    is_supervisor=check is not None and check.checkState() == Qt.CheckState.Checked,
                )
            )
        return tuple(result)

    # --- the form contract -------------------------------------------------------------------

    def fill(self, data: Any) -> None:
        assert isinstance(data, OrganisationData)
        self.name.setText(data.name)
        select_data(self.type, data.type.value if data.type else None)
        select_data(self.municipality, data.municipality_id)
        self.address.setText(data.address)
        self.website.setText(data.website)
        self.notes.setPlainText(data.notes)
        self.contacts.blockSignals(True)
        self.contacts.setRowCount(0)
        for contact in data.contacts:
            self._append_contact(contact)
        self.contacts.blockSignals(False)

    def collect(self) -> RecordData:
        kind = self.type.currentData()
        return OrganisationData(
            name=" ".join(self.name.text().split()),
            type=OrganisationType(kind) if kind else None,
            municipality_id=self.municipality.currentData(),
            address=self.address.text().strip(),
            website=self.website.text().strip(),
            notes=self.notes.toPlainText().strip(),
            contacts=self._contact_data(),
        )

    def validate(self, data: RecordData) -> list[Problem]:
        assert isinstance(data, OrganisationData)
        return records.validate_organisation(data)

    def field_of(self, problem: Problem) -> str:
        return "contacts" if problem.row is not None else problem.field

    def problem_text_in_context(self, problem: Problem) -> str:
        if problem.row is None:
            return self.problem_text(problem)
        if problem.field == "contact_name":
            what = self.tr("de naam is verplicht")
        elif problem.field == "contact_email":
            what = self.tr("het e-mailadres is ongeldig")
        else:
            what = self.tr("het telefoonnummer is ongeldig")
        return self.tr("Contactpersoon {n}: {what}.").format(n=problem.row + 1, what=what)

    def revalidate(self) -> list[Problem]:
        problems = super().revalidate()
        bad = {(p.row, _CELL_OF_FIELD.get(p.field)) for p in problems if p.row is not None}
        self.contacts.blockSignals(True)
        for row in range(self.contacts.rowCount()):
            for column in (NAME, EMAIL, PHONE):
                item = self.contacts.item(row, column)
                if item is not None:
                    item.setBackground(_INVALID if (row, column) in bad else QBrush())
        self.contacts.blockSignals(False)
        return problems
