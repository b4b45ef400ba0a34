"""The demo databases: believable, rule-abiding, reproducible, and careful with files."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from coordinator_app.cli import run
from coordinator_app.context import AppContext
from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    Attendance,
    AttendanceStatus,
    Base,
    GuestParticipant,
    Organisation,
    Placement,
    PlacementStatus,
    Trainee,
)
from coordinator_app.models import Session as SessionRecord
from coordinator_app.services import demo_data
from coordinator_app.services.demo import write_demo_database
from coordinator_app.services.demo_data import CHECKIN_ALPHABET, REFERENCE_DATE
from coordinator_app.services.demo_large import LargeCounts, generate_large
from coordinator_app.services.rules import (
    SoftRuleSettings,
    check_hard_rules,
    placements_ending_without_next,
)
from coordinator_app.services.stats import entity_counts
from coordinator_app.text import full_name, sort_key

SEED_ASSIGNMENTS = {
    "Ontwikkelstrategie gebiedsontwikkeling Dideldom": "Gemeente Stadskanaal",
    "Lobbystrategie Clean Industrial Deal": "Provincie Groningen",
    "Communicatie & Online: inwoners betrekken in Eemsdelta": "Gemeente Eemsdelta",
    "Datagedreven werken en AI in Westerkwartier": "Gemeente Westerkwartier",
    "Tijd voor Toekomst: extra ontwikkeltijd voor kinderen": "Gemeente Midden-Groningen",
    "Toekomst voor Oldambt: actualisatie lokaal programma": "Gemeente Oldambt",
}


def _open(path: Path, tmp_path: Path) -> AppContext:
    return AppContext.open(str(path), settings_path=tmp_path / "settings.json", create=False)


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo shared by the read-only tests of this module."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    write_demo_database(str(path))
    return path


@pytest.fixture
def demo_session(small_demo: Path, tmp_path: Path) -> Iterator[Session]:
    context = _open(small_demo, tmp_path)
    try:
        with context.read_session() as session:
            yield session
    finally:
        context.close()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- the small demo ----------------------------------------------------------------------


def test_small_demo_obeys_every_hard_rule(demo_session: Session) -> None:
    assert demo_session.scalar(select(Placement.id).limit(1)) is not None
    assert check_hard_rules(demo_session) == []


def test_small_demo_has_dutch_names_with_prefixes_and_diacritics(demo_session: Session) -> None:
    trainees = demo_session.scalars(select(Trainee)).all()
    assert len(trainees) >= 30
    names = {t.full_name for t in trainees}
    assert {"Anna van der Berg", "Jan de Vries"} <= names
    assert any(t.prefix for t in trainees)
    assert any(not name.isascii() for name in names)
    assert any(t.given_name.startswith("IJ") for t in trainees)
    for trainee in trainees:
        assert trainee.sort_name == sort_key(trainee.given_name, trainee.prefix, trainee.surname)
    by_sort = sorted(trainees, key=lambda t: t.sort_name)
    # "Anna van der Berg" sorts under B, before "Jan de Vries" under V.
    positions = {t.full_name: i for i, t in enumerate(by_sort)}
    assert positions["Anna van der Berg"] < positions["Jan de Vries"]


def test_small_demo_contact_data_is_unique_and_well_formed(demo_session: Session) -> None:
    trainees = demo_session.scalars(select(Trainee)).all()
    guests = demo_session.scalars(select(GuestParticipant)).all()
    emails = [t.email for t in trainees]
    assert len(set(emails)) == len(emails)
    assert all(e == e.lower() and e.isascii() and "@" in e for e in emails)
    codes = [t.checkin_code for t in trainees] + [g.checkin_code for g in guests]
    assert len(set(codes)) == len(codes), "check-in codes must be unique across people"
    assert all(set(code) <= set(CHECKIN_ALPHABET) and len(code) == 6 for code in codes)
    assert all(t.phone and t.coach_id and t.home_municipality_id for t in trainees)
    assert all(t.contract_start and t.contract_end for t in trainees)


def test_small_demo_contains_the_six_seed_assignments(demo_session: Session) -> None:
    from coordinator_app.models import Assignment

    found = {
        a.title: a.organisation.name
        for a in demo_session.scalars(
            select(Assignment).where(Assignment.title.in_(SEED_ASSIGNMENTS))
        )
    }
    assert found == SEED_ASSIGNMENTS
    for assignment in demo_session.scalars(
        select(Assignment).where(Assignment.title.in_(SEED_ASSIGNMENTS))
    ):
        assert len(assignment.description) > 300
        assert assignment.themes and assignment.accepted_levels and assignment.supervisor
        assert assignment.supervisor.is_supervisor


def test_small_demo_statuses_follow_the_reference_date(demo_session: Session) -> None:
    placements = demo_session.scalars(select(Placement)).all()
    seen = set()
    for p in placements:
        seen.add(p.status)
        if p.status is PlacementStatus.ABORTED:
            continue
        if p.end_date < REFERENCE_DATE:
            assert p.status is PlacementStatus.COMPLETED
        elif p.start_date <= REFERENCE_DATE:
            assert p.status is PlacementStatus.RUNNING
        else:
            assert p.status in (PlacementStatus.CONFIRMED, PlacementStatus.PROPOSED)
    assert seen == set(PlacementStatus)
    # Some rotations are finished, so some evaluations exist, none dated in the future.
    evaluations = [e for p in placements for e in p.evaluations]
    assert evaluations
    assert all(e.written_on and e.written_on <= REFERENCE_DATE for e in evaluations)
    assert all(e.score is not None and 1 <= e.score <= 10 for e in evaluations)


def test_small_demo_gives_the_attention_list_content(demo_session: Session) -> None:
    warnings = placements_ending_without_next(demo_session, SoftRuleSettings(today=REFERENCE_DATE))
    names = {ref.label for w in warnings for ref in w.records if ref.kind == "trainee"}
    assert "Jan de Vries" in names
    assert 1 <= len(names) < 10


def test_small_demo_attendance_is_consistent(demo_session: Session) -> None:
    rows = demo_session.execute(select(Attendance, SessionRecord.date).join(SessionRecord)).all()
    assert {a.status for a, _ in rows} == set(AttendanceStatus)
    for attendance, day in rows:
        present = attendance.status is AttendanceStatus.PRESENT
        assert (attendance.checked_in_at is not None) == present
        if attendance.feedback_score is not None:
            assert present and 1 <= attendance.feedback_score <= 5
        if day >= REFERENCE_DATE:
            assert attendance.status in (AttendanceStatus.INVITED, AttendanceStatus.REGISTERED)
    types = set(demo_session.scalars(select(SessionRecord.type)))
    assert len(types) == 6
    participation = demo_session.scalars(
        select(SessionRecord).where(SessionRecord.type == "participatiesessie")
    ).all()
    assert participation
    assert any(a.guest_id is not None for s in participation for a in s.attendances)
    assert all(s.action_points for s in participation)
    assert any(s.outcome_notes for s in participation)


def test_small_demo_host_organisations_have_supervisors(demo_session: Session) -> None:
    organisations = demo_session.scalars(select(Organisation)).all()
    assert len({o.type for o in organisations}) >= 6
    assert all(any(c.is_supervisor for c in o.contacts) for o in organisations)
    assert all(o.municipality_id is not None for o in organisations)


def _table_rows(path: Path, table: Table) -> list[tuple[object, ...]]:
    import sqlite3

    order = "id" if "id" in table.c else ", ".join(c.name for c in table.c)
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT * FROM {table.name} ORDER BY {order}").fetchall()


def test_small_demo_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "one.sqlite3", tmp_path / "two.sqlite3"
    write_demo_database(str(first))
    write_demo_database(str(second))
    compared = 0
    for table in Base.metadata.sorted_tables:
        if table.name == "app_meta":
            continue
        rows = _table_rows(first, table)
        assert rows == _table_rows(second, table), table.name
        compared += bool(rows)
    assert compared > 20


def test_summary_names_the_file_and_the_counts(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    summary = write_demo_database(str(path))
    assert summary.startswith(f"Demodatabase geschreven naar {path}: 36 trainees, ")
    assert "\n" not in summary
    assert not list(tmp_path.glob(".*tmp*")), "the temporary build file must be gone"


# --- files -------------------------------------------------------------------------------


def test_refuses_to_overwrite_an_existing_database_without_force(tmp_path: Path) -> None:
    path = tmp_path / "existing.sqlite3"
    context = AppContext.open(str(path), settings_path=tmp_path / "settings.json")
    context.close()
    before = _sha256(path)
    with pytest.raises(CoordinatorError, match="--force") as info:
        write_demo_database(str(path))
    assert "\n" not in info.value.message
    assert _sha256(path) == before


def test_force_replaces_an_existing_database_and_its_journal(tmp_path: Path) -> None:
    path = tmp_path / "existing.sqlite3"
    context = AppContext.open(str(path), settings_path=tmp_path / "settings.json")
    context.close()
    stale_wal = Path(f"{path}-wal")
    stale_wal.write_bytes(b"stale journal of the old file")
    write_demo_database(str(path), force=True)
    assert not stale_wal.exists()
    context = _open(path, tmp_path)
    try:
        with context.read_session() as session:
            assert entity_counts(session)["trainees"] == 36
            assert check_hard_rules(session) == []
    finally:
        context.close()


def test_force_never_replaces_a_database_that_is_open_in_the_app(tmp_path: Path) -> None:
    from coordinator_app.db.instance_lock import InstanceLock

    path = tmp_path / "open.sqlite3"
    AppContext.open(str(path), settings_path=tmp_path / "settings.json").close()
    before = _sha256(path)
    with InstanceLock(path) as lock:
        assert lock.acquire()
        with pytest.raises(CoordinatorError, match="geopend"):
            write_demo_database(str(path), force=True)
    assert _sha256(path) == before


def test_force_never_overwrites_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "trainees.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database at all")
    for force in (False, True):
        with pytest.raises(CoordinatorError):
            write_demo_database(str(path), force=force)
    assert path.read_bytes() == b"PK\x03\x04 not a database at all"


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CoordinatorError, match="bestaat niet"):
        write_demo_database(str(tmp_path / "nope" / "demo.sqlite3"))


def test_unknown_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CoordinatorError, match="small of large"):
        write_demo_database(str(tmp_path / "demo.sqlite3"), size="medium")
    assert not (tmp_path / "demo.sqlite3").exists()


# --- the command line ----------------------------------------------------------------------


def test_cli_demo_then_stats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.sqlite3"
    assert run(["demo", "--db", str(path)]) == 0
    assert "Demodatabase geschreven" in capsys.readouterr().out
    assert run(["stats", "--db", str(path), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    for key in ("trainees", "organisations", "assignments", "placements", "sessions"):
        assert counts[key] > 0, key
    assert counts["attendances"] > 1000
    assert counts["trainees"] == len(demo_data.TRAINEES)

    assert run(["demo", "--db", str(path)]) == 1
    assert "--force" in capsys.readouterr().err
    assert run(["demo", "--db", str(path), "--force"]) == 0


# --- the large demo ------------------------------------------------------------------------


def test_large_counts_at_full_scale_are_the_benchmark_sizes() -> None:
    counts = LargeCounts.at_scale(1.0)
    assert (
        counts.trainees,
        counts.organisations,
        counts.assignments,
        counts.placements,
        counts.sessions,
        counts.attendances,
    ) == (5_000, 1_000, 3_000, 15_000, 2_000, 100_000)


@pytest.mark.parametrize("scale", [0.0, -1.0, 0.001, float("nan")])
def test_large_demo_refuses_a_scale_it_cannot_honour(scale: float) -> None:
    with pytest.raises(ValueError, match="scale"):
        LargeCounts.at_scale(scale)


@pytest.mark.parametrize(
    ("scale", "expected"),
    [
        (0.02, (100, 20, 60, 300, 40, 2_000)),
        (0.05, (250, 50, 150, 750, 100, 5_000)),
    ],
)
def test_scaled_large_demo_obeys_the_rules_and_scales(
    app_context: AppContext, scale: float, expected: tuple[int, ...]
) -> None:
    with app_context.transaction() as session:
        generate_large(session, scale=scale)
    with app_context.read_session() as session:
        counts = entity_counts(session)
        assert (
            counts["trainees"],
            counts["organisations"],
            counts["assignments"],
            counts["placements"],
            counts["sessions"],
            counts["attendances"],
        ) == expected
        assert check_hard_rules(session) == []
        trainees = session.scalars(select(Trainee)).all()
        assert all(t.sort_name == sort_key(t.given_name, t.prefix, t.surname) for t in trainees)
        assert len({t.checkin_code for t in trainees}) == len(trainees)
        per_trainee = session.execute(
            text("SELECT COUNT(*), COUNT(DISTINCT trainee_id) FROM placement")
        ).one()
        assert per_trainee == (3 * len(trainees), len(trainees))
        # Every attendance belongs to a distinct (session, trainee) pair with a trainee.
        assert session.scalar(text("SELECT COUNT(*) FROM attendance WHERE trainee_id IS NULL")) == 0
        names = [full_name(t.given_name, t.prefix, t.surname) for t in trainees]
        assert any(not n.isascii() for n in names)


def test_scaled_large_demo_is_deterministic(tmp_path: Path) -> None:
    rows = []
    for name in ("a", "b"):
        context = AppContext.open(
            str(tmp_path / f"{name}.sqlite3"), settings_path=tmp_path / "settings.json"
        )
        try:
            with context.transaction() as session:
                generate_large(session, scale=0.01)
            with context.read_session() as session:
                rows.append(
                    [
                        session.execute(text(f"SELECT * FROM {t} ORDER BY id")).all()
                        for t in ("trainee", "assignment", "placement", "session", "attendance")
                    ]
                )
        finally:
            context.close()
    assert rows[0] == rows[1]


@pytest.mark.slow
def test_full_large_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "large.sqlite3"
    started = time.perf_counter()
    summary = write_demo_database(str(path), size="large")
    seconds = time.perf_counter() - started
    with capsys.disabled():
        print(f"\nlarge demo written in {seconds:.1f} s: {summary}")
    assert seconds < 60
    context = _open(path, tmp_path)
    try:
        with context.read_session() as session:
            counts = entity_counts(session)
            assert (
                counts["trainees"],
                counts["organisations"],
                counts["assignments"],
                counts["placements"],
                counts["sessions"],
                counts["attendances"],
            ) == (5_000, 1_000, 3_000, 15_000, 2_000, 100_000)
            assert check_hard_rules(session) == []
    finally:
        context.close()


# --- PostgreSQL (runs where COORDINATOR_TEST_PG names a server) -------------------------------


@pytest.mark.postgres
def test_small_demo_on_postgresql_refuses_a_used_database_unless_forced(
    pg_url: str, tmp_path: Path
) -> None:
    first = write_demo_database(pg_url)
    assert "36 trainees" in first
    with pytest.raises(CoordinatorError, match="--force"):
        write_demo_database(pg_url)
    write_demo_database(pg_url, force=True)
    context = AppContext.open(pg_url, settings_path=tmp_path / "settings.json")
    try:
        with context.read_session() as session:
            counts = entity_counts(session)
            assert counts["trainees"] == 36
            assert counts["municipalities"] > 0  # reference data survives a forced rewrite
            assert check_hard_rules(session) == []
        # The sequences still hand out fresh ids after explicit-id inserts and a rewrite.
        with context.transaction() as session:
            session.add(Organisation(name="Nieuwe organisatie", type="overig"))
    finally:
        context.close()


@pytest.mark.postgres
def test_large_demo_on_postgresql_keeps_sequences_usable(pg_url: str, tmp_path: Path) -> None:
    context = AppContext.open(pg_url, settings_path=tmp_path / "settings.json")
    try:
        with context.transaction() as session:
            generate_large(session, scale=0.01)
        with context.transaction() as session:
            session.add(Organisation(name="Nieuwe organisatie", type="overig"))
        with context.read_session() as session:
            assert check_hard_rules(session) == []
    finally:
        context.close()
