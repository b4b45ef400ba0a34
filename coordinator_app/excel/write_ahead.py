"""Bulk INSERTs on a helper thread, in order, while the import goes on checking rows.

An import checks every row before anything may be kept, but the rows checked so
far can already go into the open transaction: if a later row turns out to be
wrong, the transaction is rolled back and nothing of the file remains. SQLite
does its share of an INSERT without holding Python's interpreter lock, so those
writes run on the other core while this thread checks the next rows.

The session's connection is then in use by the helper: the caller must not touch
the session until :meth:`WriteAhead.wait` has returned (or the writer is closed).
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from types import TracebackType

# While writes are pending, the helper asks for the interpreter lock back after every
# statement; a short switch interval lets it have the lock soon instead of after 5 ms.
_SWITCH_INTERVAL = 0.0005


class WriteAhead:
    """A queue of writes run one after the other on one helper thread.

    The thread starts with the first task. :meth:`close` lets every task run (or,
    with ``discard``, skips those not begun) and raises the first failure. Leaving a
    ``with`` block only stops the helper once the task under way is finished: the
    caller's own error is on its way.
    """

    def __init__(self) -> None:
        self._tasks: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._discard = False
        self._interval: float | None = None

    def submit(self, task: Callable[[], None]) -> None:
        """Run ``task`` after the ones submitted before it (skipped after a failure)."""
        if self._thread is None:
            self._interval = sys.getswitchinterval()
            sys.setswitchinterval(min(self._interval, _SWITCH_INTERVAL))
            self._thread = threading.Thread(target=self._run, name="write-ahead", daemon=True)
            self._thread.start()
        self._tasks.put(task)

    def wait(self) -> None:
        """Return once every submitted task has run; raise the first one's failure here."""
        if self._thread is not None:
            self._tasks.join()
        self._raise_failure()

    def close(self, *, discard: bool = False) -> None:
        """Stop the helper once every task has run and raise the first failure.

        With ``discard``, tasks not yet begun are skipped instead.
        """
        self._stop(discard=discard)
        self._raise_failure()

    def __enter__(self) -> WriteAhead:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop(discard=True)

    def _stop(self, *, discard: bool) -> None:
        if self._thread is None:
            return
        self._discard = self._discard or discard
        self._tasks.put(None)
        self._thread.join()
        self._thread = None
        if self._interval is not None:
            sys.setswitchinterval(self._interval)
            self._interval = None

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _run(self) -> None:
        while True:
            task = self._tasks.get()
            try:
                if task is None:
                    return
                if self._failure is None and not self._discard:
                    task()
            except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
                self._failure = exc
            finally:
                self._tasks.task_done()
