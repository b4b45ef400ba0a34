"""An import leaves the same change history as a form: who, when, which record, which fields.

The trainee handler writes with bulk statements (no ORM flush, so the audit listener
never sees them) and records the history itself; the other kinds go through the ORM
and the listener. Either way the entries belong to the import's transaction.
"""

from __future__ import annotations

import datetime as dt
import enum
import json

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coordinator_app.context import AppContext
from coordinator_app.excel.importer import ImportOptions, run_import
from coordinator_app.models import (
    AuditEntry,
    ContactPerson,
    EducationLevel,
    Organisation,
    Trainee,
    TraineeStatus,
)
from coordinator_app.services.audit import (
    _SKIPPED,
    _changes_json,
    _plain,
    creation_entry,
    history,
)
from coordinator_app.settings import Settings
from tests.helpers.workbooks import csv_file, xlsx

HEADERS = ["Voornaam", "Achternaam", "E-mail", "Opleidingsniveau", "Telefoon", "Thema's"]


def _rows(phone_of_second: str = "0611111111") -> list[list[object]]:
    return [
        HEADERS,
        ["Anna", "Bakker", "anna@import.nl", "hbo", "0600000000", "Energie"],
        ["Bram", "Smit", "bram@import.nl", "MBO 4", phone_of_second, ""],
        ["Cas", "Visser", "cas@import.nl", "wo", "", "Energie; Mobiliteit"],
    ]


def _entries(ctx: AppContext, entity: str | None = None) -> list[AuditEntry]:
    with ctx.read_session() as s:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if entity is not None:
            query = query.where(AuditEntry.entity == entity)
        return list(s.scalars(query))


def _trainee_ids(ctx: AppContext) -> dict[str, int]:
    with ctx.read_session() as s:
        return dict(s.execute(select(Trainee.email, Trainee.id)).all())


def _named_context(db_url: str, tmp_path) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext.open(
        db_url, settings=Settings(user_name="Els de Boer"), settings_path=tmp_path / "s.json"
    )


def test_every_imported_trainee_gets_a_creation_entry(app_context, db_url, tmp_path):
    app_context.close()
    ctx = _named_context(db_url, tmp_path)
    try:
        before = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(seconds=1)
        report = run_import(ctx, csv_file(tmp_path / "t.csv", _rows()), ImportOptions("trainees"))
        assert report.errors == []
        assert report.created == 3
        ids = _trainee_ids(ctx)
        entries = _entries(ctx, "trainee")
        assert sorted(e.entity_id for e in entries) == sorted(ids.values())
        assert {e.action for e in entries} == {"create"}
        assert {e.user_name for e in entries} == {"Els de Boer"}
        assert all(before <= e.at <= before + dt.timedelta(minutes=5) for e in entries)
        with ctx.read_session() as s:
            anna = history(s, "trainee", ids["anna@import.nl"])
            cas = history(s, "trainee", ids["cas@import.nl"])
        assert len(anna) == 1
        changes = anna[0].changes
        assert changes["given_name"] == [None, "Anna"]
        assert changes["surname"] == [None, "Bakker"]
        assert changes["email"] == [None, "anna@import.nl"]
        assert changes["education_level"] == [None, "hbo"]
        assert changes["status"] == [None, "actief"]
        assert changes["themes"] == [None, "Energie"]
        assert changes["id"] == [None, ids["anna@import.nl"]]
        assert "version" not in changes
        assert "sort_name" not in changes
        assert cas[0].changes["themes"] == [None, "Energie, Mobiliteit"]
    finally:
        ctx.close()


def test_a_reimport_records_only_what_changed_with_before_and_after(app_context, tmp_path):
    first = csv_file(tmp_path / "a.csv", _rows())
    assert run_import(app_context, first, ImportOptions("trainees")).errors == []
    creates = len(_entries(app_context))
    again = run_import(app_context, first, ImportOptions("trainees"))
    assert again.unchanged == 3
    assert len(_entries(app_context)) == creates  # nothing changed, nothing recorded

    changed = _rows(phone_of_second="0622222222")
    changed[1][5] = "Mobiliteit"  # Anna's themes change as well
    report = run_import(
        app_context, csv_file(tmp_path / "b.csv", changed), ImportOptions("trainees")
    )
    assert report.updated == 2
    ids = _trainee_ids(app_context)
    updates = [e for e in _entries(app_context, "trainee") if e.action == "update"]
    by_id = {e.entity_id: json.loads(e.changes) for e in updates}
    assert by_id == {
        ids["bram@import.nl"]: {"phone": ["0611111111", "0622222222"]},
        ids["anna@import.nl"]: {"themes": ["Energie", "Mobiliteit"]},
    }


