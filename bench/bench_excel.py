"""Excel import and export against the bare libraries, in the same run.

* Import of 20,000 trainee rows (read, map, validate, upsert into a database) as a
  ratio to python-calamine only reading the same file: target at most 3x.
* Export of 100,000 attendance rows (query, format, write) as a ratio to a bare
  xlsxwriter constant-memory dump of the same values: target at most 1.5x.
* Peak memory of both, each in its own process beside its baseline's process.

Quick mode uses 500 and 2,000 rows. The data is made here (not taken from the
demo database) so that the sizes are exact.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.core import Config, Result  # noqa: E402

IMPORT_TARGET = 3.0
EXPORT_TARGET = 1.5
MEMORY_LIMIT_MB = 500.0
LEVELS = ("hbo", "wo", "mbo 4", "MBO niveau 3", "Associate degree", "WO master")
PLACES = ("Groningen", "Appingedam", "Haren", "Assen", "Emmen", "Winschoten", "het hogeland")


def write_trainee_file(path: Path, rows: int) -> Path:
    """A realistic trainee list: typed dates, mixed levels, former municipalities."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Trainees")
    date_format = book.add_format({"num_format": "dd-mm-yyyy"})
    headers = ["Voornaam", "Tussenvoegsel", "Achternaam", "E-mailadres", "Telefoon",
               "Opleidingsniveau", "Opleiding", "Woongemeente", "Programma", "Lichting", "Status",
               "Begin contract", "Einde contract", "Notities"]  # fmt: skip
    sheet.write_row(0, 0, headers)
    start, end = dt.date(2025, 9, 1), dt.date(2027, 8, 31)
    for i in range(1, rows + 1):
        sheet.write_row(i, 0, [
            f"Voornaam{i}", "van der" if i % 7 == 0 else "", f"Achternaam{i}",
            f"Trainee.{i}@Example.nl", f"06{i:08d}", LEVELS[i % len(LEVELS)], "Bestuurskunde",
            PLACES[i % len(PLACES)], "Bench Programma", "Bench Lichting", "actief",
        ])  # fmt: skip
        sheet.write_datetime(i, 11, start, date_format)
        sheet.write_datetime(i, 12, end, date_format)
        sheet.write_string(i, 13, f"opmerking {i}")
    book.close()
    return path


def empty_database(folder: Path) -> Path:
    """A migrated database with reference data and the programme the file names."""
    from coordinator_app.context import AppContext
    from coordinator_app.models import Cohort, Programme

    path = folder / "template.sqlite3"
    context = AppContext.open(str(path), settings_path=folder / "settings.json")
    try:
        with context.transaction() as session:
            programme = Programme(name="Bench Programma")
            session.add(
                Cohort(name="Bench Lichting", programme=programme, start_date=dt.date(2025, 9, 1))
            )
    finally:
        context.close()
    return path


