"""The application's own SVG icons (resources/icons), so every platform looks the same."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from coordinator_app.paths import resources_dir

# The sidebar icon of each screen, by the screen's key.
SCREEN_ICONS = {
    "overzicht": "overview",
    "trainees": "trainees",
    "organisaties": "organisations",
    "opdrachten": "assignments",
    "plaatsingen": "placements",
    "bijeenkomsten": "sessions",
}


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    """The icon ``name``; an empty icon if the file is missing (never an exception)."""
    return QIcon(icon_path(name))


def app_icon() -> QIcon:
    return icon("app")
