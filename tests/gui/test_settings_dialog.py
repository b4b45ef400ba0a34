"""The settings dialog: shows, checks, stores and applies the user's settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from coordinator_app.context import AppContext
from coordinator_app.settings import Settings
from coordinator_app.views.i18n import Translations
from coordinator_app.views.settings_dialog import SettingsDialog
from coordinator_app.views.tasks import QtTaskRunner
from coordinator_app.views.view_context import DataBus, ViewContext
from tests.helpers.fake_dialogs import FakeDialogs


@pytest.fixture
def translations() -> Iterator[Translations]:
    found = Translations.for_app()
    found.apply("nl")
    yield found
    found.apply("nl")


def make_ctx(context: AppContext, dialogs: FakeDialogs) -> ViewContext:
    return ViewContext(
        app=context,
        undo_stack=QUndoStack(),
        dialogs=dialogs,
        tasks=QtTaskRunner(dialogs),
        bus=DataBus(),
    )


def make_dialog(
    context: AppContext, qtbot: Any, dialogs: FakeDialogs | None = None, **kwargs: Any
) -> SettingsDialog:
    ctx = make_ctx(context, dialogs or FakeDialogs())
    dialog = SettingsDialog(ctx, **kwargs)
    dialog._ctx_keepalive = ctx  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    return dialog


def saved(context: AppContext) -> dict[str, Any]:
    assert context.settings_path is not None
    return json.loads(context.settings_path.read_text(encoding="utf-8"))


def png(path: Path) -> Path:
    pixmap = QPixmap(120, 40)
    pixmap.fill(QColor("#1f5f8b"))
    assert pixmap.save(str(path), "PNG")
    return path


def test_dialog_shows_the_current_settings(sqlite_context: AppContext, qtbot: Any) -> None:
    sqlite_context.settings.organisation_name = "Provincie Groningen"
    sqlite_context.settings.attention_weeks = 8
    sqlite_context.settings.retention_months = 36
    sqlite_context.settings.participation_threshold = 0.8
    dialog = make_dialog(sqlite_context, qtbot)
    assert dialog.windowTitle() == "Instellingen"
    assert dialog.language_combo.currentText() == "Nederlands"
    assert dialog.organisation_edit.text() == "Provincie Groningen"
    assert dialog.attention_spin.value() == 8
    assert dialog.attention_spin.suffix() == " weken"
    assert (dialog.attention_spin.minimum(), dialog.attention_spin.maximum()) == (1, 52)
    assert dialog.retention_spin.value() == 36
    assert dialog.threshold_spin.value() == 80
    assert "opnieuw hebt gestart" in dialog.database_note.text()


def test_save_stores_and_announces_the_settings(
    sqlite_context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    logo = png(tmp_path / "logo.png")
    dialog = make_dialog(sqlite_context, qtbot)
    dialog.organisation_edit.setText("Gemeente Midden-Groningen")
    dialog.logo_edit.setText(str(logo))
    dialog.attention_spin.setValue(10)
    dialog.retention_spin.setValue(12)
    dialog.threshold_spin.setValue(65)
    changes: list[str] = []
    dialog.ctx.bus.changed.connect(lambda kind, _ids: changes.append(kind))
    assert dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = saved(sqlite_context)
    assert stored["organisation_name"] == "Gemeente Midden-Groningen"
    assert stored["logo_path"] == str(logo)
    assert stored["attention_weeks"] == 10
    assert stored["retention_months"] == 12
    assert stored["participation_threshold"] == pytest.approx(0.65)
    assert sqlite_context.settings.attention_weeks == 10  # the shared object changed
    assert changes == ["settings"]
    assert not dialog.logo_preview.pixmap().isNull()


def test_problems_are_shown_and_nothing_is_stored(
    sqlite_context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    dialog = make_dialog(sqlite_context, qtbot)
    dialog.logo_edit.setText(str(tmp_path / "bestaat-niet.png"))
    dialog.database_edit.setText(str(tmp_path / "geen-map" / "data.sqlite3"))
    assert not dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem_label.isVisibleTo(dialog)
    assert "bestaat-niet.png bestaat niet" in dialog.problem_label.text()
    assert "geen-map" in dialog.problem_label.text()
    assert sqlite_context.settings_path is not None
    assert not sqlite_context.settings_path.exists()
    assert sqlite_context.settings.logo_path == ""


def test_settings_validate_is_consulted(
    sqlite_context: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        Settings,
        "validate",
        lambda self: ["Het signaleringsvenster moet tussen 1 en 52 weken liggen."],
    )
    dialog = make_dialog(sqlite_context, qtbot)
    assert not dialog.save()
    assert dialog.problems == ["Het signaleringsvenster moet tussen 1 en 52 weken liggen."]


def test_choosing_files_goes_through_the_dialog_service(
    sqlite_context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    logo = png(tmp_path / "logo.png")
    dialogs = FakeDialogs(open_path=[logo, tmp_path / "ander.sqlite3"])
    dialog = make_dialog(sqlite_context, qtbot, dialogs)
    qtbot.mouseClick(dialog.logo_button, Qt.MouseButton.LeftButton)
    assert dialog.logo_edit.text() == str(logo)
    assert not dialog.logo_preview.pixmap().isNull()
    qtbot.mouseClick(dialog.database_button, Qt.MouseButton.LeftButton)
    assert dialog.database_edit.text() == str(tmp_path / "ander.sqlite3")
    assert dialogs.titles("open_file") == ["Logo kiezen", "Database kiezen"]
    qtbot.mouseClick(dialog.logo_clear_button, Qt.MouseButton.LeftButton)
    assert dialog.logo_edit.text() == ""
    assert dialog.logo_preview.text() == "Geen logo"


def test_a_new_database_is_used_after_a_restart(
    sqlite_context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    dialog = make_dialog(sqlite_context, qtbot, dialogs)
    dialog.database_edit.setText(str(tmp_path / "ander.sqlite3"))
    assert dialog.save()
    assert saved(sqlite_context)["database"] == str(tmp_path / "ander.sqlite3")
    assert sqlite_context.store.path != tmp_path / "ander.sqlite3"  # still the open one
    assert dialogs.titles("info") == ["Database"]
    assert "opnieuw hebt gestart" in dialogs.texts("info")[0]


def test_language_is_applied_at_once(
    sqlite_context: AppContext, qtbot: Any, translations: Translations
) -> None:
    dialog = make_dialog(sqlite_context, qtbot, translations=translations)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.save()
    assert translations.language == "en"
    assert sqlite_context.settings.language == "en"
    assert saved(sqlite_context)["language"] == "en"

    other = make_dialog(sqlite_context, qtbot, translations=translations)
    assert other.windowTitle() == "Settings"
    assert other.attention_spin.suffix() == " weeks"
    other.language_combo.setCurrentIndex(other.language_combo.findData("nl"))
    assert other.save()
    QCoreApplication.processEvents()
    assert translations.language == "nl"
    assert dialog.windowTitle() == "Instellingen"  # retranslated through LanguageChange


def test_every_field_has_an_accessible_name(sqlite_context: AppContext, qtbot: Any) -> None:
    dialog = make_dialog(sqlite_context, qtbot)
    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    nameless = [
        type(w).__name__
        for w in dialog.findChildren(QWidget)
        if isinstance(w, interactive)
        and not w.accessibleName()
        and w.isVisibleTo(dialog)
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox, QLineEdit))
    ]
    assert nameless == []
