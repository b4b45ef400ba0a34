"""The form to create or edit a trainee."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.models import EducationLevel, TraineeStatus
from coordinator_app.services import records
from coordinator_app.services.labels import label
from coordinator_app.services.records import Problem, RecordData, TraineeData
from coordinator_app.views.forms.base import (
    CheckList,
    OptionalDateEdit,
    RecordForm,
    add_name_field,
    date_field,
    fill_combo,
    labelled_list,
    select_data,
)


class TraineeForm(RecordForm):
    kind = records.TRAINEE

    def empty_data(self) -> RecordData:
        return TraineeData()

    def window_title(self) -> str:
        if self.record_id is None:
            return self.tr("Nieuwe trainee")
        assert isinstance(self._loaded, TraineeData)
        return self.tr("Trainee bewerken: {name}").format(name=self._loaded.full_name)

    def build(self, body: QWidget) -> None:
        self.resize(1000, 700)
        lang = self.ctx.lang
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)

        person = QGroupBox(self.tr("Persoon en opleiding"), body)
        person_column = QVBoxLayout(person)
        left = QFormLayout()
        person_column.addLayout(left)
        self.given_name = QLineEdit(person)
        self.add_field(left, "given_name", self.tr("Voornaam"), self.given_name, required=True)
        self.prefix = QLineEdit(person)
        self.add_field(
            left,
            "prefix",
            self.tr("Tussenvoegsel"),
            self.prefix,
            hint=self.tr("Bijvoorbeeld 'van der'; de lijst sorteert op achternaam."),
        )
        self.surname = QLineEdit(person)
        self.add_field(left, "surname", self.tr("Achternaam"), self.surname, required=True)
        self.email = QLineEdit(person)
        self.email.setPlaceholderText(self.tr("naam@voorbeeld.nl"))
        self.add_field(left, "email", self.tr("E-mail"), self.email, required=True)
        self.phone = QLineEdit(person)
        self.add_field(left, "phone", self.tr("Telefoon"), self.phone)
        self.level = QComboBox(person)
        fill_combo(
            self.level,
            [(label(level, lang), level.value) for level in EducationLevel],
            self.tr("— kies een niveau —"),
        )
        self.add_field(
            left, "education_level", self.tr("Opleidingsniveau"), self.level, required=True
        )
        self.field_of_study = QLineEdit(person)
        self.add_field(left, "field_of_study", self.tr("Opleiding"), self.field_of_study)
        self.municipality = QComboBox(person)
        fill_combo(
            self.municipality,
            [(m.name, m.id) for m in self.options.municipalities],
            self.tr("— onbekend —"),
        )
        self.add_field(left, "home_municipality_id", self.tr("Woongemeente"), self.municipality)
        self.notes = QPlainTextEdit(person)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 5)
        self.add_field(left, "notes", self.tr("Notities"), self.notes)
        person_column.addStretch(1)
        columns.addWidget(person, 1)

        track = QGroupBox(self.tr("Traject"), body)
        right_column = QVBoxLayout(track)
        right = QFormLayout()
        right_column.addLayout(right)
        self.cohort = QComboBox(track)
        programmes = {p.id: p.name for p in self.options.programmes}
        fill_combo(
            self.cohort,
            [
                (f"{c.name} ({programmes.get(c.parent_id or -1, '')})", c.id)
                for c in self.options.cohorts
            ],
            self.tr("— geen lichting —"),
        )
        self.add_field(right, "cohort_id", self.tr("Lichting"), self.cohort)
        self.coach = QComboBox(track)
        fill_combo(
            self.coach, [(c.name, c.id) for c in self.options.coaches], self.tr("— geen coach —")
        )
        self.add_field(right, "coach_id", self.tr("Coach"), self.coach)
        self.status = QComboBox(track)
        fill_combo(self.status, [(label(s, lang), s.value) for s in TraineeStatus])
        self.add_field(right, "status", self.tr("Status"), self.status)
        clear = self.tr("Datum wissen")
        self.contract_start = OptionalDateEdit(track)
        self.add_field(
            right,
            "contract_start",
            self.tr("Contract vanaf"),
            date_field(self.contract_start, clear),
            focus=self.contract_start,
        )
        self.contract_end = OptionalDateEdit(track)
        self.add_field(
            right,
            "contract_end",
            self.tr("Contract tot en met"),
            date_field(self.contract_end, clear),
            focus=self.contract_end,
        )
        self.competences = CheckList(track)
        self.competences.set_items([(c.name, c.name) for c in self.options.competences])
        self.add_competence = add_name_field(
            self.competences,
            self.tr("Nieuwe competentie (Enter)"),
            self.tr("Nieuwe competentie toevoegen"),
        )
        self.themes = CheckList(track)
        self.themes.set_items([(t.name, t.name) for t in self.options.themes])
        self.add_theme = add_name_field(
            self.themes, self.tr("Nieuw thema (Enter)"), self.tr("Nieuw thema toevoegen")
        )
        lists = QHBoxLayout()
        lists.addWidget(
            labelled_list(track, self.tr("Competenties"), self.competences, self.add_competence)
        )
        lists.addWidget(
            labelled_list(track, self.tr("Thema-interesses"), self.themes, self.add_theme)
        )
        right_column.addLayout(lists, 1)
        self._fields["competences"] = self.competences
        self._fields["themes"] = self.themes
        self._tab_chain += [self.competences, self.add_competence, self.themes, self.add_theme]
        columns.addWidget(track, 1)

        for name, widget in (
            ("given_name", self.given_name),
            ("prefix", self.prefix),
            ("surname", self.surname),
            ("email", self.email),
            ("phone", self.phone),
            ("education_level", self.level),
            ("field_of_study", self.field_of_study),
            ("home_municipality_id", self.municipality),
            ("notes", self.notes),
            ("cohort_id", self.cohort),
            ("coach_id", self.coach),
            ("status", self.status),
            ("contract_start", self.contract_start),
            ("contract_end", self.contract_end),
            ("competences", self.competences),
            ("themes", self.themes),
        ):
            self.watch(name, widget)

    def fill(self, data: Any) -> None:
        assert isinstance(data, TraineeData)
        self._levels = dict(data.competences)
        self.given_name.setText(data.given_name)
        self.prefix.setText(data.prefix)
        self.surname.setText(data.surname)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        select_data(self.level, data.education_level.value if data.education_level else None)
        self.field_of_study.setText(data.field_of_study)
        select_data(self.municipality, data.home_municipality_id)
        select_data(self.cohort, data.cohort_id)
        select_data(self.coach, data.coach_id)
        select_data(self.status, data.status.value)
        self.contract_start.set_value(data.contract_start)
        self.contract_end.set_value(data.contract_end)
        known = set(self.competences.values())
        for name, _level in data.competences:
            if name not in known:
                self.competences.add_item(name, name, checked=False)
        self.competences.set_checked([name for name, _level in data.competences])
        known = set(self.themes.values())
        for name in data.themes:
            if name not in known:
                self.themes.add_item(name, name, checked=False)
        self.themes.set_checked(data.themes)
        self.notes.setPlainText(data.notes)

    def collect(self) -> RecordData:
        level = self.level.currentData()
        return TraineeData(
            given_name=self.given_name.text().strip(),
            prefix=" ".join(self.prefix.text().split()),
            surname=self.surname.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            education_level=EducationLevel(level) if level else None,
            field_of_study=self.field_of_study.text().strip(),
            home_municipality_id=self.municipality.currentData(),
            cohort_id=self.cohort.currentData(),
            coach_id=self.coach.currentData(),
            status=TraineeStatus(self.status.currentData()),
            contract_start=self.contract_start.value(),
            contract_end=self.contract_end.value(),
            competences=tuple(
                sorted((name, self._levels.get(name)) for name in self.competences.checked_values())
            ),
            themes=tuple(sorted(self.themes.checked_values())),
            notes=self.notes.toPlainText().strip(),
        )

    def validate(self, data: RecordData) -> list[Problem]:
        assert isinstance(data, TraineeData)
        return records.validate_trainee(data)
