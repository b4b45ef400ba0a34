"""Refresh the Qt translation sources (.ts) from the code and compile them (.qm).

The source strings in the code are Dutch; `resources/translations/<group>_en.ts`
holds the English translations. Each group covers its own part of views/ so that
its .ts file has one owner:

    python tools/update_translations.py            # lupdate + lrelease for all groups
    python tools/update_translations.py --check    # exit 1 if a string lacks a translation

The application loads every `*_<lang>.qm` in resources/translations/.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ROOT / "coordinator_app" / "views"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def groups() -> dict[str, list[Path]]:
    screens = sorted(VIEWS.glob("screens/**/*.py")) + sorted(VIEWS.glob("forms/**/*.py"))
    shell = sorted(p for p in VIEWS.glob("*.py"))
    found = {"shell": shell, "screens": screens}
    # Later parts of the application get a group per sub-package of views/.
    for folder in sorted(p for p in VIEWS.iterdir() if p.is_dir()):
        if folder.name in ("screens", "forms", "__pycache__"):
            continue
        found[folder.name] = sorted(folder.glob("**/*.py"))
    return {name: files for name, files in found.items() if files}


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6 first")
    return found


def unfinished(ts_file: Path) -> list[str]:
    tree = ET.parse(ts_file)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            continue
        if kind == "unfinished" or not (translation.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report missing translations")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    problems = 0
    for group, files in groups().items():
        for lang in LANGUAGES:
            ts_file = OUT / f"{group}_{lang}.ts"
            if not args.check:
                subprocess.run(
                    [
                        tool("lupdate"),
                        *map(str, files),
                        "-no-obsolete",
                        "-target-language",
                        lang,
                        "-source-language",
                        "nl",
                        "-ts",
                        str(ts_file),
                    ],
                    check=True,
                    capture_output=True,
                )
                subprocess.run(
                    [tool("lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
                    check=True,
                    capture_output=True,
                )
            missing = unfinished(ts_file) if ts_file.exists() else ["<no .ts file>"]
            for source in missing:
                print(f"{ts_file.name}: untranslated: {source!r}")
            problems += len(missing)
    return 1 if problems and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
