"""Smoke test of the frozen application: it must work with no Python around it.

    python packaging/smoke_test.py dist/coordinator-app

Runs the executable offscreen in a scratch home folder: version, demo database,
stats --json, a screenshot, an Excel export and a PDF report; checks each output and
that nothing was written next to the executable. Exit code 0 when all is well.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def main(dist: Path) -> int:
    exe = dist / ("coordinator-app.exe" if os.name == "nt" else "coordinator-app")
    if not exe.exists():
        print(f"no executable at {exe}", file=sys.stderr)
        return 1
    before = snapshot(dist)
    scratch = Path(tempfile.mkdtemp(prefix="coordinator-smoke-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(scratch / "home"),
        "XDG_DATA_HOME": str(scratch / "data"),
        "XDG_CONFIG_HOME": str(scratch / "config"),
        "APPDATA": str(scratch / "appdata"),
        "LOCALAPPDATA": str(scratch / "localappdata"),
    }
    env.pop("COORDINATOR_DB", None)
    db = scratch / "demo.sqlite3"

    def run(*args: str) -> str:
        result = subprocess.run(
            [str(exe), *args], env=env, capture_output=True, text=True, timeout=300
        )
        if result.returncode != 0:
            raise SystemExit(f"FAILED {' '.join(args)} ({result.returncode}):\n{result.stderr}")
        print(f"ok  {' '.join(args)}")
        return result.stdout

    from coordinator_app import __version__

    assert __version__ in run("--version")
    run("demo", "--db", str(db))
    counts = json.loads(run("stats", "--json", "--db", str(db)))
    assert counts["trainees"] >= 30, counts
    png = scratch / "trainees.png"
    run("screenshot", "trainees", str(png), "--db", str(db), "--size", "1280x800")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    xlsx = scratch / "trainees.xlsx"
    run("export", "trainees", str(xlsx), "--db", str(db))
    assert xlsx.read_bytes()[:2] == b"PK"
    pdf = scratch / "cohort.pdf"
    run(
        "report",
        "cohort",
        "--db",
        str(db),
        "--out",
        str(pdf),
        "--cohort",
        "Toekomst van Groningen 2025",
    )
    assert pdf.read_bytes()[:5] == b"%PDF-"
    after = snapshot(dist)
    if after != before:
        raise SystemExit(f"FAILED: files appeared next to the executable: {sorted(after - before)}")
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/coordinator-app")))
