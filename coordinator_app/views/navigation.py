"""The screens of the main window by key, with their titles.

Light on purpose: the window draws its navigation from here before the database
and the screens themselves are loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

OVERVIEW_KEY = "overzicht"
# The screens in navigation order; the keys double as the `screenshot` view names.
SCREEN_KEYS = (
    OVERVIEW_KEY,
    "trainees",
    "organisaties",
    "opdrachten",
    "plaatsingen",
    "bijeenkomsten",
)


def screen_title(key: str) -> str:
    """The title of a screen in the current language (the key itself if unknown)."""
    titles = {
        OVERVIEW_KEY: QCoreApplication.translate("Navigation", "Overzicht"),
        "trainees": QCoreApplication.translate("Navigation", "Trainees"),
        "organisaties": QCoreApplication.translate("Navigation", "Organisaties"),
        "opdrachten": QCoreApplication.translate("Navigation", "Opdrachten"),
        "plaatsingen": QCoreApplication.translate("Navigation", "Plaatsingen"),
        "bijeenkomsten": QCoreApplication.translate("Navigation", "Bijeenkomsten"),
    }
    return titles.get(key, key)
