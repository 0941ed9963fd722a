"""The Jury page: the jurors with their institution, role, language and e-mail, and the
categories each one scores (ticked in the table; every category by default)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from yansenne.domain import jury, queries
from yansenne.domain.queries import CategoryRow, JurorRow
from yansenne.i18n import pick
from yansenne.ui import i18n
from yansenne.ui.forms.ui_jury_page import Ui_JuryPage
from yansenne.ui.models.jurors_model import (
    CODE,
    EMAIL,
    FIXED,
    INSTITUTION,
    RECORD_ROLE,
    JurorsModel,
)
from yansenne.ui.models.search_filter import SearchFilter
from yansenne.ui.pages.base import DeskPage
from yansenne.ui.pages.juror_dialog import JurorDialog
from yansenne.ui.undo import step


class JuryPage(DeskPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JuryPage()
        self.ui.setupUi(self)
        self.model = JurorsModel(self)
        self.proxy = SearchFilter(self, columns=tuple(range(FIXED)))
        self.proxy.setSourceModel(self.model)
        view = self.ui.jurorsView
        view.setModel(self.proxy)
        view.setSortingEnabled(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        self._categories: list[CategoryRow] = []

    def bind(self, desk) -> None:  # type: ignore[no-untyped-def]
        super().bind(desk)
        ui = self.ui
        ui.addButton.clicked.connect(self.add_juror)
        ui.editButton.clicked.connect(self.edit_juror)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.searchEdit.textChanged.connect(self.proxy.set_search)
        ui.jurorsView.doubleClicked.connect(
            lambda index: index.column() < FIXED and self.edit_juror())
        ui.jurorsView.selectionModel().currentChanged.connect(
            lambda _current, _previous: self._sync_buttons())
        self.model.assignmentToggled.connect(self.set_assignment)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), ui.jurorsView)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_juror)
        self._sync_buttons()

    def load(self) -> None:
        desk = self.desk
        edition = desk.edition if desk else None
        if desk is None or edition is None:
            return
        current = self.current_juror()
        self._categories = queries.categories(desk.database, edition.id)
        self.model.set_rows(queries.jurors(desk.database, edition.id), self._categories)
        view = self.ui.jurorsView
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Texts that can be long (an institution, an address, a category's name: "Services
        # communaux…", whole in the header's tooltip) get a readable share, never all of
        # it nor a sliver; every column stays resizable.
        widest = view.fontMetrics().horizontalAdvance("M" * 12)
        for column in (INSTITUTION, EMAIL, *range(FIXED, self.model.columnCount())):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(header.sectionSizeHint(column)
                                             if column >= FIXED else view.sizeHintForColumn(column),
                                             widest))
        if current:
            self.select_juror(current.code)
        self._sync_buttons()

    def current_juror(self) -> JurorRow | None:
        index = self.ui.jurorsView.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def select_juror(self, code: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, CODE)
            if index.data() == code:
                self.ui.jurorsView.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return

    def focus_search(self) -> bool:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()
        return True

    def _sync_buttons(self) -> None:
        selected = self.current_juror() is not None
        self.ui.editButton.setEnabled(selected)
        self.ui.deleteButton.setEnabled(selected)

    # -- editing -------------------------------------------------------------------
    def add_juror(self) -> None:
        desk = self.desk
        if desk is None or desk.year is None:
            return
        dialog = JurorDialog(self, taken_codes=[j.code for j in self.model.rows()])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        record, year, actor = dialog.record(), desk.year, desk.actor
        code = record["code"]
        step_name = step("JuryPage", QT_TRANSLATE_NOOP("JuryPage", "Add juror {code}"), code=code)
        if desk.perform(step_name, "jury",
                        lambda s: jury.add_juror(s, year, record, actor=actor),
                        lambda s, _r: jury.delete_juror(s, year, code, actor=actor)):
            self.select_juror(code)

    def edit_juror(self) -> None:
        desk, juror = self.desk, self.current_juror()
        if desk is None or desk.year is None or juror is None:
            return
        original = {name: getattr(juror, name) for name in jury.JUROR_FIELDS}
        dialog = JurorDialog(self, taken_codes=[j.code for j in self.model.rows()
                                                if j.code != juror.code], record=original)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = {k: v for k, v in dialog.record().items() if original[k] != v}
        if not changes:
            return
        year, actor, old = desk.year, desk.actor, juror.code
        new = changes.get("code", old)
        step_name = step("JuryPage", QT_TRANSLATE_NOOP("JuryPage", "Edit juror {code}"), code=new)
        if desk.perform(step_name, "jury",
                        lambda s: jury.update_juror(s, year, old, changes, actor=actor),
                        lambda s, before: jury.update_juror(s, year, new, before,
                                                            actor=actor)):
            self.select_juror(new)

    def delete_selected(self) -> bool:
        desk, juror = self.desk, self.current_juror()
        if desk is None or desk.year is None or juror is None:
            return False
        text = self.tr("Remove {name} ({code}) from the jury?").format(name=juror.name,
                                                                         code=juror.code)
        if juror.scores:
            text += "\n\n" + self.tr("Their %n score(s) will be cleared (undo puts them "
                                     "back).", "", juror.scores)
        if not self.confirm(self.tr("Remove a juror"), text):
            return True
        year, actor, code = desk.year, desk.actor, juror.code
        step_name = step("JuryPage", QT_TRANSLATE_NOOP("JuryPage", "Remove juror {code}"),
                         code=code)
        desk.perform(step_name, "jury",
                     lambda s: jury.delete_juror(s, year, code, actor=actor),
                     lambda s, removed: jury.restore_juror(s, year, removed, actor=actor))
        return True

    def set_assignment(self, juror: str, category: str, checked: bool) -> None:
        desk = self.desk
        row = next((j for j in self.model.rows() if j.code == juror), None)
        if desk is None or desk.year is None or row is None:
            return
        wanted = [c.code for c in self._categories
                  if (c.code in row.categories or (checked and c.code == category))
                  and not (not checked and c.code == category)]
        year, actor = desk.year, desk.actor
        name = next((pick(c, "name", i18n.current_language()) for c in self._categories
                     if c.code == category), category)
        source = (QT_TRANSLATE_NOOP("JuryPage", "{juror} scores {category}") if checked
                  else QT_TRANSLATE_NOOP("JuryPage", "{juror} no longer scores {category}"))
        text = step("JuryPage", source, juror=juror, category=name)
        desk.perform(text, "jury",
                     lambda s: jury.set_assignments(s, year, juror, wanted, actor=actor),
                     lambda s, before: jury.set_assignments(s, year, juror, before,
                                                            actor=actor))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.ui.retranslateUi(self)
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              max(0, self.model.columnCount() - 1))
            if self.model.rowCount():
                self.model.dataChanged.emit(
                    self.model.index(0, 0),
                    self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))
        super().changeEvent(event)
