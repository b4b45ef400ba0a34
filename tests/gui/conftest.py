"""GUI test hygiene: no window outlives its test.

A widget left open by one test would still receive application-wide events in the
next (a language switch, a palette change) while its database is already gone.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent


@pytest.fixture(autouse=True)
def _close_leftover_windows(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    for widget in qapp.topLevelWidgets():
        widget.hide()  # not close(): a half-built form must not run its close handler
        widget.deleteLater()
    # processEvents() leaves deferred deletes alone; deliver them now.
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
