"""No personal data in the log file, not even when something fails.

An import with a planted name runs through the command line twice: once well, once
into a database that refuses the row (a trigger raises an error that quotes the
name, and the driver's error carries the row's values). The log must record the
failure, with its traceback and SQL, but neither the name nor the e-mail address.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app import logs
from coordinator_app.cli import EXIT_BUG, run
from coordinator_app.context import AppContext
from tests.helpers.workbooks import xlsx

PLANTED = "Xylofoonbouwer"
PLANTED_EMAIL = "quirine.xylofoon@example.nl"


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh log file for this test (the logger is configured once per process)."""
    monkeypatch.setenv("COORDINATOR_LOG_DIR", str(tmp_path / "logs"))
    logger = logging.getLogger("coordinator_app")
    saved = logger.handlers[:]
    logger.handlers[:] = [h for h in saved if not getattr(h, "coordinator_log_file", False)]
    yield logs.log_file()
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = saved


def _workbook(tmp_path: Path) -> Path:
    return xlsx(
        tmp_path / "trainees.xlsx",
        [
            ["Voornaam", "Achternaam", "E-mail", "Opleidingsniveau", "Notities"],
            ["Quirine", PLANTED, PLANTED_EMAIL, "hbo", f"Notitie over {PLANTED}"],
            ["Bram", "Smit", "bram@example.nl", "wo", ""],
        ],
    )


def _refuse_the_planted_name(database: Path) -> None:
    connection = sqlite3.connect(database)
    connection.execute(
        f"CREATE TRIGGER refuse BEFORE INSERT ON trainee WHEN NEW.surname = '{PLANTED}' "
        f"BEGIN SELECT RAISE(ABORT, 'geweigerd: {PLANTED}'); END"
    )
    connection.commit()
    connection.close()


def _assert_clean(text: str) -> None:
    for needle in (PLANTED, PLANTED.lower(), PLANTED_EMAIL, "Quirine"):
        assert needle not in text, f"the log holds {needle!r}"


def test_import_and_failure_leave_no_name_in_the_log(tmp_path, log_path, capsys):
    good = tmp_path / "good.sqlite3"
    AppContext.open(str(good), settings_path=tmp_path / "s.json").close()
    workbook = _workbook(tmp_path)
    assert run(["import", "trainees", str(workbook), "--db", str(good)]) == 0

    bad = tmp_path / "bad.sqlite3"
    AppContext.open(str(bad), settings_path=tmp_path / "s.json").close()
    _refuse_the_planted_name(bad)
    assert run(["import", "trainees", str(workbook), "--db", str(bad)]) == EXIT_BUG
    err = capsys.readouterr().err
    assert "onverwachte fout (IntegrityError)" in err

    text = log_path.read_text(encoding="utf-8")
    assert "unexpected error" in text
    assert "Traceback (most recent call last)" in text
    assert "sqlalchemy.exc.IntegrityError" in text
    assert "INSERT INTO" in text  # what failed is still there for whoever debugs it
    assert logs.HIDDEN in text
    _assert_clean(text)


def test_a_traceback_keeps_frames_and_types_but_no_messages(log_path):
    logs.configure_logging()
    logger = logging.getLogger("coordinator_app.views.forms.base")
    try:
        try:
            raise KeyError(PLANTED_EMAIL)
        except KeyError as inner:
            raise ValueError(f"kon {PLANTED} niet opslaan") from inner
    except ValueError as exc:
        logger.error("saving trainee failed", exc_info=exc)
    text = log_path.read_text(encoding="utf-8")
    assert "saving trainee failed" in text
    assert "KeyError: " + logs.HIDDEN in text
    assert "ValueError: " + logs.HIDDEN in text
    assert "direct cause" in text
    assert "test_log_privacy.py" in text  # the frames are kept
    _assert_clean(text)


def test_logger_exception_inside_an_except_block_is_clean_too(log_path):
    logs.configure_logging()
    logger = logging.getLogger("coordinator_app.views.sessions.common")
    try:
        raise RuntimeError(f"Deelnemer {PLANTED} bestaat niet")
    except RuntimeError:
        logger.exception("session view action failed")
    _assert_clean(log_path.read_text(encoding="utf-8"))
