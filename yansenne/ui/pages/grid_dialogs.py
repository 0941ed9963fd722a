"""Editing a category, or a criterion of the grid, checked as it is typed."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QWidget

from yansenne.domain import grid
from yansenne.domain.grid import CriterionKey
from yansenne.domain.marks import parse_number
from yansenne.domain.queries import CategoryRow
from yansenne.domain.scale import format_number
from yansenne.i18n import pick
from yansenne.ui import i18n
from yansenne.ui.forms.ui_category_dialog import Ui_CategoryDialog
from yansenne.ui.forms.ui_criterion_dialog import Ui_CriterionDialog
from yansenne.ui.models.grid_models import percent
from yansenne.ui.pages.fields import FieldProblems


class CategoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, taken_codes: Collection[str],
                 record: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CategoryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._taken = list(taken_codes)
        self.setWindowTitle(self.tr("New category") if record is None
                            else self.tr("Edit category {code}").format(code=record["code"]))
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.clicked.connect(self.accept)
        self._edits: dict[str, QLineEdit] = {"code": ui.codeEdit, "name_fr": ui.nameFrEdit,
                                             "name_nl": ui.nameNlEdit, "name_en": ui.nameEnEdit}
        self.problems = FieldProblems(self, {
            "code": ui.codeProblem, "name_fr": ui.nameFrProblem, "name_nl": ui.nameNlProblem,
            "name_en": ui.nameEnProblem}, self._edits, self._ok)
        ui.formProblem.hide()
        for name, edit in self._edits.items():
            edit.setText(str((record or {}).get(name) or ""))
            edit.textEdited.connect(lambda _text, name=name: self._edited(name))
        self.validate()

    def record(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self._edits.items()}

    def validate(self) -> bool:
        filled = {name for name, edit in self._edits.items() if edit.text()}
        return self.problems.show(
            grid.category_problems(self.record(), taken_codes=self._taken), filled)

    def _edited(self, name: str) -> None:
        self.problems.touch(name)
        self.validate()

    def accept(self) -> None:
        if self.validate():
            super().accept()


class CriterionDialog(QDialog):
    """`record()` gives the criterion as `grid.add_criterion` takes it."""

    def __init__(self, parent: QWidget | None, *, categories: list[CategoryRow],
                 taken: Collection[CriterionKey], other_weights: Mapping[str | None, float],
                 record: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CriterionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._categories, self._taken = categories, list(taken)
        self._other_weights = dict(other_weights)  # per category: the rest of its grid
        self.setWindowTitle(self.tr("New criterion") if record is None
                            else self.tr("Edit criterion {code}").format(code=record["code"]))
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.clicked.connect(self.accept)
        self._edits: dict[str, QLineEdit] = {
            "code": ui.codeEdit, "name_fr": ui.nameFrEdit, "name_nl": ui.nameNlEdit,
            "name_en": ui.nameEnEdit, "weight": ui.weightEdit, "min_value": ui.minEdit,
            "max_value": ui.maxEdit, "step": ui.stepEdit}
        self._descriptors: dict[str, QPlainTextEdit] = {
            "descriptor_fr": ui.descriptorFrEdit, "descriptor_nl": ui.descriptorNlEdit,
            "descriptor_en": ui.descriptorEnEdit}
        self.problems = FieldProblems(self, {
            "code": ui.codeProblem, "category": ui.categoryProblem,
            "name_fr": ui.nameFrProblem, "name_nl": ui.nameNlProblem,
            "name_en": ui.nameEnProblem, "weight": ui.weightProblem, "min_value": ui.minProblem,
            "max_value": ui.maxProblem, "step": ui.stepProblem}, self._edits, self._ok)
        ui.formProblem.hide()
        lang = i18n.current_language()
        ui.categoryCombo.addItem(self.tr("every category"), None)
        for category in categories:
            ui.categoryCombo.addItem(pick(category, "name", lang), category.code)
        values = {"weight": 1.0, "min_value": 0.0, "max_value": 10.0, "step": 0.5,
                  **(record or {})}
        for name, edit in self._edits.items():
            value = values.get(name)
            edit.setText(format_number(value) if isinstance(value, float) else str(value or ""))
            edit.textEdited.connect(lambda _text, name=name: self._edited(name))
        for name, editor in self._descriptors.items():
            editor.setPlainText(str(values.get(name) or ""))
        ui.categoryCombo.setCurrentIndex(max(0, ui.categoryCombo.findData(values.get("category"))))
        ui.categoryCombo.currentIndexChanged.connect(lambda _i: self.validate())
        self.validate()

    def record(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self._edits.items()}
        values.update({name: editor.toPlainText().strip()
                       for name, editor in self._descriptors.items()})
        values["category"] = self.ui.categoryCombo.currentData()
        for name in ("weight", "min_value", "max_value", "step"):
            number = parse_number(values[name])
            values[name] = number if number is not None else values[name]
        return values

    def validate(self) -> bool:
        record = self.record()
        problems = grid.criterion_problems(record, taken=self._taken,
                                           categories=[c.code for c in self._categories])
        if "max_value" in problems and "min_value" not in problems:
            self.problems.touch("max_value")
        weight = parse_number(record["weight"])
        rest = self._other_weights.get(record["category"], 0.0)
        share = weight / (weight + rest) if weight and weight > 0 else None
        self.ui.shareValue.setText(self.tr("{share} of the grid").format(
            share=percent(share)) if share is not None else "—")
        filled = {name for name, edit in self._edits.items() if edit.text()}
        return self.problems.show(problems, filled)

    def _edited(self, name: str) -> None:
        self.problems.touch(name)
        self.validate()

    def accept(self) -> None:
        if self.validate():
            super().accept()
