""""Score as juror…": the secretariat picks whose grid to open on this laptop."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from yansenne.domain.juror_desk import JurorInfo


class ChooseJurorDialog(QDialog):
    """A list of the edition's scoring jurors (observers do not score)."""

    def __init__(self, jurors: list[JurorInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chooseJurorDialog")
        self.jurors = jurors
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("promptLabel")
        self.prompt.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setObjectName("jurorCombo")
        self.prompt.setBuddy(self.combo)
        for juror in jurors:
            text = f"{juror.code} — {juror.name}"
            if juror.institution:
                text += f" ({juror.institution})"
            self.combo.addItem(text, juror.code)
        self.hint = QLabel(self)
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5a6272;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.prompt, self.combo, self.hint, self.buttons):
            layout.addWidget(widget)
        self.setWindowTitle(self.tr("Score as juror"))
        self.prompt.setText(self.tr("&Whose grid do you want to open?"))
        self.hint.setText(self.tr("The grid shows only this juror's categories and marks; every "
                                  "mark is saved as it is typed, in the juror's name.")
                          if jurors else self.tr("This edition has no juror who scores."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open the grid"))
        ok.setEnabled(bool(jurors))
        self.setMinimumWidth(460)

    def chosen(self) -> str | None:
        return self.combo.currentData() if self.jurors else None
