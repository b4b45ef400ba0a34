"""`coordinator-app screenshot VIEW OUT.png`: a PNG of the right size for every view."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from coordinator_app.cli import run
from coordinator_app.context import AppContext
from coordinator_app.errors import CoordinatorError
from coordinator_app.views import main_window
from coordinator_app.views.i18n import Translations
from coordinator_app.views.screenshot import VIEWS, parse_size, take_screenshot
from tests.gui.test_shell import double_factory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "shot.sqlite3"
    AppContext.open(str(path), settings_path=tmp_path / "settings.json").close()
    return path


@pytest.fixture
def double_screens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "default_screen_factory", double_factory)


def args(view: str, out: Path, db: Path | None, **extra: Any) -> argparse.Namespace:
    values = {"lang": None, "size": "1024x700", "settings": None}
    values.update(extra)
    return argparse.Namespace(view=view, out=out, db=str(db) if db else None, **values)


@pytest.mark.parametrize("view", VIEWS)
def test_each_view_becomes_a_png_of_the_asked_size(
    view: str, database: Path, tmp_path: Path, qapp: Any, double_screens: None
) -> None:
    out = tmp_path / f"{view}.png"
    assert take_screenshot(args(view, out, database)) == 0
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1024, 700)
    # Not a blank canvas: a rendered window has many colours.
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 5


def test_the_requested_view_is_the_one_in_front(
    database: Path, tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    original = main_window.MainWindow.grab

    def grab(self: main_window.MainWindow, *a: Any) -> Any:
        shown.append(self.current_key())
        return original(self, *a)

    monkeypatch.setattr(main_window, "default_screen_factory", double_factory)
    monkeypatch.setattr(main_window.MainWindow, "grab", grab)
    take_screenshot(args("plaatsingen", tmp_path / "p.png", database))
    assert shown == ["plaatsingen"]


def test_unknown_view_is_refused_with_the_valid_ones(database: Path, tmp_path: Path) -> None:
    with pytest.raises(CoordinatorError) as caught:
        take_screenshot(args("kalender", tmp_path / "k.png", database))
    message = caught.value.message
    assert "kalender" in message
    assert "overzicht, trainees, organisaties, opdrachten, plaatsingen, bijeenkomsten" in message
    assert not (tmp_path / "k.png").exists()


@pytest.mark.parametrize("size", ["groot", "1280", "10x10", "99999x800", ""])
def test_bad_sizes_are_refused(size: str) -> None:
    with pytest.raises(CoordinatorError, match="BREEDTExHOOGTE"):
        parse_size(size)


def test_good_size_is_parsed() -> None:
    assert parse_size("1280x800") == (1280, 800)
    assert parse_size(" 800 X 600 ") == (800, 600)


def test_missing_database_is_refused(tmp_path: Path, qapp: Any, double_screens: None) -> None:
    with pytest.raises(CoordinatorError, match="bestaat niet"):
        take_screenshot(args("overzicht", tmp_path / "o.png", tmp_path / "weg.sqlite3"))
    assert not (tmp_path / "weg.sqlite3").exists()


def test_command_line_reports_an_unknown_view(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["screenshot", "kalender", str(tmp_path / "k.png"), "--db", str(database)])
    assert code == 1
    error = capsys.readouterr().err
    assert "Onbekend scherm 'kalender'" in error
    assert "Traceback" not in error


def test_english_screenshot_leaves_the_language_as_it_was(
    database: Path, tmp_path: Path, qapp: Any, double_screens: None
) -> None:
    translations = Translations.for_app()
    translations.apply("nl")
    out = tmp_path / "en.png"
    assert take_screenshot(args("overzicht", out, database, lang="en")) == 0
    assert out.exists()
    assert translations.language == "nl"


def test_the_command_renders_a_real_list_screen(database: Path, tmp_path: Path) -> None:
    """End to end, in a process of its own: the real screens, the CLI, offscreen Qt."""
    screens = pytest.importorskip("coordinator_app.views.screens")
    if not hasattr(screens, "create_list_screens"):
        pytest.skip("the list screens are not there yet")
    out = tmp_path / "trainees.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "coordinator_app",
            "screenshot",
            "trainees",
            str(out),
            "--db",
            str(database),
            "--size",
            "800x600",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)
