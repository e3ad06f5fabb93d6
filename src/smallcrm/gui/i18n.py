"""Chooses the UI language and installs SmallCRM's and Qt's own translations."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smallcrm.core.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("en", "cs", "sk", "pl", "hr", "uk")

# Translators live as long as they are installed; Qt does not own them.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def system_language() -> str:
    """The first of the user's preferred UI languages that SmallCRM speaks, else English."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def uninstall_translators(app: QCoreApplication) -> None:
    """Remove every translator install_translator added (language switch, tests)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translator(
    app: QCoreApplication, language: str | None = None, directory: Path | None = None
) -> str:
    """Install the translations for ``language`` (default: the system's); return the one used.

    English needs no file, but one is loaded if present (it carries the plural forms). A
    missing or unknown language falls back to English, so the app always starts.
    """
    lang = (language or system_language()).replace("_", "-").split("-")[0].lower()
    if lang not in LANGUAGES:
        log.warning("no translation for language %r; using English", language)
        lang = "en"
    folder = directory or translations_dir()
    uninstall_translators(app)

    ours = QTranslator(app)
    if ours.load(f"smallcrm_{lang}", str(folder)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif lang != "en":
        log.warning("translation file smallcrm_%s.qm not found in %s; using English", lang, folder)
        lang = "en"

    if lang != "en":
        # Qt's own strings: standard buttons (Close, Cancel), context menus, file dialogs.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{lang}", qt_folder):
            app.installTranslator(qtbase)
            _installed.append(qtbase)

    # Numbers and dates follow the language chosen, unless the system locale already
    # speaks it (then its regional habits, e.g. en-GB dates, are kept).
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(lang))
    return lang
