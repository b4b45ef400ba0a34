"""The command-line contract: names, options, JSON keys and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coordinator_app.cli import run
from coordinator_app.context import AppContext

STATS_KEYS = {"trainees", "organisations", "assignments", "placements", "sessions", "attendances"}


@pytest.fixture
def empty_db(tmp_path):
    path = tmp_path / "leeg.sqlite3"
    AppContext.open(str(path), settings_path=tmp_path / "s.json").close()
    return path


def test_stats_json_has_contract_keys(empty_db, capsys):
    assert run(["stats", "--db", str(empty_db), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts.keys() >= STATS_KEYS
    assert all(counts[key] == 0 for key in STATS_KEYS)


def test_db_from_environment(empty_db, capsys, monkeypatch):
    monkeypatch.setenv("COORDINATOR_DB", str(empty_db))
    assert run(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["municipalities"] == 22


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["stats", "--db", "/nonexistent/folder/x.sqlite3"], "bestaat niet"),
        (["stats", "--db", "mysql://u@h/db"], "wordt niet ondersteund"),
        (["stats", "--db", "postgresql+psycopg://u:geheim@127.0.0.1:1/x"], "Kan geen verbinding"),
    ],
)
def test_user_mistakes_give_one_line_and_nonzero_exit(argv, expected, capsys):
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert expected in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert "geheim" not in err  # a password never shows


def test_not_a_database_file(tmp_path, capsys):
    bogus = tmp_path / "lijst.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not sqlite")
    assert run(["stats", "--db", str(bogus)]) == 1
    assert "geen Coordinator-database" in capsys.readouterr().err


def test_locked_database_is_a_message_not_a_traceback(empty_db, capsys, monkeypatch):
    import sqlite3

    from coordinator_app.db import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(empty_db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code = run(["stats", "--db", str(empty_db), "--json"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 1
    assert "bezet" in err
    assert "Traceback" not in err


def test_unknown_subcommand_is_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        run(["vliegen"])
    assert info.value.code == 2
    assert "fout" in capsys.readouterr().err


def test_check_reports_all_well(empty_db, capsys):
    assert run(["check", "--db", str(empty_db)]) == 0
    assert "Alles in orde" in capsys.readouterr().out


def test_console_script_entry_point_runs(empty_db):
    result = subprocess.run(
        [sys.executable, "-m", "coordinator_app", "stats", "--json", "--db", str(empty_db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout).keys() >= STATS_KEYS


def test_version_option(capsys):
    from coordinator_app import __version__

    with pytest.raises(SystemExit) as info:
        run(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out
