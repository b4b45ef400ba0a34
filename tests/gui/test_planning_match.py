"""Suggestions and the cohort planner in the GUI: ranked by score with every part shown,
blocked pairs last with the reason, 'Plaatsen' undoable, the weights a saved setting; the
planner run in the background, its proposal shown as a diff, accepted in part and undone."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import Assignment, Organisation, Placement, Preference
from coordinator_app.paths import resources_dir
from coordinator_app.services.progress import Cancelled
from coordinator_app.views.planning import PlannerDialog, SuggestionsDialog, open_planner
from coordinator_app.views.planning.planner_dialog import ALL, ONE, TRAINEE_ROLE
from coordinator_app.views.planning.suggestions import FIRST_PART, NAME, NOTE, TOTAL
from tests.gui.screens_fixtures import D, World, build_world, make_view_context, unnamed_widgets
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


@pytest.fixture
def more(app_context, world) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Two assignments at organisations Jan and Anna have not been at; Jan prefers one."""
    with app_context.transaction() as s:
        pekela = s.get(Organisation, world.pekela)
        assen = f.organisation(s, "Gemeente Assen")
        participation = f.assignment(s, pekela, "Participatie")
        data = f.assignment(s, assen, "Datagedreven werken")
        s.add(Preference(trainee_id=world.jan, assignment_id=data.id, rank=1))
        return {"participation": participation.id, "data": data.id}