def test_changed_cohort_and_level_are_recorded_as_stored(app_context, tmp_path):
    rows = [
        ["Voornaam", "Achternaam", "E-mail", "Opleidingsniveau", "Status", "Einde contract"],
        ["Dirk", "Dijk", "dirk@import.nl", "hbo", "actief", "31-08-2027"],
    ]
    run_import(app_context, xlsx(tmp_path / "a.xlsx", rows), ImportOptions("trainees"))
    rows[1] = ["Dirk", "Dijk", "dirk@import.nl", "wo", "afgerond", "30-06-2027"]
    report = run_import(app_context, xlsx(tmp_path / "b.xlsx", rows), ImportOptions("trainees"))
    assert report.updated == 1
    with app_context.read_session() as s:
        trainee = s.scalars(select(Trainee).where(Trainee.email == "dirk@import.nl")).one()
        assert trainee.education_level is EducationLevel.WO
        assert trainee.status is TraineeStatus.FINISHED
        items = history(s, "trainee", trainee.id)
    assert [i.action for i in items] == ["update", "create"]
    assert items[0].changes == {
        "education_level": ["hbo", "wo"],
        "status": ["actief", "afgerond"],
        "contract_end": ["2027-08-31", "2027-06-30"],
    }


def test_kinds_written_through_the_orm_are_recorded_too(app_context, tmp_path):
    rows = [
        ["Organisatie", "Soort", "Gemeente", "Contactpersoon", "E-mail", "Begeleider"],
        ["Gemeente Eemsdelta", "gemeente", "Delfzijl", "Karin de Boer", "karin@ed.nl", "ja"],
        ["RDW", "Rijksoverheid", "Veendam", None, None, None],
    ]
    report = run_import(
        app_context, xlsx(tmp_path / "o.xlsx", rows), ImportOptions("organisations")
    )
    assert report.errors == []
    with app_context.read_session() as s:
        organisations = dict(s.execute(select(Organisation.name, Organisation.id)).all())
        contact = s.scalars(select(ContactPerson)).one()
        eemsdelta = history(s, "organisation", organisations["Gemeente Eemsdelta"])
        rdw = history(s, "organisation", organisations["RDW"])
        karin = history(s, "contact_person", contact.id)
    assert [i.action for i in eemsdelta] == ["create"]
    assert eemsdelta[0].changes["name"] == [None, "Gemeente Eemsdelta"]
    assert rdw[0].changes["type"] == [None, "rijksoverheid"]
    assert karin[0].changes["email"] == [None, "karin@ed.nl"]


def test_a_refused_or_trial_import_leaves_no_history(app_context, tmp_path):
    good = csv_file(tmp_path / "good.csv", _rows())
    dry = run_import(app_context, good, ImportOptions("trainees"), commit=False)
    assert dry.created == 3
    assert _entries(app_context) == []
    bad_rows = _rows()
    bad_rows[2][3] = "kleuterschool"  # an unknown level: the whole file is refused
    report = run_import(app_context, csv_file(tmp_path / "bad.csv", bad_rows), ImportOptions())
    assert report.errors
    assert _entries(app_context) == []
    with app_context.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 0


class _Colour(enum.StrEnum):
    RED = "rood"


_values = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(),
    st.datetimes(),
    st.just(_Colour.RED),
    st.sampled_from(list(EducationLevel)),
)


@given(st.dictionaries(st.text(min_size=1, max_size=12), st.tuples(_values, _values), max_size=8))
@settings(max_examples=200, deadline=None)
def test_bulk_entries_are_the_json_the_history_reads(changes):
    """The hand-written JSON of bulk entries equals json.dumps of the ORM listener's form."""
    written = _changes_json(changes)
    expected = json.dumps(
        {k: [_plain(a), _plain(b)] for k, (a, b) in changes.items()},
        ensure_ascii=False,
        sort_keys=True,
    )
    assert written == expected
    assert json.loads(written) == json.loads(expected)


@given(st.dictionaries(st.text(min_size=1, max_size=12), _values, max_size=10))
@settings(max_examples=200, deadline=None)
def test_bulk_creation_entries_are_the_json_the_history_reads(values):
    at = dt.datetime(2026, 1, 9, 9, 30)
    entry = creation_entry("trainee", 7, values, "Els", at)
    expected = json.dumps(
        {k: [None, _plain(v)] for k, v in values.items() if k not in _SKIPPED},
        ensure_ascii=False,
        sort_keys=True,
    )
    assert entry["changes"] == expected
    assert (entry["action"], entry["entity"], entry["entity_id"], entry["user_name"]) == (
        "create",
        "trainee",
        7,
        "Els",
    )
