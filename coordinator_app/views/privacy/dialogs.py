"""Privacy (AVG) in the GUI: inzage, anonymising and erasing one trainee, and retention.

The work itself is in :mod:`coordinator_app.services.privacy`; these dialogs ask,
explain and run it through ``ctx.tasks`` (off the GUI thread). An erasure cannot be
undone, and the undo history is emptied after one: an edit or delete kept there
holds the person's old values and could otherwise put them back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.errors import CoordinatorError
from coordinator_app.services import privacy
from coordinator_app.services.dutch import add_months, short_date
from coordinator_app.services.privacy import RetentionItem
from coordinator_app.services.progress import Progress
from coordinator_app.views.view_context import ViewContext

XLSX, PDF = "xlsx", "pdf"


def _erased(ctx: ViewContext, trainee_ids: set[int]) -> None:
    """After an erasure: nothing in the undo history may bring the data back; screens refresh."""
    ctx.undo_stack.clear()
    ctx.bus.notify("trainee", trainee_ids)
    ctx.bus.notify("placement")
    ctx.bus.notify("attendance")


class PrivacyDialog(QDialog):
    """What is stored about one trainee, and the three things the AVG lets them ask."""

    def __init__(self, ctx: ViewContext, trainee_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.trainee_id = trainee_id
        self.setObjectName("privacyDialog")
        self.name = ""
        self.last_export: Path | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("privacySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setMinimumWidth(560)
        layout.addWidget(self.summary)

        inzage = QGroupBox(self.tr("Inzage"), self)
        inzage_layout = QVBoxLayout(inzage)
        explain = QLabel(
            self.tr(
                "Alles wat over deze persoon is opgeslagen, in één bestand: om mee te sturen "
                "als antwoord op een inzageverzoek. Het bestand is alleen voor u leesbaar."
            ),
            inzage,
        )
        explain.setWordWrap(True)
        inzage_layout.addWidget(explain)
        row = QHBoxLayout()
        self.excel_button = QPushButton(self.tr("Exporteren als Excel…"), inzage)
        self.excel_button.setObjectName("exportExcelButton")
        self.pdf_button = QPushButton(self.tr("Exporteren als PDF…"), inzage)
        self.pdf_button.setObjectName("exportPdfButton")
        row.addWidget(self.excel_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        inzage_layout.addLayout(row)
        layout.addWidget(inzage)

        forget = QGroupBox(self.tr("Vergeten"), self)
        forget_layout = QVBoxLayout(forget)
        explain = QLabel(
            self.tr(
                "Anonimiseren haalt weg wat de persoon herkenbaar maakt; niveau, lichting, "
                "plaatsingen en aanwezigheid blijven zonder naam bewaard, zodat de cijfers "
                "kloppen. Verwijderen haalt de persoon weg met alles wat erbij hoort. "
                "Beide kunnen niet ongedaan worden gemaakt."
            ),
            forget,
        )
        explain.setWordWrap(True)
        forget_layout.addWidget(explain)
        row = QHBoxLayout()
        self.anonymise_button = QPushButton(self.tr("Anonimiseren…"), forget)
        self.anonymise_button.setObjectName("anonymiseButton")
        self.delete_button = QPushButton(self.tr("Alles verwijderen…"), forget)
        self.delete_button.setObjectName("deleteEverythingButton")
        row.addWidget(self.anonymise_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        forget_layout.addLayout(row)
        layout.addWidget(forget)

        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for button in (
            self.excel_button,
            self.pdf_button,
            self.anonymise_button,
            self.delete_button,
        ):
            button.setAccessibleName(button.text().rstrip("…"))
        self.excel_button.clicked.connect(lambda: self.export(XLSX))
        self.pdf_button.clicked.connect(lambda: self.export(PDF))
        self.anonymise_button.clicked.connect(self.anonymise)
        self.delete_button.clicked.connect(self.delete)
        self.refresh()

    # --- what is stored ---------------------------------------------------------------------

    def refresh(self) -> None:
        with self.ctx.app.read_session() as session:
            data = privacy.trainee_data(session, self.trainee_id, self.ctx.app.today)
            anonymised = privacy.is_anonymised(session, self.trainee_id)
        self.name = data.name
        self.setWindowTitle(self.tr("Privacy: {name}").format(name=data.name))
        counts = {title: len(rows) for title, rows in data.sections.items()}
        text = self.tr(
            "Opgeslagen over {name} ({email}): persoonsgegevens, {placements} plaatsing(en), "
            "{evaluations} evaluatie(s), {attendances} aanwezigheidsregistratie(s), "
            "{preferences} voorkeur(en) en {changes} wijziging(en) in de geschiedenis."
        ).format(
            name=data.name,
            email=data.email,
            placements=counts.get("Plaatsingen", 0),
            evaluations=counts.get("Evaluaties", 0),
            attendances=counts.get("Aanwezigheid", 0),
            preferences=counts.get("Voorkeuren", 0),
            changes=counts.get("Wijzigingsgeschiedenis", 0),
        )
        if anonymised:
            text += "\n" + self.tr("Deze persoon is al geanonimiseerd.")
        self.summary.setText(text)
        self.anonymise_button.setEnabled(not anonymised)

    # --- inzage -----------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        title = self.tr("Inzage exporteren")
        suffix = ".xlsx" if kind == XLSX else ".pdf"
        file_filter = self.tr("Excel (*.xlsx)") if kind == XLSX else self.tr("PDF-document (*.pdf)")
        suggested = self.tr("Inzage {name}").format(name=self.name) + suffix
        path = self.ctx.dialogs.save_file(self, title, suggested, file_filter)
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        app, trainee_id = self.ctx.app, self.trainee_id

        def work(progress: Progress) -> Path:
            if kind == PDF:
                from coordinator_app.reports.person import make_person_report

                make_person_report(app, trainee_id, path, progress)
                return path
            from coordinator_app.excel.person import write_person_workbook

            with app.read_session() as session:
                data = privacy.trainee_data(session, trainee_id, app.today)
            return write_person_workbook(data, path, progress)

        def done(written: Path) -> None:
            self.last_export = written
            self.ctx.dialogs.info(
                self,
                title,
                self.tr("De inzage is opgeslagen als {file} in {folder}.").format(
                    file=written.name, folder=written.parent
                ),
            )

        self.ctx.tasks.run(self, title, work, done, self._failed(title))

    # --- forgetting -------------------------------------------------------------------------

    def _counts(self) -> dict[str, int]:
        with self.ctx.app.read_session() as session:
            return privacy.describe_erasure(session, self.trainee_id)

    def anonymise(self) -> None:
        title = self.tr("Anonimiseren")
        counts = self._counts()
        text = self.tr(
            "{name} wordt geanonimiseerd.\n\n"
            "Weg gaan: naam, e-mailadres, telefoon, opleiding, woongemeente, notities, "
            "competenties, thema-interesses, voorkeuren, de teksten van evaluaties, "
            "opmerkingen bij aanwezigheid en de wijzigingsgeschiedenis van deze gegevens.\n"
            "Blijven, zonder naam (voor de cijfers): opleidingsniveau, lichting, status, "
            "{placements} plaatsing(en) en {attendances} aanwezigheidsregistratie(s).\n\n"
            "Dit kan niet ongedaan worden gemaakt, ook niet met Ongedaan maken (Ctrl+Z); "
            "de lijst met ongedaan te maken stappen wordt leeggemaakt. Doorgaan?"
        ).format(name=self.name, placements=counts["placements"], attendances=counts["attendances"])
        if not self.ctx.dialogs.confirm(self, title, text, destructive=True):
            return
        self._erase(title, privacy.anonymise_trainee, close=False)

    def delete(self) -> None:
        title = self.tr("Alles verwijderen")
        counts = self._counts()
        text = self.tr(
            "{name} wordt verwijderd met alles wat bij deze persoon hoort:\n"
            "• de persoonsgegevens (naam, e-mailadres, telefoon, opleiding, notities, "
            "competenties, thema-interesses)\n"
            "• {placements} plaatsing(en), met hun evaluaties\n"
            "• {attendances} aanwezigheidsregistratie(s)\n"
            "• {preferences} voorkeur(en)\n"
            "• de wijzigingsgeschiedenis van al deze gegevens\n\n"
            "Ook in het databasebestand blijft er niets van over. Dit kan niet ongedaan "
            "worden gemaakt, ook niet met Ongedaan maken (Ctrl+Z); de lijst met ongedaan te "
            "maken stappen wordt leeggemaakt. Doorgaan?"
        ).format(
            name=self.name,
            placements=counts["placements"],
            attendances=counts["attendances"],
            preferences=counts["preferences"],
        )
        if not self.ctx.dialogs.confirm(self, title, text, destructive=True):
            return
        self._erase(title, privacy.delete_trainee, close=True)

    def _erase(self, title: str, action: Callable[[Any, int], None], *, close: bool) -> None:
        app, trainee_id = self.ctx.app, self.trainee_id

        def work(_progress: Progress) -> None:
            with app.transaction() as session:
                action(session, trainee_id)
            privacy.purge_freed_data(app.store.engine)

        def done(_result: None) -> None:
            _erased(self.ctx, {trainee_id})
            if close:
                self.accept()
            else:
                self.refresh()

        self.ctx.tasks.run(self, title, work, done, self._failed(title))

    def _failed(self, title: str) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, CoordinatorError):
                self.ctx.dialogs.error(self, title, exc.message)
                return
            report = getattr(self.ctx.tasks, "report_error", None)
            if report is None:
                raise exc
            report(self, title, exc)

        return failed


class RetentionDialog(QDialog):
    """Who stopped longer ago than the retention period, with a bulk anonymise."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Bewaartermijn"))
        self.resize(640, 480)
        self.items: list[RetentionItem] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("retentionTable")
        self.table.setAccessibleName(self.tr("Trainees voorbij de bewaartermijn"))
        self.table.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Gestopt op")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _item: self._update_button())
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.anonymise_button = buttons.addButton(
            self.tr("Anonimiseren…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.anonymise_button.setObjectName("bulkAnonymiseButton")
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        self.anonymise_button.clicked.connect(self.anonymise_checked)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        months, today = self.ctx.app.settings.retention_months, self.ctx.app.today
        with self.ctx.app.read_session() as session:
            self.items = privacy.due_for_retention(session, today, months)
        cutoff = add_months(today, -months)  # as due_for_retention counts
        if self.items:
            self.intro.setText(
                self.tr(
                    "Deze trainees zijn langer dan de bewaartermijn van {months} maanden geleden "
                    "gestopt (vóór {date}). Hun persoonsgegevens mogen dan niet langer worden "
                    "bewaard: anonimiseer ze. Niveau, lichting, plaatsingen en aanwezigheid "
                    "blijven zonder naam bewaard, zodat de cijfers kloppen. Back-ups ouder dan "
                    "de bewaartermijn verwijdert Coordinator bij het starten."
                ).format(months=months, date=short_date(cutoff))
            )
        else:
            self.intro.setText(
                self.tr(
                    "Niemand is aan de beurt: geen enkele trainee is langer dan de bewaartermijn "
                    "van {months} maanden geleden gestopt (vóór {date})."
                ).format(months=months, date=short_date(cutoff))
            )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            name = QTableWidgetItem(item.name)
            name.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            name.setCheckState(Qt.CheckState.Checked)
            name.setData(Qt.ItemDataRole.UserRole, item.trainee_id)
            ended = QTableWidgetItem(short_date(item.ended_on))
            ended.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, ended)
        self.table.blockSignals(False)
        self.table.setVisible(bool(self.items))
        self._update_button()

    def checked_ids(self) -> list[int]:
        return [
            int(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def _update_button(self) -> None:
        count = len(self.checked_ids())
        self.anonymise_button.setText(self.tr("{n} anonimiseren…").format(n=count))
        self.anonymise_button.setAccessibleName(self.tr("Aangevinkte trainees anonimiseren"))
        self.anonymise_button.setEnabled(count > 0)

    def anonymise_checked(self) -> None:
        ids = self.checked_ids()
        if not ids:
            return
        title = self.tr("Anonimiseren")
        names = [i.name for i in self.items if i.trainee_id in set(ids)]
        shown = "\n".join(f"• {name}" for name in names[:12])
        if len(names) > 12:
            shown += "\n" + self.tr("… en nog {n}").format(n=len(names) - 12)
        text = self.tr(
            "{n} trainee(s) worden geanonimiseerd:\n{names}\n\n"
            "Naam, contactgegevens, notities, voorkeuren, teksten van evaluaties en hun "
            "wijzigingsgeschiedenis gaan weg; niveau, lichting, plaatsingen en aanwezigheid "
            "blijven zonder naam bewaard.\n\nDit kan niet ongedaan worden gemaakt, ook niet met "
            "Ongedaan maken (Ctrl+Z); de lijst met ongedaan te maken stappen wordt leeggemaakt. "
            "Doorgaan?"
        ).format(n=len(ids), names=shown)
        if not self.ctx.dialogs.confirm(self, title, text, destructive=True):
            return
        app = self.ctx.app

        def work(progress: Progress) -> list[int]:
            with app.transaction() as session:
                for done, trainee_id in enumerate(ids, start=1):
                    privacy.anonymise_trainee(session, trainee_id)
                    progress.report(done, len(ids), "")
            privacy.purge_freed_data(app.store.engine)
            return ids

        def finished(anonymised: list[int]) -> None:
            _erased(self.ctx, set(anonymised))
            self.refresh()
            self.status.setText(self.tr("{n} trainee(s) geanonimiseerd.").format(n=len(anonymised)))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CoordinatorError):
                self.ctx.dialogs.error(self, title, exc.message)
                self.refresh()
                return
            report = getattr(self.ctx.tasks, "report_error", None)
            if report is None:
                raise exc
            report(self, title, exc)

        self.ctx.tasks.run(self, title, work, finished, failed)


def open_privacy_dialog(ctx: ViewContext, parent: QWidget | None, trainee_id: int) -> PrivacyDialog:
    """Show the privacy dialog of one trainee (window-modal, without blocking the caller)."""
    dialog = PrivacyDialog(ctx, trainee_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_retention_dialog(ctx: ViewContext, parent: QWidget | None) -> RetentionDialog:
    dialog = RetentionDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
