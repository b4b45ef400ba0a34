"""The placement form and the quick changes of the Plaatsingen screen: create from a trainee,
refusals that name the rule and the records, status and evaluations saved and undone,
delete and lock with undo, the unsaved-changes prompt, and accessible names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from coordinator_app.models import (
    Evaluation,
    EvaluationAuthor,
    EvaluationMoment,
    Placement,
    PlacementStatus,
    Trainee,
)
from coordinator_app.services.audit import history
from coordinator_app.views.planning import PlacementForm, open_placement_form
from coordinator_app.views.screens import create_list_screens
from coordinator_app.views.screens.placements import PlacementsScreen
from tests.gui.screens_fixtures import D, World, build_world, make_view_context, unnamed_widgets
from tests.helpers import factories as f
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen limits

MIDTERM_SUPERVISOR = (EvaluationMoment.MIDTERM, EvaluationAuthor.SUPERVISOR)


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def view_context(app_context, qtbot, dialogs):  # type: ignore[no-untyped-def]
    return make_view_context(app_context, dialogs)


@pytest.fixture
def world(app_context) -> World:  # type: ignore[no-untyped-def]
    return build_world(app_context)


@pytest.fixture
def participation(app_context, world) -> int:  # type: ignore[no-untyped-def]
    """An assignment at an organisation nobody has been at yet, open to every level."""
    with app_context.transaction() as s:
        from coordinator_app.models import Organisation

        return f.assignment(s, s.get(Organisation, world.pekela), "Participatie").id


def _placements(app_context, trainee_id: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    with app_context.read_session() as s:
        return [
            (p.assignment_id, p.rotation, p.start_date, p.end_date, p.status)
            for p in s.scalars(
                select(Placement)
                .where(Placement.trainee_id == trainee_id)
                .order_by(Placement.start_date)
            )
        ]


def _count(app_context, model) -> int:  # type: ignore[no-untyped-def]
    with app_context.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _placement_id(app_context, trainee_id: int, rotation: int) -> int:  # type: ignore[no-untyped-def]
    with app_context.read_session() as s:
        return s.scalars(
            select(Placement.id).where(
                Placement.trainee_id == trainee_id, Placement.rotation == rotation
            )
        ).one()


def _form(view_context, qtbot, *args, **kwargs) -> PlacementForm:  # type: ignore[no-untyped-def]
    form = open_placement_form(view_context, None, *args, **kwargs)
    assert form is not None
    qtbot.addWidget(form)
    return form


def _screen(view_context, qtbot) -> PlacementsScreen:  # type: ignore[no-untyped-def]
    screens = create_list_screens(view_context)
    for screen in screens:
        qtbot.addWidget(screen)
    screen = next(s for s in screens if isinstance(s, PlacementsScreen))
    screen.resize(1200, 720)
    screen.show()
    screen.refresh()
    return screen


def test_a_placement_from_a_trainee_is_filled_in_saved_and_undone(
    view_context, qtbot, world, participation
):
    changes: list[tuple[str, set[int]]] = []
    view_context.bus.changed.connect(lambda kind, ids: changes.append((kind, ids)))
    form = _form(view_context, qtbot, trainee_id=world.jan)
    # Jan's next free rotation is the second window of his cohort.
    assert form.trainee_combo.value() == world.jan
    assert form.rotation_spin.value() == 2
    assert form.collect() is None  # no assignment chosen yet
    assert not form.save_button.isEnabled()
    assert form.hint.text() == "Nog te kiezen: opdracht"
    assert form.window_note.text() == "Rotatievenster: 01-05-2026 t/m 31-12-2026"
    # Typing part of the title offers the matching assignments; Down and Enter take one.
    combo = form.assignment_combo
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "particip")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert combo.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.value() == participation
    assert form.save_button.isEnabled()
    saved: list[int] = []
    form.saved.connect(saved.append)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    expected = (participation, 2, D(2026, 5, 1), D(2026, 12, 31), PlacementStatus.PROPOSED)
    assert _placements(view_context.app, world.jan)[-1] == expected
    new_id = _placement_id(view_context.app, world.jan, 2)
    assert saved == [new_id]
    assert not form.isVisible()
    assert ("placement", {new_id}) in changes
    stack = view_context.undo_stack
    assert stack.undoText() == "Plaatsing van Jan de Vries bij 'Participatie'"
    stack.undo()
    assert len(_placements(view_context.app, world.jan)) == 1
    stack.redo()
    assert _placements(view_context.app, world.jan)[-1] == expected
    assert _placement_id(view_context.app, world.jan, 2) == new_id  # the same record again


def test_a_refused_save_names_the_rule_and_the_records_and_changes_nothing(
    view_context, qtbot, world
):
    # Mobiliteit has one place, and Anna holds it in Jan's second rotation.
    before = _count(view_context.app, Placement)
    form = _form(view_context, qtbot, trainee_id=world.jan, assignment_id=world.mobility)
    assert (form.start_edit.date().toPython(), form.end_edit.date().toPython()) == (
        D(2026, 5, 1),
        D(2026, 12, 31),
    )
    form.notes_edit.setPlainText("Graag bij Eemsdelta")
    assert not form.save()
    text = form.banner_text()
    assert "Opslaan geweigerd: dit zou een vaste regel breken" in text
    assert "Regel: Niet meer plaatsingen dan plaatsen" in text
    assert "Opdracht: Mobiliteit" in text
    assert "Anna van der Berg" in text
    assert form.isVisible()  # open, with what was typed
    assert form.notes_edit.toPlainText() == "Graag bij Eemsdelta"
    assert _count(view_context.app, Placement) == before
    assert view_context.undo_stack.count() == 0


def test_inline_checks_before_saving(view_context, qtbot, world):
    form = _form(view_context, qtbot, _placement_id(view_context.app, world.anna, 1))
    form.end_edit.setDate(form.start_edit.date().addDays(-1))
    assert form.field_error("end") == "De einddatum moet na de begindatum liggen."
    assert not form.save_button.isEnabled()
    form.end_edit.setDate(form.start_edit.date().addMonths(8).addDays(-1))
    assert form.save_button.isEnabled()
    box = form.evaluation_boxes[MIDTERM_SUPERVISOR]
    box.written.set_value(D(2026, 1, 10))
    assert box.error.text() == "Geef een cijfer, een toelichting of allebei."
    assert not form.save_button.isEnabled()
    box.score.setValue(7)
    box.written.set_value(D(2025, 8, 1))
    assert box.error.text() == (
        "Een evaluatie kan niet vóór het begin van de plaatsing zijn geschreven."
    )
    box.written.set_value(D(2026, 1, 10))
    assert box.error.isHidden()
    assert form.save_button.isEnabled()
    form.trainee_combo.setEditText("Niemand")
    assert form.field_error("trainee") == "Kies een trainee uit de lijst."


def test_status_and_evaluation_are_saved_together_and_undone(view_context, qtbot, world):
    pid = _placement_id(view_context.app, world.anna, 1)
    form = _form(view_context, qtbot, pid)
    statuses = [form.status_combo.itemData(i) for i in range(form.status_combo.count())]
    assert statuses == list(PlacementStatus)  # bevestigd may go anywhere
    form.status_combo.setCurrentIndex(form.status_combo.findData(PlacementStatus.RUNNING))
    form.tabs.setCurrentIndex(1)
    box = form.evaluation_boxes[MIDTERM_SUPERVISOR]
    box.score.setValue(8)
    box.written.set_value(D(2026, 1, 10))
    box.text.setPlainText("Neemt veel initiatief.")
    assert form.tabs.tabText(1) == "Evaluaties (1)"
    assert form.save()

    def state() -> tuple:
        with view_context.app.read_session() as s:
            placement = s.get(Placement, pid)
            evaluations = [
                (e.moment, e.author, e.score, e.text, e.written_on)
                for e in s.scalars(select(Evaluation).where(Evaluation.placement_id == pid))
            ]
            return placement.status, evaluations

    after = (
        PlacementStatus.RUNNING,
        [(*MIDTERM_SUPERVISOR, 8, "Neemt veel initiatief.", D(2026, 1, 10))],
    )
    assert state() == after
    assert view_context.undo_stack.count() == 1  # one save, one step back
    view_context.undo_stack.undo()
    assert state() == (PlacementStatus.CONFIRMED, [])
    view_context.undo_stack.redo()
    assert state() == after
    with view_context.app.read_session() as s:
        actions = [item.action for item in history(s, "placement", pid)]
        undone = history(s, "placement", pid)[1]  # newest first: redo, undo, save
    # Undo and redo change the placement in place: its history shows edits, never a
    # delete and a create.
    assert actions[:3] == ["update", "update", "update"]
    assert "delete" not in actions and actions.count("create") <= 1
    assert undone.changes["status"] == [
        PlacementStatus.RUNNING.value,
        PlacementStatus.CONFIRMED.value,
    ]

    # Opened again, the form shows what was saved; emptying the box removes the evaluation.
    again = _form(view_context, qtbot, pid)
    box = again.evaluation_boxes[MIDTERM_SUPERVISOR]
    assert (box.score.value(), box.text.toPlainText()) == (8, "Neemt veel initiatief.")
    assert again.status_combo.findData(PlacementStatus.PROPOSED) == -1  # lopend stays confirmed
    box.score.setValue(0)
    box.text.clear()
    box.written.clear_value()
    assert again.save()
    assert state() == (PlacementStatus.RUNNING, [])
    assert view_context.undo_stack.undoText() == "Evaluatie van Anna van der Berg opslaan"
    view_context.undo_stack.undo()
    assert state() == after


def test_quick_status_change_from_the_screen_undoes_even_backwards(view_context, qtbot, world):
    pid = _placement_id(view_context.app, world.jan, 1)
    with view_context.app.transaction() as s:
        s.get(Placement, pid).status = PlacementStatus.PROPOSED
    screen = _screen(view_context, qtbot)
    screen.select_ids([pid])
    menu = screen.build_context_menu()
    status_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    texts = {a.text(): a.isEnabled() for a in status_menu.actions()}
    assert texts == {
        "voorgesteld": False,  # the current one
        "bevestigd": True,
        "lopend": True,
        "afgerond": True,
        "afgebroken": True,
    }
    next(a for a in status_menu.actions() if a.text() == "lopend").trigger()
    with view_context.app.read_session() as s:
        assert s.get(Placement, pid).status is PlacementStatus.RUNNING
    # lopend -> voorgesteld is no status change anyone may make, but undo restores exactly.
    view_context.undo_stack.undo()
    with view_context.app.read_session() as s:
        assert s.get(Placement, pid).status is PlacementStatus.PROPOSED
    qtbot.waitUntil(lambda: screen.model.row_at(screen.model.view_row_of(pid)).status
                    is PlacementStatus.PROPOSED)  # fmt: skip


def test_a_refused_status_change_is_explained(view_context, qtbot, world, dialogs):
    pid = _placement_id(view_context.app, world.jan, 1)
    with view_context.app.transaction() as s:
        s.get(Placement, pid).status = PlacementStatus.ABORTED
        # Someone else took the place Jan had while his placement was aborted.
        f.placement(
            s, f.trainee(s, "Sanne", "Kok"), s.get(Placement, pid).assignment,
            D(2025, 9, 1), D(2026, 4, 30),
        )  # fmt: skip
    screen = _screen(view_context, qtbot)
    assert not screen.change_status(PlacementStatus.CONFIRMED, pid)
    assert dialogs.titles("error") == ["Status niet gewijzigd"]
    assert "Regel: Niet meer plaatsingen dan plaatsen" in dialogs.texts("error")[0]
    assert "Betrokken:" in dialogs.texts("error")[0]
    with view_context.app.read_session() as s:
        assert s.get(Placement, pid).status is PlacementStatus.ABORTED
    assert view_context.undo_stack.count() == 0


def test_soft_warnings_appear_next_to_the_saved_placement(
    view_context, qtbot, world, participation
):
    with view_context.app.transaction() as s:
        s.get(Trainee, world.jan).contract_end = D(2026, 8, 31)
    screen = _screen(view_context, qtbot)
    screen._place_for("trainee", world.jan)
    form = screen.current_dialog
    assert isinstance(form, PlacementForm)
    form.assignment_combo.set_value(participation)
    assert form.save()
    new_id = _placement_id(view_context.app, world.jan, 2)
    assert screen.notice.isVisible()
    assert "buiten het contract van Jan de Vries" in screen.notice_label.text()
    row = screen.model.view_row_of(new_id)
    column = next(i for i, c in enumerate(screen.model.columns) if c.key == "warnings")
    assert "buiten het contract" in screen.model.index(row, column).data()
    assert screen.selected_ids() == [new_id]
    view_context.undo_stack.undo()  # the placement is gone, and so are its warnings
    assert not screen.notice.isVisible()
    assert screen.recent_warnings == {}


def test_delete_and_lock_from_the_screen_with_undo(view_context, qtbot, world, dialogs):
    pid = _placement_id(view_context.app, world.anna, 1)
    with view_context.app.transaction() as s:
        s.add(Evaluation(placement_id=pid, moment=EvaluationMoment.FINAL,
                         author=EvaluationAuthor.TRAINEE, score=9, text="Top"))  # fmt: skip
    screen = _screen(view_context, qtbot)
    screen.select_ids([pid])
    assert screen.lock_button.text() == "Vastzetten"
    assert screen.toggle_lock()
    with view_context.app.read_session() as s:
        assert s.get(Placement, pid).locked
    assert screen.lock_button.text() == "Losmaken"
    view_context.undo_stack.undo()
    with view_context.app.read_session() as s:
        assert not s.get(Placement, pid).locked

    screen.select_ids([pid])
    screen.delete_selected()
    assert dialogs.titles("confirm") == ["Plaatsing verwijderen"]
    assert "De evaluaties van deze plaatsing gaan mee" in dialogs.texts("confirm")[0]
    assert _count(view_context.app, Evaluation) == 0
    assert screen.model.view_row_of(pid) is None
    view_context.undo_stack.undo()
    assert _count(view_context.app, Evaluation) == 1
    with view_context.app.read_session() as s:
        assert s.get(Placement, pid).start_date == D(2025, 9, 1)


def test_unsaved_changes_prompt(view_context, qtbot, world, dialogs):
    pid = _placement_id(view_context.app, world.anna, 1)
    form = _form(view_context, qtbot, pid)
    form.reject()  # nothing changed: closes without asking
    assert dialogs.methods() == []
    form = _form(view_context, qtbot, pid)
    form.notes_edit.setPlainText("Verlengen?")
    dialogs.unsaved_answer = "cancel"
    form.reject()
    assert form.isVisible()
    dialogs.unsaved_answer = "save"
    form.reject()
    assert not form.isVisible()
    with view_context.app.read_session() as s:
        assert s.get(Placement, pid).notes == "Verlengen?"
    assert dialogs.methods() == ["ask_unsaved", "ask_unsaved"]


def test_the_form_is_named_and_keyboard_ready(view_context, qtbot, world):
    form = _form(view_context, qtbot, trainee_id=world.jan)
    form.show()
    assert unnamed_widgets(form) == []
    form.tabs.setCurrentIndex(1)
    assert unnamed_widgets(form) == []
    assert form.save_button.isDefault()
    assert form.window_title() == "Nieuwe plaatsing"
    edit = _form(view_context, qtbot, _placement_id(view_context.app, world.anna, 2))
    assert edit.windowTitle() == "Plaatsing van Anna van der Berg – rotatie 2"


def test_a_vanished_placement_is_reported_not_opened(view_context, qtbot, world, dialogs):
    assert open_placement_form(view_context, None, 999_999) is None
    assert dialogs.titles("error") == ["Openen mislukt"]
    assert "bestaat niet meer" in dialogs.texts("error")[0]


def test_trainee_and_assignment_screens_start_a_placement(view_context, qtbot, world):
    screens = {s.key: s for s in create_list_screens(view_context)}
    for screen in screens.values():
        qtbot.addWidget(screen)
    trainees = screens["trainees"]
    trainees.show()
    trainees.refresh()
    buttons = trainees.planning_buttons
    assert not buttons.place_button.isEnabled()
    trainees.select_ids([world.jan])
    assert buttons.place_button.isEnabled()
    qtbot.mouseClick(buttons.place_button, Qt.MouseButton.LeftButton)
    form = trainees.current_dialog
    assert isinstance(form, PlacementForm)
    assert form.trainee_combo.value() == world.jan
    form.reject()
    assignments = screens["opdrachten"]
    assignments.show()
    assignments.refresh()
    assignments.select_ids([world.free])
    qtbot.mouseClick(assignments.planning_buttons.suggest_button, Qt.MouseButton.LeftButton)
    dialog = assignments.current_dialog
    assert type(dialog).__name__ == "SuggestionsDialog"
    assert dialog.windowTitle() == "Suggesties voor opdracht Nog vrij (Provincie Groningen)"
    assert unnamed_widgets(trainees) == []
    assert unnamed_widgets(assignments) == []


def test_dates_follow_the_assignment_until_set_by_hand(view_context, qtbot, world):
    form = _form(view_context, qtbot)
    form.trainee_combo.set_value(world.jan)
    assert form.rotation_spin.value() == 2
    form.assignment_combo.set_value(world.energy)
    assert form.start_edit.date().toPython() == D(2026, 5, 1)
    form.start_edit.setDate(form.start_edit.date().addDays(14))
    form.assignment_combo.set_value(world.free)
    assert form.start_edit.date().toPython() == D(2026, 5, 15)  # kept: the user chose it
    assert form.window_button.isEnabled()
    form.use_rotation_window()
    assert form.start_edit.date().toPython() == D(2026, 5, 1)
    assert isinstance(form.start_edit.date().toPython(), dt.date)