def _suggestions(view_context, qtbot, **kwargs) -> SuggestionsDialog:  # type: ignore[no-untyped-def]
    dialog = SuggestionsDialog(view_context, None, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _r(app_context, trainee_id: int) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """(rotation, assignment) of a trainee's placements."""
    with app_context.read_session() as s:
        return [
            (p.rotation, p.assignment_id)
            for p in s.scalars(
                select(Placement)
                .where(Placement.trainee_id == trainee_id)
                .order_by(Placement.rotation)
            )
        ]


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


# --- suggestions --------------------------------------------------------------------------------


def test_assignments_for_a_trainee_best_first_with_their_parts(view_context, qtbot, world, more):
    dialog = _suggestions(view_context, qtbot, trainee_id=world.jan)
    model = dialog.model
    assert dialog.subheading.text() == (
        "Voor de eerste vrije rotatie: rotatie 2 (01-05-2026 t/m 31-12-2026)."
    )
    names = [model.index(r, NAME).data() for r in range(model.rowCount())]
    eligible = [s for s in model.rows if s.eligible]
    assert [s.assignment_title for s in eligible] == ["Datagedreven werken", "Participatie"]
    assert names[:2] == ["Datagedreven werken", "Participatie"]
    totals = [s.score.total for s in eligible]
    assert totals == sorted(totals, reverse=True)
    assert model.index(0, 0).data() == "1"
    # Every part in its own column; the parts add up to the total.
    row = model.rows[0]
    parts = [float(model.index(0, FIRST_PART + i).data().replace(",", ".")) for i in range(6)]
    assert sum(parts) == pytest.approx(row.score.total, abs=0.1)
    assert model.index(0, TOTAL).data() == f"{row.score.total:.1f}".replace(".", ",")
    headers = [model.headerData(FIRST_PART + i, Qt.Orientation.Horizontal) for i in range(6)]
    assert headers == [
        "Niveau", "Competenties", "Thema's", "Reisafstand", "Afwisseling", "Voorkeur",
    ]  # fmt: skip
    tip = model.index(0, FIRST_PART + 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Eigen voorkeur: eigen voorkeur nummer 1"
    # The blocked ones come last, each with its reason.
    blocked = model.rows[len(eligible) :]
    assert {s.assignment_title for s in blocked} == {"Energie", "Mobiliteit", "Nog vrij"}
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "–"
    reasons = " ".join(model.index(r, NOTE).data() for r in range(len(eligible), last + 1))
    assert "al bij Provincie Groningen geplaatst" in reasons
    assert "Alle 1 plaatsen zijn in rotatie 2" in reasons
    detail = dialog.detail_text()
    for part in ("Opleidingsniveau", "Competenties", "Thema-interesse", "Reisafstand",
                 "Afwisseling", "Eigen voorkeur", "eigen voorkeur nummer 1", "Score 68,0 van 100",
                 "× 3,0"):  # fmt: skip
        assert part in detail
    dialog.select(world.jan, world.mobility)
    assert not dialog.place_button.isEnabled()
    assert "Kan nu niet:" in dialog.detail_text()
    assert dialog.count_label.text() == "2 mogelijk · 3 geblokkeerd"
    dialog.show_blocked.setChecked(False)
    assert model.rowCount() == 2
    assert unnamed_widgets(dialog) == []


def test_place_from_a_suggestion_and_undo(view_context, qtbot, world, more):
    dialog = _suggestions(view_context, qtbot, trainee_id=world.jan)
    dialog.select(world.jan, more["participation"])
    placed: list[int] = []
    dialog.placed.connect(placed.append)
    qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    assert _r(view_context.app, world.jan) == [(1, world.energy), (2, more["participation"])]
    assert len(placed) == 1
    with view_context.app.read_session() as s:
        p = s.get(Placement, placed[0])
        assert (p.start_date, p.end_date) == (D(2026, 5, 1), D(2026, 12, 31))
    assert "Geplaatst: Jan de Vries bij 'Participatie'" in _plain(dialog.done_label.text())
    # Jan's next free rotation is now the third.
    assert dialog.subheading.text().startswith("Voor de eerste vrije rotatie: rotatie 3")
    assert view_context.undo_stack.undoText() == "Plaatsing van Jan de Vries bij 'Participatie'"
    view_context.undo_stack.undo()
    assert _r(view_context.app, world.jan) == [(1, world.energy)]
    view_context.undo_stack.redo()
    assert _r(view_context.app, world.jan) == [(1, world.energy), (2, more["participation"])]


def test_trainees_for_an_assignment(view_context, qtbot, world, more):
    dialog = _suggestions(view_context, qtbot, assignment_id=more["data"])
    model = dialog.model
    eligible = [s.trainee_name for s in model.rows if s.eligible]
    # Joëlle (mbo) fits too: the assignment names no level. Jan listed it first.
    assert eligible[0] == "Jan de Vries"
    assert set(eligible) == {"Jan de Vries", "Anna van der Berg", "Joëlle Bakker"}
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "Trainee"
    jan = next(r for r in range(model.rowCount()) if model.rows[r].trainee_id == world.jan)
    assert model.index(jan, 2).data() == "rotatie 2 (01-05-2026 t/m 31-12-2026)"
    assert dialog.subheading.text().startswith("Looptijd 01-09-2025 t/m 31-08-2027 · 1 plaats")


def test_weights_change_the_ranking_and_are_saved(view_context, qtbot, world, more, app_context):
    dialog = _suggestions(view_context, qtbot, trainee_id=world.jan)
    assert dialog.model.rows[0].assignment_title == "Datagedreven werken"  # his preference
    editor = dialog.weights_editor
    qtbot.mouseClick(editor.toggle, Qt.MouseButton.LeftButton)
    assert editor.body.isVisible()
    assert unnamed_widgets(dialog) == []
    editor.spins["preference"].setValue(0.0)
    editor.spins["travel"].setValue(10.0)
    dialog.recompute()  # what the short timer after a change does
    preference = dialog.model.rows[0].score.part("preference")
    assert preference.weight == 0.0
    assert preference.points == 0.0
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert app_context.settings.match_weights.preference == 0.0
    saved = json.loads(app_context.settings_path.read_text(encoding="utf-8"))
    assert saved["match_weights"]["preference"] == 0.0
    assert saved["match_weights"]["travel"] == 10.0
    assert not editor.save_button.isEnabled()
    assert editor.note.text() == "Dit is de opgeslagen weging."
    editor.restore_defaults()
    assert editor.spins["preference"].value() == 3.0


# --- the planner ---------------------------------------------------------------------------------


def _planner(view_context, qtbot, world) -> PlannerDialog:  # type: ignore[no-untyped-def]
    dialog = open_planner(view_context, None, world.cohort)
    qtbot.addWidget(dialog)
    return dialog


def test_the_planner_runs_in_the_background_and_shows_the_diff(view_context, qtbot, world, more):
    dialog = _planner(view_context, qtbot, world)
    assert dialog.cohort_id() == world.cohort
    assert dialog.next_radio.isChecked()  # rotation 2: Jan has none yet
    assert dialog.next_radio.text().startswith("Volgende rotatie (rotatie 2,")
    dialog.set_scope(ONE, 3)
    assert dialog.planned_rotation() == 3
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert view_context.tasks.titles == ["Cohort plannen"]
    proposal = dialog.proposal
    assert proposal is not None and proposal.rotations == (3,)
    summary = dialog.summary.text()
    assert "2 van 2 trainee-rotaties gevuld" in summary
    assert "bewezen optimaal" in summary
    assert dialog.tabs.tabText(0) == "Wijzigingen (2)"
    assert dialog.tabs.tabText(1) == "Niet geplaatst (0)"
    tree = dialog.tree
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert names == ["Anna van der Berg", "Jan de Vries"]
    children = {
        tree.topLevelItem(i).text(0): [
            [tree.topLevelItem(i).child(c).text(k) for k in range(4)]
            for c in range(tree.topLevelItem(i).childCount())
        ]
        for i in range(tree.topLevelItemCount())
    }
    # Anna has done the province and Eemsdelta: Participatie or Datagedreven werken remain.
    anna = children["Anna van der Berg"]
    assert len(anna) == 1 and anna[0][:3] == ["Rotatie 3", "nieuw", "—"]
    assert anna[0][3].split(" — ")[0] in ("Participatie", "Datagedreven werken")
    jan = children["Jan de Vries"]
    assert jan[0][:3] == ["Rotatie 3", "nieuw", "—"]
    assert "→" in tree.topLevelItem(1).child(0).text(4)
    # Showing everything adds what stays: Anna's two placements, Jan's first.
    dialog.only_changes.setChecked(False)
    kinds = [
        tree.topLevelItem(i).child(c).text(1)
        for i in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(i).childCount())
    ]
    assert sorted(kinds) == ["nieuw", "nieuw", "vast", "vast", "vast"]
    assert unnamed_widgets(dialog) == []


def test_accepting_only_checked_rows_applies_only_those_and_undo_removes_them(
    view_context, qtbot, world, more
):
    dialog = _planner(view_context, qtbot, world)
    dialog.set_scope(ONE, 3)
    dialog.run()
    before = _r(view_context.app, world.anna)
    jan_key = next(c.key for c in dialog.proposal.actionable() if c.after.trainee_id == world.jan)
    anna_item = next(
        dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(i).data(0, TRAINEE_ROLE) == world.anna
    )
    anna_item.setCheckState(0, Qt.CheckState.Unchecked)  # the trainee's row unchecks its changes
    assert dialog.checked_keys() == [jan_key]
    assert dialog.selection_label.text() == "1 van 2 wijzigingen aangevinkt"
    qtbot.mouseClick(dialog.accept_checked_button, Qt.MouseButton.LeftButton)
    jan_after = _r(view_context.app, world.jan)
    assert [r for r, _a in jan_after] == [1, 3]
    assert _r(view_context.app, world.anna) == before  # Anna's change was not checked
    assert dialog.proposal is None
    assert "Opgeslagen: 1 nieuw (met status voorgesteld), 0 weggehaald." in (
        dialog.done_label.text()
    )
    with view_context.app.read_session() as s:
        new = s.scalars(
            select(Placement).where(Placement.trainee_id == world.jan, Placement.rotation == 3)
        ).one()
        assert new.status.value == "voorgesteld"
    stack = view_context.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Planvoorstel voor Lichting 2025 (1 wijziging)"
    stack.undo()
    assert _r(view_context.app, world.jan) == [(1, world.energy)]
    stack.redo()
    assert _r(view_context.app, world.jan) == jan_after


def test_accept_all_of_all_rotations(view_context, qtbot, world, more):
    dialog = _planner(view_context, qtbot, world)
    dialog.set_scope(ALL)
    assert dialog.planned_rotation() is None
    dialog.run()
    assert dialog.proposal.rotations == (1, 2, 3)
    assert dialog.accept_all()
    with view_context.app.read_session() as s:
        rotations = {
            tid: sorted(r for r, in s.execute(
                select(Placement.rotation).where(Placement.trainee_id == tid)
            ))
            for tid in (world.anna, world.jan)
        }  # fmt: skip
    assert rotations == {world.anna: [1, 2, 3], world.jan: [1, 2, 3]}
    view_context.undo_stack.undo()
    assert [r for r, _a in _r(view_context.app, world.jan)] == [1]


def test_the_unplaced_are_listed_with_their_reason(view_context, qtbot, world):
    # Without other assignments, Anna has been at every organisation that could take her.
    dialog = _planner(view_context, qtbot, world)
    dialog.set_scope(ONE, 3)
    dialog.run()
    assert dialog.tabs.tabText(1) == "Niet geplaatst (1)"
    assert dialog.unplaced_list.count() == 1
    item = dialog.unplaced_list.item(0)
    who, reason = item.text().split("\n")
    assert who == "Anna van der Berg · rotatie 3 (01-01-2027 t/m 31-08-2027)"
    assert "al geplaatst" in reason
    assert reason[0].isupper() and reason.endswith(".")
    dialog.unplaced_list.setCurrentRow(0)
    dialog.unplaced_list.setFocus()
    qtbot.keyClick(dialog.unplaced_list, Qt.Key.Key_Return)  # what could she do instead?
    suggestions = [w for w in QApplication.topLevelWidgets() if isinstance(w, SuggestionsDialog)]
    assert any(s.trainee_id == world.anna for s in suggestions)
    for s in suggestions:
        s.close()


def test_a_cancelled_or_failed_run_changes_nothing(view_context, qtbot, world):
    class Refusing:
        def __init__(self, exc: BaseException) -> None:
            self.exc = exc

        def run(self, parent, title, work, on_done, on_error=None):  # type: ignore[no-untyped-def]
            on_error(self.exc)

    dialog = _planner(view_context, qtbot, world)
    view_context.tasks = Refusing(Cancelled())
    dialog.run()
    assert "Geannuleerd" in _plain(dialog.banner.text())
    assert dialog.proposal is None
    assert dialog.run_button.isEnabled()
    assert not dialog.accept_all_button.isEnabled()
    view_context.tasks = Refusing(CoordinatorError("Deze lichting bestaat niet meer."))
    dialog.run()
    assert "Plannen mislukt" in _plain(dialog.banner.text())
    assert "Deze lichting bestaat niet meer." in _plain(dialog.banner.text())


def test_accepting_what_became_impossible_is_refused_with_the_rule(
    view_context, qtbot, world, more
):
    dialog = _planner(view_context, qtbot, world)
    dialog.set_scope(ONE, 3)
    dialog.run()
    jan = next(c for c in dialog.proposal.actionable() if c.after.trainee_id == world.jan)
    # Meanwhile someone else takes the one place Jan was going to get.
    with view_context.app.transaction() as s:
        f.placement(
            s, f.trainee(s, "Sanne", "Kok"), s.get(Assignment, jan.after.assignment_id),
            D(2027, 1, 1), D(2027, 8, 31),
        )  # fmt: skip
    assert not dialog.accept_all()
    banner = _plain(dialog.banner.text())
    assert "Accepteren geweigerd" in banner
    assert "Niet meer plaatsingen dan plaatsen" in banner
    assert [r for r, _a in _r(view_context.app, world.jan)] == [1]  # nothing of it saved
    assert view_context.undo_stack.count() == 0
    assert dialog.proposal is not None  # still there to look at


# --- English ----------------------------------------------------------------------------------------


def test_english(view_context, qtbot, world, more):
    translator = QTranslator()
    path = resources_dir() / "translations" / "planning_en.qm"
    assert translator.load(str(path)), f"{path} is missing; run tools/update_translations.py"
    view_context.app.settings.language = "en"
    QCoreApplication.installTranslator(translator)
    try:
        dialog = _planner(view_context, qtbot, world)
        assert dialog.windowTitle() == "Plan a cohort"
        assert dialog.run_button.text().replace("&", "") == "Make a proposal"
        suggestions = _suggestions(view_context, qtbot, trainee_id=world.jan)
        assert suggestions.place_button.text().replace("&", "") == "Place"
        assert suggestions.model.headerData(TOTAL, Qt.Orientation.Horizontal) == "Score"
    finally:
        QCoreApplication.removeTranslator(translator)
        view_context.app.settings.language = "nl"
