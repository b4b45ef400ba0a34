"""Broken and hostile files: each refused with its own clear message, never a crash."""

from __future__ import annotations

import datetime as dt
import threading
import zipfile
from pathlib import Path

import pytest

from coordinator_app.excel import errors
from coordinator_app.excel.limits import ReadLimits
from coordinator_app.excel.reader import open_workbook
from coordinator_app.excel.safety import check_xml_hardening
from tests.helpers.workbooks import (
    TRAINEE_HEADERS,
    bomb_xlsx,
    csv_file,
    inline_row,
    raw_xlsx,
    sheet_xml,
    trainee_rows,
    xlsx,
)


def _unpacking() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "unpack"]


def _refused(
    path: Path, kind: type[errors.SpreadsheetError], *words: str, limits: ReadLimits | None = None
) -> str:
    with pytest.raises(kind) as caught:
        book = open_workbook(path, limits or ReadLimits())
        for name in book.sheet_names:
            book.sheet(name)
    assert not _unpacking()  # a part unpacked ahead is stopped, even with the error at hand
    message = caught.value.message
    assert "\n" not in message
    for word in words:
        assert word in message, message
    return message


def test_openpyxl_parses_with_defusedxml():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML
    check_xml_hardening()


def test_empty_file(tmp_path):
    path = tmp_path / "leeg.xlsx"
    path.write_bytes(b"")
    _refused(path, errors.DamagedFileError, "leeg")


def test_csv_renamed_to_xlsx(tmp_path):
    path = csv_file(tmp_path / "lijst.xlsx", [TRAINEE_HEADERS, *trainee_rows(2)])
    _refused(path, errors.DamagedFileError, "tekstbestand", ".csv")


def test_old_xls_gets_save_as_instructions(tmp_path):
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    _refused(path, errors.UnsupportedFormatError, ".xls", "Opslaan als", ".xlsx")


def test_password_protected_workbook(tmp_path):
    path = tmp_path / "geheim.xlsx"
    body = (
        "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")
    )
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + body)
    _refused(path, errors.ProtectedFileError, "wachtwoord")


def test_truncated_zip(tmp_path):
    whole = xlsx(tmp_path / "heel.xlsx", [TRAINEE_HEADERS, *trainee_rows(50)])
    cut = tmp_path / "afgebroken.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    _refused(cut, errors.DamagedFileError, "onvolledig")


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "brief.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    _refused(path, errors.DamagedFileError, "Word-document", "geen Excel-werkmap")
    other = tmp_path / "archief.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8")
    _refused(other, errors.DamagedFileError, "zip-archief")


def test_non_zip_binary_named_xlsx(tmp_path):
    path = tmp_path / "ruis.xlsx"
    path.write_bytes(bytes(range(256)) * 8)
    _refused(path, errors.DamagedFileError, "geen geldig Excel-bestand")


def test_cell_declared_at_the_far_corner_is_refused_without_allocating(tmp_path):
    cells = (
        inline_row(1, ["Naam", "E-mail"])
        + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    )
    path = raw_xlsx(tmp_path / "ver.xlsx", sheet_xml(cells, dimension="A1:XFD1048576"))
    _refused(path, errors.HostileFileError, "XFD1048576", "lege rijen")


def test_declared_dimension_alone_does_not_matter(tmp_path):
    path = raw_xlsx(
        tmp_path / "dim.xlsx",
        sheet_xml(inline_row(1, ["Naam", "E-mail"]), dimension="A1:XFD1048576"),
    )
    book = open_workbook(path)
    assert book.sheet("Blad1").rows == [["Naam", "E-mail"]]


def test_xml_entity_bomb(tmp_path):
    prolog = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    cells = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
    path = raw_xlsx(tmp_path / "bom.xlsx", sheet_xml(cells, prolog=prolog))
    _refused(path, errors.HostileFileError, "XML-bom")


def test_small_file_that_expands_to_gigabytes_is_stopped_at_the_limit(tmp_path):
    path = bomb_xlsx(tmp_path / "klein.xlsx", megabytes=64)
    assert path.stat().st_size < 1024 * 1024  # under a megabyte on disk
    limits = ReadLimits(max_uncompressed_bytes=16 * 1024 * 1024)
    _refused(path, errors.HostileFileError, "pakt uit tot meer dan 16 MB", limits=limits)


