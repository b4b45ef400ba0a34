"""Writing checked trainees ahead while later rows are parsed and checked.

The import of a trainee sheet on SQLite parses and checks it a block at a time
and hands each block's new trainees to a helper thread that inserts them into the
open transaction. These tests make the blocks tiny, so that a small file goes
through many hand-overs, and check that the outcome is exactly the import written
at the end: the same records, history and links, all or nothing, cancel and
failure included.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select
from sqlalchemy.exc import IntegrityError

from coordinator_app.context import AppContext
from coordinator_app.excel import importer, kinds
from coordinator_app.excel.errors import SpreadsheetError
from coordinator_app.excel.importer import ImportOptions, run_import
from coordinator_app.excel.write_ahead import WriteAhead
from coordinator_app.models import AuditEntry, Coach, Cohort, Programme, Theme, Trainee
from coordinator_app.models import trainee_theme as trainee_theme_table
from coordinator_app.services.progress import Cancelled, Progress
from tests.helpers.workbooks import xlsx

HEADERS = ["Voornaam", "Achternaam", "E-mail", "Opleidingsniveau", "Woongemeente", "Coach",
           "Thema's", "Lichting", "Programma"]  # fmt: skip


def _rows(count: int, *, cohort: str = "Lichting A", start: int = 1) -> list[list[Any]]:
    """Trainees whose coaches and themes first appear in later blocks."""
    return [
        [
            f"Voornaam{i}",
            f"Achternaam{i}",
            f"trainee{i}@example.nl",
            "hbo" if i % 2 else "wo",
            "Appingedam" if i % 3 else "Groningen",
            f"Coach {i // 4}" if i % 5 else None,
            f"Thema {i // 3}, Energie" if i % 2 else None,
            cohort,
            "Programma P",
        ]
        for i in range(start, start + count)
    ]


@pytest.fixture
def tiny_blocks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Blocks of three rows; returns the sizes of the blocks handed to the helper."""
    monkeypatch.setattr(importer, "PARSE_BLOCK_ROWS", 3)
    handed: list[int] = []
    original = kinds.TraineeHandler._creation_columns

    def spy(self: Any, created: list[Any], creation: Any) -> Any:
        if self._ahead is not None:
            handed.append(len(created))
        return original(self, created, creation)

    monkeypatch.setattr(kinds.TraineeHandler, "_creation_columns", spy)
    return handed


def _context(path: Path) -> AppContext:
    context = AppContext.open(str(path), settings_path=path.with_suffix(".json"))
    with context.transaction() as session:
        programme = Programme(name="Programma P")
        session.add(Cohort(name="Lichting A", programme=programme, start_date=dt.date(2025, 9, 1)))
    return context


def _contents(context: AppContext) -> dict[str, Any]:
    """What an import leaves, without what is drawn at random (check-in codes)."""
    trainee = Trainee.__table__
    columns = [c for c in trainee.c if c.name not in ("checkin_code", "created_at", "updated_at")]
    with context.read_session() as session:
        coaches = dict(session.execute(select(Coach.id, Coach.name)).all())
        themes = dict(session.execute(select(Theme.id, Theme.name)).all())
        history = [
            (e.action, e.entity, e.entity_id, _without_code(e.changes))
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
            if e.entity == "trainee"
        ]
        return {
            "trainees": [
                tuple(
                    coaches.get(v, v) if c.name == "coach_id" else v
                    for c, v in zip(columns, r, strict=True)
                )
                for r in session.execute(select(*columns).order_by(trainee.c.id))
            ],
            "themes": sorted(
                (trainee_id, themes[theme_id])
                for trainee_id, theme_id in session.execute(select(trainee_theme_table))
            ),
            "history": history,
        }


def _without_code(changes: str) -> str:
    import json

    values = json.loads(changes)
    values.pop("checkin_code", None)
    return json.dumps(values, sort_keys=True)


def _import(context: AppContext, path: Path, **options: Any) -> Any:
    return run_import(context, path, ImportOptions(kind="trainees", **options))


