#!/usr/bin/env bash
# Build dist/coordinator-app/ (see packaging/build.py; on Windows run that file with py).
#   bash packaging/build.sh            build
#   bash packaging/build.sh --smoke    build, then run the frozen app's smoke test
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-python3}" packaging/build.py "$@"
