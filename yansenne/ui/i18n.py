"""Choosing and switching the interface language at run time.

Qt Linguist catalogues (`resources/translations/yansenne_*.qm`) translate the
interface; Qt's own (`qtbase_*.qm`) translate standard buttons and dialogs.
Switching installs new translators, which makes Qt send `LanguageChange` to
every window; each view then calls `retranslateUi` and refreshes its models.
The Qt-free core catalogue (`yansenne.i18n`) follows, so that error messages
coming from the store speak the same language as the window.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from yansenne import i18n as core_i18n
from yansenne.paths import resources_dir
from yansenne.ui.settings import LANGUAGE_KEY, preferences

LANGUAGES: tuple[str, ...] = ("fr", "nl", "en")
DEFAULT_LANGUAGE = "fr"
# Belgian conventions for numbers and amounts; British for English ("€12,500").
LOCALES: dict[str, str] = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


#: Words of Qt's own dialogs that its catalogues (qtbase_*.qm) leave in English: listed
#: here so that Qt Linguist puts them in the application's catalogues, which Qt asks
#: before its own.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


class LanguageNews(QObject):
    """`switched(lang)` after the translators of a new language are installed, for
    what is not a widget and so gets no LanguageChange event (the undo stack)."""

    switched = Signal(str)


_news: LanguageNews | None = None


def news() -> LanguageNews:
    global _news
    if _news is None:
        _news = LanguageNews(QCoreApplication.instance())
    return _news


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


def interface_translator(lang: str, parent: QObject | None = None) -> QTranslator | None:
    """The interface's catalogue of `lang`, for the application or for one window that
    speaks its own language; None if missing."""
    translator = QTranslator(parent)
    if translator.load(f"yansenne_{lang}", translations_dir()):
        return translator
    translator.deleteLater()
    return None


def switch_language(lang: str) -> None:
    """Install the translators of `lang`, replacing the current ones."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before choosing a language")
    translators: list[QTranslator] = []
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_own)
    else:
        qt_own.deleteLater()
    ours = interface_translator(lang, app)
    if ours is not None:
        translators.append(ours)
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
    news().switched.emit(lang)
