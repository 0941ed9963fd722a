"""A new edition: from the template or as a copy of another edition's grid and jury."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from yansenne.domain import editions
from yansenne.ui.forms.ui_new_edition_dialog import Ui_NewEditionDialog
from yansenne.ui.pages.base import Desk
from yansenne.ui.pages.fields import FieldProblems
from yansenne.ui.undo import step

NAME_FIELDS = ("name_fr", "name_nl", "name_en")
HINT_WIDTH = 420


class NewEditionDialog(QDialog):
    """`values()` gives the year, the source (None: the template), quorum and names."""

    def __init__(self, parent: QWidget | None, years: Sequence[int]) -> None:
        super().__init__(parent)
        self.ui = Ui_NewEditionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._years = list(years)
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Create"))
        self._ok.clicked.connect(self.accept)
        self._names: dict[str, QLineEdit] = {"name_fr": ui.nameFrEdit, "name_nl": ui.nameNlEdit,
                                             "name_en": ui.nameEnEdit}
        self._typed: set[str] = set()
        self.problems = FieldProblems(self, {
            "year": ui.yearProblem, "name_fr": ui.nameFrProblem, "name_nl": ui.nameNlProblem,
            "name_en": ui.nameEnProblem}, {"name_fr": ui.nameFrEdit}, self._ok)
        for hint in (ui.templateHint, ui.copyHint):  # word-wrapped: as wide as the fields
            hint.setMinimumWidth(HINT_WIDTH)
        for year in sorted(self._years, reverse=True):
            ui.sourceCombo.addItem(str(year), year)
        ui.copyRadio.setEnabled(bool(self._years))
        ui.sourceCombo.setEnabled(False)
        ui.yearSpin.setValue(max(self._years, default=2026) + 1)
        ui.yearSpin.valueChanged.connect(self._year_changed)
        ui.copyRadio.toggled.connect(self._source_changed)
        for name, edit in self._names.items():
            edit.textEdited.connect(lambda _text, name=name: self._name_typed(name))
        self._year_changed(ui.yearSpin.value())
        self._source_changed(False)

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "year": ui.yearSpin.value(),
            "source": ui.sourceCombo.currentData() if ui.copyRadio.isChecked() else None,
            "quorum": ui.quorumSpin.value(),
            "names": {name: edit.text().strip() for name, edit in self._names.items()},
        }

    def validate(self) -> bool:
        values = self.values()
        problems = editions.edition_problems(values["names"], criteria=())  # type: ignore[arg-type]
        if values["year"] in self._years:
            problems["year"] = self.tr("edition {year} already exists").format(
                year=values["year"])
        self.problems.touched |= {"year", *NAME_FIELDS}
        return self.problems.show(problems)

    def _year_changed(self, year: int) -> None:
        for name, template in editions.default_names(year).items():
            if name not in self._typed:
                self._names[name].setText(template)
        self.validate()

    def _name_typed(self, name: str) -> None:
        self._typed.add(name)
        self.validate()

    def _source_changed(self, copying: bool) -> None:
        ui = self.ui
        ui.sourceCombo.setEnabled(copying)
        ui.quorumSpin.setEnabled(not copying)
        ui.copyHint.setEnabled(copying)
        ui.templateHint.setEnabled(not copying)

    def accept(self) -> None:
        if self.validate():
            super().accept()


def create_edition(parent: QWidget, desk: Desk, years: Sequence[int]) -> int | None:
    """Ask for a new edition and create it (undoable); its year, or None."""
    dialog = NewEditionDialog(parent, years)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    values = dialog.values()
    year, source = int(values["year"]), values["source"]  # type: ignore[call-overload]
    names, quorum, actor = values["names"], int(values["quorum"]), desk.actor  # type: ignore[call-overload]

    def create(session: object) -> None:
        if source is None:
            editions.create_from_template(session, year, quorum=quorum, names=names,  # type: ignore[arg-type]
                                          actor=actor)
        else:
            editions.create_by_copy(session, int(source), year, names=names,  # type: ignore[arg-type]
                                    actor=actor)

    text = (step("NewEditionDialog", QT_TRANSLATE_NOOP("NewEditionDialog",
                                                       "Create edition {year}"), year=year)
            if source is None else
            step("NewEditionDialog", QT_TRANSLATE_NOOP("NewEditionDialog",
                                                       "Create edition {year} from {source}"),
                 year=year, source=source))
    done = desk.perform(text, "editions", create,
                        lambda session, _result: editions.delete_edition(session, year,
                                                                         actor=actor),
                        undo_alone=True)  # removing an edition: never under another desk
    return year if done else None
