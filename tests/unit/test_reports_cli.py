"""`coordinator-app report KIND --db PATH --out FILE.pdf ...`: documents from the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from coordinator_app.cli import run
from coordinator_app.reports.targets import ReportError, parse_day
from coordinator_app.services.demo import write_demo_database

TRAINEE = "lukasz.kowalski@toekomstvangroningen.example"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
        patch.setenv("XDG_DATA_HOME", str(folder / "data"))
        path = folder / "demo.sqlite3"
        write_demo_database(str(path))
    return str(path)


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["trajectory", "--trainee", TRAINEE.upper()], "Łukasz Kowalski"),
        (["certificate", "--trainee", TRAINEE], "Bewijs van deelname"),
        (["assignment", "--assignment", "1"], "Dideldom"),
        (["session", "--session", "102"], "Participatiesessie: een jaar later"),
        (["signin", "--session", "103"], "Presentielijst"),
        (["badges", "--cohort", "npg 2026"], "Mees Boersma"),
        (["badges", "--session", "1"], "Anna van der Berg"),
        (["cohort", "--cohort", "GOA Publiek 2026"], "Voortgangsrapportage GOA Publiek 2026"),
        (["outcomes", "--from", "1-9-2025", "--to", "31 december 2025"], "1 september 2025"),
    ],
)
def test_report_writes_the_document(demo_db, tmp_path, capsys, arguments, expected):
    out = tmp_path / "doc.pdf"
    code = run(["report", arguments[0], "--db", demo_db, "--out", str(out), *arguments[1:]])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert str(out) in captured.out
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages)
    assert expected in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["trajectory"], "een trainee (--trainee"),
        (["trajectory", "--trainee", "niemand@example.nl"], "geen trainee met e-mailadres"),
        (["session", "--session", "99999"], "geen bijeenkomst met nummer 99999"),
        (["assignment", "--assignment", "99999"], "geen opdracht met nummer 99999"),
        (["assignment"], "een opdracht (--assignment"),
        (["cohort", "--cohort", "Bestaat Niet"], "geen lichting met de naam 'Bestaat Niet'"),
        (["badges"], "bijeenkomst (--session NUMMER) of een lichting"),
        (["outcomes", "--from", "2026-01-01"], "periode"),
        (["outcomes", "--from", "31-13-2026", "--to", "1-1-2027"], "geen geldige datum"),
        (["outcomes", "--from", "2026-02-01", "--to", "2026-01-01"], "vóór de begindatum"),
    ],
)
def test_a_missing_or_unknown_target_is_one_dutch_line_and_exit_1(
    demo_db, tmp_path, capsys, arguments, message
):
    out = tmp_path / "doc.pdf"
    code = run(["report", arguments[0], "--db", demo_db, "--out", str(out), *arguments[1:]])
    err = capsys.readouterr().err
    assert code == 1
    assert message in err
    assert err.startswith("coordinator-app: fout: ")
    assert err.count("\n") == 1
    assert not out.exists()


def test_unknown_kind_and_wrong_extension(demo_db, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(["report", "poster", "--db", demo_db, "--out", str(tmp_path / "x.pdf")])
    assert exit_info.value.code == 2
    capsys.readouterr()
    code = run(["report", "cohort", "--db", demo_db, "--out", str(tmp_path / "x.docx"),
                "--cohort", "NPG 2026"])  # fmt: skip
    assert code == 1
    assert ".pdf" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-22", dt.date(2026, 11, 22)),
        ("22-11-2026", dt.date(2026, 11, 22)),
        ("22/11/2026", dt.date(2026, 11, 22)),
        ("1.2.2026", dt.date(2026, 2, 1)),
        ("22 november 2026", dt.date(2026, 11, 22)),
        ("3 Mrt 2026", dt.date(2026, 3, 3)),
        ("5 okt. 2026", dt.date(2026, 10, 5)),
    ],
)
def test_dates_in_iso_or_dutch(text, day):
    assert parse_day(text) == day


@pytest.mark.parametrize("text", ["", "morgen", "2026-02-30", "31 smarch 2026", "12-2026"])
def test_nonsense_dates_are_refused(text):
    with pytest.raises(ReportError, match="geen geldige datum"):
        parse_day(text)


def test_help_lists_the_report_command(capsys):
    with pytest.raises(SystemExit):
        run(["report", "--help"])
    out = capsys.readouterr().out
    for word in ("--trainee", "--session", "--assignment", "--cohort", "--from", "--to"):
        assert word in out


def test_out_folder_must_exist(demo_db, tmp_path, capsys):
    code = run(["report", "cohort", "--db", demo_db, "--cohort", "NPG 2026",
                "--out", str(tmp_path / "nope" / "x.pdf")])  # fmt: skip
    assert code == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not Path(tmp_path / "nope").exists()
