"""Look at a file before trusting it: what it really is, and whether it is safe to expand.

Spreadsheets come from other people. Before a reader expands anything, this module
checks the file's first bytes (an .xlsx that is really a CSV, an old .xls, an
encrypted workbook), walks the zip package with bounded reads (a small file that
inflates to gigabytes is stopped at the limit, not after it), refuses XML with
entity declarations (the "billion laughs" bomb), and finds the used area of each
worksheet from its cell references, because the fast reader allocates that area
densely: a single cell at XFD1048576 would ask for hundreds of gigabytes.
"""

from __future__ import annotations

import queue
import re
import threading
import zipfile
import zlib
from collections.abc import Generator
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from coordinator_app.excel.errors import (
    DamagedFileError,
    HostileFileError,
    ProtectedFileError,
    SpreadsheetError,
    UnsupportedFormatError,
)
from coordinator_app.excel.limits import DEFAULT_LIMITS, ReadLimits

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1024 * 1024

_ROW_REF = re.compile(rb"<row r=\"(\d+)\"")
# Cell references with a column of two or three letters, or a row of six or seven
# digits: the only ones that can push the used area past the limits. Ordinary sheets
# (columns A-Z, fewer than 100,000 rows) produce no match, so the scan stays cheap.
_FAR_CELL_REF = re.compile(rb"r=\"([A-Z]{2,3})(\d+)\"|r=\"([A-Z])(\d{6,})\"")
_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def dutch_number(value: int) -> str:
    """200000 -> "200.000", as a Dutch reader writes it."""
    return f"{value:,}".replace(",", ".")


