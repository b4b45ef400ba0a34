"""The record forms: typing, inline validation, saving through the undo stack, refusals
shown in the form without losing input, the unsaved-changes prompt, and keyboard use."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget
from sqlalchemy import select

from coordinator_app.models import (
    Assignment,
    ContactPerson,
    EducationLevel,
    LevelCategory,
    Trainee,
)
from coordinator_app.services import records
from coordinator_app.views.forms import (
    AssignmentForm,
    OrganisationForm,
    TraineeForm,
    open_assignment_form,
    open_organisation_form,
    open_trainee_form,
)
from coordinator_app.views.forms.organisation_form import EMAIL, NAME, ROLE, SUPERVISOR
from coordinator_app.views.screens import create_list_screens
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


def _trainee(app_context, trainee_id: int) -> records.TraineeData | None:  # type: ignore[no-untyped-def]
    with app_context.read_session() as s:
        if s.get(Trainee, trainee_id) is None:
            return None
        return records.load_trainee(s, trainee_id)[0]


def _choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _trainee_form(view_context, qtbot, trainee_id: int | None = None) -> TraineeForm:  # type: ignore[no-untyped-def]
    form = open_trainee_form(view_context, None, trainee_id)
    qtbot.addWidget(form)
    return form


def _type_new_trainee(qtbot, form: TraineeForm, email: str = "bo@example.nl") -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(form.given_name, "Bo")
    qtbot.keyClicks(form.prefix, "ter")
    qtbot.keyClicks(form.surname, "Horst")
    qtbot.keyClicks(form.email, email)
    _choose(form.level, "wo")


def test_create_a_trainee_through_the_screen_and_undo_redo(view_context, qtbot, world):
    screens = create_list_screens(view_context)
    screen = screens[0]
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    screen.new_record()
    form = screen.current_dialog
    assert isinstance(form, TraineeForm)
    assert form.windowTitle() == "Nieuwe trainee"
    assert not form.save_button.isEnabled()
    assert form.hint.text() == ("Nog in te vullen: Voornaam, Achternaam, E-mail, Opleidingsniveau")
    _type_new_trainee(qtbot, form)
    _choose(form.cohort, world.cohort)
    form.themes.set_checked(["energie"])
    form.contract_start.setDate(QDate(2025, 9, 1))
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert not form.isVisible()
    new_id = form.last_saved_id
    assert new_id is not None
    saved = _trainee(view_context.app, new_id)
    assert saved is not None
    assert (saved.given_name, saved.prefix, saved.surname) == ("Bo", "ter", "Horst")
    assert saved.education_level is EducationLevel.WO
    assert saved.cohort_id == world.cohort
    assert saved.themes == ("energie",)
    assert saved.contract_start == D(2025, 9, 1)
    assert saved.contract_end is None
    assert screen.selected_ids() == [new_id]  # the new row is shown selected
    assert "Horst, Bo ter" in [screen.model.index(r, 0).data() for r in range(4)]

    stack = view_context.undo_stack
    assert stack.undoText() == "Nieuw: Bo ter Horst"
    stack.undo()
    assert _trainee(view_context.app, new_id) is None
    stack.redo()
    assert _trainee(view_context.app, new_id) == saved  # same record, same id


def test_validation_as_you_type(view_context, qtbot, world):
    form = _trainee_form(view_context, qtbot)
    qtbot.keyClicks(form.email, "bo@")
    assert form.field_error("email") == (
        "Dit is geen geldig e-mailadres (bijvoorbeeld naam@gemeente.nl)."
    )
    qtbot.keyClicks(form.email, "example.nl")
    assert form.field_error("email") == ""
    qtbot.keyClicks(form.given_name, "Bo")
    form.given_name.clear()
    assert form.field_error("given_name") == "Dit veld is verplicht."
    qtbot.keyClicks(form.phone, "bel maar")
    assert form.field_error("phone") == "Gebruik alleen cijfers, spaties, +, - en haakjes."
    form.contract_start.setDate(QDate(2026, 9, 1))
    form.contract_end.setDate(QDate(2026, 1, 1))
    assert form.field_error("contract_end") == "De einddatum moet na de begindatum liggen."
    assert not form.save_button.isEnabled()
    assert form.save() is False  # Save refuses too, and marks every problem
    assert form.field_error("surname") == "Dit veld is verplicht."


def test_enter_saves_when_valid(view_context, qtbot, world):
    form = _trainee_form(view_context, qtbot)
    form.show()
    qtbot.keyClicks(form.given_name, "Bo")
    qtbot.keyClick(form.given_name, Qt.Key.Key_Return)
    assert form.isVisible()  # not valid yet: Enter does nothing
    _type_new_trainee(qtbot, form, "bo2@example.nl")
    form.given_name.setText("Bo")
    qtbot.keyClick(form.email, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert form.last_saved_id is not None


def test_escape_asks_about_unsaved_changes(view_context, qtbot, world, dialogs):
    form = _trainee_form(view_context, qtbot, world.anna)
    form.show()
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not form.isVisible()
    assert dialogs.methods() == []

    form = _trainee_form(view_context, qtbot, world.anna)
    form.show()
    qtbot.keyClicks(form.phone, "0612345678")
    dialogs.unsaved_answer = "cancel"
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()
    assert form.phone.text() == "0612345678"
    dialogs.unsaved_answer = "discard"
    form.close()
    assert not form.isVisible()
    assert dialogs.methods() == ["ask_unsaved", "ask_unsaved"]
    assert _trainee(view_context.app, world.anna).phone == ""  # type: ignore[union-attr]

    form = _trainee_form(view_context, qtbot, world.anna)
    form.show()
    qtbot.keyClicks(form.phone, "0612345678")
    dialogs.unsaved_answer = "save"
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert _trainee(view_context.app, world.anna).phone == "0612345678"  # type: ignore[union-attr]


def test_edit_and_undo_restores_the_old_values(view_context, qtbot, world):
    before = _trainee(view_context.app, world.jan)
    form = _trainee_form(view_context, qtbot, world.jan)
    assert form.windowTitle() == "Trainee bewerken: Jan de Vries"
    assert form.surname.text() == "Vries"
    form.surname.clear()
    qtbot.keyClicks(form.surname, "Visser")
    form.prefix.clear()
    qtbot.keyClicks(form.field_of_study, "Planologie")
    form.competences.set_checked(["Nieuwe competentie"])  # not in the list: ignored
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    after = _trainee(view_context.app, world.jan)
    assert after is not None
    assert (after.prefix, after.surname, after.field_of_study) == ("", "Visser", "Planologie")
    stack = view_context.undo_stack
    assert stack.undoText() == "Jan Visser bewerken"
    stack.undo()
    assert _trainee(view_context.app, world.jan) == before
    stack.redo()
    assert _trainee(view_context.app, world.jan) == after


def test_a_refused_save_shows_the_rule_and_keeps_the_input(view_context, qtbot, world):
    before = _trainee(view_context.app, world.anna)
    form = _trainee_form(view_context, qtbot, world.anna)
    form.show()
    _choose(form.level, EducationLevel.MBO4.value)
    qtbot.keyClicks(form.field_of_study, "Sociaal werk")
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    banner = form.banner_text()
    assert "Opslaan geweigerd" in banner
    assert "Regel: Opleidingsniveau past bij de opdracht" in banner
    assert "Anna van der Berg heeft opleidingsniveau mbo niveau 4" in banner
    assert "Trainee: Anna van der Berg" in banner
    assert "Opdracht: Energie" in banner
    assert form.level.currentData() == EducationLevel.MBO4.value  # input kept
    assert form.field_of_study.text() == "Sociaal werk"
    assert _trainee(view_context.app, world.anna) == before  # database unchanged
    assert view_context.undo_stack.count() == 0


def test_a_duplicate_email_is_refused_with_a_clear_message(view_context, qtbot, world):
    form = _trainee_form(view_context, qtbot)
    form.show()
    _type_new_trainee(qtbot, form, "JAN@example.nl")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    message = "Het e-mailadres jan@example.nl is al in gebruik bij Jan de Vries."
    assert form.field_error("email") == message
    assert message in form.banner_text()
    with view_context.app.read_session() as s:
        assert len(s.scalars(select(Trainee)).all()) == 3
    qtbot.keyClicks(form.email, "x")  # editing the field clears the refusal
    assert form.field_error("email") == ""


def test_the_organisation_form_edits_contact_persons(view_context, qtbot, world):
    form = open_organisation_form(view_context, None, world.province)
    qtbot.addWidget(form)
    assert isinstance(form, OrganisationForm)
    assert form.contacts.rowCount() == 1
    assert form.contacts.item(0, NAME).text() == "Geert de Wit"
    assert form.contacts.item(0, SUPERVISOR).checkState() == Qt.CheckState.Checked
    form.set_contact(0, ROLE, "Programmamanager")
    form.add_contact()
    assert form.field_error("contacts") == "Contactpersoon 2: de naam is verplicht."
    assert not form.save_button.isEnabled()
    form.set_contact(1, NAME, "Nina Nap")
    form.set_contact(1, EMAIL, "nina@")
    assert form.field_error("contacts") == "Contactpersoon 2: het e-mailadres is ongeldig."
    form.set_contact(1, EMAIL, "Nina@Provincie.nl")
    form.contacts.item(1, SUPERVISOR).setCheckState(Qt.CheckState.Checked)
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with view_context.app.read_session() as s:
        contacts = {
            c.name: c
            for c in s.scalars(
                select(ContactPerson).where(ContactPerson.organisation_id == world.province)
            )
        }
    assert set(contacts) == {"Geert de Wit", "Nina Nap"}
    assert contacts["Geert de Wit"].role == "Programmamanager"
    assert contacts["Geert de Wit"].id == world.contact
    assert contacts["Nina Nap"].email == "nina@provincie.nl"
    assert contacts["Nina Nap"].is_supervisor


def test_removing_a_contact_and_undo_brings_back_the_supervisor(view_context, qtbot, world):
    form = open_organisation_form(view_context, None, world.province)
    qtbot.addWidget(form)
    form.contacts.selectRow(0)
    form.remove_selected_contacts()
    assert form.contacts.rowCount() == 0
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with view_context.app.read_session() as s:
        assert s.get(ContactPerson, world.contact) is None
        assert s.get(Assignment, world.energy).supervisor_id is None  # type: ignore[union-attr]
    view_context.undo_stack.undo()
    with view_context.app.read_session() as s:
        assert s.get(ContactPerson, world.contact) is not None
        assert s.get(Assignment, world.energy).supervisor_id == world.contact  # type: ignore[union-attr]


def test_the_assignment_form_validates_period_and_places(view_context, qtbot, world):
    form = open_assignment_form(view_context, None, None)
    qtbot.addWidget(form)
    assert isinstance(form, AssignmentForm)
    assert form.start_date.date() == QDate(2026, 2, 1)  # next month, for eight months
    assert form.end_date.date() == QDate(2026, 9, 30)
    qtbot.keyClicks(form.title_edit, "Toekomst voor Oldambt")
    _choose(form.organisation, world.province)
    assert [form.supervisor.itemText(i) for i in range(form.supervisor.count())] == [
        "— geen begeleider —",
        "Geert de Wit (Teamleider)",
    ]
    _choose(form.supervisor, world.contact)
    form.end_date.setDate(QDate(2026, 1, 31))
    assert form.field_error("end_date") == "De einddatum moet na de begindatum liggen."
    form.places.setValue(0)
    assert form.field_error("places") == "Een opdracht heeft minstens 1 plaats."
    assert not form.save_button.isEnabled()
    form.end_date.setDate(QDate(2026, 12, 31))
    form.places.setValue(2)
    form.level_checks[LevelCategory.MBO].setChecked(True)
    form.programmes.set_checked([world.programme])
    assert form.field_error("end_date") == ""
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with view_context.app.read_session() as s:
        saved = s.scalars(
            select(Assignment).where(Assignment.title == "Toekomst voor Oldambt")
        ).one()
        assert saved.places == 2
        assert saved.supervisor_id == world.contact
        assert saved.accepted_levels == {LevelCategory.MBO}
        assert [p.id for p in saved.programmes] == [world.programme]
        assert (saved.start_date, saved.end_date) == (D(2026, 2, 1), D(2026, 12, 31))


def test_changing_the_organisation_offers_its_own_contacts(view_context, qtbot, world):
    form = open_assignment_form(view_context, None, world.energy)
    qtbot.addWidget(form)
    assert form.supervisor.currentData() == world.contact
    _choose(form.organisation, world.pekela)
    assert form.supervisor.count() == 1
    assert form.supervisor.itemText(0) == "— nog geen contactpersonen —"
    assert form.supervisor.currentData() is None


def test_shortening_an_assignment_under_its_placements_is_refused(view_context, qtbot, world):
    form = open_assignment_form(view_context, None, world.energy)
    qtbot.addWidget(form)
    form.show()
    form.end_date.setDate(QDate(2026, 1, 31))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert "Plaatsing binnen de looptijd van de opdracht" in form.banner_text()
    with view_context.app.read_session() as s:
        assert s.get(Assignment, world.energy).end_date == D(2027, 8, 31)  # type: ignore[union-attr]


def test_new_themes_and_competences_can_be_typed(view_context, qtbot, world):
    form = _trainee_form(view_context, qtbot)
    form.show()
    _type_new_trainee(qtbot, form)
    qtbot.keyClicks(form.add_theme, "kansengelijkheid")
    qtbot.keyClick(form.add_theme, Qt.Key.Key_Return)  # adds, does not save
    assert form.isVisible()
    assert "kansengelijkheid" in form.themes.checked_values()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = _trainee(view_context.app, form.last_saved_id)  # type: ignore[arg-type]
    assert saved is not None
    assert saved.themes == ("kansengelijkheid",)


def _focus_chain(form: QWidget, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits from ``start`` (the line edit inside a spin box counts as it)."""

    def stops(widget: QWidget) -> bool:
        inner = isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
        tabbable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        return tabbable and not inner and widget.isVisibleTo(form)

    seen = [start]
    widget = start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        while not stops(widget):
            widget = widget.nextInFocusChain()
        seen.append(widget)
    return seen


