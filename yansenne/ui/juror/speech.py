"""The juror window's own language: the juror's, whatever language the desk speaks.

Qt's translators are installed for the whole application, so a juror window opened
from a French desk for a Dutch juror could only speak French through them. The
window therefore keeps a `Speech`: the juror's language and its own Qt Linguist
catalogue. Every object of the window mixes in `Spoken`, whose `tr()` asks the
window's speech (found up the parent chain) and never the application's translators;
an object outside a juror window speaks the application's language as usual.
Messages from the core (a refused mark) are asked for in the same language
(`Speech.core`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

from yansenne import i18n as core_i18n
from yansenne.ui import i18n

__all__ = ["Speech", "Spoken", "speech_of"]


class Speech(QObject):
    """One window's language and catalogue; `changed` tells the window to retranslate."""

    changed = Signal(str)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = ""
        self._translator: QTranslator | None = None
        self.set_language(lang if lang in i18n.LANGUAGES else i18n.current_language())

    @property
    def language(self) -> str:
        return self._lang

    def set_language(self, lang: str) -> None:
        if lang not in i18n.LANGUAGES or lang == self._lang:
            return
        translator = QTranslator(self)
        if not translator.load(f"yansenne_{lang}", i18n.translations_dir()):
            translator.deleteLater()
            translator = None
        if self._translator is not None:
            self._translator.deleteLater()
        self._translator, self._lang = translator, lang
        self.changed.emit(lang)

    def translate(self, contexts: tuple[str, ...], text: str,
                  disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in this language from the first context that has it; else the source
        (English), never the application's language."""
        if self._translator is not None:
            for context in contexts:
                found = self._translator.translate(context, text, disambiguation, n)
                if found:
                    return _with_count(found, n, self.locale())
        return _with_count(text, n, self.locale())

    def locale(self) -> QLocale:
        """Numbers and dates in this language's Belgian conventions."""
        return i18n.locale(self._lang)

    @contextmanager
    def core(self) -> Iterator[None]:
        """Let the core word its messages (a refusal) in this language meanwhile."""
        before = core_i18n.language()
        core_i18n.set_language(self._lang)
        try:
            yield
        finally:
            core_i18n.set_language(before)


def speech_of(obj: QObject | None) -> Speech | None:
    """The speech of the juror window `obj` belongs to (its own `speech`, or a parent's)."""
    while obj is not None:
        speech = getattr(obj, "speech", None)
        if isinstance(speech, Speech):
            return speech
        obj = obj.parent()
    return None


class Spoken:
    """Mixin for the juror window's QObjects: `tr()` speaks the window's language."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        assert isinstance(self, QObject)
        speech = speech_of(self)
        contexts = tuple(k.__name__ for k in type(self).__mro__
                         if issubclass(k, QObject) and k.__module__.startswith("yansenne"))
        if speech is None:
            for context in contexts:
                found = QCoreApplication.translate(context, text, disambiguation, n)
                if found != text:
                    return found
            return _with_count(text, n, QLocale())
        return speech.translate(contexts, text, disambiguation, n)


def _with_count(text: str, n: int, locale: QLocale) -> str:
    """The count put in as `QCoreApplication.translate` puts it: `%Ln` in the
    locale's conventions ("1 000", "1.000"), `%n` as bare digits."""
    if n < 0:
        return text
    return text.replace("%Ln", locale.toString(int(n))).replace("%n", str(n))
