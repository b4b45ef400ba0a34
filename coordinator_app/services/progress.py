"""Progress and cancellation for long work, without Qt.

A service that takes a while accepts a :class:`Progress` and calls ``report`` now
and then; ``report`` raises :class:`Cancelled` once the user has pressed cancel, so
the service stops at a safe point and its transaction rolls back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled the work; nothing of it was kept."""


class Progress:
    def __init__(self, listener: Callable[[int, int | None, str], None] | None = None) -> None:
        self._listener = listener
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int | None = None, text: str = "") -> None:
        """Tell how far the work is; raises Cancelled when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._listener is not None:
            self._listener(done, total, text)


NO_PROGRESS = Progress()
