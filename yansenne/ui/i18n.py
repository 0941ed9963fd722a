"""Choosing and switching the interface language at run time.

Qt Linguist catalogues (`resources/translations/yansenne_*.qm`) translate the
interface; Qt's own (`qtbase_*.qm`) translate standard buttons and dialogs.
Switching installs new translators, which makes Qt send `LanguageChange` to
every window; each view then calls `retranslateUi` and refreshes its models.
The Qt-free core catalogue (`yansenne.i18n`) follows, so that error messages
coming from the store speak the same language as the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from yansenne import i18n as core_i18n
from yansenne.paths import resources_dir
from yansenne.ui.settings import LANGUAGE_KEY, preferences

LANGUAGES: tuple[str, ...] = ("fr", "nl", "en")
DEFAULT_LANGUAGE = "fr"
# Belgian conventions for numbers and amounts; British for English ("€12,500").
LOCALES: dict[str, str] = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def current_language() -> str:
    """The language the interface speaks now."""
    return _current


def locale(lang: str | None = None) -> QLocale:
    """The locale used to format numbers and amounts in `lang`."""
    return QLocale(LOCALES[lang or _current])


def system_language() -> str | None:
    """The system locale's language if Yansenne speaks it."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        code = name[:2].lower()
        if code in LANGUAGES:
            return code
    return None


def saved_language() -> str | None:
    value = preferences().value(LANGUAGE_KEY)
    return value if value in LANGUAGES else None


def save_language(lang: str) -> None:
    preferences().setValue(LANGUAGE_KEY, lang)


def initial_language(explicit: str | None = None) -> str:
    """Explicit choice, else the saved one, else the system's, else French."""
    if explicit in LANGUAGES:
        return explicit
    return saved_language() or system_language() or DEFAULT_LANGUAGE


def switch_language(lang: str) -> None:
    """Install the translators of `lang`, replacing the current ones."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before choosing a language")
    translators = []
    for name, folder in (
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"yansenne_{lang}", translations_dir()),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            translators.append(translator)
        else:
            translator.deleteLater()
    # Set the language first: views read it while handling LanguageChange.
    _current = lang
    core_i18n.set_language(lang)
    QLocale.setDefault(locale(lang))
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
