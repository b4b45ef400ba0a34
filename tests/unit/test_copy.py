"""copy-to moves a whole database between stores, ids and counts intact."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from coordinator_app.cli import run
from coordinator_app.context import AppContext
from coordinator_app.models import Trainee
from tests.helpers import factories as f

D = dt.date


def _fill(ctx: AppContext) -> None:
    with ctx.transaction() as s:
        prog = f.programme(s, "De Toekomst van Groningen")
        coh = f.cohort(s, prog, "TvG 2025")
        org = f.organisation(s, "Provincie Groningen")
        a = f.assignment(s, org, "Lobbystrategie", places=3)
        for name in ("Anna", "Jan", "Zoë"):
            f.placement(s, f.trainee(s, given=name, coh=coh), a, D(2025, 9, 1), D(2026, 4, 30))


def _stats(path_or_url: str, capsys) -> dict:
    capsys.readouterr()
    assert run(["stats", "--json", "--db", path_or_url]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    "target_kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_copy_to_and_back(sqlite_context, db_path, tmp_path, capsys, request, target_kind):
    _fill(sqlite_context)
    sqlite_context.close()
    target = (
        str(tmp_path / "kopie.sqlite3")
        if target_kind == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    assert run(["copy-to", target, "--db", str(db_path)]) == 0
    assert "aantallen gecontroleerd" in capsys.readouterr().out
    assert _stats(target, capsys) == _stats(str(db_path), capsys)
    # the copy is a working database: ids continue after the copied ones
    ctx = AppContext.open(target, settings_path=tmp_path / "s.json")
    with ctx.transaction() as s:
        new_id = f.trainee(s, given="Nieuw").id
        assert new_id > max(t.id for t in s.query(Trainee).filter(Trainee.id != new_id))
    ctx.close()
    back = tmp_path / "terug.sqlite3"
    assert run(["copy-to", str(back), "--db", target]) == 0
    assert _stats(str(back), capsys)["trainees"] == 4


def test_copy_to_refuses_a_database_with_data(sqlite_context, db_path, tmp_path, capsys):
    _fill(sqlite_context)
    sqlite_context.close()
    other = tmp_path / "vol.sqlite3"
    ctx = AppContext.open(str(other), settings_path=tmp_path / "s.json")
    _fill(ctx)
    ctx.close()
    assert run(["copy-to", str(other), "--db", str(db_path)]) == 1
    assert "niet leeg" in capsys.readouterr().err
