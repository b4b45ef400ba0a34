"""The door of a workshop: check in by scanning a code or picking a name.

A laptop at the entrance shows this window full screen. A USB barcode or QR
scanner behaves like a keyboard: it types the code into the focused code field and
presses Enter. Everything works offline against the local database. After every
attempt the code field is emptied and focused again, so the next person can scan
straight away; the answer stays in large type until the next attempt.

Esc leaves full screen (it never closes the window, so a stray key press at the
door does no harm).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from coordinator_app.models import Attendance
from coordinator_app.models import Session as SessionRecord
from coordinator_app.services import attendance, sessions
from coordinator_app.services.attendance import CheckInOutcome, CheckInResult
from coordinator_app.services.dutch import long_date
from coordinator_app.text import fold
from coordinator_app.views.sessions.common import (
    ERROR_COLOUR,
    EXPECTED_ERRORS,
    NOTICE_COLOUR,
    OK_COLOUR,
    Clock,
    local_now,
    report_error,
)
from coordinator_app.views.sessions.invitations import GuestDialog
from coordinator_app.views.view_context import ViewContext

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
BASE_POINTS = 20
MESSAGE_STYLES = {
    "ok": f"background: {OK_COLOUR}; color: white;",
    "notice": f"background: {NOTICE_COLOUR}; color: white;",
    "error": f"background: {ERROR_COLOUR}; color: white;",
    "idle": "background: palette(alternate-base); color: palette(text);",
}


def _font(widget: QWidget, points: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def style_of(result: CheckInResult) -> str:
    if result.outcome is CheckInOutcome.UNKNOWN:
        return "error"
    if result.outcome is CheckInOutcome.ALREADY:
        return "notice"
    return "ok"


class WalkInDialog(QDialog):
    """Someone who is not on the list: find a known trainee or guest, or add a new guest."""

    def __init__(
        self,
        ctx: ViewContext,
        session_id: int,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.clock = clock
        self.result_of_walk_in: CheckInResult | None = None
        self.setFont(_font(self, BASE_POINTS * 0.8))
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter)
        layout.addWidget(self.search_edit)
        self.people_list = QListWidget(self)
        self.people_list.itemActivated.connect(self._choose)
        layout.addWidget(self.people_list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.new_guest_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.new_guest_button.clicked.connect(self._new_guest)
        self.choose_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.clicked.connect(lambda: self._choose(self.people_list.currentItem()))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load()
        self.resize(720, 560)
        self.retranslate()
        self.search_edit.setFocus()

    def _load(self) -> None:
        with self.ctx.app.read_session() as db:
            rows = db.execute(
                select(Attendance.trainee_id, Attendance.guest_id).where(
                    Attendance.session_id == self.session_id
                )
            ).all()
            listed = {("trainee", t) for t, _g in rows if t} | {("guest", g) for _t, g in rows if g}
            people = sessions.trainee_choices(db) + sessions.guest_choices(db)
        for person in people:
            if (person.kind, person.id) in listed:
                continue
            suffix = self.tr("gast") if person.kind == "guest" else person.detail
            text = f"{person.name}" + (f" — {suffix}" if suffix else "")
            item = QListWidgetItem(text, self.people_list)
            item.setData(KIND_ROLE, person.kind)
            item.setData(ID_ROLE, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 2, fold(text))

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        first_visible = None
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            hidden = not all(word in str(item.data(Qt.ItemDataRole.UserRole + 2)) for word in words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None:
            self.people_list.setCurrentItem(first_visible)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        kind, record_id = str(item.data(KIND_ROLE)), int(item.data(ID_ROLE))
        try:
            with self.ctx.app.transaction() as db:
                if kind == "trainee":
                    self.result_of_walk_in = attendance.add_walk_in_trainee(
                        db, self.session_id, record_id, self.clock()
                    )
                else:
                    self.result_of_walk_in = attendance.add_walk_in_guest(
                        db, self.session_id, self.clock(), guest_id=record_id
                    )
        except EXPECTED_ERRORS as exc:
            report_error(self.ctx, self, self.tr("Inloper niet toegevoegd"), exc)
            return
        self.accept()

    def _new_guest(self) -> None:
        dialog = GuestDialog(self.ctx, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.guest_id is None:
            return
        try:
            with self.ctx.app.transaction() as db:
                self.result_of_walk_in = attendance.add_walk_in_guest(
                    db, self.session_id, self.clock(), guest_id=dialog.guest_id
                )
        except EXPECTED_ERRORS as exc:
            report_error(self.ctx, self, self.tr("Inloper niet toegevoegd"), exc)
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inloper toevoegen"))
        self.setAccessibleName(self.windowTitle())
        self.explanation.setText(
            self.tr(
                "Zoek een trainee of gast die niet op de lijst staat, of voeg een nieuwe gast "
                "toe. De inloper wordt meteen als aanwezig gemeld."
            )
        )
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam…"))
        self.search_edit.setAccessibleName(self.tr("Inloper zoeken op naam"))
        self.people_list.setAccessibleName(self.tr("Trainees en gasten die niet op de lijst staan"))
        self.new_guest_button.setText(self.tr("Nieuwe gast…"))
        self.new_guest_button.setAccessibleName(self.tr("Nieuwe gast toevoegen"))
        self.choose_button.setText(self.tr("Aanmelden"))
        self.choose_button.setAccessibleName(self.tr("Gekozen persoon aanmelden"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CheckinWindow(QWidget):
    """The full-screen sign-in of one session."""

    checked_in = Signal(object)  # the CheckInResult of every attempt

    def __init__(
        self,
        ctx: ViewContext,
        session_id: int,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.session_id = session_id
        self.clock: Clock = clock or local_now
        self.last_result: CheckInResult | None = None
        with ctx.app.read_session() as db:
            record = db.get(SessionRecord, session_id)
            if record is None:
                raise sessions.SessionNotFound(session_id)
            self.session_title = record.title
            self.session_when = (
                f"{long_date(record.date)} · {record.start_time:%H:%M}–{record.end_time:%H:%M}"
                + (f" · {record.location}" if record.location else "")
            )
        self.setFont(_font(self, BASE_POINTS))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(16)

        self.title_label = QLabel(self)
        self.title_label.setFont(_font(self, BASE_POINTS * 1.7, bold=True))
        self.title_label.setWordWrap(True)
        self.when_label = QLabel(self)
        outer.addWidget(self.title_label)
        outer.addWidget(self.when_label)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(12)
        self.code_label = QLabel(self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setFont(_font(self, BASE_POINTS * 1.6, bold=True))
        self.code_edit.setMinimumHeight(72)
        self.code_edit.returnPressed.connect(self.submit_code)
        self.code_label.setBuddy(self.code_edit)
        self.search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setFont(_font(self, BASE_POINTS * 1.2))
        self.search_edit.setMinimumHeight(56)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self._check_in_current_candidate)
        self.search_label.setBuddy(self.search_edit)
        self.candidate_list = QListWidget(self)
        self.candidate_list.setFont(_font(self, BASE_POINTS * 1.1))
        self.candidate_list.itemActivated.connect(self._check_in_candidate)
        self.candidate_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.candidate_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.candidate_list.setMinimumHeight(120)
        self.message_label = QLabel(self)
        self.message_label.setFont(_font(self, BASE_POINTS * 1.4, bold=True))
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setMinimumHeight(190)
        self.message_label.setFrameShape(QFrame.Shape.StyledPanel)
        for widget in (
            self.code_label,
            self.code_edit,
            self.message_label,
            self.search_label,
            self.search_edit,
        ):
            left.addWidget(widget)
        left.addWidget(self.candidate_list, 1)
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        self.present_label = QLabel(self)
        self.present_label.setFont(_font(self, BASE_POINTS * 1.2, bold=True))
        self.present_list = QListWidget(self)
        self.present_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right.addWidget(self.present_label)
        right.addWidget(self.present_list, 1)
        columns.addLayout(right, 2)
        outer.addLayout(columns, 1)

        bottom = QHBoxLayout()
        self.walk_in_button = QPushButton(self)
        self.walk_in_button.setMinimumHeight(56)
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.fullscreen_button = QPushButton(self)
        self.fullscreen_button.clicked.connect(self.toggle_full_screen)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        for button in (self.fullscreen_button, self.close_button):
            button.setFont(_font(self, BASE_POINTS * 0.7))
        bottom.addWidget(self.walk_in_button)
        bottom.addStretch(1)
        bottom.addWidget(self.fullscreen_button)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

        ctx.bus.changed.connect(self._on_changed)
        self.retranslate()
        self._show_message("", "idle")
        self.refresh_present()
        self.code_edit.setFocus()

    # -- checking in ---------------------------------------------------------------------

    def submit_code(self) -> None:
        code = self.code_edit.text()
        self.code_edit.clear()
        if not code.strip():
            return
        self._run(lambda db: attendance.check_in_by_code(db, self.session_id, code, self._now()))

    def _now(self) -> dt.datetime:
        return self.clock()

    def _run(self, work: Callable[..., CheckInResult]) -> None:
        try:
            with self.ctx.app.transaction() as db:
                result = work(db)
        except EXPECTED_ERRORS as exc:
            report_error(self.ctx, self, self.tr("Aanmelden mislukt"), exc)
            return
        self.show_result(result)

    def result_text(self, result: CheckInResult) -> str:
        """What the door screen says about a check-in, in the interface language."""
        moment = f"{result.checked_in_at:%H:%M}" if result.checked_in_at else ""
        outcome = result.outcome
        if outcome is CheckInOutcome.UNKNOWN:
            if not result.code:
                return self.tr("Voer een aanmeldcode in of zoek uw naam op.")
            return self.tr(
                "Code {code} is onbekend. Zoek uw naam op of meld u bij de organisatie."
            ).format(code=result.code)
        if outcome is CheckInOutcome.ALREADY:
            if moment:
                return self.tr("{name} is al aangemeld om {time}.").format(
                    name=result.name, time=moment
                )
            return self.tr("{name} staat al als aanwezig geregistreerd.").format(name=result.name)
        if outcome is CheckInOutcome.WALK_IN:
            return self.tr("Welkom, {name}! Als inloper aangemeld om {time}.").format(
                name=result.name, time=moment
            )
        return self.tr("Welkom, {name}! Aangemeld om {time}.").format(name=result.name, time=moment)

    def show_result(self, result: CheckInResult) -> None:
        self.last_result = result
        self._show_message(self.result_text(result), style_of(result))
        if result.changed and result.attendance_id is not None:
            self.ctx.bus.notify("attendance", {result.attendance_id})
        self.search_edit.clear()
        self.refresh_present()
        self.checked_in.emit(result)
        self.code_edit.setFocus()

    def _check_in_candidate(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        kind, record_id = str(item.data(KIND_ROLE)), int(item.data(ID_ROLE))
        if kind == "attendance":
            self._run(lambda db: attendance.check_in_attendance(db, record_id, self._now()))
        elif kind == "trainee":
            self._run(
                lambda db: attendance.add_walk_in_trainee(
                    db, self.session_id, record_id, self._now()
                )
            )
        else:
            self._run(
                lambda db: attendance.add_walk_in_guest(
                    db, self.session_id, self._now(), guest_id=record_id
                )
            )

    def _check_in_current_candidate(self) -> None:
        item = self.candidate_list.currentItem() or (
            self.candidate_list.item(0) if self.candidate_list.count() else None
        )
        self._check_in_candidate(item)

    def _search(self, text: str) -> None:
        self.candidate_list.clear()
        if not text.strip():
            return
        with self.ctx.app.read_session() as db:
            found = attendance.checkin_candidates(db, self.session_id, text)
        for candidate in found:
            parts = [candidate.name]
            if candidate.detail:
                parts.append(candidate.detail)
            text_line = " — ".join(parts)
            if candidate.present:
                text_line += "  ✓ " + self.tr("al aanwezig")
            elif candidate.kind != "attendance":
                text_line += "  (" + self.tr("inloper") + ")"
            item = QListWidgetItem(text_line, self.candidate_list)
            item.setData(KIND_ROLE, candidate.kind)
            item.setData(ID_ROLE, candidate.id)
        if self.candidate_list.count():
            self.candidate_list.setCurrentRow(0)

    def add_walk_in(self) -> None:
        dialog = WalkInDialog(self.ctx, self.session_id, self._now, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_of_walk_in is not None:
            self.show_result(dialog.result_of_walk_in)
        else:
            self.code_edit.setFocus()

    # -- showing -----------------------------------------------------------------------

    def _show_message(self, text: str, style: str) -> None:
        if not text:
            text = self.tr("Welkom! Scan uw code of zoek uw naam.")
        self.message_label.setText(text)
        self.message_label.setStyleSheet(
            f"QLabel {{ {MESSAGE_STYLES[style]} border-radius: 10px; padding: 16px; }}"
        )
        self.message_label.setProperty("state", style)

    def refresh_present(self) -> None:
        with self.ctx.app.read_session() as db:
            present = attendance.present_list(db, self.session_id)
            total = len(attendance.session_attendance(db, self.session_id))
        self.present_list.clear()
        for row in present:
            time = f"{row.checked_in_at:%H:%M}" if row.checked_in_at else "  –  "
            self.present_list.addItem(f"{time}   {row.name}")
        self.present_label.setText(
            self.tr("Aanwezig: {present} van {total}").format(present=len(present), total=total)
        )

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind in ("attendance", "session"):
            self.refresh_present()

    # -- window --------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self._update_fullscreen_text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
                self._update_fullscreen_text()
            event.accept()
            return
        super().keyPressEvent(event)

    def _update_fullscreen_text(self) -> None:
        if self.isFullScreen():
            self.fullscreen_button.setText(self.tr("Volledig scherm uit (Esc)"))
        else:
            self.fullscreen_button.setText(self.tr("Volledig scherm"))
        self.fullscreen_button.setAccessibleName(self.tr("Volledig scherm aan of uit"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aanmelden – {title}").format(title=self.session_title))
        self.setAccessibleName(self.windowTitle())
        self.title_label.setText(self.session_title)
        self.title_label.setAccessibleName(self.tr("Bijeenkomst"))
        self.when_label.setText(self.session_when)
        self.when_label.setAccessibleName(self.tr("Datum, tijd en locatie"))
        self.code_label.setText(self.tr("&Code (scannen of typen, dan Enter)"))
        self.code_edit.setPlaceholderText(self.tr("Scan uw code…"))
        self.code_edit.setAccessibleName(self.tr("Aanmeldcode"))
        self.search_label.setText(self.tr("Of &zoek uw naam"))
        self.search_edit.setPlaceholderText(self.tr("Typ een deel van uw naam…"))
        self.search_edit.setAccessibleName(self.tr("Naam zoeken"))
        self.candidate_list.setAccessibleName(self.tr("Gevonden namen; Enter meldt aan"))
        self.message_label.setAccessibleName(self.tr("Melding"))
        self.present_list.setAccessibleName(self.tr("Wie is er al"))
        self.walk_in_button.setText(self.tr("Inloper toevoegen…"))
        self.walk_in_button.setAccessibleName(self.tr("Inloper toevoegen"))
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setAccessibleName(self.tr("Aanmeldscherm sluiten"))
        self._update_fullscreen_text()
        self.refresh_present()
        if self.last_result is None:
            self._show_message("", "idle")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.bus.changed.disconnect(self._on_changed)
        super().closeEvent(event)  # type: ignore[arg-type]
