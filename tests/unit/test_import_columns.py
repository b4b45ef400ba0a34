"""The import's column-at-once helpers give exactly what their one-at-a-time originals give.

Parsing a column, sorting keys of many names, the history text of many new records,
many check-in codes and a sheet parsed column by column: each is compared with the
plain version on awkward input (blanks, spaces of every kind, control characters,
numbers in text columns, over-long text, bad cells).
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coordinator_app.excel import values
from coordinator_app.excel.fields import SPECS
from coordinator_app.excel.kinds import sort_key, sort_keys
from coordinator_app.excel.mapping import propose_mapping
from coordinator_app.excel.model import Problem
from coordinator_app.excel.reader import SheetData
from coordinator_app.excel.rows import parse_sheet
from coordinator_app.models import EducationLevel, TraineeStatus
from coordinator_app.services import codes
from coordinator_app.services.audit import creation_changes, creation_entry
from tests.helpers import factories as f

AWKWARD_TEXT = [
    "Anna",
    "  Anna  ",
    "Anna  Maria",
    "Anna\u00a0Maria",  # no-break space
    "Anna\tMaria",
    "Anna\nMaria",
    "\u2003Anna",  # em space
    "Anna\x07",  # a control character
    "Anna\u00ad",  # soft hyphen: printable to nobody, fine as text
    "van der",
    "É",
    "   ",
    "",
    None,
    "x" * 200,
    "x" * 40_000,
    "<jan@example.nl>",
    "Jan <Jan@Example.NL>",
    "mailto:Piet@Example.nl",
    "piet@example",
    "PIET@EXAMPLE.NL",
    " piet@example.nl ",
    "a@b.nl\n",
    "0612345678",
    612345678.0,
    12.5,
    True,
    dt.date(2025, 9, 1),
]


def _one_by_one(parse: Any, cells: list[Any]) -> tuple[list[Any], list[tuple[int, str]]]:
    results: list[Any] = []
    problems: list[tuple[int, str]] = []
    for index, cell in enumerate(cells):
        if cell is None or cell == "":
            results.append(None)
            continue
        try:
            results.append(parse(cell))
        except values.CellProblem as exc:
            results.append(None)
            problems.append((index, exc.message))
    return results, problems


def _column(parse_column: Any, cells: list[Any]) -> tuple[list[Any], list[tuple[int, str]]]:
    results, failures = parse_column(cells)
    return results, [(index, exc.message) for index, exc in failures]


TRAINEE_FIELDS = [field for field in SPECS["trainees"].fields if not field.export_only]


@pytest.mark.parametrize("field", TRAINEE_FIELDS, ids=lambda field: field.key)
def test_a_column_parses_as_its_cells_do(field):
    for cells in (
        AWKWARD_TEXT,
        [c for c in AWKWARD_TEXT if isinstance(c, str)],  # text only: the fast path
        ["Anna", "", "van der", None, "Berg"],
        ["Anna"] * 5,
        [],
    ):
        expected = _one_by_one(field.parser(), list(cells))
        assert _column(field.column_parser(), list(cells)) == expected, field.key


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=12), st.sampled_from(AWKWARD_TEXT))))
def test_text_columns_match_their_cells_on_any_text(cells):
    for key in ("given_name", "email", "phone", "notes", "field_of_study", "municipality"):
        field = SPECS["trainees"].field(key)
        assert _column(field.column_parser(), cells) == _one_by_one(field.parser(), cells)


def test_printable_text_has_no_white_space_but_the_space():
    """What the fast path for names relies on: str.isprintable() leaves only " "."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isprintable() and char != " ":
            assert not char.isspace(), hex(code)


def test_repeated_values_are_parsed_once_each(monkeypatch):
    calls: list[Any] = []

    def parse(value: Any) -> Any:
        calls.append(value)
        if value == "fout":
            raise values.CellProblem("fout")
        return value.upper()

    results, failures = values.parse_distinct(parse, ["a", "b", "a", "", None, "fout", "a", "fout"])
    assert results == ["A", "B", "A", None, None, None, "A", None]
    assert [(index, exc.message) for index, exc in failures] == [(5, "fout"), (7, "fout")]
    assert calls == ["a", "b", "fout"]


def test_sort_keys_of_many_names_are_those_of_each():
    given_names = ["Anna", " Jan ", "Émile", "", "Zoë", "'t Hart"]
    prefixes = ["van der", "", "de", "", "", ""]
    surnames = ["Berg", "'s-Jacob", "Vries", "O'Neil", "Ağaoğlu", "-Jansen"]
    expected = list(map(sort_key, given_names, prefixes, surnames))
    assert sort_keys(given_names, prefixes, surnames) == expected
    ascii_only = (given_names[:2], prefixes[:2], surnames[:2])
    assert sort_keys(*ascii_only) == expected[:2]
    assert sort_keys([], [], []) == []


