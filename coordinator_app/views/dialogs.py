"""Message boxes and file choosers behind one seam (the DialogService protocol).

Screens never call QMessageBox or QFileDialog themselves: they ask the dialog
service, which tests replace by tests/helpers/fake_dialogs.FakeDialogs so that no
modal box ever blocks a test. Button texts are set here in Dutch (and translated
through Qt) instead of relying on the platform's standard button labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.views.view_context import DialogService


class Choice(NamedTuple):
    """One way out of a :meth:`ChoosingDialogService.choose` question."""

    key: str
    label: str
    description: str = ""


class ChoosingDialogService(DialogService, Protocol):
    """The dialog service plus a question with several named answers."""

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[Choice]
    ) -> str | None:
        """The key of the chosen answer, or None when the user closed the dialog."""
        ...


class ChoiceDialog(QDialog):
    """A question answered by one of a few large buttons, each with an explanation."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[Choice]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMinimumWidth(420)
        layout.addWidget(label)
        layout.addSpacing(8)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for choice in choices:
            button = QCommandLinkButton(choice.label, choice.description, self)
            button.setAccessibleName(choice.label)
            if choice.description:
                button.setAccessibleDescription(choice.description)
            button.clicked.connect(lambda _checked=False, key=choice.key: self._choose(key))
            layout.addWidget(button)
            self.buttons[choice.key] = button
        if choices:
            self.buttons[choices[0].key].setDefault(True)
            self.buttons[choices[0].key].setFocus()

    def _choose(self, key: str) -> None:
        self.chosen = key
        self.accept()


class QtDialogService:
    """The real dialogs: QMessageBox and QFileDialog with Dutch button texts."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        box.addButton(
            QCoreApplication.translate("QtDialogService", "OK"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.addButton(
            QCoreApplication.translate("QtDialogService", "OK"), QMessageBox.ButtonRole.AcceptRole
        )
        box.exec()

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, destructive: bool = False
    ) -> bool:
        icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
        box = QMessageBox(icon, title, text, parent=parent)
        yes = box.addButton(
            QCoreApplication.translate("QtDialogService", "Ja"), QMessageBox.ButtonRole.YesRole
        )
        no = box.addButton(
            QCoreApplication.translate("QtDialogService", "Nee"), QMessageBox.ButtonRole.NoRole
        )
        # A destructive question defaults to the safe answer, so Enter never deletes.
        box.setDefaultButton(no if destructive else yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def ask_unsaved(self, parent: QWidget | None) -> Literal["save", "discard", "cancel"]:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("QtDialogService", "Wijzigingen opslaan?"),
            QCoreApplication.translate(
                "QtDialogService",
                "Er zijn wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?",
            ),
            parent=parent,
        )
        save = box.addButton(
            QCoreApplication.translate("QtDialogService", "Opslaan"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(
            QCoreApplication.translate("QtDialogService", "Niet opslaan"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        cancel = box.addButton(
            QCoreApplication.translate("QtDialogService", "Annuleren"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return "save"
        if clicked is discard:
            return "discard"
        return "cancel"

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(name) if name else None

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return Path(name) if name else None

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[Choice]
    ) -> str | None:
        dialog = ChoiceDialog(parent, title, text, choices)
        dialog.exec()
        return dialog.chosen


class NonInteractiveDialogs:
    """Answers every question with the cautious answer and never shows a window.

    Used where nobody can answer: rendering screenshots from the command line.
    What would have been shown is kept in ``messages`` for whoever wants to log it.
    """

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, destructive: bool = False
    ) -> bool:
        self.messages.append((title, text))
        return False

    def ask_unsaved(self, parent: QWidget | None) -> Literal["save", "discard", "cancel"]:
        return "cancel"

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> Path | None:
        return None

    def open_file(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        return None

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: Sequence[Choice]
    ) -> str | None:
        self.messages.append((title, text))
        return None


def database_filter() -> str:
    return QCoreApplication.translate(
        "QtDialogService", "Coordinator-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)"
    )
