"""`python -m bench.import_phases [ROWS]`: where an import of trainees spends its time.

Not a benchmark with a target: it times each phase of the same import the excel
benchmark measures (default 20,000 rows) by wrapping the functions that carry the
phases, and prints the median of several runs per phase beside the whole import and
the bare calamine read. The check parses the sheet block by block and hands each
block's new trainees to a helper thread that inserts them meanwhile: the indented
phases happen within the check (the INSERTs on the other core), so the phases add
up to more than the whole.
"""

from __future__ import annotations

import importlib
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RUNS = 7

# (module, attribute path, label): the functions that carry the phases, in import order.
PHASES = (
    ("coordinator_app.excel.reader", "inspect_package", "safety scan of the package"),
    ("coordinator_app.excel.reader", "_load_xlsx_sheet", "reading the sheet (calamine)"),
    ("coordinator_app.excel.importer", "_check", "check, parsing and writing ahead"),
    ("coordinator_app.excel.rows", "_parse_block", "  parsing the cells"),
    ("coordinator_app.excel.kinds", "TraineeHandler._creation_columns", "  building new records"),
    ("coordinator_app.excel.kinds", "TraineeHandler._creation_history", "  their history text"),
    ("coordinator_app.excel.kinds", "_insert_sqlite", "  INSERTs (on the helper thread)"),
    ("coordinator_app.excel.importer", "_backup_before_import", "backup before the import"),
    ("sqlalchemy.orm", "Session.commit", "commit (rows let go meanwhile)"),
)


def _wrap(module: str, attribute: str, label: str, totals: dict[str, float]) -> None:
    owner: Any = importlib.import_module(module)
    *parents, name = attribute.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    raw = vars(owner).get(name) if isinstance(owner, type) else None
    original: Callable[..., Any] = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            totals[label] += time.perf_counter() - start

    setattr(owner, name, staticmethod(timed) if isinstance(raw, staticmethod) else timed)


def main(rows: int) -> None:
    from bench.bench_excel import _calamine_read, _import_once, empty_database, write_trainee_file

    totals: dict[str, float] = defaultdict(float)
    for module, attribute, label in PHASES:
        _wrap(module, attribute, label, totals)
    folder = Path(tempfile.mkdtemp(prefix="import-phases-"))
    workbook = write_trainee_file(folder / "trainees.xlsx", rows)
    template = empty_database(folder)
    _import_once(template, workbook, folder)  # warm-up
    samples: dict[str, list[float]] = defaultdict(list)
    reads, wholes = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        _calamine_read(workbook)
        reads.append(time.perf_counter() - start)
        totals.clear()
        elapsed, _created = _import_once(template, workbook, folder)
        wholes.append(elapsed)
        for _path, _name, label in PHASES:
            samples[label].append(totals.get(label, 0.0))
    read, whole = statistics.median(reads), statistics.median(wholes)
    print(f"{rows:,} trainee rows, median of {RUNS} runs")
    print(f"  {'bare calamine read (baseline)':36s} {read * 1000:7.1f} ms")
    print(f"  {'whole import':36s} {whole * 1000:7.1f} ms  ({whole / read:.2f}x)")
    for _path, _name, label in PHASES:
        print(f"  {label:36s} {statistics.median(samples[label]) * 1000:7.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
