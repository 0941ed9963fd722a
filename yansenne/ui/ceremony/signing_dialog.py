"""The dialog that asks who signs the previewed minutes or dossier, and with what: a
certificate file (.p12, .pfx) or a card or token through its PKCS#11 module (the Belgian
eID's by default), with the password or PIN.

The password or PIN is never stored: it lives in its field until the dialog closes,
then the field is cleared. Signing itself is the page's work (off the UI thread).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from yansenne.reports import signing
from yansenne.ui import file_dialogs

#: The Belgian eID middleware's PKCS#11 module on Debian and Ubuntu.
BEID_MODULE = "/usr/lib/x86_64-linux-gnu/pkcs11/beid-pkcs11.so"


def default_module() -> str:
    return BEID_MODULE if Path(BEID_MODULE).exists() else ""


class SigningDialog(QDialog):
    """Choose the signature field (by juror), the key and its password or PIN;
    `credentials()` and `juror()` say what was chosen once accepted."""

    def __init__(self, empty_fields: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signingDialog")
        self.setWindowTitle(self.tr("Sign the document"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.jurorCombo = QComboBox(self)
        self.jurorCombo.setObjectName("jurorCombo")
        for name in empty_fields:
            code = name.removeprefix(signing.FIELD_PREFIX)
            self.jurorCombo.addItem(code, code)
        if not empty_fields:  # the dossier: a new, invisible field
            self.jurorCombo.addItem(self.tr("A new signature (no field for it yet)"), None)
        self.jurorLabel = QLabel(self.tr("&Juror:"), self)
        self.jurorLabel.setBuddy(self.jurorCombo)
        form.addRow(self.jurorLabel, self.jurorCombo)

        self.fileRadio = QRadioButton(self.tr("Certificate &file (.p12, .pfx)"), self)
        self.fileRadio.setObjectName("fileRadio")
        self.tokenRadio = QRadioButton(self.tr("To&ken or card (PKCS#11)"), self)
        self.tokenRadio.setObjectName("tokenRadio")
        self.fileRadio.setChecked(True)
        form.addRow(self.fileRadio)

        self.fileEdit = QLineEdit(self)
        self.fileEdit.setObjectName("fileEdit")
        self.browseButton = QPushButton(self.tr("&Browse…"), self)
        self.browseButton.setObjectName("browseButton")
        self.browseButton.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.fileEdit)
        row.addWidget(self.browseButton)
        self.fileLabel = QLabel(self.tr("F&ile:"), self)
        self.fileLabel.setBuddy(self.fileEdit)
        form.addRow(self.fileLabel, row)

        form.addRow(self.tokenRadio)
        self.moduleEdit = QLineEdit(default_module(), self)
        self.moduleEdit.setObjectName("moduleEdit")
        self.moduleLabel = QLabel(self.tr("&Module:"), self)
        self.moduleLabel.setBuddy(self.moduleEdit)
        form.addRow(self.moduleLabel, self.moduleEdit)
        self.tokenEdit = QLineEdit(self)
        self.tokenEdit.setObjectName("tokenEdit")
        self.tokenLabel = QLabel(self.tr("T&oken label:"), self)
        self.tokenLabel.setBuddy(self.tokenEdit)
        form.addRow(self.tokenLabel, self.tokenEdit)
        self.keyEdit = QLineEdit(self)
        self.keyEdit.setObjectName("keyEdit")
        self.keyLabel = QLabel(self.tr("Key &label:"), self)
        self.keyLabel.setBuddy(self.keyEdit)
        form.addRow(self.keyLabel, self.keyEdit)

        self.secretEdit = QLineEdit(self)
        self.secretEdit.setObjectName("secretEdit")
        self.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secretLabel = QLabel(self.tr("&Password or PIN:"), self)
        self.secretLabel.setBuddy(self.secretEdit)
        form.addRow(self.secretLabel, self.secretEdit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.signButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.signButton.setObjectName("signButton")
        self.signButton.setText(self.tr("&Sign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Tab goes down the form as it reads (the radios were made before the fields).
        order = (self.jurorCombo, self.fileRadio, self.fileEdit, self.browseButton,
                 self.tokenRadio, self.moduleEdit, self.tokenEdit, self.keyEdit,
                 self.secretEdit, self.buttons)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        for widget, name in (
                (self.fileEdit, self.tr("Certificate file")),
                (self.moduleEdit, self.tr("PKCS#11 module")),
                (self.tokenEdit, self.tr("Token label")),
                (self.keyEdit, self.tr("Key label")),
                (self.secretEdit, self.tr("Password or PIN"))):
            widget.setAccessibleName(name)
        self.jurorCombo.setAccessibleName(self.tr("Juror"))
        self.secretEdit.setToolTip(self.tr(
            "Never stored. A wrong PIN is not tried again: a card blocks after three."))
        for signal in (self.fileRadio.toggled, self.fileEdit.textChanged,
                       self.moduleEdit.textChanged, self.tokenEdit.textChanged,
                       self.keyEdit.textChanged, self.secretEdit.textChanged):
            signal.connect(self._update)
        self._update()

    # -- what was chosen ---------------------------------------------------------------
    def juror(self) -> str | None:
        return self.jurorCombo.currentData()

    def credentials(self) -> signing.Credentials:
        if self.fileRadio.isChecked():
            return signing.Pkcs12Key(Path(self.fileEdit.text().strip()),
                                     self.secretEdit.text())
        return signing.Pkcs11Key(self.moduleEdit.text().strip(), self.tokenEdit.text().strip(),
                                 self.keyEdit.text().strip(), self.secretEdit.text())

    # -- internals -------------------------------------------------------------------
    def _browse(self) -> None:
        name = file_dialogs.open_file(self, self.tr("The signer's certificate"), "",
                                      self.tr("Certificates (*.p12 *.pfx)"))
        if name:
            self.fileEdit.setText(name)
            self.secretEdit.setFocus()

    def _update(self) -> None:
        by_file = self.fileRadio.isChecked()
        for widget in (self.fileEdit, self.browseButton, self.fileLabel):
            widget.setEnabled(by_file)
        for widget in (self.moduleEdit, self.tokenEdit, self.keyEdit, self.moduleLabel,
                       self.tokenLabel, self.keyLabel):
            widget.setEnabled(not by_file)
        if by_file:
            ready = bool(self.fileEdit.text().strip())
        else:
            ready = all(edit.text().strip() for edit in
                        (self.moduleEdit, self.tokenEdit, self.keyEdit))
        self.signButton.setEnabled(ready and bool(self.secretEdit.text()))

    def done(self, result: int) -> None:
        """Closed in any way (Sign, Cancel, Escape): the secret leaves the field; the
        caller has read `credentials()` in its `accepted` handler before."""
        super().done(result)
        self.secretEdit.clear()
