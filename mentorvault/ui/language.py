"""The window's language: which one, and the Qt translators and locale that carry it.

The language is the vault setting ``language`` (``system``, ``en``, ``de`` or ``es``).  The
window is built once with its words, so a change applies at the next start: the setting is
mirrored in the view preferences (``view/language``), which the app reads before any vault
is unlocked.  ``system`` follows the computer's locale when it is one of the shipped
languages, and English otherwise.

Installed at start-up, before the first widget: Qt's own catalogue (``qtbase_<lang>``, the
standard buttons and dialogs), the app's (``resources/translations/mentorvault_<lang>.qm``;
the English one holds the singular forms of the ``%n`` strings), and the default
``QLocale``, through which the window writes dates and numbers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mentorvault.ui.logic.shipped import resources_dir

SYSTEM = "system"
# domain.settings.LANGUAGES, not imported here: it costs the first window 20 ms (a test keeps them equal).
LANGUAGES = ("en", "de", "es")
# Each language named in itself: the choice must be readable whatever the window speaks now.
NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}

_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def resolve(setting: str | None, system: QLocale | None = None) -> str:
    """The language to show for a setting: itself when shipped; the system's (or English) for ``system``."""
    if setting in LANGUAGES:
        return str(setting)
    name = (system or QLocale.system()).name()  # "de_AT"
    language = name.split("_")[0]
    return language if language in LANGUAGES else "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The system's locale when it speaks ``language`` (keeps de_AT's or es_MX's habits), else the language's own."""
    system = system or QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Install the translators and default locale for ``language`` (replacing earlier ones); returns it."""
    global _current
    app = app or QCoreApplication.instance()
    language = resolve(language)
    uninstall()
    QLocale.setDefault(locale_for(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("mentorvault", str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    _current = language
    return language


def uninstall() -> None:
    """Remove the translators ``install`` put in (the window speaks its English source again)."""
    global _current
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    _current = "en"


def current() -> str:
    """The language the window speaks (what the prompt decks follow)."""
    return _current


def catalogue_path(language: str) -> Path:
    """``mentorvault_<language>.qm``, built from the ``.ts`` file of the same name by ``make translations``."""
    return translations_dir() / f"mentorvault_{language}.qm"


__all__ = ["LANGUAGES", "NAMES", "SYSTEM", "catalogue_path", "current", "install", "locale_for", "resolve", "translations_dir", "uninstall"]
