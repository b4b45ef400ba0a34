"""Overzicht: key figures per scope, lists that lead to their records, the map that
filters the lists, charts, and a refresh after an edit that keeps every widget.

The world (tests/gui/test_overview_figures.py) is small enough to know every number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from coordinator_app.context import AppContext
from coordinator_app.models import AssignmentStatus, Placement, Trainee, TraineeStatus
from coordinator_app.services.figures import Scope
from coordinator_app.views.app import build_main_window
from coordinator_app.views.i18n import Translations
from coordinator_app.views.main_window import MainWindow
from coordinator_app.views.overview import ListRequest, MapMeasure, OverviewScreen
from coordinator_app.views.tasks import QtTaskRunner
from coordinator_app.views.view_context import DataBus, ViewContext
from tests.gui.test_overview_figures import TODAY, World, build_world
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen limits


@pytest.fixture
def world(sqlite_context: AppContext) -> World:
    sqlite_context.today = TODAY
    with sqlite_context.transaction() as db:
        return build_world(db)


def make_overview(context: AppContext, qtbot: Any) -> OverviewScreen:
    context.today = TODAY
    dialogs = FakeDialogs()
    ctx = ViewContext(context, QUndoStack(), dialogs, QtTaskRunner(dialogs), DataBus())
    screen = OverviewScreen(ctx)
    screen._ctx_keepalive = ctx  # type: ignore[attr-defined]
    screen.resize(1080, 760)
    qtbot.addWidget(screen)
    return screen


def make_window(context: AppContext, qtbot: Any) -> MainWindow:
    context.today = TODAY
    window = build_main_window(context, FakeDialogs(), remember_state=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()  # the figures are read right after the first paint
    qtbot.waitExposed(window)
    return window


def numbers(screen: OverviewScreen) -> dict[str, str]:
    return {key: card.number.text() for key, card in screen.cards.items()}


def titles(view: Any) -> list[str]:
    return [entry.title for entry in view.entries()]


def click_row(qtbot: Any, view: Any, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- figures ---------------------------------------------------------------------------


def test_cards_show_the_key_figures_of_the_chosen_scope(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.refresh()
    assert screen.title_label.text() == "Overzicht"
    assert "2 maart 2026" in screen.subtitle_label.text()
    assert numbers(screen) == {
        "trainees": "4",
        "plaatsingen": "3",
        "opdrachten": "3",
        "bijeenkomsten": "3",
        "deelname": "67%",  # 4 of 6
        "actiepunten": "2",
    }
    assert screen.cards["opdrachten"].detail.text() == "2 vrije plaatsen"
    assert screen.cards["bijeenkomsten"].detail.text() == "in maart"
    assert screen.cards["trainees"].accessibleName() == "Trainees: 4, aangenomen of actief"
    combo = [screen.scope_combo.itemText(i) for i in range(screen.scope_combo.count())]
    assert combo == [
        "Alle programma's en lichtingen",
        "De Toekomst van Groningen",
        "    Lichting 2025",
        "Young Professional Programma",
        "    YPP 2026",
    ]
    assert screen.choose_scope(Scope(cohort_id=world.cohort))
    assert screen.scope_combo.currentText().strip() == "Lichting 2025"
    assert numbers(screen) == {
        "trainees": "3",
        "plaatsingen": "2",
        "opdrachten": "2",
        "bijeenkomsten": "2",
        "deelname": "60%",
        "actiepunten": "2",
    }
    # The lists, the map and the charts follow the scope too.
    assert titles(screen.attention_list) == ["Kees Smit", "Jan de Vries"]
    assert screen.municipality_chart.summary() == "Assen: 1; Veendam: 1"  # Bea is not in it


def test_lists_say_what_needs_attention_and_what_is_coming(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.refresh()
    attention = screen.attention_list.entries()
    assert [e.title for e in attention] == ["Energietransitie Assen", "Kees Smit", "Jan de Vries"]
    assert [e.tag for e in attention] == [
        "Opdracht met vrije plaatsen · 02-03-2026",
        "Trainee zonder plaatsing · 02-03-2026",
        "Rotatie eindigt zonder vervolg · 31-03-2026",
    ]
    assert "Rotatie 1 van Jan de Vries eindigt op 31-03-2026" in attention[2].detail
    assert screen.attention_badge.text() == "3"
    assert "binnen 6 weken" in screen.attention_explanation.text()
    below = screen.below_list.entries()
    assert [e.title for e in below] == ["Kees Smit · 0%", "Jan de Vries · 50%"]
    assert below[1].detail == "Lichting 2025 · 1 van 2 keer aanwezig, 1 keer afgemeld"
    assert screen.below_panel.title.text() == "Onder de deelnamedrempel (70%)"
    coming = screen.upcoming_list.entries()
    assert [e.title for e in coming] == ["di 10 maart 2026 · 10:00–12:00"]
    assert coming[0].detail == "Terugkomdag · training · Provinciehuis · 2 uitgenodigd"
    assert coming[0].request == ListRequest("bijeenkomsten", select=world.sessions["coming"])
    screen.choose_scope(Scope(cohort_id=world.other_cohort))
    assert screen.upcoming_list.entries() == []
    assert screen.upcoming_list.entry_model.data(screen.upcoming_list.entry_model.index(0, 0)) == (
        "Geen bijeenkomsten gepland in de komende twee weken."
    )


def test_charts_and_map_show_the_same_figures(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.refresh()
    # Anna and Bea in Veendam, Jan in Assen (all in their first rotation).
    assert screen.subregion_chart.summary() == "Oost: 2; Noord-Drenthe: 1"
    participation = screen.participation_chart.summary()
    assert "feb: 75%" in participation  # 3 of 4 present
    assert "mrt: 50%" in participation  # the kick-off: Bea present, Jan excused
    assert "feb: hbo 67%, wo 33%" in screen.mix_chart.summary()
    assert screen.participation_chart.data.threshold == pytest.approx(70)
    values = {p.name: p.value for p in screen.map.points}
    assert len(values) == 22
    assert (values["Veendam"], values["Assen"], values["Groningen"]) == (2, 1, 0)
    screen.choose_measure(MapMeasure.TRAINEES)
    values = {p.name: p.value for p in screen.map.points}
    assert (values["Groningen"], values["Assen"], values["Emmen"], values["Veendam"]) == (
        2, 1, 1, 0,
    )  # fmt: skip
    row = screen.municipality_list.items[world.municipalities["Groningen"]]
    assert [row.text(c) for c in range(4)] == ["Groningen", "0", "0", "2"]
    assert row.font(3).bold() and not row.font(1).bold()


# -- one click away ----------------------------------------------------------------------


def test_clicking_an_attention_item_shows_its_record(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    window = make_window(sqlite_context, qtbot)
    overview = window.overview
    assert window.current_key() == "overzicht"
    click_row(qtbot, overview.attention_list, 1)  # Kees has no placement
    assert window.current_key() == "trainees"
    trainees = window.screens["trainees"]
    assert trainees.selected_ids() == [world.trainees["kees"]]
    window.show_screen("overzicht")
    overview.attention_list.setFocus()
    overview.attention_list.setCurrentIndex(overview.attention_list.model().index(2, 0))
    qtbot.keyClick(overview.attention_list, Qt.Key.Key_Return)  # Jan's rotation ends
    assert window.current_key() == "plaatsingen"
    with sqlite_context.read_session() as db:
        jan_placement = db.query(Placement.id).filter_by(trainee_id=world.trainees["jan"]).scalar()
    assert window.screens["plaatsingen"].selected_ids() == [jan_placement]
    window.show_screen("overzicht")
    click_row(qtbot, overview.below_list, 1)  # Jan, below the threshold
    assert window.current_key() == "trainees"
    assert trainees.selected_ids() == [world.trainees["jan"]]


def test_clicking_a_map_marker_filters_the_lists(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    window = make_window(sqlite_context, qtbot)
    overview = window.overview
    overview.scroll.ensureWidgetVisible(overview.map)
    assen = world.municipalities["Assen"]
    centre = overview.map.marker_centre(assen)
    assert centre is not None
    assert overview.map.marker_at(centre.x(), centre.y()) == assen
    qtbot.mouseClick(overview.map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert window.current_key() == "opdrachten"
    assert window.statusBar().currentMessage() == "Gefilterd op gemeente Assen"
    assignments = window.screens["opdrachten"]
    assert assignments.filter_value("municipality") == assen
    shown = {row.title for row in assignments.model.shown_rows()}
    assert shown == {"Datagedreven werken", "Energietransitie Assen"}

    window.show_screen("overzicht")
    overview.choose_scope(Scope(cohort_id=world.cohort))
    overview.choose_measure(MapMeasure.TRAINEES)
    groningen = world.municipalities["Groningen"]
    centre = overview.map.marker_centre(groningen)
    assert centre is not None
    qtbot.mouseClick(overview.map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert window.current_key() == "trainees"
    trainees = window.screens["trainees"]
    assert trainees.filter_value("municipality") == groningen
    assert trainees.filter_value("cohort") == world.cohort  # the overview's scope
    assert {row.id for row in trainees.model.shown_rows()} == {
        world.trainees["anna"],
        world.trainees["kees"],
    }


def test_the_map_and_its_list_work_from_the_keyboard(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.show()
    QApplication.processEvents()  # the figures are read right after the first paint
    qtbot.waitExposed(screen)
    screen.choose_measure(MapMeasure.ASSIGNMENTS)
    requests: list[ListRequest] = []
    screen.list_requested.connect(requests.append)
    screen.map.setFocus()
    qtbot.keyClick(screen.map, Qt.Key.Key_Right)  # first: the biggest marker (Assen, 2)
    assert screen.map.current == world.municipalities["Assen"]
    assert screen.municipality_list.current_id() == world.municipalities["Assen"]
    qtbot.keyClick(screen.map, Qt.Key.Key_Up)  # north of Assen
    north = screen.map.point(screen.map.current)
    assert north is not None and north.latitude > 52.99
    qtbot.keyClick(screen.map, Qt.Key.Key_Return)
    assert requests[-1] == ListRequest(
        "opdrachten",
        (("municipality", north.id), ("status", AssignmentStatus.OPEN)),
    )
    emmen = screen.municipality_list.items[world.municipalities["Emmen"]]
    screen.municipality_list.setFocus()
    screen.municipality_list.setCurrentItem(emmen)
    assert screen.map.current == world.municipalities["Emmen"]
    qtbot.keyClick(screen.municipality_list, Qt.Key.Key_Return)
    assert requests[-1].filters[0] == ("municipality", world.municipalities["Emmen"])


def test_cards_lead_to_their_lists(sqlite_context: AppContext, world: World, qtbot: Any) -> None:
    window = make_window(sqlite_context, qtbot)
    overview = window.overview
    overview.choose_scope(Scope(cohort_id=world.cohort))
    qtbot.mouseClick(overview.cards["trainees"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "trainees"
    assert window.screens["trainees"].filter_value("cohort") == world.cohort
    window.show_screen("overzicht")
    overview.cards["opdrachten"].setFocus()
    qtbot.keyClick(overview.cards["opdrachten"], Qt.Key.Key_Return)
    assignments = window.screens["opdrachten"]
    assert window.current_key() == "opdrachten"
    assert assignments.filter_value("status") is AssignmentStatus.OPEN
    assert assignments.filter_value("programme") == world.programme
    assert assignments.shown_and_total()[0] == 2  # what the card said


# -- staying current -----------------------------------------------------------------------


def widgets(screen: QWidget) -> list[int]:
    return sorted(id(w) for w in screen.findChildren(QWidget))


def test_an_edit_refreshes_the_figures_without_rebuilding(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.show()
    QApplication.processEvents()  # the figures are read right after the first paint
    qtbot.waitExposed(screen)
    before = widgets(screen)
    map_before = [p.value for p in screen.map.points]
    with sqlite_context.transaction() as db:
        db.get(Trainee, world.trainees["kees"]).status = TraineeStatus.LEFT
    with qtbot.waitSignal(screen.refreshed, timeout=2000):
        screen.ctx.bus.notify("trainee", {world.trainees["kees"]})
    assert numbers(screen)["trainees"] == "3"
    assert titles(screen.attention_list) == ["Energietransitie Assen", "Jan de Vries"]
    assert titles(screen.below_list) == ["Jan de Vries · 50%"]  # Kees left: no warning
    assert [p.value for p in screen.map.points] == map_before  # placements: unchanged
    assert widgets(screen) == before  # new data, the same widgets

    with sqlite_context.transaction() as db:
        db.get(Trainee, world.trainees["anna"]).phone = "050 123 4567"
    with qtbot.waitSignal(screen.refreshed, timeout=2000):
        screen.ctx.bus.notify("trainee", {world.trainees["anna"]})
    assert numbers(screen)["trainees"] == "3"


def test_a_hidden_overview_waits_until_it_is_shown(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.refresh()
    with sqlite_context.transaction() as db:
        db.get(Trainee, world.trainees["bea"]).status = TraineeStatus.FINISHED
    screen.ctx.bus.notify("trainee", {world.trainees["bea"]})
    qtbot.wait(50)
    assert numbers(screen)["trainees"] == "4"
    with qtbot.waitSignal(screen.refreshed, timeout=2000):
        screen.show()
        QApplication.processEvents()  # the figures are read right after the first paint
    assert numbers(screen)["trainees"] == "3"


def test_a_new_day_or_database_reads_everything_again(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.show()
    QApplication.processEvents()  # the figures are read right after the first paint
    qtbot.waitExposed(screen)
    sqlite_context.today = dt.date(2026, 4, 1)  # Jan's rotation has ended meanwhile
    with qtbot.waitSignal(screen.refreshed, timeout=2000):
        screen.ctx.bus.notify("coach", set())
    assert "1 april 2026" in screen.subtitle_label.text()
    assert numbers(screen)["plaatsingen"] == "2"
    with qtbot.waitSignal(screen.refreshed, timeout=2000):
        screen.mark_stale()
    assert numbers(screen)["plaatsingen"] == "2"


# -- accessibility and language ---------------------------------------------------------------


def test_every_interactive_widget_has_an_accessible_name(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.show()
    QApplication.processEvents()  # the figures are read right after the first paint
    qtbot.waitExposed(screen)
    interactive = (QAbstractButton, QAbstractItemView, QLineEdit, QComboBox)
    nameless = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in screen.findChildren(QWidget)
        if (isinstance(w, interactive) or w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.isVisibleTo(screen)
        and not w.accessibleName()
        and not isinstance(w.parent(), QAbstractItemView)
    ]
    assert nameless == []
    assert screen.map.accessibleName() == "Kaart van Groningen en Drenthe"


@pytest.fixture
def translations() -> Iterator[Translations]:
    found = Translations.for_app()
    found.apply("nl")
    yield found
    found.apply("nl")


def test_english_texts_come_from_the_translation_file(
    sqlite_context: AppContext, world: World, qtbot: Any, translations: Translations
) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.refresh()
    sqlite_context.settings.language = "en"
    try:
        translations.apply("en")
        QCoreApplication.processEvents()
        assert screen.title_label.text() == "Overview"
        assert screen.attention_title.text() == "Needs attention"
        assert screen.cards["plaatsingen"].detail.text() == "running in the current rotation"
        assert [e.tag for e in screen.attention_list.entries()][1] == (
            "Trainee without placement · 2 Mar 2026"
        )
        details = [e.detail for e in screen.attention_list.entries()]
        assert any(d.endswith("has no current or planned placement.") for d in details)
        assert not any("plaatsing" in d for d in details)  # no Dutch left in the list
        assert screen.measure_buttons[MapMeasure.TRAINEES].text() == "Trainees' homes"
    finally:
        sqlite_context.settings.language = "nl"
    translations.apply("nl")
    QCoreApplication.processEvents()
    assert screen.title_label.text() == "Overzicht"


def test_enter_on_a_list_is_not_taken_by_the_window(
    sqlite_context: AppContext, world: World, qtbot: Any
) -> None:
    window = make_window(sqlite_context, qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.overview.upcoming_list
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert window.current_key() == "bijeenkomsten"
    sessions = window.screens["bijeenkomsten"]
    assert sessions.selected_ids() == [world.sessions["coming"]]
    assert sessions.current_dialog is None  # the window's Enter did not open the record
