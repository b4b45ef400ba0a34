"""The attention list beside the placements: what to act on soon, one Enter from its record.

Three kinds of item (services.attention): a rotation ending soon without a next
placement (Enter opens that placement), an open assignment with free places (Enter
opens the assignment) and a trainee without any running or planned placement (Enter
opens the trainee). "Suggesties…" and "Plaatsing maken…" act on the trainee or the
assignment of the chosen item directly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.services.attention import AttentionItem, AttentionKind, attention_list
from coordinator_app.services.dutch import short_date
from coordinator_app.services.rules import RecordRef
from coordinator_app.views.icons import icon
from coordinator_app.views.planning.common import first_ref
from coordinator_app.views.view_context import ViewContext

ITEM_ROLE = int(Qt.ItemDataRole.UserRole) + 40
_ICONS = {
    AttentionKind.ROTATION_ENDING: "attention",
    AttentionKind.FREE_PLACES: "assignments",
    AttentionKind.NO_PLACEMENT: "trainees",
}
# The record Enter opens, by kind of item.
_PRIMARY = {
    AttentionKind.ROTATION_ENDING: ("placement", "trainee"),
    AttentionKind.FREE_PLACES: ("assignment",),
    AttentionKind.NO_PLACEMENT: ("trainee",),
}


class AttentionPanel(QWidget):
    """The attention items, most urgent first; emits what the user wants to open."""

    record_requested = Signal(str, int)  # kind, id: open this record
    suggestions_requested = Signal(str, int)  # "trainee"/"assignment", id
    placement_requested = Signal(str, int)  # start a placement from this trainee/assignment
    WATCHED = frozenset({"placement", "trainee", "assignment", "organisation", "cohort", "*"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("attentionPanel")
        self.items: list[AttentionItem] = []
        self._loaded = False
        self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        heading = QHBoxLayout()
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(icon("attention").pixmap(20, 20))
        heading.addWidget(self.icon_label)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        heading.addWidget(self.title, 1)
        layout.addLayout(heading)
        self.kind_combo = QComboBox(self)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill())
        layout.addWidget(self.kind_combo)
        self.list = QListWidget(self)
        self.list.setObjectName("attentionList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(1)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.open_button = QPushButton(self)
        self.suggest_button = QPushButton(self)
        self.place_button = QPushButton(self)
        for button in (self.open_button, self.suggest_button, self.place_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.open_button.clicked.connect(self.open_current)
        self.suggest_button.clicked.connect(self.suggest_current)
        self.place_button.clicked.connect(self.place_current)
        layout.addLayout(buttons)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_data_changed)
        self.retranslate()

    def kind_text(self, kind: AttentionKind) -> str:
        return {
            AttentionKind.ROTATION_ENDING: self.tr("Rotatie eindigt zonder vervolg"),
            AttentionKind.FREE_PLACES: self.tr("Opdracht met vrije plaatsen"),
            AttentionKind.NO_PLACEMENT: self.tr("Trainee zonder plaatsing"),
        }[kind]

    def retranslate(self) -> None:
        chosen = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("Alle signalen"), None)
        for kind in AttentionKind:
            self.kind_combo.addItem(icon(_ICONS[kind]), self.kind_text(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(chosen)))
        self.kind_combo.blockSignals(False)
        self.kind_combo.setAccessibleName(self.tr("Soort signaal"))
        self.list.setAccessibleName(self.tr("Aandacht nodig"))
        self.list.setToolTip(self.tr("Enter of dubbelklik opent het record"))
        self.open_button.setText(self.tr("Openen"))
        self.open_button.setAccessibleName(self.tr("Record van het signaal openen"))
        self.suggest_button.setText(self.tr("Suggesties…"))
        self.suggest_button.setAccessibleName(self.tr("Suggesties voor het signaal"))
        self.place_button.setText(self.tr("Plaatsing maken…"))
        self.place_button.setAccessibleName(self.tr("Plaatsing maken voor het signaal"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._refresh_timer.stop()
        self._stale = False
        with self.ctx.app.read_session() as session:
            self.items = attention_list(session, self.ctx.app.soft_rule_settings())
        self._loaded = True
        self._fill()

    def _fill(self) -> None:
        if not hasattr(self, "list"):
            return
        value = self.kind_combo.currentData()
        kind = AttentionKind(value) if value else None  # Qt hands the enum back as text
        chosen = self.current_item()
        self.list.clear()
        shown = [i for i in self.items if kind is None or i.kind is kind]
        for item in shown:
            entry = QListWidgetItem(
                icon(_ICONS[item.kind]),
                f"{short_date(item.due)} · {self.kind_text(item.kind)}\n{item.message}",
            )
            entry.setData(ITEM_ROLE, self.items.index(item))
            entry.setToolTip(item.message)
            self.list.addItem(entry)
            if chosen is not None and item == chosen:
                self.list.setCurrentItem(entry)
        if not shown:
            empty = QListWidgetItem(
                self.tr("Niets dat aandacht vraagt.") if self._loaded else self.tr("Laden…")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.title.setText(self.tr("Aandacht nodig ({n})").format(n=len(self.items)))
        self._update_buttons()

    # --- acting ---------------------------------------------------------------------------------

    def current_item(self) -> AttentionItem | None:
        entry = self.list.currentItem() if hasattr(self, "list") else None
        if entry is None or entry.data(ITEM_ROLE) is None:
            return None
        return self.items[int(entry.data(ITEM_ROLE))]

    def select(self, index: int) -> None:
        """Make item ``index`` (of the shown items) the current one."""
        self.list.setCurrentRow(index)

    def _subject(self, item: AttentionItem) -> RecordRef | None:
        """The trainee or assignment the item is about."""
        return first_ref(item.records, "trainee", "assignment")

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.open_button.setEnabled(item is not None)
        subject = self._subject(item) if item is not None else None
        self.suggest_button.setEnabled(subject is not None)
        self.place_button.setEnabled(subject is not None)

    def open_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        ref = first_ref(item.records, *_PRIMARY[item.kind])
        if ref is not None:
            self.record_requested.emit(ref.kind, ref.id)

    def suggest_current(self) -> None:
        item = self.current_item()
        subject = self._subject(item) if item is not None else None
        if subject is not None:
            self.suggestions_requested.emit(subject.kind, subject.id)

    def place_current(self) -> None:
        item = self.current_item()
        subject = self._subject(item) if item is not None else None
        if subject is not None:
            self.placement_requested.emit(subject.kind, subject.id)

    # --- staying current ------------------------------------------------------------------------

    def _on_data_changed(self, kind: str, _ids: object) -> None:
        if kind not in self.WATCHED or not self._loaded:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded or self._stale:
            self.refresh()
