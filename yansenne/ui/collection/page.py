"""The Collection page: where each juror's package and ballot stand, "Distribute" to
write every juror's package into a folder, and "Collect" (or drop files) to check
and apply many ballots at once, each with its own report.

All file and database work runs off the UI thread (`run_task(writes=True)`). The
page polls the database's change marker while it is shown, so that a ballot
applied from the command line, or a juror scoring on the shared server, shows up
without a reload.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QHideEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QHeaderView, QMessageBox, QStyle, QWidget

from yansenne.domain.collection import Stage, collection_status
from yansenne.errors import InputError
from yansenne.exchange.ballot import BALLOT_SUFFIX, import_ballot
from yansenne.exchange.package import export_all_packages
from yansenne.store.database import Database
from yansenne.store.postgres import change_marker
from yansenne.ui import file_dialogs
from yansenne.ui.collection.model import SORT_ROLE, CollectionModel, Column
from yansenne.ui.forms.ui_collection_page import Ui_CollectionPage
from yansenne.ui.tasks import Progress, run_task

ACTOR = "secretariat"
REFRESH_MS = 3000  # how often a shown page asks whether anything changed
DROP_STYLE = ("QLabel#dropLabel {{ border: 2px dashed {border}; border-radius: 6px; "
              "color: #5a6272; background: {background}; }}")


@dataclass(frozen=True)
class Outcome:
    """One line of a collection's report."""

    ok: bool
    text: str


def collect_ballots(db: Database, year: int, paths: list[Path], progress: Progress,
                    ) -> list[Outcome]:
    """Apply each ballot on its own (a refused one leaves the others applied)."""
    outcomes = []
    for done, path in enumerate(paths):
        progress(done, len(paths), path.name)
        try:
            outcomes.append(Outcome(True, import_ballot(db, year, path).summary()))
        except InputError as error:
            outcomes.extend(Outcome(False, str(problem)) for problem in error.problems)
    progress(len(paths), len(paths))
    return outcomes


def ballot_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local `.ballot` files being dragged."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(BALLOT_SUFFIX)]


