"""What the screen and form tests share: a ViewContext with fakes, and a small world.

Plain helpers, not fixtures: each test module wraps them in its own small fixtures, so
that no conftest outside this feature's files is needed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from coordinator_app.models import (
    Attendance,
    AttendanceStatus,
    Coach,
    ContactPerson,
    EducationLevel,
    LevelCategory,
    Session,
    SessionType,
    Theme,
)
from coordinator_app.services.progress import Progress
from coordinator_app.views.view_context import DataBus, ViewContext
from tests.helpers import factories as f
from tests.helpers.fake_dialogs import FakeDialogs

D = dt.date
TODAY = D(2026, 1, 15)


class SyncTasks:
    """A TaskRunner that runs the work at once and records what it was asked to run."""

    def __init__(self) -> None:
        self.titles: list[str] = []

    def run(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.titles.append(title)
        try:
            result = work(Progress())
        except BaseException as exc:  # noqa: BLE001 - handed to on_error like the real runner
            if on_error is None:
                raise
            on_error(exc)
            return
        on_done(result)


def make_view_context(app_context, dialogs: FakeDialogs) -> ViewContext:  # type: ignore[no-untyped-def]
    """A ViewContext over ``app_context`` whose 'today' is fixed at TODAY."""
    app_context.today = TODAY
    return ViewContext(app_context, QUndoStack(), dialogs, SyncTasks(), DataBus())


@dataclass
class World:
    programme: int
    other_programme: int
    cohort: int
    other_cohort: int
    anna: int
    jan: int
    joelle: int
    energy: int  # assignment accepting hbo/wo, 2 places
    mobility: int
    free: int  # assignment without placements
    province: int  # organisation with placed assignments
    eemsdelta: int
    pekela: int  # organisation without assignments
    contact: int  # the province's supervisor
    session: int
    theme: int


def build_world(app_context) -> World:  # type: ignore[no-untyped-def]
    """Three trainees, two organisations, three assignments, placements and a session."""
    with app_context.transaction() as s:
        tvg = f.programme(s, "De Toekomst van Groningen")
        goa = f.programme(s, "GOA Publiek")
        cohort = f.cohort(s, tvg, "Lichting 2025")
        goa_cohort = f.cohort(s, goa, "GOA Publiek 2026", start=D(2026, 1, 5))
        groningen = f.municipality(s, "Groningen")
        theme = Theme(name="energie")
        s.add_all([theme, Coach(name="Petra Smit")])
        province = f.organisation(s, "Provincie Groningen", municipality=groningen)
        contact = ContactPerson(
            organisation=province, name="Geert de Wit", role="Teamleider", is_supervisor=True
        )
        s.add(contact)
        pekela = f.organisation(s, "Gemeente Pekela")
        eemsdelta = f.organisation(s, "Gemeente Eemsdelta")
        s.flush()
        energy = f.assignment(
            s, province, "Energie", levels={LevelCategory.HBO, LevelCategory.WO}, places=2,
            supervisor_id=contact.id,
        )  # fmt: skip
        energy.themes = [theme]
        mobility = f.assignment(s, eemsdelta, "Mobiliteit")
        free = f.assignment(s, province, "Nog vrij")
        anna = f.trainee(s, "Anna", "Berg", "van der", coh=cohort, email="anna@example.nl",
                         home_municipality=groningen)  # fmt: skip
        anna.themes = [theme]
        jan = f.trainee(s, "Jan", "Vries", "de", coh=cohort, email="jan@example.nl")
        joelle = f.trainee(s, "Joëlle", "Bakker", level=EducationLevel.MBO4, coh=goa_cohort,
                           email="joelle@example.nl")  # fmt: skip
        f.placement(s, anna, energy, D(2025, 9, 1), D(2026, 4, 30))
        f.placement(s, anna, mobility, D(2026, 5, 1), D(2026, 12, 31), rotation=2)
        f.placement(s, jan, energy, D(2025, 9, 1), D(2026, 4, 30))
        meeting = Session(type=SessionType.TRAINING, title="Trainingsdag energie",
                          date=D(2026, 1, 9), start_time=dt.time(9, 30),
                          end_time=dt.time(15, 30))  # fmt: skip
        meeting.invited_cohorts = [cohort]
        meeting.attendances = [
            Attendance(trainee=anna, status=AttendanceStatus.PRESENT),
            Attendance(trainee=jan, status=AttendanceStatus.EXCUSED),
        ]
        s.add(meeting)
        s.flush()
        return World(
            programme=tvg.id, other_programme=goa.id, cohort=cohort.id,
            other_cohort=goa_cohort.id, anna=anna.id, jan=jan.id, joelle=joelle.id,
            energy=energy.id, mobility=mobility.id, free=free.id, province=province.id,
            eemsdelta=eemsdelta.id,
            pekela=pekela.id, contact=contact.id, session=meeting.id, theme=theme.id,
        )  # fmt: skip


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QListWidget,
    QTableView,
)


def unnamed_widgets(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` without an accessible name (Qt's own parts aside)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        # The line edit inside a combo box or spin box, the buttons of a calendar popup,
        # the corner button of a table: parts of a widget that has the name itself.
        # The clear button of a line edit as well.
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTableView, QLineEdit)) or (
            parent is not None and parent.inherits("QCalendarWidget")
        ):
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()!r}")
    return missing
