"""Two processes editing the same database: no lost update, no unhandled error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from coordinator_app.models import Trainee
from tests.helpers import factories as f

ROOT = Path(__file__).resolve().parents[2]
EDITS = 1000


def test_two_processes_make_a_thousand_edits_each(app_context, db_url):
    with app_context.transaction() as s:
        for i in range(5):
            f.trainee(s, given=f"T{i}", notes="0")
    app_context.close()
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.edit_worker", db_url, str(EDITS), str(seed)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in (1, 2)
    ]
    summaries = []
    for worker in workers:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err
        assert "Traceback" not in err
        summaries.append(json.loads(out))
    assert [s["edits"] for s in summaries] == [EDITS, EDITS]
    from coordinator_app.context import AppContext

    context = AppContext.open(db_url, create=False)
    with context.read_session() as s:
        total = sum(int(n) for n in s.scalars(select(Trainee.notes)))
    context.close()
    assert total == 2 * EDITS  # every saved increment survived


def test_a_locked_database_is_a_retry_message(sqlite_context, db_path, monkeypatch):
    """A write that waits longer than the busy timeout gets a Dutch retry message."""
    import sqlite3

    import pytest

    from coordinator_app.context import AppContext
    from coordinator_app.db import engine
    from coordinator_app.errors import DatabaseBusyError

    sqlite_context.close()
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    context = AppContext.open(str(db_path))
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError, match="Probeer het over enkele ogenblikken"):  # noqa: SIM117
            with context.transaction() as s:
                f.trainee(s)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        context.close()
