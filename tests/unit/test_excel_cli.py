"""The command-line contract of `import` and `export`: output, JSON keys and exit codes."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from coordinator_app.cli import run
from tests.helpers.workbooks import TRAINEE_HEADERS, trainee_rows, xlsx


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_then_reimport_unchanged(capsys, tmp_path):
    db = str(tmp_path / "db.sqlite3")
    path = xlsx(
        tmp_path / "t.xlsx",
        [
            TRAINEE_HEADERS + ["Programma", "Lichting"],
            *[r + ["Toekomst", "Lichting 2025"] for r in trainee_rows(3)],
        ],
    )
    code, out, err = _run(capsys, "import", "trainees", str(path), "--db", db, "--json")
    assert code == 0
    assert json.loads(out) == {"created": 3, "updated": 0, "unchanged": 0, "errors": []}
    assert "programma 'Toekomst'" in err and "lichting 'Lichting 2025'" in err
    code, out, _err = _run(capsys, "import", "trainees", str(path), "--db", db, "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 3


def test_errors_exit_2_write_nothing_and_give_an_error_report(capsys, tmp_path):
    db = str(tmp_path / "db.sqlite3")
    rows = [
        TRAINEE_HEADERS,
        *trainee_rows(2),
        ["A", "", "B", "kapot", "hbo"],
        ["C", "", "D", "c@example.nl", "?"],
    ]
    path = xlsx(tmp_path / "t.xlsx", rows)
    report_path = tmp_path / "fouten.xlsx"
    code, out, _err = _run(
        capsys,
        "import",
        "trainees",
        str(path),
        "--db",
        db,
        "--json",
        "--error-report",
        str(report_path),
    )
    assert code == 2
    result = json.loads(out)
    assert result["created"] == 2 and [e["row"] for e in result["errors"]] == [4, 5]
    assert {tuple(e) for e in result["errors"]} == {("sheet", "row", "column", "value", "message")}
    assert load_workbook(report_path)["Blad1"]["D4"].comment is not None
    code, out, _err = _run(capsys, "stats", "--db", db, "--json")
    assert json.loads(out)["trainees"] == 0


def test_dry_run_exit_codes(capsys, tmp_path):
    db = str(tmp_path / "db.sqlite3")
    good = xlsx(tmp_path / "goed.xlsx", [TRAINEE_HEADERS, *trainee_rows(2)])
    code, out, _err = _run(capsys, "import", "trainees", str(good), "--db", db, "--dry-run")
    assert code == 0 and "Proefimport" in out and "2 nieuw" in out
    bad = xlsx(tmp_path / "fout.xlsx", [TRAINEE_HEADERS, ["A", "", "B", "x", "hbo"]])
    code, out, _err = _run(capsys, "import", "trainees", str(bad), "--db", db, "--dry-run")
    assert code == 2 and "rij 2" in out and "kolom 'E-mail'" in out


def test_unreadable_file_is_one_line_on_stderr_exit_1(capsys, tmp_path):
    path = tmp_path / "oud.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    code, out, err = _run(
        capsys, "import", "trainees", str(path), "--db", str(tmp_path / "db.sqlite3")
    )
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Opslaan als" in err and "Traceback" not in err


def test_export_then_import_all(capsys, tmp_path):
    db = str(tmp_path / "db.sqlite3")
    path = xlsx(tmp_path / "t.xlsx", [TRAINEE_HEADERS, *trainee_rows(2)])
    assert _run(capsys, "import", "trainees", str(path), "--db", db)[0] == 0
    out_path = tmp_path / "alles.xlsx"
    code, out, _err = _run(capsys, "export", "all", str(out_path), "--db", db)
    assert code == 0 and "Trainees: 2" in out
    assert load_workbook(out_path).sheetnames == [
        "Programma's",
        "Organisaties",
        "Trainees",
        "Opdrachten",
        "Plaatsingen",
        "Bijeenkomsten",
        "Aanwezigheid",
    ]
    code, out, _err = _run(capsys, "import", "all", str(out_path), "--db", db, "--json")
    assert code == 0 and json.loads(out) == {
        "created": 0,
        "updated": 0,
        "unchanged": 2,
        "errors": [],
    }


def test_export_needs_xlsx(capsys, tmp_path):
    code, _out, err = _run(
        capsys, "export", "trainees", str(tmp_path / "x.csv"), "--db", str(tmp_path / "d.sqlite3")
    )
    assert code == 1 and ".xlsx" in err
