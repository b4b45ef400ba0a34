"""The cohort planner dialog: propose a plan, review it as a diff, accept all or part of it.

The planner (services.planner.plan_cohort) runs in the background with a progress
dialog and a cancel button; nothing is written until the coordinator accepts. The
proposal is shown per trainee against the current plan: what is added, replaced,
removed, kept as it is, or fixed (locked, running, completed or outside the planned
rotations), each with its match score before and after, the plan's total score, and
whether the solver proved it optimal. The trainees it could not place are listed with
the reason. Accepting writes the checked changes (or all) as one undoable command.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import Cohort
from coordinator_app.services.dutch import period
from coordinator_app.services.matching import travel_horizon_km
from coordinator_app.services.placements import RotationWindow, cohort_windows
from coordinator_app.services.planner import (
    DEFAULT_TIME_LIMIT_S,
    ChangeKind,
    PlanChange,
    PlanEntry,
    Proposal,
    next_rotation,
    plan_cohort,
)
from coordinator_app.services.progress import Cancelled, Progress
from coordinator_app.services.rules import HardRuleViolation
from coordinator_app.settings import MatchWeights
from coordinator_app.views.forms.frame import Banner
from coordinator_app.views.planning.commands import ApplyProposalCommand
from coordinator_app.views.planning.common import (
    EXPECTED_ERRORS,
    cohort_choices,
    default_cohort,
    number,
    refusal_html,
    refusal_text,
)
from coordinator_app.views.planning.weights import WeightsEditor
from coordinator_app.views.view_context import ViewContext

KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 30
TRAINEE_ROLE = int(Qt.ItemDataRole.UserRole) + 31
NEXT, ONE, ALL = "next", "one", "all"
_KIND_COLOURS = {
    ChangeKind.ADDED: "#1d7a3e",
    ChangeKind.REPLACED: "#1f5f8b",
    ChangeKind.REMOVED: "#b42318",
    ChangeKind.KEPT: "#6b7280",
    ChangeKind.FIXED: "#6b7280",
}


def _change_order(change: PlanChange) -> tuple[int, bool]:
    entry = change.after or change.before
    return (entry.rotation if entry is not None else 0, change.kind is not ChangeKind.REMOVED)


class PlannerDialog(QDialog):
    """Choose a cohort and rotations, run the planner, review and accept its proposal."""

    applied = Signal(object)  # the ApplyProposalCommand that was pushed

    def __init__(
        self, ctx: ViewContext, parent: QWidget | None = None, cohort_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plannerDialog")
        self.proposal: Proposal | None = None
        self.last_command: ApplyProposalCommand | None = None
        self.time_limit = DEFAULT_TIME_LIMIT_S
        self.weights: MatchWeights = ctx.app.settings.match_weights
        self._windows: list[RotationWindow] = []
        self._next: int | None = None
        self._filling = False
        with ctx.app.read_session() as session:
            self.cohorts = cohort_choices(session)
        self._build()
        chosen = cohort_id if cohort_id is not None else default_cohort(self.cohorts, ctx.app.today)
        self.cohort_combo.setCurrentIndex(max(0, self.cohort_combo.findData(chosen)))
        self._on_cohort()
        self._show_proposal()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.resize(1180, 800)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 12)
        outer.setSpacing(8)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #4b5563;")
        outer.addWidget(self.intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.cohort_label = QLabel(self)
        self.cohort_combo = QComboBox(self)
        for c in self.cohorts:
            self.cohort_combo.addItem(f"{c.name} ({c.programme})", c.id)
        self.cohort_combo.currentIndexChanged.connect(lambda _i: self._on_cohort())
        self.cohort_label.setBuddy(self.cohort_combo)
        form.addRow(self.cohort_label, self.cohort_combo)
        scope = QHBoxLayout()
        self.next_radio = QRadioButton(self)
        self.one_radio = QRadioButton(self)
        self.rotation_spin = QSpinBox(self)
        self.rotation_spin.setRange(1, 12)
        self.all_radio = QRadioButton(self)
        self.scope_group = QButtonGroup(self)
        for radio in (self.next_radio, self.one_radio, self.all_radio):
            self.scope_group.addButton(radio)
        self.rotation_spin.valueChanged.connect(lambda _v: self.one_radio.setChecked(True))
        scope.addWidget(self.next_radio)
        scope.addSpacing(12)
        scope.addWidget(self.one_radio)
        scope.addWidget(self.rotation_spin)
        scope.addSpacing(12)
        scope.addWidget(self.all_radio)
        scope.addStretch(1)
        self.scope_label = QLabel(self)
        self.scope_label.setBuddy(self.next_radio)
        form.addRow(self.scope_label, scope)
        run_row = QHBoxLayout()
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        run_row.addWidget(self.run_button)
        self.window_note = QLabel(self)
        self.window_note.setStyleSheet("color: #4b5563;")
        run_row.addWidget(self.window_note, 1)
        form.addRow("", run_row)
        outer.addLayout(form)
        self.weights_editor = WeightsEditor(self.ctx, self)
        self.weights_editor.changed.connect(self._on_weights)
        outer.addWidget(self.weights_editor)

        self.banner = Banner("error", self)
        outer.addWidget(self.banner)
        self.summary = QLabel(self)
        self.summary.setObjectName("proposalSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet(
            "QLabel#proposalSummary { background: #f3f6fa; border: 1px solid #d5dde8;"
            " border-radius: 6px; padding: 8px 10px; }"
        )
        outer.addWidget(self.summary)

        self.tabs = QTabWidget(self)
        changes_page = QWidget(self.tabs)
        changes_layout = QVBoxLayout(changes_page)
        changes_layout.setContentsMargins(0, 6, 0, 0)
        filter_row = QHBoxLayout()
        self.only_changes = QCheckBox(changes_page)
        self.only_changes.setChecked(True)
        self.only_changes.toggled.connect(lambda _b: self._fill_changes())
        filter_row.addWidget(self.only_changes)
        self.expand_button = QPushButton(changes_page)
        self.expand_button.setAutoDefault(False)

        self.collapse_button = QPushButton(changes_page)
        self.collapse_button.setAutoDefault(False)

        filter_row.addStretch(1)
        filter_row.addWidget(self.expand_button)
        filter_row.addWidget(self.collapse_button)
        changes_layout.addLayout(filter_row)
        self.tree = QTreeWidget(changes_page)
        self.tree.setObjectName("proposalTree")
        self.tree.setColumnCount(5)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.setAlternatingRowColors(True)
        self.tree.itemChanged.connect(self._on_item_changed)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().averageCharWidth()
        for column, width in enumerate((30, 16, 40, 40, 24)):
            self.tree.setColumnWidth(column, char * width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        changes_layout.addWidget(self.tree, 1)
        self.expand_button.clicked.connect(self.tree.expandAll)
        self.collapse_button.clicked.connect(self.tree.collapseAll)
        self.tabs.addTab(changes_page, "")

        # A list, not a table: each reason is a sentence and is shown whole.
        self.unplaced_list = QListWidget(self.tabs)
        self.unplaced_list.setObjectName("unplacedList")
        self.unplaced_list.setWordWrap(True)
        self.unplaced_list.setAlternatingRowColors(True)
        self.unplaced_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.unplaced_list.setStyleSheet("QListView::item { padding: 4px 2px; }")
        self.unplaced_list.itemActivated.connect(self._open_unplaced)
        self.tabs.addTab(self.unplaced_list, "")
        outer.addWidget(self.tabs, 1)

        self.done_label = Banner("done", self)
        outer.addWidget(self.done_label)

        buttons = QHBoxLayout()
        self.selection_label = QLabel(self)
        self.selection_label.setStyleSheet("color: #4b5563;")
        buttons.addWidget(self.selection_label, 1)
        self.accept_checked_button = QPushButton(self)
        self.accept_checked_button.setAutoDefault(False)
        self.accept_checked_button.clicked.connect(self.accept_checked)
        self.accept_all_button = QPushButton(self)
        self.accept_all_button.setAutoDefault(False)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.accept_checked_button)
        buttons.addWidget(self.accept_all_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cohort plannen"))
        self.heading.setText(self.tr("Cohort plannen"))
        self.intro.setText(
            self.tr(
                "De planner zoekt de plaatsingen met de hoogste totale matchscore die alle "
                "vaste regels respecteren, en plaatst zoveel mogelijk trainees. Vastgezette, "
                "lopende en afgeronde plaatsingen blijven staan. Er wordt niets opgeslagen "
                "voordat u het voorstel accepteert."
            )
        )
        self.cohort_label.setText(self.tr("&Lichting:"))
        self.cohort_combo.setAccessibleName(self.tr("Lichting"))
        self.scope_label.setText(self.tr("Rotaties:"))
        self.one_radio.setText(self.tr("Rotatie"))
        self.one_radio.setAccessibleName(self.tr("Eén rotatie plannen"))
        self.rotation_spin.setAccessibleName(self.tr("Welke rotatie"))
        self.all_radio.setText(self.tr("Alle rotaties"))
        self.all_radio.setAccessibleName(self.tr("Alle rotaties plannen"))
        self.run_button.setText(self.tr("&Voorstel maken"))
        self.run_button.setAccessibleName(self.tr("Voorstel maken"))
        self.only_changes.setText(self.tr("Alleen wijzigingen tonen"))
        self.only_changes.setAccessibleName(self.tr("Alleen wijzigingen tonen"))
        self.expand_button.setText(self.tr("Alles uitklappen"))
        self.expand_button.setAccessibleName(self.tr("Alle trainees uitklappen"))
        self.collapse_button.setText(self.tr("Alles inklappen"))
        self.collapse_button.setAccessibleName(self.tr("Alle trainees inklappen"))
        self.tree.setHeaderLabels(
            [
                self.tr("Trainee / rotatie"),
                self.tr("Wijziging"),
                self.tr("Nu"),
                self.tr("Voorstel"),
                self.tr("Score nu → voorstel"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Wijzigingen per trainee"))
        self.unplaced_list.setAccessibleName(self.tr("Niet geplaatste trainees en waarom"))
        self.unplaced_list.setToolTip(self.tr("Enter: suggesties voor deze trainee"))
        self.tabs.setAccessibleName(self.tr("Het voorstel"))
        self.accept_checked_button.setText(self.tr("&Aangevinkte accepteren"))
        self.accept_checked_button.setAccessibleName(self.tr("Aangevinkte wijzigingen accepteren"))
        self.accept_all_button.setText(self.tr("Alles a&ccepteren"))
        self.accept_all_button.setAccessibleName(self.tr("Alle wijzigingen accepteren"))
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setAccessibleName(self.tr("Sluiten"))
        self._update_scope_texts()
        self._update_tab_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- choosing ---------------------------------------------------------------------------------

    def cohort_id(self) -> int | None:
        value = self.cohort_combo.currentData()
        return int(value) if value is not None else None

    def _on_cohort(self) -> None:
        cohort_id = self.cohort_id()
        self._windows, self._next = [], None
        if cohort_id is not None:
            with self.ctx.app.read_session() as session:
                cohort = session.get(Cohort, cohort_id)
                if cohort is not None:
                    self._windows = cohort_windows(cohort)
                    self._next = next_rotation(session, cohort_id, self.ctx.app.today)
        self.rotation_spin.blockSignals(True)
        self.rotation_spin.setRange(1, max(1, len(self._windows)))
        self.rotation_spin.setValue(self._next or 1)
        self.rotation_spin.blockSignals(False)
        self.next_radio.setEnabled(self._next is not None)
        if self._next is not None:
            self.next_radio.setChecked(True)
        else:
            self.one_radio.setChecked(True)
        self._update_scope_texts()

    def _update_scope_texts(self) -> None:
        if self._next is not None:
            window = self._windows[self._next - 1]
            self.next_radio.setText(
                self.tr("Volgende rotatie (rotatie {n}, {period})").format(
                    n=self._next, period=period(window.start, window.end)
                )
            )
        else:
            self.next_radio.setText(self.tr("Volgende rotatie (geen: alles gevuld of voorbij)"))
        self.next_radio.setAccessibleName(self.tr("De volgende rotatie plannen"))
        self.window_note.setText(
            self.tr("{n} rotaties van {months} maanden").format(
                n=len(self._windows), months=self._months()
            )
            if self._windows
            else ""
        )

    def _months(self) -> int:
        if not self._windows:
            return 0
        first = self._windows[0]
        return round((first.end - first.start).days / 30.44)

    def planned_rotation(self) -> int | None:
        """The rotation to plan; None plans them all."""
        if self.all_radio.isChecked():
            return None
        if self.next_radio.isChecked() and self._next is not None:
            return self._next
        return self.rotation_spin.value()

    def set_scope(self, scope: str, rotation: int | None = None) -> None:
        """For tests and callers: NEXT, ONE (with ``rotation``) or ALL."""
        if scope == NEXT:
            self.next_radio.setChecked(True)
        elif scope == ALL:
            self.all_radio.setChecked(True)
        else:
            if rotation is not None:
                self.rotation_spin.setValue(rotation)
            self.one_radio.setChecked(True)

    def _on_weights(self, weights: MatchWeights) -> None:
        self.weights = weights

    # --- running ----------------------------------------------------------------------------------

    def run(self) -> None:
        cohort_id = self.cohort_id()
        if cohort_id is None:
            self.show_banner(self.tr("Geen lichting"), html.escape(self.tr("Kies een lichting.")))
            return
        rotation = self.planned_rotation()
        weights = self.weights
        horizon = travel_horizon_km(self.ctx.app.settings.max_travel_km)
        time_limit = self.time_limit
        app = self.ctx.app
        self.banner.hide()
        self.done_label.hide()

        def work(progress: Progress) -> Proposal:
            with app.read_session() as session:
                return plan_cohort(
                    session,
                    cohort_id,
                    weights,
                    rotation=rotation,
                    travel_horizon_km=horizon,
                    time_limit=time_limit,
                    progress=progress,
                )

        self.ctx.tasks.run(self, self.tr("Cohort plannen"), work, self._on_done, self._on_failed)

    def _on_done(self, proposal: Any) -> None:
        self.proposal = proposal
        self._show_proposal()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.show_banner(
                self.tr("Geannuleerd"), html.escape(self.tr("Er is geen voorstel gemaakt."))
            )
            return
        self.show_banner(self.tr("Plannen mislukt"), html.escape(refusal_text(exc, self.ctx.lang)))

    # --- showing the proposal ------------------------------------------------------------------

    def _kind_text(self, kind: ChangeKind) -> str:
        return {
            ChangeKind.ADDED: self.tr("nieuw"),
            ChangeKind.REPLACED: self.tr("vervangen"),
            ChangeKind.REMOVED: self.tr("vervalt"),
            ChangeKind.KEPT: self.tr("blijft"),
            ChangeKind.FIXED: self.tr("vast"),
        }[kind]

    def _entry_text(self, entry: PlanEntry | None) -> str:
        if entry is None:
            return "—"
        return f"{entry.assignment_title} — {entry.organisation_name}"

    def _score_text(self, change: PlanChange) -> str:
        lang = self.ctx.lang
        before = number(change.before.score, 1, lang) if change.before else "—"
        after = number(change.after.score, 1, lang) if change.after else "—"
        if change.kind in (ChangeKind.KEPT, ChangeKind.FIXED):
            return after
        return f"{before} → {after}"

    def _show_proposal(self) -> None:
        proposal = self.proposal
        has = proposal is not None
        self.tabs.setEnabled(has)
        self.only_changes.setEnabled(has)
        if proposal is None:
            self.summary.setText(
                html.escape(
                    self.tr(
                        "Kies een lichting en de rotaties en druk op 'Voorstel maken'. Het "
                        "voorstel verschijnt hier als lijst van wijzigingen per trainee."
                    )
                )
            )
            self.tree.clear()
            self.unplaced_list.clear()
            self._update_tab_texts()
            self._update_buttons()
            return
        lang = self.ctx.lang
        counts: dict[ChangeKind, int] = defaultdict(int)
        for change in proposal.changes:
            counts[change.kind] += 1
        if proposal.optimal:
            proven = self.tr("bewezen optimaal")
            proof = f"<span style='color:#1d7a3e'><b>{html.escape(proven)}</b></span>"
        else:
            unproven = self.tr("niet bewezen optimaal")
            proof = (
                f"<span style='color:#b45309'><b>{html.escape(unproven)}</b> "
                f"({html.escape(proposal.solve.status)})</span>"
            )
        rotations = ", ".join(str(r) for r in proposal.rotations)
        seconds = proposal.solve.model_seconds + proposal.solve.solve_seconds
        lines = [
            "<b>"
            + html.escape(
                self.tr("Voorstel voor {cohort}, rotatie {rotations}").format(
                    cohort=proposal.cohort_name, rotations=rotations
                )
            )
            + "</b>",
            html.escape(
                self.tr("{placed} van {slots} trainee-rotaties gevuld").format(
                    placed=proposal.placed, slots=proposal.slots
                )
            )
            + " · "
            + html.escape(self.tr("score {score} (nu {before})")).format(
                score=f"<b>{number(proposal.score, 2, lang)}</b>",
                before=number(proposal.score_before, 2, lang),
            )
            + f" · {proof} · "
            + html.escape(
                self.tr("berekend in {seconds} s").format(seconds=number(seconds, 1, lang))
            ),
            html.escape(
                self.tr(
                    "{added} nieuw, {replaced} vervangen, {removed} vervallen, {kept} "
                    "ongewijzigd, {fixed} vast"
                ).format(
                    added=counts[ChangeKind.ADDED],
                    replaced=counts[ChangeKind.REPLACED],
                    removed=counts[ChangeKind.REMOVED],
                    kept=counts[ChangeKind.KEPT],
                    fixed=counts[ChangeKind.FIXED],
                )
            ),
        ]
        self.summary.setText("<br>".join(lines))
        self._fill_changes()
        self._fill_unplaced()
        self._update_tab_texts()
        self._update_buttons()

    def _fill_changes(self) -> None:
        proposal = self.proposal
        checked = set(self.checked_keys()) if self.tree.topLevelItemCount() else None
        self._filling = True
        self.tree.clear()
        if proposal is None:
            self._filling = False
            return
        only = self.only_changes.isChecked()
        by_trainee: dict[int, list[PlanChange]] = defaultdict(list)
        names: dict[int, str] = {}
        for change in proposal.changes:
            entry = change.after or change.before
            assert entry is not None
            by_trainee[entry.trainee_id].append(change)
            names[entry.trainee_id] = entry.trainee_name
        items = []
        for trainee_id, changes in by_trainee.items():
            actionable = [c for c in changes if c.actionable]
            if only and not actionable:
                continue
            parent = QTreeWidgetItem([names[trainee_id]])
            parent.setData(0, TRAINEE_ROLE, trainee_id)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            if actionable:
                parent.setText(
                    1,
                    self.tr("1 wijziging")
                    if len(actionable) == 1
                    else self.tr("{n} wijzigingen").format(n=len(actionable)),
                )
                parent.setFlags(
                    parent.flags()
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsAutoTristate
                )
            for change in sorted(changes, key=_change_order):
                if only and not change.actionable:
                    continue
                entry = change.after or change.before
                assert entry is not None
                child = QTreeWidgetItem(
                    [
                        self.tr("Rotatie {n}").format(n=entry.rotation),
                        self._kind_text(change.kind),
                        self._entry_text(change.before),
                        self._entry_text(change.after),
                        self._score_text(change),
                    ]
                )
                child.setData(0, KEY_ROLE, change.key)
                child.setData(0, TRAINEE_ROLE, trainee_id)
                child.setForeground(1, QBrush(QColor(_KIND_COLOURS[change.kind])))
                when = period(entry.start, entry.end)
                for column in (2, 3):
                    child.setToolTip(column, f"{child.text(column)}\n{when}")
                if change.actionable:
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    state = checked is None or change.key in checked
                    child.setCheckState(
                        0, Qt.CheckState.Checked if state else Qt.CheckState.Unchecked
                    )
                else:
                    for column in range(5):
                        child.setForeground(column, QBrush(QColor("#6b7280")))
                parent.addChild(child)
            items.append(parent)
        self.tree.addTopLevelItems(items)
        for parent in items:
            parent.setExpanded(True)
        self._filling = False
        self._update_buttons()

    def _fill_unplaced(self) -> None:
        self.unplaced_list.clear()
        if self.proposal is None:
            return
        for u in sorted(self.proposal.unplaced, key=lambda u: (u.trainee_name, u.rotation)):
            when = self.tr("rotatie {n} ({period})").format(
                n=u.rotation, period=period(u.window.start, u.window.end)
            )
            reason = u.reason[0].upper() + u.reason[1:] + "."
            item = QListWidgetItem(f"{u.trainee_name} · {when}\n{reason}")
            item.setData(TRAINEE_ROLE, u.trainee_id)
            item.setToolTip(u.sentence())
            self.unplaced_list.addItem(item)

    def _update_tab_texts(self) -> None:
        proposal = self.proposal
        changes = len(proposal.actionable()) if proposal else 0
        unplaced = len(proposal.unplaced) if proposal else 0
        self.tabs.setTabText(0, self.tr("Wijzigingen ({n})").format(n=changes))
        self.tabs.setTabText(1, self.tr("Niet geplaatst ({n})").format(n=unplaced))

    def _on_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == 0:
            self._update_buttons()

    def _update_buttons(self) -> None:
        proposal = self.proposal
        total = len(proposal.actionable()) if proposal else 0
        checked = len(self.checked_keys()) if proposal else 0
        self.accept_all_button.setEnabled(total > 0)
        self.accept_checked_button.setEnabled(checked > 0)
        self.selection_label.setText(
            self.tr("{checked} van {total} wijzigingen aangevinkt").format(
                checked=checked, total=total
            )
            if proposal
            else ""
        )

    # --- the checked rows -------------------------------------------------------------------------

    def change_items(self) -> list[QTreeWidgetItem]:
        found = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            if item.data(0, KEY_ROLE):
                found.append(item)
            iterator += 1
        return found

    def checked_keys(self) -> list[str]:
        """The keys of the actionable changes that are checked (hidden ones count as checked)."""
        if self.proposal is None:
            return []
        shown = {
            str(item.data(0, KEY_ROLE)): item.checkState(0) == Qt.CheckState.Checked
            for item in self.change_items()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
        }
        return [c.key for c in self.proposal.actionable() if shown.get(c.key, True)]

    def set_checked(self, keys: set[str]) -> None:
        """Check exactly the changes whose key is in ``keys``."""
        for item in self.change_items():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                key = str(item.data(0, KEY_ROLE))
                item.setCheckState(
                    0, Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked
                )
        self._update_buttons()

    # --- accepting ------------------------------------------------------------------------------

    def accept_all(self) -> bool:
        return self._apply(None)

    def accept_checked(self) -> bool:
        keys = self.checked_keys()
        if not keys:
            return False
        total = len(self.proposal.actionable()) if self.proposal else 0
        return self._apply(None if len(keys) == total else keys)

    def _apply(self, keys: list[str] | None) -> bool:
        proposal = self.proposal
        if proposal is None:
            return False
        count = len(proposal.actionable()) if keys is None else len(keys)
        command = ApplyProposalCommand(
            self.ctx,
            proposal,
            keys,
            (
                self.tr("Planvoorstel voor {cohort} (1 wijziging)")
                if count == 1
                else self.tr("Planvoorstel voor {cohort} ({n} wijzigingen)")
            ).format(cohort=proposal.cohort_name, n=count),
        )
        try:
            command.push()
        except HardRuleViolation as exc:
            self.show_banner(
                self.tr("Accepteren geweigerd: dit zou een vaste regel breken"),
                refusal_html(exc, self.ctx.lang)
                + "<br>"
                + html.escape(
                    self.tr(
                        "Vink ook de wijzigingen aan waar deze van afhangt, of maak een "
                        "nieuw voorstel."
                    )
                ),
            )
            return False
        except EXPECTED_ERRORS as exc:
            message = (
                exc.message
                if isinstance(exc, CoordinatorError)
                else refusal_text(exc, self.ctx.lang)
            )
            self.show_banner(self.tr("Niet geaccepteerd"), html.escape(message))
            return False
        self.last_command = command
        applied = command.applied
        assert applied is not None
        self.proposal = None
        self._show_proposal()
        self.done_label.setText(
            html.escape(
                self.tr(
                    "Opgeslagen: {created} nieuw (met status voorgesteld), {removed} weggehaald. "
                    "Ctrl+Z maakt dit in één keer ongedaan. Maak een nieuw voorstel om verder te "
                    "plannen."
                ).format(created=len(applied.created_ids), removed=len(applied.removed)),
                quote=False,
            )
        )
        self.done_label.show()
        self.applied.emit(command)
        return True

    def _open_unplaced(self, item: QListWidgetItem) -> None:
        trainee_id = item.data(TRAINEE_ROLE)
        if trainee_id is None:
            return
        from coordinator_app.views.planning import open_suggestions

        open_suggestions(self.ctx, self, trainee_id=int(trainee_id))

    def show_banner(self, title: str, body_html: str) -> None:
        self.banner.show_message(title, body_html)
