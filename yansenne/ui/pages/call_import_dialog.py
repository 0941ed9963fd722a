"""The call's spreadsheet before it is imported: mapping, values, rows and their problems.

Nothing is written until the user presses Import. By default Import is only possible
when every row reads cleanly; "import the valid rows only" (the command line's
`--skip-invalid`) leaves the refused rows out and saves them to a file to fix and
import later. Values the file writes differently (a category or an actor type the name
rules do not resolve) are mapped once here; the import stores them with the edition,
for the next import (the command line's included). The import runs off the UI thread
in one transaction, and becomes one step of the undo stack.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QWidget,
)

from yansenne.domain.record_import import merged_mapping
from yansenne.errors import InputError
from yansenne.exchange.call_import import (
    TARGETS,
    CallCheck,
    CallFile,
    CallReport,
    apply_call,
    check_call,
    import_call,
    propose_mapping,
    stored_values,
    undo_call,
    unmapped_values,
    value_options,
)
from yansenne.files import same_file
from yansenne.i18n import format_count, format_counts
from yansenne.ui import file_dialogs
from yansenne.ui.forms.ui_call_import_dialog import Ui_CallImportDialog
from yansenne.ui.models.call_import_models import (
    EXAMPLES,
    MEANS,
    PROBLEMS,
    TARGET,
    MappingModel,
    MeansDelegate,
    RowChecksModel,
    TargetDelegate,
    ValuesModel,
)
from yansenne.ui.pages.base import Desk
from yansenne.ui.tasks import run_task
from yansenne.ui.undo import step

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
        year = desk.year
        self._stored = stored_values(desk.database, year) if year is not None else {}
        # The value choices made here, stored with the edition by the import.
        self.values: dict[str, dict[str, str]] = {}
        self.mapping_model = MappingModel(call, propose_mapping(call.headers), self)
        self.values_model = ValuesModel(
            value_options(desk.database, year) if year is not None else {}, self)
        self.rows_model = RowChecksModel(self)
        ui = self.ui
        ui.mappingView.setModel(self.mapping_model)
        ui.mappingView.setItemDelegateForColumn(TARGET, TargetDelegate(ui.mappingView))
        ui.valuesView.setModel(self.values_model)
        ui.valuesView.setItemDelegateForColumn(MEANS, MeansDelegate(ui.valuesView))
        ui.rowsView.setModel(self.rows_model)
        ui.rowsView.setWordWrap(True)
        for view in (ui.mappingView, ui.valuesView, ui.rowsView):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
            view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        ui.rowsView.horizontalHeader().setSectionResizeMode(
            PROBLEMS, QHeaderView.ResizeMode.Stretch)
        ui.problemsLabel.setProperty("role", "problem")
        ui.problemsLabel.setStyleSheet("color: #b3261e;")
        ui.bottomLayout.setStretch(0, 1)
        ui.topSplitter.setStretchFactor(0, 2)
        ui.topSplitter.setStretchFactor(1, 1)
        self.import_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.clicked.connect(self.start_import)
        self.mapping_model.mappingChanged.connect(self.recheck)
        self.values_model.valueChosen.connect(self._value_chosen)
        ui.skipInvalidCheck.toggled.connect(self._update_import_button)
        edition = desk.edition
        ui.fileLabel.setText(self.tr("<b>{file}</b> into edition {year}: {rows} rows").format(
            file=escape(call.path.name), year=edition.year if edition else "—",
            rows=format_count(len(call.sheet.rows))))
        self.recheck()
        ui.mappingView.resizeColumnsToContents()
        widest = max([ui.mappingView.fontMetrics().horizontalAdvance(
            self.mapping_model.target_text(t)) for t in (None, *TARGETS)])
        ui.mappingView.setColumnWidth(TARGET, widest + 48)  # the drop-down's arrow
        ui.mappingView.horizontalHeader().setSectionResizeMode(
            EXAMPLES, QHeaderView.ResizeMode.Stretch)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._give_the_mapping_its_height()
        self.ui.rowsView.resizeRowsToContents()  # now that the columns have their widths

    def _give_the_mapping_its_height(self) -> None:
        """The column mapping whole, without scrolling: the rows table takes the rest."""
        view = self.ui.mappingView
        rows = self.mapping_model.rowCount()
        needed = (view.horizontalHeader().height() + 2 * view.frameWidth()
                  + rows * view.verticalHeader().defaultSectionSize()
                  + view.horizontalScrollBar().sizeHint().height())
        group = self.ui.mappingGroup
        extra = group.height() - view.height()
        total = sum(self.ui.splitter.sizes())
        top = min(needed + extra, total - 160)
        self.ui.splitter.setSizes([top, total - top])

    def mapping(self) -> dict[str, str | None]:
        return self.mapping_model.mapping()

    def _value_chosen(self, field: str, key: str, code: object) -> None:
        if code:
            self.values.setdefault(field, {})[key] = str(code)
        else:
            self.values.get(field, {}).pop(key, None)
        self.recheck()

    def recheck(self) -> None:
        """Check the rows under the current mapping and value choices (reads only)."""
        year = self._desk.year
        if year is None:
            return
        try:
            check = check_call(self._desk.database, year, self._call, self.mapping(),
                               self.values)
        except InputError as error:
            check = CallCheck([], error.problems, [])
        self.check = check
        self._show_values()
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
            **format_counts(counts)))
        self._update_import_button()

    def _show_values(self) -> None:
        known = merged_mapping(self._stored, self.values)
        rows = unmapped_values(self._call, self.mapping(), self.values_model.options, known)
        self.values_model.set_rows(rows)
        view = self.ui.valuesView
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(MEANS, QHeaderView.ResizeMode.Stretch)
        self.ui.valuesHint.setText(
            self.tr("Say once what each value stands for; the edition keeps it for the next "
                    "import.") if rows else
            self.tr("Every category and actor type of the file is recognised."))

    def _update_import_button(self, *_args: object) -> None:
        check = self.check
        skip = self.ui.skipInvalidCheck.isChecked()
        self.import_button.setEnabled(bool(check) and (
            check.partly_importable if skip else check.importable))  # type: ignore[union-attr]

    def _rejects_path(self) -> Path | None | bool:
        """Where to save the refused rows: None when no row is refused, False when the
        user cancelled."""
        check = self.check
        if not self.ui.skipInvalidCheck.isChecked() or not check or not check.counts()["refused"]:
            return None
        source = self._call.path
        suggested = source.with_name(self.tr("{name}-refused.csv").format(name=source.stem))
        chosen = file_dialogs.save_file(
            self, self.tr("Save the refused rows"), str(suggested),
            self.tr("Spreadsheets ({patterns})").format(patterns="*.csv *.xlsx"))
        if not chosen:
            return False
        if same_file(chosen, source):  # as the disk sees names (case, links)
            self.ui.problemsLabel.setText(self.tr(
                "The refused rows cannot replace the file being imported; choose another name."))
            self.ui.problemsLabel.show()
            return False
        return Path(chosen)

    def start_import(self) -> None:
        year, call, mapping = self._desk.year, self._call, self.mapping()
        skip = self.ui.skipInvalidCheck.isChecked()
        check = self.check
        if year is None or not check or not (check.partly_importable if skip
                                             else check.importable):
            return
        rejects = self._rejects_path()
        if rejects is False:
            return
        database, actor, values = self._desk.database, self._desk.actor, dict(self.values)
        self.import_button.setEnabled(False)
        run_task(self, lambda _progress: import_call(
            database, year, call, mapping, actor=actor, values=values, skip_invalid=skip,
            rejects=rejects or None),
            title=self.tr("Importing the projects…"), writes=True, cancellable=False,
            on_success=self._imported, on_failure=self._failed)

    def _imported(self, report: CallReport) -> None:
        year, call, mapping = self._desk.year, self._call, self.mapping()
        assert year is not None
        actor, values = self._desk.actor, dict(self.values)
        skip = self.ui.skipInvalidCheck.isChecked()

        def redo(session: Any) -> CallReport:
            return apply_call(session, year, call, mapping, actor=actor, values=values,
                              skip_invalid=skip)

        def undo(session: Any, done: CallReport) -> None:
            undo_call(session, year, done, actor=actor)

        self.report = report
        self._desk.undo.record(step("CallImportDialog",
                                    QT_TRANSLATE_NOOP("CallImportDialog", "Import {file}"),
                                    file=call.path.name),
                               "projects", redo, undo, report)
        if report.refused:
            QMessageBox.information(self, self.tr("Rows refused"), self.tr(
                "{count} rows were refused and left out; they are saved in {file}, to fix "
                "and import later.").format(count=format_count(len(report.refused)),
                                            file=report.rejects or "—"))
        self.accept()

    def _failed(self, error: BaseException, _trace: str) -> None:
        problems = error.problems if isinstance(error, InputError) else []
        text = "\n".join(str(p) for p in problems) if problems else str(error)
        self.ui.problemsLabel.setText(text)
        self.ui.problemsLabel.show()
        self.recheck()
