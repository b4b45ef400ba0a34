"""Every file the application writes is readable by the user only (mode 0600).

Exports, error reports, templates, PDFs, the inzage and the log hold personal data or
may. The tests run under a permissive umask (022, files 0644 by default) and also
write over an existing world-readable file, which must not keep its old mode.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app.excel.error_report import write_error_report
from coordinator_app.excel.export import export_kind
from coordinator_app.excel.model import Problem
from coordinator_app.excel.table_export import write_table as write_screen_table
from coordinator_app.excel.templates import write_template
from coordinator_app.excel.writer import write_table
from coordinator_app.paths import make_private
from coordinator_app.reports import ReportKind, ReportTarget, make_report
from coordinator_app.services.ics import write_ics
from tests.helpers import factories as f
from tests.helpers.workbooks import xlsx

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")


@pytest.fixture(autouse=True)
def _permissive_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _world_readable(path: Path) -> Path:
    path.write_bytes(b"old")
    path.chmod(0o644)
    return path


def test_make_private_creates_or_restricts(tmp_path):
    new = make_private(tmp_path / "new.txt")
    assert new.exists()
    assert _mode(new) == 0o600
    old = _world_readable(tmp_path / "old.txt")
    make_private(old)
    assert _mode(old) == 0o600
    assert old.read_bytes() == b"old"  # the mode changes, the contents do not


def test_excel_export_of_a_kind(sqlite_context, tmp_path):
    with sqlite_context.transaction() as s:
        f.trainee(s, given="Anna")
    out = _world_readable(tmp_path / "trainees.xlsx")
    export_kind(sqlite_context, "trainees", out)
    assert _mode(out) == 0o600
    assert out.read_bytes().startswith(b"PK")


def test_table_workbook_and_screen_export(tmp_path):
    book = write_table(tmp_path / "tabel.xlsx", "Blad", ["Naam"], [["Anna"]])
    screen = write_screen_table(tmp_path / "scherm.xlsx", "Trainees", ["Naam"], [["Anna"]])
    assert _mode(book) == 0o600
    assert _mode(screen) == 0o600


def test_error_report_and_template(sqlite_context, tmp_path):
    source = xlsx(tmp_path / "in.xlsx", [["Naam", "E-mail"], ["Anna", "geen-adres"]])
    problem = Problem("Blad1", 2, "E-mail", "geen-adres", "Geen geldig e-mailadres.", 2)
    report = write_error_report(source, [problem], tmp_path / "fouten.xlsx")
    with sqlite_context.read_session() as s:
        template = write_template(s, "trainees", tmp_path / "sjabloon.xlsx")
    assert _mode(report) == 0o600
    assert _mode(template) == 0o600


def test_pdf_document(sqlite_context, tmp_path):
    with sqlite_context.transaction() as s:
        trainee_id = f.trainee(s, given="Anna").id
    out = _world_readable(tmp_path / "traject.pdf")
    make_report(sqlite_context, ReportKind.TRAJECTORY, ReportTarget(trainee_id=trainee_id), out)
    assert _mode(out) == 0o600
    assert out.read_bytes().startswith(b"%PDF")


def test_calendar_file(tmp_path):
    out = tmp_path / "agenda.ics"
    write_ics(str(out), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert _mode(out) == 0o600


def test_log_file(tmp_path, monkeypatch):
    from coordinator_app import logs

    monkeypatch.setenv("COORDINATOR_LOG_DIR", str(tmp_path / "logs"))
    logger = logging.getLogger("coordinator_app")
    saved = logger.handlers[:]
    logger.handlers[:] = [h for h in saved if not getattr(h, "coordinator_log_file", False)]
    try:
        logs.configure_logging()
        logging.getLogger("coordinator_app.test").warning("een regel")
        assert _mode(logs.log_file()) == 0o600
    finally:
        for handler in logger.handlers:
            handler.close()
        logger.handlers[:] = saved
