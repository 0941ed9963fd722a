"""Help ▸ About Yansenne: version, licence and what the prize is."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from yansenne import __version__
from yansenne.ui.forms.ui_about_dialog import Ui_AboutDialog
from yansenne.ui.style import app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.nameLabel.setProperty("role", "title")
        self.ui.iconLabel.setPixmap(app_icon().pixmap(72, 72))
        self._retranslate()

    def _retranslate(self) -> None:
        """The texts Designer cannot hold (they include the version)."""
        self.ui.versionLabel.setText(self.tr("Version {version}").format(version=__version__))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
