"""What every record form has around its fields: a heading, the refusal banner, and
the question before closing with unsaved changes."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

_BANNER_STYLE = (
    "QLabel#errorBanner { background: #fef3f2; border: 1px solid #fda29b;"
    " border-radius: 6px; padding: 8px 10px; color: #7a271a; }"
)


def form_heading(parent: QWidget) -> QLabel:
    """The form's title line, larger and bold."""
    heading = QLabel(parent)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    heading.setFont(font)
    return heading


class ErrorBanner(QLabel):
    """Why a save was refused: a bold title and a (rich text) explanation; hidden until then."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(_BANNER_STYLE)
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
