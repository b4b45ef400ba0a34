"""Layers depend downwards only: nothing below views/ may load Qt, even indirectly."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "coordinator_app"
QT_ALLOWED = {"views", "cli.py", "__main__.py"}


def _modules_below_views() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in QT_ALLOWED or "migrations" in relative.parts:
            continue
        dotted = ".".join(("coordinator_app", *relative.with_suffix("").parts))
        names.append(dotted.removesuffix(".__init__"))
    return names


def test_no_direct_pyside_import_below_views():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in QT_ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{relative}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    assert offenders == []


def _loaded_after_importing(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    """Which modules of ``packages`` a fresh interpreter loads when it imports ``modules``."""
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {packages!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return [name for name in result.stdout.strip().split(",") if name]


def test_no_transitive_qt_below_views():
    """Import every non-view module in a fresh interpreter: PySide6 must stay unloaded."""
    modules = _modules_below_views()
    assert len(modules) > 10
    assert _loaded_after_importing(modules, ("PySide6",)) == []


# What the window needs before it is shown; SQLAlchemy comes only with the database.
WINDOW_SHELL_MODULES = [
    "coordinator_app.cli",
    "coordinator_app.views.app",
    "coordinator_app.views.main_window",
    "coordinator_app.views.navigation",
]


def test_the_window_shell_does_not_import_sqlalchemy():
    """The window appears before the database opens: its imports leave SQLAlchemy out."""
    assert _loaded_after_importing(WINDOW_SHELL_MODULES, ("sqlalchemy", "numpy")) == []
