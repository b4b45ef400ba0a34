"""The list screens on the large demo: open the trainees screen, sort by surname, filter.

Each target is at most 100 ms. The baselines do the same work in the plainest way, in
the same run: sqlite3 fetching the trainee table, Python's sorted() over those rows,
and a list comprehension matching the search text.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.core import Config, Result, median_seconds

TARGET_S = 0.100


def run(config: Config, db_path: Path) -> list[Result]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from coordinator_app.context import AppContext
    from coordinator_app.text import fold
    from coordinator_app.views.screens import TraineesScreen
    from coordinator_app.views.view_context import DataBus, ViewContext

    class _NoDialogs:
        def __getattr__(self, _name: str) -> object:
            raise RuntimeError("no dialogs in a benchmark")

    app = QApplication.instance() or QApplication([])
    context = AppContext.open(str(db_path), create=False)
    ctx = ViewContext(context, QUndoStack(), _NoDialogs(), _NoDialogs(), DataBus())  # type: ignore[arg-type]
    screens: list[TraineesScreen] = []

    def open_screen() -> None:
        screen = TraineesScreen(ctx)
        screen.resize(1280, 800)
        screen.show()
        screen.refresh()
        app.processEvents()
        screens.append(screen)

    opened = median_seconds(open_screen, config)
    screen = screens[-1]
    name_column = 0
    orders = [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder]

    def sort_by_surname() -> None:
        screen.model.sort(name_column, orders[0])
        orders.reverse()
        app.processEvents()

    sorted_s = median_seconds(sort_by_surname, config)
    words = ["jan", "berg", ""]

    def search() -> None:
        screen.set_search_text(words[0])
        words.append(words.pop(0))
        app.processEvents()

    searched = median_seconds(search, config)
    shown, total = screen.shown_and_total()
    for s in screens:
        s.close()
        s.deleteLater()
    app.processEvents()
    context.close()

    raw = sqlite3.connect(db_path)
    rows: list[tuple[object, ...]] = []

    def fetch() -> None:
        rows[:] = raw.execute("SELECT * FROM trainee").fetchall()

    fetched = median_seconds(fetch, config)
    sort_index = 4  # given_name, prefix, surname, sort_name ... columns after id
    names = [str(r[sort_index]) for r in rows]
    plain_sort = median_seconds(lambda: sorted(names, reverse=True), config)
    folded = [fold(" ".join(str(v) for v in r[1:6])) for r in rows]
    plain_filter = median_seconds(lambda: [t for t in folded if "jan" in t], config)
    raw.close()
    detail = f"{total} trainees"
    return [
        Result("trainees screen: open", opened, "sqlite3 fetchall of the trainee table",
               fetched, "≤ 100 ms", opened <= TARGET_S, detail),
        Result("trainees screen: sort by surname", sorted_s, "sorted() of the surnames",
               plain_sort, "≤ 100 ms", sorted_s <= TARGET_S, detail),
        Result("trainees screen: filter by search text", searched,
               "list comprehension over the rows", plain_filter, "≤ 100 ms",
               searched <= TARGET_S, detail),
    ]  # fmt: skip