_JSON_VALUES = st.one_of(
    st.none(),
    st.text(max_size=8),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.dates(),
    st.sampled_from(list(EducationLevel) + list(TraineeStatus)),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_JSON_VALUES, min_size=3, max_size=3), min_size=1, max_size=6))
def test_history_of_many_new_records_is_that_of_each(rows):
    keys = ["naam", "version", "a"]  # "version" is bookkeeping: left out by both
    columns = [[row[i] for row in rows] for i in range(len(keys))]
    at = dt.datetime(2025, 9, 1, 9, 30)
    expected = [
        creation_entry("trainee", 1, dict(zip(keys, row, strict=True)), "u", at)["changes"]
        for row in rows
    ]
    assert creation_changes(keys, columns) == expected


def test_history_of_repeated_values_is_that_of_each():
    at = dt.datetime(2025, 9, 1, 9, 30)
    rows = [[0.0, dt.date(2025, 9, 1), 1], [-0.0, dt.date(2025, 9, 1), 1]] * 3
    keys = ["getal", "datum", "id"]
    columns = [[row[i] for row in rows] for i in range(3)]
    expected = [
        creation_entry("x", 1, dict(zip(keys, row, strict=True)), "u", at)["changes"]
        for row in rows
    ]
    assert creation_changes(keys, columns) == expected
    assert creation_changes(["version"], [[1, 2]]) == ["{}", "{}"]


def test_many_codes_at_once_are_unambiguous_and_different(session):
    made = codes.new_checkin_codes(session, codes.TRAINEE_PREFIX, 5000)
    assert len(made) == 5000
    assert len({code.upper() for code in made}) == 5000
    for code in made:
        assert code.startswith("T")
        assert len(code) == 8
        assert set(code[1:]) <= set(codes.CHECKIN_ALPHABET)
    assert codes.new_checkin_codes(session, "T", 0) == []


def test_many_codes_skip_taken_ones_and_each_other(session, monkeypatch):
    f.trainee(session).checkin_code = "taaaaaaa"  # stored in another case: still taken
    session.flush()
    draws = iter([b"\x00" * 7 + b"\x01" * 7 + b"\x01" * 7, b"\x02" * 7])
    monkeypatch.setattr(codes.secrets, "token_bytes", lambda _size: next(draws))
    # byte 0 -> "A" (taken), byte 1 -> "B" twice (once only), byte 2 -> "C"
    assert codes.new_checkin_codes(session, "T", 2) == ["TBBBBBBB", "TCCCCCCC"]


@pytest.mark.parametrize("total", [0, 1, 255, 2048, 2049, 4096, 5000, 20_000])
def test_blocks_cover_every_row_once_and_the_last_ones_are_small(total):
    from coordinator_app.excel.rows import _block_bounds

    bounds = list(_block_bounds(total, 2048))
    assert [begin for begin, _end in bounds] == [0, *(end for _begin, end in bounds)][: len(bounds)]
    assert (bounds[-1][1] if bounds else 0) == total
    assert all(0 < end - begin <= 2048 for begin, end in bounds)
    if total <= 2048:
        assert len(bounds) <= 1  # a small sheet is one block
    else:
        assert bounds[-1][1] - bounds[-1][0] <= 256  # little is left for after the last block


@pytest.mark.parametrize("block_rows", [1, 2, 3, 5, 100])
def test_a_sheet_parsed_in_blocks_is_the_sheet_parsed_at_once(block_rows):
    """Blocks give the same rows and problems, each row once, in order, whether the
    rows are taken block by block, all at once, or both mixed."""
    header = ["Voornaam", "Achternaam", "E-mail", "Opleidingsniveau"]
    lines = [header]
    for n in range(1, 12):
        lines.append([f"Naam{n}", f"Achter{n}", f"n{n}@example.nl" if n % 4 else "fout", "hbo"])
        if n % 5 == 0:
            lines += [["", "", "", ""], header]  # a blank row, the header pasted again
    sheet = SheetData("Trainees", lines, first_row=2)
    mapping = propose_mapping(SPECS["trainees"], sheet, 0)
    whole: list[Problem] = []
    expected = [(r.excel_row, r.values) for r in parse_sheet(sheet, mapping, whole).rows]
    assert len(expected) == 11 and len(whole) == 2

    def parsed(rows):
        return [(r.excel_row, r.values) for r in rows]

    in_blocks: list[Problem] = []
    lazy = parse_sheet(sheet, mapping, in_blocks, block_rows=block_rows)
    assert in_blocks == [] and lazy.problems is in_blocks  # nothing parsed before asked
    seen = []
    for number, block in enumerate(lazy.blocks()):
        assert 0 < len(block) <= (block_rows if number <= 1 else 11)  # a block, then the rest
        seen += parsed(block)
        if number == 1:
            # everything asked for at once half-way: the blocks still give each row once
            assert parsed(lazy.rows) == expected
    assert seen == expected
    assert parsed(lazy.rows) == expected
    assert in_blocks == whole
    assert seen == parsed(parse_sheet(sheet, mapping, [], block_rows=block_rows).rows)


