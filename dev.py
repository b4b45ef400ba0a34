#!/usr/bin/env python3
"""Install and run Coordinator from a checkout, with nothing but Python 3.11+.

    python3 dev.py start [ARGS...]   install the locked versions into .venv, then start the app
    python3 dev.py test  [ARGS...]   install app + test tools into .venv, then run all tests

The virtual environment is created on first use and reinstalled only when the lock
files or pyproject.toml change. ARGS go to the app or to pytest.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("COORDINATOR_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

PROFILES = {
    "start": ("requirements.lock", "."),
    "test": ("requirements-test.lock", ".[test]"),
}


def _fingerprint(lock: str) -> str:
    digest = hashlib.sha256()
    for name in (lock, "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_environment(profile: str) -> None:
    lock, target = PROFILES[profile]
    if sys.version_info < (3, 11):  # noqa: UP036 - runs on whatever python3 the user has
        sys.exit("Coordinator needs Python 3.11 or newer.")
    if not PYTHON.exists():
        print(f"Creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{profile}"
    fingerprint = _fingerprint(lock)
    if stamp.exists() and stamp.read_text() == fingerprint:
        return
    print(f"Installing the versions of {lock} ...", flush=True)
    subprocess.run(
        [
            str(PYTHON),
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "-q",
            "-c",
            str(ROOT / lock),
            "-e",
            target,
        ],
        cwd=ROOT,
        check=True,
    )
    stamp.write_text(fingerprint)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in PROFILES:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_environment(command)
    if command == "start":
        return subprocess.call([str(PYTHON), "-m", "coordinator_app", *rest], cwd=ROOT)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if code == 5:
        print("pytest collected no tests: that counts as a failure.", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
