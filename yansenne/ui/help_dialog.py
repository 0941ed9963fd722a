"""Help ▸ User guide: the guide shipped in resources/help/<lang>/, read offline.

The guide is plain HTML (one file per language, its table of contents as links), shown
in a QTextBrowser so it needs neither a network nor a web browser and follows the
interface language when it changes. A language without a guide falls back to English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from yansenne.paths import resources_dir
from yansenne.ui import i18n

GUIDE_FILE = "index.html"
FALLBACK_LANGUAGE = "en"
SIZE = (820, 680)


def guide_path(lang: str) -> Path:
    """The guide in `lang`, or in English if there is none in that language."""
    folder = resources_dir() / "help"
    path = folder / lang / GUIDE_FILE
    return path if path.is_file() else folder / FALLBACK_LANGUAGE / GUIDE_FILE


class HelpDialog(QDialog):
    """The user guide beside the desk (not modal: one reads it while working)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.resize(*SIZE)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Alt+Left goes back after following a link of the table of contents.
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        self._retranslate()

    def shown_language(self) -> str:
        return self.browser.source().toLocalFile().split("/")[-2]

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setAccessibleDescription(
            self.tr("The guide to the desk; Tab reaches its links, Enter follows one"))
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(i18n.current_language()))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