def _parse_sheet_cell_by_cell(sheet: SheetData, mapping: Any) -> tuple[list[Any], list[Problem]]:
    """The sheet parsed the plain way, one row and one cell at a time."""
    spec = SPECS[mapping.kind]
    parsers = [(i, key, spec.field(key).parser()) for i, key in sorted(mapping.columns.items())]
    header = sheet.rows[mapping.header_index]
    header_values = {i: header[i] for i in mapping.columns if i < len(header)}
    rows: list[Any] = []
    problems: list[Problem] = []
    for index in range(mapping.header_index + 1, len(sheet.rows)):
        cells = sheet.rows[index]
        raw = {
            key: None if col >= len(cells) or cells[col] in (None, "") else cells[col]
            for col, key, _p in parsers
        }
        if all(v is None for v in raw.values()):
            continue
        first_col, first_key, _p = parsers[0]
        if header_values.get(first_col) is not None and all(
            raw[key] == header_values.get(col) for col, key, _p in parsers
        ):
            continue
        parsed, failed = dict(raw), set()
        for col, key, parse in parsers:
            if raw[key] is None:
                continue
            try:
                parsed[key] = parse(raw[key])
            except values.CellProblem as exc:
                parsed[key] = None
                failed.add(key)
                problems.append(
                    Problem(
                        sheet.name,
                        sheet.first_row + index,
                        mapping.headers.get(col, key),
                        values.shown(raw[key]),
                        exc.message,
                        col,
                    )
                )
        rows.append((sheet.first_row + index, parsed, failed, bool(failed), cells))
    return rows, problems


def test_a_sheet_parsed_by_columns_is_the_sheet_parsed_by_rows():
    header = ["Voornaam", "Achternaam", "E-mail", "Opleidingsniveau", "Begin contract", "Status"]
    sheet = SheetData(
        "Trainees",
        [
            ["Lijst van trainees", "", "", "", "", ""],
            header,
            ["Anna", "Berg", "anna@example.nl", "hbo", dt.date(2025, 9, 1), "actief"],
            ["", "", "", "", "", ""],  # blank
            ["Jan\x07", "  de  Vries ", "geen adres", "mbo", "morgen", "weg"],
            header,  # the header pasted again
            [None, None, None, None, None, None],  # blank (a CSV)
            ["Piet", 12.0, "PIET@example.nl", "wo", 45901.0, ""],
            ["Kees", "Smit"],  # short row
            [0, "", "", "", "", ""],  # a zero is not blank
            ["Els", "Dijk", "els@example.nl", "hbo", dt.date(2025, 9, 1), "actief", "extra"],
        ],
        first_row=3,
    )
    mapping = propose_mapping(SPECS["trainees"], sheet, 1)
    problems: list[Problem] = []
    parsed = parse_sheet(sheet, mapping, problems)
    expected_rows, expected_problems = _parse_sheet_cell_by_cell(sheet, mapping)
    assert [
        (r.excel_row, r.values, r.failed, r.has_error, r.cells) for r in parsed.rows
    ] == expected_rows
    assert problems == expected_problems
    assert [r.excel_row for r in parsed.rows] == [5, 7, 10, 11, 12, 13]
    assert len(problems) == 5


def test_rows_inserted_beside_other_work_arrive_and_failures_come_back(session):
    """_insert_columns_while: the rows are written, the work's result is returned, a
    failing insert raises in the caller, and the interpreter's switch interval is
    given back."""
    from sqlalchemy import func, select
    from sqlalchemy.exc import IntegrityError

    from coordinator_app.excel.kinds import _insert_columns_while
    from coordinator_app.models import Theme

    interval = sys.getswitchinterval()
    table = Theme.__table__
    names = ["name"]
    count = 3000
    columns = [[f"Thema {n}" for n in range(count)]]
    result = _insert_columns_while(session, table, names, columns, lambda: sum(range(10**5)))
    assert result == sum(range(10**5))
    assert session.scalar(select(func.count()).select_from(table)) == count
    assert sys.getswitchinterval() == interval
    again = [[columns[0][0]]]  # a name that is taken: UNIQUE refuses it
    with pytest.raises(IntegrityError):
        _insert_columns_while(session, table, names, again, lambda: None)
    assert sys.getswitchinterval() == interval
    session.rollback()
