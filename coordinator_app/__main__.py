"""Entry point: `coordinator-app` and `python -m coordinator_app`."""

from __future__ import annotations

import sys


def main() -> None:
    from coordinator_app.cli import run

    sys.exit(run())


if __name__ == "__main__":
    main()
