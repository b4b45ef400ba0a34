"""Migrations: empty -> head, the models match head, older databases are backed up
and upgraded, newer ones and foreign files are refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from coordinator_app.context import AppContext
from coordinator_app.db.engine import APPLICATION_ID, resolve_database_url
from coordinator_app.db.migrate import head_revision
from coordinator_app.db.store import open_store
from coordinator_app.errors import NewerDatabaseError, NotACoordinatorDatabase
from coordinator_app.models import Base


def test_empty_to_head_and_models_match(db_path):
    store = open_store(resolve_database_url(str(db_path)))
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert context.get_current_revision() == head_revision()
        diff = compare_metadata(context, Base.metadata)
    store.close()
    assert diff == [], f"models and migrations differ: {diff}"


def test_application_id_and_pragmas(db_path):
    store = open_store(resolve_database_url(str(db_path)))
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    store.close()
    assert oct(db_path.stat().st_mode & 0o777) == "0o600"


def test_newer_database_refused(db_path):
    open_store(resolve_database_url(str(db_path))).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(NewerDatabaseError, match="nieuwere versie"):
        open_store(resolve_database_url(str(db_path)))


def test_foreign_sqlite_file_refused(db_path):
    with sqlite3.connect(db_path) as raw:
        raw.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(NotACoordinatorDatabase, match="geen Coordinator-database"):
        open_store(resolve_database_url(str(db_path)))
    with sqlite3.connect(db_path) as raw:  # and it was left alone
        assert raw.execute("SELECT name FROM sqlite_master").fetchall() == [("recipes",)]


def test_text_file_refused(db_path):
    db_path.write_text("naam;email\n")
    with pytest.raises(NotACoordinatorDatabase):
        open_store(resolve_database_url(str(db_path)))
    assert db_path.read_text() == "naam;email\n"


def test_marked_but_empty_database_is_migrated_without_backup(db_path, tmp_path):
    """A database of ours that never got a schema (e.g. a crash during the very first
    start) is migrated from scratch; there is nothing in it to back up."""
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32))")
    engine.dispose()
    context = AppContext.open(str(db_path), settings_path=tmp_path / "s.json")
    with context.read_session() as session:
        from coordinator_app.services.stats import entity_counts

        assert entity_counts(session)["municipalities"] == 22
    context.close()
    assert not (db_path.parent / "backups").exists()


def test_upgrade_from_previous_revision_makes_backup(db_path, tmp_path, monkeypatch):
    from coordinator_app.db import migrate

    open_store(resolve_database_url(str(db_path))).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'older'")
    # Pretend 'older' is a known ancestor whose upgrade to head has nothing to do.
    monkeypatch.setattr(migrate, "known_revisions", lambda: {"older", head_revision()})
    import alembic.command

    monkeypatch.setattr(alembic.command, "upgrade", _fake_upgrade)
    store = open_store(resolve_database_url(str(db_path)))
    store.close()
    backups = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    assert "voor-migratie-older" in backups[0].name
    with sqlite3.connect(backups[0]) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("older",)


def _fake_upgrade(config, revision):
    config.attributes["connection"].exec_driver_sql(
        f"UPDATE alembic_version SET version_num = '{head_revision()}'"
    )


def test_upgrade_from_first_revision_keeps_every_row(db_path, tmp_path):
    """Altering a parent table on SQLite must not cascade-delete its children."""
    from alembic import command

    from coordinator_app.db.migrate import alembic_config

    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        command.upgrade(alembic_config(connection), "0001")
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.exec_driver_sql(
            "INSERT INTO session (id, type, title, date, start_time, end_time, description,"
            " outcome_notes, version, created_at, updated_at) VALUES (1, 'training', 'Dag',"
            " '2026-01-09', '09:00:00', '16:00:00', '', '', 1, CURRENT_TIMESTAMP,"
            " CURRENT_TIMESTAMP)"
        )
        connection.exec_driver_sql(
            "INSERT INTO guest_participant (id, name, checkin_code, version, created_at,"
            " updated_at) VALUES (1, 'Gast', 'G1', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        )
        connection.exec_driver_sql(
            "INSERT INTO attendance (session_id, guest_id, status, note, version, created_at,"
            " updated_at) VALUES (1, 1, 'aanwezig', '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        )
    engine.dispose()
    store = open_store(resolve_database_url(str(db_path)))
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM attendance").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()
    assert len(list((db_path.parent / "backups").glob("*voor-migratie-0001*"))) == 1


def test_sqlite_never_reuses_a_deleted_id(sqlite_context):
    from coordinator_app.models import Trainee
    from tests.helpers import factories as f

    with sqlite_context.transaction() as s:
        first = f.trainee(s).id
        last = f.trainee(s).id
    with sqlite_context.transaction() as s:
        s.delete(s.get(Trainee, last))
    with sqlite_context.transaction() as s:
        assert f.trainee(s).id > last > first
    with sqlite_context.store.engine.connect() as connection:
        sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'attendance'"
        ).scalar()
    assert "AUTOINCREMENT" in sql


def test_schema_head_constant_matches_the_migrations():
    from coordinator_app.db.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_enum_checks_become_equalities_keeping_rows_and_refusals(db_path):
    """0005 rewrites the enum CHECKs (IN list -> OR chain) and can be undone."""
    import sqlite3 as sqlite

    from alembic import command

    from coordinator_app.db.migrate import alembic_config

    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.exec_driver_sql(
            "INSERT INTO trainee (given_name, prefix, surname, sort_name, email,"
            " education_level, status, checkin_code, notes) VALUES"
            " ('Anna', '', 'Bakker', 'bakker anna', 'anna@example.nl', 'hbo', 'actief',"
            " 'TABCDEFG', '')"
        )
    engine.dispose()
    open_store(resolve_database_url(str(db_path))).close()

    def schema() -> str:
        with sqlite.connect(db_path) as raw:
            return "\n".join(r[0] for r in raw.execute("SELECT sql FROM sqlite_master") if r[0])

    upgraded = schema()
    assert "status IN (" not in upgraded and "education_level IN (" not in upgraded
    assert "status = 'actief' OR" in upgraded
    assert upgraded.count("AUTOINCREMENT") >= 9
    with sqlite.connect(db_path) as raw:
        assert raw.execute("SELECT email FROM trainee").fetchall() == [("anna@example.nl",)]
        for column, value in (("status", "weg"), ("education_level", "phd")):
            with pytest.raises(sqlite.IntegrityError, match="CHECK"):
                raw.execute(f"UPDATE trainee SET {column} = ?", (value,))
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
    engine.dispose()
    assert "status IN ('aangenomen', 'actief', 'afgerond', 'gestopt')" in schema()
