"""The Overzicht on the large demo: open it, and bring it up to date after one edit.

* open: construct the screen, show it (the first refresh reads every figure: key
  figures, attention list, threshold list, coming sessions, map, charts) and let Qt
  paint it; target at most 300 ms. Baseline in the same run: the bare aggregate SQL
  behind the key figures (sqlite3, no Python around it).
* refresh after one edit: a trainee's status changes in a transaction, the DataBus
  is told, and the clock runs until the screen has applied the change and painted;
  target at most 50 ms. Baseline: one count query (sqlite3).

The edit goes to a copy of the benchmark database, so other benchmarks see the
data as generated.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.core import Config, Result, median_seconds

OPEN_TARGET_S = 0.300
REFRESH_TARGET_S = 0.050

# The key figures as plain aggregate SQL: what any overview has to ask at the least.
KEY_FIGURE_SQL = (
    "SELECT cohort_id, count(*) FROM trainee WHERE status IN ('aangenomen', 'actief') "
    "GROUP BY cohort_id",
    "SELECT t.cohort_id, count(*) FROM placement p JOIN trainee t ON t.id = p.trainee_id "
    "WHERE p.status != 'afgebroken' AND p.start_date <= :today AND p.end_date >= :today "
    "GROUP BY t.cohort_id",
    "SELECT count(*), sum(places) FROM assignment WHERE status = 'open' AND end_date >= :today",
    "SELECT count(*) FROM session WHERE date BETWEEN :first AND :last",
    "SELECT t.cohort_id, a.status, count(*) FROM attendance a "
    "JOIN trainee t ON t.id = a.trainee_id JOIN session s ON s.id = a.session_id "
    "WHERE s.date <= :today GROUP BY t.cohort_id, a.status",
    "SELECT count(*) FROM action_point WHERE status != 'afgerond'",
)
COUNT_SQL = "SELECT count(*) FROM trainee WHERE status IN ('aangenomen', 'actief')"


def run(config: Config, db_path: Path) -> list[Result]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from coordinator_app.context import AppContext
    from coordinator_app.models import Trainee, TraineeStatus
    from coordinator_app.services.dutch import add_months
    from coordinator_app.views.overview import OverviewScreen
    from coordinator_app.views.view_context import DataBus, ViewContext

    class _NoDialogs:
        def __getattr__(self, _name: str) -> object:
            raise RuntimeError("no dialogs in a benchmark")

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="coordinator-bench-overview-"))
    copy = folder / "overview.sqlite3"
    shutil.copyfile(db_path, copy)
    context = AppContext.open(str(copy), settings_path=folder / "settings.json", create=False)
    ctx = ViewContext(context, QUndoStack(), _NoDialogs(), _NoDialogs(), DataBus())  # type: ignore[arg-type]
    screens: list[OverviewScreen] = []

    def open_screen() -> None:
        if screens:  # the previous one goes first, as when a window closes
            old = screens.pop()
            old.close()
            old.deleteLater()
            app.processEvents()
        screen = OverviewScreen(ctx)
        screen.resize(1080, 720)
        screen.show()  # the first show reads every figure
        app.processEvents()
        screens.append(screen)

    opened = median_seconds(open_screen, config)
    screen = screens[-1]
    with context.read_session() as db:
        trainee_id = db.query(Trainee.id).order_by(Trainee.id).limit(1).scalar()
    done: list[bool] = []
    screen.refreshed.connect(lambda: done.append(True))
    statuses = [TraineeStatus.LEFT, TraineeStatus.ACTIVE]

    def edit_and_refresh() -> float:
        with context.transaction() as session:
            trainee = session.get(Trainee, trainee_id)
            assert trainee is not None
            trainee.status = statuses[0]
        statuses.reverse()
        done.clear()
        start = time.perf_counter()
        ctx.bus.notify("trainee", {trainee_id})
        while not done:
            app.processEvents()
        app.processEvents()  # the repaint of what changed
        return time.perf_counter() - start

    for _ in range(config.warmup):
        edit_and_refresh()
    refreshed = statistics.median(edit_and_refresh() for _ in range(config.runs))
    attention = screen.attention_list.entry_model.rowCount()
    trainees = len(screen.book.trainees) if screen.book is not None else 0
    screen.close()
    screen.deleteLater()
    app.processEvents()
    context.close()

    raw = sqlite3.connect(copy)
    today = context.today
    first = today.replace(day=1)
    last = add_months(first, 1) - dt.timedelta(days=1)
    params = {"today": today.isoformat(), "first": first.isoformat(), "last": last.isoformat()}

    def key_figure_queries() -> None:
        for sql in KEY_FIGURE_SQL:
            raw.execute(sql, params).fetchall()

    bare_open = median_seconds(key_figure_queries, config)
    bare_count = median_seconds(lambda: raw.execute(COUNT_SQL).fetchall(), config)
    raw.close()
    shutil.rmtree(folder, ignore_errors=True)
    detail = f"{trainees} trainees, {attention} attention items"
    return [
        Result("overview: open (all figures, first paint)", opened,
               "bare aggregate SQL of the key figures", bare_open, "≤ 300 ms",
               opened <= OPEN_TARGET_S, detail),
        Result("overview: refresh after one trainee edit", refreshed,
               "one count query", bare_count, "≤ 50 ms",
               refreshed <= REFRESH_TARGET_S, detail),
    ]  # fmt: skip