@pytest.mark.parametrize("kind", ["trainee", "organisation", "assignment"])
def test_forms_are_named_and_tabbable(view_context, qtbot, world, kind):
    opener = {
        "trainee": lambda: open_trainee_form(view_context, None, world.anna),
        "organisation": lambda: open_organisation_form(view_context, None, world.province),
        "assignment": lambda: open_assignment_form(view_context, None, world.energy),
    }[kind]
    form = opener()
    qtbot.addWidget(form)
    form.show()
    QApplication.processEvents()
    assert unnamed_widgets(form) == []
    chain = form._tab_chain  # noqa: SLF001 - the order the form promises
    visited = _focus_chain(form, chain[0], len(chain) + 1)
    assert visited[: len(chain)] == chain
    assert visited[len(chain)] is form.save_button
    assert visited[len(chain) + 1] is form.cancel_button


def test_unchanged_save_just_closes(view_context, qtbot, world):
    form = _trainee_form(view_context, qtbot, world.anna)
    form.show()
    assert form.save() is True
    assert view_context.undo_stack.count() == 0


def test_data_class_round_trip_through_the_form(view_context, qtbot, world):
    """What the form shows of a record is exactly what it would save."""
    for record_id in (world.anna, world.jan, world.joelle):
        form = _trainee_form(view_context, qtbot, record_id)
        loaded = _trainee(view_context.app, record_id)
        assert form.collect() == dataclasses.replace(loaded)  # type: ignore[type-var]
        assert not form.is_dirty()
