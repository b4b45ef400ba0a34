"""Crash safety: a process killed at any moment leaves a sound database, all or nothing.

Real processes, real SIGKILL (no clean-up, no atexit, no rollback by the process):

* an Excel import of a few thousand trainees (``python -m coordinator_app import``),
  killed at 50+ seeded random moments: half spread over the whole run, half inside
  the writing phase (which starts right after the import's own backup appears);
* a plan acceptance (``python -m coordinator_app plan`` without --dry-run);
* a form save (the service path of the trainee form), repeated in a loop.

After every kill: ``PRAGMA integrity_check`` is ok, ``foreign_key_check`` is empty,
the hard rules hold, and the work is either entirely there or entirely absent. The
database is put back to its state before the run (a copy of a template) each time.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from coordinator_app.context import AppContext
from coordinator_app.services import records
from coordinator_app.services.rules import check_hard_rules
from tests.helpers import factories as f
from tests.helpers.form_save_worker import VERSION_A, VERSION_B

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal"),
]

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261126
IMPORT_ROWS = 4000
IMPORT_KILLS = 50
DOMAIN = "@crash.example"
PLAN_KILLS = 16
FORM_KILLS = 16
D = dt.date


@dataclass
class Tally:
    """What the kills did: where they landed and what the database held afterwards."""

    kills: int = 0
    delays: list[float] | None = None
    outcomes: Counter[str] | None = None

    def __post_init__(self) -> None:
        self.delays = []
        self.outcomes = Counter()

    def line(self, what: str) -> str:
        assert self.delays is not None
        assert self.outcomes is not None
        spread = f"{min(self.delays):.3f}-{max(self.delays):.3f} s" if self.delays else "-"
        return f"{what}: {self.kills} kills at {spread}; outcomes {dict(self.outcomes)}"


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "coordinator_app", *args]


def _start(argv: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _reset(template: Path, database: Path) -> None:
    """The database as it was before the run: the template, no WAL, no backups."""
    for leftover in database.parent.glob(database.name + "*"):
        leftover.unlink()
    shutil.rmtree(database.parent / "backups", ignore_errors=True)
    shutil.copyfile(template, database)


def _kill(process: subprocess.Popen[bytes]) -> bool:
    """SIGKILL now; False when the process had already finished on its own."""
    if process.poll() is not None:
        process.communicate()
        return False
    process.send_signal(signal.SIGKILL)
    process.communicate()
    return process.returncode == -signal.SIGKILL


def _sound(database: Path) -> None:
    """Integrity, foreign keys and the hard rules of the file as the crash left it."""
    connection = sqlite3.connect(database)
    try:
        assert [r[0] for r in connection.execute("PRAGMA integrity_check")] == ["ok"]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    engine = create_engine(f"sqlite:///{database}")
    try:
        with Session(engine) as session:
            assert check_hard_rules(session) == []
    finally:
        engine.dispose()


def _scalar(database: Path, sql: str) -> int:
    connection = sqlite3.connect(database)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def _timed_run(argv: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return time.perf_counter() - start


def _some_placements(session: object) -> None:
    """A few placements, so that the hard-rule check after a crash has something to check."""
    org = f.organisation(session, "Provincie Groningen")  # type: ignore[arg-type]
    task = f.assignment(session, org, "Energie", places=2)  # type: ignore[arg-type]
    for given in ("Eerste", "Tweede"):
        person = f.trainee(session, given=given)  # type: ignore[arg-type]
        f.placement(session, person, task, D(2025, 9, 1), D(2026, 4, 30))  # type: ignore[arg-type]


# --- the import ---------------------------------------------------------------------------


def _trainee_workbook(path: Path, rows: int) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Trainees")
    sheet.write_row(
        0, 0, ["Voornaam", "Achternaam", "E-mail", "Opleidingsniveau", "Lichting", "Thema's"]
    )
    for i in range(1, rows + 1):
        sheet.write_row(
            i, 0, [f"Voornaam{i}", f"Achternaam{i}", f"t{i}{DOMAIN}", "hbo", "Lichting Crash",
                   "Energie; Wonen"],
        )  # fmt: skip
    book.close()
    return path


def _import_counts(database: Path, history_before: int = 0) -> tuple[int, int, int]:
    trainees = _scalar(database, f"SELECT count(*) FROM trainee WHERE email LIKE '%{DOMAIN}'")
    links = _scalar(
        database,
        "SELECT count(*) FROM trainee_theme JOIN trainee ON trainee.id = trainee_theme.trainee_id "
        f"WHERE trainee.email LIKE '%{DOMAIN}'",
    )
    return trainees, links, _trainee_history(database) - history_before


def _trainee_history(database: Path) -> int:
    return _scalar(
        database, "SELECT count(*) FROM audit_entry WHERE entity = 'trainee' AND action = 'create'"
    )


def _wait_for(found: Callable[[], bool], process: subprocess.Popen[bytes]) -> bool:
    while process.poll() is None:
        if found():
            return True
        time.sleep(0.001)
    return False


def test_a_killed_import_leaves_all_or_nothing(tmp_path):
    template = tmp_path / "template.sqlite3"
    context = AppContext.open(str(template), settings_path=tmp_path / "s.json")
    with context.transaction() as session:
        f.cohort(session, f.programme(session, "Crash Programma"), "Lichting Crash")
        _some_placements(session)
    context.close()
    workbook = _trainee_workbook(tmp_path / "trainees.xlsx", IMPORT_ROWS)
    database = tmp_path / "run" / "run.sqlite3"
    database.parent.mkdir()
    argv = _command("import", "trainees", str(workbook), "--db", str(database))
    backups = database.parent / "backups"
    history_before = _trainee_history(template)

    def backup_made() -> bool:
        return any(backups.glob("*voor-import.sqlite3")) if backups.is_dir() else False

    # A reference run: how long the whole import takes, and how long its writing phase.
    _reset(template, database)
    started = time.perf_counter()
    process = _start(argv)
    assert _wait_for(backup_made, process)
    writing_from = time.perf_counter() - started
    process.communicate()
    assert process.returncode == 0
    total = time.perf_counter() - started
    writing = total - writing_from
    assert _import_counts(database, history_before) == (IMPORT_ROWS, 2 * IMPORT_ROWS, IMPORT_ROWS)

    rng = random.Random(SEED)
    whole, inside = Tally(), Tally()
    attempts = 0
    while whole.kills + inside.kills < IMPORT_KILLS:
        attempts += 1
        assert attempts < IMPORT_KILLS * 3, "the import keeps finishing before the kill"
        in_writing = attempts % 2 == 0
        tally = inside if in_writing else whole
        _reset(template, database)
        process = _start(argv)
        if in_writing:
            delay = rng.uniform(0, writing * 1.1)
            if not _wait_for(backup_made, process):
                process.communicate()
                continue
        else:
            delay = rng.uniform(0, total * 1.05)
        time.sleep(delay)
        if not _kill(process):
            continue
        tally.kills += 1
        tally.delays.append(delay)  # type: ignore[union-attr]
        _sound(database)
        counts = _import_counts(database, history_before)
        assert counts in ((0, 0, 0), (IMPORT_ROWS, 2 * IMPORT_ROWS, IMPORT_ROWS)), counts
        tally.outcomes["all" if counts[0] else "none"] += 1  # type: ignore[index]
    print(
        f"\nimport of {IMPORT_ROWS} rows, run {total:.2f} s, writing {writing:.2f} s;\n  "
        + whole.line("over the whole run")
        + "\n  "
        + inside.line("inside the writing phase (delay after the backup)")
    )


# --- a plan acceptance -------------------------------------------------------------------


def test_a_killed_plan_acceptance_leaves_all_or_nothing(tmp_path):
    template = tmp_path / "template.sqlite3"
    context = AppContext.open(str(template), settings_path=tmp_path / "s.json")
    with context.transaction() as session:
        programme = f.programme(session, "Crash Programma")
        cohort = f.cohort(session, programme, "Lichting Crash", start=D(2025, 9, 1))
        for i in range(20):
            organisation = f.organisation(session, f"Organisatie {i}")
            f.assignment(
                session, organisation, f"Opdracht {i}", start=D(2025, 9, 1), end=D(2027, 8, 31),
                places=2,
            )  # fmt: skip
        for i in range(24):
            f.trainee(session, given=f"T{i}", coh=cohort, email=f"t{i}@plan.example")
        _some_placements(session)
    context.close()
    database = tmp_path / "run" / "run.sqlite3"
    database.parent.mkdir()
    argv = _command("plan", "--db", str(database), "--cohort", "Lichting Crash")
    proposed = "SELECT count(*) FROM placement WHERE status = 'voorgesteld'"

    # Reference runs (the first ones are slower: cold caches): the middle of three.
    timings = {}
    for name, extra in (("reading", ["--dry-run"]), ("total", [])):
        samples = []
        for _ in range(3):
            _reset(template, database)
            samples.append(_timed_run([*argv, *extra]))
        timings[name] = sorted(samples)[1]
    reading, total = timings["reading"], timings["total"]
    full = _scalar(database, proposed)
    assert full == 72  # 24 trainees x 3 rotations

    rng = random.Random(SEED + 1)
    tally = Tally()
    while tally.kills < PLAN_KILLS:
        _reset(template, database)
        process = _start(argv)
        # half over the whole run, half around the end of the planning, where it writes
        start = 0.0 if tally.kills % 2 else reading - 0.1
        delay = rng.uniform(start, total)
        time.sleep(delay)
        if not _kill(process):
            tally.outcomes["finished before the kill"] += 1  # type: ignore[index]
            continue
        tally.kills += 1
        tally.delays.append(delay)  # type: ignore[union-attr]
        _sound(database)
        count = _scalar(database, proposed)
        assert count in (0, full), count
        tally.outcomes["all" if count else "none"] += 1  # type: ignore[index]
    print(f"\nplan acceptance ({full} placements), run {total:.2f} s: " + tally.line("kills"))


# --- a form save --------------------------------------------------------------------------


def test_a_killed_form_save_leaves_one_version_or_the_other(tmp_path):
    template = tmp_path / "template.sqlite3"
    context = AppContext.open(str(template), settings_path=tmp_path / "s.json")
    with context.transaction() as session:
        trainee_id = records.create_trainee(session, VERSION_B)
        _some_placements(session)
    # the versions as the database gives them back (names cleaned, lists sorted)
    versions = {}
    for name, data in (("A", VERSION_A), ("B", VERSION_B)):
        with context.transaction() as session:
            records.update_trainee(session, trainee_id, data)
        with context.read_session() as session:
            versions[name] = records.load_trainee(session, trainee_id)[0]
    context.close()
    database = tmp_path / "run" / "run.sqlite3"
    database.parent.mkdir()
    argv = [sys.executable, "-m", "tests.helpers.form_save_worker", str(database), str(trainee_id)]

    rng = random.Random(SEED + 2)
    tally = Tally()
    while tally.kills < FORM_KILLS:
        _reset(template, database)  # the template holds version A
        process = _start(argv)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == b"ready"
        delay = rng.uniform(0, 0.25)
        time.sleep(delay)
        assert _kill(process)
        tally.kills += 1
        tally.delays.append(delay)  # type: ignore[union-attr]
        _sound(database)
        check = AppContext.open(str(database), create=False)
        try:
            with check.read_session() as session:
                stored = records.load_trainee(session, trainee_id)[0]
        finally:
            check.close()
        matches = [name for name, data in versions.items() if data == stored]
        assert matches, f"a mixed record after the kill: {stored}"
        tally.outcomes[matches[0]] += 1  # type: ignore[index]
    print("\nform save: " + tally.line("kills"))
