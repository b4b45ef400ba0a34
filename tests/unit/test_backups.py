"""Backups, restore, damaged files and the one-instance lock (SQLite specifics)."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from coordinator_app.cli import run
from coordinator_app.context import AppContext
from coordinator_app.db.backup import list_backups, prune_backups, timestamped_backup
from coordinator_app.db.instance_lock import InstanceLock
from coordinator_app.errors import DatabaseCorrupt
from tests.helpers import factories as f


def _with_trainees(ctx: AppContext, *names: str) -> None:
    with ctx.transaction() as s:
        for name in names:
            f.trainee(s, given=name)


def _count(path, table="trainee") -> int:
    with sqlite3.connect(path) as raw:
        return raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_backup_and_restore_round_trip(sqlite_context, db_path, tmp_path, capsys):
    _with_trainees(sqlite_context, "Anna", "Jan")
    sqlite_context.close()
    out = tmp_path / "kopie.sqlite3"
    assert run(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    ctx = AppContext.open(str(db_path), settings_path=tmp_path / "s.json")
    _with_trainees(ctx, "Piet")
    ctx.close()
    assert _count(db_path) == 3
    assert run(["restore", str(out), "--db", str(db_path)]) == 0
    assert _count(db_path) == 2
    assert "Teruggezet" in capsys.readouterr().out
    # the database as it was before the restore was kept
    safety = [b for b in list_backups(db_path) if b.reason == "voor-terugzetten"]
    assert len(safety) == 1
    assert _count(safety[0].path) == 3


def test_timestamped_backups_are_pruned(sqlite_context, db_path):
    made = [timestamped_backup(db_path, f"test {i}", keep=3) for i in range(5)]
    remaining = [b.path for b in list_backups(db_path)]
    assert remaining == list(reversed(made[-3:]))
    assert prune_backups(db_path, 1) == list(reversed(made[-3:-1]))


def test_restore_refuses_a_foreign_file(sqlite_context, db_path, tmp_path, capsys):
    _with_trainees(sqlite_context, "Anna")
    sqlite_context.close()
    foreign = tmp_path / "recepten.sqlite3"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE recept (naam TEXT)")
    assert run(["restore", str(foreign), "--db", str(db_path)]) == 1
    assert "geen back-up van een Coordinator-database" in capsys.readouterr().err
    assert _count(db_path) == 1


def test_restore_refuses_while_the_app_has_the_database_open(
    sqlite_context, db_path, tmp_path, capsys
):
    out = tmp_path / "b.sqlite3"
    assert run(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    with InstanceLock(db_path) as lock:
        assert lock.acquire()
        assert run(["restore", str(out), "--db", str(db_path)]) == 1
    assert "geopend in Coordinator" in capsys.readouterr().err


def test_backup_of_a_shared_database_is_explained(capsys):
    assert run(["backup", "--db", "postgresql+psycopg://u@127.0.0.1:1/x"]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_damaged_database_is_moved_aside_and_a_backup_offered(sqlite_context, db_path, tmp_path):
    _with_trainees(sqlite_context, *[f"T{i}" for i in range(300)])
    good = timestamped_backup(db_path, "test")
    sqlite_context.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):
        data[offset + 100 : offset + 400] = os.urandom(300)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt) as info:
        AppContext.open(str(db_path), settings_path=tmp_path / "s.json")
    assert not db_path.exists()
    assert (tmp_path / info.value.moved_to).exists()
    assert info.value.backup == str(good)
    assert good.name in info.value.message


def test_only_one_instance_holds_the_lock(db_path):
    first, second = InstanceLock(db_path), InstanceLock(db_path)
    assert first.acquire()
    assert not second.acquire()
    assert first.holder().startswith(f"{os.getpid()}@")
    first.release()
    assert second.acquire()
    second.release()


def test_lock_is_released_when_the_holder_dies(db_path):
    import subprocess
    import sys

    code = (
        "import sys, os; from pathlib import Path;"
        "from coordinator_app.db.instance_lock import InstanceLock;"
        f"assert InstanceLock(Path({str(db_path)!r})).acquire(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    lock = InstanceLock(db_path)
    assert lock.acquire()
    lock.release()


def test_stats_still_works_after_restore(sqlite_context, db_path, tmp_path, capsys):
    out = tmp_path / "b.sqlite3"
    sqlite_context.close()
    run(["backup", "--db", str(db_path), "--out", str(out)])
    run(["restore", str(out), "--db", str(db_path)])
    capsys.readouterr()
    assert run(["stats", "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["municipalities"] == 22


def test_an_import_is_preceded_by_a_backup(sqlite_context, db_path, tmp_path):
    from coordinator_app.excel.importer import ImportOptions, run_import

    csv = tmp_path / "trainees.csv"
    csv.write_text(
        "Voornaam;Achternaam;E-mailadres;Opleidingsniveau\nFenna;Bos;fenna@example.nl;hbo\n",
        encoding="utf-8",
    )
    report = run_import(sqlite_context, csv, ImportOptions(kind="trainees"))
    assert report.committed
    before_import = [b for b in list_backups(db_path) if b.reason == "voor-import"]
    assert len(before_import) == 1
    assert _count(before_import[0].path) == 0
    assert _count(db_path) == 1


def test_a_damage_report_quoting_bytes_that_are_not_text_is_still_a_report(tmp_path):
    """quick_check may quote the damaged bytes themselves; that must not crash the check."""
    from coordinator_app.db.backup import quick_check

    path = tmp_path / "kapot.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE t(a)")
        raw.execute("INSERT INTO t VALUES (NULL)")
    with sqlite3.connect(path) as raw:  # now the column is NOT NULL and named in non-UTF-8
        raw.execute("PRAGMA writable_schema = ON")
        raw.execute(
            "UPDATE sqlite_master SET sql = CAST(X'"
            + b'CREATE TABLE t("'.hex()
            + "dbff"
            + b'" NOT NULL)'.hex()
            + "' AS TEXT) WHERE name = 't'"
        )
    problems = quick_check(path)
    assert len(problems) == 1 and problems[0].startswith("NULL value in t.")


def test_an_undecodable_error_from_the_check_is_a_report(tmp_path, monkeypatch):
    from coordinator_app.db import backup

    class Broken:
        text_factory = None

        def execute(self, _sql):  # type: ignore[no-untyped-def]
            raise UnicodeDecodeError("utf-8", b"\xdb", 0, 1, "invalid continuation byte")

        def close(self) -> None:
            pass

    monkeypatch.setattr(backup.sqlite3, "connect", lambda *_a, **_k: Broken())
    assert backup.quick_check(tmp_path / "x.sqlite3") != []