def attendance_database(folder: Path, rows: int) -> Path:
    """A database with ``rows`` attendance registrations (Core inserts, made once)."""
    from sqlalchemy import insert

    from coordinator_app.context import AppContext
    from coordinator_app.models import (
        Attendance,
        AttendanceStatus,
        EducationLevel,
        SessionType,
        Trainee,
    )
    from coordinator_app.models import Session as SessionRecord
    from coordinator_app.text import sort_key

    path = folder / "attendance.sqlite3"
    per_session = 200
    sessions = max(1, rows // per_session)
    trainees = per_session
    context = AppContext.open(str(path), settings_path=folder / "settings.json")
    try:
        with context.transaction() as session:
            session.execute(insert(Trainee), [
                {"id": t, "given_name": f"Voornaam{t}", "prefix": "", "surname": f"Achternaam{t}",
                 "sort_name": sort_key(f"Voornaam{t}", "", f"Achternaam{t}"),
                 "email": f"t{t}@example.nl", "education_level": EducationLevel.HBO,
                 "checkin_code": f"B{t:07d}"}
                for t in range(1, trainees + 1)
            ])  # fmt: skip
            session.execute(insert(SessionRecord), [
                {"id": s, "type": SessionType.INTERVISION, "title": f"Intervisie {s}",
                 "date": dt.date(2025, 9, 1) + dt.timedelta(days=s), "start_time": dt.time(9, 30),
                 "end_time": dt.time(12), "location": "Groningen"}
                for s in range(1, sessions + 1)
            ])  # fmt: skip
            statuses = list(AttendanceStatus)
            batch = []
            for s in range(1, sessions + 1):
                day = dt.date(2025, 9, 1) + dt.timedelta(days=s)
                for t in range(1, trainees + 1):
                    present = t % 5 != 0
                    batch.append({
                        "session_id": s, "trainee_id": t, "status": statuses[t % len(statuses)],
                        "checked_in_at": (
                            dt.datetime.combine(day, dt.time(9, 20 + t % 10)) if present else None
                        ),
                        "note": "" if t % 3 else "te laat",
                        "feedback_score": 1 + t % 5 if present else None,
                    })  # fmt: skip
                if len(batch) >= 20_000:
                    session.execute(insert(Attendance), batch)
                    batch = []
            if batch:
                session.execute(insert(Attendance), batch)
    finally:
        context.close()
    return path


def _calamine_read(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    count = 0
    with CalamineWorkbook.from_path(str(path)) as book:
        for _row in book.get_sheet_by_index(0).iter_rows():
            count += 1
    return count


def _import_once(template: Path, workbook: Path, folder: Path) -> tuple[float, int]:
    from coordinator_app.context import AppContext
    from coordinator_app.excel.importer import ImportOptions, run_import

    target = folder / "run.sqlite3"
    for leftover in folder.glob("run.sqlite3*"):
        leftover.unlink()
    shutil.copyfile(template, target)
    context = AppContext.open(str(target), settings_path=folder / "settings.json")
    try:
        start = time.perf_counter()
        report = run_import(context, workbook, ImportOptions(kind="trainees"))
        elapsed = time.perf_counter() - start
    finally:
        context.close()
    if report.errors or not report.committed:
        raise RuntimeError(f"bench import failed: {report.as_dict()['errors'][:3]}")
    return elapsed, report.created


def _timed(fn, config: Config) -> float:  # type: ignore[no-untyped-def]
    for _ in range(config.warmup):
        fn()
    samples = []
    for _ in range(config.runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _bare_dump(values: list[list[object]], headers: list[str], out: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(
        str(out), {"constant_memory": True, "default_date_format": "dd-mm-yyyy"}
    )
    sheet = book.add_worksheet("Aanwezigheid")
    sheet.write_row(0, 0, headers)
    for index, row in enumerate(values, start=1):
        sheet.write_row(index, 0, row)
    book.close()


def run(config: Config, db_path: Path) -> list[Result]:  # noqa: ARG001 - makes its own data
    import_rows = 500 if config.quick else 20_000
    export_rows = 2_000 if config.quick else 100_000
    folder = Path(tempfile.mkdtemp(prefix="coordinator-bench-excel-"))
    try:
        return _run(config, folder, import_rows, export_rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(config: Config, folder: Path, import_rows: int, export_rows: int) -> list[Result]:
    from coordinator_app.context import AppContext
    from coordinator_app.excel.export import export_kind, headers, rows_for

    results: list[Result] = []
    workbook = write_trainee_file(folder / "trainees.xlsx", import_rows)
    template = empty_database(folder)

    baseline = _timed(lambda: _calamine_read(workbook), config)
    for _ in range(config.warmup):
        _import_once(template, workbook, folder)
    samples = [_import_once(template, workbook, folder)[0] for _ in range(config.runs)]
    ours = statistics.median(samples)
    results.append(Result(
        f"import {import_rows:,} trainees (read+validate+upsert)", ours,
        "python-calamine read only", baseline, f"<= {IMPORT_TARGET:g}x",
        ours / baseline <= IMPORT_TARGET, f"{workbook.stat().st_size // 1024} KB xlsx",
    ))  # fmt: skip

    attendance_db = attendance_database(folder, export_rows)
    context = AppContext.open(str(attendance_db), settings_path=folder / "settings.json")
    try:
        with context.read_session() as session:
            values = list(rows_for(session, "attendance"))
        heads = headers("attendance")
        out = folder / "export.xlsx"
        bare = _timed(lambda: _bare_dump(values, heads, folder / "bare.xlsx"), config)
        ours = _timed(lambda: export_kind(context, "attendance", out), config)
    finally:
        context.close()
    results.append(Result(
        f"export {export_rows:,} attendance rows", ours,
        "bare xlsxwriter constant-memory dump", bare, f"<= {EXPORT_TARGET:g}x",
        ours / bare <= EXPORT_TARGET,
    ))  # fmt: skip

    me = [sys.executable, str(Path(__file__).resolve())]
    import_peak = _peak_mb([*me, "import", str(template), str(workbook), str(folder)], folder)
    read_peak = _peak_mb([*me, "read", str(workbook)], folder)
    results.append(Result(
        "import peak memory (MB)", import_peak, "calamine read process", read_peak,
        f"< {MEMORY_LIMIT_MB:g} MB", import_peak < MEMORY_LIMIT_MB,
    ))  # fmt: skip
    export_peak = _peak_mb([*me, "export", str(attendance_db), str(folder / "child.xlsx")], folder)
    dump_peak = _peak_mb([*me, "dump", str(attendance_db), str(folder / "dump.xlsx")], folder)
    results.append(Result(
        "export peak memory (MB)", export_peak, "bare dump process (values in memory)", dump_peak,
        f"< {MEMORY_LIMIT_MB:g} MB", export_peak < MEMORY_LIMIT_MB,
    ))  # fmt: skip
    return results


def _peak_mb(argv: list[str], folder: Path) -> float:
    """Peak resident memory of a child, as the child's own kernel high-water mark (VmHWM).

    wait4's ru_maxrss would also count the memory of the parent the child was
    forked from, which hides the child's own figure.
    """
    report = folder / "peak.txt"
    report.unlink(missing_ok=True)
    env = {**os.environ, "BENCH_PEAK_FILE": str(report)}
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return int(report.read_text()) / 1024


def _report_peak() -> None:
    target = os.environ.get("BENCH_PEAK_FILE")
    if not target:
        return
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            Path(target).write_text(line.split()[1])  # kB


def _child(argv: list[str]) -> None:
    """Entry point of the child processes whose peak memory is measured."""
    try:
        _run_child(argv)
    finally:
        _report_peak()


def _run_child(argv: list[str]) -> None:
    command = argv[0]
    if command == "read":
        _calamine_read(Path(argv[1]))
    elif command == "import":
        _import_once(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    elif command in ("export", "dump"):
        from coordinator_app.context import AppContext
        from coordinator_app.excel.export import export_kind, headers, rows_for

        folder = Path(argv[2]).parent
        context = AppContext.open(argv[1], settings_path=folder / "settings.json")
        try:
            if command == "export":
                export_kind(context, "attendance", Path(argv[2]))
            else:
                with context.read_session() as session:
                    values = list(rows_for(session, "attendance"))
                _bare_dump(values, headers("attendance"), Path(argv[2]))
        finally:
            context.close()


if __name__ == "__main__":
    _child(sys.argv[1:])
