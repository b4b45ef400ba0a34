"""The overview's blocks: a key figure as a card (caption, big number, a line of context;
it leads to its list) and a titled panel for a list, the map or a chart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class FigureCard(QFrame):
    """A key figure that also leads to its screen (click, Enter or Space)."""

    activated = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("figureCard")
        self.setAccessibleName(key)  # until the figure is read, just after the first paint
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(0)
        self.caption = QLabel(self)
        self.caption.setObjectName("figureCaption")
        self.number = QLabel("–", self)
        self.number.setObjectName("figureNumber")
        self.detail = QLabel(self)
        self.detail.setObjectName("figureDetail")
        for label in (self.caption, self.number, self.detail):
            label.setTextFormat(Qt.TextFormat.PlainText)
            # Equal columns whatever the texts: a long detail wraps instead of widening.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(self.detail.fontMetrics().height() * 2)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def set_figure(self, caption: str, value: str, detail: str, hint: str) -> None:
        self.caption.setText(caption)
        self.number.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{caption}: {value}, {detail}" if detail else f"{caption}: {value}")
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE:
            self.activated.emit(self.key)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.key() in _ACTIVATE)
        ):
            event.accept()
            return True
        return super().event(event)


class Panel(QFrame):
    """A white block with a title (and room for controls beside it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 14)
        self.layout_.setSpacing(6)
        self.header = QHBoxLayout()
        self.header.setSpacing(8)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.header.addWidget(self.title)
        self.layout_.addLayout(self.header)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("muted")
        self.explanation.setWordWrap(True)
        self.layout_.addWidget(self.explanation)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.layout_.addWidget(widget, stretch)
