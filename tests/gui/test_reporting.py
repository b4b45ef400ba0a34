"""Printing from the GUI (views/reporting): made in the background, then opened or saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QUndoStack

from coordinator_app.context import AppContext
from coordinator_app.services.demo import write_demo_database
from coordinator_app.services.demo_data import REFERENCE_DATE
from coordinator_app.services.progress import Cancelled, Progress
from coordinator_app.views.reporting import make_pdf
from coordinator_app.views.tasks import QtTaskRunner
from coordinator_app.views.view_context import DataBus, ViewContext
from tests.gui.screens_fixtures import SyncTasks
from tests.helpers.fake_dialogs import FakeDialogs


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[AppContext]:
    path = tmp_path / "demo.sqlite3"
    write_demo_database(str(path))
    context = AppContext.open(str(path), settings_path=tmp_path / "settings.json")
    context.today = REFERENCE_DATE
    yield context
    context.close()


def view_context(app: AppContext, dialogs: FakeDialogs, tasks=None) -> ViewContext:  # type: ignore[no-untyped-def]
    return ViewContext(app, QUndoStack(), dialogs, tasks or SyncTasks(), DataBus())


def test_open_hands_the_finished_pdf_to_the_system_viewer(qtbot, demo):
    dialogs = FakeDialogs(choice="open")
    tasks = SyncTasks()
    opened: list[Path] = []
    make_pdf(view_context(demo, dialogs, tasks), None, "session", session_id=102,
             opener=lambda path: opened.append(path) or True)  # fmt: skip
    assert tasks.titles == ["Verslag van een bijeenkomst maken"]
    assert dialogs.methods() == ["choose"]
    assert [c.key for c in dialogs.details[0]["choices"]] == ["open", "save"]
    assert len(opened) == 1 and opened[0].suffix == ".pdf"
    assert opened[0].name == "Verslag Participatiesessie een jaar later.pdf"
    text = pypdf.PdfReader(str(opened[0])).pages[0].extract_text()
    assert "Participatiesessie: een jaar later" in text


def test_save_copies_the_pdf_where_the_user_chooses(qtbot, demo, tmp_path):
    target = tmp_path / "verslag"
    dialogs = FakeDialogs(choice="save", save_path=target)
    make_pdf(view_context(demo, dialogs), None, "badges", cohort_id=2,
             opener=lambda path: pytest.fail("must not open"))  # fmt: skip
    assert dialogs.methods() == ["choose", "save_file"]
    assert dialogs.texts("save_file") == ["Naamkaartjes NPG 2026.pdf"]  # the suggested name
    saved = target.with_name("verslag.pdf")
    assert pypdf.PdfReader(str(saved)).pages


def test_no_viewer_says_where_the_file_is(qtbot, demo):
    dialogs = FakeDialogs(choice="open")
    make_pdf(view_context(demo, dialogs), None, "assignment", assignment_id=1,
             opener=lambda path: False)  # fmt: skip
    assert dialogs.titles("error") == ["Document openen"]
    assert ".pdf" in dialogs.texts("error")[0]


def test_a_missing_target_is_refused_before_any_work(qtbot, demo):
    dialogs = FakeDialogs()
    tasks = SyncTasks()
    make_pdf(view_context(demo, dialogs, tasks), None, "signin")
    assert tasks.titles == []
    assert dialogs.titles("error") == ["Document maken"]
    assert "bijeenkomst" in dialogs.texts("error")[0]
    # A target that is gone is found in the background; the task runner reports it.
    runner = QtTaskRunner(dialogs, minimum_duration_ms=0)
    make_pdf(view_context(demo, dialogs, runner), None, "trajectory", trainee_id=999_999)
    assert runner.wait(30_000)
    assert dialogs.titles("error") == ["Document maken", "Traject van een trainee maken"]
    assert "bestaat niet" in dialogs.texts("error")[1]


def test_progress_is_reported_and_cancel_stops_the_work(qtbot, demo):
    reports: list[tuple[int, int | None, str]] = []

    class CancellingTasks(SyncTasks):
        def run(self, parent, title, work, on_done, on_error=None):  # type: ignore[no-untyped-def]
            progress = Progress(lambda *args: reports.append(args))
            with pytest.raises(Cancelled):
                work(_CancelAfter(progress, 3))

    make_pdf(view_context(demo, FakeDialogs(), CancellingTasks()), None, "cohort", cohort_id=1)
    assert len(reports) == 3
    assert reports[0][2] == "Gegevens ophalen"


class _CancelAfter(Progress):
    def __init__(self, inner: Progress, reports: int) -> None:
        super().__init__()
        self.inner, self.left = inner, reports

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        if self.left == 0:
            raise Cancelled()
        self.left -= 1
        self.inner.report(done, total, text)


def test_made_off_the_gui_thread_with_the_real_task_runner(qtbot, demo):
    dialogs = FakeDialogs(choice="open")
    runner = QtTaskRunner(dialogs, minimum_duration_ms=0)
    opened: list[Path] = []
    make_pdf(view_context(demo, dialogs, runner), None, "cohort", cohort_id=1,
             opener=lambda path: opened.append(path) or True)  # fmt: skip
    assert runner.wait(30_000)
    assert len(opened) == 1
    assert "Voortgangsrapportage" in pypdf.PdfReader(str(opened[0])).pages[0].extract_text()