def column_number(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + (ord(char) - 64)
    return number


def check_xml_hardening() -> None:
    """Refuse to run when openpyxl would parse XML without defusedxml.

    openpyxl switches to defusedxml by itself when the package is installed (and
    the OPENPYXL_DEFUSEDXML variable does not turn it off); the application reads
    files from outside, so it checks this at start-up instead of assuming it.
    """
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise SpreadsheetError(
            "Beveiliging ontbreekt: openpyxl gebruikt defusedxml niet (is het pakket "
            "defusedxml geïnstalleerd en staat OPENPYXL_DEFUSEDXML niet op False?). "
            "Excel-bestanden worden daarom niet geopend."
        )


@dataclass
class PackageInfo:
    """What the pre-scan learned about a workbook package."""

    uncompressed_bytes: int = 0
    # Per worksheet part (e.g. "xl/worksheets/sheet1.xml"): (max row, max column).
    used_area: dict[str, tuple[int, int]] = field(default_factory=dict)
    is_macro_enabled: bool = False
    # The unpacked XML of worksheets kept for the reader (see ``keep`` below).
    sheet_xml: dict[str, bytes] = field(default_factory=dict)


def sniff_format(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """The format we will read the file as: "xlsx" or "csv"; anything else is refused."""
    if not path.exists():
        raise SpreadsheetError(f"Het bestand {path} bestaat niet.")
    if path.is_dir():
        raise SpreadsheetError(f"{path} is een map, geen bestand.")
    size = path.stat().st_size
    if size == 0:
        raise DamagedFileError(f"Het bestand {path.name} is leeg (0 bytes).")
    if size > limits.max_file_bytes:
        raise HostileFileError(
            f"Het bestand {path.name} is {size // (1024 * 1024)} MB; het maximum is "
            f"{limits.max_file_bytes // (1024 * 1024)} MB."
        )
    suffix = path.suffix.lower()
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(OLE2_MAGIC):
        if _is_encrypted_ooxml(path):
            raise ProtectedFileError(
                f"{path.name} is beveiligd met een wachtwoord en kan niet worden gelezen. "
                "Open het in Excel, kies Bestand > Info > Werkmap beveiligen > Versleutelen "
                "met wachtwoord, maak het wachtwoord leeg en sla het bestand opnieuw op."
            )
        raise UnsupportedFormatError(
            f"{path.name} is in het oude Excel-formaat (.xls), dat niet wordt gelezen. "
            "Open het in Excel en kies Bestand > Opslaan als > 'Excel-werkmap (*.xlsx)'; "
            "importeer daarna het .xlsx-bestand."
        )
    if suffix == ".xls":
        raise UnsupportedFormatError(
            f"{path.name} heeft de extensie .xls maar is geen Excel 97-2003-bestand. "
            "Sla het in Excel op als 'Excel-werkmap (*.xlsx)' en probeer het opnieuw."
        )
    if suffix in (".ods", ".numbers"):
        raise UnsupportedFormatError(
            f"{path.name} is geen Excel-bestand. Sla het op als 'Excel-werkmap (*.xlsx)' "
            "of als CSV en importeer dat bestand."
        )
    if suffix in (".xlsx", ".xlsm"):
        if head.startswith(ZIP_MAGIC):
            return "xlsx"
        if head.startswith(EMPTY_ZIP_MAGIC):
            raise DamagedFileError(f"{path.name} is een leeg zip-archief, geen werkmap.")
        if _looks_like_text(head):
            raise DamagedFileError(
                f"{path.name} heet een Excel-bestand maar is een tekstbestand (waarschijnlijk "
                "CSV met een andere extensie). Geef het de extensie .csv, of open het in "
                "Excel en sla het op als 'Excel-werkmap (*.xlsx)'."
            )
        raise DamagedFileError(
            f"{path.name} is geen geldig Excel-bestand (het begint niet als een werkmap). "
            "Het is mogelijk beschadigd; vraag het opnieuw op."
        )
    if suffix in (".csv", ".txt"):
        if head.startswith(ZIP_MAGIC):
            raise DamagedFileError(
                f"{path.name} heet een CSV-bestand maar is een zip-archief (misschien een "
                ".xlsx met een andere extensie). Geef het de extensie .xlsx."
            )
        if not _looks_like_text(head):
            raise DamagedFileError(
                f"{path.name} is geen tekstbestand en dus geen CSV; het is mogelijk beschadigd."
            )
        return "csv"
    raise UnsupportedFormatError(
        f"Bestanden met de extensie '{path.suffix or '(geen)'}' worden niet gelezen; "
        "gebruik .xlsx, .xlsm of .csv."
    )


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    sample = head[:-4] if len(head) == 4096 else head  # a multi-byte char may be cut off
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError:
        pass
    # Windows-1252: bytes below 0x20 other than tab, CR and LF do not occur in text.
    return not any(b < 0x20 and b not in (9, 10, 13) for b in sample)


def _is_encrypted_ooxml(path: Path) -> bool:
    """Encrypted .xlsx files are OLE2 containers with an 'EncryptedPackage' stream."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as handle:
        tail = b""
        while chunk := handle.read(_CHUNK):
            if marker in tail + chunk:
                return True
            tail = chunk[-len(marker) :]
    return False


def inspect_package(
    path: Path, limits: ReadLimits = DEFAULT_LIMITS, keep: tuple[int, int] = (0, 0)
) -> PackageInfo:
    """Check a workbook's zip package part by part, reading at most the limits.

    Worksheets of at least ``keep[0]`` bytes unpacked are kept in
    ``PackageInfo.sheet_xml``, up to ``keep[1]`` bytes for all of them together, so
    the reader need not unpack them a second time.

    Raises a :class:`SpreadsheetError` with a precise Dutch message for a truncated
    zip, a zip that is no workbook, an XML entity bomb, or a package or worksheet
    larger than the limits.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, NotImplementedError, EOFError, ValueError) as exc:
        raise DamagedFileError(
            f"{path.name} is onvolledig of beschadigd (het zip-archief is afgebroken). "
            "Vraag het bestand opnieuw op of sla het in Excel opnieuw op."
        ) from exc
    info = PackageInfo()
    with archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names:
            raise DamagedFileError(_not_a_workbook(path, names))
        if "xl/vbaProject.bin" in names:
            info.is_macro_enabled = True
        declared = sum(item.file_size for item in archive.infolist())
        if declared > limits.max_uncompressed_bytes:
            raise HostileFileError(_too_large(path, declared, limits))
        sheets = [n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        if len(sheets) > limits.max_sheets:
            raise HostileFileError(
                f"{path.name} heeft {len(sheets)} werkbladen; het maximum is {limits.max_sheets}."
            )
        for item in archive.infolist():
            if item.is_dir():
                continue
            lower = item.filename.lower()
            is_xml = lower.endswith((".xml", ".rels", ".vml"))
            is_sheet = item.filename in sheets
            room = keep[1] - sum(map(len, info.sheet_xml.values()))
            kept = is_sheet and keep[0] <= item.file_size <= room
            info.uncompressed_bytes += _scan_member(
                archive, item, is_xml, is_sheet, info, path, limits, room if kept else 0
            )
            if info.uncompressed_bytes > limits.max_uncompressed_bytes:
                raise HostileFileError(_too_large(path, info.uncompressed_bytes, limits))
    return info


def _scan_member(
    archive: zipfile.ZipFile,
    item: zipfile.ZipInfo,
    is_xml: bool,
    is_sheet: bool,
    info: PackageInfo,
    path: Path,
    limits: ReadLimits,
    keep_up_to: int = 0,
) -> int:
    """Read one part in bounded chunks; return its real size.

    The part is held whole only when ``keep_up_to`` allows it (and only up to that
    size): then it goes into ``info.sheet_xml``.
    """
    size = 0
    kept: list[bytes] | None = [] if keep_up_to else None
    max_row = max_col = 0
    carry = b""
    try:
        with archive.open(item) as handle, closing(_chunks(handle, item.file_size)) as chunks:
            first = True
            for chunk in chunks:
                size += len(chunk)
                if size > limits.max_uncompressed_bytes:
                    raise HostileFileError(_too_large(path, size, limits))
                if kept is not None and size <= keep_up_to:
                    kept.append(chunk)
                elif kept is not None:
                    kept = None  # larger than its header said: read it the usual way
                if not is_xml:
                    continue
                window = carry + chunk
                if first and _DOCTYPE.search(window[:4096]):
                    raise HostileFileError(
                        f"{path.name} bevat XML met eigen definities (DOCTYPE/ENTITY), zoals "
                        "een 'XML-bom' die bij het openen gigabytes geheugen vraagt. Excel "
                        "maakt zulke bestanden niet; het bestand wordt niet gelezen."
                    )
                first = False
                if is_sheet:
                    max_row, max_col = _used_area(window, max_row, max_col)
                    if (
                        max_row > limits.max_rows
                        or max_col > limits.max_columns
                        or (max_row * max_col > limits.max_cells)
                    ):
                        raise HostileFileError(
                            _too_wide(path, item.filename, max_row, max_col, limits)
                        )
                carry = chunk[-64:]
    except zipfile.BadZipFile as exc:
        raise DamagedFileError(
            f"{path.name} is beschadigd: onderdeel {item.filename} klopt niet "
            f"({exc}). Vraag het bestand opnieuw op."
        ) from exc
    except (EOFError, OSError, RuntimeError, NotImplementedError, zlib.error) as exc:
        if "encrypted" in str(exc).lower() or "password" in str(exc).lower():
            raise ProtectedFileError(f"{path.name} is beveiligd met een wachtwoord.") from exc
        raise DamagedFileError(
            f"{path.name} is onvolledig of beschadigd (onderdeel {item.filename} kan niet "
            "worden uitgepakt). Vraag het bestand opnieuw op."
        ) from exc
    if is_sheet:
        info.used_area[item.filename] = (max_row, max_col)
    if kept:
        info.sheet_xml[item.filename] = b"".join(kept)
    return size


# From this size on a part is unpacked on a helper thread (zlib works without Python's
# interpreter lock) while this thread looks through the chunks already unpacked.
_READ_AHEAD_BYTES = 4 * 1024 * 1024
_CHUNKS_AHEAD = 2


def _chunks(handle: IO[bytes], declared_size: int) -> Generator[bytes, None, None]:
    """The part's chunks; a large part is unpacked on a helper thread, at most two ahead.

    A failure to unpack is raised here in either case. Closing the generator (as the
    caller does when it stops early) stops the helper before the part is closed.
    """
    if declared_size < _READ_AHEAD_BYTES:
        while chunk := handle.read(_CHUNK):
            yield chunk
        return
    ready: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=_CHUNKS_AHEAD)
    stop = threading.Event()

    def unpack() -> None:
        try:
            while not stop.is_set():
                chunk = handle.read(_CHUNK)
                ready.put(chunk)
                if not chunk:
                    return
        except BaseException as exc:  # noqa: BLE001 - raised again in the reading thread
            ready.put(exc)

    helper = threading.Thread(target=unpack, name="unpack", daemon=True)
    helper.start()
    try:
        while True:
            unpacked = ready.get()
            if isinstance(unpacked, BaseException):
                raise unpacked
            if not unpacked:
                return
            yield unpacked
    finally:
        stop.set()
        while helper.is_alive():  # let a helper blocked on a full queue finish
            with suppress(queue.Empty):
                ready.get(timeout=0.01)
        helper.join()


def _used_area(window: bytes, max_row: int, max_col: int) -> tuple[int, int]:
    rows = _ROW_REF.findall(window)
    if rows:
        max_row = max(max_row, max(map(int, rows)))
    for wide, wide_row, deep, deep_row in _FAR_CELL_REF.findall(window):
        max_col = max(max_col, column_number((wide or deep).decode()))
        max_row = max(max_row, int(wide_row or deep_row))
    # Without wide references the columns stay within A-Z.
    return max_row, max(max_col, 26 if max_row else 0)


def _not_a_workbook(path: Path, names: set[str]) -> str:
    if "word/document.xml" in names:
        what = "een Word-document"
    elif "ppt/presentation.xml" in names:
        what = "een PowerPoint-presentatie"
    elif "content.xml" in names and "mimetype" in names:
        what = "een OpenDocument-bestand"
    else:
        what = "een zip-archief"
    return (
        f"{path.name} is {what}, geen Excel-werkmap. Kies het juiste bestand, of open het "
        "in het programma dat het maakte en sla de tabel op als 'Excel-werkmap (*.xlsx)'."
    )


def _too_large(path: Path, size: int, limits: ReadLimits) -> str:
    return (
        f"{path.name} pakt uit tot meer dan {limits.max_uncompressed_bytes // (1024 * 1024)} MB "
        f"(minstens {size // (1024 * 1024)} MB); zo'n bestand wordt uit veiligheid niet gelezen. "
        "Splits de gegevens over kleinere bestanden."
    )


def _too_wide(path: Path, part: str, max_row: int, max_col: int, limits: ReadLimits) -> str:
    from openpyxl.utils import get_column_letter

    sheet = part.rsplit("/", 1)[-1].removesuffix(".xml")
    corner = f"{get_column_letter(min(max(max_col, 1), 18278))}{max_row}"
    return (
        f"{path.name}: werkblad-onderdeel {sheet} gebruikt cellen tot {corner} "
        f"({dutch_number(max_row)} rijen, {dutch_number(max_col)} kolommen); de grens is "
        f"{dutch_number(limits.max_rows)} rijen, {dutch_number(limits.max_columns)} kolommen "
        f"en {dutch_number(limits.max_cells)} cellen. Verwijder lege rijen en kolommen onder "
        "en rechts van de gegevens (of splits het bestand) en sla het opnieuw op."
    )