class CollectionPage(QWidget):
    collected = Signal()
    """Ballots were applied: scores changed (the desk's counts follow)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CollectionPage()
        self.ui.setupUi(self)
        self._db = db
        self._year: int | None = None
        self._marker: int | None = None
        self.model = CollectionModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        view = self.ui.jurorsView
        view.setModel(self.proxy)
        view.sortByColumn(Column.CODE, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()  # a jury is small: columns follow their contents
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.report = QStandardItemModel(self)
        self.ui.reportView.setModel(self.report)
        size = self.fontMetrics().height()
        self.ui.reportView.setIconSize(QSize(size, size))
        self.ui.reportView.setSpacing(2)
        self.setAcceptDrops(True)
        self._dragging = self._working = False
        self._report_title: Callable[[], str] | None = None
        self._style_drop_area()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.poll)
        self.ui.distributeButton.clicked.connect(self.distribute)
        self.ui.collectButton.clicked.connect(self.choose_ballots)
        self._sync()

    # -- public API ----------------------------------------------------------------
    @property
    def year(self) -> int | None:
        return self._year

    def set_database(self, db: Database) -> None:
        self._db, self._marker = db, None
        self.load()

    def set_edition(self, year: int | None) -> None:
        self._year = year
        self.report.clear()
        self._report_title = None
        self.ui.reportLabel.setText(self.tr("Last collection"))
        self.load()

    def load(self) -> None:
        """Read every juror's status again (a short session)."""
        self._marker = change_marker(self._db)
        rows = collection_status(self._db, self._year) if self._year is not None else []
        self.model.set_rows(rows)
        self._sync()

    def poll(self) -> bool:
        """Reload if anyone changed anything since the last read; True if it did."""
        if self._year is None or change_marker(self._db) == self._marker:
            return False
        self.load()
        return True

    def distribute(self) -> None:
        """Write every scoring juror's package into a folder the user chooses."""
        year = self._year
        if year is None:
            return
        sent = sum(1 for row in self.model.rows() if row.packages)
        if sent and QMessageBox.question(
                self, self.tr("Distribute packages"),
                self.tr("Packages were already sent to %n juror(s). A new package replaces "
                        "the juror's copy: marks they have not yet sent in a ballot would be "
                        "lost if they switch to it. Write new packages for every juror?",
                        "", sent)) != QMessageBox.StandardButton.Yes:
            return
        folder = file_dialogs.choose_folder(self, self.tr("Folder for the packages"))
        if not folder:
            return
        db = self._db
        self._busy(True)
        run_task(self, lambda progress: export_all_packages(
            db, year, Path(folder), actor=ACTOR, progress=progress),
            title=self.tr("Writing the jurors' packages…"), writes=True,
            on_success=lambda reports: self._distributed(reports, folder),
            on_failure=self._failed, on_cancel=self._finished)

    def choose_ballots(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Ballots to collect"), "",
            self.tr("Ballots (*{suffix})").format(suffix=BALLOT_SUFFIX) + ";;"
            + self.tr("All files (*)"))
        if paths:
            self.collect([Path(p) for p in paths])

    def collect(self, paths: list[Path]) -> None:
        """Check and apply the ballots at `paths`, then show what each one did."""
        year = self._year
        if year is None or not paths:
            return
        db = self._db
        self._busy(True)
        run_task(self, lambda progress: collect_ballots(db, year, paths, progress),
                 title=self.tr("Collecting the ballots…"), writes=True,
                 on_success=self._collected, on_failure=self._failed,
                 on_cancel=self._finished)

    def outcomes(self) -> list[tuple[bool, str]]:
        """The last report, as shown (for tests and screenshots)."""
        return [(bool(self.report.item(i).data(Qt.ItemDataRole.UserRole)),
                 self.report.item(i).text()) for i in range(self.report.rowCount())]

    # -- results -------------------------------------------------------------------
    def _distributed(self, reports: list, folder: str) -> None:  # type: ignore[type-arg]
        lines = [Outcome(True, self.tr("Package of {juror} written: {file}").format(
            juror=report.juror, file=report.path.name)) for report in reports]
        lines.insert(0, Outcome(True, self.tr("%n package(s) written to {folder}", "",
                                              len(reports)).format(folder=folder)))
        self._show_report(lambda: self.tr("Last distribution"), lines)
        self._finished()

    def _collected(self, outcomes: list[Outcome]) -> None:
        applied = sum(1 for outcome in outcomes if outcome.ok)
        refused = len(outcomes) - applied

        def title() -> str:
            text = self.tr("Last collection: %n ballot(s) applied", "", applied)
            if refused:
                text += " · " + self.tr("%n problem(s)", "", refused)
            return text

        self._show_report(title, outcomes)
        self._finished()
        if applied:
            self.collected.emit()

    def _failed(self, error: BaseException, _details: str) -> None:
        self._finished()
        QMessageBox.warning(self, self.tr("Collection"), str(error))

    def _finished(self) -> None:
        self._busy(False)
        self.load()

    def _show_report(self, title: Callable[[], str], outcomes: list[Outcome]) -> None:
        self._report_title = title
        self.ui.reportLabel.setText(title())
        self.report.clear()
        style = self.style()
        good = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        bad = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for outcome in outcomes:
            item = QStandardItem(good if outcome.ok else bad, outcome.text)
            item.setData(outcome.ok, Qt.ItemDataRole.UserRole)
            item.setToolTip(outcome.text)
            self.report.appendRow(item)

    def _busy(self, busy: bool) -> None:
        self._working = busy
        self._sync()

    def _sync(self) -> None:
        ready = self._year is not None and not self._working
        self.ui.distributeButton.setEnabled(ready and bool(self.model.rowCount()))
        self.ui.collectButton.setEnabled(ready)
        rows = self.model.rows()
        if not rows:
            self.ui.summaryLabel.setText(self.tr("No juror scores in this edition")
                                         if self._year is not None else "")
            return
        received = sum(1 for row in rows if row.ballot_revision is not None)
        submitted = sum(1 for row in rows if row.stage == Stage.SUBMITTED)
        self.ui.summaryLabel.setText(
            self.tr("Ballots from {received} of {total} jurors · {submitted} submitted").format(
                received=received, total=len(rows), submitted=submitted))

    # -- drag and drop -------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._year is not None and ballot_paths(event):
            event.acceptProposedAction()
            self._set_dragging(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._set_dragging(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._set_dragging(False)
        paths = ballot_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.collect(paths)

    def _set_dragging(self, dragging: bool) -> None:
        self._dragging = dragging
        self._style_drop_area()

    def _style_drop_area(self) -> None:
        border, background = ("#2b5797", "#e3ecf8") if self._dragging else ("#c9ced6",
                                                                             "#fafbfc")
        self.ui.dropLabel.setStyleSheet(DROP_STYLE.format(border=border,
                                                          background=background))

    # -- life ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.timer.start()
        self.poll()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.ui.retranslateUi(self)
            if self._report_title is not None:
                self.ui.reportLabel.setText(self._report_title())
            self.model.retranslate()
            self._sync()
        super().changeEvent(event)
