"""The 'Weging' section: how much each part of a match score counts.

The weights are a user setting (Settings.match_weights). Changing a spin box changes
what the suggestions and the next planner run use at once; "Als standaard opslaan"
writes them to the settings file so they stay, "Standaard herstellen" goes back to
the application's defaults.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.services.matching import PARTS
from coordinator_app.settings import MatchWeights
from coordinator_app.views.view_context import ViewContext


class WeightsEditor(QWidget):
    """Six weights; ``changed`` carries the new MatchWeights after every edit."""

    changed = Signal(object)
    saved = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("weightsEditor")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_expanded)
        outer.addWidget(self.toggle)
        self.body = QWidget(self)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(18, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        for i, key in enumerate(PARTS):
            caption = QLabel(self.body)
            spin = QDoubleSpinBox(self.body)
            spin.setRange(0.0, 10.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setMaximumWidth(self.fontMetrics().averageCharWidth() * 10)
            spin.setLocale(
                QLocale(QLocale.Language.Dutch if ctx.lang == "nl" else QLocale.Language.English)
            )
            spin.valueChanged.connect(self._on_value)
            caption.setBuddy(spin)
            grid.addWidget(caption, i // 3, (i % 3) * 2)
            grid.addWidget(spin, i // 3, (i % 3) * 2 + 1)
            self.spins[key] = spin
            self.labels[key] = caption
        buttons = QHBoxLayout()
        self.note = QLabel(self.body)
        self.note.setStyleSheet("color: #4b5563;")
        self.note.setWordWrap(True)
        buttons.addWidget(self.note, 1)
        self.defaults_button = QPushButton(self.body)
        self.defaults_button.setAutoDefault(False)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.save_button = QPushButton(self.body)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_as_default)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.save_button)
        grid.setColumnStretch(6, 1)
        grid.addLayout(buttons, 2, 0, 1, 7)
        outer.addWidget(self.body)
        self._filling = False
        self.set_weights(ctx.app.settings.match_weights)
        self.body.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "level": self.tr("Opleidingsniveau"),
            "competences": self.tr("Competenties"),
            "themes": self.tr("Thema-interesse"),
            "travel": self.tr("Reisafstand"),
            "variety": self.tr("Afwisseling"),
            "preference": self.tr("Eigen voorkeur"),
        }
        for key, caption in captions.items():
            self.labels[key].setText(caption)
            self.spins[key].setAccessibleName(self.tr("Weging {part}").format(part=caption))
        self.toggle.setText(self.tr("Weging"))
        self.toggle.setAccessibleName(self.tr("Weging tonen of verbergen"))
        self.toggle.setToolTip(self.tr("Hoe zwaar elk onderdeel van de score telt"))
        self.defaults_button.setText(self.tr("Standaard herstellen"))
        self.defaults_button.setAccessibleName(self.tr("Standaardweging herstellen"))
        self.save_button.setText(self.tr("Als standaard opslaan"))
        self.save_button.setAccessibleName(self.tr("Weging als standaard opslaan"))
        self._update_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_expanded(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)

    def weights(self) -> MatchWeights:
        return MatchWeights(**{key: spin.value() for key, spin in self.spins.items()})

    def set_weights(self, weights: MatchWeights) -> None:
        self._filling = True
        for key, spin in self.spins.items():
            spin.setValue(float(getattr(weights, key)))
        self._filling = False
        self._update_note()

    def _on_value(self, _value: float) -> None:
        if self._filling:
            return
        self._update_note()
        self.changed.emit(self.weights())

    def _update_note(self) -> None:
        if not hasattr(self, "note"):
            return
        saved = self.ctx.app.settings.match_weights
        if dataclasses.asdict(self.weights()) == dataclasses.asdict(saved):
            self.note.setText(self.tr("Dit is de opgeslagen weging."))
            self.save_button.setEnabled(False)
        else:
            self.note.setText(self.tr("Gewijzigd; geldt hier tot u haar als standaard opslaat."))
            self.save_button.setEnabled(True)
        if sum(self.weights().__dict__.values()) <= 0:
            self.note.setText(self.tr("Alle wegingen staan op 0: elke score wordt 0."))

    def restore_defaults(self) -> None:
        self.set_weights(MatchWeights())
        self.changed.emit(self.weights())

    def save_as_default(self) -> None:
        """Keep these weights: the settings file, the suggestions and the planner use them."""
        self.ctx.app.settings.match_weights = self.weights()
        try:
            self.ctx.app.save_settings()
        except OSError as exc:
            self.ctx.dialogs.error(
                self,
                self.tr("Weging niet opgeslagen"),
                self.tr("Het instellingenbestand kon niet worden geschreven: {reason}").format(
                    reason=exc.strerror or exc
                ),
            )
            return
        self._update_note()
        self.saved.emit()
