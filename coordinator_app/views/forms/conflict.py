"""The question after a refused save: a colleague saved the same record in between.

The form keeps everything the user typed; this dialog says who saved when, and offers
three ways on: look at their version next to mine (field by field), save mine over
theirs on purpose, or throw mine away and reload theirs. It never blocks the caller
(``open()``, window-modal); the choice arrives through :attr:`ConflictDialog.resolved`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCommandLinkButton,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

KEEP_MINE = "mine"
RELOAD = "reload"
_BOTH_CHANGED = QColor("#fef3f2")


@dataclass(frozen=True)
class ConflictRow:
    """One field as it is in my form and in the database now."""

    caption: str
    mine: str
    theirs: str
    i_changed: bool
    they_changed: bool

    @property
    def clash(self) -> bool:
        """Both changed it, differently: saving mine loses their value."""
        return self.i_changed and self.they_changed and self.mine != self.theirs


class ConflictDialog(QDialog):
    """Who saved when, and the three ways on; the comparison opens on request."""

    resolved = Signal(str)  # KEEP_MINE or RELOAD

    def __init__(
        self, parent: QWidget | None, record: str, saved_by: str, rows: Sequence[ConflictRow]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Iemand anders heeft dit record gewijzigd"))
        self.setAccessibleName(self.windowTitle())
        self.rows = list(rows)
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMinimumWidth(520)
        self.message.setText(
            self.tr(
                "{who} heeft {record} opgeslagen nadat u het formulier opende. Uw wijzigingen "
                "zijn nog niet opgeslagen en staan nog in het formulier. Hoe wilt u verder?"
            ).format(who=saved_by, record=record)
        )
        layout.addWidget(self.message)
        self.view_button = QCommandLinkButton(
            self.tr("Hun versie bekijken"),
            self.tr("Hun huidige gegevens naast de uwe, veld voor veld."),
            self,
        )
        self.view_button.setObjectName("viewTheirsButton")
        self.keep_button = QCommandLinkButton(
            self.tr("Mijn versie bewaren"),
            self.tr(
                "Uw versie bewust opslaan over die van de ander heen; wat de ander in deze "
                "velden veranderde, gaat verloren."
            ),
            self,
        )
        self.keep_button.setObjectName("keepMineButton")
        self.reload_button = QCommandLinkButton(
            self.tr("Opnieuw laden"),
            self.tr("Uw wijzigingen weggooien en het formulier vullen met de huidige gegevens."),
            self,
        )
        self.reload_button.setObjectName("reloadButton")
        for button in (self.view_button, self.keep_button, self.reload_button):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(button.description())
            layout.addWidget(button)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("Uw versie en hun versie, veld voor veld"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Veld"), self.tr("Uw versie"), self.tr("Hun versie")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        for index, row in enumerate(self.rows):
            cells = (row.caption, row.mine, row.theirs)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                if (column == 1 and row.i_changed) or (column == 2 and row.they_changed):
                    item.setFont(bold)
                if row.clash:
                    item.setBackground(QBrush(_BOTH_CHANGED))
                self.table.setItem(index, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.hide()
        self.legend = QLabel(
            self.tr(
                "Vet: daar is iets veranderd. Rood: u en de ander veranderden hetzelfde veld "
                "verschillend."
            )
            if self.rows
            else self.tr("De ander heeft niets veranderd in wat dit formulier toont.")
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #6b7280;")
        self.legend.hide()
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.back_button = QPushButton(self.tr("Terug naar het formulier"), self)
        self.back_button.setAccessibleName(self.back_button.text())
        self.back_button.clicked.connect(self.reject)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignRight)
        self.view_button.clicked.connect(self.show_comparison)
        self.keep_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
        self.view_button.setDefault(True)
        self.view_button.setFocus()

    def show_comparison(self) -> None:
        self.table.show()
        self.legend.show()
        self.view_button.setEnabled(False)
        self.keep_button.setDefault(False)
        self.resize(max(self.width(), 760), max(self.height(), 520))
        self.table.setFocus()

    def comparison(self) -> list[tuple[str, str, str]]:
        """(field, mine, theirs) as shown; for tests and screen readers."""
        return [(r.caption, r.mine, r.theirs) for r in self.rows]

    def _choose(self, choice: str) -> None:
        self.accept()
        self.resolved.emit(choice)
