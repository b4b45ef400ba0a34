"""Suggestions: assignments ranked for a trainee, or trainees ranked for an assignment.

Every row shows its total and the points of each of the six parts (the parts add up to
the total, so the ranking can be checked by eye); the pane below explains the
selected pair in words: the levels, the competences in common, the shared themes, the
travel distance in km, the organisations and themes already done, and the trainee's
own preference. Pairs the hard rules block come last, greyed, with the reasons.
"Plaatsen" turns the selected pair into a placement in the trainee's next free
rotation (undoable); "Aanpassen…" opens the placement form filled in with it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import Assignment, Trainee
from coordinator_app.services.dutch import period
from coordinator_app.services.matching import (
    PARTS,
    Suggestion,
    suggest_assignments,
    suggest_trainees,
    travel_horizon_km,
)
from coordinator_app.services.placements import PlacementData
from coordinator_app.services.rules import HardRuleViolation
from coordinator_app.settings import MatchWeights
from coordinator_app.views.forms.frame import Banner
from coordinator_app.views.planning.commands import create_command
from coordinator_app.views.planning.common import (
    EXPECTED_ERRORS,
    MUTED_COLOUR,
    number,
    refusal_html,
    refusal_text,
)
from coordinator_app.views.planning.weights import WeightsEditor
from coordinator_app.views.screens.table_model import quick_fold
from coordinator_app.views.view_context import ViewContext

Index = QModelIndex | QPersistentModelIndex
SUGGESTION_ROLE = int(Qt.ItemDataRole.UserRole) + 20
RANK, NAME, WHERE, TOTAL = 0, 1, 2, 3
FIRST_PART = 4
NOTE = FIRST_PART + len(PARTS)


class SuggestionTableModel(QAbstractTableModel):
    """Ranked suggestions; ``for_trainee`` decides whether rows name assignments or trainees."""

    def __init__(self, for_trainee: bool, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.for_trainee = for_trainee
        self.lang = lang
        self.all: list[Suggestion] = []
        self.rows: list[Suggestion] = []
        self.ranks: dict[tuple[int, int], int] = {}
        self._search = ""
        self._blocked = True

    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.beginResetModel()
        self.all = suggestions
        self.ranks = {}
        for s in suggestions:
            if s.eligible:
                self.ranks[(s.trainee_id, s.assignment_id)] = len(self.ranks) + 1
        self._apply()
        self.endResetModel()

    def set_filter(self, search: str, show_blocked: bool) -> None:
        self.beginResetModel()
        self._search = quick_fold(search.strip())
        self._blocked = show_blocked
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        words = self._search.split()
        rows = []
        for s in self.all:
            if not self._blocked and not s.eligible:
                continue
            if words:
                text = quick_fold(f"{s.trainee_name} {s.assignment_title} {s.organisation_name}")
                if not all(w in text for w in words):
                    continue
            rows.append(s)
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else NOTE + 1

    def part_titles(self) -> dict[str, str]:
        return {
            "level": self.tr("Niveau"),
            "competences": self.tr("Competenties"),
            "themes": self.tr("Thema's"),
            "travel": self.tr("Reisafstand"),
            "variety": self.tr("Afwisseling"),
            "preference": self.tr("Voorkeur"),
        }

    def part_names(self) -> dict[str, str]:
        """The parts' full names, for the explanation of one pair."""
        return {
            "level": self.tr("Opleidingsniveau"),
            "competences": self.tr("Competenties"),
            "themes": self.tr("Thema-interesse"),
            "travel": self.tr("Reisafstand"),
            "variety": self.tr("Afwisseling"),
            "preference": self.tr("Eigen voorkeur"),
        }

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == RANK:
                return "#"
            if section == NAME:
                return self.tr("Opdracht") if self.for_trainee else self.tr("Trainee")
            if section == WHERE:
                return self.tr("Organisatie") if self.for_trainee else self.tr("Vrije rotatie")
            if section == TOTAL:
                return self.tr("Score")
            if section == NOTE:
                return self.tr("Waarom niet")
            return self.part_titles()[PARTS[section - FIRST_PART]]
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_PART <= section < NOTE:
            return self.tr("Punten voor dit onderdeel; samen vormen ze de score")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        column = index.column()
        if role == SUGGESTION_ROLE:
            return s
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if FIRST_PART <= column < NOTE:
                part = s.score.parts[column - FIRST_PART]
                return f"{part.label}: {part.explanation}"
            if column == NOTE and s.blockers:
                return "\n".join(s.blockers)
            if column in (NAME, WHERE):
                return self._text(s, column)
            return None
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and column in (RANK, TOTAL)
            or (role == Qt.ItemDataRole.TextAlignmentRole and FIRST_PART <= column < NOTE)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not s.eligible:
            return QBrush(QColor(MUTED_COLOUR))
        if role == Qt.ItemDataRole.BackgroundRole and FIRST_PART <= column < NOTE and s.eligible:
            fit = s.score.parts[column - FIRST_PART].fit
            return QBrush(QColor.fromHslF(0.38, 0.45, 1.0 - 0.16 * fit))
        if role == Qt.ItemDataRole.FontRole and column == TOTAL:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, s: Suggestion, column: int) -> str:
        if column == RANK:
            rank = self.ranks.get((s.trainee_id, s.assignment_id))
            return str(rank) if rank is not None else "–"
        if column == NAME:
            return s.assignment_title if self.for_trainee else s.trainee_name
        if column == WHERE:
            if self.for_trainee:
                return s.organisation_name
            if s.window is None:
                return self.tr("geen")
            return self.tr("rotatie {n} ({period})").format(
                n=s.window.rotation, period=period(s.window.start, s.window.end)
            )
        if column == TOTAL:
            return number(s.score.total, 1, self.lang)
        if column == NOTE:
            return " ".join(s.blockers)
        return number(s.score.parts[column - FIRST_PART].points, 1, self.lang)


