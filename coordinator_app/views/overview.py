"""Overzicht: the key figures of the database and the rotations that need attention.

The figures come from services.stats and the attention list from services.rules;
this screen only shows them. It refreshes itself (shortly after) whenever the data
bus reports a change, and postpones that while it is hidden.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from coordinator_app.errors import CoordinatorError
from coordinator_app.services.dutch import long_date
from coordinator_app.services.rules import SoftWarning, placements_ending_without_next
from coordinator_app.services.stats import entity_counts
from coordinator_app.views.icons import icon
from coordinator_app.views.view_context import ViewContext

_log = logging.getLogger(__name__)

OVERVIEW_KEY = "overzicht"
_REFRESH_DELAY_MS = 150
_ONE_ROW_WIDTH = 900  # below this the five figure cards wrap onto two rows

_STYLE = """
QWidget#overviewPage { background: palette(base); }
QFrame#figureCard {
    background: palette(window);
    border: 1px solid palette(mid);
    border-radius: 8px;
}
QFrame#figureCard:hover, QFrame#figureCard:focus { border: 2px solid #1f5f8b; }
QLabel#figureNumber { font-size: 26pt; font-weight: 600; color: #1f5f8b; }
QLabel#figureCaption { font-size: 11pt; }
QLabel#overviewTitle { font-size: 18pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 13pt; font-weight: 600; }
"""


class FigureCard(QFrame):
    """A key figure that also leads to its screen (click, Enter or Space)."""

    activated = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("figureCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        self.number = QLabel("–", self)
        self.number.setObjectName("figureNumber")
        self.caption = QLabel(self)
        self.caption.setObjectName("figureCaption")
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_figure(self, caption: str, value: int | None, hint: str) -> None:
        self.caption.setText(caption)
        self.number.setText("–" if value is None else QLocale().toString(value))
        self.setAccessibleName(f"{caption}: {'–' if value is None else value}")
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.key)
            return
        super().keyPressEvent(event)


# The figures shown as cards: (screen key, key in entity_counts).
_CARDS = (
    ("trainees", "trainees"),
    ("organisaties", "organisations"),
    ("opdrachten", "assignments"),
    ("plaatsingen", "placements"),
    ("bijeenkomsten", "sessions"),
)


class OverviewScreen(QWidget):
    """The first screen: how much there is, and what needs the coordinator now."""

    key = OVERVIEW_KEY
    navigate_requested = Signal(str)
    status_message = Signal(str)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts: dict[str, int] = {}
        self.attention: list[SoftWarning] = []
        self.load_error = ""
        self._stale = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(_REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_if_visible)
        self._build()
        self.retranslate()
        ctx.bus.changed.connect(self._on_data_changed)

    # -- construction --------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cards and list take the focus
        outer.addWidget(scroll)
        page = QWidget(scroll)
        page.setObjectName("overviewPage")
        page.setStyleSheet(_STYLE)
        scroll.setWidget(page)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        self.title_label = QLabel(page)
        self.title_label.setObjectName("overviewTitle")
        self.subtitle_label = QLabel(page)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)

        self.card_grid = QGridLayout()
        self.card_grid.setHorizontalSpacing(14)
        self.card_grid.setVerticalSpacing(14)
        self.cards: dict[str, FigureCard] = {}
        for screen_key, _count_key in _CARDS:
            card = FigureCard(screen_key, page)
            card.activated.connect(self.navigate_requested)
            self.cards[screen_key] = card
        self._columns = 0
        self._arrange_cards(len(_CARDS))
        layout.addLayout(self.card_grid)
        self.more_label = QLabel(page)
        self.more_label.setWordWrap(True)
        self.more_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.more_label)

        layout.addSpacing(8)
        heading = QHBoxLayout()
        attention_icon = QLabel(page)
        attention_icon.setPixmap(icon("attention").pixmap(22, 22))
        heading.addWidget(attention_icon)
        self.attention_title = QLabel(page)
        self.attention_title.setObjectName("sectionTitle")
        heading.addWidget(self.attention_title, 1)
        layout.addLayout(heading)
        self.attention_explanation = QLabel(page)
        self.attention_explanation.setWordWrap(True)
        layout.addWidget(self.attention_explanation)
        self.attention_list = QListWidget(page)
        self.attention_list.setWordWrap(True)
        self.attention_list.setAlternatingRowColors(True)
        self.attention_list.setMinimumHeight(140)
        self.attention_list.itemActivated.connect(self._open_attention_item)
        layout.addWidget(self.attention_list, 1)
        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a23b2a;")
        self.error_label.hide()
        layout.addWidget(self.error_label)

    def _arrange_cards(self, columns: int) -> None:
        """All five figures in one row when there is room, else in rows of three."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self.card_grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self.card_grid.addWidget(card, index // columns, index % columns)
        for column in range(len(_CARDS)):
            self.card_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_cards(len(_CARDS) if event.size().width() >= _ONE_ROW_WIDTH else 3)

    # -- the screen interface the main window uses ---------------------------------

    def title(self) -> str:
        return self.tr("Overzicht")

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Overzicht"))
        self.attention_title.setText(self.tr("Aandacht nodig"))
        self.attention_list.setAccessibleName(self.tr("Rotaties die aandacht nodig hebben"))
        self._show_figures()
        self._show_attention()

    def refresh(self) -> None:
        """Read the figures again (cheap counts, so on the GUI thread)."""
        self._stale = False
        self.load_error = ""
        try:
            with self.ctx.app.read_session() as session:
                self.counts = entity_counts(session)
                self.attention = placements_ending_without_next(
                    session, self.ctx.app.soft_rule_settings()
                )
        except (CoordinatorError, SQLAlchemyError) as exc:
            _log.warning("overview could not be read: %s", type(exc).__name__)
            message = exc.message if isinstance(exc, CoordinatorError) else type(exc).__name__
            self.load_error = self.tr("Het overzicht kon niet worden gelezen: {reason}").format(
                reason=message
            )
        self._show_figures()
        self._show_attention()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    # -- showing -------------------------------------------------------------------

    def _captions(self) -> dict[str, tuple[str, str]]:
        return {
            "trainees": (self.tr("Trainees"), self.tr("Naar de lijst met trainees")),
            "organisaties": (self.tr("Organisaties"), self.tr("Naar de lijst met organisaties")),
            "opdrachten": (self.tr("Opdrachten"), self.tr("Naar de lijst met opdrachten")),
            "plaatsingen": (self.tr("Plaatsingen"), self.tr("Naar de lijst met plaatsingen")),
            "bijeenkomsten": (
                self.tr("Bijeenkomsten"),
                self.tr("Naar de lijst met bijeenkomsten"),
            ),
        }

    def _today_text(self) -> str:
        today = self.ctx.app.today
        if self.ctx.lang == "nl":
            return long_date(today)
        return QLocale(QLocale.Language.English).toString(
            QDate(today.year, today.month, today.day), "d MMMM yyyy"
        )

    def _show_figures(self) -> None:
        captions = self._captions()
        for screen_key, count_key in _CARDS:
            caption, hint = captions[screen_key]
            value = self.counts.get(count_key) if self.counts else None
            self.cards[screen_key].set_figure(caption, value, hint)
        self.subtitle_label.setText(
            self.tr("Vandaag is het {date}. Database: {database}").format(
                date=self._today_text(), database=self.ctx.app.store.display_name
            )
        )
        if self.counts:
            parts = [
                (self.tr("Programma's"), "programmes"),
                (self.tr("Lichtingen"), "cohorts"),
                (self.tr("Gasten"), "guests"),
                (self.tr("Actiepunten"), "action_points"),
                (self.tr("Aanwezigheidsregistraties"), "attendances"),
            ]
            self.more_label.setText(
                "   ·   ".join(
                    f"{name}: {QLocale().toString(self.counts.get(key, 0))}" for name, key in parts
                )
            )
        else:
            self.more_label.setText("")
        self.error_label.setText(self.load_error)
        self.error_label.setVisible(bool(self.load_error))

    def _show_attention(self) -> None:
        weeks = self.ctx.app.settings.attention_weeks
        if weeks == 1:
            explanation = self.tr(
                "Rotaties die binnen 1 week eindigen zonder dat er een volgende plaatsing is "
                "gepland. Dubbelklik of druk op Enter om naar Plaatsingen te gaan."
            )
        else:
            explanation = self.tr(
                "Rotaties die binnen {weeks} weken eindigen zonder dat er een volgende "
                "plaatsing is gepland. Dubbelklik of druk op Enter om naar Plaatsingen te gaan."
            ).format(weeks=weeks)
        self.attention_explanation.setText(explanation)
        self.attention_list.clear()
        if not self.attention:
            item = QListWidgetItem(
                self.tr("Geen rotaties die binnenkort eindigen zonder vervolg.")
                if not self.load_error
                else "–"
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.attention_list.addItem(item)
            return
        lang = self.ctx.lang
        for warning in self.attention:
            item = QListWidgetItem(icon("attention"), warning.message(lang))
            item.setData(Qt.ItemDataRole.UserRole, [(r.kind, r.id) for r in warning.records])
            self.attention_list.addItem(item)

    def _open_attention_item(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.navigate_requested.emit("plaatsingen")

    # -- reacting ------------------------------------------------------------------

    def _on_data_changed(self, _kind: str, _ids: object) -> None:
        self.mark_stale()

    def _refresh_if_visible(self) -> None:
        if self.isVisible() and self._stale:
            self.refresh()

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
