"""`coordinator-app privacy ...`: inzage export, anonymise, delete and the retention list.

Run on SQLite and PostgreSQL through ``db_url``: the same commands serve a shared
database. Files the commands write are readable by their owner only.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from coordinator_app.cli import run
from coordinator_app.context import AppContext
from coordinator_app.db.backup import list_backups, timestamped_backup
from coordinator_app.models import Attendance, Placement, Preference, Trainee, TraineeStatus
from coordinator_app.services.privacy import ANONYMOUS_GIVEN_NAME
from tests.helpers import factories as f

D = dt.date
PLANTED = "Xylofoonbouwer"


@pytest.fixture
def person(app_context) -> int:  # type: ignore[no-untyped-def]
    from tests.unit.test_privacy import _person

    with app_context.transaction() as s:
        return _person(s)


def _trainee(ctx: AppContext, trainee_id: int) -> Trainee | None:
    with ctx.read_session() as s:
        return s.get(Trainee, trainee_id)


def test_export_writes_every_section_to_excel(app_context, db_url, person, tmp_path, capsys):
    with app_context.transaction() as s:
        wish = f.assignment(s, title="Datagedreven werken")
        s.add(Preference(trainee_id=person, assignment_id=wish.id, rank=1))
    out = tmp_path / "inzage.xlsx"
    code = run(["privacy", "export", "Quirine.X@Example.nl ", "--db", db_url, "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "geschreven naar" in capsys.readouterr().out
    book = load_workbook(out, read_only=True)
    assert "Persoonsgegevens" in book.sheetnames
    rows = list(book["Persoonsgegevens"].iter_rows(values_only=True))
    assert rows[1][rows[0].index("Achternaam")] == PLANTED
    wishes = list(book["Voorkeuren"].iter_rows(values_only=True))
    assert wishes[1][wishes[0].index("Opdracht")] == "Datagedreven werken"
    attendance = list(book["Aanwezigheid"].iter_rows(values_only=True))
    assert attendance[1][attendance[0].index("Datum")] == dt.datetime(2025, 9, 5)  # a real date
    book.close()
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_as_pdf(app_context, db_url, person, tmp_path, capsys):
    out = tmp_path / "inzage.pdf"
    assert (
        run(["privacy", "export", "quirine.x@example.nl", "--db", db_url, "--out", str(out)]) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert "pagina" in capsys.readouterr().out
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_refuses_other_formats_and_unknown_people(
    app_context, db_url, person, tmp_path, capsys
):
    assert (
        run(
            [
                "privacy",
                "export",
                "quirine.x@example.nl",
                "--db",
                db_url,
                "--out",
                str(tmp_path / "x.csv"),
            ]
        )
        == 1
    )
    assert ".xlsx- of .pdf-bestand" in capsys.readouterr().err
    assert (
        run(
            [
                "privacy",
                "export",
                "niemand@example.nl",
                "--db",
                db_url,
                "--out",
                str(tmp_path / "x.xlsx"),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "geen trainee met e-mailadres 'niemand@example.nl'" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("action", ["delete", "anonymise"])
def test_without_yes_nothing_changes_and_the_plan_is_shown(
    app_context, db_url, person, capsys, action
):
    assert run(["privacy", action, "quirine.x@example.nl", "--db", db_url]) == 1
    captured = capsys.readouterr()
    assert "Quirine Xylofoonbouwer" in captured.out
    assert "1 plaatsing(en)" in captured.out
    assert "1 aanwezigheidsregistratie(s)" in captured.out
    assert "voeg --yes toe" in captured.err
    assert "niets gewijzigd" in captured.err.lower()
    trainee = _trainee(app_context, person)
    assert trainee is not None
    assert trainee.surname == PLANTED


def test_delete_with_yes_removes_the_person_and_everything_of_theirs(
    app_context, db_url, person, capsys
):
    assert run(["privacy", "delete", "quirine.x@example.nl", "--db", db_url, "--yes"]) == 0
    assert "is verwijderd" in capsys.readouterr().out
    assert _trainee(app_context, person) is None
    with app_context.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 0
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0


def test_anonymise_with_yes_keeps_the_figures(app_context, db_url, person, capsys):
    assert run(["privacy", "anonymise", "quirine.x@example.nl", "--db", db_url, "--yes"]) == 0
    trainee = _trainee(app_context, person)
    assert trainee is not None
    assert trainee.given_name == ANONYMOUS_GIVEN_NAME
    assert PLANTED not in trainee.full_name
    with app_context.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Placement)) == 1


def _finished(app_context, given: str, end: dt.date) -> int:  # type: ignore[no-untyped-def]
    with app_context.transaction() as s:
        return f.trainee(
            s,
            given=given,
            status=TraineeStatus.FINISHED,
            contract_start=end.replace(year=end.year - 2),
            contract_end=end,
        ).id


def test_retention_lists_then_anonymises_everyone_due(app_context, db_url, capsys):
    long_ago = _finished(app_context, "Langgeleden", D(2020, 8, 31))
    recent = _finished(app_context, "Onlangs", dt.date.today() - dt.timedelta(days=30))
    assert run(["privacy", "retention", "--db", db_url, "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["retention_months"] == 24
    assert [item["id"] for item in listing["due"]] == [long_ago]
    assert listing["due"][0]["ended_on"] == "2020-08-31"
    assert listing["anonymised"] == 0
    assert _trainee(app_context, long_ago).given_name == "Langgeleden"  # a listing changes nothing

    assert run(["privacy", "retention", "--db", db_url, "--anonymise"]) == 0
    out = capsys.readouterr().out
    assert "1 persoon/personen geanonimiseerd" in out
    assert _trainee(app_context, long_ago).given_name == ANONYMOUS_GIVEN_NAME
    assert _trainee(app_context, recent).given_name == "Onlangs"
    assert run(["privacy", "retention", "--db", db_url]) == 0
    assert "Niemand is aan de beurt" in capsys.readouterr().out


def test_retention_expires_old_backups(sqlite_context, db_path, capsys):
    sqlite_context.close()
    old = timestamped_backup(db_path, "oud")
    made = dt.datetime.now() - dt.timedelta(days=900)
    aged = old.with_name(f"{db_path.stem}-{made:%Y%m%d-%H%M%S-%f}-oud.sqlite3")
    old.rename(aged)
    fresh = timestamped_backup(db_path, "vers")
    assert run(["privacy", "retention", "--db", str(db_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["expired_backups"] == [aged.name]
    assert [b.path for b in list_backups(db_path)] == [fresh]


def test_the_action_is_required(capsys):
    with pytest.raises(SystemExit) as stopped:
        run(["privacy"])
    assert stopped.value.code == 2
    assert "ACTIE" in capsys.readouterr().err
