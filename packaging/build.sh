#!/usr/bin/env bash
# Build the self-contained application folder dist/coordinator-app/ with PyInstaller.
# Works on Linux and macOS (and in Git Bash on Windows); needs only Python 3.11+.
#   bash packaging/build.sh            build
#   bash packaging/build.sh --smoke    build, then run the frozen app's smoke test
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=build/venv
if [ ! -x "$VENV/bin/python" ] && [ ! -x "$VENV/Scripts/python.exe" ]; then
  "$PYTHON" -m venv "$VENV"
fi
PY="$VENV/bin/python"; [ -x "$PY" ] || PY="$VENV/Scripts/python.exe"
"$PY" -m pip install --disable-pip-version-check -q -c requirements.lock \
  -r packaging/requirements-build.txt -e .
"$PY" packaging/prepare.py            # icon files and Windows version resource
"$PY" -m PyInstaller packaging/coordinator.spec --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller
echo "Built dist/coordinator-app/"
if [ "${1:-}" = "--smoke" ]; then
  "$PY" packaging/smoke_test.py dist/coordinator-app
fi
