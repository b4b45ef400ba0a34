"""Hostile and broken import files: a clear refusal, never a crash, never a half import.

Hypothesis makes the files: trainee lists whose rows carry values the parsers refuse
(next to good rows and rows that would update existing trainees), random bytes named
.csv or .xlsx, a CSV header followed by random bytes, and real workbooks with bytes
overwritten or cut off. For every file the import either raises a known error
(SpreadsheetError / CoordinatorError, with a message) or reports row errors; any
other exception fails the test. The database is compared before and after: record
counts, the change history, and a checksum of every column of every trainee.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from coordinator_app.errors import CoordinatorError
from coordinator_app.excel import values
from coordinator_app.excel.importer import ImportOptions, run_import
from coordinator_app.models import AuditEntry, Trainee
from coordinator_app.services.stats import entity_counts
from tests.helpers import factories as f
from tests.helpers.workbooks import csv_file

HEADERS = ["Voornaam", "Achternaam", "E-mail", "Opleidingsniveau", "Telefoon", "Begin contract"]
FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def ctx(sqlite_context):  # type: ignore[no-untyped-def]
    """A database with two trainees the files may try (and fail) to update."""
    with sqlite_context.transaction() as s:
        f.trainee(s, given="Anna", surname="Bakker", email="anna@bestaand.nl", phone="0611111111")
        f.trainee(s, given="Bram", surname="Smit", email="bram@bestaand.nl")
    return sqlite_context


def _fingerprint(ctx) -> tuple[dict[str, int], int, str]:  # type: ignore[no-untyped-def]
    with ctx.read_session() as s:
        counts = entity_counts(s)
        history = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
        rows = s.execute(select(Trainee.__table__).order_by(Trainee.id)).all()
    digest = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
    return counts, history, digest


def _import_refused(ctx, path: Path, kind: str = "trainees", *, must_fail: bool = False) -> str:  # type: ignore[no-untyped-def]
    """Import ``path``: a known error, a report with errors, or (unless ``must_fail``) a
    file with nothing in it to import; the database stays as it was."""
    before = _fingerprint(ctx)
    refusal: CoordinatorError | None = None
    try:
        report = run_import(ctx, path, ImportOptions(kind=kind))
    except CoordinatorError as exc:
        refusal = exc
    if refusal is not None:
        assert refusal.message.strip()
        outcome = "error"
    else:
        if report.committed and (report.created or report.updated) and not must_fail:
            return "imported"  # random bytes that happen to be a valid list: fine, and rare
        if must_fail:
            assert report.errors, "a file that must fail was accepted without a word"
        assert all(p.message.strip() for p in report.errors)
        outcome = "report" if report.errors else "nothing to import"
    assert _fingerprint(ctx) == before, "a refused import changed the database"
    return outcome


# --- values the parsers refuse ------------------------------------------------------------


def _refused_by(parser: Any) -> Any:
    def refused(value: Any) -> bool:
        try:
            return parser(value) is None  # empty: a new trainee lacks a required value
        except values.CellProblem:
            return True

    return refused


_junk_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=40
)
_junk_cell = st.one_of(
    _junk_text,
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)),
    st.sampled_from(["=1+1", '=HYPERLINK("x")', "@SUM(A1)", "\x00\x01", "a" * 5000]),
)
_bad_email = _junk_cell.filter(_refused_by(values.email))
_bad_level = _junk_cell.filter(_refused_by(values.education_level))
_bad_date = st.one_of(
    st.sampled_from(["32-13-2025", "31-02-2025", "00-00-0000", "morgen", "2025-13-01"]),
    _junk_text.filter(lambda t: t.strip() != ""),
).filter(_refused_by(values.date))


@st.composite
def _bad_rows(draw: st.DrawFn) -> list[list[Any]]:
    """Good rows, an update of an existing trainee, and at least one row that must fail."""
    rows: list[list[Any]] = []
    for i in range(draw(st.integers(0, 3))):
        rows.append([f"Goed{i}", f"Rij{i}", f"goed{i}@fuzz.nl", "hbo", "0612345678", None])
    rows.append(["Anna", "Bakker", "anna@bestaand.nl", "hbo", "0699999999", None])
    for i in range(draw(st.integers(1, 3))):
        broken = draw(st.sampled_from(["email", "level", "date", "all"]))
        rows.append(
            [
                draw(_junk_cell),
                draw(_junk_text.filter(lambda t: t.strip() != "")),
                draw(_bad_email) if broken in ("email", "all") else f"slecht{i}@fuzz.nl",
                draw(_bad_level) if broken in ("level", "all") else "wo",
                draw(_junk_cell),
                draw(_bad_date) if broken in ("date", "all") else None,
            ]
        )
    return draw(st.permutations(rows))


def _xlsx_bytes(rows: list[list[Any]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str):
                value = "".join(ch for ch in value if ch >= " " or ch in "\t\n")[:32_000]
            if isinstance(value, float) and value != value:  # NaN: Excel has none
                value = None
            cells.append(value)
        sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@FUZZ
@given(rows=_bad_rows())
def test_bad_values_in_a_csv_are_reported_and_nothing_is_written(ctx, tmp_path, rows):
    path = csv_file(tmp_path / "fuzz.csv", [HEADERS, *rows])
    assert _import_refused(ctx, path, must_fail=True) in ("report", "error")


@FUZZ
@given(rows=_bad_rows())
def test_bad_values_in_a_workbook_are_reported_and_nothing_is_written(ctx, tmp_path, rows):
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(_xlsx_bytes(rows))
    assert _import_refused(ctx, path, must_fail=True) in ("report", "error")


# --- bytes that are no (good) file -----------------------------------------------------------


@FUZZ
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".csv", ".xlsx", ".xlsm"]))
def test_random_bytes_are_refused_plainly(ctx, tmp_path, data, suffix):
    path = tmp_path / f"willekeurig{suffix}"
    path.write_bytes(data)
    _import_refused(ctx, path)


@FUZZ
@given(tail=st.binary(min_size=1, max_size=3000), kind=st.sampled_from(["trainees", "all"]))
def test_a_header_followed_by_random_bytes(ctx, tmp_path, tail, kind):
    path = tmp_path / "kop.csv"
    path.write_bytes(";".join(HEADERS).encode() + b"\r\n" + tail)
    _import_refused(ctx, path, kind)


_GOOD_WORKBOOK = _xlsx_bytes(
    [["Cas", "Visser", "cas@fuzz.nl", "wo", "0612345678", dt.date(2025, 9, 1)]]
)


@FUZZ
@given(
    changes=st.lists(
        st.tuples(st.integers(0, len(_GOOD_WORKBOOK) - 1), st.integers(0, 255)),
        min_size=1,
        max_size=20,
    ),
    cut=st.one_of(st.none(), st.integers(0, len(_GOOD_WORKBOOK) - 1)),
)
def test_a_damaged_workbook_is_refused_or_read_but_never_half_imported(ctx, tmp_path, changes, cut):
    data = bytearray(_GOOD_WORKBOOK)
    for position, byte in changes:
        data[position] = byte
    if cut is not None:
        data = data[:cut]
    assume(bytes(data) != _GOOD_WORKBOOK)
    path = tmp_path / "beschadigd.xlsx"
    path.write_bytes(bytes(data))
    before = _fingerprint(ctx)
    refusal: CoordinatorError | None = None
    try:
        report = run_import(ctx, path, ImportOptions(kind="trainees"))
    except CoordinatorError as exc:
        refusal = exc
    if refusal is not None:
        assert refusal.message.strip()
        assert _fingerprint(ctx) == before
        return
    # A change in a spot that does not matter (a timestamp, padding) leaves a good file:
    # then the row is imported whole, or refused whole.
    with ctx.read_session() as s:
        imported = s.scalar(select(func.count()).select_from(Trainee)) - before[0]["trainees"]
    if report.errors:
        assert _fingerprint(ctx) == before
    else:
        assert imported == report.created


def test_unicode_digits_that_are_not_decimals_are_a_cell_problem():
    """'²' is a digit to str.isdigit() but not a number: found by fuzzing."""
    from coordinator_app.excel.values import CellProblem, date

    with pytest.raises(CellProblem):
        date("²")


def test_a_zip_needing_an_unknown_version_is_refused_cleanly(tmp_path):
    """A central directory asking for zip version 6.4 once escaped as NotImplementedError."""
    from coordinator_app.excel.errors import SpreadsheetError
    from coordinator_app.excel.safety import inspect_package

    data = bytearray(_GOOD_WORKBOOK)
    header = data.find(b"PK\x01\x02")
    data[header + 6 : header + 8] = (64).to_bytes(2, "little")  # "version needed": 6.4
    path = tmp_path / "nieuw.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(SpreadsheetError):
        inspect_package(path)
