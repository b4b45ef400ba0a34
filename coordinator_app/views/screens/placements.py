"""Placements: which trainee does which assignment in which rotation.

The list of placements (per cohort and rotation through the filters) shares the screen
with the rotation timeline of a cohort and the capacity of the assignments, in tabs,
and with the attention list beside them. New placements, edits, status changes,
locking, evaluations and deletes all go through undoable commands
(coordinator_app.views.planning); the soft warnings a saved placement carries appear
next to it in the list ("Let op") and above the list until dismissed.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from coordinator_app.models import PlacementStatus
from coordinator_app.services import placements as placement_service
from coordinator_app.services import queries
from coordinator_app.services.labels import label
from coordinator_app.services.queries import PlacementRow
from coordinator_app.services.rules import SoftWarning
from coordinator_app.views.navigation import screen_title
from coordinator_app.views.screens.base import FilterOptions, FilterSpec, ListScreen
from coordinator_app.views.screens.table_model import RIGHT, Column, date_column

C = "PlacementsScreen"
_STATUS_ORDER = {status: i for i, status in enumerate(PlacementStatus)}
NOW, COMING, PAST = "now", "coming", "past"
LIST_TAB, TIMELINE_TAB, CAPACITY_TAB = 0, 1, 2


def when_matches(value: Any, row: PlacementRow, today: dt.date) -> bool:
    if value == NOW:
        return row.start_date <= today <= row.end_date
    if value == COMING:
        return row.start_date > today
    return row.end_date < today


def placement_columns(notes: Callable[[int], str] | None = None) -> list[Column[Any]]:
    """The list's columns; ``notes`` gives the warnings shown beside a placement."""
    warnings = notes or (lambda _id: "")
    return [
        Column(
            "trainee",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Trainee"),
            lambda r, _l: r.trainee,
            sort=lambda r: (r.trainee_sort, r.start_date),
            width=24,
        ),
        Column(
            "cohort",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Lichting"),
            lambda r, _l: r.cohort,
            width=24,
        ),
        Column(
            "rotation",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Rotatie"),
            lambda r, _l: str(r.rotation),
            sort=lambda r: (r.rotation, r.trainee_sort),
            value=lambda r: r.rotation,
            align=RIGHT,
            width=7,
            searchable=False,
        ),
        Column(
            "assignment",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Opdracht"),
            lambda r, _l: r.assignment,
            width=34,
        ),
        Column(
            "organisation",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Organisatie"),
            lambda r, _l: r.organisation,
            width=24,
        ),
        date_column(
            "start", QT_TRANSLATE_NOOP("PlacementsScreen", "Van"), lambda r: r.start_date, width=10
        ),
        date_column(
            "end",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Tot en met"),
            lambda r: r.end_date,
            width=10,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Status"),
            lambda r, lang: label(r.status, lang),
            sort=lambda r: _STATUS_ORDER[r.status],
            width=11,
        ),
        Column(
            "locked",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Vast"),
            lambda r, lang: ("vast" if lang == "nl" else "locked") if r.locked else "",
            sort=lambda r: not r.locked,
            value=lambda r: bool(r.locked),
            width=5,
            searchable=False,
        ),
        Column(
            "warnings",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Let op"),
            lambda r, _l: warnings(r.id),
            width=30,
            searchable=False,
        ),
    ]


def placement_filters(today: Callable[[], dt.date]) -> list[FilterSpec]:
    """The filters of the screen (also used by tests of the table model)."""
    return [
        FilterSpec(
            "cohort",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Alle lichtingen"),
            QT_TRANSLATE_NOOP("PlacementsScreen", "Filter op lichting"),
            lambda v, r: r.cohort_id == v,
            width=18,
        ),
        FilterSpec(
            "rotation",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Alle rotaties"),
            QT_TRANSLATE_NOOP("PlacementsScreen", "Filter op rotatie"),
            lambda v, r: r.rotation == v,
            width=11,
        ),
        FilterSpec(
            "status",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Alle statussen"),
            QT_TRANSLATE_NOOP("PlacementsScreen", "Filter op status"),
            lambda v, r: r.status is v,
            width=12,
        ),
        FilterSpec(
            "when",
            QT_TRANSLATE_NOOP("PlacementsScreen", "Altijd"),
            QT_TRANSLATE_NOOP("PlacementsScreen", "Filter op periode"),
            lambda v, r: when_matches(v, r, today()),
            width=12,
        ),
    ]


