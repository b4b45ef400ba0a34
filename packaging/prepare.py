"""Make what the packager needs from the sources: icon files and the version resource."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coordinator_app import __version__  # noqa: E402

OUT = ROOT / "build"


def render_icon() -> None:
    """Render resources/icons/app.svg to PNG, ICO (Windows) and ICNS (macOS)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon

    svg = ROOT / "resources" / "icons" / "app.svg"
    if not svg.exists():
        return
    app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(svg))
    folder = OUT / "icon"
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / "coordinator.png"
    icon.pixmap(QSize(256, 256)).save(str(png))
    from PIL import Image

    image = Image.open(png)
    image.save(folder / "coordinator.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
    image.save(folder / "coordinator.icns")
    del app


def version_resource() -> None:
    parts = [int(p) for p in __version__.split(".")[:3]] + [0]
    numbers = ", ".join(str(p) for p in (parts + [0, 0, 0])[:4])
    (OUT / "version_info.txt").write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('041304B0', [
    StringStruct('CompanyName', 'Coordinator'),
    StringStruct('FileDescription', 'Coordinator'),
    StringStruct('FileVersion', '{__version__}'),
    StringStruct('ProductName', 'Coordinator'),
    StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])]
)
""",
        encoding="utf-8",
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    render_icon()
    version_resource()
