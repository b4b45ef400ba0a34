"""The database under a random life: edits, imports, backups, restores and crashes.

A Hypothesis state machine drives one SQLite database through the services the
application uses (records, placements, attendance, the Excel import, backups) in
random order, with refused saves (hard rules), refused imports, restores of earlier
backups and crashes in the middle of a write transaction. A plain in-memory model
says what must be there; after every step the database is checked against it (ids
and counts per kind, the notes of every trainee) and for soundness (integrity,
foreign keys, hard rules).

Two kinds of crash: the files are copied while a write transaction is open (what a
power cut leaves on disk) and the copy is opened; or the connection under an open
transaction is closed and the engine thrown away, then the database is reopened.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import shutil
import sqlite3
import string
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import select

from coordinator_app.context import AppContext
from coordinator_app.db.engine import resolve_database_url
from coordinator_app.errors import CoordinatorError
from coordinator_app.excel.importer import ImportOptions, run_import
from coordinator_app.models import (
    Attendance,
    AttendanceStatus,
    EducationLevel,
    Organisation,
    Placement,
    SessionType,
    Trainee,
)
from coordinator_app.models import Session as SessionRecord
from coordinator_app.services import attendance, placements, records
from coordinator_app.services.backups import make_backup, restore_backup
from coordinator_app.services.rules import check_hard_rules
from tests.helpers import factories as f
from tests.helpers.workbooks import csv_file

D = dt.date
SLOTS = {
    1: (D(2025, 9, 1), D(2026, 4, 30)),
    2: (D(2026, 5, 1), D(2026, 12, 31)),
    3: (D(2027, 1, 1), D(2027, 8, 31)),
}
NOW = dt.datetime(2026, 1, 9, 9, 30)
_notes = st.text(string.ascii_letters + string.digits, max_size=12)


@dataclass
class Model:
    """What the database must hold: ids per kind, and each trainee's notes."""

    trainees: dict[int, str] = field(default_factory=dict)
    organisations: set[int] = field(default_factory=set)
    assignments: set[int] = field(default_factory=set)
    placements: dict[int, int] = field(default_factory=dict)  # id -> trainee id
    sessions: set[int] = field(default_factory=set)
    attendances: dict[int, tuple[int, int]] = field(default_factory=dict)  # -> (session, trainee)

    def forget_trainee(self, trainee_id: int) -> None:
        del self.trainees[trainee_id]
        self.placements = {p: t for p, t in self.placements.items() if t != trainee_id}
        self.attendances = {a: st for a, st in self.attendances.items() if st[1] != trainee_id}


