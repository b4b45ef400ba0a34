"""A large sheet read as two halves on two cores gives exactly what one read gives."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.excel import halves, reader
from coordinator_app.excel.reader import open_workbook
from tests.helpers.workbooks import inline_row, raw_xlsx, sheet_xml, xlsx

CELLS = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=8),
    st.integers(min_value=-(10**9), max_value=10**9),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
)


def _whole(path: Path) -> tuple[list[list[object]], int]:
    book = open_workbook(path)
    book._sheet_xml.clear()  # no kept XML: the sheet is read in one go
    data = book.sheet(book.sheet_names[0])
    return data.rows, data.first_row


def _in_halves(path: Path) -> list[list[object]] | None:
    with zipfile.ZipFile(path) as archive:
        name = open_workbook(path).sheet_names[0]
        part = halves.sheet_parts(archive)[name]
        result = halves.read_in_halves(archive, name, part, archive.read(part))
    if result is None:
        return None
    data = reader.SheetData(name, result[0])
    reader._fill_merged_down(data, result[1])  # as the reader does after either read
    return data.rows


def _same_as_whole(path: Path) -> None:
    rows, first_row = _whole(path)
    split = _in_halves(path)
    assert split is not None
    assert first_row == 1
    assert split == rows


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.lists(st.lists(CELLS, min_size=0, max_size=6), min_size=2, max_size=30),
    empty_above=st.integers(min_value=0, max_value=3),
    empty_left=st.integers(min_value=0, max_value=2),
)
def test_halves_equal_one_read_for_any_sheet(tmp_path, data, empty_above, empty_left):
    rows = [[None] * empty_left + row for row in data]
    path = xlsx(tmp_path / "blad.xlsx", rows, above=[[]] * empty_above)
    rows_whole, _first = _whole(path)
    split = _in_halves(path)
    if split is None:  # only when no row starts in the second half of the XML
        with zipfile.ZipFile(path) as archive:
            assert halves.cut(archive.read("xl/worksheets/sheet1.xml")) is None
        return
    assert split == rows_whole


def test_empty_rows_between_the_halves_and_a_wider_second_half(tmp_path):
    body = "".join(inline_row(n, ["a", "b"]) for n in range(1, 40))
    body += '<row r="60"><c r="F60" t="inlineStr"><is><t>ver</t></is></c></row>'
    body += "".join(inline_row(n, ["c"]) for n in range(61, 100))
    _same_as_whole(raw_xlsx(tmp_path / "gat.xlsx", sheet_xml(body, dimension="A1:F99")))


def test_merged_cells_and_shared_strings_come_through(tmp_path):
    import xlsxwriter

    path = tmp_path / "samen.xlsx"
    book = xlsxwriter.Workbook(str(path))  # shared strings, as Excel itself writes them
    sheet = book.add_worksheet("Blad1")
    sheet.write_row(0, 0, ["Organisatie", "Contact", "Sinds"])
    for n in range(60):
        sheet.write_row(n + 1, 0, [f"Org {n // 3}", f"Persoon {n}"])
        sheet.write_datetime(
            n + 1, 2, dt.datetime(2025, 9, 1), book.add_format({"num_format": "d-m-yyyy"})
        )
    sheet.merge_range("A2:A4", "Org A")
    sheet.merge_range("A50:A52", "Org B")
    book.close()
    _same_as_whole(path)
    with zipfile.ZipFile(path) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()
        part = halves.sheet_parts(archive)["Blad1"]
        result = halves.read_in_halves(archive, "Blad1", part, archive.read(part))
    assert result is not None
    assert sorted(result[1]) == [((1, 0), (3, 0)), ((49, 0), (51, 0))]
    assert result[0][60][2] == dt.date(2025, 9, 1)


def test_a_comment_across_the_cut_sends_the_sheet_to_one_read(tmp_path):
    rows = "".join(inline_row(n, [f"r{n}"]) for n in range(1, 21))
    hidden = "".join(inline_row(n, [f"x{n}"]) for n in range(21, 41))
    more = "".join(inline_row(n, [f"r{n}"]) for n in range(41, 61))
    path = raw_xlsx(tmp_path / "c.xlsx", sheet_xml(rows + "<!--" + hidden + "-->" + more))
    assert _in_halves(path) is None
    rows_whole, _first = _whole(path)
    assert ["x30"] not in rows_whole


def test_a_sheet_without_plain_row_elements_is_read_whole(tmp_path):
    xml = (
        b'<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c>'
        b"</x:row></x:sheetData></x:worksheet>"
    )
    assert halves.cut(xml) is None


@pytest.mark.parametrize("kept", [True, False])
def test_the_reader_uses_halves_for_large_sheets_only(tmp_path, monkeypatch, kept):
    """open_workbook keeps the unpacked XML of a large sheet and reads it in halves."""
    if kept:
        monkeypatch.setattr(reader, "PARALLEL_MIN_BYTES", 0)
    calls = []
    real = reader.read_in_halves
    monkeypatch.setattr(
        reader,
        "read_in_halves",
        lambda *a: calls.append(a[1]) or real(*a),  # type: ignore[func-returns-value]
    )
    rows = [["Naam", "E-mail"], *[[f"N{n}", f"n{n}@example.nl"] for n in range(50)]]
    path = xlsx(tmp_path / "lijst.xlsx", rows, above=[[], ["Titel"]], more={"Ander": [["x"]]})
    book = open_workbook(path)
    data = book.sheet("Blad1")
    assert calls == (["Blad1"] if kept else [])
    assert data.rows[2] == ["Naam", "E-mail"] and data.excel_row(2) == 3
    assert book.sheet("Ander").rows == [["x"]]


def test_a_package_the_halves_cannot_follow_is_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "PARALLEL_MIN_BYTES", 0)

    def unreadable_parts(_archive):  # type: ignore[no-untyped-def]
        raise KeyError("xl/_rels/workbook.xml.rels")

    monkeypatch.setattr(reader, "sheet_parts", unreadable_parts)
    rows = [["Naam", "E-mail"], *[[f"N{n}", f"n{n}@example.nl"] for n in range(50)]]
    book = open_workbook(xlsx(tmp_path / "lijst.xlsx", rows))
    assert book.sheet("Blad1").rows[50] == ["N49", "n49@example.nl"]


def test_the_scan_keeps_no_more_xml_than_its_budget_for_all_sheets(tmp_path):
    from coordinator_app.excel.safety import inspect_package

    rows = [["Naam", "E-mail"], *[[f"N{n}", f"n{n}@example.nl"] for n in range(200)]]
    path = xlsx(tmp_path / "twee.xlsx", rows, more={"Tweede": rows})
    sizes = {
        i.filename: i.file_size
        for i in zipfile.ZipFile(path).infolist()
        if i.filename.startswith("xl/worksheets/")
    }
    one = max(sizes.values())
    assert set(inspect_package(path, keep=(1000, 2 * one)).sheet_xml) == set(sizes)
    kept = inspect_package(path, keep=(1000, one + 10)).sheet_xml
    assert len(kept) == 1
    assert sum(map(len, kept.values())) <= one + 10
