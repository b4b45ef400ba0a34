"""PDF reports against bare reportlab, in the same run.

* The cohort progress report for a cohort of 500 trainees (key figures, two
  charts of places, monthly figures, participation per trainee, rotation changes,
  attention list, letterhead and "Pagina X van Y" on every page), laid out and
  written, as a ratio to bare reportlab tables of the same cells (plain strings,
  the same embedded font, no letterhead): target at most 1.5x.
* The same report including its queries on the large database, beside the same
  baseline (what the user waits for; reported, target at most 3 s).

The large demo's cohorts have 250 trainees; the benchmark works on a copy of the
database in which a second cohort of the same programme is merged into the first,
giving 500 (quick mode: the largest cohort of the 5% slice as it is).
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.core import Config, Result, median_seconds  # noqa: E402

TARGET_RATIO = 1.5
TARGET_END_TO_END_S = 3.0
COHORT_SIZE = 500


def cohort_of(db_path: Path, size: int | None) -> tuple[Path, int, int]:
    """A copy of the database with one cohort of ``size`` trainees (None: the largest as is)."""
    folder = Path(tempfile.mkdtemp(prefix="coordinator-bench-reports-"))
    copy = folder / "reports.sqlite3"
    shutil.copyfile(db_path, copy)
    with sqlite3.connect(copy) as db:
        cohorts = db.execute(
            "SELECT c.id, c.programme_id, count(t.id) FROM cohort c "
            "JOIN trainee t ON t.cohort_id = c.id GROUP BY c.id ORDER BY count(t.id) DESC, c.id"
        ).fetchall()
        chosen, programme, count = cohorts[0]
        if size is not None:
            for other, other_programme, other_count in cohorts[1:]:
                if count >= size:
                    break
                if other_programme != programme:
                    continue
                wanted = min(size - count, other_count)
                db.execute(
                    "UPDATE trainee SET cohort_id = ? WHERE id IN "
                    "(SELECT id FROM trainee WHERE cohort_id = ? ORDER BY id LIMIT ?)",
                    (chosen, other, wanted),
                )
                count += wanted
        db.commit()
    return copy, chosen, count


def _cell_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(_cell_text(v) for v in value)
    plain = getattr(value, "getPlainText", None)
    return plain() if plain is not None else ""


def table_cells(story: list[Any]) -> list[list[list[str]]]:
    """The cells of every table in a story, as plain strings."""
    from reportlab.platypus import Table

    tables = []
    for flowable in story:
        if isinstance(flowable, Table) and len(flowable._cellvalues) > 1:
            tables.append([[_cell_text(c) for c in row] for row in flowable._cellvalues])
    return tables


def bare_tables(tables: list[list[list[str]]]) -> bytes:
    """The baseline: the same cells as plain reportlab tables in the same font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from coordinator_app.reports.fonts import FONT, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    story = []
    for cells in tables:
        table = Table(cells, repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5)]))
        story.append(table)
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def run(config: Config, db_path: Path) -> list[Result]:
    from coordinator_app.context import AppContext
    from coordinator_app.reports import cohort
    from coordinator_app.reports.document import Letterhead, build_pdf

    path, cohort_id, size = cohort_of(db_path, None if config.quick else COHORT_SIZE)
    context = AppContext.open(str(path), settings_path=path.parent / "settings.json", create=False)
    try:
        context.settings.organisation_name = "Provincie Groningen"
        letterhead = Letterhead.from_context(context)

        def load() -> Any:
            with context.read_session() as db:
                return cohort.load(db, cohort_id, context.today)

        data = load()

        def layout(data: Any = data) -> int:
            spec, story = cohort.story(data, letterhead)
            return build_pdf(io.BytesIO(), spec, story)

        def end_to_end() -> int:
            return layout(load())

        _spec, story = cohort.story(data, letterhead)
        cells = table_cells(story)
        rows = sum(len(t) for t in cells)
        pages = layout()
        baseline_s = median_seconds(lambda: bare_tables(cells), config)
        ours_s = median_seconds(layout, config)
        full_s = median_seconds(end_to_end, config)
    finally:
        context.close()
        shutil.rmtree(path.parent, ignore_errors=True)
    detail = f"cohort of {size} trainees, {pages} pages, {len(cells)} tables with {rows} rows"
    return [
        Result(
            measure=f"cohort report, {size} trainees (layout + PDF)",
            ours_s=ours_s,
            baseline="bare reportlab tables, same cells",
            baseline_s=baseline_s,
            target=f"<= {TARGET_RATIO}x",
            met=ours_s <= TARGET_RATIO * baseline_s,
            detail=detail,
        ),
        Result(
            measure=f"cohort report, {size} trainees (queries + layout + PDF)",
            ours_s=full_s,
            baseline="bare reportlab tables, same cells",
            baseline_s=baseline_s,
            target=f"<= {TARGET_END_TO_END_S:.0f} s",
            met=full_s <= TARGET_END_TO_END_S,
            detail=detail,
        ),
    ]


if __name__ == "__main__":
    from bench.core import Config as _Config
    from bench.dataset import benchmark_database

    quick = "--quick" in sys.argv
    for result in run(_Config(quick=quick, runs=3, warmup=1), benchmark_database(quick)):
        print(result.as_dict())
