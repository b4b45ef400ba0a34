"""Two people edit the same trainee: the second save meets a clear choice, never a silent loss.

The colleague is a second AppContext on the same database (its own engine, its own
sessions), as another laptop on a shared database or another window would be. Their
save lands after this form loaded the record, so this form's save is refused with
EditConflict and the conflict dialog offers: compare, keep mine, or reload.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from coordinator_app.context import AppContext
from coordinator_app.services import records
from coordinator_app.services.audit import history
from coordinator_app.settings import Settings
from coordinator_app.views.forms import TraineeForm, open_trainee_form
from coordinator_app.views.forms.conflict import ConflictDialog
from tests.gui.screens_fixtures import make_view_context
from tests.helpers import factories as f
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def colleague(app_context, db_url, tmp_path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    other = AppContext.open(
        db_url, settings=Settings(user_name="Els de Boer"), settings_path=tmp_path / "els.json"
    )
    yield other
    other.close()


@pytest.fixture
def trainee_id(app_context) -> int:  # type: ignore[no-untyped-def]
    with app_context.transaction() as s:
        return f.trainee(
            s, given="Jan", prefix="de", surname="Vries", phone="0611111111", notes="eerste"
        ).id


@pytest.fixture
def form(app_context, qtbot, trainee_id) -> TraineeForm:  # type: ignore[no-untyped-def]
    ctx = make_view_context(app_context, FakeDialogs())
    opened = open_trainee_form(ctx, None, trainee_id)
    qtbot.addWidget(opened)
    return opened


def _stored(context: AppContext, trainee_id: int) -> records.TraineeData:
    with context.read_session() as s:
        return records.load_trainee(s, trainee_id)[0]


def _colleague_saves(colleague: AppContext, trainee_id: int, **changes: object) -> None:
    import dataclasses

    with colleague.transaction() as s:
        data, version = records.load_trainee(s, trainee_id)
        records.update_trainee(
            s, trainee_id, dataclasses.replace(data, **changes), seen_version=version
        )


def _type_over(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _conflict(qtbot, form: TraineeForm) -> ConflictDialog:  # type: ignore[no-untyped-def]
    _type_over(qtbot, form.phone, "0622222222")
    form.notes.setPlainText("mijn notitie")
    assert form.save() is False
    dialog = form.conflict_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_a_stale_save_opens_the_conflict_dialog_and_keeps_the_input(
    qtbot, form, colleague, trainee_id, app_context
):
    _colleague_saves(colleague, trainee_id, phone="0633333333", field_of_study="Bestuurskunde")
    dialog = _conflict(qtbot, form)
    assert "Els de Boer" in dialog.message.text()
    assert "Jan de Vries" in dialog.message.text()
    assert "Niet opgeslagen" in form.banner_text()
    assert form.isVisible()
    assert form.phone.text() == "0622222222"  # nothing typed is lost
    stored = _stored(app_context, trainee_id)
    assert stored.phone == "0633333333"  # and nothing of theirs overwritten yet
    texts = [b.text() for b in (dialog.view_button, dialog.keep_button, dialog.reload_button)]
    assert texts == ["Hun versie bekijken", "Mijn versie bewaren", "Opnieuw laden"]


def test_their_version_is_shown_next_to_mine_field_by_field(qtbot, form, colleague, trainee_id):
    _colleague_saves(colleague, trainee_id, phone="0633333333", field_of_study="Bestuurskunde")
    dialog = _conflict(qtbot, form)
    assert not dialog.table.isVisible()
    qtbot.mouseClick(dialog.view_button, Qt.MouseButton.LeftButton)
    assert dialog.table.isVisible()
    rows = {field: (mine, theirs) for field, mine, theirs in dialog.comparison()}
    assert rows == {
        "Telefoon": ("0622222222", "0633333333"),
        "Opleiding": ("—", "Bestuurskunde"),
        "Notities": ("mijn notitie", "eerste"),
    }
    phone_row = [r for r in dialog.rows if r.caption == "Telefoon"][0]
    assert phone_row.clash  # both changed the phone number, differently
    assert not [r for r in dialog.rows if r.caption == "Opleiding"][0].clash
    table = dialog.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == list(rows)
    assert table.item(0, 2).font().bold()


def test_keep_mine_saves_over_theirs_and_undo_brings_theirs_back(
    qtbot, form, colleague, trainee_id, app_context
):
    _colleague_saves(colleague, trainee_id, phone="0633333333", field_of_study="Bestuurskunde")
    dialog = _conflict(qtbot, form)
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    stored = _stored(app_context, trainee_id)
    assert stored.phone == "0622222222"
    assert stored.notes == "mijn notitie"
    assert stored.field_of_study == ""  # mine is the whole record, on purpose
    assert not form.isVisible()
    with app_context.read_session() as s:
        latest = history(s, "trainee", trainee_id)[0]
    assert latest.changes["phone"] == ["0633333333", "0622222222"]
    form.ctx.undo_stack.undo()
    assert _stored(app_context, trainee_id).phone == "0633333333"


def test_reload_discards_mine_and_shows_theirs(qtbot, form, colleague, trainee_id, app_context):
    _colleague_saves(colleague, trainee_id, phone="0633333333", field_of_study="Bestuurskunde")
    dialog = _conflict(qtbot, form)
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.phone.text() == "0633333333"
    assert form.field_of_study.text() == "Bestuurskunde"
    assert form.notes.toPlainText() == "eerste"
    assert not form.is_dirty()
    assert form.banner_text() == ""
    # the reloaded form saves normally on top of their version
    _type_over(qtbot, form.phone, "0644444444")
    with qtbot.waitSignal(form.saved):
        assert form.save() is True
    stored = _stored(app_context, trainee_id)
    assert (stored.phone, stored.field_of_study) == ("0644444444", "Bestuurskunde")


def test_keep_mine_asks_again_when_a_third_save_slipped_in(
    qtbot, form, colleague, trainee_id, app_context
):
    _colleague_saves(colleague, trainee_id, phone="0633333333")
    first = _conflict(qtbot, form)
    _colleague_saves(colleague, trainee_id, phone="0655555555")  # while the dialog is open
    qtbot.mouseClick(first.keep_button, Qt.MouseButton.LeftButton)
    second = form.conflict_dialog
    assert second is not None
    assert second is not first
    qtbot.waitUntil(second.isVisible)
    assert _stored(app_context, trainee_id).phone == "0655555555"
    second.show_comparison()
    assert ("Telefoon", "0622222222", "0655555555") in second.comparison()


def test_a_record_deleted_meanwhile_is_said_plainly(
    qtbot, form, colleague, trainee_id, app_context
):
    with colleague.transaction() as s:
        records.delete_records(s, records.TRAINEE, [trainee_id])
    _type_over(qtbot, form.phone, "0622222222")
    assert form.save() is False
    assert form.conflict_dialog is None
    assert "bestaat niet meer" in form.banner_text()


def test_an_organisation_conflict_shows_names_not_numbers(qtbot, app_context, colleague):
    import dataclasses

    from coordinator_app.models import OrganisationType
    from coordinator_app.views.forms import open_organisation_form

    with app_context.transaction() as s:
        organisation_id = f.organisation(
            s, "Gemeente Pekela", municipality=f.municipality(s, "Pekela")
        ).id
    ctx = make_view_context(app_context, FakeDialogs())
    form = open_organisation_form(ctx, None, organisation_id)
    qtbot.addWidget(form)
    with colleague.transaction() as s:
        data, version = records.load_organisation(s, organisation_id)
        changed = dataclasses.replace(
            data,
            type=OrganisationType.PROVINCE,
            municipality_id=f.municipality(s, "Groningen").id,
            contacts=(records.ContactData(name="Geert de Wit", email="geert@pekela.nl"),),
        )
        records.update_organisation(s, organisation_id, changed, seen_version=version)
    form.address.setText("Raadhuislaan 1")
    assert form.save() is False
    dialog = form.conflict_dialog
    assert dialog is not None
    rows = {field: (mine, theirs) for field, mine, theirs in dialog.comparison()}
    assert rows["Soort"] == ("gemeente", "provincie")  # as the combo box shows them
    assert rows["Gemeente"] == ("Pekela", "Groningen")
    assert rows["Adres"] == ("Raadhuislaan 1", "—")
    assert rows["Contactpersonen"] == ("—", "Geert de Wit (geert@pekela.nl)")
