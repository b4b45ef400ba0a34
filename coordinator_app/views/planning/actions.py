"""'Plaatsing maken…' and 'Suggesties…' on the trainee and assignment screens.

The two buttons sit in the screen's header beside 'Nieuw'; they act on the one
selected trainee or assignment, and are disabled while zero or several are selected.
The screens add them with one call, so this logic lives with the rest of planning.
"""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLayout, QPushButton, QWidget

from coordinator_app.views.icons import icon

Subject = Literal["trainee", "assignment"]


class PlanningButtons(QObject):
    """The two buttons of one screen; retranslated and enabled with the screen."""

    def __init__(self, screen: Any, subject: Subject) -> None:
        super().__init__(screen)
        self.screen = screen
        self.subject = subject
        self.place_button = QPushButton(icon("placements"), "", screen)
        self.place_button.setObjectName("placeFromButton")
        self.suggest_button = QPushButton(screen)
        self.suggest_button.setObjectName("suggestButton")
        self.place_button.clicked.connect(self.place)
        self.suggest_button.clicked.connect(self.suggest)
        header = _header_of(screen.layout(), screen.new_button)
        if header is not None:
            position = header.indexOf(screen.new_button)
            header.insertWidget(position, self.suggest_button)
            header.insertWidget(position, self.place_button)
        QWidget.setTabOrder(screen.search, self.place_button)
        QWidget.setTabOrder(self.place_button, self.suggest_button)
        QWidget.setTabOrder(self.suggest_button, screen.new_button)
        screen.selection_changed.connect(self.update_enabled)
        screen.installEventFilter(self)
        self.retranslate()
        self.update_enabled()

    def retranslate(self) -> None:
        self.place_button.setText(self.tr("Plaatsing maken…"))
        self.suggest_button.setText(self.tr("Suggesties…"))
        if self.subject == "trainee":
            self.place_button.setAccessibleName(self.tr("Plaatsing maken voor deze trainee"))
            self.suggest_button.setAccessibleName(
                self.tr("Opdrachten voorstellen voor deze trainee")
            )
            self.suggest_button.setToolTip(
                self.tr("Opdrachten gerangschikt op hoe goed ze bij deze trainee passen")
            )
        else:
            self.place_button.setAccessibleName(self.tr("Plaatsing maken bij deze opdracht"))
            self.suggest_button.setAccessibleName(
                self.tr("Trainees voorstellen voor deze opdracht")
            )
            self.suggest_button.setToolTip(
                self.tr("Trainees gerangschikt op hoe goed ze bij deze opdracht passen")
            )
        self.place_button.setToolTip(self.place_button.accessibleName())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.screen and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def selected(self) -> int | None:
        ids = self.screen.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def update_enabled(self) -> None:
        one = self.selected() is not None
        self.place_button.setEnabled(one)
        self.suggest_button.setEnabled(one)

    def place(self) -> None:
        from coordinator_app.views.planning import open_placement_form

        record_id = self.selected()
        if record_id is None:
            return
        ctx, screen = self.screen.ctx, self.screen
        form = (
            open_placement_form(ctx, screen, trainee_id=record_id)
            if self.subject == "trainee"
            else open_placement_form(ctx, screen, assignment_id=record_id)
        )
        if form is not None:
            self.screen.keep_dialog(form)

    def suggest(self) -> None:
        from coordinator_app.views.planning import open_suggestions

        record_id = self.selected()
        if record_id is None:
            return
        ctx, screen = self.screen.ctx, self.screen
        dialog = (
            open_suggestions(ctx, screen, trainee_id=record_id)
            if self.subject == "trainee"
            else open_suggestions(ctx, screen, assignment_id=record_id)
        )
        if dialog is not None:
            self.screen.keep_dialog(dialog)


def _header_of(layout: QLayout | None, widget: QWidget) -> QHBoxLayout | None:
    """The horizontal layout (at any depth) that holds ``widget``."""
    if layout is None:
        return None
    if isinstance(layout, QHBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        found = _header_of(child, widget) if child is not None else None
        if found is not None:
            return found
    return None


def add_planning_buttons(screen: Any, subject: Subject) -> PlanningButtons:
    """Put 'Plaatsing maken…' and 'Suggesties…' in ``screen``'s header."""
    return PlanningButtons(screen, subject)