def test_written_ahead_the_import_leaves_what_it_leaves_written_at_the_end(
    tmp_path: Path, tiny_blocks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = xlsx(tmp_path / "t.xlsx", [HEADERS, *_rows(17)])
    ahead = _context(tmp_path / "ahead.sqlite3")
    at_end = _context(tmp_path / "end.sqlite3")
    try:
        report = _import(ahead, path)
        assert report.committed and report.created == 17 and not report.errors
        assert sum(tiny_blocks) == 17 and len(tiny_blocks) == 6  # 3, 3, 3, 3, 3, 2
        monkeypatch.setattr(importer, "_may_write_ahead", lambda session, handlers: False)
        tiny_blocks.clear()
        assert _import(at_end, path).created == 17
        assert tiny_blocks == []
        written_ahead = _contents(ahead)
        assert written_ahead == _contents(at_end)
        assert len(written_ahead["trainees"]) == 17
        assert "Energie" in {name for _id, name in written_ahead["themes"]}
        assert len(written_ahead["history"]) == 17
        # the same file again changes nothing
        assert _import(ahead, path).unchanged == 17
        assert _contents(ahead) == written_ahead
    finally:
        ahead.close()
        at_end.close()


def test_bad_rows_after_rows_written_ahead_leave_nothing(
    tmp_path: Path, tiny_blocks: list[int]
) -> None:
    rows = _rows(12)
    rows[9][2] = "geen-adres"  # a cell that does not parse (Excel row 11)
    rows[10][2] = rows[1][2]  # the e-mail of Excel row 3 again (row 12)
    context = _context(tmp_path / "db.sqlite3")
    try:
        report = _import(context, xlsx(tmp_path / "t.xlsx", [HEADERS, *rows]))
        assert tiny_blocks == [3, 3, 3]  # written ahead until the block with the bad cell
        assert not report.committed
        assert [(p.row, p.column) for p in report.errors] == [(11, "E-mail"), (12, "E-mail")]
        assert _contents(context) == {"trainees": [], "themes": [], "history": []}
    finally:
        context.close()


def test_a_new_cohort_stops_writing_ahead_and_is_created_only_when_confirmed(
    tmp_path: Path, tiny_blocks: list[int]
) -> None:
    rows = [*_rows(7), *_rows(4, cohort="Lichting B", start=8)]
    path = xlsx(tmp_path / "t.xlsx", [HEADERS, *rows])
    context = _context(tmp_path / "db.sqlite3")
    try:
        with pytest.raises(SpreadsheetError, match="Lichting B"):
            _import(context, path, create_new_references=False)
        assert tiny_blocks == [3, 3]  # the third block names the new cohort
        assert _contents(context)["trainees"] == []
        report = _import(context, path)
        assert report.committed and report.created == 11
        with context.read_session() as session:
            cohorts = dict(session.execute(select(Cohort.id, Cohort.name)).all())
            placed = session.execute(select(Trainee.email, Trainee.cohort_id)).all()
        assert {email: cohorts[cohort] for email, cohort in placed} == {
            f"trainee{i}@example.nl": "Lichting A" if i <= 7 else "Lichting B" for i in range(1, 12)
        }
    finally:
        context.close()


def test_cancel_while_writing_ahead_leaves_nothing(tmp_path: Path, tiny_blocks: list[int]) -> None:
    context = _context(tmp_path / "db.sqlite3")
    interval = sys.getswitchinterval()

    def listener(done: int, total: int | None, text: str) -> None:
        if total == 15 and done >= 9:  # cancel pressed once the third block is parsed
            progress.cancel()

    progress = Progress(listener=listener)
    try:
        with pytest.raises(Cancelled):
            run_import(
                context,
                xlsx(tmp_path / "t.xlsx", [HEADERS, *_rows(15)]),
                ImportOptions(kind="trainees"),
                progress=progress,
            )
        assert tiny_blocks == [3, 3, 3]  # the next report (after the fourth block) stopped it
        assert _contents(context)["trainees"] == []
        assert not [t for t in threading.enumerate() if t.name == "write-ahead"]
        assert sys.getswitchinterval() == interval
    finally:
        context.close()


def test_a_failed_write_ahead_is_raised_and_leaves_nothing(
    tmp_path: Path, tiny_blocks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    context = _context(tmp_path / "db.sqlite3")
    original = kinds._insert_sqlite
    calls: list[str] = []

    def failing(connection: Any, table: Any, names: list[str], columns: list[list[Any]]) -> None:
        calls.append(table.name)
        if calls.count("trainee") == 2:
            raise IntegrityError("INSERT", {}, Exception("refused"))
        original(connection, table, names, columns)

    monkeypatch.setattr(kinds, "_insert_sqlite", failing)
    interval = sys.getswitchinterval()
    try:
        with pytest.raises(IntegrityError):
            _import(context, xlsx(tmp_path / "t.xlsx", [HEADERS, *_rows(12)]))
        assert calls.count("trainee") == 2  # nothing more was tried after the failure
        assert _contents(context)["trainees"] == []
        assert sys.getswitchinterval() == interval
    finally:
        context.close()


def test_the_bulk_page_cache_is_given_back_with_the_connection(
    tmp_path: Path, tiny_blocks: list[int]
) -> None:
    context = _context(tmp_path / "db.sqlite3")
    try:
        with context.store.engine.connect() as connection:
            usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        assert _import(context, xlsx(tmp_path / "t.xlsx", [HEADERS, *_rows(9)])).committed
        assert tiny_blocks
        for _ in range(3):  # every pooled connection
            with context.store.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == usual
    finally:
        context.close()


# --- the helper itself ---------------------------------------------------------------------


def test_write_ahead_runs_tasks_in_order_and_gives_the_switch_interval_back() -> None:
    interval = sys.getswitchinterval()
    done: list[int] = []
    threads: set[str] = set()
    with WriteAhead() as ahead:
        for n in range(50):
            ahead.submit(lambda n=n: (done.append(n), threads.add(threading.current_thread().name)))
        assert sys.getswitchinterval() < interval
        ahead.wait()
        assert done == list(range(50))
        ahead.submit(lambda: done.append(50))
        ahead.close()
    assert done == list(range(51))
    assert threads == {"write-ahead"}
    assert sys.getswitchinterval() == interval


def test_write_ahead_raises_a_failure_and_skips_what_follows() -> None:
    done: list[str] = []

    def fail() -> None:
        raise ValueError("kapot")

    ahead = WriteAhead()
    ahead.submit(lambda: done.append("first"))
    ahead.submit(fail)
    ahead.submit(lambda: done.append("after"))
    with pytest.raises(ValueError, match="kapot"):
        ahead.wait()
    with pytest.raises(ValueError, match="kapot"):
        ahead.close()
    assert done == ["first"]


def test_closing_a_write_ahead_with_discard_skips_tasks_not_begun() -> None:
    started, release = threading.Event(), threading.Event()
    done: list[str] = []

    def slow() -> None:
        started.set()
        release.wait(5)
        done.append("slow")

    ahead = WriteAhead()
    ahead.submit(slow)
    ahead.submit(lambda: done.append("pending"))
    assert started.wait(5)
    threading.Timer(0.05, release.set).start()
    ahead.close(discard=True)  # waits for the task under way, skips the rest
    assert done == ["slow"]


def test_leaving_a_write_ahead_on_an_error_discards_its_pending_tasks() -> None:
    started, release = threading.Event(), threading.Event()
    done: list[str] = []
    with pytest.raises(KeyError), WriteAhead() as ahead:
        ahead.submit(lambda: (started.set(), release.wait(5)))
        ahead.submit(lambda: done.append("pending"))
        started.wait(5)
        release.set()
        raise KeyError("stop")
    assert done == []


# --- constant columns written as literals --------------------------------------------------


@pytest.mark.parametrize(
    "constant",
    ["O'Neill", "", "a\nb -- '; DROP TABLE t; --", "Ölçek ✓", None, 0, -7, 2**62],
)
def test_a_constant_column_reads_back_as_if_it_had_been_bound(constant: Any) -> None:
    engine = create_engine("sqlite://")
    table = Table(
        "t",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("text", String),
        Column("value", Integer),
        Column("same", Integer if isinstance(constant, int) else String),
    )
    table.metadata.create_all(engine)
    count = 2500  # more rows than one statement holds with every column bound
    columns = [
        list(range(1, count + 1)),
        [f"rij {n}" for n in range(count)],
        [1] * (count - 1) + [True],  # equal values of two types: bound, not written out
        [constant] * count,
    ]
    with engine.begin() as connection:
        kinds._insert_sqlite(connection, table, ["id", "text", "value", "same"], columns)
        stored = connection.execute(select(table).order_by(table.c.id)).all()
        kinds_of = connection.exec_driver_sql("SELECT DISTINCT typeof(same) FROM t").scalars()
        assert list(kinds_of) == [
            "null" if constant is None else "integer" if isinstance(constant, int) else "text"
        ]
    assert [tuple(row) for row in stored] == list(zip(*columns, strict=True))
    assert kinds._same_literal(columns[2]) is None
    assert kinds._same_literal(["a\x00b", "a\x00b"]) is None
    assert kinds._same_literal([1.5, 1.5]) is None


@pytest.mark.parametrize("seen", ["while checking", "at the end of the check"])
def test_a_failed_write_ahead_is_raised_even_when_later_rows_are_bad(
    tmp_path: Path, tiny_blocks: list[int], monkeypatch: pytest.MonkeyPatch, seen: str
) -> None:
    """A database that refuses a write (a full disk, say) is reported as such, whether
    the check notices while it goes on or only at its end; nothing is kept."""
    context = _context(tmp_path / "db.sqlite3")
    failed = threading.Event()

    def failing(connection: Any, table: Any, names: list[str], columns: list[list[Any]]) -> None:
        failed.set()
        raise IntegrityError("INSERT", {}, Exception("refused"))

    parsed: list[int] = []

    def listener(done: int, total: int | None, text: str) -> None:
        if total == 9:
            parsed.append(done)
        if total == 9 and done == 6:  # the first block has been handed over
            assert failed.wait(5)

    monkeypatch.setattr(kinds, "_insert_sqlite", failing)
    rows = _rows(9)
    rows[7][2] = "geen-adres"  # Excel row 9, in the third block
    for row in rows:  # a coach first named in the second block makes the check wait
        row[5] = "Coach 5" if seen == "while checking" and row is rows[4] else None
    try:
        with pytest.raises(IntegrityError):
            run_import(
                context,
                xlsx(tmp_path / "t.xlsx", [HEADERS, *rows]),
                ImportOptions(kind="trainees"),
                progress=Progress(listener=listener),
            )
        assert tiny_blocks[:1] == [3]
        # noticed at the second hand-over, or only after the third block (with the bad row)
        assert parsed == ([3, 6] if seen == "while checking" else [3, 6, 9])
        assert _contents(context)["trainees"] == []
    finally:
        context.close()
