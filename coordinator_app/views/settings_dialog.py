"""Instellingen: language, database location, report identity and the rule windows.

Values are checked with ``Settings.validate()`` (plus checks on the chosen files)
before anything is stored; problems are listed in the dialog itself, so the user
can correct them without losing what was typed. The language takes effect at once
through the translators; another database only after a restart, because open
screens, undo history and running work all belong to the current one.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.paths import default_database_path
from coordinator_app.settings import Settings
from coordinator_app.views.dialogs import database_filter
from coordinator_app.views.i18n import Translations, language_names
from coordinator_app.views.view_context import ViewContext

_PREVIEW_SIZE = (180, 72)


class SettingsDialog(QDialog):
    def __init__(
        self,
        ctx: ViewContext,
        translations: Translations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.translations = translations
        self.problems: list[str] = []
        self.language_changed = False
        self.database_changed = False
        self._build()
        self._load(ctx.app.settings)
        self.retranslate()

    # -- construction --------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        self.general_box = QGroupBox(self)
        general = QFormLayout(self.general_box)
        self.language_combo = QComboBox(self.general_box)
        for code, name in language_names():
            self.language_combo.addItem(name, code)
        self.language_label = QLabel(self.general_box)
        self.language_label.setBuddy(self.language_combo)
        general.addRow(self.language_label, self.language_combo)

        self.database_edit = QLineEdit(self.general_box)
        self.database_edit.setClearButtonEnabled(True)
        self.database_button = QPushButton(self.general_box)
        self.database_button.clicked.connect(self._choose_database)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_edit, 1)
        database_row.addWidget(self.database_button)
        self.database_label = QLabel(self.general_box)
        self.database_label.setBuddy(self.database_edit)
        general.addRow(self.database_label, database_row)
        self.database_note = QLabel(self.general_box)
        self.database_note.setWordWrap(True)
        self.database_note.setStyleSheet("color: palette(placeholder-text);")
        general.addRow("", self.database_note)
        layout.addWidget(self.general_box)

        self.reports_box = QGroupBox(self)
        reports = QFormLayout(self.reports_box)
        self.organisation_edit = QLineEdit(self.reports_box)
        self.organisation_label = QLabel(self.reports_box)
        self.organisation_label.setBuddy(self.organisation_edit)
        reports.addRow(self.organisation_label, self.organisation_edit)
        self.logo_edit = QLineEdit(self.reports_box)
        self.logo_edit.textChanged.connect(self._update_preview)
        self.logo_button = QPushButton(self.reports_box)
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear_button = QPushButton(self.reports_box)
        self.logo_clear_button.clicked.connect(self.logo_edit.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear_button)
        self.logo_label = QLabel(self.reports_box)
        self.logo_label.setBuddy(self.logo_edit)
        reports.addRow(self.logo_label, logo_row)
        self.logo_preview = QLabel(self.reports_box)
        self.logo_preview.setFixedSize(*_PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid); border-radius: 4px;")
        reports.addRow("", self.logo_preview)
        layout.addWidget(self.reports_box)

        self.rules_box = QGroupBox(self)
        rules = QFormLayout(self.rules_box)
        self.attention_spin = QSpinBox(self.rules_box)
        self.attention_spin.setRange(1, 52)
        self.attention_label = QLabel(self.rules_box)
        self.attention_label.setBuddy(self.attention_spin)
        rules.addRow(self.attention_label, self.attention_spin)
        self.retention_spin = QSpinBox(self.rules_box)
        self.retention_spin.setRange(1, 240)
        self.retention_label = QLabel(self.rules_box)
        self.retention_label.setBuddy(self.retention_spin)
        rules.addRow(self.retention_label, self.retention_spin)
        self.threshold_spin = QSpinBox(self.rules_box)
        self.threshold_spin.setRange(0, 100)
        self.threshold_label = QLabel(self.rules_box)
        self.threshold_label.setBuddy(self.threshold_spin)
        rules.addRow(self.threshold_label, self.threshold_spin)
        layout.addWidget(self.rules_box)

        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a23b2a;")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _load(self, settings: Settings) -> None:
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.database_edit.setText(settings.database)
        self.organisation_edit.setText(settings.organisation_name)
        self.logo_edit.setText(settings.logo_path)
        self.attention_spin.setValue(settings.attention_weeks)
        self.retention_spin.setValue(settings.retention_months)
        self.threshold_spin.setValue(round(settings.participation_threshold * 100))
        self._update_preview()

    # -- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Instellingen"))
        self.general_box.setTitle(self.tr("Algemeen"))
        self.language_label.setText(self.tr("&Taal:"))
        self.language_combo.setAccessibleName(self.tr("Taal"))
        self.database_label.setText(self.tr("&Database:"))
        self.database_edit.setAccessibleName(self.tr("Databasebestand"))
        self.database_edit.setPlaceholderText(
            self.tr("Standaardlocatie: {path}").format(path=default_database_path())
        )
        self.database_button.setText(self.tr("Bladeren…"))
        self.database_button.setAccessibleName(self.tr("Databasebestand kiezen"))
        self.database_note.setText(
            self.tr(
                "Een andere database wordt pas gebruikt nadat u Coordinator opnieuw hebt "
                "gestart. Laat het veld leeg voor de standaardlocatie."
            )
        )
        self.reports_box.setTitle(self.tr("Rapporten"))
        self.organisation_label.setText(self.tr("&Organisatienaam:"))
        self.organisation_edit.setAccessibleName(self.tr("Organisatienaam"))
        self.organisation_edit.setPlaceholderText(self.tr("bijvoorbeeld Provincie Groningen"))
        self.logo_label.setText(self.tr("&Logo:"))
        self.logo_edit.setAccessibleName(self.tr("Logobestand"))
        self.logo_button.setText(self.tr("Kiezen…"))
        self.logo_button.setAccessibleName(self.tr("Logo kiezen"))
        self.logo_clear_button.setText(self.tr("Geen logo"))
        self.logo_clear_button.setAccessibleName(self.tr("Logo weghalen"))
        self.logo_preview.setAccessibleName(self.tr("Voorbeeld van het logo"))
        self.rules_box.setTitle(self.tr("Signalering en privacy"))
        self.attention_label.setText(self.tr("&Signaleringsvenster:"))
        self.attention_spin.setSuffix(self.tr(" weken"))
        self.attention_spin.setAccessibleName(self.tr("Signaleringsvenster in weken"))
        self.attention_spin.setToolTip(
            self.tr("Hoeveel weken vooruit het overzicht kijkt naar aflopende rotaties.")
        )
        self.retention_label.setText(self.tr("&Bewaartermijn:"))
        self.retention_spin.setSuffix(self.tr(" maanden"))
        self.retention_spin.setAccessibleName(self.tr("Bewaartermijn in maanden"))
        self.retention_spin.setToolTip(
            self.tr("Hoe lang gegevens van een vertrokken trainee bewaard blijven.")
        )
        self.threshold_label.setText(self.tr("&Deelnamedrempel:"))
        self.threshold_spin.setSuffix(" %")
        self.threshold_spin.setAccessibleName(self.tr("Deelnamedrempel in procenten"))
        self.threshold_spin.setToolTip(
            self.tr("Vanaf welk aanwezigheidspercentage deelname als voldoende telt.")
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Opslaan"))
        save.setAccessibleName(self.tr("Opslaan"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.problem_label.setAccessibleName(self.tr("Problemen"))
        self._update_preview()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing files ------------------------------------------------------------

    def _choose_database(self) -> None:
        path = self.ctx.dialogs.open_file(self, self.tr("Database kiezen"), database_filter())
        if path is not None:
            self.database_edit.setText(str(path))

    def _choose_logo(self) -> None:
        path = self.ctx.dialogs.open_file(
            self,
            self.tr("Logo kiezen"),
            self.tr("Afbeeldingen (*.png *.jpg *.jpeg *.svg);;Alle bestanden (*)"),
        )
        if path is not None:
            self.logo_edit.setText(str(path))

    def _update_preview(self) -> None:
        path = self.logo_edit.text().strip()
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(
                self.tr("Geen logo") if not path else self.tr("Geen afbeelding")
            )
            return
        width, height = _PREVIEW_SIZE
        self.logo_preview.setPixmap(
            pixmap.scaled(
                width - 8,
                height - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # -- saving --------------------------------------------------------------------

    def collected(self) -> Settings:
        """The settings as the dialog shows them now (not yet checked or stored)."""
        return dataclasses.replace(
            self.ctx.app.settings,
            language=str(self.language_combo.currentData()),
            database=self.database_edit.text().strip(),
            organisation_name=self.organisation_edit.text().strip(),
            logo_path=self.logo_edit.text().strip(),
            attention_weeks=self.attention_spin.value(),
            retention_months=self.retention_spin.value(),
            participation_threshold=self.threshold_spin.value() / 100,
        )

    def _file_problems(self, candidate: Settings) -> list[str]:
        problems = []
        if candidate.logo_path:
            logo = Path(candidate.logo_path)
            if not logo.is_file():
                problems.append(self.tr("Het logobestand {path} bestaat niet.").format(path=logo))
            elif QPixmap(str(logo)).isNull():
                problems.append(
                    self.tr("{path} is geen afbeelding die Coordinator kan lezen.").format(
                        path=logo
                    )
                )
        if candidate.database and "://" not in candidate.database:
            folder = Path(candidate.database).expanduser().parent
            if not folder.is_dir():
                problems.append(
                    self.tr("De map {folder} voor de database bestaat niet.").format(folder=folder)
                )
        return problems

    def save(self) -> bool:
        """Check, store and apply; on a problem show it and keep the dialog open."""
        candidate = self.collected()
        problems = candidate.validate() + self._file_problems(candidate)
        if problems:
            self._show_problems(problems)
            return False
        current = self.ctx.app.settings
        self.language_changed = candidate.language != current.language
        self.database_changed = candidate.database != current.database
        previous = dataclasses.replace(current)
        # Change the shared Settings object in place: every holder sees the new values.
        for field in dataclasses.fields(Settings):
            setattr(current, field.name, getattr(candidate, field.name))
        try:
            self.ctx.app.save_settings()
        except OSError as exc:
            for field in dataclasses.fields(Settings):
                setattr(current, field.name, getattr(previous, field.name))
            self._show_problems(
                [
                    self.tr("De instellingen konden niet worden opgeslagen: {reason}").format(
                        reason=exc.strerror or exc
                    )
                ]
            )
            return False
        if self.language_changed and self.translations is not None:
            self.translations.apply(candidate.language)
        self.ctx.bus.notify("settings")
        if self.database_changed:
            self.ctx.dialogs.info(
                self,
                self.tr("Database"),
                self.tr(
                    "De gekozen database wordt gebruikt nadat u Coordinator opnieuw hebt gestart."
                ),
            )
        self.accept()
        return True

    def _show_problems(self, problems: list[str]) -> None:
        self.problems = problems
        self.problem_label.setText("\n".join(problems))
        self.problem_label.show()
