"""Loading the compiled translations (``.qm``) for the chosen language.

Source strings are English; Dutch, the default, is a complete translation. Call
:func:`translate` with a literal context and text so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from stap0_desktop.config.paths import translations_dir

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")
ENV_LANGUAGE = "STAP0_LANG"

_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]


def chosen_language(explicit: str | None = None) -> str:
    language = (explicit or os.environ.get(ENV_LANGUAGE) or DEFAULT_LANGUAGE).lower()[:2]
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def install_language(language: str) -> bool:
    """Install the translator for ``language`` on the running QCoreApplication.

    Returns False when the ``.qm`` file is missing (``make translations`` builds it).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QCoreApplication before installing a language")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    _current[0] = language
    # Dates and numbers follow the language (day first in English too: a Dutch setting).
    QLocale.setDefault(QLocale("nl_NL" if language == "nl" else "en_GB"))
    if language == "en":  # the source language: only its plural forms need a file
        plurals = QTranslator(app)
        if plurals.load("stap0_en", str(translations_dir())):
            QCoreApplication.installTranslator(plurals)
            _installed.append(plurals)
        return True
    qt_own = QTranslator(app)  # Qt's own texts: standard buttons, context menus
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    translator = QTranslator(app)
    if not translator.load(f"stap0_{language}", str(translations_dir())):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def current_language() -> str:
    """The language last installed (``nl`` until another one is)."""
    return _current[0]


def translate(context: str, text: str) -> str:
    """A text in the chosen language. (Plurals go through a QObject's ``tr(text, "", n)``:
    lupdate finds ``%n`` forms only there.)"""
    return QCoreApplication.translate(context, text)
