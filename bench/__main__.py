"""`python -m bench [--quick] [--json] [--only NAME ...]`: every target beside its baseline.

Each benchmark module measures our figure and a named baseline in the same run and
reports the ratio, the target and whether it is met. Medians of several runs after a
warm-up; peak memory comes from the OS.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.core import Config, Result  # noqa: E402
from bench.dataset import benchmark_database  # noqa: E402

# Module name in bench/ -> what it measures. Each has run(config, db_path) -> list[Result].
BENCHMARKS = {
    "startup": "bench.bench_startup",
    "lists": "bench.bench_lists",
    "excel": "bench.bench_excel",
    "planner": "bench.bench_planner",
    "reports": "bench.bench_reports",
    "overview": "bench.bench_overview",
}


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def format_value(result: Result, value: float) -> str:
    if "MB" in result.measure:
        return f"{value:.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def table(results: list[Result]) -> str:
    header = ("measure", "ours", "baseline", "baseline time", "ratio", "target", "met")
    rows = [
        (
            r.measure,
            format_value(r, r.ours_s),
            r.baseline,
            format_value(r, r.baseline_s),
            f"{r.ratio:.2f}x",
            r.target or "(none)",
            ("yes" if r.met else "NO") if r.target else "-",
        )
        for r in results
    ]
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
        for row in [header, *rows]
    ]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes: checks that all run")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS), help="run only these")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config = Config(quick=args.quick, runs=3 if args.quick else 7, warmup=1)
    db_path = benchmark_database(args.quick)
    results: list[Result] = []
    for name in args.only or BENCHMARKS:
        module = importlib.import_module(BENCHMARKS[name])
        results.extend(module.run(config, db_path))
    if args.json:
        print(json.dumps([r.as_dict() for r in results], indent=2))
    else:
        print(f"Machine: {machine()}{' (quick mode: sizes reduced)' if args.quick else ''}")
        print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
