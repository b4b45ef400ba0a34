"""Every Dutch interface string has its English translation, and each .ts is compiled."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_string_lacks_a_translation():
    tool = _tool()
    missing = {ts.name: tool.unfinished(ts) for ts in sorted(FOLDER.glob("*_en.ts"))}
    assert {name: texts for name, texts in missing.items() if texts} == {}


def test_every_translation_source_has_its_compiled_file():
    for ts in FOLDER.glob("*_en.ts"):
        assert ts.with_suffix(".qm").exists(), f"{ts.name} is not compiled"
