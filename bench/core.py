"""Timing helpers and the result record shared by all benchmarks."""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass
class Result:
    """One measure: our figure, the baseline's figure from the same run, and the target.

    ``ours_s`` and ``baseline_s`` are seconds, except for memory measures where they
    are megabytes (the unit is in the measure's name).
    """

    measure: str
    ours_s: float
    baseline: str
    baseline_s: float
    target: str
    met: bool
    detail: str = ""

    @property
    def ratio(self) -> float:
        return self.ours_s / self.baseline_s if self.baseline_s else float("inf")

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = round(self.ratio, 3)
        data["ours_s"] = round(self.ours_s, 6)
        data["baseline_s"] = round(self.baseline_s, 6)
        return data


@dataclass(frozen=True)
class Config:
    quick: bool
    runs: int
    warmup: int


def median_seconds(fn: Callable[[], object], config: Config) -> float:
    """Median wall time of ``fn`` over ``config.runs`` runs after ``config.warmup`` runs."""
    for _ in range(config.warmup):
        fn()
    samples = []
    for _ in range(config.runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


CHILD = str(Path(__file__).resolve().parent / "child.py")


def run_child(args: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run ``python bench/child.py PEAK -m/-c ...``; return (wall seconds, peak MB).

    The peak is the child's own high-water mark (see bench/child.py).
    """
    full_env = {**os.environ, **(env or {})}
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "peak"
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, CHILD, str(peak_file), *args],
            env=full_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
        )
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            tail = result.stderr.decode(errors="replace")[-800:]
            raise RuntimeError(f"benchmark child {args[:2]} failed ({result.returncode}): {tail}")
        peak = float(peak_file.read_text()) if peak_file.exists() else float("nan")
    return elapsed, peak


def median_child(
    args: Sequence[str], config: Config, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Median wall time and the largest peak memory of several runs of a child."""
    for _ in range(config.warmup):
        run_child(args, env)
    times, peaks = [], []
    for _ in range(config.runs):
        elapsed, peak = run_child(args, env)
        times.append(elapsed)
        peaks.append(peak)
    return statistics.median(times), max(peaks)
