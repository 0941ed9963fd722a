"""The Conflicts page: jurors × projects, to declare conflicts of interest.

Ticking a cell declares a conflict with its reason (a suggestion's reason is
offered); if the juror has already scored the project, those scores are cleared
first, which the dialog says. Suggested cells are shaded with their reason as a
tooltip, and "Confirm the suggestion" declares one with that reason kept.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QInputDialog, QLineEdit, QWidget

from yansenne.domain import heap, jury, queries, records
from yansenne.domain.queries import JurorRow, ProjectRow
from yansenne.i18n import pick
from yansenne.ui import i18n
from yansenne.ui.forms.ui_conflicts_page import Ui_ConflictsPage
from yansenne.ui.models.conflicts_model import (
    DECLARED,
    PROJECT,
    SUGGESTED,
    ConflictsFilter,
    ConflictsModel,
)
from yansenne.ui.pages.base import DeskPage
from yansenne.ui.undo import step

CELL_WIDTH = 64
MEASURED_ROWS = 100  # rows sampled to fit a juror's column


class ConflictsPage(DeskPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictsPage()
        self.ui.setupUi(self)
        self.model = ConflictsModel(self)
        self.proxy = ConflictsFilter(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.conflictsView
        view.setModel(self.proxy)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.legendLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ui.pairLayout.setStretch(0, 1)

    def bind(self, desk) -> None:  # type: ignore[no-untyped-def]
        super().bind(desk)
        ui = self.ui
        self.model.toggled.connect(self._toggled)
        ui.conflictsView.selectionModel().currentChanged.connect(
            lambda _current, _previous: self._show_pair())
        ui.searchEdit.textChanged.connect(self.proxy.set_search)
        ui.onlyCheck.toggled.connect(self.proxy.set_only_marked)
        ui.declareButton.clicked.connect(lambda: self._declare_current())
        ui.confirmButton.clicked.connect(self.confirm_suggestion)
        ui.reasonButton.clicked.connect(self.change_reason)
        ui.withdrawButton.clicked.connect(lambda: self._withdraw_current())
        self._show_pair()

    # -- reading -------------------------------------------------------------------
    def load(self) -> None:
        desk = self.desk
        edition = desk.edition if desk else None
        if desk is None or edition is None:
            return
        current = self.current_pair()
        keep = (current[0].code, current[1].code) if current else None
        self.model.set_data(queries.projects(desk.database, edition.id),
                            queries.jurors(desk.database, edition.id),
                            queries.conflicts_view(desk.database, edition.id))
        heap.release()  # matching every juror with every project: its transient objects
        view = self.ui.conflictsView
        header = view.horizontalHeader()
        header.setSectionResizeMode(PROJECT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(CELL_WIDTH)
        # A juror's column holds one glyph a project: measuring a sample of rows fits it
        # as well as measuring every row of a large edition (40 x 1,000 cells a layout).
        header.setResizeContentsPrecision(MEASURED_ROWS)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if keep:
            self.select_pair(*keep)
        self._show_summary()
        self._show_pair()

    def current_pair(self) -> tuple[JurorRow, ProjectRow] | None:
        index = self.proxy.mapToSource(self.ui.conflictsView.currentIndex())
        return self.model.pair(index)

    def select_pair(self, juror: str, project: str) -> bool:
        """Make the cell of (juror, project) current, as a click would."""
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.project_at(source.row()).code != project:  # type: ignore[union-attr]
                continue
            for column in range(1, self.model.columnCount()):
                if self.model.juror_at(column).code == juror:  # type: ignore[union-attr]
                    index = self.proxy.index(row, column)
                    self.ui.conflictsView.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                    self.ui.conflictsView.scrollTo(index)
                    return True
        return False

    def cell(self, juror: str, project: str) -> QModelIndex:
        """The proxy index of (juror, project), invalid when hidden."""
        if self.select_pair(juror, project):
            return self.ui.conflictsView.currentIndex()
        return QModelIndex()

    def focus_search(self) -> bool:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()
        return True

    def _show_summary(self) -> None:
        view = self.model.view
        self.ui.summaryLabel.setText("; ".join((
            self.tr("%n conflict(s) of interest declared", "", len(view.declared)),
            self.tr("%n suggestion(s) to look at (shaded).", "", len(view.suggested)))))
        self.ui.legendLabel.setText(
            f"<span style='background:{DECLARED.name()};'>&nbsp;&nbsp;&nbsp;&nbsp;</span> "
            + escape(self.tr("declared")) + "&nbsp;&nbsp;&nbsp;"
            f"<span style='background:{SUGGESTED.name()};'>&nbsp;&nbsp;&nbsp;&nbsp;</span> "
            + escape(self.tr("suggested")))

    def _show_pair(self) -> None:
        ui, pair = self.ui, self.current_pair()
        state = self.model.state(pair[0].code, pair[1].code) if pair else ""
        if pair is None:
            ui.pairLabel.setText(self.tr("Choose a cell: a juror's column, a project's row."))
        else:
            juror, project = pair
            title = pick(project, "title", i18n.current_language())
            ui.pairLabel.setText(f"<b>{escape(juror.code)}</b> {escape(juror.name)} "
                                 f"({escape(juror.institution)}) × <b>{escape(project.code)}</b>"
                                 f" {escape(title)}<br>"
                                 + escape(self.model.describe(juror, project)).replace(
                                     "\n", "<br>"))
        ui.declareButton.setEnabled(pair is not None and state != "declared")
        ui.confirmButton.setEnabled(state == "suggested")
        ui.reasonButton.setEnabled(state == "declared")
        ui.withdrawButton.setEnabled(state == "declared")

    # -- editing -------------------------------------------------------------------
    def _toggled(self, juror: str, project: str, checked: bool) -> None:
        if checked:
            self.declare(juror, project)
        else:
            self.withdraw(juror, project)

    def _declare_current(self) -> None:
        pair = self.current_pair()
        if pair:
            self.declare(pair[0].code, pair[1].code)

    def _withdraw_current(self) -> None:
        pair = self.current_pair()
        if pair:
            self.withdraw(pair[0].code, pair[1].code)

    def declare(self, juror: str, project: str, reason: str | None = None) -> bool:
        """Declare a conflict; asks for its reason unless given (a suggestion's)."""
        desk = self.desk
        if desk is None or desk.year is None:
            return False
        key = (juror, project)
        if reason is None:
            label = self.tr("Why is juror {juror} in conflict with project {project}?").format(
                juror=juror, project=project)
            scores = self.model.view.scored.get(key, 0)
            if scores:
                label += "\n\n" + self.tr("The juror has given %n score(s) to this project; "
                                          "they will be cleared (undo puts them back).", "",
                                          scores)
            reason, ok = QInputDialog.getText(self, self.tr("Declare a conflict of interest"),
                                              label, QLineEdit.EchoMode.Normal,
                                              self.model.view.suggested.get(key, ""))
            if not ok:
                return False
        year, actor, text = desk.year, desk.actor, reason.strip()

        def undo(session, cleared):  # type: ignore[no-untyped-def]
            jury.withdraw_conflict(session, year, juror, project, actor=actor)
            records.restore_scores(session, year, cleared, actor=actor)

        done = desk.perform(
            step("ConflictsPage", QT_TRANSLATE_NOOP("ConflictsPage",
                                                    "Declare the conflict {juror} × {project}"),
                 juror=juror, project=project),
            "conflicts",
            lambda s: jury.declare_conflict(s, year, juror, project, text, actor=actor),
            undo)
        if done:
            self.select_pair(juror, project)
        return done

    def confirm_suggestion(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        key = (pair[0].code, pair[1].code)
        reason = self.model.view.suggested.get(key)
        if reason is not None:
            self.declare(*key, reason=reason)

    def withdraw(self, juror: str, project: str) -> bool:
        desk = self.desk
        if desk is None or desk.year is None:
            return False
        if not self.confirm(self.tr("Withdraw a conflict of interest"), self.tr(
                "Withdraw the conflict of interest of juror {juror} with project {project}? "
                "The juror will then score the project.").format(juror=juror,
                                                                 project=project)):
            return False
        year, actor = desk.year, desk.actor
        done = desk.perform(
            step("ConflictsPage", QT_TRANSLATE_NOOP("ConflictsPage",
                                                    "Withdraw the conflict {juror} × {project}"),
                 juror=juror, project=project),
            "conflicts",
            lambda s: jury.withdraw_conflict(s, year, juror, project, actor=actor),
            lambda s, reason: jury.declare_conflict(s, year, juror, project, reason,
                                                    actor=actor))
        if done:
            self.select_pair(juror, project)
        return done

    def change_reason(self) -> None:
        desk, pair = self.desk, self.current_pair()
        if desk is None or desk.year is None or pair is None:
            return
        juror, project = pair[0].code, pair[1].code
        current = self.model.view.declared.get((juror, project), "")
        reason, ok = QInputDialog.getText(
            self, self.tr("Reason of the conflict of interest"),
            self.tr("Why is juror {juror} in conflict with project {project}?").format(
                juror=juror, project=project), QLineEdit.EchoMode.Normal, current)
        if not ok or reason.strip() == current:
            return
        year, actor, text = desk.year, desk.actor, reason.strip()
        if desk.perform(step("ConflictsPage",
                             QT_TRANSLATE_NOOP("ConflictsPage",
                                               "Change the reason {juror} × {project}"),
                             juror=juror, project=project), "conflicts",
                lambda s: jury.set_conflict_reason(s, year, juror, project, text,
                                                   actor=actor),
                lambda s, before: jury.set_conflict_reason(s, year, juror, project,
                                                           before, actor=actor)):
            self.select_pair(juror, project)

    def delete_selected(self) -> bool:
        pair = self.current_pair()
        if pair and self.model.state(pair[0].code, pair[1].code) == "declared":
            self.withdraw(pair[0].code, pair[1].code)
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.ui.retranslateUi(self)
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              max(0, self.model.columnCount() - 1))
            if self.model.rowCount():
                self.model.dataChanged.emit(
                    self.model.index(0, 0),
                    self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))
            self._show_summary()
            self._show_pair()
        super().changeEvent(event)
