"""The app's language: Qt translators for WOPdesk and for Qt's own dialogs, locale formatting.

The language follows the system unless the person chose one (saved in QSettings, applied
at the next start); ``WOPDESK_LANGUAGE`` overrides both, for screenshots and tests. The
chosen language also drives ``wopdesk.domain.i18n``, so vocabulary labels and PDF
reports built by the app speak the same language as its windows.
"""

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from wopdesk.domain import i18n as domain_i18n
from wopdesk.ui import settings as settings_module

LANGUAGE_SETTING = settings_module.LANGUAGE.key
QT_CATALOGUES = ("qtbase",)  # Qt's own strings: dialogs, standard buttons, context menus

NATIVE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}

_installed: list[QTranslator] = []


def available_languages() -> dict[str, str]:
    """Language code -> the language's name in itself ("Français"), English first."""
    names = {}
    for code in domain_i18n.available_languages():
        # Qt names Spanish "español de España": the language alone reads better in a menu.
        native = NATIVE_NAMES.get(code) or QLocale(code).nativeLanguageName()
        names[code] = native[:1].upper() + native[1:]
    return names


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language the person chose, or None to follow the system."""
    value = settings_module.value(settings_module.LANGUAGE, settings)
    return value if value in available_languages() else None


def save_language(language: str | None, settings: QSettings | None = None) -> None:
    """Remember the person's choice (None: follow the system) for the next start."""
    if language is not None and language not in available_languages():
        raise ValueError(f"WOPdesk has no translation into {language!r}.")
    settings_module.set_value(settings_module.LANGUAGE, language or "", settings)


def system_language() -> str:
    """The first of the system's preferred languages that WOPdesk offers, else English."""
    offered = available_languages()
    for name in QLocale.system().uiLanguages():
        code = domain_i18n.normalise_language(name)
        if code in offered:
            return code
    return domain_i18n.SOURCE_LANGUAGE


def language_override() -> str | None:
    """The language ``WOPDESK_LANGUAGE`` imposes on this run, if it names one offered."""
    from_env = domain_i18n.normalise_language(os.environ.get(domain_i18n.LANGUAGE_ENV))
    return from_env if from_env in available_languages() else None


def resolve_language(language: str | None = None, settings: QSettings | None = None) -> str:
    """``language``, else ``WOPDESK_LANGUAGE``, else the saved choice, else the system's."""
    offered = available_languages()
    if language in offered:
        return language
    from_env = domain_i18n.normalise_language(os.environ.get(domain_i18n.LANGUAGE_ENV))
    if from_env in offered:
        return from_env
    return saved_language(settings) or system_language()


def qt_translations_dir() -> Path:
    """Where Qt's own ``qtbase_*.qm`` files are, in a virtualenv or a PyInstaller bundle."""
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if reported.is_dir():
        return reported
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "PySide6" / "Qt" / "translations" if bundle else reported


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (keeps the region), else the language's."""
    system = QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def install_translators(
    app: QCoreApplication, language: str | None = None, settings: QSettings | None = None
) -> str:
    """Translate the app and Qt's dialogs into ``language`` (resolved as above); return it.

    Installing again replaces the previous translators; widgets built before keep their
    text, which is why a new choice applies at the next start.
    """
    code = resolve_language(language, settings)
    remove_translators(app)
    catalogues = [(name, qt_translations_dir()) for name in QT_CATALOGUES]
    catalogues.append(("wopdesk", domain_i18n.translations_dir()))
    for name, folder in catalogues:
        translator = QTranslator(app)
        # English has no qtbase catalogue (Qt is written in English): a failed load is normal.
        if translator.load(f"{name}_{code}", str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(code))
    domain_i18n.set_language(code)
    return code


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English of the source, following the system's locale."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    domain_i18n.set_language(None)


# Formatting for the locale -------------------------------------------------------------


def format_datetime(value: dt.datetime | None) -> str:
    """A date and time: the date as in tables (``31 mars 2026``), the locale's short time."""
    if value is None:
        return ""
    locale = QLocale()
    clock = QTime(value.hour, value.minute, value.second)
    time = locale.toString(clock, locale.timeFormat(QLocale.FormatType.ShortFormat))
    return f"{domain_i18n.format_short_date(value.date())} {time}"
