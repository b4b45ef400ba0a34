"""Shared fixtures. GUI tests live in tests/gui and are marked `gui` automatically.

Store-touching tests take `app_context` (or `session`), which runs each test twice:
on a fresh SQLite file and on a fresh PostgreSQL database. The PostgreSQL server is
named by COORDINATOR_TEST_PG (a SQLAlchemy URL with rights to create databases);
`.ci/run` starts one on loopback. Without it the PostgreSQL variants are skipped,
except under CI=true, where a missing server is an error.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ENV = "COORDINATOR_TEST_PG"
PG_TEMPLATE = f"coordinator_test_template_{os.getpid()}"  # one per test run


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's settings, data or logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("COORDINATOR_LOG_DIR", str(home / "logs"))
    monkeypatch.delenv("COORDINATOR_DB", raising=False)


def _pg_admin_url():  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    raw = os.environ.get(PG_ENV)
    if not raw:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL half of the suite")
        pytest.skip(f"no PostgreSQL server ({PG_ENV} not set)")
    return make_url(raw)


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated PostgreSQL database with reference data, copied for every test."""
    from sqlalchemy import create_engine

    from coordinator_app.context import AppContext

    admin_url = _pg_admin_url()
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)")
        connection.exec_driver_sql(f"CREATE DATABASE {PG_TEMPLATE}")
    template_url = admin_url.set(database=PG_TEMPLATE)
    AppContext.open(template_url.render_as_string(hide_password=False)).close()
    yield PG_TEMPLATE
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)")
    admin.dispose()


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    """A fresh PostgreSQL database (a copy of the template), dropped afterwards."""
    from sqlalchemy import create_engine

    admin_url = _pg_admin_url()
    name = f"coordinator_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield admin_url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coordinator.sqlite3"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """The database of one test: a SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        return str(db_path)
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def app_context(db_url: str, tmp_path: Path) -> Iterator[AppContext]:  # noqa: F821
    """A fresh, migrated database with reference data and the rules switched on."""
    from coordinator_app.context import AppContext

    context = AppContext.open(db_url, settings_path=tmp_path / "settings.json")
    yield context
    context.close()


@pytest.fixture
def sqlite_context(db_path: Path, tmp_path: Path) -> Iterator[AppContext]:  # noqa: F821
    """For tests about SQLite itself (files, pragmas, raw bytes)."""
    from coordinator_app.context import AppContext

    context = AppContext.open(str(db_path), settings_path=tmp_path / "settings.json")
    yield context
    context.close()


@pytest.fixture
def session(app_context):  # type: ignore[no-untyped-def]
    """A writing session; the test commits or rolls back as it needs."""
    with app_context.session_factory() as s:
        yield s


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
