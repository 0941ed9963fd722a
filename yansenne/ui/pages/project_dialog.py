"""Creating or editing one candidate project, every field checked as it is typed.

The budget and the municipality are read as the call's import reads them (a Belgian
amount such as "12 500,00"; a NIS code, a French or Dutch name or "Toute la Région"
typed in the municipality's field), by the same functions (`domain/amounts.py`,
`domain/places.py`, through `projects.normal_project`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from yansenne import reference
from yansenne.domain import projects
from yansenne.domain.places import municipality_code
from yansenne.domain.queries import CategoryRow
from yansenne.domain.scale import format_number
from yansenne.i18n import pick
from yansenne.store.models import ACTORS, LANGUAGES
from yansenne.ui import i18n, labels
from yansenne.ui.forms.ui_project_dialog import Ui_ProjectDialog
from yansenne.ui.pages.fields import FieldProblems

REGION = labels.REGION
TEXTS = ("code", "title_fr", "title_nl", "title_en", "organisation", "contact_name",
         "contact_email", "budget_eur")
SUMMARIES = ("summary_fr", "summary_nl", "summary_en")
# Each language by its own name, as language menus show them.
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


def next_code(taken: Collection[str]) -> str:
    """P01, P02… the first free number after the highest one in use."""
    numbers = [int(m.group(1)) for code in taken if (m := re.fullmatch(r"P(\d+)", code))]
    return f"P{max(numbers, default=0) + 1:02d}"


def municipality_choices(lang: str) -> list[tuple[str, str]]:
    """(NIS code, text) of the 19 municipalities, sorted in `lang`; both official names,
    the reader's language first (French for English)."""
    items = []
    for m in reference.municipalities():
        first, second = (m.name_nl, m.name_fr) if lang == "nl" else (m.name_fr, m.name_nl)
        text = first if first == second else f"{first} / {second}"
        items.append((m.nis_code, text))
    return sorted(items, key=lambda item: labels.fold(item[1]))


