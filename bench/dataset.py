"""The benchmark database: the large demo dataset, made once and reused.

`--quick` uses a small slice of the same generator so CI checks that every
benchmark runs without spending minutes on data.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from coordinator_app import __version__

CACHE = Path(__file__).resolve().parent / "results"


def benchmark_database(quick: bool) -> Path:
    """Path of a database with the large demo data (a 5% slice when quick)."""
    if quick:
        folder = Path(tempfile.mkdtemp(prefix="coordinator-bench-"))
        path = folder / "quick.sqlite3"
        _write(path, scale=0.05)
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"large-{__version__}.sqlite3"
    if not path.exists():
        _write(path, scale=1.0)
    return path


def _write(path: Path, scale: float) -> None:
    from coordinator_app.context import AppContext
    from coordinator_app.services.demo_large import generate_large

    partial = path.with_name(path.name + ".part")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    context = AppContext.open(str(partial), settings_path=path.parent / "bench-settings.json")
    try:
        with context.transaction() as session:
            generate_large(session, scale=scale)
    finally:
        context.close()
    partial.rename(path)
