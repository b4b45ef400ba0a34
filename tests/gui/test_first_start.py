"""The first start (no database yet) and recovering from a database that will not open."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.context import AppContext
from coordinator_app.errors import CoordinatorError
from coordinator_app.paths import default_database_path
from coordinator_app.services.progress import Progress
from coordinator_app.services.stats import entity_counts
from coordinator_app.settings import Settings, load_settings
from coordinator_app.views.app import open_database
from coordinator_app.views.first_start import FirstStart, first_start_path
from coordinator_app.views.tasks import QtTaskRunner
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.json"


@pytest.fixture
def runner(qtbot: Any) -> Iterator[QtTaskRunner]:
    task_runner = QtTaskRunner(FakeDialogs(), minimum_duration_ms=0)
    yield task_runner
    task_runner.cancel_all()
    assert task_runner.wait(10_000)


def first_start(
    dialogs: FakeDialogs,
    runner: QtTaskRunner,
    settings_path: Path,
    settings: Settings | None = None,
) -> FirstStart:
    return FirstStart(dialogs, runner, settings or Settings(), settings_path)


def counts(context: AppContext) -> dict[str, int]:
    with context.read_session() as session:
        return entity_counts(session)


def existing_database(path: Path) -> Path:
    AppContext.open(str(path), settings_path=path.with_suffix(".json")).close()
    return path


# -- when ----------------------------------------------------------------------------------


def test_first_start_only_when_nothing_names_a_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    default = default_database_path()
    assert not default.exists()
    assert first_start_path(None, Settings()) == default
    assert first_start_path(str(tmp_path / "x.sqlite3"), Settings()) is None
    assert first_start_path(None, Settings(database=str(tmp_path / "x.sqlite3"))) is None
    monkeypatch.setenv("COORDINATOR_DB", str(tmp_path / "env.sqlite3"))
    assert first_start_path(None, Settings()) is None
    monkeypatch.delenv("COORDINATOR_DB")
    existing_database_parent = default.parent
    existing_database_parent.mkdir(parents=True)
    existing_database(default)
    assert first_start_path(None, Settings()) is None


# -- the choices --------------------------------------------------------------------------


def test_the_question_offers_three_ways_in_dutch(runner: QtTaskRunner, settings_path: Path) -> None:
    dialogs = FakeDialogs(choice=None)
    assert first_start(dialogs, runner, settings_path).run(default_database_path()) is None
    assert dialogs.titles("choose") == ["Welkom bij Coordinator"]
    labels = [choice.label for choice in dialogs.details[0]["choices"]]
    assert labels == ["Demodatabase openen", "Leeg beginnen", "Ander bestand kiezen..."]
    assert str(default_database_path()) in dialogs.texts("choose")[0]
    assert not default_database_path().exists()


def test_start_empty_creates_a_migrated_database(runner: QtTaskRunner, settings_path: Path) -> None:
    dialogs = FakeDialogs(choice="empty")
    path = default_database_path()
    context = first_start(dialogs, runner, settings_path).run(path)
    assert context is not None
    try:
        assert context.store.path == path
        assert path.exists()
        found = counts(context)
        assert found["trainees"] == 0
        assert found["municipalities"] > 0  # reference data is in place
    finally:
        context.close()


def test_choose_another_file_opens_it_and_remembers_it(
    runner: QtTaskRunner, settings_path: Path, tmp_path: Path
) -> None:
    chosen = existing_database(tmp_path / "van-collega.sqlite3")
    dialogs = FakeDialogs(choice="other", open_path=chosen)
    settings = Settings()
    context = first_start(dialogs, runner, settings_path, settings).run(default_database_path())
    assert context is not None
    context.close()
    assert context.store.path == chosen
    assert load_settings(settings_path).database == str(chosen)
    assert not default_database_path().exists()


def test_a_bad_file_leads_back_to_the_question(
    runner: QtTaskRunner, settings_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "boodschappen.sqlite3"
    bad.write_text("melk, brood", encoding="utf-8")
    dialogs = FakeDialogs(choice=["other", None], open_path=bad)
    assert first_start(dialogs, runner, settings_path).run(default_database_path()) is None
    assert dialogs.methods() == ["choose", "open_file", "error", "choose"]
    assert "geen Coordinator-database" in dialogs.texts("error")[0]


def test_demo_database_is_written_in_the_background(
    runner: QtTaskRunner, settings_path: Path
) -> None:
    pytest.importorskip("coordinator_app.services.demo")
    dialogs = FakeDialogs(choice="demo")
    path = default_database_path()
    context = first_start(dialogs, runner, settings_path).run(path)
    assert context is not None
    try:
        assert context.store.path == path
        found = counts(context)
        assert found["trainees"] > 0
        assert found["organisations"] > 0
    finally:
        context.close()
    assert dialogs.titles("error") == []


@pytest.fixture
def fake_demo(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """A stand-in demo writer whose behaviour each test sets."""
    module = types.ModuleType("coordinator_app.services.demo")
    monkeypatch.setitem(sys.modules, "coordinator_app.services.demo", module)
    return module


def test_cancelled_demo_leaves_nothing_and_asks_again(
    runner: QtTaskRunner, settings_path: Path, fake_demo: types.ModuleType
) -> None:
    def slow_writer(db: str, size: str = "small", *, progress: Progress) -> str:
        Path(db).write_bytes(b"half a demo")
        runner.running[0].progress.cancel()  # as the cancel button does
        for step in range(1000):
            progress.report(step, 1000)
        return "klaar"

    fake_demo.write_demo_database = slow_writer
    dialogs = FakeDialogs(choice=["demo", "empty"])
    path = default_database_path()
    context = first_start(dialogs, runner, settings_path).run(path)
    assert context is not None
    try:
        assert dialogs.methods() == ["choose", "choose"]
        assert counts(context)["trainees"] == 0  # the empty database, not the half demo
    finally:
        context.close()


def test_failed_demo_is_reported_and_asks_again(
    runner: QtTaskRunner, settings_path: Path, fake_demo: types.ModuleType
) -> None:
    def broken_writer(db: str, size: str = "small", *, progress: Progress) -> str:
        raise CoordinatorError("De schijf is vol.")

    fake_demo.write_demo_database = broken_writer
    dialogs = FakeDialogs(choice=["demo", None])
    assert first_start(dialogs, runner, settings_path).run(default_database_path()) is None
    assert dialogs.calls[1] == ("error", "Demodatabase maken", "De schijf is vol.")
    assert not default_database_path().exists()


# -- app.open_database: a database that does not open ----------------------------------------


def test_a_missing_file_can_be_created(
    runner: QtTaskRunner, settings_path: Path, tmp_path: Path
) -> None:
    wanted = tmp_path / "nieuw.sqlite3"
    dialogs = FakeDialogs(choice="create")
    context = open_database(str(wanted), Settings(), settings_path, dialogs, runner)
    assert context is not None
    context.close()
    assert wanted.exists()
    assert "bestaat niet" in dialogs.texts("choose")[0]
    keys = [choice.key for choice in dialogs.details[0]["choices"]]
    assert keys == ["other", "create", "quit"]


def test_an_unreadable_database_offers_another_file(
    runner: QtTaskRunner, settings_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "kapot.sqlite3"
    bad.write_text("dit is tekst", encoding="utf-8")
    good = existing_database(tmp_path / "goed.sqlite3")
    dialogs = FakeDialogs(choice="other", open_path=good)
    settings = Settings()
    context = open_database(str(bad), settings, settings_path, dialogs, runner)
    assert context is not None
    context.close()
    assert context.store.path == good
    assert dialogs.titles("choose") == ["Database niet geopend"]
    assert "geen Coordinator-database" in dialogs.texts("choose")[0]
    assert load_settings(settings_path).database == str(good)


def test_quit_after_a_failure(runner: QtTaskRunner, settings_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "kapot.sqlite3"
    bad.write_text("dit is tekst", encoding="utf-8")
    dialogs = FakeDialogs(choice="quit")
    assert open_database(str(bad), Settings(), settings_path, dialogs, runner) is None
    assert not settings_path.exists()


def test_first_start_is_used_when_nothing_exists(runner: QtTaskRunner, settings_path: Path) -> None:
    dialogs = FakeDialogs(choice="empty")
    context = open_database(None, Settings(), settings_path, dialogs, runner)
    assert context is not None
    context.close()
    assert dialogs.titles("choose") == ["Welkom bij Coordinator"]
    assert default_database_path().exists()