def test_lying_zip_sizes_are_caught(tmp_path):
    """The directory claims a small sheet, the data inflates far beyond it: refused."""
    body = '<row r="1"></row>' + " " * (8 * 1024 * 1024)
    path = raw_xlsx(tmp_path / "leugen.xlsx", sheet_xml(body))
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    local = data.find(b"PK\x03\x04" + data[4:4])  # first local header
    while local != -1:
        length = int.from_bytes(data[local + 26 : local + 28], "little")
        if data[local + 30 : local + 30 + length] == name:
            data[local + 22 : local + 26] = (1000).to_bytes(4, "little")
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        length = int.from_bytes(data[central + 28 : central + 30], "little")
        if data[central + 46 : central + 46 + length] == name:
            data[central + 24 : central + 28] = (1000).to_bytes(4, "little")
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(name.decode()).file_size == 1000
    _refused(
        path,
        errors.DamagedFileError,
        "beschadigd",
        limits=ReadLimits(max_uncompressed_bytes=4 * 1024 * 1024),
    )


def test_too_many_rows(tmp_path):
    path = xlsx(tmp_path / "veel.xlsx", [TRAINEE_HEADERS, *trainee_rows(40)])
    _refused(path, errors.HostileFileError, "rijen", limits=ReadLimits(max_rows=20))


def test_dates_of_the_1904_system(tmp_path):
    path = xlsx(tmp_path / "mac.xlsx", [["Datum"], [dt.date(2025, 9, 1)]], epoch_1904=True)
    book = open_workbook(path)
    assert book.date1904
    value = book.sheet("Blad1").rows[1][0]
    assert (value.date() if isinstance(value, dt.datetime) else value) == dt.date(2025, 9, 1)


def test_unknown_extension(tmp_path):
    path = tmp_path / "lijst.pdf"
    path.write_bytes(b"%PDF-1.4")
    _refused(path, errors.UnsupportedFormatError, ".pdf")


def test_missing_file(tmp_path):
    _refused(tmp_path / "weg.xlsx", errors.SpreadsheetError, "bestaat niet")


# --- large parts are unpacked on a helper thread: checked the same, nothing left running ---


def _large_rows(count: int) -> str:
    """Rows of XML, enough of them to take a sheet past the size that is unpacked ahead."""
    return "".join(inline_row(n, [f"Naam {n}", f"n{n}@example.nl"]) for n in range(1, count + 1))


def _far_cell_first(path: Path) -> Path:
    """A large sheet whose first row reaches the far corner: the scan stops at once."""
    rows = _large_rows(60_000)
    assert len(rows) > 4 * 1024 * 1024
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return raw_xlsx(path, sheet_xml(far + rows))


def test_a_far_cell_in_a_large_part_is_refused_and_the_helper_stops(tmp_path):
    _refused(_far_cell_first(tmp_path / "groot.xlsx"), errors.HostileFileError, "XFD1048576")


def test_a_damaged_large_part_is_refused_and_its_helper_stopped(tmp_path):
    rows = _large_rows(60_000)
    whole = raw_xlsx(tmp_path / "heel.xlsx", sheet_xml(rows))
    data = whole.read_bytes()
    name = b"xl/worksheets/sheet1.xml"
    start = data.find(b"PK\x03\x04" + data[4:4])
    while data[start + 30 : start + 30 + len(name)] != name:
        start = data.find(b"PK\x03\x04", start + 4)
    body = start + 30 + len(name) + int.from_bytes(data[start + 28 : start + 30], "little")
    broken = bytearray(data)
    middle = body + (len(data) - body) // 3
    broken[middle : middle + 4096] = bytes(4096)  # the deflate stream is damaged midway
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(bytes(broken))
    _refused(path, errors.DamagedFileError)


def test_a_large_part_unpacked_ahead_gives_the_same_bytes(tmp_path):
    from contextlib import closing

    from coordinator_app.excel.safety import _chunks

    rows = _large_rows(60_000).encode()
    path = tmp_path / "part.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("part.xml", rows)
    with zipfile.ZipFile(path) as archive:
        item = archive.getinfo("part.xml")
        with archive.open(item) as handle:
            assert b"".join(_chunks(handle, item.file_size)) == rows
        with archive.open(item) as handle, closing(_chunks(handle, item.file_size)) as chunks:
            assert len(next(chunks)) == 1024 * 1024
            assert _unpacking()  # the helper is unpacking ahead ...
        assert not _unpacking()  # ... and stops when the reader stops early


def test_the_scan_stops_its_helper_before_the_error_leaves_it(tmp_path):
    """The helper is stopped as the scan stops, not later when the error is let go."""
    from coordinator_app.excel.safety import inspect_package

    path = _far_cell_first(tmp_path / "groot.xlsx")
    with pytest.raises(errors.HostileFileError) as caught:
        inspect_package(path)
    assert caught.tb is not None  # the scan's frames, and what they hold, are still alive
    assert not _unpacking()
