"""The list screens as the main window uses them: search, filters, selection, context
menu, delete with undo/redo, export, staying current, language, accessibility."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from coordinator_app.models import (
    Assignment,
    Attendance,
    EducationLevel,
    LevelCategory,
    Organisation,
    Placement,
    Trainee,
    TraineeStatus,
)
from coordinator_app.paths import resources_dir
from coordinator_app.views.screens import ListScreen, create_list_screens
from coordinator_app.views.screens import base as screens_base
from coordinator_app.views.screens.details import DetailDialog
from coordinator_app.views.screens.trainees import TraineesScreen
from tests.gui.screens_fixtures import (
    D,
    World,
    build_world,
    make_view_context,
    unnamed_widgets,
)
from tests.helpers import factories as f
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


def _screen(view_context, qtbot, key: str = "trainees") -> ListScreen:  # type: ignore[no-untyped-def]
    screens = create_list_screens(view_context)
    for screen in screens:
        qtbot.addWidget(screen)
    screen = next(s for s in screens if s.key == key)
    screen.resize(1100, 700)
    screen.show()
    screen.refresh()
    return screen


def _shown_names(screen: ListScreen) -> list[str]:
    return [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]


def _count(app_context, model) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    with app_context.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_the_five_screens_in_sidebar_order(view_context, qtbot, world):
    screens = create_list_screens(view_context)
    for screen in screens:
        qtbot.addWidget(screen)
    assert [s.key for s in screens] == [
        "trainees",
        "organisaties",
        "opdrachten",
        "plaatsingen",
        "bijeenkomsten",
    ]
    assert [s.title() for s in screens] == [
        "Trainees",
        "Organisaties",
        "Opdrachten",
        "Plaatsingen",
        "Bijeenkomsten",
    ]
    assert all(s.shown_and_total() == (0, 0) for s in screens)  # nothing read before refresh
    for screen in screens:
        screen.refresh()
    assert [s.shown_and_total()[1] for s in screens] == [3, 3, 3, 3, 1]
    assert screens[0].count_label.text() == "3 van 3 getoond"


def test_search_filters_as_you_type(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    qtbot.keyClicks(screen.search, "joelle")
    assert _shown_names(screen) == ["Bakker, Joëlle"]
    assert screen.shown_and_total() == (1, 3)
    assert screen.count_label.text() == "1 van 3 getoond"
    assert screen.clear_filters_button.isEnabled()
    screen.clear_filters()
    assert screen.search.text() == ""
    assert screen.shown_and_total() == (3, 3)
    assert not screen.clear_filters_button.isEnabled()


def test_focus_search_selects_the_search_text(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    screen.search.setText("berg")
    screen.activateWindow()
    screen.focus_search()
    qtbot.waitUntil(lambda: screen.search.hasFocus())
    assert screen.search.selectedText() == "berg"


def test_filter_combos_narrow_and_say_so(view_context, qtbot, world: World):
    screen = _screen(view_context, qtbot)
    combo = screen.filter_combos["programme"]
    assert combo.itemText(0) == "Alle programma's"
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "De Toekomst van Groningen",
        "GOA Publiek",
    ]
    assert screen.set_filter_value("programme", world.other_programme)
    assert _shown_names(screen) == ["Bakker, Joëlle"]
    assert combo.font().bold()
    assert screen.set_filter_value("level", LevelCategory.MBO)
    assert screen.shown_and_total() == (1, 3)
    screen.filter_combos["programme"].setCurrentIndex(0)
    assert screen.shown_and_total() == (1, 3)  # only the level filter is left
    assert screen.set_filter_value("status", TraineeStatus.LEFT)
    assert screen.shown_and_total() == (0, 3)
    assert screen.empty_label.isVisible()
    assert "Niets gevonden" in screen.empty_label.text()
    assert not screen.set_filter_value("cohort", 99999)


def test_filters_survive_a_refresh_and_a_vanished_choice_resets(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    screen.set_filter_value("cohort", world.other_cohort)
    screen.refresh()
    assert screen.shown_and_total() == (1, 3)
    with view_context.app.transaction() as s:
        trainee = s.get(Trainee, world.joelle)
        trainee.cohort_id = world.cohort
        from coordinator_app.models import Cohort

        s.delete(s.get(Cohort, world.other_cohort))
    screen.refresh()
    assert screen.filter_value("cohort") is None
    assert screen.shown_and_total() == (3, 3)


def test_multi_select_and_selection_survives_sorting_and_refresh(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    with qtbot.waitSignal(screen.selection_changed):
        screen.table.selectAll()
    assert sorted(screen.selected_ids()) == sorted([world.anna, world.jan, world.joelle])
    assert "3 geselecteerd" in screen.count_label.text()
    screen.table.clearSelection()
    screen.select_ids([world.jan])
    screen.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _shown_names(screen) == ["Vries, Jan de", "Berg, Anna van der", "Bakker, Joëlle"]
    assert screen.selected_ids() == [world.jan]
    screen.refresh()
    assert screen.selected_ids() == [world.jan]
    qtbot.keyClicks(screen.search, "anna")
    assert screen.selected_ids() == []


def test_header_click_sorts(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    header = screen.table.horizontalHeader()
    assert _shown_names(screen) == ["Bakker, Joëlle", "Berg, Anna van der", "Vries, Jan de"]
    where = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert _shown_names(screen) == ["Vries, Jan de", "Berg, Anna van der", "Bakker, Joëlle"]


def test_context_menu_actions(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    menu = screen.build_context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Openen",
        "Bewerken",
        "Verwijderen",
        "Selectie exporteren",
        "Geschiedenis…",
        "Privacy…",  # the trainees screen only: inzage, anonymise, delete (AVG)
    ]
    assert not screen.open_action.isEnabled()
    assert not screen.history_action.isEnabled()
    assert screen.export_action.isEnabled()
    screen.select_ids([world.anna])
    screen.build_context_menu()
    assert screen.history_action.isEnabled()
    assert screen.open_action.isEnabled()
    assert screen.delete_action.isEnabled()
    placements = _screen(view_context, qtbot, "plaatsingen")
    placements.table.selectRow(0)
    placements.build_context_menu()
    assert placements.open_action.isEnabled()
    assert placements.edit_action.isEnabled()  # placements are edited here (planning)
    assert placements.delete_action.isEnabled()
    assert placements.new_button.isVisibleTo(placements)


def test_delete_names_what_goes_along_and_undo_redo(view_context, qtbot, world, dialogs):
    app = view_context.app
    with app.transaction() as s:
        from coordinator_app.models import Session as Meeting

        meeting = s.get(Meeting, world.session)
        extra = Meeting(type=meeting.type, title="Nog een", date=meeting.date,
                        start_time=meeting.start_time, end_time=meeting.end_time)  # fmt: skip
        extra.attendances = [Attendance(trainee_id=world.anna)]
        s.add(extra)
    screen = _screen(view_context, qtbot)
    screen.select_ids([world.anna])
    messages: list[str] = []
    screen.status_message.connect(messages.append)
    screen.delete_selected()
    method, title, text = dialogs.calls[-1]
    assert (method, title) == ("confirm", "Trainee verwijderen")
    assert dialogs.details[-1]["destructive"] is True
    assert "Wilt u trainee Anna van der Berg verwijderen?" in text
    assert "Met deze trainee verdwijnen ook 2 plaatsingen en 2 aanwezigheidsregistraties." in text
    assert _count(app, Trainee) == 2
    assert _count(app, Placement) == 1
    assert screen.shown_and_total() == (2, 2)
    assert messages[-1].startswith("Trainee Anna van der Berg verwijderd.")
    stack = view_context.undo_stack
    assert stack.undoText() == "Trainee Anna van der Berg verwijderen"

    stack.undo()
    assert _count(app, Trainee) == 3
    assert _count(app, Placement) == 3
    assert _count(app, Attendance) == 3
    with app.read_session() as s:
        assert s.get(Trainee, world.anna).full_name == "Anna van der Berg"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: screen.shown_and_total() == (3, 3))

    stack.redo()
    assert _count(app, Trainee) == 2
    assert _count(app, Placement) == 1
    qtbot.waitUntil(lambda: screen.shown_and_total() == (2, 2))
    assert "error" not in dialogs.methods()


def test_delete_cancelled_changes_nothing(view_context, qtbot, world, dialogs):
    dialogs.confirm_answer = False
    screen = _screen(view_context, qtbot)
    screen.table.selectAll()
    screen.delete_selected()
    assert dialogs.titles("confirm") == ["3 trainees verwijderen"]
    assert "Met deze trainees verdwijnen ook 3 plaatsingen" in dialogs.texts("confirm")[0]
    assert _count(view_context.app, Trainee) == 3
    assert view_context.undo_stack.count() == 0


def test_organisation_with_placements_cannot_be_deleted(view_context, qtbot, world, dialogs):
    screen = _screen(view_context, qtbot, "organisaties")
    screen.select_ids([world.province])
    screen.delete_selected()
    assert dialogs.methods() == ["error"]
    _, title, text = dialogs.calls[0]
    assert title == "Organisatie kan niet worden verwijderd"
    assert "er zijn trainees geplaatst op haar opdrachten" in text
    assert "Provincie Groningen: opdracht 'Energie' heeft 2 plaatsingen" in text
    assert "Nog vrij" not in text
    assert _count(view_context.app, Organisation) == 3


def test_organisation_without_placements_goes_with_undo(view_context, qtbot, world, dialogs):
    with view_context.app.transaction() as s:
        f.assignment(s, s.get(Organisation, world.pekela), "Leeg")
    screen = _screen(view_context, qtbot, "organisaties")
    screen.select_ids([world.pekela])
    screen.delete_selected()
    assert "Met deze organisatie verdwijnen ook 1 opdracht." in dialogs.texts("confirm")[0]
    assert _count(view_context.app, Organisation) == 2
    view_context.undo_stack.undo()
    assert _count(view_context.app, Organisation) == 3


def test_failed_undo_is_reported_and_dropped(view_context, qtbot, world, dialogs):
    screen = _screen(view_context, qtbot)
    screen.select_ids([world.jan])
    screen.delete_selected()
    with view_context.app.transaction() as s:  # someone takes Jan's place meanwhile
        joelle = s.get(Trainee, world.joelle)
        joelle.education_level = EducationLevel.HBO
        f.placement(s, joelle, s.get(Assignment, world.energy), D(2025, 9, 1), D(2026, 4, 30))
    view_context.undo_stack.undo()
    assert dialogs.titles("error") == ["Ongedaan maken mislukt"]
    assert "Niet meer plaatsingen dan plaatsen" in dialogs.texts("error")[0]
    assert view_context.undo_stack.count() == 0
    assert _count(view_context.app, Trainee) == 2


def test_export_of_the_selection_and_of_all_shown_rows(view_context, qtbot, world, dialogs,
                                                       tmp_path):  # fmt: skip
    target = tmp_path / "lijst"
    dialogs.save_path = target
    screen = _screen(view_context, qtbot)
    screen.select_ids([world.jan, world.anna])
    screen.export_selection()
    assert dialogs.calls[-1][0] == "save_file"
    assert dialogs.calls[-1][2] == "trainees-2026-01-15.xlsx"
    sheet = load_workbook(target.with_suffix(".xlsx")).active
    assert sheet.title == "Trainees"
    assert [c.value for c in sheet["A"]] == ["Naam", "Berg, Anna van der", "Vries, Jan de"]

    screen.table.clearSelection()
    screen.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    screen.set_filter_value("programme", world.programme)
    screen.export_selection()
    sheet = load_workbook(target.with_suffix(".xlsx")).active
    assert [c.value for c in sheet["A"]] == ["Naam", "Vries, Jan de", "Berg, Anna van der"]


def test_large_exports_run_in_the_background(view_context, qtbot, world, dialogs, tmp_path,
                                             monkeypatch):  # fmt: skip
    monkeypatch.setattr(screens_base, "BACKGROUND_EXPORT_ROWS", 2)
    dialogs.save_path = tmp_path / "plaatsingen.xlsx"
    screen = _screen(view_context, qtbot, "plaatsingen")
    messages: list[str] = []
    screen.status_message.connect(messages.append)
    screen.export_selection()
    assert view_context.tasks.titles == ["Exporteren naar Excel"]
    assert messages == ["3 rijen geëxporteerd naar plaatsingen.xlsx"]
    assert load_workbook(tmp_path / "plaatsingen.xlsx").active.max_row == 4


def test_export_failure_is_shown(view_context, qtbot, world, dialogs, tmp_path):
    dialogs.save_path = tmp_path / "bestaat-niet" / "sub" / "x.xlsx"
    (tmp_path / "bestaat-niet").write_text("een bestand, geen map")
    screen = _screen(view_context, qtbot)
    screen.export_selection()
    assert dialogs.titles("error") == ["Exporteren mislukt"]


def test_screens_follow_changes_made_elsewhere(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    hidden = _screen(view_context, qtbot, "plaatsingen")
    hidden.hide()
    with view_context.app.transaction() as s:
        f.trainee(s, "Nieuw", "Lid")
        f.placement(s, s.get(Trainee, world.joelle), s.get(Assignment, world.free),
                    D(2025, 9, 1), D(2026, 1, 31))  # fmt: skip
    view_context.bus.notify("trainee", set())
    view_context.bus.notify("placement", set())
    qtbot.waitUntil(lambda: screen.shown_and_total() == (4, 4))
    assert hidden.shown_and_total() == (3, 3)  # not shown: refreshed when it appears
    hidden.show()
    assert hidden.shown_and_total() == (4, 4)


def test_open_shows_the_record_and_edit_opens_the_form(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    screen.select_ids([world.anna])
    screen.open_selected()
    detail = screen.current_dialog
    assert isinstance(detail, DetailDialog)
    assert detail.windowTitle() == "Anna van der Berg"
    assert detail.edit_button is not None
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    assert type(screen.current_dialog).__name__ == "TraineeForm"
    screen.current_dialog.reject()

    for key, title in (("plaatsingen", "Anna van der Berg – rotatie 1"),
                       ("bijeenkomsten", "Trainingsdag energie")):  # fmt: skip
        other = _screen(view_context, qtbot, key)
        other.table.selectRow(0)
        other.open_selected()
        assert isinstance(other.current_dialog, DetailDialog)
        assert other.current_dialog.windowTitle() == title
        assert other.current_dialog.edit_button is None


def test_every_control_has_an_accessible_name(view_context, qtbot, world):
    for key in ("trainees", "organisaties", "opdrachten", "plaatsingen", "bijeenkomsten"):
        screen = _screen(view_context, qtbot, key)
        assert unnamed_widgets(screen) == [], key


def _translator() -> QTranslator:
    translator = QTranslator()
    path = resources_dir() / "translations" / "screens_en.qm"
    if not translator.load(str(path)):
        pytest.fail(f"{path} is missing; run tools/update_translations.py")
    return translator


def test_english(view_context, qtbot, world):
    screen = _screen(view_context, qtbot)
    view_context.app.settings.language = "en"
    translator = _translator()
    QCoreApplication.installTranslator(translator)
    try:
        QApplication.processEvents()  # LanguageChange reaches the screen
        assert screen.title() == "Trainees"
        assert screen.title_label.text() == "Trainees"
        assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
        assert screen.filter_combos["programme"].itemText(0) == "All programmes"
        assert screen.filter_combos["status"].itemText(1) == "hired"
        assert screen.count_label.text() == "3 of 3 shown"
        assert screen.new_button.text() == "New trainee"
        screen.select_ids([world.anna])
        screen.delete_selected()
        text = view_context.dialogs.texts("confirm")[-1]
        assert "Do you want to delete trainee Anna van der Berg?" in text
        assert "2 placements" in text
    finally:
        QCoreApplication.removeTranslator(translator)
        view_context.app.settings.language = "nl"
        QApplication.processEvents()
    assert screen.title_label.text() == "Trainees"
    assert screen.count_label.text().endswith("getoond")


def test_constructing_a_screen_reads_nothing(view_context, qtbot, world, monkeypatch):
    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("read before the first refresh")

    monkeypatch.setattr(view_context.app, "read_session", refuse)
    screen = TraineesScreen(view_context)
    qtbot.addWidget(screen)
    assert screen.shown_and_total() == (0, 0)


@pytest.fixture
def unused_path(tmp_path: Path) -> Path:
    return tmp_path / "niet-gebruikt.xlsx"


def test_cancelled_save_dialog_writes_nothing(view_context, qtbot, world, unused_path):
    view_context.dialogs = FakeDialogs(save_path=None)
    screen = _screen(view_context, qtbot)
    screen.export_selection()
    assert not unused_path.exists()
    assert view_context.dialogs.methods() == ["save_file"]


def test_editing_a_record_deleted_elsewhere_says_so(view_context, qtbot, world, dialogs):
    screen = _screen(view_context, qtbot)
    with view_context.app.transaction() as s:
        s.delete(s.get(Trainee, world.joelle))
    screen.edit_record(world.joelle)
    assert dialogs.titles("error") == ["Openen mislukt"]
    assert screen.shown_and_total() == (2, 2)  # the list was read again
