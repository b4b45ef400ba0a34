#!/usr/bin/env python3
"""Build the self-contained application folder dist/coordinator-app/ with PyInstaller.

    python3 packaging/build.py            (Linux, macOS)
    py packaging\\build.py                 (Windows)
    ... --smoke                            also run the frozen executable's smoke test

Needs only Python 3.11+: the build environment (build/venv) is made and filled from
the lock file on first use. A build is for the system it is made on.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "build" / "venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*args: str) -> None:
    subprocess.run(list(args), cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs on whatever python3 the user has
        sys.exit("Building Coordinator needs Python 3.11 or newer.")
    if not PYTHON.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    run(str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q",
        "-c", "requirements.lock", "-r", "packaging/requirements-build.txt", "-e", ".")  # fmt: skip
    run(str(PYTHON), "packaging/prepare.py")
    run(str(PYTHON), "-m", "PyInstaller", "packaging/coordinator.spec", "--noconfirm", "--clean",
        "--distpath", "dist", "--workpath", "build/pyinstaller")  # fmt: skip
    print("Built dist/coordinator-app/")
    if "--smoke" in argv:
        run(str(PYTHON), "packaging/smoke_test.py", "dist/coordinator-app")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
