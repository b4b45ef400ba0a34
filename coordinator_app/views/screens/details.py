"""Read-only views of one record: what 'Openen' shows.

A :class:`DetailDialog` is a column of sections: label/value pairs, small tables
(a trainee's placements, a session's attendance) and free text. The data comes from
the detail functions in coordinator_app.services.queries; this module only lays it
out in the user's language. Records that can be edited get a 'Bewerken' button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.services import queries
from coordinator_app.services.dutch import period, short_date
from coordinator_app.services.labels import label
from coordinator_app.services.queries import PlacementRow
from coordinator_app.views.screens.assignments import levels_label
from coordinator_app.views.view_context import ViewContext


class DetailDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        heading: str,
        subheading: str = "",
        on_edit: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailDialog")
        self.setWindowTitle(heading)
        self.resize(780, 640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(scroll)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(22, 18, 22, 8)
        self.layout_.setSpacing(10)
        title = QLabel(heading, self.body)
        title.setObjectName("detailHeading")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        self.layout_.addWidget(title)
        if subheading:
            sub = QLabel(subheading, self.body)
            sub.setStyleSheet("color: #4b5563;")
            sub.setWordWrap(True)
            self.layout_.addWidget(sub)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(22, 0, 22, 0)
        buttons.addStretch(1)
        self._last_section = heading
        self.edit_button: QPushButton | None = None
        if on_edit is not None:
            self.edit_button = QPushButton(self.tr("&Bewerken"), self)
            self.edit_button.setAccessibleName(self.tr("Bewerken"))

            def edit() -> None:
                self.accept()
                on_edit()

            self.edit_button.clicked.connect(edit)
            buttons.addWidget(self.edit_button)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAccessibleName(self.tr("Sluiten"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

    def section(self, title: str) -> None:
        self._last_section = title
        heading = QLabel(title, self.body)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setStyleSheet("margin-top: 8px; color: #1f5f8b;")
        self.layout_.addWidget(heading)

    def fields(self, pairs: Sequence[tuple[str, str]]) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(4)
        for name, value in pairs:
            text = QLabel(value or "—", self.body)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(name, self.body)
            caption.setStyleSheet("color: #4b5563;")
            form.addRow(caption, text)
        self.layout_.addLayout(form)

    def text(self, value: str) -> None:
        label_ = QLabel(value or "—", self.body)
        label_.setWordWrap(True)
        label_.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(label_)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        empty: str,
        *,
        stretch: int = 1,
    ) -> None:
        """A read-only table; column ``stretch`` takes the room the others leave."""
        if not rows:
            note = QLabel(empty, self.body)
            note.setStyleSheet("color: #6b7280;")
            self.layout_.addWidget(note)
            return
        widget = QTableWidget(len(rows), len(headers), self.body)
        widget.setAccessibleName(self._last_section)
        widget.setHorizontalHeaderLabels(list(headers))
        widget.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 8
        widget.verticalHeader().setDefaultSectionSize(row_height)
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        widget.setAlternatingRowColors(True)
        widget.setShowGrid(False)
        widget.setWordWrap(False)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                widget.setItem(r, c, item)
        header = widget.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(min(stretch, len(headers) - 1), QHeaderView.ResizeMode.Stretch)
        visible = min(len(rows), 12)
        widget.setFixedHeight(header.sizeHint().height() + visible * row_height + 4)
        self.layout_.addWidget(widget)

    def finish(self) -> None:
        self.layout_.addStretch(1)


def _placement_rows(items: Sequence[PlacementRow], lang: str) -> list[list[str]]:
    return [
        [str(p.rotation), p.trainee, p.cohort, period(p.start_date, p.end_date),
         label(p.status, lang)]
        for p in items
    ]  # fmt: skip


def _missing(ctx: ViewContext, parent: QWidget | None) -> None:
    ctx.dialogs.error(
        parent,
        QCoreApplication.translate("DetailDialog", "Niet gevonden"),
        QCoreApplication.translate(
            "DetailDialog", "Dit record bestaat niet meer; misschien is het net verwijderd."
        ),
    )


def _show(dialog: DetailDialog) -> DetailDialog:
    dialog.finish()
    dialog.open()
    dialog.close_button.setFocus()
    return dialog


class TraineeDetailDialog(DetailDialog):
    def __init__(
        self,
        parent: QWidget | None,
        detail: queries.TraineeDetail,
        lang: str,
        on_edit: Callable[[], None] | None,
    ) -> None:
        r = detail.row
        facts = (label(r.education_level, lang), r.cohort, label(r.status, lang))
        super().__init__(parent, r.full_name, " · ".join(p for p in facts if p), on_edit)
        self.section(self.tr("Gegevens"))
        self.fields(
            [
                (self.tr("E-mail"), r.email),
                (self.tr("Telefoon"), r.phone),
                (self.tr("Opleiding"), r.field_of_study),
                (self.tr("Woongemeente"), r.municipality),
                (self.tr("Programma"), r.programme),
                (self.tr("Coach"), r.coach),
                (
                    self.tr("Contract"),
                    period(r.contract_start, r.contract_end) if r.contract_start else "",
                ),
                (self.tr("Thema-interesses"), r.themes),
                (
                    self.tr("Competenties"),
                    ", ".join(f"{n} ({lvl})" if lvl else n for n, lvl in detail.competences),
                ),
                (
                    self.tr("Bijeenkomsten"),
                    self.tr("{present} van {invited} keer aanwezig").format(
                        present=detail.sessions_present, invited=detail.sessions_invited
                    ),
                ),
            ]
        )
        self.section(self.tr("Traject"))
        self.table(
            [
                self.tr("Rotatie"),
                self.tr("Opdracht"),
                self.tr("Organisatie"),
                self.tr("Periode"),
                self.tr("Status"),
            ],
            [
                [
                    str(p.rotation),
                    p.assignment,
                    p.organisation,
                    period(p.start_date, p.end_date),
                    label(p.status, lang),
                ]
                for p in detail.placements
            ],  # fmt: skip
            self.tr("Nog geen plaatsingen."),
        )
        if detail.notes:
            self.section(self.tr("Notities"))
            self.text(detail.notes)


class OrganisationDetailDialog(DetailDialog):
    def __init__(
        self,
        parent: QWidget | None,
        detail: queries.OrganisationDetail,
        lang: str,
        on_edit: Callable[[], None] | None,
    ) -> None:
        r = detail.row
        facts = (label(r.type, lang), r.municipality)
        super().__init__(parent, r.name, " · ".join(p for p in facts if p), on_edit)
        self.section(self.tr("Gegevens"))
        self.fields([(self.tr("Adres"), detail.address), (self.tr("Website"), r.website)])
        self.section(self.tr("Contactpersonen"))
        self.table(
            [
                self.tr("Naam"),
                self.tr("Functie"),
                self.tr("E-mail"),
                self.tr("Telefoon"),
                self.tr("Begeleider"),
            ],
            [
                [c.name, c.role, c.email, c.phone, self.tr("ja") if c.is_supervisor else ""]
                for c in detail.contacts
            ],
            self.tr("Nog geen contactpersonen."),
            stretch=2,
        )
        self.section(self.tr("Opdrachten"))
        self.table(
            [
                self.tr("Titel"),
                self.tr("Periode"),
                self.tr("Plaatsen"),
                self.tr("Plaatsingen"),
                self.tr("Status"),
            ],
            [
                [
                    a.title,
                    period(a.start_date, a.end_date),
                    str(a.places),
                    str(a.placements),
                    label(a.status, lang),
                ]
                for a in detail.assignments
            ],  # fmt: skip
            self.tr("Nog geen opdrachten."),
            stretch=0,
        )
        if detail.notes:
            self.section(self.tr("Notities"))
            self.text(detail.notes)


class AssignmentDetailDialog(DetailDialog):
    def __init__(
        self,
        parent: QWidget | None,
        detail: queries.AssignmentDetail,
        lang: str,
        on_edit: Callable[[], None] | None,
    ) -> None:
        r = detail.row
        facts = (r.organisation, r.municipality, label(r.status, lang))
        super().__init__(parent, r.title, " · ".join(p for p in facts if p), on_edit)
        self.section(self.tr("Gegevens"))
        self.fields(
            [
                (self.tr("Periode"), period(r.start_date, r.end_date)),
                (self.tr("Niveaus"), levels_label(r, lang)),
                (self.tr("Plaatsen"), str(r.places)),
                (self.tr("Uren per week"), f"{r.hours_per_week:g}"),
                (self.tr("Begeleider"), r.supervisor),
                (self.tr("Programma's"), r.programmes),
                (self.tr("Thema's"), r.themes),
                (
                    self.tr("Competenties"),
                    ", ".join(f"{n} ({lvl})" if lvl else n for n, lvl in detail.competences),
                ),
            ]
        )
        self.section(self.tr("Omschrijving"))
        self.text(detail.description)
        self.section(self.tr("Plaatsingen"))
        self.table(
            [
                self.tr("Rotatie"),
                self.tr("Trainee"),
                self.tr("Lichting"),
                self.tr("Periode"),
                self.tr("Status"),
            ],
            _placement_rows(detail.placements, lang),
            self.tr("Nog geen plaatsingen."),
        )


class PlacementDetailDialog(DetailDialog):
    def __init__(self, parent: QWidget | None, detail: queries.PlacementDetail, lang: str) -> None:
        r = detail.row
        super().__init__(
            parent,
            self.tr("{trainee} – rotatie {n}").format(trainee=r.trainee, n=r.rotation),
            f"{r.assignment} · {r.organisation}",
        )
        self.section(self.tr("Plaatsing"))
        self.fields(
            [
                (self.tr("Trainee"), r.trainee),
                (self.tr("Lichting"), r.cohort),
                (self.tr("Programma"), detail.programme),
                (self.tr("Opdracht"), r.assignment),
                (self.tr("Organisatie"), r.organisation),
                (self.tr("Gemeente"), detail.municipality),
                (self.tr("Begeleider"), detail.supervisor),
                (self.tr("Rotatie"), str(r.rotation)),
                (self.tr("Periode"), period(r.start_date, r.end_date)),
                (self.tr("Uren per week"), f"{detail.hours_per_week:g}"),
                (self.tr("Status"), label(r.status, lang)),
                (self.tr("Vastgezet in planning"), self.tr("ja") if r.locked else self.tr("nee")),
            ]
        )
        self.section(self.tr("Evaluaties"))
        self.table(
            [
                self.tr("Moment"),
                self.tr("Door"),
                self.tr("Cijfer"),
                self.tr("Datum"),
                self.tr("Toelichting"),
            ],
            [
                [
                    label(e.moment, lang),
                    label(e.author, lang),
                    str(e.score or ""),
                    short_date(e.written_on),
                    e.text,
                ]
                for e in detail.evaluations
            ],  # fmt: skip
            self.tr("Nog geen evaluaties."),
            stretch=4,
        )
        if detail.notes:
            self.section(self.tr("Notities"))
            self.text(detail.notes)


class SessionDetailDialog(DetailDialog):
    def __init__(self, parent: QWidget | None, detail: queries.SessionDetail, lang: str) -> None:
        r = detail.row
        super().__init__(
            parent,
            r.title,
            f"{label(r.type, lang)} · {short_date(r.date)} · "
            f"{r.start_time:%H:%M}–{r.end_time:%H:%M}",
        )
        self.section(self.tr("Gegevens"))
        self.fields(
            [
                (self.tr("Locatie"), ", ".join(p for p in (r.location, r.municipality) if p)),
                (self.tr("Begeleiding"), r.facilitator),
                (self.tr("Voor"), r.invited_to),
                (self.tr("Maximaal aantal deelnemers"), str(detail.capacity or "")),
                (
                    self.tr("Aanwezig"),
                    self.tr("{present} van {invited} genodigden").format(
                        present=r.present, invited=r.invited
                    ),
                ),
                (self.tr("Besproken thema's"), ", ".join(detail.themes)),
            ]
        )
        if detail.description:
            self.section(self.tr("Omschrijving"))
            self.text(detail.description)
        self.section(self.tr("Deelnemers"))
        guest = self.tr("{name} (gast)")
        self.table(
            [
                self.tr("Naam"),
                self.tr("Lichting of organisatie"),
                self.tr("Niveau"),
                self.tr("Aanwezigheid"),
                self.tr("Aangemeld om"),
            ],
            [
                [
                    guest.format(name=a.name) if a.is_guest else a.name,
                    a.organisation,
                    label(a.level, lang),
                    label(a.status, lang),
                    f"{a.checked_in_at:%H:%M}" if a.checked_in_at else "",
                ]
                for a in detail.attendance
            ],  # fmt: skip
            self.tr("Nog niemand uitgenodigd."),
        )
        if detail.outcome_notes:
            self.section(self.tr("Uitkomsten"))
            self.text(detail.outcome_notes)
        self.section(self.tr("Actiepunten"))
        self.table(
            [self.tr("Actiepunt"), self.tr("Wie"), self.tr("Uiterlijk"), self.tr("Status")],
            [
                [a.description, a.owner, short_date(a.due_date), label(a.status, lang)]
                for a in detail.action_points
            ],
            self.tr("Geen actiepunten."),
            stretch=0,
        )


def show_trainee(
    ctx: ViewContext, parent: QWidget | None, trainee_id: int, on_edit: Callable[[int], None]
) -> DetailDialog | None:
    with ctx.app.read_session() as session:
        detail = queries.trainee_detail(session, trainee_id, ctx.app.today)
    if detail is None:
        _missing(ctx, parent)
        return None
    return _show(TraineeDetailDialog(parent, detail, ctx.lang, lambda: on_edit(trainee_id)))


def show_organisation(
    ctx: ViewContext, parent: QWidget | None, organisation_id: int, on_edit: Callable[[int], None]
) -> DetailDialog | None:
    with ctx.app.read_session() as session:
        detail = queries.organisation_detail(session, organisation_id, ctx.app.today)
    if detail is None:
        _missing(ctx, parent)
        return None
    return _show(
        OrganisationDetailDialog(parent, detail, ctx.lang, lambda: on_edit(organisation_id))
    )


def show_assignment(
    ctx: ViewContext, parent: QWidget | None, assignment_id: int, on_edit: Callable[[int], None]
) -> DetailDialog | None:
    with ctx.app.read_session() as session:
        detail = queries.assignment_detail(session, assignment_id)
    if detail is None:
        _missing(ctx, parent)
        return None
    return _show(AssignmentDetailDialog(parent, detail, ctx.lang, lambda: on_edit(assignment_id)))


def show_placement(
    ctx: ViewContext, parent: QWidget | None, placement_id: int
) -> DetailDialog | None:
    with ctx.app.read_session() as session:
        detail = queries.placement_detail(session, placement_id)
    if detail is None:
        _missing(ctx, parent)
        return None
    return _show(PlacementDetailDialog(parent, detail, ctx.lang))


def show_session(ctx: ViewContext, parent: QWidget | None, session_id: int) -> DetailDialog | None:
    with ctx.app.read_session() as session:
        detail = queries.session_detail(session, session_id)
    if detail is None:
        _missing(ctx, parent)
        return None
    return _show(SessionDetailDialog(parent, detail, ctx.lang))
