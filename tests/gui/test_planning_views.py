"""The Plaatsingen screen's planning views: the rotation timeline (bars, colours, conflicts,
warnings, mouse and keyboard), the capacity table against hand-computed figures, and the
attention list that leads to its records."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from sqlalchemy import insert, select

from coordinator_app.models import Placement, PlacementStatus, Trainee
from coordinator_app.views.planning import PlacementForm, SuggestionsDialog
from coordinator_app.views.planning.capacity import CELL_ROLE, FIXED_COLUMNS
from coordinator_app.views.planning.common import (
    ERROR_COLOUR,
    FREE_BACKGROUND,
    FULL_BACKGROUND,
    organisation_colour,
)
from coordinator_app.views.planning.timeline import (
    RotationTimeline,
    TimelineData,
    TimelineRow,
)
from coordinator_app.views.screens import create_list_screens
from coordinator_app.views.screens.details import DetailDialog
from coordinator_app.views.screens.placements import CAPACITY_TAB, TIMELINE_TAB, PlacementsScreen
from tests.gui.screens_fixtures import D, World, build_world, make_view_context, unnamed_widgets
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen limits


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def view_context(app_context, qtbot, dialogs):  # type: ignore[no-untyped-def]
    return make_view_context(app_context, dialogs)


@pytest.fixture
def world(app_context) -> World:  # type: ignore[no-untyped-def]
    return build_world(app_context)


def _screen(view_context, qtbot) -> PlacementsScreen:  # type: ignore[no-untyped-def]
    screens = create_list_screens(view_context)
    for screen in screens:
        qtbot.addWidget(screen)
    screen = next(s for s in screens if isinstance(s, PlacementsScreen))
    screen.resize(1280, 760)
    screen.show()
    screen.refresh()
    return screen


def _ids(app_context, trainee_id: int) -> list[int]:  # type: ignore[no-untyped-def]
    with app_context.read_session() as s:
        return list(
            s.scalars(
                select(Placement.id)
                .where(Placement.trainee_id == trainee_id)
                .order_by(Placement.start_date)
            )
        )


def _timeline(view_context, qtbot, world) -> tuple[PlacementsScreen, RotationTimeline]:  # type: ignore[no-untyped-def]
    screen = _screen(view_context, qtbot)
    screen.set_filter_value("cohort", world.cohort)
    screen.show_tab(TIMELINE_TAB)
    timeline = screen.timeline_panel.timeline
    qtbot.waitUntil(lambda: timeline.data is not None)
    return screen, timeline


def _dominant_colour(timeline: RotationTimeline, placement_id: int) -> QColor:
    """The colour most of a bar is painted in (its fill, whatever the text on it)."""
    image = timeline.viewport().grab().toImage()
    rect = timeline.placement_rect(placement_id).adjusted(4, 4, -4, -4)
    counts: Counter[int] = Counter()
    for x in range(rect.left(), rect.right(), 2):
        for y in range(rect.top(), rect.bottom()):
            counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _has_colour(timeline: RotationTimeline, placement_id: int, colour: QColor) -> bool:
    image = timeline.viewport().grab().toImage()
    rect = timeline.placement_rect(placement_id).adjusted(-2, -2, 2, 2)
    target = colour.rgb()
    return any(
        image.pixel(x, y) == target
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    )


# --- the timeline -------------------------------------------------------------------------------


def test_a_row_per_trainee_and_a_bar_per_placement_in_its_organisation_colour(
    view_context, qtbot, world
):
    screen, timeline = _timeline(view_context, qtbot, world)
    data = timeline.data
    assert data is not None
    assert [r.name for r in data.rows] == ["Anna van der Berg", "Jan de Vries"]
    assert [len(r.bars) for r in data.rows] == [2, 1]
    assert [w.rotation for w in data.windows] == [1, 2, 3]
    anna_energy, anna_mobility = _ids(view_context.app, world.anna)
    bars = {b.placement_id: b for b in data.bars}
    assert bars[anna_energy].organisation_id == world.province
    assert bars[anna_mobility].organisation_id == world.eemsdelta
    # Confirmed placements are filled with their organisation's own colour.
    province, eemsdelta = organisation_colour(world.province), organisation_colour(world.eemsdelta)
    assert _dominant_colour(timeline, anna_energy).rgb() == province.rgb()
    assert _dominant_colour(timeline, anna_mobility).rgb() == eemsdelta.rgb()
    assert province.rgb() != eemsdelta.rgb()
    assert organisation_colour(world.province) == organisation_colour(world.province)
    legend = screen.timeline_panel.legend
    entries = [legend.item(i).text() for i in range(legend.count())]
    assert entries == ["Alle organisaties", "Gemeente Eemsdelta", "Provincie Groningen"]
    assert "Provincie Groningen: 2 plaatsingen" in legend.item(2).toolTip()
    assert screen.timeline_panel.summary.text() == "2 trainees · 3 plaatsingen"
    text = timeline.bar_text(data.bar_index(anna_mobility))
    assert text.splitlines() == [
        "Anna van der Berg – rotatie 2",
        "Mobiliteit (Gemeente Eemsdelta)",
        "01-05-2026 t/m 31-12-2026 · bevestigd",
    ]


def test_clicking_a_bar_opens_that_placement(view_context, qtbot, world):
    screen, timeline = _timeline(view_context, qtbot, world)
    _energy, mobility = _ids(view_context.app, world.anna)
    centre = timeline.placement_rect(mobility).center()
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    form = screen.current_dialog
    assert isinstance(form, PlacementForm)
    assert form.placement_id == mobility
    assert screen.selected_ids() == [mobility]  # the main window's actions act on it too
    form.reject()
    # A click beside the bars selects the trainee's row, and opens nothing.
    qtbot.mouseClick(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), centre.y() + 28)
    )
    assert screen.current_dialog is form
    assert timeline.current_row == 1


def test_the_timeline_works_from_the_keyboard(view_context, qtbot, world):
    screen, timeline = _timeline(view_context, qtbot, world)
    anna_energy, anna_mobility = _ids(view_context.app, world.anna)
    (jan_energy,) = _ids(view_context.app, world.jan)
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current_placement_id() == anna_energy
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current_placement_id() == anna_mobility
    assert "Mobiliteit" in timeline.accessibleDescription()
    qtbot.keyClick(timeline, Qt.Key.Key_Down)  # Jan's bar nearest in time
    assert timeline.current_placement_id() == jan_energy
    qtbot.keyClick(timeline, Qt.Key.Key_Up)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current_placement_id() == anna_energy
    day_width = timeline.day_width
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    assert timeline.day_width > day_width
    qtbot.keyClick(timeline, Qt.Key.Key_0)
    assert timeline.day_width == pytest.approx(day_width)
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    form = screen.current_dialog
    assert isinstance(form, PlacementForm)
    assert form.placement_id == anna_energy


def test_conflicts_and_warnings_are_marked_on_the_bars(view_context, qtbot, world):
    anna_energy, _mobility = _ids(view_context.app, world.anna)
    # An import could leave what the rules forbid: Anna twice at once.
    with view_context.app.store.engine.begin() as connection:
        connection.execute(
            insert(Placement.__table__).values(
                trainee_id=world.anna,
                assignment_id=world.free,
                rotation=1,
                start_date=D(2026, 2, 1),
                end_date=D(2026, 3, 31),
                status=PlacementStatus.CONFIRMED.value,
                locked=False,
                notes="",
                version=1,
            )  # fmt: skip
        )
    with view_context.app.transaction() as s:
        s.get(Trainee, world.jan).contract_end = D(2026, 3, 31)
    screen, timeline = _timeline(view_context, qtbot, world)
    data = timeline.data
    assert data is not None
    bars = {b.placement_id: b for b in data.bars}
    overlap = [b for b in data.bars if b.conflicts]
    assert {b.placement_id for b in overlap} >= {anna_energy}
    assert any("Plaatsingen mogen niet overlappen" in c for c in bars[anna_energy].conflicts)
    (jan_energy,) = _ids(view_context.app, world.jan)
    assert any("buiten het contract" in w for w in bars[jan_energy].warnings)
    assert not bars[jan_energy].conflicts
    assert "Conflict – Plaatsingen mogen niet overlappen" in timeline.bar_text(
        data.bar_index(anna_energy)
    )
    assert "Let op – " in timeline.bar_text(data.bar_index(jan_energy))
    assert _has_colour(timeline, anna_energy, QColor(ERROR_COLOUR))
    assert not _has_colour(timeline, jan_energy, QColor(ERROR_COLOUR))
    summary = screen.timeline_panel.summary.text()
    assert "met conflict" in summary
    assert "met waarschuwing" in summary


def test_the_timeline_follows_changes_and_the_cohort_filter(view_context, qtbot, world):
    screen, timeline = _timeline(view_context, qtbot, world)
    assert screen.timeline_panel.cohort_id() == world.cohort
    (jan_energy,) = _ids(view_context.app, world.jan)
    screen.show_tab(TIMELINE_TAB)
    timeline.select_placement(jan_energy)
    assert screen.change_status(PlacementStatus.RUNNING, jan_energy)
    qtbot.waitUntil(
        lambda: (
            timeline.data.bars[timeline.data.bar_index(jan_energy)].status
            is PlacementStatus.RUNNING
        )
    )
    screen.set_filter_value("cohort", world.other_cohort)
    qtbot.waitUntil(lambda: timeline.data.cohort_id == world.other_cohort)
    assert [r.name for r in timeline.data.rows] == ["Joëlle Bakker"]


def test_only_the_rows_in_view_are_painted(view_context, qtbot, world, monkeypatch):
    """What keeps a cohort of 500 trainees smooth: painting is proportional to the view."""
    _screen_, timeline = _timeline(view_context, qtbot, world)
    data = timeline.data
    assert data is not None
    bar = data.bars[0]
    bars = [dataclasses.replace(bar, placement_id=i + 1, row=i // 3) for i in range(1500)]
    rows = [
        TimelineRow(
            1000 + r, f"Trainee {r:03d}", data.rows[0].status, (3 * r, 3 * r + 1, 3 * r + 2)
        )
        for r in range(500)
    ]
    big = TimelineData(data.cohort_id, "groot", data.windows, rows, bars, data.first, data.last)
    timeline.set_data(big)
    painted: list[int] = []
    original = RotationTimeline._paint_bar

    def counting(self, painter, index, metrics):  # type: ignore[no-untyped-def]
        painted.append(index)
        original(self, painter, index, metrics)

    monkeypatch.setattr(RotationTimeline, "_paint_bar", counting)
    timeline.viewport().repaint()
    visible_rows = timeline.viewport().height() // timeline.row_height + 2
    assert 0 < len(painted) <= 3 * visible_rows
    painted.clear()
    timeline.verticalScrollBar().setValue(timeline.verticalScrollBar().maximum())
    timeline.viewport().repaint()
    assert max(painted) == 1499  # the last trainee's bars, and only the rows around them
    assert len(painted) <= 3 * visible_rows


# --- capacity ---------------------------------------------------------------------------------


def _cells(view) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    model = view.model
    return {
        model.index(r, 0).data(): [
            model.index(r, c).data() for c in range(FIXED_COLUMNS, model.columnCount())
        ]
        for r in range(model.rowCount())
    }


def test_capacity_per_assignment_and_period(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    screen.show_tab(CAPACITY_TAB)
    view = screen.capacity_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    model = view.model
    assert model.headerData(FIXED_COLUMNS, Qt.Orientation.Horizontal) == "januari 2026"
    # Energie (2 places): Anna and Jan until April, nobody from May (Anna moves on).
    # Mobiliteit (1 place): free until April, Anna's from May to December.
    cells = _cells(view)
    assert cells["Energie"][:6] == ["vol (2 bezet)"] * 4 + ["0 bezet · 2 vrij"] * 2
    assert cells["Mobiliteit"][:6] == ["0 bezet · 1 vrij"] * 4 + ["vol (1 bezet)"] * 2
    assert cells["Mobiliteit"][11] == "vol (1 bezet)"  # December 2026
    assert cells["Nog vrij"] == ["0 bezet · 1 vrij"] * 12
    row_of = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    full = model.index(row_of["Energie"], FIXED_COLUMNS)
    assert model.data(full, Qt.ItemDataRole.BackgroundRole).color() == QColor(FULL_BACKGROUND)
    cell = model.data(full, CELL_ROLE)
    assert (cell.taken, cell.free, cell.holders) == (2, 0, ("Anna van der Berg", "Jan de Vries"))
    assert "Geplaatst: Anna van der Berg, Jan de Vries" in model.data(
        full, Qt.ItemDataRole.ToolTipRole
    )
    free = model.index(row_of["Nog vrij"], FIXED_COLUMNS)
    assert model.data(free, Qt.ItemDataRole.BackgroundRole).color() == QColor(FREE_BACKGROUND)

    assert view.set_periods(world.cohort)
    assert [model.headerData(FIXED_COLUMNS + i, Qt.Orientation.Horizontal) for i in range(3)] == [
        "Rotatie 1",
        "Rotatie 2",
        "Rotatie 3",
    ]
    cells = _cells(view)
    assert cells["Energie"] == ["vol (2 bezet)", "0 bezet · 2 vrij", "0 bezet · 2 vrij"]
    assert cells["Mobiliteit"] == ["0 bezet · 1 vrij", "vol (1 bezet)", "0 bezet · 1 vrij"]
    view.search.setText("mobil")
    assert list(_cells(view)) == ["Mobiliteit"]
    assert view.summary.text() == "1 van 3 opdrachten · 1 met vrije plaatsen"
    assert unnamed_widgets(view) == []


def test_activating_a_capacity_row_suggests_trainees(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    screen.show_tab(CAPACITY_TAB)
    view = screen.capacity_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    row = next(r for r in range(3) if view.model.index(r, 0).data() == "Nog vrij")
    view.table.setCurrentIndex(view.model.index(row, FIXED_COLUMNS))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = screen.current_dialog
    assert isinstance(dialog, SuggestionsDialog)
    assert dialog.assignment_id == world.free


# --- attention -----------------------------------------------------------------------------------


def test_attention_items_lead_to_their_records(view_context, qtbot, world):
    view_context.app.today = D(2026, 4, 1)  # Jan's rotation ends within six weeks
    screen = _screen(view_context, qtbot)
    panel = screen.attention_panel
    qtbot.waitUntil(lambda: panel.items != [])
    kinds = [(i.kind.value, i.message.split(" ")[0]) for i in panel.items]
    assert ("rotatie-eindigt", "Rotatie") in kinds
    assert panel.title.text() == f"Aandacht nodig ({len(panel.items)})"
    rows = {panel.items[int(panel.list.item(r).data(Qt.ItemDataRole.UserRole + 40))].kind.value: r
            for r in range(panel.list.count())}  # fmt: skip

    panel.list.setCurrentRow(rows["rotatie-eindigt"])
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    form = screen.current_dialog
    assert isinstance(form, PlacementForm)
    assert form.placement_id == _ids(view_context.app, world.jan)[0]
    form.reject()

    panel.list.setCurrentRow(rows["vrije-plaatsen"])
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    detail = screen.current_dialog
    assert isinstance(detail, DetailDialog)
    assert detail.windowTitle() in ("Mobiliteit", "Nog vrij")
    detail.reject()

    panel.list.setCurrentRow(rows["zonder-plaatsing"])
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert screen.current_dialog.windowTitle() == "Joëlle Bakker"
    screen.current_dialog.reject()
    qtbot.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    suggestions = screen.current_dialog
    assert isinstance(suggestions, SuggestionsDialog)
    assert suggestions.trainee_id == world.joelle
    suggestions.reject()
    qtbot.mouseClick(panel.place_button, Qt.MouseButton.LeftButton)
    assert isinstance(screen.current_dialog, PlacementForm)
    assert screen.current_dialog.trainee_combo.value() == world.joelle

    panel.kind_combo.setCurrentIndex(panel.kind_combo.findText("Trainee zonder plaatsing"))
    assert panel.list.count() == 1
    assert "Joëlle Bakker heeft geen lopende of geplande plaatsing" in panel.list.item(0).text()


def test_the_screen_is_named_throughout(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    assert unnamed_widgets(screen) == []
    for tab in (TIMELINE_TAB, CAPACITY_TAB):
        screen.show_tab(tab)
        qtbot.wait(5)
        assert unnamed_widgets(screen) == [], tab
    texts = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert texts == ["Lijst", "Tijdlijn", "Capaciteit"]