class DatabaseLife(RuleBasedStateMachine):
    backups = Bundle("backups")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="coordinator-life-"))
        self.path = self.folder / "life.sqlite3"
        self.ctx = AppContext.open(str(self.path), settings_path=self.folder / "settings.json")
        self.model = Model()
        self.numbers = itertools.count(1)
        self.crashes = 0

    def teardown(self) -> None:
        self.ctx.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _reopen(self, path: Path) -> None:
        self.path = path
        self.ctx = AppContext.open(str(path), settings_path=self.folder / "settings.json")

    # --- trainees ---------------------------------------------------------------------------

    @rule(level=st.sampled_from(list(EducationLevel)), notes=_notes)
    def add_trainee(self, level: EducationLevel, notes: str) -> None:
        n = next(self.numbers)
        with self.ctx.transaction() as s:
            trainee_id = f.trainee(
                s, given=f"T{n}", level=level, email=f"t{n}@life.nl", notes=notes
            ).id
        self.model.trainees[trainee_id] = notes

    @precondition(lambda self: self.model.trainees)
    @rule(data=st.data(), notes=_notes)
    def edit_trainee(self, data: st.DataObject, notes: str) -> None:
        """As the form saves: the loaded version is checked inside the write transaction."""
        trainee_id = data.draw(st.sampled_from(sorted(self.model.trainees)))
        with self.ctx.read_session() as s:
            loaded, version = records.load_trainee(s, trainee_id)
        import dataclasses

        with self.ctx.transaction() as s:
            records.update_trainee(
                s, trainee_id, dataclasses.replace(loaded, notes=notes), seen_version=version
            )
        self.model.trainees[trainee_id] = notes

    @precondition(lambda self: self.model.trainees)
    @rule(data=st.data())
    def delete_trainee(self, data: st.DataObject) -> None:
        trainee_id = data.draw(st.sampled_from(sorted(self.model.trainees)))
        with self.ctx.transaction() as s:
            records.delete_records(s, records.TRAINEE, [trainee_id])
        self.model.forget_trainee(trainee_id)

    # --- assignments and placements -------------------------------------------------------

    @rule(places=st.integers(1, 3))
    def add_assignment(self, places: int) -> None:
        with self.ctx.transaction() as s:
            organisation = f.organisation(s, f"Organisatie {next(self.numbers)}")
            task = f.assignment(s, organisation, places=places)
            ids = organisation.id, task.id
        self.model.organisations.add(ids[0])
        self.model.assignments.add(ids[1])

    @precondition(lambda self: self.model.trainees and self.model.assignments)
    @rule(data=st.data(), slot=st.sampled_from(sorted(SLOTS)))
    def add_placement(self, data: st.DataObject, slot: int) -> None:
        """The hard rules may refuse (overlap, capacity, level): then nothing changes."""
        trainee_id = data.draw(st.sampled_from(sorted(self.model.trainees)))
        assignment_id = data.draw(st.sampled_from(sorted(self.model.assignments)))
        start, end = SLOTS[slot]
        request = placements.PlacementData(trainee_id, assignment_id, slot, start, end)
        try:
            with self.ctx.transaction() as s:
                outcome = placements.create_placement(s, request, self.ctx.soft_rule_settings())
        except CoordinatorError:
            return
        self.model.placements[outcome.placement_id] = trainee_id

    @precondition(lambda self: self.model.placements)
    @rule(data=st.data())
    def delete_placement(self, data: st.DataObject) -> None:
        placement_id = data.draw(st.sampled_from(sorted(self.model.placements)))
        with self.ctx.transaction() as s:
            placements.delete_placements(s, [placement_id])
        del self.model.placements[placement_id]

    # --- sessions and attendance ----------------------------------------------------------

    @rule()
    def add_session(self) -> None:
        with self.ctx.transaction() as s:
            meeting = SessionRecord(
                type=SessionType.TRAINING,
                title=f"Trainingsdag {next(self.numbers)}",
                date=D(2026, 1, 9),
                start_time=dt.time(9),
                end_time=dt.time(12),
            )
            s.add(meeting)
            s.flush()
            self.model.sessions.add(meeting.id)

    @precondition(lambda self: self.model.sessions and self.model.trainees)
    @rule(data=st.data(), absent=st.booleans())
    def record_attendance(self, data: st.DataObject, absent: bool) -> None:
        session_id = data.draw(st.sampled_from(sorted(self.model.sessions)))
        trainee_id = data.draw(st.sampled_from(sorted(self.model.trainees)))
        with self.ctx.transaction() as s:
            result = attendance.add_walk_in_trainee(s, session_id, trainee_id, NOW)
            assert result.attendance_id is not None
            if absent:
                attendance.set_status(s, [result.attendance_id], AttendanceStatus.EXCUSED)
        self.model.attendances[result.attendance_id] = (session_id, trainee_id)

    # --- imports ------------------------------------------------------------------------------

    def _csv(self, rows: list[list[object]]) -> Path:
        header = ["Voornaam", "Achternaam", "E-mail", "Opleidingsniveau"]
        return csv_file(self.folder / f"import{next(self.numbers)}.csv", [header, *rows])

    @rule(count=st.integers(1, 4))
    def import_good_file(self, count: int) -> None:
        numbers = [next(self.numbers) for _ in range(count)]
        path = self._csv([[f"I{n}", f"Import{n}", f"i{n}@life.nl", "hbo"] for n in numbers])
        report = run_import(self.ctx, path, ImportOptions(kind="trainees"))
        assert report.errors == []
        assert report.created == count
        with self.ctx.read_session() as s:
            ids = s.scalars(
                select(Trainee.id).where(Trainee.email.in_([f"i{n}@life.nl" for n in numbers]))
            ).all()
        assert len(ids) == count
        self.model.trainees.update(dict.fromkeys(ids, ""))

    @rule(good=st.integers(0, 3), bad=st.sampled_from(["geen-adres", "kleuterschool", ""]))
    def import_bad_file(self, good: int, bad: str) -> None:
        rows: list[list[object]] = [
            [f"G{n}", "Goed", f"g{n}@life.nl", "wo"]
            for n in (next(self.numbers) for _ in range(good))
        ]
        if bad == "geen-adres":
            rows.append(["Fout", "Rij", "geen-adres", "hbo"])
        elif bad == "kleuterschool":
            rows.append(["Fout", "Rij", f"f{next(self.numbers)}@life.nl", "kleuterschool"])
        else:
            rows.append(["Fout", "", f"f{next(self.numbers)}@life.nl", "hbo"])  # no surname
        report = run_import(self.ctx, self._csv(rows), ImportOptions(kind="trainees"))
        assert report.errors
        assert not report.committed

    # --- backups, restores and crashes ---------------------------------------------------------

    @rule(target=backups)
    def make_a_backup(self) -> tuple[Path, Model]:
        out = self.folder / f"backup{next(self.numbers)}.sqlite3"
        make_backup(self.ctx.store.url, out)
        return out, copy.deepcopy(self.model)

    @rule(backup=consumes(backups))
    def restore_a_backup(self, backup: tuple[Path, Model]) -> None:
        path, model = backup
        url = resolve_database_url(str(self.path))
        self.ctx.close()
        restore_backup(path, url)
        self._reopen(self.path)
        self.model = copy.deepcopy(model)

    @rule(count=st.integers(1, 30), on_disk=st.booleans())
    def crash_in_the_middle_of_a_write(self, count: int, on_disk: bool) -> None:
        """Open a write transaction, change things, then crash; nothing of it may survive."""
        session = self.ctx.session_factory()
        session.begin()
        for _ in range(count):
            n = next(self.numbers)
            f.trainee(session, given=f"C{n}", email=f"c{n}@life.nl", notes="nooit")
        self.crashes += 1
        if on_disk:
            # What a power cut leaves: the files as they are while the write is under way.
            crashed = self.folder / f"crashed{self.crashes}.sqlite3"
            for suffix in ("", "-wal"):
                source = self.path.with_name(self.path.name + suffix)
                if source.exists():
                    shutil.copyfile(source, crashed.with_name(crashed.name + suffix))
            session.rollback()
            session.close()
            self.ctx.close()
            self._reopen(crashed)
        else:
            # The connection under the open transaction goes away (closed without a
            # commit, as when the process dies); the app starts again.
            session.connection().invalidate()
            session.close()
            self.ctx.store.engine.dispose()
            self.ctx.close()
            self._reopen(self.path)

    # --- what must always hold ------------------------------------------------------------------

    @invariant()
    def the_file_is_sound(self) -> None:
        connection = sqlite3.connect(self.path)
        try:
            assert [r[0] for r in connection.execute("PRAGMA integrity_check")] == ["ok"]
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            connection.close()

    @invariant()
    def the_database_matches_the_model(self) -> None:
        model = self.model
        with self.ctx.read_session() as s:
            assert dict(s.execute(select(Trainee.id, Trainee.notes)).all()) == model.trainees
            assert set(s.scalars(select(Organisation.id))) == model.organisations
            assert {p.id: p.trainee_id for p in s.scalars(select(Placement))} == model.placements
            assert set(s.scalars(select(SessionRecord.id))) == model.sessions
            assert {
                a.id: (a.session_id, a.trainee_id) for a in s.scalars(select(Attendance))
            } == model.attendances
            assert check_hard_rules(s) == []


DatabaseLife.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDatabaseLife = DatabaseLife.TestCase