class ProjectDialog(QDialog):
    """`record()` gives the project as `projects.add_project` / `update_project` take it."""

    def __init__(self, parent: QWidget | None, *, categories: list[CategoryRow],
                 taken_codes: Collection[str], record: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectDialog()
        self.ui.setupUi(self)
        self._categories = categories
        self._taken = list(taken_codes)
        self._new = record is None
        ui = self.ui
        self._ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.clicked.connect(self.accept)
        self._edits: dict[str, QLineEdit] = {
            "code": ui.codeEdit, "title_fr": ui.titleFrEdit, "title_nl": ui.titleNlEdit,
            "title_en": ui.titleEnEdit, "organisation": ui.organisationEdit,
            "contact_name": ui.contactNameEdit, "contact_email": ui.contactEmailEdit,
            "budget_eur": ui.budgetEdit}
        self._summaries: dict[str, QPlainTextEdit] = {
            "summary_fr": ui.summaryFrEdit, "summary_nl": ui.summaryNlEdit,
            "summary_en": ui.summaryEnEdit}
        self.problems = FieldProblems(self, {
            "code": ui.codeProblem, "category": ui.categoryProblem,
            "title_fr": ui.titleFrProblem, "title_nl": ui.titleNlProblem,
            "title_en": ui.titleEnProblem, "organisation": ui.organisationProblem,
            "contact_name": ui.contactNameProblem, "contact_email": ui.contactEmailProblem,
            "budget_eur": ui.budgetProblem, "municipality": ui.municipalityProblem,
        }, {**self._edits, "category": ui.categoryCombo,
            "municipality": ui.municipalityCombo}, self._ok)
        ui.formProblem.setProperty("role", "problem")
        ui.formProblem.hide()
        self._fill_choices()
        self._load(record or self._defaults())
        for name, edit in self._edits.items():
            edit.textEdited.connect(lambda _text, name=name: self._edited(name))
        ui.categoryCombo.currentIndexChanged.connect(self._category_chosen)
        self._lead_touched = not self._new
        ui.leadActorCombo.activated.connect(self._lead_chosen)
        ui.leadActorCombo.currentIndexChanged.connect(self._sync_partners)
        ui.municipalityCombo.currentTextChanged.connect(self._municipality_typed)
        self._retranslate()
        self.validate()

    # -- building ------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui, lang = self.ui, i18n.current_language()
        ui.categoryCombo.clear()
        for category in self._categories:
            ui.categoryCombo.addItem(pick(category, "name", lang), category.code)
        ui.leadActorCombo.clear()
        ui.leadActorCombo.addItem("—", None)  # optional
        ui.partnersList.clear()
        for actor in reference.actors():
            ui.leadActorCombo.addItem(pick(actor, "name", lang), actor.code)
            item = QListWidgetItem(pick(actor, "name", lang), ui.partnersList)
            item.setData(Qt.ItemDataRole.UserRole, actor.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        combo = ui.municipalityCombo
        combo.clear()
        combo.addItem("", None)  # none; typed text is read as the import reads it
        combo.lineEdit().setPlaceholderText("—")
        combo.addItem(labels.region_wide(), REGION)
        combo.insertSeparator(combo.count())
        for code, text in municipality_choices(lang):
            combo.addItem(text, code)
        ui.languageCombo.clear()
        for code in LANGUAGES:
            ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)

    def _defaults(self) -> dict[str, Any]:
        category = self._categories[0].code if self._categories else ""
        return {"code": next_code(self._taken), "category": category,
                "lead_actor": category if category in ACTORS else None, "language": "fr"}

    def _load(self, record: Mapping[str, Any]) -> None:
        ui = self.ui
        for name, edit in self._edits.items():
            value = record.get(name)
            if name == "budget_eur" and isinstance(value, int | float):
                value = format_number(float(value))
            edit.setText("" if value is None else str(value))
        for name, editor in self._summaries.items():
            editor.setPlainText(str(record.get(name) or ""))
        _choose(ui.categoryCombo, record.get("category"))
        _choose(ui.leadActorCombo, record.get("lead_actor") or None)
        _choose(ui.languageCombo, record.get("language") or "fr")
        partners = projects.normal_project({"partner_actors": record.get("partner_actors")
                                            or ""})["partner_actors"].split(";")
        for row in range(ui.partnersList.count()):
            item = ui.partnersList.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in partners
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        town = record.get("municipality")
        _choose(ui.municipalityCombo, municipality_code(town) if town else None)
        if town and ui.municipalityCombo.findData(municipality_code(town)) < 0:
            ui.municipalityCombo.setEditText(str(town))  # as typed: its problem shows
        self._sync_partners()
        self._show_police_zone()

    # -- reading -------------------------------------------------------------------
    def record(self) -> dict[str, Any]:
        """The project as typed, normalised as the store keeps it."""
        ui = self.ui
        values: dict[str, Any] = {name: edit.text() for name, edit in self._edits.items()}
        values.update({name: editor.toPlainText() for name, editor in self._summaries.items()})
        values["category"] = ui.categoryCombo.currentData() or ""
        values["lead_actor"] = ui.leadActorCombo.currentData() or None
        values["language"] = ui.languageCombo.currentData() or "fr"
        values["partner_actors"] = [
            ui.partnersList.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(ui.partnersList.count())
            if ui.partnersList.item(row).checkState() == Qt.CheckState.Checked
            and ui.partnersList.item(row).flags() & Qt.ItemFlag.ItemIsEnabled]
        values["municipality"] = self._municipality()
        return projects.normal_project(values)

    def _municipality(self) -> str | None:
        """The chosen municipality, or what is typed (read by `normal_project` as the
        import reads it: NIS code, French or Dutch name, "Toute la Région")."""
        combo = self.ui.municipalityCombo
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return combo.itemData(index)
        return text or None

    def validate(self) -> bool:
        record = self.record()
        problems = projects.project_problems(
            record, taken_codes=self._taken, categories=[c.code for c in self._categories])
        filled = {name for name, edit in self._edits.items() if edit.text()}
        return self.problems.show(problems, filled)

    def show_refusal(self, message: str) -> None:
        """A refusal from the store the live checks could not foresee."""
        self.ui.formProblem.setText(message)
        self.ui.formProblem.setVisible(bool(message))

    # -- reactions -----------------------------------------------------------------
    def _edited(self, name: str) -> None:
        self.problems.touch(name)
        self.validate()

    def _category_chosen(self, _index: int) -> None:
        code = self.ui.categoryCombo.currentData()
        if self._new and not self._lead_touched and code in ACTORS:
            _choose(self.ui.leadActorCombo, code)
        self.validate()

    def _municipality_typed(self, _text: str) -> None:
        if not hasattr(self, "_lead_touched"):
            return  # still being built
        self.problems.touch("municipality")
        self._show_police_zone()
        self.validate()

    def _lead_chosen(self, _index: int) -> None:
        self._lead_touched = True

    def _sync_partners(self, *_args: int) -> None:
        """A project's lead actor is not also its partner."""
        lead = self.ui.leadActorCombo.currentData()
        for row in range(self.ui.partnersList.count()):
            item = self.ui.partnersList.item(row)
            is_lead = item.data(Qt.ItemDataRole.UserRole) == lead
            flags = Qt.ItemFlag.ItemIsUserCheckable | (
                Qt.ItemFlag.NoItemFlags if is_lead else Qt.ItemFlag.ItemIsEnabled)
            item.setFlags(flags)
            if is_lead:
                item.setCheckState(Qt.CheckState.Unchecked)

    def _show_police_zone(self, *_args: object) -> None:
        town = self._municipality()
        code = municipality_code(town) if town else None
        lang = i18n.current_language()
        if code == REGION:
            text = self.tr("every zone of the Region")
        else:
            text = labels.police_zone_name(code, lang, with_code=True) or "—"
        self.ui.policeZoneValue.setText(text)

    def accept(self) -> None:
        if self.validate():
            super().accept()

    def _retranslate(self) -> None:
        title = self.tr("New project") if self._new else self.tr("Edit project {code}").format(
            code=self.ui.codeEdit.text())
        self.setWindowTitle(title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "problems"):
            record = self.record()
            self.ui.retranslateUi(self)
            self._fill_choices()
            self._load(record)
            self._retranslate()
            self.validate()
        super().changeEvent(event)


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(index if index >= 0 else 0)
