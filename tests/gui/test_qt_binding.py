"""Guard against a Qt binding that mishandles references (PySide6 6.12.0 did).

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method
returning nothing, and the interpreter aborts after a few thousand calls. The lock
file pins a good version; this test fails if a bad one comes back.
"""

from __future__ import annotations

import subprocess
import sys


def test_many_qt_calls_do_not_drain_none():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([]); label = QLabel()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(30000): label.setText('x'); label.isVisible()\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-400:]
    assert abs(int(result.stdout.strip())) < 1000
