"""Overzicht: how the cohorts are doing, what needs attention, where the trainees are.

Everything shown comes from one :class:`~coordinator_app.services.figures.FigureBook`
(the same figures feed the cohort progress report). The book is read once; after a
change on the DataBus only the parts that kind of record can affect are read again,
and only the sections built on those parts are shown anew. The widgets are built
once; a refresh only gives them new data. While hidden the screen collects the
changes and applies them when it is shown again.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import AssignmentStatus
from coordinator_app.services.attention import AttentionItem, AttentionKind
from coordinator_app.services.dutch import MONTHS_NL, long_date, short_date
from coordinator_app.services.figures import (
    EVERYTHING,
    FigureBook,
    KeyFigures,
    MonthFigures,
    Part,
    PlaceFigures,
    Scope,
)
from coordinator_app.services.labels import label
from coordinator_app.services.participation import LEVELS, TraineeFigures
from coordinator_app.services.sessions import SessionSummary
from coordinator_app.views.navigation import OVERVIEW_KEY, screen_title
from coordinator_app.views.overview.cards import FigureCard, Panel
from coordinator_app.views.overview.charts import (
    LEVEL_COLOURS,
    SERIES_COLOURS,
    BarChart,
    ChartData,
)
from coordinator_app.views.overview.lists import Entry, EntryListView, ListRequest
from coordinator_app.views.overview.map import MapPoint, MunicipalityList, MunicipalityMap
from coordinator_app.views.view_context import ViewContext

_log = logging.getLogger(__name__)

_ONE_ROW_WIDTH = 1000  # below this the six figure cards wrap onto two rows
_SIDE_BY_SIDE_WIDTH = 900  # below this the panels stand one above the other
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

_STYLE = """
QWidget#overviewPage { background: palette(window); }
QFrame#panel, QFrame#figureCard {
    background: palette(base);
    border: 1px solid #d5dce4;
    border-radius: 8px;
}
QFrame#figureCard:hover, QFrame#figureCard:focus { border: 2px solid #1f5f8b; }
QLabel#figureCaption { font-weight: 600; color: #4b5563; }
QLabel#figureNumber { font-size: 24pt; font-weight: 600; color: #1f5f8b; }
QLabel#figureDetail { color: #6b7280; }
QLabel#overviewTitle { font-size: 18pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; }
QLabel#badge {
    background: #c0504d; color: white; border-radius: 9px; padding: 1px 7px; font-weight: 600;
}
QLabel#muted { color: #6b7280; }
QLabel#errorLabel { color: #a23b2a; }
QListView, QTreeWidget { border: none; background: palette(base); }
QPushButton#measureButton {
    padding: 3px 10px; border: 1px solid #b8c4d0; background: palette(base);
}
QPushButton#measureButton:checked { background: #1f5f8b; color: white; border-color: #1f5f8b; }
"""

_KIND_COLOURS = {
    AttentionKind.ROTATION_ENDING: "#E39B2F",
    AttentionKind.FREE_PLACES: "#3F7CC0",
    AttentionKind.NO_PLACEMENT: "#C0504D",
}
_SCREEN_OF = {  # record kind -> list screen
    "placement": "plaatsingen",
    "assignment": "opdrachten",
    "trainee": "trainees",
    "session": "bijeenkomsten",
    "organisation": "organisaties",
}
_PREFERRED_RECORD = ("placement", "assignment", "trainee", "organisation")
# The usual Dutch abbreviations (maart is "mrt", not the first three letters).
_MONTHS_SHORT_NL = (
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
)  # fmt: skip


class Section(enum.Enum):
    CARDS = enum.auto()
    ATTENTION = enum.auto()
    BELOW = enum.auto()
    UPCOMING = enum.auto()
    MAP = enum.auto()
    PLACES = enum.auto()
    MONTHS = enum.auto()
    SCOPES = enum.auto()


ALL_SECTIONS = frozenset(Section)
_ATTENTION = {Part.ROTATIONS_ENDING, Part.FREE_PLACES, Part.NO_PLACEMENT}
# Which parts of the figure book each section is built from.
SECTION_PARTS: dict[Section, frozenset[Part]] = {
    Section.CARDS: frozenset(
        {Part.COHORTS, Part.TRAINEES, Part.PARTICIPATION, Part.PLACEMENTS_NOW}
        | {Part.THIS_MONTH, Part.ASSIGNMENTS}
    ),
    Section.ATTENTION: frozenset({Part.COHORTS, Part.TRAINEES, *_ATTENTION}),
    Section.BELOW: frozenset({Part.COHORTS, Part.TRAINEES, Part.PARTICIPATION}),
    Section.UPCOMING: frozenset({Part.COHORTS, Part.UPCOMING}),
    Section.MAP: frozenset(
        {Part.COHORTS, Part.MUNICIPALITIES, Part.PLACES, Part.ASSIGNMENTS, Part.TRAINEES}
    ),
    Section.PLACES: frozenset({Part.COHORTS, Part.MUNICIPALITIES, Part.PLACES}),
    Section.MONTHS: frozenset({Part.COHORTS, Part.MONTHS}),
    Section.SCOPES: frozenset({Part.COHORTS}),
}


def sections_for(parts: Iterable[Part]) -> set[Section]:
    changed = set(parts)
    return {section for section, needs in SECTION_PARTS.items() if needs & changed}


class MapMeasure(enum.StrEnum):
    PLACEMENTS = "plaatsingen"
    ASSIGNMENTS = "opdrachten"
    TRAINEES = "trainees"


@contextmanager
def _gc_paused() -> Iterator[None]:
    from coordinator_app.views.screens.base import gc_paused

    with gc_paused():
        yield


class OverviewScreen(QWidget):
    """The first screen: the key figures of a programme or cohort and what needs doing."""

    key = OVERVIEW_KEY
    navigate_requested = Signal(str)  # a screen key (the main window's plain switch)
    list_requested = Signal(object)  # a ListRequest: a list screen, filtered or on a record
    status_message = Signal(str)
    refreshed = Signal()  # after every (partial) refresh: for tests and the benchmark

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.book: FigureBook | None = None
        self.scope: Scope = EVERYTHING
        self.measure = MapMeasure.PLACEMENTS
        self.figures = KeyFigures()
        self.load_error = ""
        self._scopes: list[Scope] = [EVERYTHING]
        self._entries: dict[tuple[str, AttentionItem], Entry] = {}
        self._needs_full = True
        self._pending: list[tuple[str, set[int]]] = []
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)  # gathers the notifications of one action
        self._apply_timer.timeout.connect(self._apply_if_visible)
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
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll)
        self.scroll = scroll
        page = QWidget(scroll)
        page.setObjectName("overviewPage")
        page.setStyleSheet(_STYLE)
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(14)

        header = self._header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title_label = QLabel(page)
        self.title_label.setObjectName("overviewTitle")
        self.subtitle_label = QLabel(page)
        self.subtitle_label.setObjectName("muted")
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label.setWordWrap(True)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        self.scope_label = QLabel(page)
        self.scope_combo = QComboBox(page)
        self.scope_combo.setObjectName("scopeCombo")
        self.scope_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope_combo.setMinimumContentsLength(26)
        self.scope_combo.currentIndexChanged.connect(self._on_scope_chosen)
        self.scope_label.setBuddy(self.scope_combo)
        chooser = QHBoxLayout()
        chooser.addWidget(self.scope_label)
        chooser.addWidget(self.scope_combo)
        header.addLayout(chooser)
        layout.addLayout(header)
        self.error_label = QLabel(page)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.card_grid = QGridLayout()
        self.card_grid.setHorizontalSpacing(12)
        self.card_grid.setVerticalSpacing(12)
        self.cards: dict[str, FigureCard] = {}
        for key in ("trainees", "plaatsingen", "opdrachten", "bijeenkomsten", "deelname"):
            self._add_card(key, page)
        self._add_card("actiepunten", page)
        self._columns = 0
        self._arrange_cards(len(self.cards))
        layout.addLayout(self.card_grid)

        # What needs attention, and what is coming.
        row = QHBoxLayout()
        row.setSpacing(14)
        self._side_by_side: list[QBoxLayout] = [row]
        self.attention_panel = Panel(page)
        self.attention_title = self.attention_panel.title
        self.attention_badge = QLabel(self.attention_panel)
        self.attention_badge.setObjectName("badge")
        self.attention_panel.header.addWidget(self.attention_badge)
        self.attention_panel.header.addStretch(1)
        self.attention_explanation = self.attention_panel.explanation
        self.attention_list = EntryListView(self.attention_panel)
        self.attention_list.setObjectName("attentionList")
        self.attention_list.setMinimumHeight(300)
        self.attention_list.chosen.connect(self._request)
        self.attention_panel.add(self.attention_list, 1)
        row.addWidget(self.attention_panel, 3)
        side = QVBoxLayout()
        side.setSpacing(14)
        self.upcoming_panel = Panel(page)
        self.upcoming_panel.header.addStretch(1)
        self.upcoming_list = EntryListView(self.upcoming_panel)
        self.upcoming_list.setObjectName("upcomingList")
        self.upcoming_list.setMinimumHeight(120)
        self.upcoming_list.chosen.connect(self._request)
        self.upcoming_panel.add(self.upcoming_list, 1)
        self.below_panel = Panel(page)
        self.below_badge = QLabel(self.below_panel)
        self.below_badge.setObjectName("badge")
        self.below_panel.header.addWidget(self.below_badge)
        self.below_panel.header.addStretch(1)
        self.below_list = EntryListView(self.below_panel)
        self.below_list.setObjectName("belowList")
        self.below_list.setMinimumHeight(120)
        self.below_list.chosen.connect(self._request)
        self.below_panel.add(self.below_list, 1)
        side.addWidget(self.upcoming_panel, 1)
        side.addWidget(self.below_panel, 1)
        row.addLayout(side, 2)
        layout.addLayout(row)

        # The map with its list of municipalities.
        self.map_panel = Panel(page)
        self.map_panel.header.addStretch(1)
        measures = QHBoxLayout()
        measures.setSpacing(6)
        self.measure_group = QButtonGroup(self)
        self.measure_group.setExclusive(True)
        self.measure_buttons: dict[MapMeasure, QPushButton] = {}
        for measure in MapMeasure:
            button = QPushButton(self.map_panel)
            button.setObjectName("measureButton")
            button.setCheckable(True)
            button.setChecked(measure is self.measure)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.measure_group.addButton(button)
            self.measure_buttons[measure] = button
            measures.addWidget(button)
            button.toggled.connect(
                lambda checked, measure=measure: checked and self._on_measure(measure)
            )
        measures.addStretch(1)
        self.map_panel.layout_.addLayout(measures)
        body = QHBoxLayout()
        body.setSpacing(12)
        self._side_by_side.append(body)
        self.map = MunicipalityMap(self.map_panel)
        self.map.setObjectName("municipalityMap")
        self.map.activated.connect(self._open_municipality)
        self.map.current_changed.connect(self._on_map_current)
        body.addWidget(self.map, 1)
        self.municipality_list = MunicipalityList(self.map_panel)
        self.municipality_list.setObjectName("municipalityList")
        self.municipality_list.setFixedWidth(360)
        self.municipality_list.chosen.connect(self._open_municipality)
        self.municipality_list.currentItemChanged.connect(self._on_list_current)
        body.addWidget(self.municipality_list)
        self.map_panel.layout_.addLayout(body, 1)
        self.map_panel.setMinimumHeight(640)
        layout.addWidget(self.map_panel)

        # The charts, two by two.
        self.subregion_chart = BarChart(horizontal=False)
        self.municipality_chart = BarChart(horizontal=True)
        self.participation_chart = BarChart(horizontal=False)
        self.mix_chart = BarChart(horizontal=False)
        self.chart_panels: dict[str, Panel] = {}
        for pair in (
            (("subregion", self.subregion_chart), ("municipality", self.municipality_chart)),
            (("participation", self.participation_chart), ("mix", self.mix_chart)),
        ):
            chart_row = QHBoxLayout()
            chart_row.setSpacing(14)
            self._side_by_side.append(chart_row)
            for name, chart in pair:
                panel = Panel(page)
                panel.explanation.hide()
                chart.setParent(panel)
                chart.setObjectName(f"{name}Chart")
                panel.add(chart, 1)
                self.chart_panels[name] = panel
                chart_row.addWidget(panel, 1)
            layout.addLayout(chart_row)
        self.subregion_chart.setMinimumHeight(260)
        self.participation_chart.setMinimumHeight(260)
        self.mix_chart.setMinimumHeight(260)
        layout.addStretch(1)

    def _add_card(self, key: str, parent: QWidget) -> None:
        card = FigureCard(key, parent)
        card.activated.connect(self._open_card)
        self.cards[key] = card

    def _arrange_cards(self, columns: int) -> None:
        """All six figures in one row when there is room, else in rows of three or two."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self.card_grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self.card_grid.addWidget(card, index // columns, index % columns)
        for column in range(len(self.cards)):
            self.card_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        self._arrange_cards(6 if width >= _ONE_ROW_WIDTH else 3 if width >= 640 else 2)
        direction = (
            QBoxLayout.Direction.LeftToRight
            if width >= _SIDE_BY_SIDE_WIDTH
            else QBoxLayout.Direction.TopToBottom
        )
        for layout in self._side_by_side:
            if layout.direction() != direction:
                layout.setDirection(direction)
        self._header.setDirection(
            QBoxLayout.Direction.LeftToRight if width >= 640 else QBoxLayout.Direction.TopToBottom
        )
        self.municipality_list.setFixedWidth(
            360 if direction is QBoxLayout.Direction.LeftToRight else max(width - 110, 240)
        )

    # -- the screen interface the main window uses ---------------------------------

    def title(self) -> str:
        return screen_title(self.key)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Overzicht"))
        self.scope_label.setText(self.tr("&Toon:"))
        self.scope_combo.setAccessibleName(self.tr("Programma of lichting"))
        self.scope_combo.setToolTip(
            self.tr("De cijfers, lijsten, kaart en grafieken van één programma of lichting")
        )
        self.attention_title.setText(self.tr("Aandacht nodig"))
        self.attention_list.setAccessibleName(self.tr("Aandachtspunten"))
        self.upcoming_panel.title.setText(self.tr("Komende bijeenkomsten"))
        self.upcoming_list.setAccessibleName(self.tr("Bijeenkomsten van de komende twee weken"))
        self.below_list.setAccessibleName(self.tr("Trainees onder de deelnamedrempel"))
        self.map_panel.title.setText(self.tr("Kaart van Groningen en Drenthe"))
        self.map_panel.explanation.setText(
            self.tr(
                "Elke gemeente op haar plaats; hoe groter de stip, hoe meer. Klik op een "
                "gemeente (of kies haar in de lijst en druk op Enter) om de lijst te openen, "
                "gefilterd op die gemeente. Met de pijltjestoetsen gaat u over de kaart."
            )
        )
        self.map.setAccessibleName(self.tr("Kaart van Groningen en Drenthe"))
        self.municipality_list.setAccessibleName(self.tr("Gemeenten op de kaart"))
        names = {
            MapMeasure.PLACEMENTS: (
                self.tr("Plaatsingen"),
                self.tr("Lopende plaatsingen per gemeente van de opdracht"),
            ),
            MapMeasure.ASSIGNMENTS: (
                self.tr("Opdrachten"),
                self.tr("Open opdrachten per gemeente"),
            ),
            MapMeasure.TRAINEES: (
                self.tr("Woonplaats trainees"),
                self.tr("Actieve trainees per woongemeente"),
            ),
        }
        for measure, (text, hint) in names.items():
            button = self.measure_buttons[measure]
            button.setText(text)
            button.setToolTip(hint)
            button.setAccessibleName(self.tr("Kaart: {what}").format(what=hint))
        chart_titles = {
            "subregion": self.tr("Plaatsingen per subregio"),
            "municipality": self.tr("Plaatsingen per gemeente"),
            "participation": self.tr("Deelname per maand"),
            "mix": self.tr("Niveaumix per maand"),
        }
        for name, text in chart_titles.items():
            self.chart_panels[name].title.setText(text)
        for chart, text in (
            (self.subregion_chart, chart_titles["subregion"]),
            (self.municipality_chart, chart_titles["municipality"]),
            (self.participation_chart, chart_titles["participation"]),
            (self.mix_chart, chart_titles["mix"]),
        ):
            chart.setAccessibleName(text)
        self._fill_scopes()
        self._show(ALL_SECTIONS - {Section.SCOPES})

    def refresh(self) -> None:
        """Read every figure again (a new database, a new day, or the first show)."""
        self._needs_full = False
        self._pending.clear()
        self.load_error = ""
        app = self.ctx.app
        book = FigureBook(app.today, app.soft_rule_settings())
        with _gc_paused():
            try:
                with app.read_session() as db:
                    book.load(db)
            except (CoordinatorError, SQLAlchemyError) as exc:
                self._failed(exc)
                book = FigureBook(app.today, app.soft_rule_settings())
            self.book = book
            self._show(ALL_SECTIONS)
        self.refreshed.emit()

    def mark_stale(self) -> None:
        """Everything must be read again (another database was opened)."""
        self._needs_full = True
        if self.isVisible():
            self._apply_timer.start()

    # -- staying current -----------------------------------------------------------

    def _on_data_changed(self, kind: str, ids: object) -> None:
        if self.book is None or self._needs_full:
            return  # everything is read when the screen is shown
        found = set(ids) if isinstance(ids, (set, frozenset, list, tuple)) else set()
        self._pending.append((kind, found))
        if self.isVisible():
            self._apply_timer.start()

    def _apply_if_visible(self) -> None:
        if self.isVisible():
            self.apply_changes()

    def apply_changes(self) -> None:
        """Bring the screen up to date with the changes collected since the last time."""
        book = self.book
        if book is None or self._needs_full or book.today != self.ctx.app.today:
            self.refresh()
            return
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        parts: set[Part] = set()
        settings_changed = any(kind == "settings" for kind, _ids in pending)
        if settings_changed:
            book.attention_settings = self.ctx.app.soft_rule_settings()
        self.load_error = ""
        with _gc_paused():
            try:
                with self.ctx.app.read_session() as db:
                    for kind, ids in pending:
                        parts |= book.apply_change(db, kind, ids)
            except (CoordinatorError, SQLAlchemyError) as exc:
                self._failed(exc)
                self._needs_full = True
            sections = sections_for(parts)
            if settings_changed:
                sections |= {Section.ATTENTION, Section.BELOW, Section.MONTHS}
            self._show(sections)
        self.refreshed.emit()

    def _failed(self, exc: Exception) -> None:
        _log.warning("overview could not be read: %s", type(exc).__name__)
        message = exc.message if isinstance(exc, CoordinatorError) else type(exc).__name__
        self.load_error = self.tr("Het overzicht kon niet worden gelezen: {reason}").format(
            reason=message
        )

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        if self.book is None:
            # The first time: let the window paint first, then read the figures, so the
            # app's window appears at once and fills a moment later.
            self._apply_timer.start()
        elif self._needs_full or self.book.today != self.ctx.app.today:
            self.refresh()
        elif self._pending:
            self.apply_changes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing -------------------------------------------------------------------

    def _show(self, sections: Iterable[Section]) -> None:
        chosen = set(sections)
        if Section.SCOPES in chosen:
            self._fill_scopes()
        self.subtitle_label.setText(
            self.tr("Vandaag is het {date}. Database: {database}").format(
                date=self._long(self.ctx.app.today), database=self.ctx.app.store.display_name
            )
        )
        self.error_label.setText(self.load_error)
        self.error_label.setVisible(bool(self.load_error))
        if self.book is None:
            return
        if Section.CARDS in chosen:
            self._show_cards()
        if Section.ATTENTION in chosen:
            self._show_attention()
        if Section.BELOW in chosen:
            self._show_below()
        if Section.UPCOMING in chosen:
            self._show_upcoming()
        if Section.MAP in chosen:
            self._show_map()
        if Section.PLACES in chosen:
            self._show_places()
        if Section.MONTHS in chosen:
            self._show_months()

    def _fill_scopes(self) -> None:
        """Everything, then each programme with its cohorts, keeping the chosen one."""
        scopes: list[Scope] = [EVERYTHING]
        texts = [self.tr("Alle programma's en lichtingen")]
        cohorts = self.book.cohorts.values() if self.book is not None else []
        programmes: dict[int, str] = {}
        for cohort in cohorts:
            programmes[cohort.programme_id] = cohort.programme_name
        for programme_id, name in sorted(programmes.items(), key=lambda p: p[1].casefold()):
            scopes.append(Scope(programme_id=programme_id))
            texts.append(name)
            mine = sorted(
                (c for c in cohorts if c.programme_id == programme_id),
                key=lambda c: (c.start_date, c.name),
                reverse=True,
            )
            for cohort in mine:
                scopes.append(Scope(cohort_id=cohort.id))
                texts.append("    " + cohort.name)
        current = self.scope if self.scope in scopes else EVERYTHING
        combo = self.scope_combo
        combo.blockSignals(True)
        if [combo.itemText(i) for i in range(combo.count())] != texts or scopes != self._scopes:
            combo.clear()
            combo.addItems(texts)
        self._scopes = scopes
        combo.setCurrentIndex(scopes.index(current))
        combo.blockSignals(False)
        if current != self.scope:
            self.scope = current
            self._show(ALL_SECTIONS - {Section.SCOPES})

    def choose_scope(self, scope: Scope) -> bool:
        """Show ``scope`` (as if chosen in the combo box); False when it is not offered."""
        if scope not in self._scopes:
            return False
        self.scope_combo.setCurrentIndex(self._scopes.index(scope))
        return True

    def _on_scope_chosen(self, index: int) -> None:
        if 0 <= index < len(self._scopes) and self._scopes[index] != self.scope:
            self.scope = self._scopes[index]
            self._show(ALL_SECTIONS - {Section.SCOPES})

    def _scope_name(self) -> str:
        index = self.scope_combo.currentIndex()
        return self.scope_combo.itemText(index).strip() if index >= 0 else ""

    # -- key figures ------------------------------------------------------------------

    def _show_cards(self) -> None:
        assert self.book is not None
        f = self.figures = self.book.key_figures(self.scope)
        number = self._number
        month = self._month_name(self.ctx.app.today)
        counts = f.participation
        if counts.invited:
            excused = counts.excused / counts.invited
            participation = self._percent(f.participation_rate)
            detail = self.tr("gemiddeld; {excused} afgemeld").format(excused=self._percent(excused))
        else:
            participation = "–"
            detail = self.tr("nog geen aanwezigheid geregistreerd")
        texts = {
            "trainees": (
                self.tr("Trainees"),
                number(f.active_trainees),
                self.tr("aangenomen of actief"),
                self.tr("Naar de trainees van deze selectie"),
            ),
            "plaatsingen": (
                self.tr("Plaatsingen"),
                number(f.placements_now),
                self.tr("lopend in de huidige rotatie"),
                self.tr("Naar de lopende plaatsingen"),
            ),
            "opdrachten": (
                self.tr("Open opdrachten"),
                number(f.open_assignments),
                self.tr("{n} vrije plaatsen").format(n=number(f.free_places))
                if f.free_places != 1
                else self.tr("1 vrije plaats"),
                self.tr("Naar de open opdrachten"),
            ),
            "bijeenkomsten": (
                self.tr("Bijeenkomsten"),
                number(f.sessions_this_month),
                self.tr("in {month}").format(month=month),
                self.tr("Naar de bijeenkomsten"),
            ),
            "deelname": (
                self.tr("Deelname"),
                participation,
                detail,
                self.tr(
                    "Aanwezig van de uitgenodigden, over alle bijeenkomsten tot en met vandaag"
                ),
            ),
            "actiepunten": (
                self.tr("Actiepunten"),
                number(f.open_action_points),
                self.tr("nog open"),
                self.tr("Naar de bijeenkomsten en hun actiepunten"),
            ),
        }
        for key, (caption, value, extra, hint) in texts.items():
            self.cards[key].set_figure(caption, value, extra, hint)

    def _open_card(self, key: str) -> None:
        programme = self.book.programme_of(self.scope) if self.book is not None else None
        cohort = self.scope.cohort_id
        if key == "trainees":
            self._request(ListRequest("trainees", self._scope_filters()))
        elif key == "plaatsingen":
            filters: list[tuple[str, Any]] = [("when", "now")]
            if cohort is not None:
                filters.append(("cohort", cohort))
            self._request(ListRequest("plaatsingen", tuple(filters)))
        elif key == "opdrachten":
            filters = [("status", AssignmentStatus.OPEN)]
            if programme is not None:
                filters.append(("programme", programme))
            self._request(ListRequest("opdrachten", tuple(filters)))
        else:
            invited = (
                ("cohort", cohort)
                if cohort is not None
                else ("programme", programme)
                if programme is not None
                else None
            )
            self._request(ListRequest("bijeenkomsten", (("invited", invited),) if invited else ()))

    def _scope_filters(self) -> tuple[tuple[str, Any], ...]:
        if self.scope.cohort_id is not None:
            return (("cohort", self.scope.cohort_id),)
        if self.scope.programme_id is not None:
            return (("programme", self.scope.programme_id),)
        return ()

    # -- lists ----------------------------------------------------------------------------

    def _kind_label(self, kind: AttentionKind) -> str:
        return {
            AttentionKind.ROTATION_ENDING: self.tr("Rotatie eindigt zonder vervolg"),
            AttentionKind.FREE_PLACES: self.tr("Opdracht met vrije plaatsen"),
            AttentionKind.NO_PLACEMENT: self.tr("Trainee zonder plaatsing"),
        }[kind]

    def _attention_entry(self, item: AttentionItem) -> Entry:
        """The entry of an item, made once per item and language (hundreds on a big
        database, most of them the same after a change)."""
        key = (self.ctx.lang, item)
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = self.attention_entry(item)
        return entry

    def attention_entry(self, item: AttentionItem) -> Entry:
        """Named after the trainee or assignment it is about; it leads to the placement,
        assignment or trainee to act on."""
        target = next(
            (ref for kind in _PREFERRED_RECORD for ref in item.records if ref.kind == kind),
            None,
        )
        subject = next(
            (ref for kind in ("trainee", "assignment") for ref in item.records if ref.kind == kind),
            target,
        )
        request = (
            ListRequest(_SCREEN_OF[target.kind], select=target.id)
            if target is not None and target.kind in _SCREEN_OF
            else None
        )
        return Entry(
            subject.label if subject is not None else self._kind_label(item.kind),
            item.text(self.ctx.lang),
            _KIND_COLOURS[item.kind],
            request,
            tag=f"{self._kind_label(item.kind)} · {self._short(item.due)}",
        )

    def _show_attention(self) -> None:
        assert self.book is not None
        items = self.book.attention(self.scope)
        weeks = self.ctx.app.settings.attention_weeks
        if weeks == 1:
            text = self.tr(
                "Rotaties die binnen 1 week eindigen zonder vervolg, opdrachten met vrije "
                "plaatsen en trainees zonder plaatsing. Klik of druk op Enter om het record "
                "te openen."
            )
        else:
            text = self.tr(
                "Rotaties die binnen {weeks} weken eindigen zonder vervolg, opdrachten met "
                "vrije plaatsen en trainees zonder plaatsing. Klik of druk op Enter om het "
                "record te openen."
            ).format(weeks=weeks)
        self.attention_explanation.setText(text)
        self.attention_badge.setText(self._number(len(items)))
        self.attention_badge.setVisible(bool(items))
        self.attention_badge.setAccessibleName(
            self.tr("{n} aandachtspunten").format(n=self._number(len(items)))
        )
        if len(self._entries) > 4 * len(items) + 100:  # forget items long gone
            self._entries = {}
        self.attention_list.set_entries(
            [self._attention_entry(item) for item in items],
            self.tr("Niets dat nu aandacht nodig heeft.") if not self.load_error else "–",
        )

    def _show_below(self) -> None:
        assert self.book is not None
        threshold = self.ctx.app.settings.participation_threshold
        found = self.book.below_threshold(threshold, self.scope)
        self.below_panel.title.setText(
            self.tr("Onder de deelnamedrempel ({threshold})").format(
                threshold=self._percent(threshold)
            )
        )
        self.below_panel.explanation.setText(
            self.tr("Actieve trainees die minder vaak aanwezig waren dan de drempel.")
        )
        self.below_badge.setText(self._number(len(found)))
        self.below_badge.setVisible(bool(found))
        self.below_list.set_entries(
            [self.below_entry(f) for f in found],
            self.tr("Iedereen zit op of boven de drempel."),
        )

    def below_entry(self, figures: TraineeFigures) -> Entry:
        counts = figures.counts
        detail = self.tr("{present} van {invited} keer aanwezig, {excused} keer afgemeld").format(
            present=counts.present, invited=counts.invited, excused=counts.excused
        )
        if figures.cohort_name:
            detail = f"{figures.cohort_name} · {detail}"
        return Entry(
            f"{figures.name} · {self._percent(counts.rate)}",
            detail,
            "#C0504D",
            ListRequest("trainees", select=figures.trainee_id),
        )

    def _show_upcoming(self) -> None:
        assert self.book is not None
        sessions = self.book.upcoming_sessions(self.scope)
        self.upcoming_panel.explanation.setText(
            self.tr("Van vandaag tot en met {date}.").format(
                date=self._long(self.ctx.app.today + dt.timedelta(days=self.book.upcoming_days))
            )
        )
        self.upcoming_list.set_entries(
            [self.upcoming_entry(s) for s in sessions],
            self.tr("Geen bijeenkomsten gepland in de komende twee weken."),
        )

    def upcoming_entry(self, session: SessionSummary) -> Entry:
        lang = self.ctx.lang
        when = (
            f"{self._weekday(session.date)} {self._long(session.date)} · "
            f"{session.start_time:%H:%M}–{session.end_time:%H:%M}"
        )
        parts = [session.title, label(session.type, lang)]
        if session.location:
            parts.append(session.location)
        parts.append(self.tr("{n} uitgenodigd").format(n=self._number(session.invited)))
        return Entry(
            when,
            " · ".join(parts),
            "#5A9E6F",
            ListRequest("bijeenkomsten", select=session.id),
        )

    # -- map ------------------------------------------------------------------------------

    def _value(self, place: PlaceFigures) -> int:
        if self.measure is MapMeasure.PLACEMENTS:
            return place.placements
        if self.measure is MapMeasure.ASSIGNMENTS:
            return place.assignments
        return place.trainees

    def _place_tooltip(self, place: PlaceFigures) -> str:
        where = place.municipality
        region = f"{where.province}, {where.subregion}" if where.subregion else where.province
        return "\n".join(
            [
                f"{where.name} ({region})",
                self.tr("{n} lopende plaatsingen").format(n=self._number(place.placements)),
                self.tr("{n} open opdrachten, {free} vrije plaatsen").format(
                    n=self._number(place.assignments), free=self._number(place.free_places)
                ),
                self.tr("{n} actieve trainees wonen hier").format(n=self._number(place.trainees)),
            ]
        )

    def _show_map(self) -> None:
        assert self.book is not None
        places = self.book.place_figures(self.scope)
        points = []
        rows = []
        for place in places:
            where = place.municipality
            tip = self._place_tooltip(place)
            value = self._value(place)
            points.append(
                MapPoint(where.id, where.name, where.province, where.latitude,
                         where.longitude, value, tip)
            )  # fmt: skip
            rows.append(
                (where.id, where.name, (place.placements, place.assignments, place.trainees), tip)
            )
        self.map.set_points(points)
        self.municipality_list.set_rows(rows)
        headers = [
            self.tr("Gemeente"),
            self.tr("Plaatsingen"),
            self.tr("Opdrachten"),
            self.tr("Trainees"),
        ]
        header_item = self.municipality_list.headerItem()
        if [header_item.text(i) for i in range(4)] != headers:
            self.municipality_list.setHeaderLabels(headers)
        self.municipality_list.emphasise(list(MapMeasure).index(self.measure) + 1)

    def _on_measure(self, measure: MapMeasure) -> None:
        if measure is not self.measure:
            self.measure = measure
            self._show({Section.MAP})

    def choose_measure(self, measure: MapMeasure) -> None:
        self.measure_buttons[measure].setChecked(True)

    def _on_map_current(self, municipality_id: int) -> None:
        item = self.municipality_list.items.get(municipality_id)
        if item is not None and self.municipality_list.currentItem() is not item:
            self.municipality_list.blockSignals(True)
            self.municipality_list.setCurrentItem(item)
            self.municipality_list.blockSignals(False)
            self.municipality_list.scrollToItem(item)

    def _on_list_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.map.set_current(int(current.data(0, Qt.ItemDataRole.UserRole)))

    def municipality_request(self, municipality_id: int) -> ListRequest:
        """The list a click on a municipality opens, for the map's measure and the scope."""
        programme = self.book.programme_of(self.scope) if self.book is not None else None
        if self.measure is MapMeasure.TRAINEES:
            return ListRequest(
                "trainees", (("municipality", municipality_id), *self._scope_filters())
            )
        filters: list[tuple[str, Any]] = [("municipality", municipality_id)]
        if self.measure is MapMeasure.ASSIGNMENTS:
            filters.append(("status", AssignmentStatus.OPEN))
        if programme is not None:
            filters.append(("programme", programme))
        return ListRequest("opdrachten", tuple(filters))

    def _open_municipality(self, municipality_id: int) -> None:
        self.map.set_current(municipality_id)
        self._request(self.municipality_request(municipality_id))
        found = self.map.point(municipality_id)
        if found is not None:
            self.status_message.emit(
                self.tr("Gefilterd op gemeente {name}").format(name=found.name)
                if self.measure is not MapMeasure.TRAINEES
                else self.tr("Gefilterd op woongemeente {name}").format(name=found.name)
            )

    # -- charts ---------------------------------------------------------------------------

    def _show_places(self) -> None:
        assert self.book is not None
        places = self.book.placements_by_place(self.scope)
        rotations = places.rotations
        names = tuple(self.tr("Rotatie {n}").format(n=r) for r in rotations)
        empty = self.tr("Nog geen plaatsingen.")
        for chart, groups, category_title in (
            (self.subregion_chart, places.by_subregion(), self.tr("Subregio")),
            (self.municipality_chart, places.by_municipality(), ""),
        ):
            series = tuple(
                tuple(float(per.get(r, 0)) for per in groups.values()) for r in rotations
            )
            chart.set_data(
                ChartData(
                    categories=tuple(groups),
                    series=series,
                    names=names,
                    colours=SERIES_COLOURS,
                    value_title=self.tr("Plaatsingen"),
                    category_title=category_title,
                    empty_text=empty,
                )
            )

    def _show_months(self) -> None:
        assert self.book is not None
        months = self.book.monthly_figures(self.scope)
        threshold = self.ctx.app.settings.participation_threshold
        categories = tuple(self._month_short(m.month) for m in months)
        years = tuple(
            str(m.month.year) if i == 0 or m.month.month == 1 else "" for i, m in enumerate(months)
        )
        if any(m.sessions for m in months):
            participation = ChartData(
                categories=categories,
                series=(tuple(round((m.counts.rate or 0) * 100, 1) for m in months),),
                names=(self.tr("Deelname"),),
                colours=("#3F7CC0",),
                percent=True,
                threshold=threshold * 100,
                threshold_label=self.tr("Drempel {pct}").format(pct=self._percent(threshold)),
                value_title=self.tr("Aanwezig (%)"),
                sublabels=years,
                tooltips=tuple(self._month_tooltip(m) for m in months),
            )
        else:
            participation = ChartData(
                empty_text=self.tr("Geen bijeenkomsten in de afgelopen twaalf maanden.")
            )
        self.participation_chart.set_data(participation)
        lang = self.ctx.lang
        shares = tuple(
            tuple(round(((m.mix.shares or {}).get(level, 0.0)) * 100, 1) for m in months)
            for level in LEVELS
        )
        self.mix_chart.set_data(
            ChartData(
                categories=categories,
                series=shares,
                names=tuple(label(level, lang) for level in LEVELS),
                colours=LEVEL_COLOURS,
                percent=True,
                value_title=self.tr("Aandeel aanwezigen (%)"),
                sublabels=years,
                empty_text=self.tr("Nog niemand aanwezig geweest in de afgelopen twaalf maanden."),
                tooltips=tuple(self._mix_tooltip(m) for m in months),
            )
        )

    def _month_tooltip(self, month: MonthFigures) -> str:
        counts = month.counts
        lines = [
            f"{self._month_name(month.month)} {month.month.year}",
            self.tr("{n} bijeenkomsten").format(n=self._number(month.sessions)),
        ]
        if counts.invited:
            lines.append(
                self.tr("{present} van {invited} aanwezig ({rate}), {excused} afgemeld").format(
                    present=self._number(counts.present),
                    invited=self._number(counts.invited),
                    rate=self._percent(counts.rate),
                    excused=self._number(counts.excused),
                )
            )
        return "\n".join(lines)

    def _mix_tooltip(self, month: MonthFigures) -> str:
        lines = [f"{self._month_name(month.month)} {month.month.year}"]
        shares = month.mix.shares
        if shares is None:
            lines.append(self.tr("Niemand aanwezig met een bekend niveau"))
            return "\n".join(lines)
        lang = self.ctx.lang
        lines += [
            f"{label(level, lang)}: {self._percent(shares[level])} "
            f"({self._number(month.mix.counts.get(level, 0))})"
            for level in LEVELS
        ]
        if month.mix.index is not None:
            lines.append(
                self.tr("Mengindex {index} (0 = één niveau, 1 = gelijk verdeeld)").format(
                    index=self._locale().toString(month.mix.index, "f", 2)
                )
            )
        return "\n".join(lines)

    # -- navigation -------------------------------------------------------------------

    def _request(self, request: object) -> None:
        if isinstance(request, ListRequest):
            self.list_requested.emit(request)

    # -- small things -----------------------------------------------------------------

    def _locale(self) -> QLocale:
        language = QLocale.Language.Dutch if self.ctx.lang == "nl" else QLocale.Language.English
        return QLocale(language)

    def _number(self, n: int) -> str:
        return self._locale().toString(n)

    def _percent(self, fraction: float | None) -> str:
        return "–" if fraction is None else f"{round(fraction * 100)}%"

    def _long(self, day: dt.date) -> str:
        if self.ctx.lang == "nl":
            return long_date(day)
        return self._locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    def _short(self, day: dt.date) -> str:
        if self.ctx.lang == "nl":
            return short_date(day)
        return self._locale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def _weekday(self, day: dt.date) -> str:
        return self._locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)

    def _month_name(self, day: dt.date) -> str:
        if self.ctx.lang == "nl":
            return MONTHS_NL[day.month - 1]
        return self._locale().monthName(day.month, QLocale.FormatType.LongFormat)

    def _month_short(self, day: dt.date) -> str:
        if self.ctx.lang == "nl":
            return _MONTHS_SHORT_NL[day.month - 1]
        return self._locale().monthName(day.month, QLocale.FormatType.ShortFormat)
