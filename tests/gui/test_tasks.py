"""QtTaskRunner: work off the GUI thread, progress in a dialog, cancel, errors."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from coordinator_app.errors import CoordinatorError
from coordinator_app.services.progress import Cancelled, Progress
from coordinator_app.views.tasks import QtTaskRunner
from tests.helpers.fake_dialogs import FakeDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def runner(dialogs: FakeDialogs) -> Iterator[QtTaskRunner]:
    task_runner = QtTaskRunner(dialogs, minimum_duration_ms=0)
    yield task_runner
    task_runner.cancel_all()
    assert task_runner.wait(10_000)


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(
    runner: QtTaskRunner, qtbot: Any
) -> None:
    gui_thread = QApplication.instance().thread()
    seen: dict[str, Any] = {}

    def work(progress: Progress) -> int:
        seen["worker_is_gui"] = QThread.currentThread() is gui_thread
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_is_gui"] = QThread.currentThread() is gui_thread

    runner.run(None, "Rekenen", work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker_is_gui": False, "result": 42, "done_is_gui": True}
    assert runner.running == []


def test_progress_reaches_the_dialog(runner: QtTaskRunner, qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    proceed = threading.Event()
    results: list[str] = []

    def work(progress: Progress) -> str:
        progress.report(2, 4, "Trainees inlezen")
        proceed.wait(10)
        progress.report(4, 4, "Klaar")
        return "ok"

    runner.run(parent, "Importeren", work, results.append)
    task = runner.running[0]
    dialog = task.dialog
    assert dialog.windowTitle() == "Importeren"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: dialog.value() == 2 and dialog.labelText() == "Trainees inlezen")
    assert dialog.maximum() == 4
    qtbot.waitUntil(dialog.isVisible)
    proceed.set()
    qtbot.waitUntil(lambda: results == ["ok"])
    assert runner.running == []
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and deleted


def test_cancel_stops_the_work_without_an_error(
    runner: QtTaskRunner, dialogs: FakeDialogs, qtbot: Any
) -> None:
    outcome: list[str] = []
    stopped = threading.Event()

    def work(progress: Progress) -> None:
        try:
            for step in range(10_000):
                progress.report(step, 10_000, "Bezig met plannen")
                time.sleep(0.005)
        finally:
            stopped.set()

    runner.run(
        None,
        "Planning maken",
        work,
        lambda _result: outcome.append("done"),
        lambda exc: outcome.append(f"error {exc!r}"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    dialog = runner.running[0].dialog
    qtbot.waitUntil(lambda: dialog.value() > 0)
    qtbot.waitUntil(dialog.isVisible)
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None
    assert cancel_button.text() == "Annuleren"
    with qtbot.waitSignal(runner.status_message, timeout=5000) as blocker:
        cancel_button.click()
    assert blocker.args == ["Geannuleerd: Planning maken"]
    assert stopped.is_set()
    assert outcome == ["cancelled"]
    assert dialogs.calls == []


def test_a_known_error_goes_to_on_error(runner: QtTaskRunner, qtbot: Any) -> None:
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise CoordinatorError("Het bestand is geen Excel-werkmap.")

    runner.run(None, "Importeren", work, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], CoordinatorError)
    assert errors[0].message == "Het bestand is geen Excel-werkmap."


def test_errors_without_handler_are_shown_in_dutch(
    runner: QtTaskRunner, dialogs: FakeDialogs, qtbot: Any
) -> None:
    def known(progress: Progress) -> None:
        raise CoordinatorError("De map bestaat niet.")

    def bug(progress: Progress) -> None:
        raise ValueError("intern")

    runner.run(None, "Exporteren", known, lambda _r: None)
    qtbot.waitUntil(lambda: len(dialogs.calls) == 1)
    runner.run(None, "Rapport maken", bug, lambda _r: None)
    qtbot.waitUntil(lambda: len(dialogs.calls) == 2)
    assert dialogs.calls[0] == ("error", "Exporteren", "De map bestaat niet.")
    method, title, text = dialogs.calls[1]
    assert (method, title) == ("error", "Rapport maken")
    assert "onverwachts" in text
    assert "ValueError" in text
    assert "coordinator.log" in text


def test_cancelled_raised_by_the_service_is_not_an_error(
    runner: QtTaskRunner, dialogs: FakeDialogs, qtbot: Any
) -> None:
    outcome: list[str] = []

    def work(progress: Progress) -> None:
        raise Cancelled()

    with qtbot.waitSignal(runner.status_message, timeout=5000):
        runner.run(None, "Exporteren", work, lambda _r: outcome.append("done"), outcome.append)
    assert outcome == []
    assert dialogs.calls == []
