"""Shared fixtures. GUI tests live in tests/gui and are marked `gui` automatically."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coordinator.sqlite3"


@pytest.fixture
def app_context(db_path: Path, tmp_path: Path) -> Iterator[AppContext]:  # noqa: F821
    """A fresh, migrated database with reference data and the rules switched on."""
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
