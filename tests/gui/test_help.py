"""The Dutch user guide and the window that shows it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coordinator_app.views.help import HelpDialog, guide_path

SECTIONS = [
    "Starten",
    "De schermen",
    "Zoeken en filteren",
    "Ongedaan maken",
    "Sneltoetsen",
    "Waar uw gegevens staan",
    "Reservekopieën",
    "Instellingen en taal",
]


def test_the_guide_covers_what_a_new_user_needs(qtbot: Any) -> None:
    assert guide_path().is_file()
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    headings = dialog.heading_texts()
    assert headings[0] == "Gebruikershandleiding Coordinator"
    for section in SECTIONS:
        assert section in headings
    text = dialog.browser.toPlainText()
    for shortcut in ("Ctrl+N", "Ctrl+F", "Ctrl+Z", "Ctrl+Y", "F1", "Ctrl+1"):
        assert shortcut in text
    assert dialog.windowTitle() == "Gebruikershandleiding"


def test_a_missing_guide_says_so(qtbot: Any, tmp_path: Path) -> None:
    dialog = HelpDialog(path=tmp_path / "weg.md")
    qtbot.addWidget(dialog)
    assert "niet gevonden" in dialog.browser.toPlainText()
