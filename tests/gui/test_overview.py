"""Overzicht: key figures and the attention list, kept current through the DataBus."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from coordinator_app.context import AppContext
from coordinator_app.views.overview import OverviewScreen
from coordinator_app.views.tasks import QtTaskRunner
from coordinator_app.views.view_context import DataBus, ViewContext
from tests.helpers import factories
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen limits
TODAY = dt.date(2026, 3, 2)


def make_overview(context: AppContext, qtbot: Any) -> OverviewScreen:
    context.today = TODAY
    dialogs = FakeDialogs()
    ctx = ViewContext(context, QUndoStack(), dialogs, QtTaskRunner(dialogs), DataBus())
    screen = OverviewScreen(ctx)
    screen._ctx_keepalive = ctx  # type: ignore[attr-defined]
    qtbot.addWidget(screen)
    return screen


def add_ending_rotation(context: AppContext) -> None:
    """Jan de Vries' first rotation ends in three weeks and nothing follows it."""
    with context.transaction() as session:
        programme = factories.programme(session, "De Toekomst van Groningen")
        cohort = factories.cohort(session, programme)
        trainee = factories.trainee(session, "Jan", "Vries", "de", coh=cohort)
        assignment = factories.assignment(session, title="Gebiedsontwikkeling Dideldom")
        factories.placement(
            session,
            trainee,
            assignment,
            TODAY - dt.timedelta(days=150),
            TODAY + dt.timedelta(weeks=3),
        )


def attention_texts(screen: OverviewScreen) -> list[str]:
    return [screen.attention_list.item(i).text() for i in range(screen.attention_list.count())]


def test_figures_and_attention_list(sqlite_context: AppContext, qtbot: Any) -> None:
    add_ending_rotation(sqlite_context)
    screen = make_overview(sqlite_context, qtbot)
    screen.refresh()
    assert screen.title_label.text() == "Overzicht"
    assert screen.cards["trainees"].number.text() == "1"
    assert screen.cards["opdrachten"].number.text() == "1"
    assert screen.cards["plaatsingen"].number.text() == "1"
    assert screen.cards["bijeenkomsten"].number.text() == "0"
    assert screen.cards["trainees"].accessibleName() == "Trainees: 1"
    assert "2 maart 2026" in screen.subtitle_label.text()
    assert "Programma's: 1" in screen.more_label.text()
    assert "binnen 6 weken" in screen.attention_explanation.text()
    texts = attention_texts(screen)
    assert len(texts) == 1
    assert "Jan de Vries" in texts[0]
    assert "23-03-2026" in texts[0]


def test_the_attention_window_follows_the_setting(sqlite_context: AppContext, qtbot: Any) -> None:
    add_ending_rotation(sqlite_context)
    sqlite_context.settings.attention_weeks = 2
    screen = make_overview(sqlite_context, qtbot)
    screen.refresh()
    assert attention_texts(screen) == ["Geen rotaties die binnenkort eindigen zonder vervolg."]
    assert not screen.attention_list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert "binnen 2 weken" in screen.attention_explanation.text()
    sqlite_context.settings.attention_weeks = 1
    screen.refresh()
    assert "binnen 1 week " in screen.attention_explanation.text()


def test_a_change_on_the_bus_refreshes_the_visible_overview(
    sqlite_context: AppContext, qtbot: Any
) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.cards["organisaties"].number.text() == "0"
    with sqlite_context.transaction() as session:
        factories.organisation(session, "Waterschap Noorderzijlvest")
    screen.ctx.bus.notify("organisation", {1})
    qtbot.waitUntil(lambda: screen.cards["organisaties"].number.text() == "1")


def test_a_hidden_overview_waits_until_it_is_shown(sqlite_context: AppContext, qtbot: Any) -> None:
    screen = make_overview(sqlite_context, qtbot)
    screen.refresh()
    with sqlite_context.transaction() as session:
        factories.organisation(session, "Gemeente Eemsdelta")
    screen.ctx.bus.notify("organisation", set())
    qtbot.wait(250)
    assert screen.cards["organisaties"].number.text() == "0"
    screen.show()
    qtbot.waitUntil(lambda: screen.cards["organisaties"].number.text() == "1")


def test_cards_lead_to_their_screen(sqlite_context: AppContext, qtbot: Any) -> None:
    add_ending_rotation(sqlite_context)
    screen = make_overview(sqlite_context, qtbot)
    screen.show()
    qtbot.waitExposed(screen)
    with qtbot.waitSignal(screen.navigate_requested) as clicked:
        qtbot.mouseClick(screen.cards["opdrachten"], Qt.MouseButton.LeftButton)
    assert clicked.args == ["opdrachten"]
    screen.cards["bijeenkomsten"].setFocus()
    with qtbot.waitSignal(screen.navigate_requested) as pressed:
        qtbot.keyClick(screen.cards["bijeenkomsten"], Qt.Key.Key_Return)
    assert pressed.args == ["bijeenkomsten"]
    with qtbot.waitSignal(screen.navigate_requested) as activated:
        screen.attention_list.itemActivated.emit(screen.attention_list.item(0))
    assert activated.args == ["plaatsingen"]