def _layout_of(widget: QWidget) -> QLayout:
    layout = widget.layout()
    assert layout is not None
    return layout


class PlacementsScreen(ListScreen):
    key = "plaatsingen"
    kind = "placement"
    watched = frozenset({"placement", "trainee", "assignment", "organisation", "cohort"})
    editable = True
    CONTEXT = C

    def title(self) -> str:
        return screen_title(self.key)

    def columns(self) -> list[Column[Any]]:
        return placement_columns(self._warnings_of)

    def _warnings_of(self, placement_id: int) -> str:
        """The soft warnings a placement got when it was last saved here."""
        found: dict[int, tuple[str, ...]] = getattr(self, "recent_warnings", {})
        return " · ".join(found.get(placement_id, ()))

    def filters(self) -> list[FilterSpec]:
        return placement_filters(self.today)

    def load_rows(self, session: Session) -> list[Any]:
        return queries.placement_rows(session)

    def filter_options(self, session: Session) -> FilterOptions:
        lang = self.ctx.lang
        programmes = {p.id: p.name for p in queries.programme_options(session)}
        return {
            "cohort": [
                (f"{c.name} ({programmes.get(c.parent_id or -1, '')})", c.id)
                for c in queries.cohort_options(session)
            ],
            "rotation": [
                (self.tr("Rotatie {n}").format(n=n), n) for n in queries.rotation_numbers(session)
            ],
            "status": [(label(s, lang), s) for s in PlacementStatus],
            "when": [
                (self.tr("Nu lopend"), NOW),
                (self.tr("Nog te beginnen"), COMING),
                (self.tr("Afgelopen"), PAST),
            ],
        }

    def search_placeholder(self) -> str:
        return self.tr("Zoek op trainee, opdracht… (Ctrl+F)")

    def new_button_text(self) -> str:
        return self.tr("Nieuwe plaatsing")

    def empty_text(self) -> str:
        return self.tr(
            "Er zijn nog geen plaatsingen. Kies 'Nieuwe plaatsing' of 'Cohort plannen…'."
        )

    def sheet_name(self) -> str:
        return self.tr("Plaatsingen")

    def file_stem(self) -> str:
        return self.tr("plaatsingen")

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.recent_warnings: dict[int, tuple[str, ...]] = {}
        super()._build()
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.suggest_button = QPushButton(self)
        self.suggest_button.clicked.connect(self.suggest_for_current)
        self.status_button = QPushButton(self)
        self.status_menu = QMenu(self)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)
        self.status_button.setMenu(self.status_menu)
        self.lock_button = QPushButton(self)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.plan_button = QPushButton(self)
        self.plan_button.clicked.connect(self.plan_cohort)
        for button in (self.edit_button, self.suggest_button, self.status_button, self.lock_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.attention_button = QPushButton(self)
        self.attention_button.setCheckable(True)
        self.attention_button.setChecked(True)
        self.attention_button.toggled.connect(self._show_attention)
        bar.addWidget(self.attention_button)
        bar.addWidget(self.plan_button)
        outer.insertLayout(2, bar)

        self.notice = QWidget(self)
        self.notice.setObjectName("placementNotice")
        self.notice.setStyleSheet(
            "QWidget#placementNotice { background: #fffaeb; border: 1px solid #fedf89;"
            " border-radius: 6px; }"
        )
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(10, 6, 6, 6)
        self.notice_label = QLabel(self.notice)
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.RichText)
        self.notice_label.setStyleSheet("color: #7a2e0e; border: none;")
        notice_row.addWidget(self.notice_label, 1)
        self.notice_close = QToolButton(self.notice)
        self.notice_close.setText("×")
        self.notice_close.setAutoRaise(True)
        self.notice_close.clicked.connect(self.notice.hide)
        notice_row.addWidget(self.notice_close, 0, Qt.AlignmentFlag.AlignTop)
        self.notice.hide()
        outer.insertWidget(3, self.notice)
        # An undo, a redo or another change makes the warnings shown here out of date.
        self.ctx.undo_stack.indexChanged.connect(self._forget_warnings)

        index = outer.indexOf(self.table)
        outer.removeWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("placementTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, "")
        # The timeline, the capacity and the attention list are made when the screen is
        # first shown (see _ensure_planning): they bring numpy and the rules along.
        self._pages: list[QWidget] = []
        for _ in range(2):
            page = QWidget(self.tabs)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages.append(page)
            self.tabs.addTab(page, "")
        self._side = QWidget(self.splitter)
        QVBoxLayout(self._side).setContentsMargins(0, 0, 0, 0)
        self.tabs.currentChanged.connect(self._on_tab)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self._side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, self.fontMetrics().averageCharWidth() * 38])
        self.splitter.setChildrenCollapsible(False)
        outer.insertWidget(index, self.splitter, 1)
        self._timeline_panel: Any = None
        self._capacity_view: Any = None
        self._attention_panel: Any = None

        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.lock_action.triggered.connect(self.toggle_lock)
        self.suggest_action = QAction(self)
        self.suggest_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.suggest_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.suggest_action.triggered.connect(self.suggest_for_current)
        self.plan_action = QAction(self)
        self.plan_action.triggered.connect(self.plan_cohort)
        for action in (self.lock_action, self.suggest_action):
            self.addAction(action)

        chain = [
            self.clear_filters_button, self.edit_button, self.suggest_button, self.status_button,
            self.lock_button, self.attention_button, self.plan_button, self.tabs,
        ]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _ensure_planning(self) -> None:
        if self._attention_panel is not None:
            return
        from coordinator_app.views.planning import AttentionPanel, CapacityView, TimelinePanel

        timeline = TimelinePanel(self.ctx, self._pages[0])
        timeline.placement_activated.connect(self.edit_record)
        timeline.context_menu_requested.connect(self._timeline_menu)
        timeline.timeline.current_changed.connect(lambda _id: self._on_timeline_current())
        timeline.timeline.addAction(self.edit_action)
        _layout_of(self._pages[0]).addWidget(timeline)
        capacity = CapacityView(self.ctx, self._pages[1])
        capacity.assignment_activated.connect(self._suggest_for_assignment)
        _layout_of(self._pages[1]).addWidget(capacity)
        attention = AttentionPanel(self.ctx, self._side)
        attention.record_requested.connect(self.open_linked)
        attention.suggestions_requested.connect(self._suggest_for)
        attention.placement_requested.connect(self._place_for)
        _layout_of(self._side).addWidget(attention)
        self._timeline_panel, self._capacity_view = timeline, capacity
        self._attention_panel = attention
        QWidget.setTabOrder(self.tabs, attention.kind_combo)
        cohort = self.filter_value("cohort")
        if cohort is not None:
            timeline.set_cohort(cohort)

    @property
    def timeline_panel(self) -> Any:
        self._ensure_planning()
        return self._timeline_panel

    @property
    def capacity_view(self) -> Any:
        self._ensure_planning()
        return self._capacity_view

    @property
    def attention_panel(self) -> Any:
        self._ensure_planning()
        return self._attention_panel

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_planning()
        super().showEvent(event)

    def _show_attention(self, shown: bool) -> None:
        """The attention list beside the tabs, or all the width for the list and timeline."""
        self._side.setVisible(shown)

    def _on_timeline_current(self) -> None:
        self._update_action_texts()
        self.selection_changed.emit()

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "tabs"):
            return
        self.edit_button.setText(self.tr("Bewerken…"))
        self.edit_button.setAccessibleName(self.tr("Plaatsing bewerken"))
        self.edit_button.setToolTip(self.tr("Periode, status, notitie en evaluaties (F2)"))
        self.suggest_button.setText(self.tr("Suggesties…"))
        self.suggest_button.setAccessibleName(self.tr("Opdrachten voorstellen voor de trainee"))
        self.suggest_button.setToolTip(
            self.tr("Opdrachten voor de trainee van de gekozen plaatsing, best passend eerst")
            + " (Ctrl+Shift+S)"
        )
        self.status_button.setText(self.tr("Status"))
        self.status_button.setAccessibleName(self.tr("Status van de plaatsing wijzigen"))
        self.lock_button.setAccessibleName(self.tr("Vastzetten of losmaken in de planning"))
        self.lock_button.setToolTip(
            self.tr("Een vastgezette plaatsing laat de cohortplanner staan (Ctrl+L)")
        )
        self.attention_button.setText(self.tr("Aandacht"))
        self.attention_button.setAccessibleName(self.tr("Aandachtslijst tonen"))
        self.attention_button.setToolTip(
            self.tr("De aandachtslijst naast de plaatsingen tonen of verbergen")
        )
        self.plan_button.setText(self.tr("Cohort plannen…"))
        self.plan_button.setAccessibleName(self.tr("Cohort plannen"))
        self.plan_button.setToolTip(
            self.tr("Een voorstel voor een hele lichting maken en bekijken")
        )
        self.plan_action.setText(self.tr("Cohort plannen…"))
        self.suggest_action.setText(self.tr("Suggesties voor de trainee…"))
        self.tabs.setTabText(LIST_TAB, self.tr("Lijst"))
        self.tabs.setTabText(TIMELINE_TAB, self.tr("Tijdlijn"))
        self.tabs.setTabText(CAPACITY_TAB, self.tr("Capaciteit"))
        self.tabs.setAccessibleName(self.tr("Weergave van de plaatsingen"))
        self.notice_close.setAccessibleName(self.tr("Melding sluiten"))
        self.notice_close.setToolTip(self.tr("Melding sluiten"))
        self._update_action_texts()

    def _update_action_texts(self) -> None:
        rows = self._selected_placements()
        lock = not rows or any(not r.locked for r in rows)
        text = self.tr("Vastzetten") if lock else self.tr("Losmaken")
        self.lock_action.setText(text)
        self.lock_button.setText(text)
        one = len(rows) == 1
        self.lock_button.setEnabled(bool(rows))
        self.lock_action.setEnabled(bool(rows))
        self.status_button.setEnabled(one)
        self.edit_button.setEnabled(one)
        self.suggest_button.setEnabled(one)
        self.suggest_action.setEnabled(one)

    # --- which placements are chosen: in the list, or on the timeline ---------------------------

    def showing_timeline(self) -> bool:
        return hasattr(self, "tabs") and self.tabs.currentIndex() == TIMELINE_TAB

    def selected_ids(self) -> list[int]:
        if self.showing_timeline():
            current = self.timeline_panel.timeline.current_placement_id()
            return [current] if current is not None else []
        return super().selected_ids()

    def _current_id(self) -> int | None:
        if self.showing_timeline():
            current: int | None = self.timeline_panel.timeline.current_placement_id()
            return current
        return super()._current_id()

    def _selected_placements(self) -> list[PlacementRow]:
        wanted = set(self.selected_ids())
        if not wanted:
            return []
        return [r for r in self.model.all_rows() if r.id in wanted]

    def _on_selection_changed(self, *args: object) -> None:
        super()._on_selection_changed(*args)
        if hasattr(self, "tabs"):
            self._update_action_texts()

    def _on_tab(self, index: int) -> None:
        if index == TIMELINE_TAB:
            cohort = self.filter_value("cohort")
            if cohort is None:
                rows = self._selected_placements()
                cohort = rows[0].cohort_id if rows else None
            self.timeline_panel.set_cohort(cohort)
            current = super()._current_id()
            if current is not None:
                self.timeline_panel.timeline.select_placement(current)
        elif index == LIST_TAB:
            current = self.timeline_panel.timeline.current_placement_id()
            if current is not None and self._loaded:
                self.select_ids([current])
        self._update_action_texts()
        self.selection_changed.emit()

    def _on_filter_changed(self, name: str) -> None:
        super()._on_filter_changed(name)
        if name == "cohort" and getattr(self, "_timeline_panel", None) is not None:
            self._timeline_panel.set_cohort(self.filter_value("cohort"))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    # --- opening and editing ------------------------------------------------------------------

    def open_record(self, record_id: int) -> None:
        from coordinator_app.views.screens.details import show_placement

        self.keep_dialog(show_placement(self.ctx, self, record_id))

    def edit_record(self, record_id: int) -> None:
        from coordinator_app.views.planning import open_placement_form

        form = open_placement_form(self.ctx, self, record_id)
        if form is None:
            self.refresh()
            return
        form.saved.connect(lambda pid, f=form: self._saved(pid, f.warnings))
        self.keep_dialog(form)

    def create_record(self) -> None:
        from coordinator_app.views.planning import open_placement_form

        form = open_placement_form(self.ctx, self)
        if form is not None:
            form.saved.connect(lambda pid, f=form: self._saved(pid, f.warnings))
            self.keep_dialog(form)

    def open_linked(self, kind: str, record_id: int) -> None:
        """Open a record an attention item is about: a placement here, others read-only."""
        from coordinator_app.views.screens import details

        if kind == "placement":
            self.edit_record(record_id)
        elif kind == "trainee":
            shown = details.show_trainee(self.ctx, self, record_id, self._edit_trainee)
            if shown is not None:
                self.keep_dialog(shown)
        elif kind == "assignment":
            shown = details.show_assignment(self.ctx, self, record_id, self._edit_assignment)
            if shown is not None:
                self.keep_dialog(shown)

    def _edit_trainee(self, trainee_id: int) -> None:
        from coordinator_app.views.forms import open_trainee_form

        self.keep_dialog(open_trainee_form(self.ctx, self, trainee_id))

    def _edit_assignment(self, assignment_id: int) -> None:
        from coordinator_app.views.forms import open_assignment_form

        self.keep_dialog(open_assignment_form(self.ctx, self, assignment_id))

    def _saved(self, placement_id: int, warnings: tuple[SoftWarning, ...]) -> None:
        self.show_outcome([placement_id], warnings)
        self.refresh()
        if not self.showing_timeline():
            self.select_ids([placement_id])
        else:
            self.timeline_panel.reload()
            self.timeline_panel.timeline.select_placement(placement_id)

    def _forget_warnings(self, _index: int = 0) -> None:
        if self.recent_warnings or self.notice.isVisible():
            self.recent_warnings.clear()
            self.notice.hide()
            self.model.layoutChanged.emit()

    def show_outcome(self, placement_ids: list[int], warnings: tuple[SoftWarning, ...]) -> None:
        """Show the soft warnings next to the records just saved (and above the list)."""
        lang = self.ctx.lang
        for pid in placement_ids:
            mine = tuple(
                w.message(lang)
                for w in warnings
                if any(r.kind == "placement" and r.id == pid for r in w.records)
            )
            if mine:
                self.recent_warnings[pid] = mine
            else:
                self.recent_warnings.pop(pid, None)
        if warnings:
            items = "".join(f"<li>{html.escape(w.message(lang))}</li>" for w in warnings)
            caption = self.tr("Opgeslagen, met een waarschuwing:")
            self.notice_label.setText(
                f"<b>{html.escape(caption)}</b><ul style='margin: 2px 0 0 -20px'>{items}</ul>"
            )
            self.notice.show()
        else:
            self.notice.hide()
            self.status_message.emit(self.tr("Plaatsing opgeslagen."))
        self.model.layoutChanged.emit()

    # --- quick changes ----------------------------------------------------------------------------

    def _run(self, command: Any, title: str) -> bool:
        from coordinator_app.views.planning.common import EXPECTED_ERRORS, refusal_text

        try:
            command.push()
        except EXPECTED_ERRORS as exc:
            self.ctx.dialogs.error(self, title, refusal_text(exc, self.ctx.lang))
            self.refresh()
            return False
        self.refresh()  # at once, so the buttons and the row say what was just done
        return True

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        rows = self._selected_placements()
        if len(rows) != 1:
            action = self.status_menu.addAction(self.tr("Kies één plaatsing"))
            action.setEnabled(False)
            return
        row = rows[0]
        for status in PlacementStatus:
            action = self.status_menu.addAction(label(status, self.ctx.lang))
            action.setCheckable(True)
            action.setChecked(status is row.status)
            action.setEnabled(
                status is not row.status
                and placement_service.status_change_allowed(row.status, status)
            )
            action.triggered.connect(lambda _c=False, s=status: self.change_status(s))

    def change_status(self, status: PlacementStatus, placement_id: int | None = None) -> bool:
        from coordinator_app.views.planning.commands import status_command

        pid = placement_id if placement_id is not None else self._current_id()
        row = next((r for r in self.model.all_rows() if r.id == pid), None)
        if pid is None or row is None:
            return False
        command = status_command(
            self.ctx,
            pid,
            status,
            self.tr("Status van plaatsing {trainee}: {status}").format(
                trainee=row.trainee, status=label(status, self.ctx.lang)
            ),
        )
        if not self._run(command, self.tr("Status niet gewijzigd")):
            return False
        self.show_outcome([pid], command.result.warnings)
        return True

    def toggle_lock(self) -> bool:
        from coordinator_app.views.planning.commands import lock_command

        rows = self._selected_placements()
        if not rows:
            return False
        lock = any(not r.locked for r in rows)
        if len(rows) == 1:
            text = (
                self.tr("Plaatsing van {trainee} vastzetten")
                if lock
                else self.tr("Plaatsing van {trainee} losmaken")
            ).format(trainee=rows[0].trainee)
        else:
            text = (
                self.tr("{n} plaatsingen vastzetten")
                if lock
                else self.tr("{n} plaatsingen losmaken")
            ).format(n=len(rows))
        command = lock_command(self.ctx, [r.id for r in rows], lock, text)
        if not self._run(command, self.tr("Niet gewijzigd")):
            return False
        self.status_message.emit(text)
        return True

    def delete_selected(self) -> None:
        from coordinator_app.views.planning.commands import delete_command

        rows = self._selected_placements()
        if not rows:
            return
        if len(rows) == 1:
            r = rows[0]
            title = self.tr("Plaatsing verwijderen")
            question = self.tr(
                "Wilt u de plaatsing van {trainee} bij '{title}' (rotatie {n}) verwijderen? "
                "De evaluaties van deze plaatsing gaan mee. Ctrl+Z zet alles terug."
            ).format(trainee=r.trainee, title=r.assignment, n=r.rotation)
            text = self.tr("Plaatsing van {trainee} verwijderen").format(trainee=r.trainee)
        else:
            title = self.tr("Plaatsingen verwijderen")
            question = self.tr(
                "Wilt u {n} plaatsingen verwijderen? Hun evaluaties gaan mee. Ctrl+Z zet alles "
                "terug."
            ).format(n=len(rows))
            text = self.tr("{n} plaatsingen verwijderen").format(n=len(rows))
        if not self.ctx.dialogs.confirm(self, title, question, destructive=True):
            return
        if self._run(delete_command(self.ctx, [r.id for r in rows], text), title):
            self.status_message.emit(text)

    # --- suggestions and the planner --------------------------------------------------------------

    def suggest_for_current(self) -> None:
        rows = self._selected_placements()
        if len(rows) == 1:
            self._suggest_for("trainee", rows[0].trainee_id)

    def _suggest_for_assignment(self, assignment_id: int) -> None:
        self._suggest_for("assignment", assignment_id)

    def _suggest_for(self, kind: str, record_id: int) -> None:
        from coordinator_app.views.planning import open_suggestions

        dialog = (
            open_suggestions(self.ctx, self, trainee_id=record_id)
            if kind == "trainee"
            else open_suggestions(self.ctx, self, assignment_id=record_id)
        )
        if dialog is not None:
            self.keep_dialog(dialog)

    def _place_for(self, kind: str, record_id: int) -> None:
        from coordinator_app.views.planning import open_placement_form

        form = (
            open_placement_form(self.ctx, self, trainee_id=record_id)
            if kind == "trainee"
            else open_placement_form(self.ctx, self, assignment_id=record_id)
        )
        if form is not None:
            form.saved.connect(lambda pid, f=form: self._saved(pid, f.warnings))
            self.keep_dialog(form)

    def plan_cohort(self) -> None:
        from coordinator_app.views.planning import open_planner

        cohort = self.filter_value("cohort")
        if cohort is None and self.showing_timeline():
            cohort = self.timeline_panel.cohort_id()
        self.keep_dialog(open_planner(self.ctx, self, cohort))

    # --- menus ----------------------------------------------------------------------------------

    def build_context_menu(self) -> QMenu:
        menu = super().build_context_menu()
        self._update_action_texts()
        one = len(self.selected_ids()) == 1
        self.edit_action.setEnabled(one)
        menu.addSeparator()
        status = menu.addMenu(self.tr("Status"))
        status.setEnabled(one)
        rows = self._selected_placements()
        if one and rows:
            row = rows[0]
            for value in PlacementStatus:
                action = status.addAction(label(value, self.ctx.lang))
                action.setCheckable(True)
                action.setChecked(value is row.status)
                action.setEnabled(
                    value is not row.status
                    and placement_service.status_change_allowed(row.status, value)
                )
                action.triggered.connect(lambda _c=False, s=value: self.change_status(s))
        menu.addAction(self.lock_action)
        menu.addAction(self.suggest_action)
        menu.addSeparator()
        menu.addAction(self.plan_action)
        for action in menu.actions():
            if action.text():
                action.setShortcutVisibleInContextMenu(True)
        return menu

    def _timeline_menu(self, placement_id: int, position: QPoint) -> None:
        menu = self.build_context_menu()
        if not placement_id:
            for action in menu.actions():
                if action not in (self.plan_action, self.export_action):
                    action.setEnabled(False)
        menu.exec(position)
        menu.deleteLater()

    def refresh(self) -> None:
        self._ensure_planning()
        super().refresh()
        self._update_action_texts()
