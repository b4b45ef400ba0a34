"""QtDialogService (real message boxes, answered by a timer), its stand-ins and FakeDialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from coordinator_app.views.dialogs import Choice, NonInteractiveDialogs, QtDialogService
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CHOICES = [
    Choice("demo", "Demodatabase openen", "Om te oefenen."),
    Choice("empty", "Leeg beginnen", "Zelf invoeren."),
]


def click_when_shown(text: str, seen: dict[str, Any]) -> None:
    """Click the button labelled ``text`` in the modal window once it is up."""

    def attempt() -> None:
        window = QApplication.activeModalWidget()
        if window is None:
            QTimer.singleShot(10, attempt)
            return
        seen["buttons"] = [b.text() for b in window.findChildren(QAbstractButton)]
        if isinstance(window, QMessageBox):
            seen["text"] = window.text()
            default = window.defaultButton()
            seen["default"] = default.text() if default is not None else None
        for button in window.findChildren(QAbstractButton):
            if button.text() == text:
                button.click()
                return
        window.close()

    QTimer.singleShot(0, attempt)


@pytest.mark.parametrize(("button", "expected"), [("Ja", True), ("Nee", False)])
def test_confirm_in_dutch(qapp: Any, button: str, expected: bool) -> None:
    seen: dict[str, Any] = {}
    click_when_shown(button, seen)
    answer = QtDialogService().confirm(None, "Trainee verwijderen", "Wilt u Anna verwijderen?")
    assert answer is expected
    assert seen["text"] == "Wilt u Anna verwijderen?"
    assert {"Ja", "Nee"} <= set(seen["buttons"])
    assert seen["default"] == "Ja"


def test_destructive_confirm_defaults_to_no(qapp: Any) -> None:
    seen: dict[str, Any] = {}
    click_when_shown("Nee", seen)
    QtDialogService().confirm(None, "Verwijderen", "Zeker weten?", destructive=True)
    assert seen["default"] == "Nee"


@pytest.mark.parametrize(
    ("button", "expected"),
    [("Opslaan", "save"), ("Niet opslaan", "discard"), ("Annuleren", "cancel")],
)
def test_unsaved_changes_question(qapp: Any, button: str, expected: str) -> None:
    seen: dict[str, Any] = {}
    click_when_shown(button, seen)
    assert QtDialogService().ask_unsaved(None) == expected
    assert "nog niet zijn opgeslagen" in seen["text"]


def test_error_box_shows_the_message(qapp: Any) -> None:
    seen: dict[str, Any] = {}
    click_when_shown("OK", seen)
    QtDialogService().error(None, "Import mislukt", "Kolom 'Achternaam' ontbreekt.")
    assert seen["text"] == "Kolom 'Achternaam' ontbreekt."


def test_choose_returns_the_key_of_the_clicked_answer(qapp: Any) -> None:
    seen: dict[str, Any] = {}
    click_when_shown("Leeg beginnen", seen)
    assert QtDialogService().choose(None, "Welkom", "Hoe wilt u beginnen?", CHOICES) == "empty"
    assert seen["buttons"] == ["Demodatabase openen", "Leeg beginnen"]


def test_choose_closed_with_escape_is_none(qapp: Any, qtbot: Any) -> None:
    def press_escape() -> None:
        window = QApplication.activeModalWidget()
        if window is None:
            QTimer.singleShot(10, press_escape)
            return
        qtbot.keyClick(window, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    assert QtDialogService().choose(None, "Welkom", "Hoe wilt u beginnen?", CHOICES) is None


def test_non_interactive_dialogs_never_agree() -> None:
    dialogs = NonInteractiveDialogs()
    assert dialogs.confirm(None, "Verwijderen", "Zeker?") is False
    assert dialogs.ask_unsaved(None) == "cancel"
    assert dialogs.open_file(None, "Openen", "*") is None
    assert dialogs.save_file(None, "Opslaan", "x.xlsx", "*") is None
    assert dialogs.choose(None, "Welkom", "?", CHOICES) is None
    dialogs.error(None, "Fout", "Er ging iets mis.")
    assert ("Fout", "Er ging iets mis.") in dialogs.messages


def test_fake_dialogs_record_calls_and_give_answers_in_turn(tmp_path: Path) -> None:
    dialogs = FakeDialogs(confirm=[True, False], save_path=tmp_path / "uit.xlsx", choice="demo")
    assert dialogs.confirm(None, "Vraag", "Een?") is True
    assert dialogs.confirm(None, "Vraag", "Twee?", destructive=True) is False
    assert dialogs.confirm(None, "Vraag", "Drie?") is False  # the last answer repeats
    assert dialogs.save_file(None, "Exporteren", "trainees.xlsx", "*.xlsx") == tmp_path / "uit.xlsx"
    assert dialogs.choose(None, "Welkom", "?", CHOICES) == "demo"
    assert dialogs.ask_unsaved(None) == "discard"
    assert dialogs.open_file(None, "Openen", "*") is None
    assert dialogs.calls[:2] == [("confirm", "Vraag", "Een?"), ("confirm", "Vraag", "Twee?")]
    assert dialogs.details[1]["destructive"] is True
    assert dialogs.methods() == [
        "confirm",
        "confirm",
        "confirm",
        "save_file",
        "choose",
        "ask_unsaved",
        "open_file",
    ]
    assert dialogs.texts("save_file") == ["trainees.xlsx"]
