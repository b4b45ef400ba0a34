"""Overzicht: the first screen (see :mod:`coordinator_app.views.overview.screen`).

The package holds the screen and its parts: figure cards, entry lists, bar charts
and the map of Groningen and Drenthe, all drawn with Qt alone.
"""

from __future__ import annotations

from coordinator_app.views.overview.lists import ListRequest
from coordinator_app.views.overview.screen import OVERVIEW_KEY, MapMeasure, OverviewScreen

__all__ = ["OVERVIEW_KEY", "ListRequest", "MapMeasure", "OverviewScreen"]
