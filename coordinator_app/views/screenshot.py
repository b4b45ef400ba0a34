"""`coordinator-app screenshot VIEW OUT.png`: render one screen of the main window to a PNG.

Used for the documentation and to look at the interface without a desktop. The
window is built exactly as the application builds it (build_main_window), but
with dialogs that never wait for an answer and without touching the user's
remembered window state.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from coordinator_app.errors import CoordinatorError
from coordinator_app.views.navigation import SCREEN_KEYS

VIEWS = SCREEN_KEYS
_SIZE = re.compile(r"^\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*$")
MIN_SIZE = (640, 480)
MAX_SIZE = (7680, 4320)


def parse_size(text: str) -> tuple[int, int]:
    """'1280x800' -> (1280, 800), within the sizes a window can take."""
    match = _SIZE.match(text or "")
    if match:
        width, height = int(match.group(1)), int(match.group(2))
        if MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]:
            return width, height
    raise CoordinatorError(
        f"Ongeldige grootte '{text}': gebruik BREEDTExHOOGTE, bijvoorbeeld 1280x800, "
        f"van {MIN_SIZE[0]}x{MIN_SIZE[1]} tot {MAX_SIZE[0]}x{MAX_SIZE[1]}."
    )


def check_view(view: str) -> str:
    key = (view or "").strip().lower()
    if key not in VIEWS:
        raise CoordinatorError(f"Onbekend scherm '{view}'. Kies uit: {', '.join(VIEWS)}.")
    return key


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def take_screenshot(args: argparse.Namespace) -> int:
    """Write a PNG of VIEW at the asked size; user mistakes raise CoordinatorError."""
    view = check_view(args.view)
    width, height = parse_size(getattr(args, "size", None) or "1280x800")
    out = Path(args.out)
    if out.parent and not out.parent.exists():
        raise CoordinatorError(f"De map {out.parent} bestaat niet.")
    if _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists

    from PySide6.QtCore import QCoreApplication, Qt

    from coordinator_app.settings import load_settings
    from coordinator_app.views.app import build_main_window, create_application
    from coordinator_app.views.dialogs import NonInteractiveDialogs
    from coordinator_app.views.first_start import open_app_context
    from coordinator_app.views.i18n import Translations
    from coordinator_app.views.tasks import QtTaskRunner

    app = create_application()
    settings = load_settings(getattr(args, "settings", None))
    language = getattr(args, "lang", None) or settings.language
    settings.language = language
    translations = Translations.for_app(app)
    previous_language = translations.language
    translations.apply(language)
    context = open_app_context(
        getattr(args, "db", None), settings, getattr(args, "settings", None), create=False
    )
    dialogs = NonInteractiveDialogs()
    try:
        window = build_main_window(
            context,
            dialogs,
            QtTaskRunner(dialogs),
            translations=translations,
            remember_state=False,
        )
        try:
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            window.resize(width, height)
            window.show()
            window.show_screen(view)
            for _ in range(3):
                QCoreApplication.processEvents()
            window.resize(width, height)
            QCoreApplication.processEvents()
            pixmap = window.grab()
            if (pixmap.width(), pixmap.height()) != (width, height):
                # A high-density screen grabs device pixels; the file gets the asked size.
                pixmap = pixmap.scaled(
                    width,
                    height,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            if not pixmap.save(str(out), "PNG"):
                raise CoordinatorError(f"Kan {out} niet schrijven.")
        finally:
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
    finally:
        context.close()
        if previous_language != language:
            translations.apply(previous_language)
    return 0
