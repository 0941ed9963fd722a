"""Adding or editing one juror, checked as it is typed."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from yansenne.domain import jury
from yansenne.store.models import LANGUAGES, ROLES
from yansenne.ui.forms.ui_juror_dialog import Ui_JurorDialog
from yansenne.ui.models.jurors_model import LANGUAGE_NAMES
from yansenne.ui.pages.fields import FieldProblems


def next_juror_code(taken: Collection[str]) -> str:
    numbers = [int(m.group(1)) for code in taken if (m := re.fullmatch(r"J(\d+)", code))]
    return f"J{max(numbers, default=0) + 1:02d}"


class JurorDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, taken_codes: Collection[str],
                 record: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JurorDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._taken = list(taken_codes)
        self.setWindowTitle(self.tr("New juror") if record is None
                            else self.tr("Edit juror {code}").format(code=record["code"]))
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.clicked.connect(self.accept)
        self._edits: dict[str, QLineEdit] = {"code": ui.codeEdit, "name": ui.nameEdit,
                                             "institution": ui.institutionEdit,
                                             "email": ui.emailEdit}
        self.problems = FieldProblems(self, {
            "code": ui.codeProblem, "name": ui.nameProblem,
            "institution": ui.institutionProblem, "email": ui.emailProblem}, self._edits,
            self._ok)
        ui.formProblem.hide()
        roles = {"president": self.tr("president"), "member": self.tr("member"),
                 "observer": self.tr("observer (sits but does not score)")}
        for role in ROLES:
            ui.roleCombo.addItem(roles[role], role)
        for lang in LANGUAGES:
            ui.languageCombo.addItem(LANGUAGE_NAMES[lang], lang)
        values = {"code": next_juror_code(self._taken), "role": "member", "language": "fr",
                  **(record or {})}
        for name, edit in self._edits.items():
            edit.setText(str(values.get(name) or ""))
            edit.textEdited.connect(lambda _text, name=name: self._edited(name))
        ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(values["role"])))
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(values["language"])))
        self.validate()

    def record(self) -> dict[str, str]:
        values = {name: edit.text() for name, edit in self._edits.items()}
        values["role"] = self.ui.roleCombo.currentData()
        values["language"] = self.ui.languageCombo.currentData()
        return jury.normal_juror(values)

    def validate(self) -> bool:
        filled = {name for name, edit in self._edits.items() if edit.text()}
        return self.problems.show(
            jury.juror_problems(self.record(), taken_codes=self._taken), filled)

    def _edited(self, name: str) -> None:
        self.problems.touch(name)
        self.validate()

    def accept(self) -> None:
        if self.validate():
            super().accept()
