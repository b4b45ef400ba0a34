"""The user guide (resources/docs/gebruikershandleiding.md) in a window of its own.

The guide is Markdown so that it reads well both here and as a plain file; Qt's
QTextBrowser renders it without any extra package.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from coordinator_app.paths import resources_dir

GUIDE_FILE = "gebruikershandleiding.md"


def guide_path() -> Path:
    return resources_dir() / "docs" / GUIDE_FILE


class HelpDialog(QDialog):
    """Non-modal, so the user can keep the guide open next to the work."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.path = path or guide_path()
        self.setModal(False)
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(14)
        layout.addWidget(self.browser)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()
        self.retranslate()

    def load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            self.browser.setPlainText(
                self.tr("De gebruikershandleiding is niet gevonden ({path}).").format(
                    path=self.path
                )
            )
            return
        self.browser.setMarkdown(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gebruikershandleiding"))
        self.browser.setAccessibleName(self.tr("Gebruikershandleiding"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def heading_texts(self) -> list[str]:
        """The guide's section titles, as rendered (used to check the guide is complete)."""
        document = self.browser.document()
        found = []
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                found.append(block.text())
            block = block.next()
        return found


def show_help(parent: QWidget | None, existing: HelpDialog | None = None) -> HelpDialog:
    """Show the guide, reusing an open guide window rather than opening a second one."""
    dialog = existing if existing is not None else HelpDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.setWindowState(dialog.windowState() & ~Qt.WindowState.WindowMinimized)
    return dialog
