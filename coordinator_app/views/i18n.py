"""The interface language: Qt translators loaded from resources/translations.

Dutch is the source language of every string in the code, so Dutch needs none of
our own .qm files; English loads every ``*_en.qm`` (one per group of views, see
tools/update_translations.py). Qt's own ``qtbase_<lang>.qm`` is loaded as well so
that standard buttons and context menus speak the same language.

Installing or removing a translator makes Qt send a LanguageChange event to every
widget; each widget of the application re-sets its texts when it receives one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from coordinator_app.paths import resources_dir
from coordinator_app.settings import LANGUAGES

SOURCE_LANGUAGE = "nl"
_OBJECT_NAME = "coordinatorTranslations"
_log = logging.getLogger(__name__)
# Dates and numbers that Qt formats itself follow the interface language.
_LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def language_names() -> list[tuple[str, str]]:
    """The languages offered to the user, each named in its own language."""
    return [("nl", "Nederlands"), ("en", "English")]


class Translations(QObject):
    """The translators one application has installed, so they can be swapped later.

    It lives as a child of the application object: whoever needs to switch the
    language asks the application for it (:meth:`for_app`) instead of a global.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(_OBJECT_NAME)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE
        self.loaded_files: list[Path] = []

    @classmethod
    def for_app(cls, app: QCoreApplication | None = None) -> Translations:
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("Translations need a QApplication")
        found = app.findChild(Translations, _OBJECT_NAME)
        return found if found is not None else cls(app)

    def apply(self, language: str) -> None:
        """Make ``language`` the interface language; widgets get a LanguageChange."""
        if language not in LANGUAGES:
            language = SOURCE_LANGUAGE
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.loaded_files = []
        if language != SOURCE_LANGUAGE:
            for qm_file in sorted(translations_dir().glob(f"*_{language}.qm")):
                self._load(qm_file)
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        qt_file = qt_dir / f"qtbase_{language}.qm"
        if qt_file.exists():
            self._load(qt_file)
        QLocale.setDefault(_LOCALES[language])
        self.language = language

    def _load(self, qm_file: Path) -> None:
        translator = QTranslator(self)
        if not translator.load(str(qm_file)):
            _log.warning("translation file %s could not be loaded", qm_file.name)
            return
        self._app.installTranslator(translator)
        self._installed.append(translator)
        self.loaded_files.append(qm_file)
