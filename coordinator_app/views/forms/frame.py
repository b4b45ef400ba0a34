"""What every record form has around its fields: a heading, banners (refusal, warning,
done), and the question before closing with unsaved changes."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

# A banner's object name, background, border, text colour and padding, per tone.
_TONES = {
    "error": ("errorBanner", "#fef3f2", "#fda29b", "#7a271a", "8px 10px"),
    "warning": ("warningBanner", "#fffaeb", "#fedf89", "#7a2e0e", "8px 10px"),
    "done": ("doneBanner", "#ecfdf3", "#abefc6", "#054f31", "6px 10px"),
}


def form_heading(parent: QWidget) -> QLabel:
    """The form's title line, larger and bold."""
    heading = QLabel(parent)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    heading.setFont(font)
    return heading


class Banner(QLabel):
    """A coloured box above a form or list, hidden until there is something to say:
    why a save was refused ("error"), what to watch ("warning"), what was done
    ("done"). Its text is rich text."""

    def __init__(self, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name, background, border, colour, padding = _TONES[tone]
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            f"QLabel#{name} {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 6px; padding: {padding}; color: {colour}; }}"
        )
        self.hide()

    def show_message(self, title: str, body_html: str) -> None:
        self.setText(f"<b>{html.escape(title)}</b><br>{body_html}")
        self.show()

    def plain_text(self) -> str:
        """The message as plain text (empty when hidden)."""
        if not self.isVisible():
            return ""
        doc = QTextDocument()
        doc.setHtml(self.text())
        return doc.toPlainText()


class ErrorBanner(Banner):
    """Why a save was refused: a bold title and a (rich text) explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("error", parent)


class AsksBeforeClosing:
    """For a QDialog form (listed before QDialog in its bases): Esc, Annuleren or the
    window's close button ask first when something changed.

    The form provides ``ctx`` (a ViewContext), ``is_dirty()``, ``save()`` and a
    ``_finished`` flag that it sets once saved.
    """

    ctx: Any
    _finished: bool

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def reject(self) -> None:
        if self._finished or not self.is_dirty():
            self._finished = True
            super().reject()  # type: ignore[misc]
            return
        answer = self.ctx.dialogs.ask_unsaved(self)
        if answer == "save":
            self.save()
        elif answer == "discard":
            self._finished = True
            super().reject()  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            event.accept()
            return
        self.reject()
        if self._finished:
            event.accept()
        else:
            event.ignore()
