"""One tab of the juror window: the grid of one category with its progress, rubric,
message strip and side pane, and the button that submits the juror's scores.

The grid is sorted only when the juror clicks a column's header (never by itself, never
under a mark being typed); the project column keeps the width the juror gives it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from yansenne.domain.juror_desk import CategoryGrid, JurorDesk, ProjectInfo
from yansenne.i18n import format_count, format_datetime
from yansenne.ui.juror.grid_model import PROJECT_COLUMN, GridFilter, JurorGridModel
from yansenne.ui.juror.grid_view import ScoreGridView
from yansenne.ui.juror.message_strip import MessageStrip
from yansenne.ui.juror.numbers import format_mark
from yansenne.ui.juror.project_pane import ProjectPane
from yansenne.ui.juror.rubric import RubricStrip
from yansenne.ui.juror.speech import Spoken

# The project column's least width: its code and the start of its title (the side pane
# shows it whole). At 260 px the window a 1366 px laptop opens (90 %) scrolled
# sideways by 33 px in Dutch, the total's column cut.
PROJECT_MIN_WIDTH = 220
HEADER_PADDING = 26
MARK_MIN_WIDTH = 84
ICON_ROOM = 22  # the decoration (the "incomplete" mark) beside a partial total


class CategoryPage(Spoken, QWidget):
    """The grid of one category for one juror, loaded once from the store."""

    progress_changed = Signal()
    submit_requested = Signal()
    reopen_requested = Signal()
    saved = Signal(str)
    """A short acknowledgment of the last committed mark (for the status bar)."""

    def __init__(self, desk: JurorDesk, grid: CategoryGrid, lang: str, *, can_reopen: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"categoryPage_{grid.category.code}")
        self.model = JurorGridModel(desk, grid, lang, self)
        self.proxy = GridFilter(self)
        self.proxy.setSourceModel(self.model)
        self._can_reopen = can_reopen
        self._comment_cell: tuple[int, int] | None = None
        self._project_width: int | None = None  # set by the juror dragging the column
        self._fitting = False
        # The rubric and the side pane after a change of the current row: once, at the
        # next turn of the event loop (a typed mark's Enter moves on first anyway).
        self._panes_due = QTimer(self)
        self._panes_due.setSingleShot(True)
        self._panes_due.setInterval(0)
        self._panes_due.timeout.connect(self._refresh_panes)
        # "Saved: …" for the last mark written, at the next turn of the event loop: off
        # the typed path, which ends when the mark is committed.
        self._last_saved: tuple[int, int] | None = None
        self._saved_due = QTimer(self)
        self._saved_due.setSingleShot(True)
        self._saved_due.setInterval(0)
        self._saved_due.timeout.connect(self._tell_saved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        # Progress, search and submission.
        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(160)
        self.progress_bar.setFixedHeight(10)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setDefault(False)
        self.submit_button.setAutoDefault(False)
        bar.addWidget(self.progress_label)
        bar.addWidget(self.progress_bar)
        bar.addStretch(1)
        bar.addWidget(self.search)
        bar.addWidget(self.submit_button)
        layout.addLayout(bar)
        # Submitted: a banner that says the marks are locked, and by whom they reopen.
        self.banner = QFrame(self)
        self.banner.setObjectName("submittedBanner")
        self.banner.setStyleSheet("#submittedBanner { background: #e7f3ec; border: 1px solid "
                                  "#9fcdb1; border-radius: 4px; } #submittedBanner QLabel "
                                  "{ color: #1e4d33; }")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 6, 6)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("submittedLabel")
        self.banner_label.setWordWrap(True)
        self.reopen_button = QPushButton(self.banner)
        self.reopen_button.setObjectName("reopenButton")
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.reopen_button)
        layout.addWidget(self.banner)
        self.rubric = RubricStrip(self)
        layout.addWidget(self.rubric)
        self.strip = MessageStrip(self)
        layout.addWidget(self.strip)
        # The grid and the side pane.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.view = ScoreGridView(self.splitter)
        self.view.setModel(self.proxy)
        # No sort until the juror clicks a header: the projects in their order (by code).
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.pane = ProjectPane(self.splitter)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        self.model.refused.connect(self.show_refusal)
        self.view.refused.connect(self.show_refusal)
        self.model.saved.connect(self._saved)
        self.model.progress_changed.connect(self._update_progress)
        self.model.revealed.connect(self._reveal)
        self.model.dataChanged.connect(self._data_changed)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.search.textChanged.connect(self.proxy.set_search)
        self.submit_button.clicked.connect(self.submit_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.pane.comment_edited.connect(self._comment_edited)
        self.pane.note_edited.connect(self._note_edited)
        self.view.resized.connect(self._fit_project_column)
        self.view.horizontalHeader().sectionResized.connect(self._column_resized)
        self.retranslate()
        self.fit_columns()
        self.start()

    # -- state ---------------------------------------------------------------------
    @property
    def category_code(self) -> str:
        return self.model.category.code

    def start(self) -> None:
        """Put the cursor on the first mark still to give (else the first cell)."""
        first = self.model.first_missing()
        row, column = first if first else (0, 1)
        if self.model.rowCount():
            index = self.proxy.mapFromSource(self.model.index(row, column))
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
            # Laid out later than this: keep the project names in view from the start.
            self.view.horizontalScrollBar().setValue(0)
        self._current_changed(self.view.currentIndex())

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)
        self.fit_columns()
        self._current_changed(self.view.currentIndex())

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a project (code or title)"))
        self.search.setAccessibleName(self.tr("Find a project"))
        self.search.setAccessibleDescription(self.tr("Shows only the projects whose code or "
                                                     "title holds every word typed"))
        self.submit_button.setText(self.tr("Submit my scores"))
        self.submit_button.setAccessibleName(self.tr("Submit my scores"))
        self.submit_button.setAccessibleDescription(self.tr(
            "Submits your scores in every category; they then lock"))
        self.reopen_button.setText(self.tr("Reopen (secretariat)…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the category (secretariat)"))
        name = self.model.category_name()
        self.view.setAccessibleName(self.tr("Scores for {category}").format(category=name))
        self.view.setAccessibleDescription(self.tr(
            "One row per project, one column per criterion; type a mark, Enter or Tab to "
            "go on, F2 to edit"))
        self.progress_bar.setAccessibleName(self.tr("Progress in {category}").format(
            category=name))
        self.splitter.setAccessibleName(self.tr("Grid and project"))
        self.pane.retranslate()
        self._update_progress()
        self._current_changed(self.view.currentIndex())
        self.fit_columns()

    def progress_text(self) -> str:
        scored, total, missing = self.model.progress()
        lang = self.model.language
        text = self.tr("{scored} of {total} projects scored").format(
            scored=format_count(scored, lang), total=format_count(total, lang))
        if missing:
            text += " · " + self.tr("missing marks: {count}").format(
                count=format_count(missing, lang))
        return text

    def _update_progress(self) -> None:
        scored, total, missing = self.model.progress()
        self.progress_label.setText(self.progress_text())
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(scored if total else 1)
        self.progress_bar.setAccessibleDescription(self.progress_label.text())
        submitted = self.model.submitted
        self.submit_button.setVisible(not submitted)
        self.submit_button.setEnabled(not submitted)
        self.submit_button.setToolTip(
            self.tr("Submits your scores in every category; they then lock") if missing == 0
            else self.tr("Submits your scores in every category; you will see first what is "
                         "still missing"))
        self.banner.setVisible(submitted)
        self.reopen_button.setVisible(submitted and self._can_reopen)
        if submitted and self.model.submitted_at is not None:
            self.banner_label.setText(self.tr(
                "Submitted on {when}. Your scores in this category are locked; only the "
                "secretariat can reopen them.").format(when=self._when(self.model.submitted_at)))
        self.progress_changed.emit()

    # -- reactions -----------------------------------------------------------------
    def show_refusal(self, message: str) -> None:
        self.strip.show_message(message, "warning")

    def _saved(self, row: int, column: int) -> None:
        if self.strip.kind == "warning":  # now: a refusal later in this turn stays shown
            self.strip.dismiss()
        self._last_saved = (row, column)
        self._saved_due.start()

    def _tell_saved(self) -> None:
        if self._last_saved is None:
            return
        (row, column), self._last_saved = self._last_saved, None
        if row >= len(self.model.projects):  # the grid was read again meanwhile
            return
        project = self.model.projects[row]
        criterion = self.model.criteria[column - 1]
        value = self.model.value(row, column)
        name = self.model.criterion_name(criterion)
        if value is None:
            text = self.tr("Saved: {project} · {criterion} cleared").format(
                project=project.code, criterion=name)
        else:
            text = self.tr("Saved: {project} · {criterion} = {value} (revision {revision})"
                           ).format(project=project.code, criterion=name,
                                    value=format_mark(value, self.model.language),
                                    revision=self.model.revision(row, column))
        self.saved.emit(text)

    def _reveal(self, row: int, column: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if index.isValid():
            self.view.go_to(index.row(), index.column())

    def _data_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex,
                      _roles: object = None) -> None:
        current = self.proxy.mapToSource(self.view.currentIndex())
        if current.isValid() and current.row() == top_left.row():
            self._panes_due.start()

    def _refresh_panes(self) -> None:
        self._current_changed(self.view.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None,
                         ) -> None:
        self._panes_due.stop()  # shown now
        source = self.proxy.mapToSource(current) if current.isValid() else QModelIndex()
        model = self.model
        lang = model.language
        if not source.isValid():
            self.rubric.show_criterion(None, None, lang, "", self.tr(
                "Move to a criterion to read its rubric."))
            self.pane.show_project(None, lang, conflict=None, note="", editable=False)
            self.pane.show_mark(None, None, "", lang, editable=False)
            return
        row, column = source.row(), source.column()
        project = model.projects[row]
        criterion = model.criterion_at(column)
        value = model.value(row, column) if criterion else None
        if criterion is not None:
            heading = self.tr("<b>{criterion}</b> · weight {weight} · {allowed}").format(
                criterion=model.criterion_name(criterion),
                weight=format_mark(criterion.weight, lang),
                allowed=model.allowed_text(criterion))
        else:
            heading = ""
        self.rubric.show_criterion(criterion, value, lang, heading,
                                   self.tr("Move to a criterion to read its rubric."))
        conflict = model.conflicts.get(project.id) if model.is_conflict(row) else None
        open_ = not model.submitted
        self.pane.show_project(project, lang, conflict=conflict,
                               note=model.notes.get(project.id, ""), editable=open_)
        comment = model.comment(row, column) if criterion else ""
        self.pane.show_mark(criterion, value, comment, lang,
                            editable=model.can_edit(row, column))
        self._comment_cell = (row, column) if criterion is not None else None

    def _comment_edited(self, text: str) -> None:
        if self._comment_cell is not None:
            self.model.set_comment(*self._comment_cell, text)

    def _note_edited(self, project: object, text: str) -> None:
        if isinstance(project, ProjectInfo):
            self.model.set_note(self.model.row_of(project.id), text)

    def flush(self) -> None:
        """Write what is being typed in the side pane (before closing or submitting)."""
        self.pane.flush_comment()
        self.pane.flush_note()

    # -- columns -------------------------------------------------------------------
    def fit_columns(self) -> None:
        """Marks and the total as wide as their two-line headers; the project column
        takes the rest of the width (never less than PROJECT_MIN_WIDTH)."""
        header = self.view.horizontalHeader()
        font = QFont(header.font())
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        for column in range(1, self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            self.view.setColumnWidth(column, max(MARK_MIN_WIDTH, width + HEADER_PADDING))
        # A conflict's total cell says so, a partial total says it is partial: unabridged.
        italic = QFont(self.view.font())
        italic.setItalic(True)
        metrics = QFontMetrics(italic)
        total = self.model.total_column
        widest = metrics.horizontalAdvance(self.model.widest_partial_total()) + ICON_ROOM
        if self.model.conflicts:
            widest = max(widest, metrics.horizontalAdvance(self.model.conflict_label()))
        self.view.setColumnWidth(total, max(self.view.columnWidth(total),
                                            widest + HEADER_PADDING))
        self._fit_project_column()

    def _fit_project_column(self) -> None:
        """The project column takes the width left, until the juror sets its width."""
        if self._project_width is not None:
            return
        others = sum(self.view.columnWidth(c) for c in range(1, self.model.columnCount()))
        available = self.view.viewport().width() - others
        self._fitting = True
        try:
            self.view.setColumnWidth(PROJECT_COLUMN, max(PROJECT_MIN_WIDTH, available))
        finally:
            self._fitting = False

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == PROJECT_COLUMN and not self._fitting:
            self._project_width = new

    def _when(self, at: dt.datetime) -> str:
        """A stored UTC time as the local date and time, in the window's conventions."""
        return format_datetime(at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None))