class SuggestionsDialog(QDialog):
    """Ranked suggestions for one trainee or one assignment."""

    placed = Signal(int)  # the new placement's id

    def __init__(
        self,
        ctx: ViewContext,
        parent: QWidget | None = None,
        *,
        trainee_id: int | None = None,
        assignment_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        if (trainee_id is None) == (assignment_id is None):
            raise ValueError("suggestions need a trainee or an assignment")
        self.ctx = ctx
        self.trainee_id = trainee_id
        self.assignment_id = assignment_id
        self.for_trainee = trainee_id is not None
        self.setObjectName("suggestionsDialog")
        self.weights: MatchWeights = ctx.app.settings.match_weights
        self.last_command: Any = None
        with ctx.app.read_session() as session:
            if trainee_id is not None:
                trainee = session.get(Trainee, trainee_id)
                if trainee is None:
                    raise CoordinatorError(
                        self.tr("Deze trainee bestaat niet meer; misschien is hij net verwijderd.")
                    )
                self.subject = trainee.full_name
            else:
                assignment = session.get(Assignment, assignment_id)
                if assignment is None:
                    raise CoordinatorError(
                        self.tr("Deze opdracht bestaat niet meer; misschien is ze net verwijderd.")
                    )
                self.subject = f"{assignment.title} ({assignment.organisation.name})"
                places = (
                    self.tr("1 plaats")
                    if assignment.places == 1
                    else self.tr("{n} plaatsen").format(n=assignment.places)
                )
                self.assignment_facts = self.tr("Looptijd {period} · {places}").format(
                    period=period(assignment.start_date, assignment.end_date), places=places
                )
        self._build()
        self.recompute()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.resize(1180, 760)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 12)
        outer.setSpacing(8)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet("color: #4b5563;")
        self.subheading.setWordWrap(True)
        outer.addWidget(self.subheading)

        self.banner = Banner("error", self)
        outer.addWidget(self.banner)
        self.done_label = Banner("done", self)
        outer.addWidget(self.done_label)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._filter())
        self.show_blocked = QCheckBox(self)
        self.show_blocked.setChecked(True)
        self.show_blocked.toggled.connect(lambda _b: self._filter())
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #4b5563;")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_blocked)
        bar.addWidget(self.count_label)
        outer.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = SuggestionTableModel(self.for_trainee, self.ctx.lang, self)
        self.table = QTableView(splitter)
        self.table.setObjectName("suggestionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        widths = {RANK: 4, NAME: 34, WHERE: 26 if self.for_trainee else 34, TOTAL: 7}
        for column, width in widths.items():
            self.table.setColumnWidth(column, char * width + 12)
        header_metrics = header.fontMetrics()
        for i in range(len(PARTS)):
            title = str(self.model.headerData(FIRST_PART + i, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(
                FIRST_PART + i, max(char * 10, header_metrics.horizontalAdvance(title) + 18)
            )
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.table.activated.connect(lambda _i: self.place_selected())
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        self.detail = QLabel(scroll)
        self.detail.setObjectName("suggestionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setContentsMargins(8, 6, 8, 6)
        scroll.setWidget(self.detail)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setSizes([440, 220])
        outer.addWidget(splitter, 1)

        self.weights_editor = WeightsEditor(self.ctx, self)
        self.weights_editor.changed.connect(self._on_weights)
        outer.addWidget(self.weights_editor)
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(300)
        self._recompute_timer.timeout.connect(self.recompute)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.adjust_button = QPushButton(self)
        self.adjust_button.setAutoDefault(False)
        self.adjust_button.clicked.connect(self.adjust_selected)
        self.place_button = QPushButton(self)
        self.place_button.setObjectName("placeButton")
        self.place_button.setDefault(True)
        self.place_button.clicked.connect(self.place_selected)
        self.close_button = QPushButton(self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.adjust_button)
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        if self.for_trainee:
            title = self.tr("Suggesties voor {name}").format(name=self.subject)
            self.search.setPlaceholderText(self.tr("Zoek op opdracht of organisatie"))
        else:
            title = self.tr("Suggesties voor opdracht {name}").format(name=self.subject)
            self.search.setPlaceholderText(self.tr("Zoek op naam"))
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.search.setAccessibleName(self.tr("Zoeken in de suggesties"))
        self.show_blocked.setText(self.tr("Ook wat niet kan tonen"))
        self.show_blocked.setAccessibleName(self.tr("Geblokkeerde suggesties tonen"))
        self.show_blocked.setToolTip(
            self.tr("Paren die een vaste regel breekt staan onderaan, met de reden")
        )
        self.table.setAccessibleName(self.tr("Suggesties, beste eerst"))
        self.detail.setAccessibleName(self.tr("Uitleg van de gekozen suggestie"))
        self.place_button.setText(self.tr("&Plaatsen"))
        self.place_button.setAccessibleName(self.tr("Plaatsen"))
        self.place_button.setToolTip(
            self.tr("Maak de plaatsing in de vrije rotatie (Ctrl+Z maakt ongedaan)")
        )
        self.adjust_button.setText(self.tr("&Aanpassen…"))
        self.adjust_button.setAccessibleName(self.tr("Plaatsing aanpassen en opslaan"))
        self.adjust_button.setToolTip(self.tr("Open het plaatsingsformulier met deze suggestie"))
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setAccessibleName(self.tr("Sluiten"))

    # --- computing --------------------------------------------------------------------------------

    def _on_weights(self, weights: MatchWeights) -> None:
        self.weights = weights
        self._recompute_timer.start()

    def recompute(self) -> None:
        """Rank again (after a placement or a change of weights); keep the selected pair."""
        self._recompute_timer.stop()
        chosen = self.current()
        horizon = travel_horizon_km(self.ctx.app.settings.max_travel_km)
        try:
            with self.ctx.app.read_session() as session:
                if self.trainee_id is not None:
                    found = suggest_assignments(
                        session, self.trainee_id, self.weights, travel_horizon_km=horizon
                    )
                else:
                    assert self.assignment_id is not None
                    found = suggest_trainees(
                        session, self.assignment_id, self.weights, travel_horizon_km=horizon
                    )
        except CoordinatorError as exc:
            self.show_banner(self.tr("Suggesties niet beschikbaar"), html.escape(exc.message))
            found = []
        self.model.set_suggestions(found)
        self._filter()
        self._update_subheading(found)
        if chosen is not None:
            self.select(chosen.trainee_id, chosen.assignment_id)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._show_detail()

    def _update_subheading(self, found: list[Suggestion]) -> None:
        if self.for_trainee:
            window = found[0].window if found else None
            if window is None:
                text = self.tr("{name} heeft geen vrije rotatie meer.").format(name=self.subject)
            else:
                text = self.tr("Voor de eerste vrije rotatie: rotatie {n} ({period}).").format(
                    n=window.rotation, period=period(window.start, window.end)
                )
        else:
            text = (
                self.assignment_facts
                + " · "
                + self.tr("elke trainee in zijn of haar eerste vrije rotatie")
            )
        self.subheading.setText(text)

    def _filter(self) -> None:
        chosen = self.current()
        self.model.set_filter(self.search.text(), self.show_blocked.isChecked())
        eligible = sum(1 for s in self.model.all if s.eligible)
        self.count_label.setText(
            self.tr("{eligible} mogelijk · {blocked} geblokkeerd").format(
                eligible=eligible, blocked=len(self.model.all) - eligible
            )
        )
        if chosen is not None:
            self.select(chosen.trainee_id, chosen.assignment_id)
        self._show_detail()

    # --- the selection ----------------------------------------------------------------------------

    def current(self) -> Suggestion | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        value = self.model.data(index, SUGGESTION_ROLE)
        return value if isinstance(value, Suggestion) else None

    def select(self, trainee_id: int, assignment_id: int) -> bool:
        for row, s in enumerate(self.model.rows):
            if (s.trainee_id, s.assignment_id) == (trainee_id, assignment_id):
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _show_detail(self) -> None:
        s = self.current()
        self.place_button.setEnabled(s is not None and s.eligible and s.window is not None)
        self.adjust_button.setEnabled(s is not None)
        if s is None:
            self.detail.setText(
                html.escape(self.tr("Kies een suggestie om de uitleg te zien."))
                if self.model.rowCount()
                else html.escape(self.tr("Geen suggesties."))
            )
            return
        lang = self.ctx.lang
        title = f"{s.assignment_title} — {s.organisation_name}"
        who = s.trainee_name
        window = (
            self.tr("rotatie {n} ({period})").format(
                n=s.window.rotation, period=period(s.window.start, s.window.end)
            )
            if s.window is not None
            else self.tr("geen vrije rotatie")
        )
        rows = "".join(
            "<tr>"
            f"<td style='padding-right:14px'>{html.escape(self.model.part_names()[p.key])}</td>"
            f"<td align='right' style='padding-right:14px'>{number(p.fit * 100, 0, lang)}%</td>"
            f"<td align='right' style='padding-right:14px'>× {number(p.weight, 1, lang)}</td>"
            f"<td align='right' style='padding-right:14px'><b>{number(p.points, 1, lang)}</b></td>"
            f"<td>{html.escape(p.explanation)}</td>"
            "</tr>"
            for p in s.score.parts
        )
        captions = [
            self.tr("Onderdeel"), self.tr("Past"), self.tr("Weging"), self.tr("Punten"),
            self.tr("Uitleg"),
        ]  # fmt: skip
        aligns = ["", " align='right'", " align='right'", " align='right'", ""]
        head = (
            "<tr style='color:#4b5563'>"
            + "".join(
                f"<td{a}>{html.escape(c)}</td>" for a, c in zip(aligns, captions, strict=True)
            )
            + "</tr>"
        )
        text = (
            f"<p><b>{html.escape(title)}</b> · {html.escape(who)} · {html.escape(window)}<br>"
            + html.escape(self.tr("Score {total} van 100")).format(
                total=f"<b>{number(s.score.total, 1, lang)}</b>"
            )
            + f"</p><table cellspacing='0' cellpadding='2'>{head}{rows}</table>"
        )
        if s.blockers:
            items = "".join(f"<li>{html.escape(b)}</li>" for b in s.blockers)
            cannot = self.tr("Kan nu niet:")
            text += (
                f"<p style='color:#b42318'><b>{html.escape(cannot)}</b></p>"
                f"<ul style='margin-top:0'>{items}</ul>"
            )
        self.detail.setText(text)

    def detail_text(self) -> str:
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.detail.text())
        return doc.toPlainText()

    # --- acting ---------------------------------------------------------------------------------

    def place_selected(self) -> int | None:
        """Create the selected pair's placement in its window; returns the new id."""
        s = self.current()
        if s is None or not s.eligible or s.window is None:
            return None
        w = s.window
        data = PlacementData(s.trainee_id, s.assignment_id, w.rotation, w.start, w.end)
        command = create_command(
            self.ctx,
            data,
            self.tr("Plaatsing van {trainee} bij '{title}'").format(
                trainee=s.trainee_name, title=s.assignment_title
            ),
        )
        self.banner.hide()
        try:
            command.push()
        except HardRuleViolation as exc:
            self.show_banner(
                self.tr("Plaatsen geweigerd: dit zou een vaste regel breken"),
                refusal_html(exc, self.ctx.lang),
            )
            return None
        except EXPECTED_ERRORS as exc:
            self.show_banner(
                self.tr("Plaatsen mislukt"), html.escape(refusal_text(exc, self.ctx.lang))
            )
            return None
        self.last_command = command
        placement_id = command.placement_id
        assert placement_id is not None
        text = html.escape(
            self.tr("Geplaatst: {trainee} bij '{title}', {window}. Ctrl+Z maakt ongedaan.").format(
                trainee=s.trainee_name,
                title=s.assignment_title,
                window=self.tr("rotatie {n} ({period})").format(
                    n=w.rotation, period=period(w.start, w.end)
                ),
            )
        )
        if command.result.warnings:
            items = "".join(
                f"<li>{html.escape(x.message(self.ctx.lang))}</li>" for x in command.result.warnings
            )
            mind = self.tr("Let op:")
            text += f"<br>{html.escape(mind)}<ul style='margin:0'>{items}</ul>"
        self.done_label.setText(text)
        self.done_label.show()
        self.placed.emit(placement_id)
        self.recompute()
        return placement_id

    def adjust_selected(self) -> None:
        """The placement form, filled in with the selected pair, to change before saving."""
        s = self.current()
        if s is None:
            return
        from coordinator_app.views.planning.placement_form import PlacementForm

        form = PlacementForm(
            self.ctx,
            self,
            trainee_id=s.trainee_id,
            assignment_id=s.assignment_id,
            window=s.window,
        )
        form.saved.connect(self.placed)
        form.saved.connect(lambda _id: self.recompute())
        self.form = form
        form.open()

    def show_banner(self, title: str, body_html: str) -> None:
        self.banner.show_message(title, body_html)
        self.done_label.hide()
