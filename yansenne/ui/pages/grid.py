"""Categories & grid: each category's criteria with their weights as shares of 100 %,
their scales and rubrics, a preview of the grid as a juror sees it, and the freeze.

Once any score of the edition exists the grid is frozen: its editing buttons are
disabled and the store refuses criteria edits. Unfreezing asks for confirmation
and is written to the audit log (and can be undone by freezing it again).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import QDialog, QHeaderView, QSizePolicy, QWidget

from yansenne.domain import grid, queries
from yansenne.domain.lookup import find_edition
from yansenne.domain.queries import CategoryRow, CriterionRow, EditionDetail
from yansenne.domain.scale import format_number
from yansenne.i18n import pick
from yansenne.ui import i18n
from yansenne.ui.forms.ui_grid_page import Ui_GridPage
from yansenne.ui.juror.speech import Speech
from yansenne.ui.models.grid_models import (
    RECORD_ROLE,
    GridCategoriesModel,
    GridCriteriaModel,
    grid_of,
    percent,
    shares,
)
from yansenne.ui.pages.base import DeskPage
from yansenne.ui.pages.grid_dialogs import CategoryDialog, CriterionDialog
from yansenne.ui.undo import step

SPLITTER_SIZES = [260, 660, 420]
BANNER_TEXT_WIDTH = 640  # the banner's text wraps at this width, not at a few words
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}
BANNER = "#frozenFrame {{ background: {}; border: 1px solid {}; border-radius: 4px; }}"
FROZEN_STYLE = BANNER.format("#fff4e5", "#f0c27b")
OPEN_STYLE = BANNER.format("#eef4fb", "#c3d5ea")


class GridPage(DeskPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GridPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.categories_model = GridCategoriesModel(self)
        self.criteria_model = GridCriteriaModel(self)
        ui.categoriesView.setModel(self.categories_model)
        ui.criteriaView.setModel(self.criteria_model)
        for view in (ui.categoriesView, ui.criteriaView):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
            view.horizontalHeader().setStretchLastSection(False)
        ui.categoriesView.horizontalHeader().setSectionResizeMode(
            GridCategoriesModel.NAME, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 4)
        ui.splitter.setStretchFactor(2, 3)
        ui.splitter.setSizes(SPLITTER_SIZES)
        ui.frozenFrame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        ui.frozenLayout.setStretch(0, 1)
        ui.frozenLabel.setMinimumWidth(BANNER_TEXT_WIDTH)
        for lang, name in LANGUAGE_NAMES.items():
            ui.previewLanguage.addItem(name, lang)
        # Lines break between words only: by default a table cell of rich text breaks
        # anywhere, and a narrow name column printed "samenwerkin / g".
        ui.previewBrowser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self._detail: EditionDetail | None = None
        self._criteria: list[CriterionRow] = []
        self._category: str | None = None
        self._preview_chosen = False
        ui.previewLanguage.activated.connect(lambda _i: setattr(self, "_preview_chosen", True))

    def bind(self, desk) -> None:  # type: ignore[no-untyped-def]
        super().bind(desk)
        ui = self.ui
        ui.categoriesView.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._category_chosen())
        ui.criteriaView.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._sync_buttons())
        ui.categoriesView.doubleClicked.connect(lambda _i: self.edit_category())
        ui.criteriaView.doubleClicked.connect(lambda _i: self.edit_criterion())
        ui.addCategoryButton.clicked.connect(self.add_category)
        ui.editCategoryButton.clicked.connect(self.edit_category)
        ui.deleteCategoryButton.clicked.connect(self.delete_category)
        ui.addCriterionButton.clicked.connect(self.add_criterion)
        ui.editCriterionButton.clicked.connect(self.edit_criterion)
        ui.deleteCriterionButton.clicked.connect(self.delete_criterion)
        ui.upButton.clicked.connect(lambda: self.move_criterion(-1))
        ui.downButton.clicked.connect(lambda: self.move_criterion(1))
        ui.unfreezeButton.clicked.connect(self.unfreeze)
        ui.freezeButton.clicked.connect(self.freeze)
        ui.previewLanguage.currentIndexChanged.connect(lambda _i: self._show_preview())
        for keys, offset in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), ui.criteriaView)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda offset=offset: self.move_criterion(offset))

    # -- reading -------------------------------------------------------------------
    def load(self) -> None:
        desk = self.desk
        edition = desk.edition if desk else None
        if desk is None or edition is None:
            return
        if not self._preview_chosen:  # the juror's language follows the interface's at first
            self.ui.previewLanguage.setCurrentIndex(
                max(0, self.ui.previewLanguage.findData(i18n.current_language())))
        self._detail = queries.edition_detail(desk.database, edition.id)
        if self._detail.grid_frozen and not self._detail.grid_flag:
            # Scoring has started since the flag was last set: record it (audited).
            year, actor = self._detail.year, desk.actor
            desk.write(lambda s: grid.freeze_if_scored(s, find_edition(s, year), actor=actor))
        self.categories_model.set_rows(queries.categories(desk.database, edition.id))
        self._criteria = queries.criteria(desk.database, edition.id)
        codes = [c.code for c in self.categories_model.rows()]
        wanted = self._category if self._category in codes else (codes[0] if codes else None)
        self._select_category(wanted)
        self._category_chosen()
        self._show_freeze()
        self.ui.categoriesView.resizeColumnsToContents()
        self.ui.categoriesView.horizontalHeader().setSectionResizeMode(
            GridCategoriesModel.NAME, QHeaderView.ResizeMode.Stretch)

    @property
    def frozen(self) -> bool:
        return bool(self._detail and (self._detail.grid_frozen or self._detail.locked))

    def current_category(self) -> CategoryRow | None:
        index = self.ui.categoriesView.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def current_criterion(self) -> CriterionRow | None:
        index = self.ui.criteriaView.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def _select_category(self, code: str | None) -> None:
        for row, category in enumerate(self.categories_model.rows()):
            if category.code == code:
                self.ui.categoriesView.selectionModel().setCurrentIndex(
                    self.categories_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)

    def select_criterion(self, code: str) -> None:
        for row, criterion in enumerate(self.criteria_model.rows()):
            if criterion.code == code:
                self.ui.criteriaView.selectionModel().setCurrentIndex(
                    self.criteria_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)

    def _category_chosen(self) -> None:
        category = self.current_category()
        self._category = category.code if category else None
        previous = self.current_criterion()
        names = {c.code: pick(c, "name", i18n.current_language())
                 for c in self.categories_model.rows()}
        self.criteria_model.set_rows(grid_of(self._criteria, self._category), names)
        if previous:
            self.select_criterion(previous.code)
        view = self.ui.criteriaView
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(GridCriteriaModel.NAME,
                                                     QHeaderView.ResizeMode.Stretch)
        title = pick(category, "name", i18n.current_language()) if category else ""
        self.ui.criteriaBox.setTitle(self.tr("Grid of the category: {name}").format(name=title)
                                     if category else self.tr("Grid"))
        total = sum(c.weight for c in self.criteria_model.rows())
        self.ui.weightsLabel.setText(self.tr(
            "%n criteria; total weight {total}, shown as shares of 100 %.", "",
            len(self.criteria_model.rows())).format(total=format_number(total)))
        self._show_preview()
        self._sync_buttons()

    def _show_freeze(self) -> None:
        detail, ui = self._detail, self.ui
        if detail is None:
            return
        if detail.locked:
            text = self.tr("The edition is locked after its deliberation: its grid can no "
                           "longer change.")
        elif detail.grid_frozen:
            text = self.tr("<b>The grid is frozen</b>: scoring has started. Changing it now "
                           "would change what the marks already given mean; unfreezing is a "
                           "deliberate act, written to the audit log.")
        elif detail.has_scores:
            text = self.tr("<b>The grid was unfrozen deliberately</b> although scoring has "
                           "started. Freeze it again once the change is made.")
        else:
            text = self.tr("The grid freezes by itself when the first score is given.")
        ui.frozenLabel.setText(text)
        ui.frozenFrame.setStyleSheet(FROZEN_STYLE if detail.grid_frozen or detail.locked
                                     else OPEN_STYLE)
        ui.unfreezeButton.setVisible(detail.grid_frozen and not detail.locked)
        ui.freezeButton.setVisible(not detail.grid_frozen and not detail.locked)

    def _sync_buttons(self) -> None:
        ui = self.ui
        editable = self._detail is not None and not self._detail.locked
        open_grid = editable and not self.frozen
        category, criterion = self.current_category(), self.current_criterion()
        ui.addCategoryButton.setEnabled(editable)
        ui.editCategoryButton.setEnabled(editable and category is not None)
        ui.deleteCategoryButton.setEnabled(editable and category is not None
                                           and category.projects == 0)
        ui.addCriterionButton.setEnabled(open_grid)
        for button in (ui.editCriterionButton, ui.deleteCriterionButton, ui.upButton,
                       ui.downButton):
            button.setEnabled(open_grid and criterion is not None)

    # -- the preview ---------------------------------------------------------------
    def _show_preview(self) -> None:
        category = self.current_category()
        lang = self.ui.previewLanguage.currentData() or "fr"
        if category is None:
            self.ui.previewBrowser.setHtml("")
            return
        self.ui.previewBrowser.setHtml(preview_html(category, self.criteria_model.rows(), lang))

    # -- editing categories --------------------------------------------------------
    def add_category(self) -> None:
        desk = self.desk
        if desk is None or desk.year is None:
            return
        dialog = CategoryDialog(self, taken_codes=[c.code for c in self.categories_model.rows()])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        record, year, actor = dialog.record(), desk.year, desk.actor
        code = record["code"]
        step_name = step("GridPage", QT_TRANSLATE_NOOP("GridPage", "Add category {code}"),
                         code=code)
        if desk.perform(step_name, "grid",
                        lambda s: grid.add_category(s, year, record, actor=actor),
                        lambda s, _r: grid.delete_category(s, year, code, actor=actor)):
            self._category = code
            self._select_category(code)

    def edit_category(self) -> None:
        desk, category = self.desk, self.current_category()
        if desk is None or desk.year is None or category is None:
            return
        original = {"code": category.code, "name_fr": category.name_fr,
                    "name_nl": category.name_nl, "name_en": category.name_en}
        taken = [c.code for c in self.categories_model.rows() if c.code != category.code]
        dialog = CategoryDialog(self, taken_codes=taken, record=original)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = {k: v for k, v in dialog.record().items() if original[k] != v}
        if not changes:
            return
        year, actor, old = desk.year, desk.actor, category.code
        new = changes.get("code", old)
        step_name = step("GridPage", QT_TRANSLATE_NOOP("GridPage", "Edit category {code}"),
                         code=new)
        if desk.perform(step_name, "grid",
                        lambda s: grid.update_category(s, year, old, changes, actor=actor),
                        lambda s, before: grid.update_category(s, year, new, before,
                                                               actor=actor)):
            self._category = new

    def delete_category(self) -> None:
        desk, category = self.desk, self.current_category()
        if desk is None or desk.year is None or category is None:
            return
        name = pick(category, "name", i18n.current_language())
        if not self.confirm(self.tr("Delete a category"),
                            self.tr("Delete the category {name} and its own criteria?").format(
                                name=name)):
            return
        year, actor, code = desk.year, desk.actor, category.code
        step_name = step("GridPage", QT_TRANSLATE_NOOP("GridPage", "Delete category {code}"),
                         code=code)
        desk.perform(step_name, "grid",
                     lambda s: grid.delete_category(s, year, code, actor=actor),
                     lambda s, removed: grid.restore_category(s, year, removed,
                                                              actor=actor))

    # -- editing criteria ----------------------------------------------------------
    def _other_weights(self, exclude: CriterionRow | None) -> dict[str | None, float]:
        """Per choice of 'applies to', the weight of the rest of the grid it joins."""
        def rest(category: str | None) -> float:
            return sum(c.weight for c in grid_of(self._criteria, category) if c != exclude)

        weights: dict[str | None, float] = {None: rest(self._category)}
        for category in self.categories_model.rows():
            weights[category.code] = rest(category.code)
        return weights

    def add_criterion(self) -> None:
        desk = self.desk
        if desk is None or desk.year is None or self.frozen:
            return
        dialog = CriterionDialog(self, categories=self.categories_model.rows(),
                                 taken=[c.key for c in self._criteria],
                                 other_weights=self._other_weights(None))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        record, year, actor = dialog.record(), desk.year, desk.actor
        key = (record["category"], record["code"])
        step_name = step("GridPage", QT_TRANSLATE_NOOP("GridPage", "Add criterion {code}"),
                         code=key[1])
        if desk.perform(step_name, "grid",
                        lambda s: grid.add_criterion(s, year, record, actor=actor),
                        lambda s, _r: grid.delete_criterion(s, year, key, actor=actor)):
            self.select_criterion(key[1])

    def edit_criterion(self) -> None:
        desk, criterion = self.desk, self.current_criterion()
        if desk is None or desk.year is None or criterion is None or self.frozen:
            return
        original = {name: getattr(criterion, name) for name in grid.CRITERION_FIELDS}
        dialog = CriterionDialog(self, categories=self.categories_model.rows(),
                                 taken=[c.key for c in self._criteria if c != criterion],
                                 other_weights=self._other_weights(criterion), record=original)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = {k: v for k, v in dialog.record().items() if original.get(k) != v}
        if not changes:
            return
        year, actor, old = desk.year, desk.actor, criterion.key
        new = (changes.get("category", old[0]), changes.get("code", old[1]))
        step_name = step("GridPage", QT_TRANSLATE_NOOP("GridPage", "Edit criterion {code}"),
                         code=new[1])
        if desk.perform(step_name, "grid",
                        lambda s: grid.update_criterion(s, year, old, changes, actor=actor),
                        lambda s, before: grid.update_criterion(s, year, new, before,
                                                                actor=actor)):
            self.select_criterion(new[1])

    def delete_criterion(self) -> None:
        desk, criterion = self.desk, self.current_criterion()
        if desk is None or desk.year is None or criterion is None or self.frozen:
            return
        name = pick(criterion, "name", i18n.current_language())
        if not self.confirm(self.tr("Delete a criterion"),
                            self.tr("Delete the criterion {name}?").format(name=name)):
            return
        year, actor, key = desk.year, desk.actor, criterion.key
        step_name = step("GridPage", QT_TRANSLATE_NOOP("GridPage", "Delete criterion {code}"),
                         code=key[1])
        desk.perform(step_name, "grid",
                     lambda s: grid.delete_criterion(s, year, key, actor=actor),
                     lambda s, removed: grid.restore_criterion(s, year, removed,
                                                               actor=actor))

    def move_criterion(self, offset: int) -> None:
        desk, criterion = self.desk, self.current_criterion()
        if desk is None or desk.year is None or criterion is None or self.frozen:
            return
        group = [c.key for c in self._criteria if c.category == criterion.category]
        if not 0 <= group.index(criterion.key) + offset < len(group):
            return  # already first (or last) of its group
        year, actor, key = desk.year, desk.actor, criterion.key
        step_name = step("GridPage", QT_TRANSLATE_NOOP("GridPage", "Move criterion {code}"),
                         code=key[1])
        if desk.perform(step_name, "grid",
                        lambda s: grid.move_criterion(s, year, key, offset, actor=actor),
                        lambda s, moved: moved and grid.move_criterion(
                            s, year, key, -offset, actor=actor)):
            self.select_criterion(key[1])

    def delete_selected(self) -> bool:
        if self.ui.criteriaView.hasFocus():
            self.delete_criterion()
            return True
        if self.ui.categoriesView.hasFocus():
            self.delete_category()
            return True
        return False

    # -- the freeze ----------------------------------------------------------------
    def unfreeze(self) -> None:
        desk, detail = self.desk, self._detail
        if desk is None or detail is None:
            return
        if not self.confirm(self.tr("Unfreeze the grid"), self.tr(
                "Scoring has started. A change to the grid changes what the marks already "
                "given mean, for every juror.\n\nUnfreeze the grid of edition {year}? This is "
                "written to the audit log.").format(year=detail.year)):
            return
        year, actor = detail.year, desk.actor
        step_name = step("GridPage", QT_TRANSLATE_NOOP("GridPage", "Unfreeze the grid"))
        desk.perform(step_name, "grid",
                     lambda s: grid.unfreeze_grid(s, year, actor=actor),
                     lambda s, _r: grid.freeze_grid(s, year, actor=actor))

    def freeze(self) -> None:
        desk, detail = self.desk, self._detail
        if desk is None or detail is None:
            return
        year, actor = detail.year, desk.actor
        step_name = step("GridPage", QT_TRANSLATE_NOOP("GridPage", "Freeze the grid"))
        desk.perform(step_name, "grid",
                     lambda s: grid.freeze_grid(s, year, actor=actor),
                     lambda s, _r: grid.unfreeze_grid(s, year, actor=actor))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "criteria_model"):
            self.ui.retranslateUi(self)
            if self._detail is not None:
                self._category_chosen()
                self._show_freeze()
        super().changeEvent(event)


def preview_html(category: CategoryRow, criteria: list[CriterionRow], lang: str) -> str:
    """The grid of `category` as a juror reading `lang` sees it for one project: each
    criterion with its share of the grid, its scale, a box for the mark and what each
    level means."""
    speech = Speech(lang)
    no_rubric = speech.translate(("GridPage",), QT_TRANSLATE_NOOP("GridPage", "no rubric given"))
    project = speech.translate(("GridPage",), QT_TRANSLATE_NOOP("GridPage", "Project"))
    scale = speech.translate(("GridCriteriaModel",), "{min} to {max}, by {step}")
    number = speech.locale().toString
    rows = []
    for criterion, share in zip(criteria, shares(criteria), strict=True):
        rubric = escape(pick(criterion, "descriptor", lang)) or f"<i>{escape(no_rubric)}</i>"
        bounds = {"min": criterion.min_value, "max": criterion.max_value,
                  "step": criterion.step}
        scale_words = scale.format(**{k: _short(number, v) for k, v in bounds.items()})
        rows.append(
            "<tr><td style='padding:8px 6px 2px 0;'>"
            f"<b>{escape(pick(criterion, 'name', lang))}</b><br>"
            f"<span style='color:#5a6272;'>{percent(share, lang)} · "
            f"{escape(scale_words)}</span></td>"
            "<td style='padding:8px 0 2px 6px;' align='right' valign='middle'>"
            "<table cellspacing='0' cellpadding='6' style='border:1px solid #9aa1ac;'>"
            "<tr><td width='56' style='color:#9aa1ac;' align='center'>—</td></tr></table>"
            "</td></tr>"
            f"<tr><td colspan='2' style='padding:0 0 8px 0; color:#3a4150; "
            f"border-bottom:1px solid #e2e5ea;'>{rubric}</td></tr>")
    return (
        f"<h3 style='margin-bottom:2px;'>{escape(pick(category, 'name', lang))}</h3>"
        f"<p style='color:#5a6272; margin-top:0;'>"
        f"{escape(project)} P01 — …</p>"
        "<table width='100%' cellspacing='0'>" + "".join(rows) + "</table>")


def _short(to_string, value: float) -> str:  # noqa: ANN001 (QLocale.toString)
    """A scale bound in the preview's language: "0,5", "10" (no trailing zeros)."""
    return to_string(float(value), "g", 6)
