"""Start-up and peak memory of the GUI on the large demo database.

* start-up: process start until the main window is shown and painted, against a bare
  PySide6 window started the same way in the same run (target: at most 3x). The app
  shows its window before it opens the database, so this is the moment a coordinator
  sees Coordinator on screen;
* start-up until the database is open and the overview shows its figures, against
  the same baseline (no target in the issue: reported so the whole wait is visible);
* peak memory of the app with that database open and the overview filled (target:
  at most 500 MB), against the bare window's peak.

Each process quits itself at the moment measured (COORDINATOR_EXIT_WHEN_SHOWN or
COORDINATOR_EXIT_WHEN_READY), as the bare window quits right after it is shown.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.core import Config, Result, median_child

STARTUP_TARGET = 3.0
MEMORY_LIMIT_MB = 500.0

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def run(config: Config, db_path: Path) -> list[Result]:
    with tempfile.TemporaryDirectory() as home:
        env = {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(Path(home) / "config"),
            "XDG_DATA_HOME": str(Path(home) / "data"),
        }
        app = ["-m", "coordinator_app", "--db", str(db_path)]
        shown, _ = median_child(app, config, {**env, "COORDINATOR_EXIT_WHEN_SHOWN": "1"})
        ready, ours_peak = median_child(app, config, {**env, "COORDINATOR_EXIT_WHEN_READY": "1"})
        bare, bare_peak = median_child(["-c", BARE_WINDOW], config, env)
    size = "5% slice of the large demo" if config.quick else "large demo"
    return [
        Result(
            measure="start-up to main window shown",
            ours_s=shown,
            baseline="bare PySide6 QMainWindow",
            baseline_s=bare,
            target=f"≤ {STARTUP_TARGET:g}x",
            met=shown <= STARTUP_TARGET * bare,
            detail=size,
        ),
        Result(
            measure="start-up to overview with figures",
            ours_s=ready,
            baseline="bare PySide6 QMainWindow",
            baseline_s=bare,
            target="",
            met=True,
            detail=f"{size}; reported, no target",
        ),
        Result(
            measure="peak memory, app with database open (MB)",
            ours_s=ours_peak,
            baseline="bare PySide6 QMainWindow",
            baseline_s=bare_peak,
            target=f"≤ {MEMORY_LIMIT_MB:g} MB",
            met=ours_peak <= MEMORY_LIMIT_MB,
            detail=size,
        ),
    ]
