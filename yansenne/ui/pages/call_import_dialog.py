"""The call's spreadsheet before it is imported: mapping, rows and their problems.

Nothing is written until the user presses Import, and Import is only possible
when every row reads cleanly. The import then runs off the UI thread in one
transaction, and becomes one step of the undo stack.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from yansenne.errors import InputError
from yansenne.exchange.call_import import (
    CallCheck,
    CallFile,
    CallReport,
    apply_call,
    check_call,
    import_call,
    propose_mapping,
    undo_call,
)
from yansenne.ui.forms.ui_call_import_dialog import Ui_CallImportDialog
from yansenne.ui.models.call_import_models import (
    PROBLEMS,
    TARGET,
    MappingModel,
    RowChecksModel,
    TargetDelegate,
)
from yansenne.ui.pages.base import Desk
from yansenne.ui.tasks import run_task

FILE_FILTER = "*.xlsx *.csv"


class CallImportDialog(QDialog):
    """`report` holds what the import did once the dialog is accepted."""

    def __init__(self, parent: QWidget | None, desk: Desk, call: CallFile) -> None:
        super().__init__(parent)
        self.ui = Ui_CallImportDialog()
        self.ui.setupUi(self)
        self._desk, self._call = desk, call
        self.report: CallReport | None = None
        self.check: CallCheck | None = None
        self.mapping_model = MappingModel(call, propose_mapping(call.headers), self)
        self.rows_model = RowChecksModel(self)
        ui = self.ui
        ui.mappingView.setModel(self.mapping_model)
        ui.mappingView.setItemDelegateForColumn(TARGET, TargetDelegate(ui.mappingView))
        ui.rowsView.setModel(self.rows_model)
        ui.rowsView.setWordWrap(True)
        for view in (ui.mappingView, ui.rowsView):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        ui.mappingView.horizontalHeader().setSectionResizeMode(
            TARGET, QHeaderView.ResizeMode.Stretch)
        ui.rowsView.horizontalHeader().setSectionResizeMode(
            PROBLEMS, QHeaderView.ResizeMode.Stretch)
        ui.problemsLabel.setProperty("role", "problem")
        ui.problemsLabel.setStyleSheet("color: #b3261e;")
        ui.bottomLayout.setStretch(0, 1)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        self.import_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.clicked.connect(self.start_import)
        self.mapping_model.mappingChanged.connect(self.recheck)
        edition = desk.edition
        ui.fileLabel.setText(self.tr("<b>{file}</b> into edition {year}: {rows} rows").format(
            file=escape(call.path.name), year=edition.year if edition else "—",
            rows=len(call.sheet.rows)))
        self.recheck()
        ui.mappingView.resizeColumnsToContents()
        ui.mappingView.horizontalHeader().setSectionResizeMode(
            TARGET, QHeaderView.ResizeMode.Stretch)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.ui.rowsView.resizeRowsToContents()  # now that the columns have their widths

    def mapping(self) -> dict[str, str | None]:
        return self.mapping_model.mapping()

    def recheck(self) -> None:
        """Check the rows under the current mapping (reads only)."""
        year = self._desk.year
        if year is None:
            return
        try:
            check = check_call(self._desk.database, year, self._call, self.mapping())
        except InputError as error:
            check = CallCheck([], error.problems, [])
        self.check = check
        self.rows_model.set_rows(check.rows)
        self.ui.rowsView.resizeColumnsToContents()
        self.ui.rowsView.horizontalHeader().setSectionResizeMode(
            PROBLEMS, QHeaderView.ResizeMode.Stretch)
        self.ui.rowsView.resizeRowsToContents()  # every problem of a row on its own line
        self.ui.problemsLabel.setText("\n".join(str(p) for p in check.problems))
        self.ui.problemsLabel.setVisible(bool(check.problems))
        counts = check.counts()
        self.ui.summaryLabel.setText(self.tr(
            "New projects: {add}  ·  updates: {update}  ·  rows refused: {refused}").format(
            **counts))
        self.import_button.setEnabled(check.importable)

    def start_import(self) -> None:
        year, call, mapping = self._desk.year, self._call, self.mapping()
        if year is None or not (self.check and self.check.importable):
            return
        database, actor = self._desk.database, self._desk.actor
        self.import_button.setEnabled(False)
        run_task(self, lambda _progress: import_call(database, year, call, mapping, actor=actor),
                 title=self.tr("Importing the projects…"), writes=True, cancellable=False,
                 on_success=self._imported, on_failure=self._failed)

    def _imported(self, report: CallReport) -> None:
        year, call, mapping = self._desk.year, self._call, self.mapping()
        assert year is not None
        actor = self._desk.actor

        def redo(session: Any) -> CallReport:
            return apply_call(session, year, call, mapping, actor=actor)

        def undo(session: Any, done: CallReport) -> None:
            undo_call(session, year, done, actor=actor)

        self.report = report
        self._desk.undo.record(self.tr("Import {file}").format(file=call.path.name),
                               "projects", redo, undo, report)
        self.accept()

    def _failed(self, error: BaseException, _trace: str) -> None:
        problems = error.problems if isinstance(error, InputError) else []
        text = "\n".join(str(p) for p in problems) if problems else str(error)
        self.ui.problemsLabel.setText(text)
        self.ui.problemsLabel.show()
        self.recheck()
