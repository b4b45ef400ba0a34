"""The import wizard: file, sheets, column mapping, preview, import.

Every step that touches the file or the database runs through ``ctx.tasks`` (a
worker with a progress dialog and a cancel button); the widgets only show what
the Qt-free :mod:`coordinator_app.excel` returns. The preview is a full check with
nothing kept; the import itself checks again and writes all or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coordinator_app.excel.error_report import write_error_report
from coordinator_app.excel.fields import CLI_KINDS, SPECS
from coordinator_app.excel.importer import (
    ALL,
    FileAnalysis,
    ImportOptions,
    analyse_file,
    run_import,
)
from coordinator_app.excel.mapping import SheetMapping, propose_mapping
from coordinator_app.excel.model import ImportReport
from coordinator_app.excel.reader import SheetData
from coordinator_app.excel.safety import check_xml_hardening
from coordinator_app.excel.templates import template_name, write_template
from coordinator_app.excel.values import shown
from coordinator_app.services.progress import Progress
from coordinator_app.views.view_context import ViewContext

FILE_FILTER = "Spreadsheets (*.xlsx *.xlsm *.csv);;Alle bestanden (*)"
_KIND_ORDER = (
    "trainees",
    "organisations",
    "assignments",
    "placements",
    "sessions",
    "attendance",
    "programmes",
)
_BUS_KIND = {
    "trainees": "trainee",
    "organisations": "organisation",
    "assignments": "assignment",
    "placements": "placement",
    "sessions": "session",
    "attendance": "attendance",
    "programmes": "programme",
}


def kind_title(kind: str) -> str:
    titles = {
        ALL: QCoreApplication.translate("ImportWizard", "Alles (een blad per soort)"),
        "trainees": QCoreApplication.translate("ImportWizard", "Trainees"),
        "organisations": QCoreApplication.translate(
            "ImportWizard", "Organisaties en contactpersonen"
        ),
        "assignments": QCoreApplication.translate("ImportWizard", "Opdrachten"),
        "placements": QCoreApplication.translate("ImportWizard", "Plaatsingen"),
        "sessions": QCoreApplication.translate("ImportWizard", "Bijeenkomsten"),
        "attendance": QCoreApplication.translate("ImportWizard", "Aanwezigheid"),
        "programmes": QCoreApplication.translate("ImportWizard", "Programma's en lichtingen"),
    }
    return titles[kind]


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Bestand kiezen"))
        self.setSubTitle(
            self.tr("Kies een Excel-werkmap (.xlsx, .xlsm) of een CSV-bestand en wat erin staat.")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Nog geen bestand gekozen"))
        self.path_edit.setAccessibleName(self.tr("Bestand"))
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Soort gegevens"))
        for kind in (ALL, *_KIND_ORDER):
            self.kind_combo.addItem(kind_title(kind), kind)
        form = QFormLayout(self)
        form.addRow(self.tr("Bestand:"), row)
        form.addRow(self.tr("Soort gegevens:"), self.kind_combo)
        hint = QLabel(
            self.tr(
                "Titelregels boven de tabel, samengevoegde cellen, lege rijen en Nederlandse "
                "of Engelse kolomnamen worden herkend. Er wordt pas iets opgeslagen als het "
                "hele bestand klopt."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        chosen = self._wizard.ctx.dialogs.open_file(
            self, self.tr("Bestand importeren"), FILE_FILTER
        )
        if chosen is not None:
            self.set_path(chosen)

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.path_edit.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self._wizard
        path = Path(self.path_edit.text())
        kind = str(self.kind_combo.currentData())
        if wizard.analysis is not None and wizard.analysis.path == path and wizard.kind == kind:
            return True
        wizard.kind = kind
        wizard.analysis = None
        wizard.validating = True
        try:
            wizard.analyse(path, kind)
        finally:
            wizard.validating = False
        return wizard.analysis is not None


class SheetPage(QWizardPage):
    """Which sheet holds which kind; sheets without a kind are skipped."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Werkbladen"))
        self.setSubTitle(
            self.tr(
                "Kies per werkblad wat erin staat; kies 'Niet importeren' om het over te slaan."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Werkblad"), self.tr("Rijen"), self.tr("Soort")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAccessibleName(self.tr("Werkbladen"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        analysis = self._wizard.analysis
        assert analysis is not None
        self.combos.clear()
        self.table.setRowCount(len(analysis.sheets))
        allowed = _KIND_ORDER if self._wizard.kind == ALL else (self._wizard.kind,)
        for row, proposal in enumerate(analysis.sheets):
            name = QTableWidgetItem(
                proposal.sheet + (self.tr(" (verborgen)") if proposal.hidden else "")
            )
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            count = QTableWidgetItem(str(proposal.rows))
            count.setFlags(Qt.ItemFlag.ItemIsEnabled)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Soort van werkblad {name}").format(name=proposal.sheet)
            )
            combo.addItem(self.tr("Niet importeren"), None)
            for kind in allowed:
                combo.addItem(kind_title(kind), kind)
            chosen = (
                proposal.mapping.kind
                if proposal.mapping is not None and not proposal.hidden
                else None
            )
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.currentIndexChanged.connect(self.completeChanged)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, count)
            self.table.setCellWidget(row, 2, combo)
            self.combos[proposal.sheet] = combo
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def chosen(self) -> dict[str, str]:
        return {
            name: str(combo.currentData())
            for name, combo in self.combos.items()
            if combo.currentData()
        }

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.chosen())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self._wizard.set_sheet_kinds(self.chosen())
        return True


