"""The Edition page: names, ceremony date, prizes, ranking rules and foreword.

The form is checked as it is typed (the store's own checks); Save writes the
changed settings at once as one undoable step, Revert reads them back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QPlainTextEdit, QWidget

from yansenne.domain import edition_rules, editions, queries
from yansenne.domain.queries import EditionDetail
from yansenne.i18n import pick
from yansenne.scoring import catalogue
from yansenne.scoring.catalogue import CODES as METHODS
from yansenne.ui import i18n
from yansenne.ui.forms.ui_edition_page import Ui_EditionPage
from yansenne.ui.pages.base import DeskPage
from yansenne.ui.pages.fields import FieldProblems
from yansenne.ui.pages.new_edition_dialog import create_edition
from yansenne.ui.undo import step


class EditionPage(DeskPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EditionPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setProperty("role", "title")
        self._detail: EditionDetail | None = None
        self._names: dict[str, QLineEdit] = {"name_fr": ui.nameFrEdit, "name_nl": ui.nameNlEdit,
                                             "name_en": ui.nameEnEdit}
        self._forewords: dict[str, QPlainTextEdit] = {
            "foreword_fr": ui.forewordFrEdit, "foreword_nl": ui.forewordNlEdit,
            "foreword_en": ui.forewordEnEdit, "remedies_fr": ui.remediesFrEdit,
            "remedies_nl": ui.remediesNlEdit, "remedies_en": ui.remediesEnEdit}
        self.problems = FieldProblems(self, {
            "name_fr": ui.nameFrProblem, "name_nl": ui.nameNlProblem,
            "name_en": ui.nameEnProblem, "prizes": ui.prizesProblem,
            "quorum": ui.quorumProblem, "tie_break": ui.tieBreakProblem,
        }, {"name_fr": ui.nameFrEdit, "prizes": ui.prizesEdit}, None)
        self.problems.touched |= {"name_fr", "name_nl", "name_en", "prizes", "quorum",
                                  "tie_break"}
        ui.formProblem.setProperty("role", "problem")
        ui.ceremonyDate.setDate(QDate.currentDate())
        self._loading = False
        self._criteria: dict[str, queries.CriterionRow] = {}
        self._fill_methods()

    def bind(self, desk) -> None:  # type: ignore[no-untyped-def]
        super().bind(desk)
        ui = self.ui
        for edit in (*self._names.values(), ui.prizesEdit):
            edit.textEdited.connect(self._edited)
        for editor in self._forewords.values():
            editor.textChanged.connect(self._edited)
        ui.ceremonyCheck.toggled.connect(ui.ceremonyDate.setEnabled)
        ui.ceremonyCheck.toggled.connect(self._edited)
        ui.ceremonyDate.dateChanged.connect(self._edited)
        ui.methodCombo.currentIndexChanged.connect(self._edited)
        ui.trimSpin.valueChanged.connect(self._edited)
        ui.quorumSpin.valueChanged.connect(self._edited)
        ui.addRuleButton.clicked.connect(self._add_rule)
        ui.removeRuleButton.clicked.connect(self._remove_rule)
        ui.ruleUpButton.clicked.connect(lambda: self._move_rule(-1))
        ui.ruleDownButton.clicked.connect(lambda: self._move_rule(1))
        ui.tieBreakList.currentRowChanged.connect(lambda _row: self._sync_buttons())
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.load)
        ui.newEditionButton.clicked.connect(self.new_edition)

    # -- reading -------------------------------------------------------------------
    def load(self) -> None:
        desk = self.desk
        edition = desk.edition if desk else None
        if desk is None or edition is None:
            self._detail = None
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self._detail = queries.edition_detail(desk.database, edition.id)
        self._criteria = {}
        for criterion in queries.criteria(desk.database, edition.id):
            self._criteria.setdefault(criterion.code, criterion)
        self._show(self._detail.values)
        self._show_state()
        self._edited()

    def _show(self, values: dict[str, Any]) -> None:
        ui = self.ui
        self._loading = True
        for name, edit in self._names.items():
            edit.setText(values.get(name) or "")
        for name, editor in self._forewords.items():
            editor.setPlainText(values.get(name) or "")
        date = values.get("ceremony_date")
        ui.ceremonyCheck.setChecked(date is not None)
        ui.ceremonyDate.setEnabled(date is not None)
        if date is not None:
            ui.ceremonyDate.setDate(QDate(date.year, date.month, date.day))
        ui.methodCombo.setCurrentIndex(max(0, ui.methodCombo.findData(values.get("method"))))
        ui.trimSpin.setValue(int(values.get("trim") or 0))
        ui.quorumSpin.setValue(int(values.get("quorum") or 1))
        ui.prizesEdit.setText(edition_rules.prizes_text(values.get("prizes") or []))
        ui.tieBreakList.clear()
        for token in values.get("tie_break") or []:
            self._rule_item(token)
        self._fill_rules()
        self._loading = False

    def values(self) -> dict[str, Any]:
        """The settings as typed."""
        ui = self.ui
        date = ui.ceremonyDate.date()
        tokens = [ui.tieBreakList.item(row).data(Qt.ItemDataRole.UserRole)
                  for row in range(ui.tieBreakList.count())]
        return {
            **{name: edit.text().strip() for name, edit in self._names.items()},
            **{name: editor.toPlainText() for name, editor in self._forewords.items()},
            "ceremony_date": dt.date(date.year(), date.month(), date.day())
            if ui.ceremonyCheck.isChecked() else None,
            "method": ui.methodCombo.currentData(), "trim": ui.trimSpin.value(),
            "quorum": ui.quorumSpin.value(),
            "prizes": edition_rules.prize_amounts(ui.prizesEdit.text())
            if edition_rules.prizes_problem(ui.prizesEdit.text()) is None
            else ui.prizesEdit.text(),
            "tie_break": tokens,
        }

    def has_unsaved(self) -> bool:
        return bool(self.changes())

    def changes(self) -> dict[str, Any]:
        if self._detail is None:
            return {}
        before = self._detail.values
        return {k: v for k, v in self.values().items() if before.get(k) != v}

    # -- reactions -----------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if self._loading or self._detail is None:
            return
        problems = editions.edition_problems(self.values(), self._detail.criteria)
        valid = self.problems.show(problems)
        changed = bool(self.changes())
        editable = not self._detail.locked or set(self.changes()) <= set(editions.AFTER_LOCK)
        self.ui.saveButton.setEnabled(valid and changed and editable)
        self.ui.revertButton.setEnabled(changed)
        self._sync_buttons()

    def save(self) -> None:
        desk, detail = self.desk, self._detail
        changes = self.changes()
        if desk is None or detail is None or not changes:
            return
        year, actor = detail.year, desk.actor
        step_name = step("EditionPage", QT_TRANSLATE_NOOP("EditionPage", "Edit edition {year}"),
                         year=year)
        desk.perform(step_name, "edition",
                     lambda s: editions.update_edition(s, year, changes, actor=actor),
                     lambda s, before: editions.update_edition(s, year, before, actor=actor))

    def new_edition(self) -> None:
        desk = self.desk
        if desk is None:
            return
        years = [e.year for e in queries.editions(desk.database)]
        year = create_edition(self, desk, years)
        if year is not None:
            desk.editionsChanged.emit(year)

    # -- tie-break rules -----------------------------------------------------------
    def rule_text(self, token: str) -> str:
        name, _, argument = token.partition(":")
        texts = {
            "median": self.tr("the higher median of the juror totals"),
            "first_places": self.tr("more jurors placing it first"),
            "casting_vote": self.tr("the president's casting vote"),
        }
        if name == "criterion":
            found = self._criteria.get(argument)
            return self.tr("the better score on {criterion}").format(
                criterion=pick(found, "name", i18n.current_language()) if found else argument)
        return texts.get(token, token)

    def _rule_item(self, token: str) -> None:
        item = QListWidgetItem(self.rule_text(token), self.ui.tieBreakList)
        item.setData(Qt.ItemDataRole.UserRole, token)

    def _fill_rules(self) -> None:
        """The rules that can still be added: each criterion, median, first places, casting
        vote (a rule already listed is left out)."""
        used = {self.ui.tieBreakList.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.ui.tieBreakList.count())}
        criteria = self._detail.criteria if self._detail else ()
        tokens = [f"criterion:{code}" for code in dict.fromkeys(criteria)]
        tokens += list(edition_rules.TIE_BREAK_RULES)
        combo = self.ui.ruleCombo
        combo.clear()
        for token in tokens:
            if token not in used:
                combo.addItem(self.rule_text(token), token)
        self._sync_buttons()

    def _add_rule(self) -> None:
        token = self.ui.ruleCombo.currentData()
        if token:
            self._rule_item(token)
            self.ui.tieBreakList.setCurrentRow(self.ui.tieBreakList.count() - 1)
            self._fill_rules()
            self._edited()

    def _remove_rule(self) -> None:
        row = self.ui.tieBreakList.currentRow()
        if row >= 0:
            self.ui.tieBreakList.takeItem(row)
            self._fill_rules()
            self._edited()

    def _move_rule(self, offset: int) -> None:
        rules = self.ui.tieBreakList
        row = rules.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < rules.count():
            return
        rules.insertItem(target, rules.takeItem(row))
        rules.setCurrentRow(target)
        self._edited()

    def _sync_buttons(self) -> None:
        ui = self.ui
        row, count = ui.tieBreakList.currentRow(), ui.tieBreakList.count()
        ui.addRuleButton.setEnabled(ui.ruleCombo.count() > 0)
        ui.removeRuleButton.setEnabled(row >= 0)
        ui.ruleUpButton.setEnabled(row > 0)
        ui.ruleDownButton.setEnabled(0 <= row < count - 1)

    # -- texts ---------------------------------------------------------------------
    def _fill_methods(self) -> None:
        combo = self.ui.methodCombo
        chosen = combo.currentData()
        lang = i18n.current_language()
        combo.blockSignals(True)
        combo.clear()
        for method in METHODS:
            combo.addItem(catalogue.title(method, lang), method)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _show_state(self) -> None:
        detail = self._detail
        if detail is None:
            return
        self.ui.titleLabel.setText(self.tr("Edition {year}").format(year=detail.year))
        if detail.locked:
            state = self.tr("Locked after its deliberation: only the ceremony date, the "
                            "forewords and the letters' remedies can still change.")
        elif detail.grid_frozen:
            state = self.tr("Scoring has started: the grid is frozen (see Categories & grid).")
        else:
            state = self.tr("Scoring has not started: everything can still change.")
        self.ui.stateLabel.setText(state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "problems"):
            values = self.values() if self._detail else None
            self.ui.retranslateUi(self)
            self._fill_methods()
            if values is not None:
                self._show(values)
                self._show_state()
                self._edited()
        super().changeEvent(event)
