"""Looking after the database from the GUI: backups, restore, checking, full export, history.

Each function takes the ViewContext and a parent widget; work that can take a while runs
through the task runner. Restore needs the window to reopen the database, so it takes a
``switch`` callback from the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.context import AppContext
from coordinator_app.db.backup import backup_dir_for
from coordinator_app.errors import CoordinatorError
from coordinator_app.services.audit import HistoryItem, history
from coordinator_app.services.backups import inspect_backup, restore_backup
from coordinator_app.services.check import check_database
from coordinator_app.services.dutch import short_date
from coordinator_app.services.progress import Progress
from coordinator_app.views.view_context import ViewContext

_C = "Maintenance"

_COUNT_LABELS = {
    "trainees": QT_TRANSLATE_NOOP("Maintenance", "trainees"),
    "organisations": QT_TRANSLATE_NOOP("Maintenance", "organisaties"),
    "assignments": QT_TRANSLATE_NOOP("Maintenance", "opdrachten"),
    "placements": QT_TRANSLATE_NOOP("Maintenance", "plaatsingen"),
    "sessions": QT_TRANSLATE_NOOP("Maintenance", "bijeenkomsten"),
    "attendances": QT_TRANSLATE_NOOP("Maintenance", "aanwezigheidsregistraties"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def make_backup(ctx: ViewContext, parent: QWidget | None, status: Callable[[str], None]) -> None:
    if ctx.app.store.path is None:
        ctx.dialogs.info(
            parent,
            tr("Back-up maken"),
            tr("Een gedeelde database krijgt haar back-ups op de server (pg_dump)."),
        )
        return

    def work(_progress: Progress) -> Path | None:
        return ctx.app.backup("handmatig")

    def done(path: Path | None) -> None:
        if path is not None:
            status(tr("Back-up gemaakt: {name}").format(name=path.name))

    ctx.tasks.run(parent, tr("Back-up maken"), work, done)


def restore_from_backup(
    ctx: ViewContext,
    parent: QWidget | None,
    switch: Callable[[Callable[[], AppContext]], bool],
) -> None:
    """Choose a backup, show what is in it, and put it in place of the open database."""
    title = tr("Back-up terugzetten")
    database = ctx.app.store.path
    if database is None:
        ctx.dialogs.info(
            parent,
            title,
            tr("Zet een gedeelde database terug met de gereedschappen van de server."),
        )
        return
    chosen = ctx.dialogs.open_file(
        parent, title, tr("Back-ups (*.sqlite3 *.db);;Alle bestanden (*)")
    )
    if chosen is None:
        return
    try:
        summary = inspect_backup(chosen)
    except CoordinatorError as exc:
        ctx.dialogs.error(parent, title, exc.message)
        return
    counts = ", ".join(
        f"{summary.counts.get(key, 0)} {tr(word)}" for key, word in _COUNT_LABELS.items()
    )
    if not ctx.dialogs.confirm(
        parent,
        title,
        tr(
            "De back-up {name} bevat: {counts}.\n\nDe huidige database wordt eerst zelf als "
            "back-up bewaard in {folder}, zodat u dit terug kunt draaien. Terugzetten?"
        ).format(name=chosen.name, counts=counts, folder=backup_dir_for(database)),
        destructive=True,
    ):
        return
    url, settings, settings_path = ctx.app.store.url, ctx.app.settings, ctx.app.settings_path

    def reopen() -> AppContext:
        restore_backup(chosen, url)
        return AppContext.open(str(database), settings=settings, settings_path=settings_path)

    if switch(reopen):
        ctx.dialogs.info(
            parent, title, tr("De back-up {name} is teruggezet.").format(name=chosen.name)
        )


def check_database_gui(ctx: ViewContext, parent: QWidget | None) -> None:
    title = tr("Database controleren")

    def work(progress: Progress) -> object:
        progress.report(0, None, tr("Controleren…"))
        return check_database(ctx.app.store)

    def done(report: object) -> None:
        text = report.as_text()  # type: ignore[attr-defined]
        if report.ok:  # type: ignore[attr-defined]
            ctx.dialogs.info(parent, title, text)
        else:
            ctx.dialogs.error(parent, title, text)

    ctx.tasks.run(parent, title, work, done)


def export_everything(
    ctx: ViewContext, parent: QWidget | None, status: Callable[[str], None]
) -> None:
    from coordinator_app.excel.export import export_kind, today_stamp

    title = tr("Alles exporteren")
    path = ctx.dialogs.save_file(
        parent, title, f"coordinator-{today_stamp(ctx.app.today)}.xlsx", tr("Excel (*.xlsx)")
    )
    if path is None:
        return
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")

    def work(progress: Progress) -> dict[str, int]:
        return export_kind(ctx.app, "all", path, progress=progress)

    def done(written: dict[str, int]) -> None:
        status(
            tr("{rows} rijen in {sheets} werkbladen geëxporteerd naar {name}").format(
                rows=sum(written.values()), sheets=len(written), name=path.name
            )
        )

    ctx.tasks.run(parent, title, work, done)


_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Maintenance", "aangemaakt"),
    "update": QT_TRANSLATE_NOOP("Maintenance", "gewijzigd"),
    "delete": QT_TRANSLATE_NOOP("Maintenance", "verwijderd"),
}


class HistoryDialog(QDialog):
    """The change history of one record: who changed what, when."""

    def __init__(
        self, items: list[HistoryItem], record_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Geschiedenis van {label}").format(label=record_label))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Elke wijziging, met wie haar deed en wanneer (nieuwste eerst).")
            if items
            else tr("Van dit record is geen geschiedenis bewaard.")
        )
        layout.addWidget(intro)
        self.table = QTableWidget(len(items), 4, self)
        self.table.setAccessibleName(tr("Wijzigingsgeschiedenis"))
        self.table.setHorizontalHeaderLabels(
            [tr("Wanneer"), tr("Wie"), tr("Wat"), tr("Velden (voor → na)")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, item in enumerate(items):
            changes = "\n".join(
                f"{field}: {_show(before)} → {_show(after)}"
                for field, (before, after) in sorted(item.changes.items())
                if item.action == "update"
            ) or (tr("alle velden") if item.action != "update" else "")
            cells = (
                f"{short_date(item.at.date())} {item.at:%H:%M}",
                item.user_name,
                tr(_ACTIONS.get(item.action, item.action)),
                changes,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def _show(value: object) -> str:
    return "—" if value in (None, "") else str(value)


def show_history(
    ctx: ViewContext, parent: QWidget | None, entity: str, record_id: int, label: str
) -> HistoryDialog:
    with ctx.app.read_session() as session:
        items = history(session, entity, record_id)
    dialog = HistoryDialog(items, label, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