class MappingPage(QWizardPage):
    """Per sheet: which row holds the headings and which column is which field."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Kolommen"))
        self.setSubTitle(
            self.tr("Controleer welke kolom bij welk gegeven hoort; pas het aan waar nodig.")
        )
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Werkblad"))
        self.sheet_combo.currentIndexChanged.connect(self._show_sheet)
        self.header_spin = QSpinBox()
        self.header_spin.setMinimum(1)
        self.header_spin.setAccessibleName(self.tr("Rij met kolomnamen"))
        self.header_spin.valueChanged.connect(self._header_moved)
        top = QFormLayout()
        top.addRow(self.tr("Werkblad:"), self.sheet_combo)
        top.addRow(self.tr("Rij met kolomnamen:"), self.header_spin)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kolom in het bestand"), self.tr("Voorbeeld"), self.tr("Gegeven")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Kolommen"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        self.field_combos: dict[int, QComboBox] = {}
        self._loading = False

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._loading = True
        self.sheet_combo.clear()
        for name, mapping in self._wizard.mappings.items():
            self.sheet_combo.addItem(f"{name} — {kind_title(mapping.kind)}", name)
        self._loading = False
        self._show_sheet()

    def current_sheet(self) -> str | None:
        data = self.sheet_combo.currentData()
        return str(data) if data is not None else None

    def _show_sheet(self) -> None:
        if self._loading:
            return
        name = self.current_sheet()
        if name is None:
            return
        mapping = self._wizard.mappings[name]
        sheet = self._wizard.sheet_data(name)
        self._loading = True
        self.header_spin.setMaximum(max(1, len(sheet.rows)))
        self.header_spin.setValue(sheet.first_row + mapping.header_index)
        self._loading = False
        self._fill_table(mapping, sheet)

    def _fill_table(self, mapping: SheetMapping, sheet: SheetData) -> None:
        spec = SPECS[mapping.kind]
        self.field_combos.clear()
        columns = sorted(mapping.headers)
        self.table.setRowCount(len(columns))
        data_rows = sheet.rows[mapping.header_index + 1 : mapping.header_index + 4]
        for row, column in enumerate(columns):
            heading = QTableWidgetItem(mapping.headers[column])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            examples = [shown(r[column]) for r in data_rows if column < len(r) and shown(r[column])]
            example = QTableWidgetItem("  |  ".join(examples))
            example.setFlags(Qt.ItemFlag.ItemIsEnabled)
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Gegeven voor kolom {name}").format(name=mapping.headers[column])
            )
            combo.addItem(self.tr("— niet gebruiken —"), None)
            for field in spec.fields:
                combo.addItem(field.header, field.key)
            current = mapping.columns.get(column)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.currentIndexChanged.connect(self._field_changed)
            self.table.setItem(row, 0, heading)
            self.table.setItem(row, 1, example)
            self.table.setCellWidget(row, 2, combo)
            self.field_combos[column] = combo
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self._update_warning()

    def _header_moved(self, excel_row: int) -> None:
        if self._loading:
            return
        name = self.current_sheet()
        if name is None:
            return
        sheet = self._wizard.sheet_data(name)
        index = min(max(0, excel_row - sheet.first_row), max(0, len(sheet.rows) - 1))
        mapping = propose_mapping(SPECS[self._wizard.mappings[name].kind], sheet, index)
        self._wizard.mappings[name] = mapping
        self._fill_table(mapping, sheet)

    def _field_changed(self) -> None:
        name = self.current_sheet()
        if name is None:
            return
        columns = {
            col: str(combo.currentData())
            for col, combo in self.field_combos.items()
            if combo.currentData()
        }
        self._wizard.mappings[name] = self._wizard.mappings[name].copy_with(columns)
        self._update_warning()
        self.completeChanged.emit()

    def _update_warning(self) -> None:
        problems = []
        for name, mapping in self._wizard.mappings.items():
            keys = list(mapping.columns.values())
            doubles = sorted({SPECS[mapping.kind].header_of(k) for k in keys if keys.count(k) > 1})
            if doubles:
                problems.append(
                    self.tr(
                        "Werkblad {sheet}: '{field}' is aan meer dan één kolom gekoppeld."
                    ).format(sheet=name, field=doubles[0])
                )
            if not mapping.columns:
                problems.append(
                    self.tr("Werkblad {sheet}: geen enkele kolom gekoppeld.").format(sheet=name)
                )
        self.warning.setText("\n".join(problems))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.warning.text()


class PreviewPage(QWizardPage):
    """What the import would do: counts, every problem, new programmes and cohorts."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Voorvertoning"))
        self.setSubTitle(self.tr("Er is nog niets opgeslagen."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.errors = QTableWidget(0, 5)
        self.errors.setHorizontalHeaderLabels(
            [
                self.tr("Blad"),
                self.tr("Rij"),
                self.tr("Kolom"),
                self.tr("Waarde"),
                self.tr("Melding"),
            ]
        )
        self.errors.verticalHeader().setVisible(False)
        self.errors.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.setWordWrap(True)
        self.errors.setAccessibleName(self.tr("Fouten"))
        self.new_refs = QLabel()
        self.new_refs.setWordWrap(True)
        self.confirm_new = QCheckBox(self.tr("Deze nieuwe programma's en lichtingen aanmaken"))
        self.confirm_new.toggled.connect(self.completeChanged)
        self.save_report = QPushButton(self.tr("Foutenrapport opslaan…"))
        self.save_report.clicked.connect(self._save_report)
        bottom = QHBoxLayout()
        bottom.addWidget(self.confirm_new)
        bottom.addStretch(1)
        bottom.addWidget(self.save_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 100)
        layout.addWidget(self.new_refs)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.confirm_new.setChecked(False)
        self.show_report(None)
        self._wizard.preview()

    def show_report(self, report: ImportReport | None) -> None:
        if report is None:
            self.summary.setText(self.tr("Bezig met controleren…"))
            self.errors.setRowCount(0)
            self.errors.setVisible(False)
            self.new_refs.setVisible(False)
            self.confirm_new.setVisible(False)
            self.save_report.setVisible(False)
            self.completeChanged.emit()
            return
        counts = self.tr("{created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.").format(
            created=report.created, updated=report.updated, unchanged=report.unchanged
        )
        if report.errors:
            self.summary.setText(
                self.tr(
                    "{count} fout(en) gevonden: het bestand kan zo niet worden geïmporteerd. "
                    "Herstel de cellen (het foutenrapport markeert ze) en probeer het opnieuw."
                ).format(count=len(report.errors))
            )
        else:
            self.summary.setText(self.tr("Het bestand is in orde: {counts}").format(counts=counts))
        problems = report.sorted_errors()
        self.errors.setVisible(bool(problems))
        self.save_report.setVisible(bool(problems))
        self.errors.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            cells = [
                problem.sheet,
                "" if problem.row is None else str(problem.row),
                problem.column,
                problem.value,
                problem.message,
            ]
            for column, text in enumerate(cells):
                self.errors.setItem(row, column, QTableWidgetItem(text))
        self.errors.resizeColumnsToContents()
        self.errors.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.errors.resizeRowsToContents()
        refs = report.new_references if not report.errors else []
        self.new_refs.setVisible(bool(refs))
        self.confirm_new.setVisible(bool(refs))
        if refs:
            self.new_refs.setText(
                self.tr("Nieuw, nog niet in de database:")
                + "\n"
                + "\n".join(f"• {ref.describe()}" for ref in refs)
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        report = self._wizard.report
        if report is None or report.errors:
            return False
        return not report.new_references or self.confirm_new.isChecked()

    def _save_report(self) -> None:
        self._wizard.save_error_report()


class ImportWizard(QWizard):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = ALL
        self.analysis: FileAnalysis | None = None
        self.mappings: dict[str, SheetMapping] = {}
        self.report: ImportReport | None = None
        self.result_report: ImportReport | None = None
        self._sheets: dict[str, SheetData] = {}
        self.validating = False
        self.setWindowTitle(self.tr("Importeren uit Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Importeren"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.resize(860, 600)

    # --- steps ---------------------------------------------------------------------------

    def analyse(self, path: Path, kind: str) -> None:
        def work(progress: Progress) -> tuple[FileAnalysis, dict[str, SheetData]]:
            progress.report(0, None, QCoreApplication.translate("ImportWizard", "Bestand lezen…"))
            check_xml_hardening()
            from coordinator_app.excel.reader import open_workbook

            analysis = analyse_file(path, kind)
            with open_workbook(path) as book:
                sheets = {name: book.sheet(name) for name in book.sheet_names}
            return analysis, sheets

        def done(result: tuple[FileAnalysis, dict[str, SheetData]]) -> None:
            self.analysis, self._sheets = result
            # Finished in the background after "Volgende" was refused: go on now.
            if not self.validating and self.currentPage() is self.file_page:
                self.next()

        self.ctx.tasks.run(self, self.tr("Bestand lezen"), work, done, self._failed)

    def sheet_data(self, name: str) -> SheetData:
        return self._sheets[name]

    def set_sheet_kinds(self, chosen: dict[str, str]) -> None:
        assert self.analysis is not None
        proposals = {p.sheet: p for p in self.analysis.sheets}
        mappings: dict[str, SheetMapping] = {}
        for name, kind in chosen.items():
            current = self.mappings.get(name) or proposals[name].mapping
            if current is not None and current.kind == kind:
                mappings[name] = current
                continue
            from coordinator_app.excel.importer import mapping_for

            mappings[name] = mapping_for(self._sheets[name], kind)
        self.mappings = mappings

    def options(self, *, confirmed: bool) -> ImportOptions:
        return ImportOptions(
            kind=self.kind, mappings=dict(self.mappings), create_new_references=confirmed
        )

    def preview(self) -> None:
        assert self.analysis is not None
        path = self.analysis.path
        options = self.options(confirmed=True)
        self.report = None

        def work(progress: Progress) -> ImportReport:
            return run_import(self.ctx.app, path, options, commit=False, progress=progress)

        def done(report: ImportReport) -> None:
            self.report = report
            self.preview_page.show_report(report)

        self.ctx.tasks.run(self, self.tr("Voorvertoning"), work, done, self._failed)

    def save_error_report(self) -> None:
        if self.report is None or self.analysis is None:
            return
        suggested = self.analysis.path.with_name(f"{self.analysis.path.stem} - fouten.xlsx").name
        target = self.ctx.dialogs.save_file(
            self, self.tr("Foutenrapport opslaan"), suggested, "Excel-werkmap (*.xlsx)"
        )
        if target is None:
            return
        source, problems = self.analysis.path, list(self.report.errors)

        def work(_progress: Progress) -> Path:
            return write_error_report(source, problems, target)

        def done(written: Path) -> None:
            self.ctx.dialogs.info(
                self,
                self.tr("Foutenrapport opgeslagen"),
                self.tr("De foute cellen zijn rood gemarkeerd in {path}.").format(path=written),
            )

        self.ctx.tasks.run(self, self.tr("Foutenrapport opslaan"), work, done, self._failed)

    def accept(self) -> None:
        """'Importeren': check again and write everything, in the background."""
        if self.analysis is None:
            return
        path = self.analysis.path
        options = self.options(confirmed=self.preview_page.confirm_new.isChecked())
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def work(progress: Progress) -> ImportReport:
            return run_import(self.ctx.app, path, options, commit=True, progress=progress)

        def done(report: ImportReport) -> None:
            self.result_report = report
            if not report.committed:
                self.report = report
                self.preview_page.show_report(report)
                self.ctx.dialogs.error(
                    self,
                    self.tr("Niet geïmporteerd"),
                    self.tr("Het bestand is intussen niet meer in orde; er is niets opgeslagen."),
                )
                return
            for kind in {m.kind for m in self.mappings.values()}:
                self.ctx.bus.notify(_BUS_KIND[kind])
            self.ctx.dialogs.info(
                self,
                self.tr("Geïmporteerd"),
                self.tr("{created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.").format(
                    created=report.created, updated=report.updated, unchanged=report.unchanged
                ),
            )
            super(ImportWizard, self).accept()

        def failed(exc: BaseException) -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            self._failed(exc)

        self.ctx.tasks.run(self, self.tr("Importeren"), work, done, failed)

    def _failed(self, exc: BaseException) -> None:
        from coordinator_app.errors import CoordinatorError
        from coordinator_app.services.progress import Cancelled

        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, CoordinatorError):
            self.ctx.dialogs.error(self, self.tr("Importeren"), exc.message)
            return
        raise exc


def open_import_wizard(ctx: ViewContext, parent: QWidget | None) -> None:
    """Show the import wizard (window-modal); it deletes itself when closed."""
    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()


def save_template(ctx: ViewContext, parent: QWidget | None, kind: str) -> Path | None:
    """Ask where to save the import template of ``kind`` and write it."""
    if kind not in CLI_KINDS:
        raise ValueError(kind)
    title = QCoreApplication.translate("ImportWizard", "Sjabloon opslaan")
    target = ctx.dialogs.save_file(parent, title, template_name(kind), "Excel-werkmap (*.xlsx)")
    if target is None:
        return None

    def work(_progress: Progress) -> Path:
        with ctx.app.read_session() as session:
            return write_template(session, kind, target)

    def done(written: Path) -> None:
        ctx.dialogs.info(
            parent,
            title,
            QCoreApplication.translate(
                "ImportWizard",
                "Het sjabloon is opgeslagen in {path}. Het "
                "blad 'Toelichting' legt de kolommen uit.",
            ).format(path=written),
        )

    ctx.tasks.run(parent, title, work, done)
    return target


__all__ = ["ImportWizard", "open_import_wizard", "save_template"]
