"""The form to create or edit an assignment (opdracht)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.models import AssignmentStatus, LevelCategory
from coordinator_app.services import records
from coordinator_app.services.dutch import add_months
from coordinator_app.services.labels import label
from coordinator_app.services.records import AssignmentData, Problem, RecordData
from coordinator_app.views.forms.base import (
    DATE_FORMAT,
    CheckList,
    RecordForm,
    add_name_field,
    fill_combo,
    from_qdate,
    labelled_list,
    select_data,
    to_qdate,
)


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first of next month, for the usual eight months."""
    first = add_months(today.replace(day=1), 1)
    return first, add_months(first, 8) - dt.timedelta(days=1)


class AssignmentForm(RecordForm):
    kind = records.ASSIGNMENT

    def empty_data(self) -> RecordData:
        start, end = default_period(self.ctx.app.today)
        return AssignmentData(start_date=start, end_date=end)

    def prepare(self, session: Any) -> None:
        self._session_contacts: dict[int, list[tuple[int, str, bool]]] = {}
        organisation_id = getattr(self._loaded, "organisation_id", None)
        if organisation_id is not None:
            self._session_contacts[organisation_id] = records.contacts_of(session, organisation_id)

    def window_title(self) -> str:
        if self.record_id is None:
            return self.tr("Nieuwe opdracht")
        assert isinstance(self._loaded, AssignmentData)
        return self.tr("Opdracht bewerken: {title}").format(title=self._loaded.title)

    def build(self, body: QWidget) -> None:
        self.resize(980, 760)
        lang = self.ctx.lang
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)

        what = QGroupBox(self.tr("Opdracht"), body)
        left = QFormLayout(what)
        self.title_edit = QLineEdit(what)
        self.add_field(left, "title", self.tr("Titel"), self.title_edit, required=True)
        self.organisation = QComboBox(what)
        fill_combo(
            self.organisation,
            [(o.name, o.id) for o in self.options.organisations],
            self.tr("— kies een organisatie —"),
        )
        self.add_field(
            left, "organisation_id", self.tr("Organisatie"), self.organisation, required=True
        )
        self.supervisor = QComboBox(what)
        self.add_field(left, "supervisor_id", self.tr("Begeleider"), self.supervisor)
        self.municipality = QComboBox(what)
        fill_combo(
            self.municipality,
            [(m.name, m.id) for m in self.options.municipalities],
            self.tr("— die van de organisatie —"),
        )
        self.add_field(
            left,
            "municipality_id",
            self.tr("Gemeente"),
            self.municipality,
            hint=self.tr("Alleen invullen als het werk ergens anders is dan bij de organisatie."),
        )
        self.description = QPlainTextEdit(what)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.fontMetrics().height() * 7)
        self.add_field(left, "description", self.tr("Omschrijving"), self.description)
        self.status = QComboBox(what)
        fill_combo(self.status, [(label(s, lang), s.value) for s in AssignmentStatus])
        self.add_field(left, "status", self.tr("Status"), self.status)
        columns.addWidget(what, 1)

        when = QGroupBox(self.tr("Wanneer, voor wie en hoeveel"), body)
        right_column = QVBoxLayout(when)
        right = QFormLayout()
        right_column.addLayout(right)
        self.start_date = QDateEdit(when)
        self.start_date.setDisplayFormat(DATE_FORMAT)
        self.start_date.setCalendarPopup(True)
        self.add_field(right, "start_date", self.tr("Begindatum"), self.start_date, required=True)
        self.end_date = QDateEdit(when)
        self.end_date.setDisplayFormat(DATE_FORMAT)
        self.end_date.setCalendarPopup(True)
        self.add_field(right, "end_date", self.tr("Einddatum"), self.end_date, required=True)
        self.places = QSpinBox(when)
        self.places.setRange(0, 99)
        self.add_field(right, "places", self.tr("Plaatsen"), self.places, required=True)
        self.hours = QDoubleSpinBox(when)
        self.hours.setRange(0, 60)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(1)
        self.hours.setSuffix(self.tr(" uur"))
        self.hours.setLocale(
            QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
        )
        self.add_field(right, "hours_per_week", self.tr("Uren per week"), self.hours)
        level_box = QWidget(when)
        level_row = QHBoxLayout(level_box)
        level_row.setContentsMargins(0, 0, 0, 0)
        self.level_checks: dict[LevelCategory, QCheckBox] = {}
        for level in LevelCategory:
            check = QCheckBox(label(level, lang), level_box)
            check.setAccessibleName(
                self.tr("Niveau {level} toegestaan").format(level=label(level, lang))
            )
            level_row.addWidget(check)
            self.level_checks[level] = check
        hint = QLabel(self.tr("geen vinkje: elk niveau"), level_box)
        hint.setStyleSheet("color: #6b7280;")
        level_row.addWidget(hint)
        level_row.addStretch(1)
        first_level = self.level_checks[LevelCategory.MBO]
        self.add_field(right, "levels", self.tr("Niveaus"), level_box, focus=first_level)
        first_level.setAccessibleName(self.tr("Niveau mbo toegestaan"))
        self._tab_chain += [
            self.level_checks[LevelCategory.HBO],
            self.level_checks[LevelCategory.WO],
        ]

        self.programmes = CheckList(when)
        self.programmes.set_items([(p.name, p.id) for p in self.options.programmes])
        self.programmes.setMaximumHeight(self.fontMetrics().height() * 5)
        self.add_field(right, "programme_ids", self.tr("Programma's"), self.programmes)
        self.themes = CheckList(when)
        self.themes.set_items([(t.name, t.name) for t in self.options.themes])
        self.add_theme = add_name_field(
            self.themes, self.tr("Nieuw thema (Enter)"), self.tr("Nieuw thema toevoegen")
        )
        self.competences = CheckList(when)
        self.competences.set_items([(c.name, c.name) for c in self.options.competences])
        self.add_competence = add_name_field(
            self.competences,
            self.tr("Nieuwe competentie (Enter)"),
            self.tr("Nieuwe competentie toevoegen"),
        )
        lists = QHBoxLayout()
        lists.addWidget(labelled_list(when, self.tr("Thema's"), self.themes, self.add_theme))
        lists.addWidget(
            labelled_list(
                when, self.tr("Gevraagde competenties"), self.competences, self.add_competence
            )
        )
        right_column.addLayout(lists, 1)
        self._fields["themes"] = self.themes
        self._fields["competences"] = self.competences
        self._tab_chain += [self.themes, self.add_theme, self.competences, self.add_competence]
        columns.addWidget(when, 1)

        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        for name, widget in (
            ("title", self.title_edit),
            ("organisation_id", self.organisation),
            ("supervisor_id", self.supervisor),
            ("municipality_id", self.municipality),
            ("description", self.description),
            ("status", self.status),
            ("start_date", self.start_date),
            ("end_date", self.end_date),
            ("places", self.places),
            ("hours_per_week", self.hours),
            ("programme_ids", self.programmes),
            ("themes", self.themes),
            ("competences", self.competences),
        ):
            self.watch(name, widget)
        for check in self.level_checks.values():
            self.watch("levels", check)

    # --- supervisor follows the organisation -----------------------------------------------

    def _contacts(self, organisation_id: int | None) -> list[tuple[int, str, bool]]:
        if organisation_id is None:
            return []
        if organisation_id not in self._session_contacts:
            with self.ctx.app.read_session() as session:
                self._session_contacts[organisation_id] = records.contacts_of(
                    session, organisation_id
                )
        return self._session_contacts[organisation_id]

    def _fill_supervisors(self, organisation_id: int | None, chosen: int | None) -> None:
        contacts = self._contacts(organisation_id)
        # Supervisors first: they are the usual choice.
        ordered = sorted(contacts, key=lambda c: (not c[2], c[1].casefold()))
        none_text = (
            self.tr("— geen begeleider —") if contacts else self.tr("— nog geen contactpersonen —")
        )
        fill_combo(self.supervisor, [(text, cid) for cid, text, _sup in ordered], none_text)
        select_data(self.supervisor, chosen)

    def _organisation_changed(self) -> None:
        if self._filling:
            return
        previous = self.supervisor.currentData()
        self._fill_supervisors(self.organisation.currentData(), previous)

    # --- the form contract -------------------------------------------------------------------

    def fill(self, data: Any) -> None:
        assert isinstance(data, AssignmentData)
        self._levels = dict(data.competences)
        self.title_edit.setText(data.title)
        select_data(self.organisation, data.organisation_id)
        self._fill_supervisors(data.organisation_id, data.supervisor_id)
        select_data(self.municipality, data.municipality_id)
        self.description.setPlainText(data.description)
        select_data(self.status, data.status.value)
        if data.start_date is not None:
            self.start_date.setDate(to_qdate(data.start_date))
        if data.end_date is not None:
            self.end_date.setDate(to_qdate(data.end_date))
        self.places.setValue(data.places)
        self.hours.setValue(data.hours_per_week)
        for level, check in self.level_checks.items():
            check.setChecked(level in data.levels)
        self.programmes.set_checked(data.programme_ids)
        known = set(self.themes.values())
        for name in data.themes:
            if name not in known:
                self.themes.add_item(name, name, checked=False)
        self.themes.set_checked(data.themes)
        known = set(self.competences.values())
        for name, _level in data.competences:
            if name not in known:
                self.competences.add_item(name, name, checked=False)
        self.competences.set_checked([name for name, _level in data.competences])

    def collect(self) -> RecordData:
        return AssignmentData(
            title=" ".join(self.title_edit.text().split()),
            description=self.description.toPlainText().strip(),
            organisation_id=self.organisation.currentData(),
            municipality_id=self.municipality.currentData(),
            programme_ids=tuple(sorted(self.programmes.checked_values())),
            themes=tuple(sorted(self.themes.checked_values())),
            levels=frozenset(
                level for level, check in self.level_checks.items() if check.isChecked()
            ),
            competences=tuple(
                sorted((name, self._levels.get(name)) for name in self.competences.checked_values())
            ),
            start_date=from_qdate(self.start_date.date()),
            end_date=from_qdate(self.end_date.date()),
            places=self.places.value(),
            hours_per_week=round(self.hours.value(), 1),
            supervisor_id=self.supervisor.currentData(),
            status=AssignmentStatus(self.status.currentData()),
        )

    def validate(self, data: RecordData) -> list[Problem]:
        assert isinstance(data, AssignmentData)
        contacts = [cid for cid, _text, _sup in self._contacts(data.organisation_id)]
        return records.validate_assignment(data, contacts)
