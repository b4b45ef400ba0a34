"""The one way to run long work: a worker thread plus a progress dialog with a cancel button.

The work itself is plain Python that accepts a :class:`Progress`. Pressing cancel
sets the Progress' cancel flag, so the service raises :class:`Cancelled` at its
next report and its transaction rolls back. A cancelled task is not an error: the
status bar says "Geannuleerd" and no message box appears.

Why a plain ``threading.Thread`` that never touches Qt, instead of QThreadPool
and queued signals: a service may report progress thousands of times a second,
while the dialog needs only the newest value a few dozen times a second. The
worker leaves its newest progress in an attribute and its outcome in a queue; a
timer on the GUI thread collects both, so reports are coalesced instead of
queuing one event each, and no Qt object is ever used off the GUI thread.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from coordinator_app.errors import CoordinatorError
from coordinator_app.logs import log_file
from coordinator_app.services.progress import Cancelled, Progress
from coordinator_app.views.view_context import DialogService

_log = logging.getLogger(__name__)
_POLL_INTERVAL_MS = 25


class RunningTask(QObject):
    """One piece of work in flight: its thread, progress, dialog and callbacks."""

    def __init__(
        self,
        runner: QtTaskRunner,
        parent: QWidget | None,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        on_cancelled: Callable[[], None] | None,
    ) -> None:
        super().__init__(runner)
        self.title = title
        self.finished = False
        self._runner = runner
        self._parent = parent
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        # Written by the worker, read by the GUI thread: a tuple is replaced whole.
        self._latest: tuple[int, int | None, str] | None = None
        self._shown: tuple[int, int | None, str] | None = None
        self._outcome: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()
        self.progress = Progress(listener=self._report_from_worker)
        self.dialog = self._make_dialog(parent, runner.minimum_duration_ms)
        self._thread = threading.Thread(target=self._run_in_worker, name=title, daemon=True)

    def _make_dialog(self, parent: QWidget | None, minimum_duration_ms: int) -> QProgressDialog:
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(self.title)
        dialog.setAccessibleName(self.title)
        dialog.setLabelText(QCoreApplication.translate("QtTaskRunner", "Bezig…"))
        cancel_text = QCoreApplication.translate("QtTaskRunner", "Annuleren")
        cancel_button = QPushButton(cancel_text, dialog)
        cancel_button.setAccessibleName(cancel_text)
        dialog.setCancelButton(cancel_button)
        dialog.setRange(0, 0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(380)
        dialog.setWindowModality(
            Qt.WindowModality.WindowModal
            if parent is not None
            else Qt.WindowModality.ApplicationModal
        )
        dialog.setMinimumDuration(minimum_duration_ms)
        dialog.canceled.connect(self.cancel)
        return dialog

    # -- the worker thread: no Qt here ----------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def _run_in_worker(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as exc:  # every failure goes back to the GUI thread
            self._outcome.put((False, exc))
        else:
            self._outcome.put((True, result))

    def _report_from_worker(self, done: int, total: int | None, text: str) -> None:
        self._latest = (int(done), None if total is None else int(total), text)

    def join(self, timeout_s: float) -> bool:
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    # -- the GUI thread ---------------------------------------------------------------------

    def cancel(self) -> None:
        if self.finished or self.progress.cancelled:
            return
        self.progress.cancel()
        # QProgressDialog hides itself on cancel; keep it up (without a cancel button)
        # until the work has actually stopped, so nothing else starts meanwhile.
        self.dialog.setCancelButton(None)
        self.dialog.setLabelText(QCoreApplication.translate("QtTaskRunner", "Bezig met annuleren…"))
        self.dialog.show()

    def poll(self) -> None:
        """Show the newest progress, and finish when the worker is done."""
        if self.finished:
            return
        latest = self._latest
        if latest is not None and latest != self._shown and not self.progress.cancelled:
            self._shown = latest
            self._show_progress(*latest)
        try:
            succeeded, payload = self._outcome.get_nowait()
        except queue.Empty:
            return
        self._close()
        if succeeded:
            self._on_done(payload)
        else:
            self._fail(payload)

    def _show_progress(self, done: int, total: int | None, text: str) -> None:
        if total is None or total <= 0:
            self.dialog.setRange(0, 0)
        else:
            self.dialog.setRange(0, total)
            self.dialog.setValue(max(0, min(done, total)))
        if text:
            self.dialog.setLabelText(text)

    def _fail(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._runner.status_message.emit(
                QCoreApplication.translate("QtTaskRunner", "Geannuleerd: {title}").format(
                    title=self.title
                )
            )
            if self._on_cancelled is not None:
                self._on_cancelled()
            return
        if self._on_error is not None:
            self._on_error(exc)
            return
        self._runner.report_error(self._parent, self.title, exc)

    def _close(self) -> None:
        self.finished = True
        self.dialog.hide()
        self.dialog.deleteLater()
        self._runner.forget(self)


class QtTaskRunner(QObject):
    """Runs work off the GUI thread (the TaskRunner protocol of view_context)."""

    status_message = Signal(str)

    def __init__(
        self,
        dialogs: DialogService,
        parent: QObject | None = None,
        *,
        minimum_duration_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.minimum_duration_ms = minimum_duration_ms
        self.running: list[RunningTask] = []
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.poll)

    def run(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        task = RunningTask(self, parent, title, work, on_done, on_error, on_cancelled)
        self.running.append(task)
        task.start()
        self._timer.start()

    def poll(self) -> None:
        for task in list(self.running):
            task.poll()
        if not self.running:
            self._timer.stop()

    def forget(self, task: RunningTask) -> None:
        if task in self.running:
            self.running.remove(task)
        task.deleteLater()

    def cancel_all(self) -> None:
        for task in list(self.running):
            task.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every worker has stopped and its outcome has been delivered."""
        timer = QElapsedTimer()
        timer.start()
        while self.running and timer.elapsed() < timeout_ms:
            remaining_s = max(0.0, (timeout_ms - timer.elapsed()) / 1000)
            self.running[0].join(min(remaining_s, 0.05))
            QCoreApplication.processEvents()
            self.poll()
            QThread.msleep(1)
        return not self.running

    def report_error(self, parent: QWidget | None, title: str, exc: BaseException) -> None:
        """Tell the user about a failed task: a known error plainly, a bug with a pointer."""
        if isinstance(exc, CoordinatorError):
            self.dialogs.error(parent, title, exc.message)
            return
        _log.error("task %r failed", title, exc_info=exc)
        self.dialogs.error(
            parent,
            title,
            QCoreApplication.translate(
                "QtTaskRunner",
                "Er ging iets onverwachts mis ({kind}). De details staan in {log}.",
            ).format(kind=type(exc).__name__, log=log_file()),
        )
